"""An inspector that never finishes, to test the time limit (imported by the child process)."""

from __future__ import annotations

import time


def hang(_media_type: str, _data: bytes) -> str | None:
    time.sleep(60)
    return None
