"""Opening a database: the engine, SQLite settings, schema checks, backups and upgrades.

A local SQLite file is the default; a team shares a PostgreSQL server through the same
code. Opening an existing database first checks that this program knows its schema (a
newer one is refused and left untouched), then takes a verified backup before any upgrade.

SQLite files are opened through SQLCipher (``sqlcipher3``): with a 256-bit raw key the file,
its write-ahead log and its backups are encrypted (AES-256, an HMAC on every page); without
one it reads and writes plain SQLite files as before. Where the key comes from (the OS
keyring, the recovery key) is decided above this layer (``services/security``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from guardian_desk.domain.roles import Person
from guardian_desk.errors import (
    DatabaseError,
    GuardianDeskError,
    KeyNeededError,
    LockedError,
    SchemaTooNewError,
    ServerPasswordError,
    SessionLockedError,
    WrongKeyError,
)
from guardian_desk.files import (
    PRIVATE_DIR,
    is_partial,
    make_private,
    make_private_dir,
    os_error_words,
)
from guardian_desk.storage.migrations import SCHEMA_HEAD

log = logging.getLogger("guardian_desk.storage")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 10
BACKUP_EVERY = timedelta(days=1)


KEY_BYTES = 32  # SQLCipher's raw key: 256 bits
SQLITE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, sqlcipher.Error)
SQLITE_OR_OS_ERRORS: tuple[type[BaseException], ...] = (*SQLITE_ERRORS, OSError)
SQLITE_HEADER = b"SQLite format 3\x00"


def connect_sqlite(path: Path, key: bytes | None = None, *, read_only: bool = False) -> Any:
    """A DB-API connection to a SQLite file, keyed when ``key`` is given (SQLCipher).

    A wrong key is not noticed here: SQLCipher says so at the first read ("file is not a
    database"). Its own complaints on stderr are silenced; the caller explains.
    """
    conn = sqlcipher.connect(f"file:{path}?mode=ro" if read_only else str(path), uri=read_only)
    try:
        _key_connection(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn


def _key_connection(conn: Any, key: bytes | None) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        if len(key) != KEY_BYTES:
            raise ValueError("a database key has 32 bytes")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def is_encrypted(path: Path) -> bool:
    """Whether a database file is encrypted: a plain SQLite file starts with its header in
    clear; an encrypted one is random bytes from the first (its salt) to the last, which
    text or a damaged header is not."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return False
    return len(head) == 1024 and not head.startswith(SQLITE_HEADER) and len(set(head)) > 200


def key_opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the encrypted file at ``path`` (its first page is read)."""
    try:
        with closing(connect_sqlite(path, key, read_only=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except SQLITE_ERRORS:
        return False
    return True


def _refuse_without_key(path: Path, key: bytes | None) -> None:
    if key is None and is_encrypted(path):
        raise KeyNeededError(
            f"{path.name} is not a Guardian Desk database, or it is encrypted and opens only "
            "with its key (from this computer's keyring or its recovery key); it was left as "
            "it is."
        )


# Tables made by hand in migrations (the SQLite full-text index) that models do not declare.
UNMODELLED_PREFIXES = ("search_fts",)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: leave the hand-made full-text tables out of model comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED_PREFIXES))


def _alembic_config() -> Any:
    # Alembic is imported only when a schema must be checked in depth or upgraded: it costs
    # a third of a second at every start otherwise.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The schema revision this program writes (kept in step with Alembic by a test)."""
    return SCHEMA_HEAD


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


SUPPORTED_SCHEMES = ("sqlite", "postgresql", "postgres", "postgresql+psycopg")


def to_url(target: str) -> str:
    """A SQLAlchemy URL for a file path or a URL given by the user.

    Raises:
        DatabaseError: the address is not a file path, a SQLite URL or a PostgreSQL URL.
    """
    if not target or "\x00" in target:
        raise DatabaseError("No database was named: give a file path or a postgresql:// URL.")
    if "://" not in target:
        try:
            return "sqlite:///" + str(Path(target).expanduser().resolve())
        except (OSError, RuntimeError, ValueError):
            raise DatabaseError("This database path is not understood.") from None
    try:
        url = make_url(target)
    except (ArgumentError, ValueError):
        raise DatabaseError(
            "This database address is not understood: write a file path or "
            "postgresql://user@host/database."
        ) from None
    if url.drivername not in SUPPORTED_SCHEMES:
        scheme = url.drivername.split("+", 1)[0][:20]
        raise DatabaseError(
            f"Guardian Desk keeps its data in a SQLite file or on a PostgreSQL server; "
            f"a {scheme!r} database is not supported."
        )
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def explain(exc: BaseException, path: Path | None = None) -> GuardianDeskError | None:
    """The plain sentence for a failure of the database or the disk, or None if unknown.

    The words never include SQL or its parameters: such text can carry a child's name or a
    case reference. ``path``, the SQLite file in use if known, lets a damaged database's
    message name its last verified backup and the way to recover.
    """
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, GuardianDeskError):
        return exc
    cause: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    message = str(cause).lower()
    if isinstance(cause, SQLITE_ERRORS) or (isinstance(exc, DBAPIError) and "sqlite" in repr(exc)):
        if "locked" in message or "busy" in message:
            return LockedError(
                "Another Guardian Desk is writing to this database; try again in a moment. "
                "Nothing was changed."
            )
        if "full" in message:
            return DatabaseError("The disk is full: nothing was saved. Free some space and retry.")
        if "readonly" in message or "read-only" in message:
            return DatabaseError(
                "This database is in a read-only folder or file: nothing was saved. "
                "Open it from a folder you may write to."
            )
        if "unable to open" in message:
            return DatabaseError(
                "The database file cannot be opened: its folder is missing, read-only, "
                "or may not be read."
            )
        if "disk i/o" in message:
            return DatabaseError(
                "The disk reported an input/output error: nothing was saved. "
                "Check the disk, then try again."
            )
        if any(w in message for w in ("malformed", "not a database", "corrupt", "decode")):
            return damaged_error(path)
        return None
    if isinstance(exc, DBAPIError) and "psycopg" in type(cause).__module__:
        if "password" in message:
            return ServerPasswordError(
                "The team's database server asks for a password that this computer's keyring "
                "does not hold, or refused the one it holds. Keep the right one in the "
                "keyring: guardian-desk --db ADDRESS keys server-password (the window asks "
                "for it)."
            )
        if any(w in message for w in ("certificate", "ssl", "tls")):
            return DatabaseError(
                "The team's database server could not prove who it is: its TLS certificate "
                "is not for this address, or not signed by an authority this computer "
                "trusts. Ask the administrator for the team's certificate authority "
                '(docs/security.md, "A team\'s server").'
            )
        if "could not connect" in message or "connection" in message:
            return DatabaseError(
                "The team's database server cannot be reached: check the network and the "
                "server address, then try again."
            )
        return None
    if isinstance(cause, OSError):
        words = os_error_words(cause)
        return GuardianDeskError(f"That could not be done: {words}. Nothing was saved.")
    return None


