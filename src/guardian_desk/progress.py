"""Progress of long work, and how it is cancelled.

Long services take an optional ``progress`` callable: they call ``progress(done, total)``
now and then, and stop by raising :class:`Cancelled` when it returns False. Whatever they
were writing is then rolled back, so a cancelled import or generation leaves no trace.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(Exception):
    """The person cancelled the work; nothing of it was kept."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far the work is; raise Cancelled if it says to stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled()
