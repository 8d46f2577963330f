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
    backup_sqlite,
    connect_sqlite,
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
    with closing(connect_sqlite(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source_tables = _tables(conn)
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    keys = create_keys(path)
    folder = path.parent
    for stale in folder.iterdir():  # left by an encryption that was killed
        if is_partial(stale) and ".sqlcipher" in stale.name:  # with its -journal or -wal
            stale.unlink(missing_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".gd-partial-", suffix=".sqlcipher", dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        with closing(connect_sqlite(path)) as conn:
            conn.execute(
                f"ATTACH DATABASE ? AS encrypted KEY \"x'{keys.key.hex()}'\"", (str(temp),)
            )
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute("DETACH DATABASE encrypted")
        with closing(connect_sqlite(temp, keys.key)) as copy:
            copy.execute("PRAGMA journal_mode=WAL")
            check = copy.execute("PRAGMA integrity_check").fetchone()[0]
            copied = _tables(copy)
            copied_revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if check != "ok" or copied != source_tables or copied_revision != revision:
            raise DatabaseError(
                f"The encrypted copy of {path.name} could not be verified; the database was "
                "left as it was, unencrypted."
            )
        descriptor = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp, path)
        with contextlib.suppress(OSError):
            directory = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
    except DatabaseError:
        raise
    except OSError as exc:
        raise DatabaseError(
            f"{path.name} could not be encrypted: {os_error_words(exc)}. It was left as it "
            "was, unencrypted."
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    log.info("the database was encrypted")
    removed = _remove_plain_backups(path)
    backup_sqlite(path, "encrypted", keys.key)
    return Encrypted(keys, removed)