class DamagedDatabaseError(DatabaseError):
    """The database file fails its integrity check: nothing may write to it."""


def damaged_error(path: Path | None, *, recoverable: bool = True) -> DamagedDatabaseError:
    """The one message for a damaged database: nothing written, the last verified backup,
    and (``recoverable``: SQLite can still read some of it) how to get back what is readable."""
    if path is None:
        return DamagedDatabaseError(
            "The database is damaged: nothing was written to it. Run 'guardian-desk check' "
            "and see docs/reliability.md for recovery."
        )
    recover = (
        f" 'guardian-desk recover --db {path} -o FILE' exports every case still readable "
        "and names the ones that are not."
        if recoverable
        else ""
    )
    return DamagedDatabaseError(
        f"{path.name} is damaged: it fails its integrity check, so nothing was written to "
        f"it.{_last_backup_words(path)}{recover}"
    )


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: large imports stay in memory
    cursor.close()


@dataclass
class Database:
    """An open, up-to-date database and the sessions that work on it."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # Set when the full check finds the file damaged: from then on nothing writes to it.
    damaged: DatabaseError | None = None
    # A SQLite file's SQLCipher key; None for a plain file or a server. Never shown.
    key: bytes | None = field(default=None, repr=False)
    # While locked, nothing reads or writes, and the engine holds no connection.
    locked: bool = False
    # Who is signed in; every service asks the access policy about them. None only for a
    # database that has no users yet (see services/security/access.py).
    person: Person | None = None
    _encrypted: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self._encrypted = self.key is not None

    @property
    def encrypted(self) -> bool:
        return self._encrypted

    def lock(self, *, forget_key: bool = True) -> None:
        """Stop all reading and writing: the engine's connections are closed and, with
        ``forget_key``, the key is dropped (:meth:`unlock` needs it again). Work already
        holding a connection finishes; new work raises SessionLockedError."""
        self.locked = True
        self.engine.dispose()
        if forget_key and self._encrypted:
            self.key = None
            # A fresh engine holds no reference to the key; it is made again on unlock.
            self.engine = create_engine(self.url, module=sqlcipher, future=True)
            self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def unlock(self, key: bytes | None = None) -> None:
        """Open again after :meth:`lock`; an encrypted file whose key was dropped needs it.

        Raises:
            WrongKeyError: ``key`` does not open the file (it stays locked).
        """
        if self._encrypted and self.key is None:
            path = self.path
            if key is None or path is None or not key_opens(path, key):
                raise WrongKeyError("This key does not open the database; it stays locked.")
            self.key = key
            self.engine = _engine(self.url, key)
            self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.locked = False

    def _refuse_when_locked(self) -> None:
        if self.locked:
            raise SessionLockedError("Guardian Desk is locked; unlock it to go on.")

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite."""
        return (
            Path(self.engine.url.database) if self.is_sqlite and self.engine.url.database else None
        )

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back if it raises.

        Raises:
            DamagedDatabaseError: the database failed its check; it is not written to.
        """
        self._refuse_when_locked()
        if self.damaged is not None:
            raise self.damaged
        with self.sessions() as session, session.begin():
            session.info["person"] = self.person
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        Raises:
            SessionLockedError: the window is locked.
        """
        self._refuse_when_locked()
        with self.sessions() as session:
            session.info["person"] = self.person
            yield session

    def close(self) -> None:
        self.engine.dispose()


