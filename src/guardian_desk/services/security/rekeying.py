"""A new key for an encrypted database (``guardian-desk keys rekey``): when the old key may
have been seen, or as an organisation's routine.

The file is never rewritten in place: a verified copy under the new key takes its place in
one rename, as when a plain file is encrypted. Until the end the key file holds the new key
wrapped under the old one, so whatever moment the program is stopped at, the database opens
with the key the keyring holds or with the old recovery key (the new key is unwrapped from
the old and whichever opens the file is used). The steps:

1. the whole file is checked, and a verified backup taken under the old key;
2. a new key is made and written into the key file as *pending*, wrapped under the old key;
3. a copy under the new key is written beside the file and verified;
4. the copy takes the file's place in one rename;
5. the new key goes into the keyring;
6. a verified backup is taken under the new key, and the backups under the old key are
   removed (the point of a new key is that the old one opens nothing any more);
7. a new recovery key is made and shown, before it is relied on;
8. the key file keeps the new key alone, wrapped under the new recovery key: the old key
   and the old recovery key open nothing.

Run again after an interruption, the command finishes the work: from step 5 if the file is
under the new key already, else from step 1 with another new key.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from guardian_desk.errors import DatabaseError
from guardian_desk.services.security.encrypting import encrypted_copy, state_of, swap_in
from guardian_desk.services.security.keys import (
    key_matches,
    new_recovery_key,
    promoted,
    read_key_file,
    store_key,
    unlock,
    wrap_pending,
    wrapped_slots,
    write_key_file,
)
from guardian_desk.storage.database import (
    KEY_BYTES,
    backup_sqlite,
    is_encrypted,
    key_opens,
    refuse_damaged,
    verified_backups,
)

log = logging.getLogger("guardian_desk.security")


@dataclass(frozen=True)
class Rekeyed:
    recovery_key: str  # the new one, shown once
    keyring_note: str | None  # why the new key is not in the keyring, if it is not
    old_backups_removed: int
    finished_interrupted: bool  # an earlier rekey was interrupted after its swap


def _reached(step: str) -> None:
    """Each step that is done; the fault tests stop the program here (with SIGKILL)."""
    log.debug("rekey: %s", step)


def rekey(
    path: Path,
    show_recovery_key: Callable[[str], None],
    *,
    recovery_key: str | None = None,
    key: bytes | None = None,
) -> Rekeyed:
    """Give the encrypted database at ``path`` a new key and a new recovery key (see the
    module's steps). ``show_recovery_key`` is called with the new recovery key before the
    key file relies on it.

    Raises:
        KeyNeededError, WrongKeyError: the database cannot be unlocked (the recovery key
            opens it).
        DamagedDatabaseError: the file is damaged; nothing was done.
        DatabaseError: a step failed; the database opens with the key it had.
    """
    if not is_encrypted(path):
        raise DatabaseError(
            f"{path.name} is not encrypted; encrypt it first with guardian-desk keys encrypt."
        )
    key = key or unlock(path, recovery_key).key
    key_file = read_key_file(path)
    assert key_file is not None  # unlock has read it
    refuse_damaged(path, whole=True, key=key)
    swapped = key_file.pending is not None and not key_matches(key_file, key)
    if swapped:  # an interrupted rekey got past its swap: the file is under the new key
        new_key = key
    else:
        backup_sqlite(path, "before-rekey", key)
        _reached("backed up")
        new_key = secrets.token_bytes(KEY_BYTES)
        write_key_file(
            path, replace(key_file, pending=wrap_pending(key, new_key, key_file.database_id))
        )
        _reached("pending")
        tables, revision = state_of(path, key)
        temp = encrypted_copy(path, key, new_key, tables, revision)
        _reached("copied")
        swap_in(temp, path, "given its new key")
        _reached("swapped")
    log.info("the database is under its new key")
    # A database with users keeps its key in their slots, not in the keyring.
    note = None if key_file.slots else store_key(key_file.database_id, new_key)
    _reached("in keyring")
    backup_sqlite(path, "rekeyed", new_key)
    removed = _remove_backups_under_other_keys(path, new_key)
    _reached("backups")
    fresh = new_recovery_key()
    show_recovery_key(fresh)
    _reached("shown")
    current = read_key_file(path) or key_file
    final = promoted(current, new_key, fresh)
    if current.slots:  # each user's slot key now wraps the new key
        final = replace(final, slots=_users_slots(path, new_key, final.database_id))
    write_key_file(path, final)
    _reached("promoted")
    log.info("the database's new key and recovery key are in place")
    return Rekeyed(fresh, note, removed, swapped)


def _users_slots(path: Path, key: bytes, database_id: str) -> dict[str, Any] | None:
    from guardian_desk.services.security.users import slots
    from guardian_desk.storage.database import open_database

    db = open_database(str(path), key=key, daily_backup=False)
    try:
        return wrapped_slots(database_id, key, slots(db)) or None
    finally:
        db.close()


def _remove_backups_under_other_keys(path: Path, key: bytes) -> int:
    removed = 0
    for backup in verified_backups(path):
        if key_opens(backup, key):
            continue
        with contextlib.suppress(FileNotFoundError):
            try:
                backup.unlink()
            except OSError:
                raise DatabaseError(
                    f"The backup {backup.name}, under the old key, could not be removed: "
                    "remove it by hand."
                ) from None
            removed += 1
    return removed
