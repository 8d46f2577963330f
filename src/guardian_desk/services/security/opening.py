"""Opening the database a person works in: a new SQLite file is created encrypted, an
encrypted one is unlocked from the keyring or with its recovery key, a plain one opens as
before; a server is opened as it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guardian_desk.errors import WrongKeyError
from guardian_desk.services.security.keys import NewKeys, Unlocked, create_keys, unlock
from guardian_desk.services.security.servers import connection_url
from guardian_desk.storage.database import (
    Database,
    damaged_error,
    is_encrypted,
    open_database,
    to_url,
)


@dataclass(frozen=True)
class Opened:
    db: Database
    new_keys: NewKeys | None = None  # a database just made: its recovery key, shown once
    unlocked: Unlocked | None = None  # how an encrypted one was opened


def sqlite_file(target: str) -> Path | None:
    """The SQLite file ``target`` names, or None for a server."""
    url = to_url(target)
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def open_for_work(
    target: str,
    *,
    recovery_key: str | None = None,
    password: str | None = None,
    **options: Any,
) -> Opened:
    """Open (creating if needed) the database at ``target``; ``options`` are those of
    :func:`~guardian_desk.storage.database.open_database`. A server's password comes from
    the keyring unless ``password`` is given.

    Raises:
        KeyNeededError: an encrypted file whose key the keyring does not hold; the recovery
            key opens it.
        ServerPasswordError: the server asks for a password the keyring does not hold.
        WrongKeyError: the recovery key is not this database's.
        DatabaseError, SchemaTooNewError: as ``open_database``.
    """
    path = sqlite_file(target)
    if path is None:  # a team's server: its password from the keyring, TLS to another machine
        return Opened(open_database(connection_url(target, password), **options))
    if path.is_dir():
        return Opened(open_database(target, **options))
    if not (path.exists() and path.stat().st_size > 0):
        keys = create_keys(path)
        return Opened(open_database(target, key=keys.key, **options), new_keys=keys)
    if not is_encrypted(path):
        return Opened(open_database(target, **options))
    unlocked = unlock(path, recovery_key)
    try:
        db = open_database(target, key=unlocked.key, **options)
    except WrongKeyError:  # the key file says the key is right: the file itself is damaged
        raise damaged_error(path) from None
    return Opened(db, unlocked=unlocked)
