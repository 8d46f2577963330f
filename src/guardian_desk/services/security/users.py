"""People who sign in: users, their passphrases and key slots, signing in.

Each user has a random **slot key**, kept in their row. Their **slot** holds it wrapped under
a key derived from the passphrase (scrypt, then AES-256-GCM bound to the user name). In an
encrypted database's key file, each user's slot also holds the database key wrapped under the
slot key (``keys.py``), like the key slots of LUKS: the passphrase opens the slot, the slot
key opens the database. "Remember me on this computer" keeps the slot key in the keyring, so
a daily start needs nothing typed; a lock and a change of user always ask the passphrase.

Changing a passphrase wraps the same slot key anew; removing a user removes the row and the
slot, but a copy of the key file made before still opens with the old passphrase: only a new
database key (``keys rekey``) makes that copy useless, which :func:`remove_user` says.

Failed sign-ins are counted per database; from the fourth in a row each waits twice as long
as the one before (2 s, 4 s... up to a minute), and each is written in the audit log (for an
encrypted database that is not open yet, kept beside it and written at the next sign-in).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from guardian_desk.domain.roles import Person, Role, passphrase_problem
from guardian_desk.errors import (
    GuardianDeskError,
    NotFoundError,
    SignInError,
    ValidationError,
)
from guardian_desk.files import write_atomic
from guardian_desk.services import access, audit
from guardian_desk.services.security.keys import make_slot, open_slot
from guardian_desk.services.security.roles import load_roles
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

log = logging.getLogger("guardian_desk.security")

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
FREE_TRIES = 3  # failed sign-ins in a row before each waits
MAX_WAIT = 60.0  # seconds
FAILURES_STATE = "sign_in_failures"
REMEMBER_STATE = "database_id"


@dataclass(frozen=True)
class User:
    """A user as the administrator's list shows them (never their keys)."""

    id: str
    username: str
    role: str
    role_name: str
    team_member_id: str | None
    team_member: str | None
    active: bool
    must_change: bool


def normalise_username(typed: str) -> str:
    return typed.strip().casefold()


def _check_username(username: str) -> None:
    if not USERNAME.match(username):
        raise ValidationError(
            "A user name has 2 to 40 small letters (a–z), digits, dots, dashes or underscores, "
            "and starts with a letter or digit (for example amina.yusuf)."
        )


def _check_passphrase(passphrase: str, username: str) -> None:
    problem = passphrase_problem(passphrase, username)
    if problem:
        raise ValidationError(problem)


# --- who is signed in, and what they may do here ---------------------------------------------


def has_users(db: Database) -> bool:
    with db.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(m.User)))


def _person(session: Session, row: Any, roles: dict[str, Role]) -> Person:
    role = roles.get(row.role)
    if role is None:
        raise SignInError(
            f"The role of this user ({row.role}) is not among the roles in force; an "
            "administrator gives them another."
        )
    office = None
    if row.team_member_id:
        office = session.scalar(
            select(m.TeamMember.office).where(m.TeamMember.id == row.team_member_id)
        )
    return Person(row.id, row.username, role, row.team_member_id, office, row.must_change)


def _role_columns(role: Role) -> dict[str, str]:
    """What the server's row-level security needs of a role (migration 0008)."""
    from guardian_desk.domain.roles import SECTIONS

    return {
        "scope": role.scope.value,
        "reads": ",".join(s for s in SECTIONS if role.may_read(s)),
    }


def _require_manage(db: Database) -> None:
    person = db.person
    if person is not None and not person.role.may("manage_users"):
        access.deny(db, "manage_users")


def list_users(db: Database) -> list[User]:
    """Every user, by user name.

    Raises:
        AccessDeniedError: the signed-in person may not manage users.
    """
    _require_manage(db)
    return _all_users(db)


