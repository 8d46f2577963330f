"""Opening a database: the engine, SQLite settings, schema checks, backups and upgrades.

A local SQLite file is the default; a team shares a PostgreSQL server through the same
code. Opening an existing database first checks that this program knows its schema (a
newer one is refused and left untouched), then takes a verified backup before any upgrade.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from guardian_desk.errors import DatabaseError, SchemaTooNewError
from guardian_desk.storage.migrations import SCHEMA_HEAD

log = logging.getLogger("guardian_desk.storage")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 10
BACKUP_EVERY = timedelta(days=1)


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


def to_url(target: str) -> str:
    """A SQLAlchemy URL for a file path or a URL given by the user."""
    if "://" not in target:
        return "sqlite:///" + str(Path(target).expanduser().resolve())
    try:
        url = make_url(target)
    except ArgumentError as exc:
        raise DatabaseError(f"This database address is not understood: {exc}") from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


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
        """One transaction: committed if the block succeeds, rolled back if it raises."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self.sessions() as session:
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


def _sqlite_revision(path: Path) -> str | None:
    """The schema revision of a SQLite file, read without changing a byte of it.

    Raises DatabaseError when the file is not a Guardian Desk database.
    """
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
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
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is not a Guardian Desk database, or it is damaged ({exc})."
        ) from None


def _refuse_unknown(revision: str | None, where: str) -> None:
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise SchemaTooNewError(
            f"The database {where} was written by a newer version of Guardian Desk "
            f"(schema {revision}). Install the newer version to open it; "
            "the database was left untouched."
        )


def backup_dir(path: Path) -> Path:
    return path.with_name(path.name + "-backups")


def backup_sqlite(path: Path, reason: str) -> Path:
    """Copy a SQLite database with the online backup API and verify the copy.

    The copy must pass ``PRAGMA integrity_check`` and hold the same schema revision and the
    same number of cases as the original, else DatabaseError is raised and nothing is changed.
    """
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        counts = [
            conn.execute(
                "SELECT (SELECT version_num FROM alembic_version),"
                " (SELECT count(*) FROM sqlite_master)"
            ).fetchone()
            for conn in (source, copy)
        ]
    if check != "ok" or counts[0] != counts[1]:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            f"The backup of {path} could not be verified ({check}); nothing was changed."
        )
    old = sorted(folder.glob(f"{path.stem}-*.sqlite"))
    for stale in old[:-BACKUPS_KEPT]:
        stale.unlink(missing_ok=True)
    log.info("backup written and verified: %s", target.name)
    return target


def _backup_due(path: Path) -> bool:
    folder = backup_dir(path)
    newest = max((p.stat().st_mtime for p in folder.glob(f"{path.stem}-*.sqlite")), default=0.0)
    age = datetime.now(UTC) - datetime.fromtimestamp(newest, UTC)
    return age > BACKUP_EVERY


def _engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def backup_if_due(db: Database) -> Path | None:
    """Take the daily verified backup of a SQLite database if none was taken today.

    The window calls this in the background after it shows, so that a large database does
    not delay its start.
    """
    path = db.path
    if path is None or not _backup_due(path):
        return None
    return backup_sqlite(path, "daily")


def open_database(target: str, *, upgrade: bool = True, daily_backup: bool = True) -> Database:
    """Open (creating if needed) the database at ``target`` and bring it to the head schema.

    Args:
        target: a file path or a database URL.
        upgrade: when False, a database that needs an upgrade is refused instead.
        daily_backup: take the day's backup now, if due (else call :func:`backup_if_due`
            later). A backup before an upgrade is always taken.

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
        revision = _sqlite_revision(sqlite_path) if exists else None
        _refuse_unknown(revision, str(sqlite_path))
        try:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"The folder for {sqlite_path} cannot be made: {exc}") from None
        due = daily_backup and _backup_due(sqlite_path)
        if revision is not None and (revision != head_revision() or due):
            backup_sqlite(sqlite_path, "before-upgrade" if revision != head_revision() else "daily")

    engine = _engine(url)
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
        raise DatabaseError(f"The database cannot be opened: {exc.orig}") from None
    except BaseException:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
