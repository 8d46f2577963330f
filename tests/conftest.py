"""Shared fixtures: real database files in a temporary folder, demo data, PostgreSQL."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# The suite never writes into the real user's folders (logs, crash reports, settings, data):
# every test process, and every program a test starts, gets a home of its own.
_HOME = Path(tempfile.mkdtemp(prefix="guardian-desk-test-home-"))
for _variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_variable] = str(_HOME / _variable.lower())
# Database keys go to the suite's own keyring (tests/keyring_backend.py), in this process and
# in every program a test starts; tests of a missing or refused keyring set their own.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.SuiteKeyring"
_ROOT = str(Path(__file__).resolve().parents[1])
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (_ROOT, os.environ.get("PYTHONPATH", "")) if p
)

from guardian_desk.services.exchange import demo  # noqa: E402 - after the folders are set
from guardian_desk.storage.database import Database, open_database  # noqa: E402

AS_OF = date(2026, 11, 26)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new, empty database file."""
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database file with 60 demo cases of seed 7, built around 26 November 2026."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    database = open_database(str(path))
    demo.generate(database, 60, seed=7, as_of=AS_OF)
    database.close()
    return path


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    return tmp_path / "demo.sqlite"


@pytest.fixture
def demo_db(demo_template: Path, demo_path: Path) -> Iterator[Database]:
    """A copy of the demo template, for a test to change as it likes."""
    shutil.copyfile(demo_template, demo_path)
    database = open_database(str(demo_path))
    yield database
    database.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the PostgreSQL server that scripts/test starts."""
    server = os.environ.get("GUARDIAN_DESK_TEST_PG_URL")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("GUARDIAN_DESK_TEST_PG_URL is not set: scripts/test starts the server")
        pytest.skip("no PostgreSQL server (run the tests through scripts/test)")
    import psycopg

    name = "gd_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = server.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- a real server that asks for a password (scripts/test lets gd_password_user sign in with
# one only) --------------------------------------------------------------------------------

PASSWORD_ROLE = "gd_password_user"
PASSWORD = "a long test password, typed once"


@pytest.fixture
def password_server(pg_url: str) -> Iterator[str]:
    """The address (without a password) of a database on the test server that only opens
    with a password."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
        conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")
        conn.execute(f"GRANT ALL ON SCHEMA public TO {PASSWORD_ROLE}")
        conn.execute(f'ALTER DATABASE "{url.database}" OWNER TO {PASSWORD_ROLE}')
    address = url.set(username=PASSWORD_ROLE, password=None).render_as_string(hide_password=False)
    try:
        psycopg.connect(address.replace("+psycopg", ""), connect_timeout=5).close()
    except psycopg.OperationalError:
        pass  # it asks for a password, as it should
    else:
        pytest.skip("the test server lets this role in without a password")
    yield address
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{url.database}" OWNER TO CURRENT_USER')
        conn.execute(f"REASSIGN OWNED BY {PASSWORD_ROLE} TO CURRENT_USER")
        conn.execute(f"DROP OWNED BY {PASSWORD_ROLE}")


# --- the reliability counts (docs/reliability.md) --------------------------------------------

_COUNTED = {"fault": "faults injected", "bad_input": "bad inputs"}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print how many injected faults and bad inputs ran and how many were handled cleanly."""
    tally = {marker: [0, 0] for marker in _COUNTED}
    for outcome in ("passed", "failed", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", "call") != "call" and outcome != "error":
                continue
            for marker in _COUNTED:
                if marker in getattr(report, "keywords", {}):
                    tally[marker][0] += 1
                    tally[marker][1] += outcome == "passed"
    if not any(total for total, _ in tally.values()):
        return
    terminalreporter.section("reliability")
    for marker, (total, clean) in tally.items():
        terminalreporter.write_line(
            f"{_COUNTED[marker]}: {total}; handled cleanly: {clean}; not: {total - clean}"
        )


def references_of(path: Path, recovery_key: str | None = None) -> set[str]:
    """The case references of a database file as the program opens it (from the keyring,
    or with ``recovery_key``)."""
    from guardian_desk.services import cases, security

    opened = security.open_for_work(str(path), recovery_key=recovery_key, daily_backup=False)
    try:
        return {s.reference for s in cases.summaries(opened.db, cases.list_ids(opened.db))}
    finally:
        opened.db.close()


def raw_connection(path: Path, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    """A DB-API connection to a database file as the program made it: an encrypted one is
    keyed with its key from the suite's keyring, a plain one opens as it is."""
    from guardian_desk.services import security
    from guardian_desk.storage.database import connect_sqlite, is_encrypted

    key = security.unlock(path).key if is_encrypted(path) else None
    return connect_sqlite(path, key, read_only=read_only)