def _all_users(db: Database) -> list[User]:
    roles = load_roles().roles
    with db.reading() as session:
        rows = session.execute(
            select(m.User, m.TeamMember.full_name)
            .outerjoin(m.TeamMember, m.TeamMember.id == m.User.team_member_id)
            .order_by(m.User.username)
        ).all()
        return [
            User(
                u.id,
                u.username,
                u.role,
                roles[u.role].name if u.role in roles else u.role,
                u.team_member_id,
                name,
                u.active,
                u.must_change,
            )
            for u, name in rows
        ]


def add_user(
    db: Database,
    username: str,
    passphrase: str,
    role: str,
    team_member_id: str | None = None,
    *,
    must_change: bool = False,
) -> User:
    """Add a user. The first user of a database must be an administrator, and may be added
    by anyone who opened it; later ones only by a person who may manage users.

    Raises:
        ValidationError: the user name, passphrase or role is not acceptable.
        ConflictError: the user name is taken.
        AccessDeniedError: the signed-in person may not manage users.
    """
    username = normalise_username(username)
    _check_username(username)
    _check_passphrase(passphrase, username)
    roles = load_roles().roles
    if role not in roles:
        raise ValidationError(
            f"There is no role {role!r}; the roles are {', '.join(sorted(roles))}."
        )
    first = not has_users(db)
    if first and not roles[role].may("manage_users"):
        raise ValidationError(
            "The first user of a database is its administrator: give them a role that may "
            "manage users."
        )
    if not first:
        _require_manage(db)
    slot_key = secrets.token_bytes(32)
    with db.unit_of_work() as session:
        if session.scalar(select(m.User.id).where(m.User.username == username)):
            from guardian_desk.errors import ConflictError

            raise ConflictError(f"There is already a user named {username}.")
        if team_member_id is not None and session.get(m.TeamMember, team_member_id) is None:
            raise NotFoundError("This team member no longer exists.")
        row = m.User(
            username=username,
            team_member_id=team_member_id,
            role=role,
            active=True,
            slot=json.dumps(make_slot(passphrase, slot_key, username)),
            slot_key=slot_key.hex(),
            must_change=must_change,
            **_role_columns(roles[role]),
        )
        session.add(row)
        session.flush()
        user_id = row.id
        audit.record(session, "user added", detail={"user": username, "role": role})
    sync_slots(db)
    return next(u for u in _all_users(db) if u.id == user_id)


def _user_row(session: Session, username: str) -> Any:
    row = session.scalar(select(m.User).where(m.User.username == normalise_username(username)))
    if row is None:
        raise NotFoundError(f"There is no user named {normalise_username(username)}.")
    return row


def change_role(db: Database, username: str, role: str) -> None:
    """Give a user another role (an administrator's work)."""
    _require_manage(db)
    roles = load_roles().roles
    if role not in roles:
        raise ValidationError(f"There is no role {role!r}.")
    with db.unit_of_work() as session:
        row = _user_row(session, username)
        old = row.role
        row.role = role
        for name, value in _role_columns(roles[role]).items():
            setattr(row, name, value)
        audit.record(session, "user changed", detail={"user": row.username, "role": [old, role]})


def change_passphrase(db: Database, username: str, old: str, new: str) -> None:
    """A user's own change of passphrase; the old one is asked again.

    Raises:
        SignInError: the old passphrase is not right.
        ValidationError: the new one breaks the rules.
    """
    username = normalise_username(username)
    with db.reading() as session:
        row = _user_row(session, username)
        slot, stored = json.loads(row.slot), row.slot_key
    if open_slot(slot, old, username) != bytes.fromhex(stored):
        raise SignInError("The current passphrase is not right; nothing was changed.")
    _check_passphrase(new, username)
    if new == old:
        raise ValidationError("The new passphrase is the one you have now.")
    _write_slot(db, username, new, must_change=False, action="passphrase changed")
    if db.person is not None and db.person.username == username:
        db.person = dataclasses.replace(db.person, must_change=False)


