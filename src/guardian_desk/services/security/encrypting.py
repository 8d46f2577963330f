"""Encrypting a plain database that was made before encryption, in place.

The steps, each leaving a database that opens whatever moment the program is stopped at:

1. the whole file is checked, its write-ahead log folded in;
2. a key is made and its key file written (the plain file still opens without it, and the
   next attempt makes another);
3. an encrypted copy is written beside the file (``sqlcipher_export``) into a temporary
   file, and verified: integrity, the same schema revision, the same rows in every table;
4. the copy takes the file's place in one rename;
5. the plain backups are removed and an encrypted one is taken. Run again, the command
   finishes a step 5 that was interrupted.

Removing a file does not shred it: on an SSD the old plain pages may remain readable below
the file system (``docs/security.md``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from guardian_desk.errors import DatabaseError
from guardian_desk.files import is_partial, os_error_words
from guardian_desk.services.security.keys import NewKeys, create_keys, unlock
from guardian_desk.storage.database import (
    SQLITE_OR_OS_ERRORS,
    backup_sqlite,
    connect_sqlite,
    explain,
    is_encrypted,
    refuse_damaged,
    verified_backups,
)

log = logging.getLogger("guardian_desk.security")


@dataclass(frozen=True)
class Encrypted:
    new_keys: NewKeys | None  # None when the file was encrypted already
    plain_backups_removed: int


def _tables(conn: object) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(  # type: ignore[attr-defined]
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_fts_%'"
        )
    ]
    return {
        n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]  # type: ignore[attr-defined]
        for n in sorted(names)
    }


def _plain_backups(path: Path) -> list[Path]:
    return [b for b in verified_backups(path) if not is_encrypted(b)]


def _remove_plain_backups(path: Path) -> int:
    removed = 0
    for backup in _plain_backups(path):
        try:
            backup.unlink()
            removed += 1
        except OSError as exc:
            raise DatabaseError(
                f"The plain backup {backup.name} could not be removed: {os_error_words(exc)}. "
                "Remove it by hand: it can be read by anyone who copies it."
            ) from None
    return removed


def encrypted_copy(
    path: Path,
    key: bytes | None,
    new_key: bytes,
    tables: dict[str, int],
    revision: str,
) -> Path:
    """A copy of the database at ``path`` (opened with ``key``, None for a plain file) keyed
    with ``new_key``, in a temporary file beside it, verified: integrity, the same schema
    revision, the same rows in every table. Its write-ahead log is folded in.

    Raises:
        DatabaseError: the copy could not be written or verified (no copy is left).
    """
    folder = path.parent
    for stale in folder.iterdir():  # left by an encryption or a rekey that was killed
        if is_partial(stale) and ".sqlcipher" in stale.name:  # with its -journal or -wal
            stale.unlink(missing_ok=True)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".gd-partial-", suffix=".sqlcipher", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise DatabaseError(
            f"{path.name} could not be copied: {os_error_words(exc)}. It was left as it was."
        ) from None
    temp = Path(temp_name)
    try:
        with closing(connect_sqlite(path, key)) as conn:
            conn.execute(f"ATTACH DATABASE ? AS copy KEY \"x'{new_key.hex()}'\"", (str(temp),))
            conn.execute("SELECT sqlcipher_export('copy')")
            conn.execute("DETACH DATABASE copy")
        with closing(connect_sqlite(temp, new_key)) as copy:
            copy.execute("PRAGMA journal_mode=WAL")
            check = copy.execute("PRAGMA integrity_check").fetchone()[0]
            copied = _tables(copy)
            copied_revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if check != "ok" or copied != tables or copied_revision != revision:
            raise DatabaseError(
                f"The copy of {path.name} under its new key could not be verified; the "
                "database was left as it was."
            )
        descriptor = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(exc, SQLITE_OR_OS_ERRORS):
            raise DatabaseError(
                f"{path.name} could not be copied under its new key: {_words(exc)}. It was "
                "left as it was."
            ) from None
        raise
    return temp


def _words(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return os_error_words(exc)
    known = explain(exc)
    return str(known).rstrip(".") if known else "the copy failed"


def swap_in(temp: Path, path: Path, what: str) -> None:
    """The verified copy takes the database's place in one rename (and the folder is synced,
    so that the rename survives a power cut).

    Raises:
        DatabaseError: the rename failed; the database is as it was.
    """
    try:
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise DatabaseError(
            f"{path.name} could not be {what}: {os_error_words(exc)}. It was left as it was."
        ) from None
    with contextlib.suppress(OSError):
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def state_of(path: Path, key: bytes | None) -> tuple[dict[str, int], str]:
    """The rows of every table and the schema revision, after folding in the write-ahead
    log: what a copy must hold to be the same database."""
    with closing(connect_sqlite(path, key)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return _tables(conn), conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def encrypt(path: Path) -> Encrypted:
    """Encrypt the plain SQLite database at ``path`` in place (see the module's steps).

    Raises:
        DamagedDatabaseError: the file is damaged: nothing is done.
        DatabaseError: the copy could not be written or verified; the plain file is as it was.
    """
    if is_encrypted(path):
        unlock(path)  # it must be ours, and open: KeyNeededError otherwise
        return Encrypted(None, _remove_plain_backups(path))
    refuse_damaged(path, whole=True)
    source_tables, revision = state_of(path, None)
    keys = create_keys(path)
    temp = encrypted_copy(path, None, keys.key, source_tables, revision)
    swap_in(temp, path, "encrypted")
    log.info("the database was encrypted")
    removed = _remove_plain_backups(path)
    backup_sqlite(path, "encrypted", keys.key)
    return Encrypted(keys, removed)
