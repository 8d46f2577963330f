"""Shared pieces of the reliability suites: a database's digest, demo copies."""

from __future__ import annotations

import hashlib
from pathlib import Path


def digest(path: Path) -> str:
    """SHA-256 of a SQLite database as it is on disk: the main file and its write-ahead log.

    Take it with every connection closed (``Database.close()``), so that nothing is pending.
    """
    h = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            h.update(part.read_bytes())
    return h.hexdigest()