def reset_passphrase(db: Database, username: str, new: str) -> None:
    """An administrator sets a new passphrase for a user who forgot theirs; the user is asked
    to choose their own at their next sign-in."""
    _require_manage(db)
    _check_passphrase(new, normalise_username(username))
    _write_slot(db, normalise_username(username), new, must_change=True, action="passphrase reset")


def _write_slot(
    db: Database, username: str, passphrase: str, *, must_change: bool, action: str
) -> None:
    with db.unit_of_work() as session:
        row = _user_row(session, username)
        row.slot = json.dumps(make_slot(passphrase, bytes.fromhex(row.slot_key), username))
        row.must_change = must_change
        audit.record(session, action, detail={"user": username})
    sync_slots(db)


def set_active(db: Database, username: str, active: bool) -> None:
    """Suspend a user (they can no longer sign in) or let them again."""
    _require_manage(db)
    with db.unit_of_work() as session:
        row = _user_row(session, username)
        row.active = active
        audit.record(
            session, "user resumed" if active else "user suspended", detail={"user": row.username}
        )
    sync_slots(db)


def remove_user(db: Database, username: str) -> str:
    """Remove a user and their key slot; returns what the administrator should know (for an
    encrypted database: that a new database key makes old copies of the key file useless).

    Raises:
        ValidationError: the last user who may manage users cannot be removed, nor oneself.
    """
    _require_manage(db)
    username = normalise_username(username)
    roles = load_roles().roles
    with db.unit_of_work() as session:
        row = _user_row(session, username)
        if db.person is not None and db.person.username == username:
            raise ValidationError("You cannot remove yourself; another administrator can.")
        managers = [
            r.username
            for r in session.scalars(select(m.User).where(m.User.active.is_(True)))
            if r.role in roles and roles[r.role].may("manage_users")
        ]
        if managers == [username]:
            raise ValidationError(
                "This is the only user who may manage users; add another before removing them."
            )
        _drop_server_role(session, row.db_role)
        session.execute(delete(m.User).where(m.User.id == row.id))
        audit.record(session, "user removed", detail={"user": username, "role": row.role})
    sync_slots(db)
    if db.encrypted:
        return (
            f"{username} was removed and cannot sign in any more. A copy of the key file made "
            "before (a backup, a copied folder) still opens the database with their old "
            "passphrase: change the database key (guardian-desk keys rekey, with the window "
            "closed) so that no old copy opens it; everyone else keeps their passphrase."
        )
    return f"{username} was removed and cannot sign in any more."


# --- signing in ------------------------------------------------------------------------------


@dataclass
class Failures:
    """Failed sign-ins since the last one that succeeded: where they are kept and how long
    the next try waits."""

    read: Callable[[], list[dict[str, str]]]
    write: Callable[[list[dict[str, str]]], None]

    def wait(self, now: float | None = None) -> float:
        """Seconds before the next try is heard (0: now)."""
        found = self.read()
        if len(found) < FREE_TRIES:
            return 0.0
        delay = min(2.0 ** (len(found) - FREE_TRIES + 1), MAX_WAIT)
        try:
            last = datetime.fromisoformat(found[-1]["at"]).timestamp()
        except (KeyError, ValueError):
            return delay
        return max(0.0, last + delay - (now if now is not None else time.time()))

    def add(self, username: str) -> None:
        found = self.read()[-200:]
        found.append({"user": username, "at": datetime.now(UTC).isoformat(timespec="seconds")})
        self.write(found)


def file_failures(path: Path) -> Failures:
    """Failures kept beside a database file that cannot be read yet (encrypted, not open)."""
    sidecar = path.with_name(path.name + ".signins")

    def read() -> list[dict[str, str]]:
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            return [dict(x) for x in data if isinstance(x, dict)]
        except (OSError, ValueError, TypeError):
            return []

    def write(found: list[dict[str, str]]) -> None:
        if not found:
            with contextlib.suppress(OSError):
                sidecar.unlink()
            return
        with contextlib.suppress(GuardianDeskError, OSError):
            write_atomic(sidecar, json.dumps(found), "The record of failed sign-ins")

    return Failures(read, write)


