"""Opening the database a person works in: a new SQLite file is created encrypted, an
encrypted one is unlocked from the keyring or with its recovery key, a plain one opens as
before; a server is opened as it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guardian_desk.errors import WrongKeyError
from guardian_desk.services import audit
from guardian_desk.services.security import users
from guardian_desk.services.security.keys import NewKeys, Unlocked, create_keys, has_slots, unlock
from guardian_desk.services.security.servers import connection_url
from guardian_desk.services.security.users import (
    file_failures,
    has_users,
    normalise_username,
    not_signed_in,
    record_pending_failures,
)
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

    @property
    def needs_sign_in(self) -> bool:
        """The database has users and no one is signed in yet (``users.sign_in``)."""
        return self.db.person is None and has_users(self.db)

    @property
    def needs_administrator(self) -> bool:
        """A database without users: its first start makes its administrator."""
        return not has_users(self.db)


@dataclass(frozen=True)
class SignIn:
    """Who signs in as the database opens, and whether this computer remembers them."""

    username: str
    passphrase: str
    remember: bool = False


def sqlite_file(target: str) -> Path | None:
    """The SQLite file ``target`` names, or None for a server."""
    url = to_url(target)
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def open_for_work(
    target: str,
    *,
    recovery_key: str | None = None,
    password: str | None = None,
    sign_in: SignIn | None = None,
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
        SignInNeededError: an encrypted file with users, no one remembered here: a user's
            passphrase (``sign_in``) or the recovery key opens it.
        SignInError: the passphrase of ``sign_in`` is not right, or too many tries.

    A database with users is handed over with its person signed in when ``sign_in`` is
    given or this computer remembers someone; else :attr:`Opened.needs_sign_in`.
    """
    path = sqlite_file(target)
    if path is None:  # a team's server: its password from the keyring, TLS to another machine
        return _signed_in(
            Opened(open_database(connection_url(target, password), **options)), sign_in
        )
    if path.is_dir():
        return Opened(open_database(target, **options))
    if not (path.exists() and path.stat().st_size > 0):
        keys = create_keys(path)
        return Opened(open_database(target, key=keys.key, **options), new_keys=keys)
    if not is_encrypted(path):
        return _signed_in(Opened(open_database(target, **options)), sign_in)
    failures = file_failures(path)
    if sign_in is not None and has_slots(path) and recovery_key is None:
        wait = failures.wait()
        if wait > 0:
            raise not_signed_in(wait)
        try:
            unlocked = unlock(
                path, username=normalise_username(sign_in.username), passphrase=sign_in.passphrase
            )
        except WrongKeyError:
            failures.add(normalise_username(sign_in.username))
            raise not_signed_in(failures.wait()) from None
    else:
        unlocked = unlock(path, recovery_key)
    try:
        db = open_database(target, key=unlocked.key, **options)
    except WrongKeyError:  # the key file says the key is right: the file itself is damaged
        raise damaged_error(path) from None
    opened = Opened(db, unlocked=unlocked)
    if unlocked.source == "recovery key" and has_users(db):
        with db.unit_of_work() as session:
            audit.record(session, "unlocked with the recovery key")
    record_pending_failures(db, failures)
    return _signed_in(opened, sign_in if unlocked.source != "remembered" else None)


def _signed_in(opened: Opened, sign_in: SignIn | None) -> Opened:
    """The person signed in on an open database that has users: with ``sign_in``, else the
    one this computer remembers, else no one yet."""
    db = opened.db
    if not has_users(db):
        return opened
    if sign_in is not None:
        try:
            users.sign_in(db, sign_in.username, sign_in.passphrase, remember=sign_in.remember)
        except Exception:
            db.close()
            raise
    else:
        users.sign_in_from_keyring(db)
    return opened