def current_revision(db: Database) -> str | None:
    """The schema revision the database is at."""
    with db.engine.connect() as connection:
        return _revision_of(connection)


def _revision_of(connection: Any) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _sqlite_revision(path: Path, key: bytes | None = None) -> str | None:
    """The schema revision of a SQLite file, read without changing a byte of it.

    Raises:
        KeyNeededError: the file is encrypted and no key was given.
        WrongKeyError: the key does not open it.
        DatabaseError: the file is not a Guardian Desk database.
    """
    _refuse_without_key(path, key)
    try:
        with closing(connect_sqlite(path, key, read_only=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseError(
                        f"{path} is a database of another program, not of Guardian Desk; "
                        "it was left as it is."
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except SQLITE_ERRORS as exc:
        if key is not None and "not a database" in str(exc).lower():
            raise WrongKeyError(
                f"The key does not open {path.name}: it is another database's key, or the "
                "file is damaged. Nothing was changed."
            ) from None
        known = explain(exc)
        if known is not None and not isinstance(known, DamagedDatabaseError):
            raise known from None
        if _has_backups(path) or _looks_like_sqlite(path):  # one of ours, damaged
            raise damaged_error(path, recoverable=_looks_like_sqlite(path)) from None
        raise DamagedDatabaseError(
            f"{path.name} is not a Guardian Desk database, or it is damaged; it was left as "
            f"it is.{_last_backup_words(path)}"
        ) from None


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _has_backups(path: Path) -> bool:
    try:
        return bool(verified_backups(path))
    except OSError:
        return False


def _refuse_unknown(revision: str | None, where: str) -> None:
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise SchemaTooNewError(
            f"The database {where} was written by a newer version of Guardian Desk "
            f"(schema {revision}). Install the newer version to open it; "
            "the database was left untouched."
        )


def backup_dir(path: Path) -> Path:
    return path.with_name(path.name + "-backups")


def verified_backups(path: Path) -> list[Path]:
    """The database's verified backups, oldest first (a killed backup never counts)."""
    folder = backup_dir(path)
    return sorted(
        p for p in folder.glob(f"{path.stem}-*.sqlite") if p.is_file() and p.stat().st_size > 0
    )


def _last_backup_words(path: Path) -> str:
    try:
        found = verified_backups(path)
    except OSError:
        return ""
    if not found:
        return " There is no backup of it."
    return f" The last verified backup is {found[-1]}."


def _integrity_of(connection: Any, quick: bool = False) -> str:
    return _problems(connection, "PRAGMA quick_check" if quick else "PRAGMA integrity_check")


def _problems(conn: Any, pragma: str) -> str:
    """'ok', or the first problems an integrity pragma reports."""
    found = [r[0] for r in conn.execute(pragma).fetchmany(5)]
    return "ok" if found == ["ok"] else "; ".join(str(f) for f in found)


def backup_sqlite(path: Path, reason: str, key: bytes | None = None) -> Path:
    """Copy a SQLite database with the online backup API and verify the copy.

    An encrypted database is copied page for page into a file keyed with the same key, so
    its backups are encrypted too, and verified by opening them with it.

    The copy is written to a temporary file in the backup folder and only named as a backup
    once it passes ``PRAGMA integrity_check`` and holds the same schema revision and table
    count as the original: a backup killed or failed half-way never counts as one. Else
    DatabaseError is raised and nothing is changed.
    """
    folder = backup_dir(path)
    try:
        make_private_dir(folder)
        for stale in folder.iterdir():  # left by a backup that was killed
            if is_partial(stale):
                stale.unlink(missing_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
        fd, temp_name = tempfile.mkstemp(prefix=".gd-partial-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise DatabaseError(
            f"The backup of {path.name} could not be written: {os_error_words(exc)}; "
            "nothing was changed."
        ) from None
    temp = Path(temp_name)
    try:
        with (
            closing(connect_sqlite(path, key)) as source,
            closing(connect_sqlite(temp, key)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            check = _integrity_of(copy)
            counts = [
                conn.execute(
                    "SELECT (SELECT version_num FROM alembic_version),"
                    " (SELECT count(*) FROM sqlite_master)"
                ).fetchone()
                for conn in (source, copy)
            ]
        if check != "ok":  # a page-for-page copy fails only where the original does
            log.error("the database's backup fails its integrity check")
            raise damaged_error(path)
        if counts[0] != counts[1]:
            raise DatabaseError(
                f"The backup of {path.name} could not be verified; nothing was changed."
            )
        fd = os.open(temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except DatabaseError:
        raise
    except SQLITE_OR_OS_ERRORS as exc:
        known = explain(exc)
        reason_words = str(known) if known else "it could not be verified"
        raise DatabaseError(f"The backup of {path.name} was not taken: {reason_words}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    make_private(target)
    old = verified_backups(path)
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    log.info("backup written and verified: %s", target.name)
    return target


def _backup_due(path: Path) -> bool:
    try:
        newest = max((p.stat().st_mtime for p in verified_backups(path)), default=0.0)
    except OSError:
        newest = 0.0
    age = datetime.now(UTC) - datetime.fromtimestamp(newest, UTC)
    return age > BACKUP_EVERY


def _engine(url: str, key: bytes | None = None) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, future=True)
    engine = create_engine(url, module=sqlcipher, future=True)

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        _key_connection(dbapi_connection, key)  # the key first, then every other pragma
        _set_sqlite_pragmas(dbapi_connection, record)

    event.listen(engine, "connect", on_connect)
    return engine


def verify(db: Database) -> None:
    """SQLite's quick check of the whole file; a damaged file is marked so that nothing
    writes to it any more (every unit of work then raises).

    Raises:
        DamagedDatabaseError: the file is damaged.
    """
    path = db.path
    if path is None or not path.exists():
        return
    try:
        refuse_damaged(path, whole=True, key=db.key)
    except DamagedDatabaseError as exc:
        db.damaged = exc
        raise


def verify_and_back_up(db: Database) -> Path | None:
    """What the window does in the background once it shows: the whole quick check, then the
    daily backup if due (never a backup of a damaged file)."""
    verify(db)
    return backup_if_due(db)


def backup_if_due(db: Database) -> Path | None:
    """Take the daily verified backup of a SQLite database if none was taken today.

    The window calls this in the background after it shows, so that a large database does
    not delay its start.
    """
    path = db.path
    if path is None or not _backup_due(path):
        return None
    return backup_sqlite(path, "daily", db.key)


# Checked at every open. SQLite's quick check reads every page of a table but does not
# compare rows with their indexes, and a damaged cell of a case's row passes it; the full
# integrity check of the two tables every case lives in does (see docs/performance.md for
# what each costs at 100 000 cases). ``whole`` adds the quick check of every other table.
QUICK_TABLES = ("sqlite_schema", "alembic_version")
CASE_TABLES = ("cases", "children")


def _truncated(conn: Any, path: Path, encrypted: bool) -> bool:
    """Whether the file is shorter than its header says (and no write-ahead log explains it).

    An encrypted file's header is encrypted: a missing page is found when it is read."""
    if encrypted:
        return path.stat().st_size < 1024
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return True
    declared = int.from_bytes(header[28:32], "big")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    wal = Path(f"{path}-wal")
    return declared > 0 and path.stat().st_size < declared * page_size and not wal.exists()


def refuse_damaged(path: Path, *, whole: bool = False, key: bytes | None = None) -> None:
    """Check the file before anything writes to it: its length, SQLite's quick check of the
    schema, and the integrity check (rows against their indexes) of the case tables;
    ``whole`` adds the quick check of the whole file.

    Raises:
        DamagedDatabaseError: the check fails; the message names the last verified backup
            and the way to recover what is still readable.
    """
    _refuse_without_key(path, key)
    pragmas = [f"PRAGMA quick_check({t})" for t in QUICK_TABLES]
    if key is None:
        pragmas += [f"PRAGMA integrity_check({t})" for t in CASE_TABLES]
    # An encrypted file needs no full check of its case tables at every open: every page
    # carries an HMAC, so a changed byte anywhere fails the first read of its page, and the
    # whole file's quick check before the first write reads every page.
    if whole:
        pragmas.append("PRAGMA quick_check")
    try:
        with closing(connect_sqlite(path, key, read_only=True)) as conn:
            short = _truncated(conn, path, key is not None)
            found = "the file is shorter than its header says" if short else "ok"
            for pragma in pragmas:
                if found != "ok":
                    break
                found = _problems(conn, pragma)
    except SQLITE_OR_OS_ERRORS as exc:
        known = explain(exc)
        if known is not None and not isinstance(known, DamagedDatabaseError):
            raise known from None
        found = "unreadable"
    if found != "ok":
        log.error("the database fails its integrity check; it is not opened for writing")
        raise damaged_error(path)


def _make_files_private(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            make_private(candidate)
    folder = backup_dir(path)
    if folder.is_dir() and os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_DIR)


def open_database(
    target: str,
    *,
    key: bytes | None = None,
    upgrade: bool = True,
    daily_backup: bool = True,
    check_integrity: bool = True,
) -> Database:
    """Open (creating if needed) the database at ``target`` and bring it to the head schema.

    Args:
        target: a file path or a database URL.
        key: the SQLCipher key of a SQLite file (32 bytes): an encrypted file needs it, and a
            new file is created encrypted with it. None for a plain file.
        upgrade: when False, a database that needs an upgrade is refused instead.
        daily_backup: take the day's backup now, if due (else call :func:`backup_if_due`
            later). A backup before an upgrade is always taken.
        check_integrity: run SQLite's quick check on an existing file first and refuse a
            damaged one (only ``recover`` reads a damaged file, with this off).

    Raises:
        SchemaTooNewError: the database comes from a newer program; it is left untouched.
        DatabaseError: the database cannot be opened or is not a Guardian Desk database.
    """
    url = to_url(target)
    sqlite_path: Path | None = None
    if url.startswith("sqlite:///"):
        sqlite_path = Path(url.removeprefix("sqlite:///"))
        if sqlite_path.is_dir():
            raise DatabaseError(f"{sqlite_path} is a folder, not a database file.")
        exists = sqlite_path.exists() and sqlite_path.stat().st_size > 0
        if exists and key is not None and not is_encrypted(sqlite_path):
            raise DatabaseError(
                f"{sqlite_path.name} is not encrypted; it opens without a key (and can be "
                "encrypted with guardian-desk keys encrypt)."
            )
        revision = _sqlite_revision(sqlite_path, key) if exists else None
        _refuse_unknown(revision, str(sqlite_path))
        if exists and check_integrity:
            refuse_damaged(sqlite_path, key=key)
        try:
            if not sqlite_path.parent.exists():
                make_private_dir(sqlite_path.parent)
        except OSError as exc:
            raise DatabaseError(
                f"The folder for {sqlite_path.name} cannot be made: {os_error_words(exc)}."
            ) from None
        due = daily_backup and _backup_due(sqlite_path)
        if revision is not None and (revision != head_revision() or due):
            reason = "before-upgrade" if revision != head_revision() else "daily"
            backup_sqlite(sqlite_path, reason, key)

    engine = _engine(url, key if sqlite_path is not None else None)
    try:
        with engine.begin() as connection:
            current = _revision_of(connection)
            _refuse_unknown(current, make_url(url).render_as_string(hide_password=True))
            if current != head_revision():
                if not upgrade:
                    raise DatabaseError("The database needs an upgrade before it can be used.")
                log.info("upgrading database schema from %s to %s", current, head_revision())
                config = _alembic_config()
                config.attributes["connection"] = connection
                from alembic import command

                command.upgrade(config, "head")
    except OperationalError as exc:
        engine.dispose()
        known = explain(exc)
        if known is not None:
            raise known from None
        raise DatabaseError("The database cannot be opened.") from None
    except BaseException:
        engine.dispose()
        raise
    if sqlite_path is not None:
        _make_files_private(sqlite_path)
    return Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        key=key if sqlite_path is not None else None,
    )