def _state_failures(db: Database) -> Failures:
    def read() -> list[dict[str, str]]:
        with db.reading() as session:
            text = repo.state_value(session, FAILURES_STATE)
        try:
            return [dict(x) for x in json.loads(text or "[]")]
        except (ValueError, TypeError):
            return []

    def write(found: list[dict[str, str]]) -> None:
        with db.unit_of_work() as session:
            repo.set_state_value(session, FAILURES_STATE, json.dumps(found))

    return Failures(read, write)


def not_signed_in(wait: float) -> SignInError:
    if wait > 0:
        return SignInError(
            f"Too many tries: wait {int(wait + 0.999)} seconds, then try again.", wait
        )
    return SignInError(
        "The user name or the passphrase is not right. Check that Caps Lock is off and that "
        "the keyboard is the one you chose the passphrase in."
    )


def sign_in(db: Database, username: str, passphrase: str, *, remember: bool = False) -> Person:
    """Sign a person in on an open database; from then on ``db.person`` is them.

    Raises:
        SignInError: wrong user name or passphrase, a suspended or removed user, or too many
            tries (wait ``retry_after`` seconds); the message never says which of the two
            was wrong.
    """
    username = normalise_username(username)
    slot_key = _checked(db, username, passphrase)
    return _signed_in(db, username, slot_key, remember=remember, how="passphrase")


def _checked(db: Database, username: str, passphrase: str) -> bytes:
    """The user's slot key if the passphrase is theirs and they may sign in; each failure
    counted, slowed down and written in the audit log."""
    failures = _state_failures(db)
    wait = failures.wait()
    if wait > 0:
        raise not_signed_in(wait)
    with db.reading() as session:
        row = session.scalar(select(m.User).where(m.User.username == username))
        slot_key = (
            open_slot(json.loads(row.slot), passphrase, username) if row is not None else None
        )
        good = row is not None and slot_key == bytes.fromhex(row.slot_key)
    if row is None or slot_key is None or not good or not row.active:
        failures.add(username if row is not None else "?")
        with db.unit_of_work() as session:
            audit.record(
                session,
                "sign-in failed",
                actor=username if row is not None else "?",
                detail={"reason": "suspended" if good else "passphrase"},
            )
        raise not_signed_in(failures.wait())
    return slot_key


def unlock_as(db: Database, passphrase: str) -> None:
    """Open a locked database again for the person signed in, with their passphrase (for
    an encrypted file, their key slot gives the key back).

    Raises:
        SignInError: not their passphrase, or too many tries; it stays locked.
    """
    person = db.person
    if person is None:
        raise SignInError("No one is signed in to unlock for.")
    path = db.path
    if db.encrypted and path is not None and db.key is None:
        from guardian_desk.services.security import keys

        failures = file_failures(path)
        wait = failures.wait()
        if wait > 0:
            raise not_signed_in(wait)
        key = keys.key_from_passphrase(path, person.username, passphrase)
        if key is None:
            failures.add(person.username)
            raise not_signed_in(failures.wait())
        db.unlock(key)
        record_pending_failures(db, failures)
    else:
        db.unlock(None)
        try:
            _checked(db, person.username, passphrase)
        except SignInError:
            db.lock()
            raise
    with db.unit_of_work() as session:
        _state_failures_reset(session)
        audit.record(session, "unlocked")


def _state_failures_reset(session: Session) -> None:
    repo.set_state_value(session, FAILURES_STATE, "[]")


