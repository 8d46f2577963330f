"""An inspector that never finishes, to test the time limit (imported by the child process)."""

from __future__ import annotations

import time


def hang(_media_type: str, _data: bytes) -> str | None:
    time.sleep(60)
    return None


def hang_on_marked(media_type: str, data: bytes) -> str | None:
    """Hangs on a file that holds b"HANG"; checks every other file as the program does."""
    from guardian_desk.services.documents.file_check import inspect

    if b"HANG" in data:
        time.sleep(60)
    return inspect(media_type, data)