def sign_in_remembered(db: Database, username: str, slot_key: bytes) -> Person | None:
    """Sign in with a slot key the keyring kept; None when it no longer opens the user."""
    with db.reading() as session:
        row = session.scalar(select(m.User).where(m.User.username == username))
    if row is None or not row.active or bytes.fromhex(row.slot_key) != slot_key:
        return None
    return _signed_in(db, username, slot_key, remember=False, how="remembered")


def _signed_in(db: Database, username: str, slot_key: bytes, *, remember: bool, how: str) -> Person:
    from guardian_desk.services.security import keys

    roles = load_roles().roles
    with db.reading() as session:
        row = _user_row(session, username)
        person = _person(session, row, roles)
        stale = {k: v for k, v in _role_columns(person.role).items() if getattr(row, k) != v}
    if db.damaged is not None:
        # A damaged file is written to by nothing, not even its audit log: the person is
        # signed in to rescue what can be read (``recover``), and the sign-in goes unrecorded.
        db.person = person
        return person
    pending = _state_failures(db).read()
    with db.unit_of_work() as session:
        if stale:  # the role files changed since: the server's rules follow them
            session.execute(update(m.User).where(m.User.id == person.user_id).values(**stale))
        _state_failures_reset(session)
        db.person = person
        session.info["person"] = person
        audit.record(
            session,
            "signed in",
            detail={"how": how, **({"failed before": len(pending)} if pending else {})},
        )
    if remember:
        keys.remember_user(remember_id(db), username, slot_key)
    return person


def record_pending_failures(db: Database, failures: Failures) -> None:
    """Write failed sign-ins kept beside an encrypted database into its audit log."""
    found = failures.read()
    if not found:
        return
    with db.unit_of_work() as session:
        for failure in found:
            audit.record(
                session,
                "sign-in failed",
                actor=failure.get("user", "?"),
                detail={"reason": "passphrase", "at": failure.get("at")},
            )
    failures.write([])


def remember_id(db: Database) -> str:
    """The name under which the keyring remembers who signs in to this database."""
    from guardian_desk.services.security import keys

    path = db.path
    if db.encrypted and path is not None:
        key_file = keys.read_key_file(path)
        if key_file is not None:
            return key_file.database_id
    with db.reading() as session:
        found = repo.state_value(session, REMEMBER_STATE)
    if found:
        return found
    made = secrets.token_hex(16)
    with db.unit_of_work() as session:
        repo.set_state_value(session, REMEMBER_STATE, made)
    return made


def forget_me(db: Database) -> None:
    """This computer no longer signs anyone in to this database without a passphrase."""
    from guardian_desk.services.security import keys

    keys.forget_user(remember_id(db))


def sign_in_from_keyring(db: Database) -> Person | None:
    """The person this computer remembers for this database, signed in; else None."""
    from guardian_desk.services.security import keys

    found = keys.remembered_user(remember_id(db))
    if found is None:
        return None
    return sign_in_remembered(db, *found)


def slots(db: Database) -> dict[str, dict[str, Any]]:
    """Each active user's slot with their slot key, for the key file (``keys.py``)."""
    with db.reading() as session:
        return {
            row.username: {"slot": json.loads(row.slot), "slot_key": bytes.fromhex(row.slot_key)}
            for row in session.scalars(select(m.User).where(m.User.active.is_(True)))
        }


def sync_slots(db: Database) -> None:
    """An encrypted database's key file holds a slot for each active user, and only them."""
    from guardian_desk.services.security import keys

    path = db.path
    # A database whose key lives only as long as the window (the demo) has no key file.
    if db.encrypted and path is not None and db.key is not None and keys.read_key_file(path):
        keys.write_slots(path, db.key, slots(db))


# --- a team's server: each user's own database role -----------------------------------------

PEOPLE = "guardian_desk_people"


def server_role_name(db: Database, username: str) -> str:
    """The database role of a user: their name and a mark of this database (a server holds
    several databases; a role is the whole server's)."""
    import hashlib

    with db.reading() as session:
        database = str(session.execute(text("SELECT current_database()")).scalar())
    mark = hashlib.sha256(database.encode()).hexdigest()[:6]
    return "gd_" + re.sub(r"[^a-z0-9_]", "_", username) + "_" + mark


def server_add_user(db: Database, username: str, password: str) -> str:
    """Give a user a database role of their own on the team's server, with ``password``:
    with it (and ``psql``) they read what their role may read and nothing more, and write
    nothing (the server's row-level security, migration 0008). Returns the role's name.

    Raises:
        ValidationError: not a server, or the password breaks the passphrase rules.
        DatabaseError: the program's login may not create roles (CREATEROLE).
    """
    _require_manage(db)
    if db.is_sqlite:
        raise ValidationError("Only a team's server has database roles; a file has none.")
    username = normalise_username(username)
    _check_passphrase(password, username)
    role_name = server_role_name(db, username)
    from guardian_desk.errors import DatabaseError

    try:
        with db.unit_of_work() as session:
            row = _user_row(session, username)
            exists = session.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": role_name}
            ).first()
            verb = "ALTER" if exists else "CREATE"
            # Composed by the driver (an identifier and a literal, each quoted): CREATE ROLE
            # takes no bound parameters.
            from psycopg import sql

            cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
            cursor.execute(
                sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role_name), sql.Literal(password)
                )
            )
            cursor.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(PEOPLE), sql.Identifier(role_name))
            )
            row.db_role = role_name
            audit.record(session, "server role given", detail={"user": username})
    except Exception as exc:
        import sqlalchemy.exc as sa_exc

        if isinstance(exc, sa_exc.DBAPIError):
            raise DatabaseError(
                "The server did not let this program create a database role: its login "
                "needs the CREATEROLE right (ask the server's administrator)."
            ) from None
        raise
    return role_name


def _quoted(session: Session, name: str) -> str:
    return str(session.execute(text("SELECT quote_ident(CAST(:n AS text))"), {"n": name}).scalar())


def _drop_server_role(session: Session, role_name: str | None) -> None:
    if not role_name or session.get_bind().dialect.name != "postgresql":
        return
    if session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": role_name}).first():
        session.execute(text("DROP ROLE " + _quoted(session, role_name)))


# --- the demo team's users --------------------------------------------------------------------

DEMO_PASSPHRASE = "guardian desk demo"  # for the demo database only (README)
# One user per shipped role, each the demo team member whose work the role is.
DEMO_USERS = (
    ("admin", "administrator", None),
    ("supervisor", "supervising_lawyer", "lawyer"),
    ("lawyer", "lawyer", "lawyer"),
    ("gal", "guardian_ad_litem", "guardian_ad_litem"),
    ("caseworker", "caseworker", "caseworker"),
    ("clerk", "clerk", "clerk"),
    ("interpreter", "interpreter", "interpreter"),
    ("dpo", "data_protection_officer", None),
)


def add_demo_users(db: Database) -> list[tuple[str, str]]:
    """One user per role on a demo database (passphrase :data:`DEMO_PASSPHRASE`), each linked
    to a demo team member of that kind who has cases; returns (user name, role) pairs."""
    with db.reading() as session:
        members = session.execute(
            select(m.TeamMember.id, m.TeamMember.roles).order_by(m.TeamMember.full_name)
        ).all()
        lawyers = list(session.scalars(select(m.Case.lead_lawyer_id).distinct()))
    chosen: list[str] = []
    added = []
    for username, role, kind in DEMO_USERS:
        member: str | None = None
        if kind is not None:
            fitting = [i for i, kinds in members if kind in kinds and i not in chosen]
            busy = [i for i in fitting if i in lawyers] if kind == "lawyer" else fitting
            member = (busy or fitting)[0] if (busy or fitting) else None
            if member:
                chosen.append(member)
        add_user(db, username, DEMO_PASSPHRASE, role, member)
        added.append((username, role))
    return added
