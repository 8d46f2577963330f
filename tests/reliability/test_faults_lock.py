"""Someone else is writing: another process holds SQLite's write lock beyond the busy
timeout, or a window holds the database open (its QLockFile). Writers get one sentence and
change nothing; readers go on working; a lock left by a process that ended holds nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from guardian_desk import cli
from tests.reliability.faults import (
    assert_one_clear_message,
    assert_opens,
    copy_database,
    dead_pid,
    gd,
    private_words,
    sleeper,
    snapshot,
    valid_exchange,
    valid_pdf,
    write_qlockfile,
    write_transaction,
)

AS_OF = date(2026, 11, 26)
BUSY = ("Another Guardian Desk is writing to this database", "try again")
WINDOW = ("has this database open",)


@pytest.fixture(scope="module")
def small(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template's 60 demo cases with today's verified backup (no backup is due)."""
    from guardian_desk.services import exchange
    from guardian_desk.services.exchange import demo
    from guardian_desk.storage.database import backup_sqlite, open_database

    folder = tmp_path_factory.mktemp("lock-small")
    db = copy_database(demo_template, folder)
    backup_sqlite(db, "manual")
    other = open_database(str(folder / "other.sqlite"), daily_backup=False)
    demo.generate(other, 10, seed=13, as_of=AS_OF)
    exchange.export_to_file(other, folder / "other.json")
    other.close()
    return db


def _hearing(db: Path) -> tuple[str, str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        row = conn.execute(
            "SELECT c.reference, h.id FROM cases c JOIN proceedings p ON p.case_id = c.id "
            "JOIN hearings h ON h.proceeding_id = p.id WHERE h.outcome = 'scheduled' "
            "ORDER BY c.reference LIMIT 1"
        ).fetchone()
    return str(row[0]), str(row[1])


def _writes(db: Path, small: Path) -> dict[str, list[str]]:
    reference, hearing = _hearing(db)
    filing = ["filing", "--case", reference, "--form", "notice-of-hearing", "--hearing", hearing]
    filing += ["--format", "pdf", "-o", str(db.parent / "notice.pdf")]
    return {
        "demo-data": ["demo-data", "--cases", "5", "--seed", "2", "--as-of", AS_OF.isoformat()],
        "import": ["import", str(small.parent / "other.json")],
        "recompute": ["deadlines", "--recompute"],
        "filing": filing,
    }


def _reads(db: Path) -> dict[str, list[str]]:
    reference, hearing = _hearing(db)
    filing = ["filing", "--case", reference, "--form", "notice-of-hearing", "--hearing", hearing]
    filing += ["--format", "pdf", "--no-keep", "-o", str(db.parent / "draft.pdf")]
    return {
        "cases": ["cases", "--limit", "3"],
        "export": ["export", "--unencrypted", "-o", str(db.parent / "export.json")],
        "deadlines": ["deadlines", "--due-within", "60"],
        "filing-no-keep": filing,
    }


def _prepare(db: Path) -> None:
    """Rule deadlines to put back, so that ``deadlines --recompute`` has something to write."""
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DELETE FROM deadlines WHERE source = 'rule' AND status = 'open'")


def _short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program waits 10 s for a writer to finish; the in-process tests wait 0.3 s."""
    from guardian_desk.storage import database

    real = database._set_sqlite_pragmas

    def pragmas(connection: Any, record: Any) -> None:
        real(connection, record)
        cursor = connection.cursor()
        cursor.execute("PRAGMA busy_timeout=300")
        cursor.close()

    monkeypatch.setattr(database, "_set_sqlite_pragmas", pragmas)


def _check_refused(
    db: Path, before: Any, name: str, err: str, private: list[str], must: tuple[str, ...]
) -> None:
    assert_one_clear_message(err, *must, private=private)
    assert "damaged" not in err
    left = db.parent / "notice.pdf"
    if name == "filing" and left.exists():
        # made before the case could record it: it must be whole, and the words must not
        # claim that nothing was saved (the database's "nothing was changed" is true)
        assert valid_pdf(left)
        assert "nothing was saved" not in err.lower(), (
            f"notice.pdf was written and left, not recorded in the case, yet: {err}"
        )
    assert_opens(db)
    assert snapshot(db) == before, f"{name} changed the database"


@pytest.mark.fault
@pytest.mark.slow
def test_a_writer_holding_the_lock_beyond_the_real_busy_timeout(
    small: Path, tmp_path: Path
) -> None:
    """The one test that waits the program's own 10 s: a demo-data run, as a user runs it."""
    db = copy_database(small, tmp_path)
    private = private_words(db)
    with write_transaction(db, seconds=60):
        before = snapshot(db)  # readers are not blocked by a writer (write-ahead log)
        result = gd("demo-data", "--cases", "5", "--seed", "2", "--as-of", AS_OF.isoformat(), db=db)
    assert result.returncode == 1, result.stdout + result.stderr
    _check_refused(db, before, "demo-data", result.stderr, private, BUSY)


@pytest.mark.fault
@pytest.mark.parametrize("name", ["demo-data", "import", "recompute", "filing"])
def test_a_writer_holding_the_lock_makes_writers_wait_then_say_so(
    name: str,
    small: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = copy_database(small, tmp_path)
    _prepare(db)
    private = private_words(db)
    argv = ["--db", str(db), *_writes(db, small)[name]]
    with write_transaction(db, seconds=60), monkeypatch.context() as patched:
        _short_busy_timeout(patched)
        before = snapshot(db)
        code = cli.main(argv)
    said = capsys.readouterr()
    assert code == 1, f"{name} while another process writes: exit {code}\n{said.err}"
    _check_refused(db, before, name, said.err, private, BUSY)


@pytest.mark.fault
@pytest.mark.parametrize("name", ["cases", "deadlines"])
def test_readers_go_on_while_another_process_writes(
    name: str,
    small: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = copy_database(small, tmp_path)
    with write_transaction(db, seconds=60), monkeypatch.context() as patched:
        _short_busy_timeout(patched)
        before = snapshot(db)
        code = cli.main(["--db", str(db), *_reads(db)[name]])
    said = capsys.readouterr()
    assert code == 0, f"{name} while another process writes: exit {code}\n{said.err}"
    assert "Traceback" not in said.err
    assert snapshot(db) == before


@pytest.mark.fault
@pytest.mark.parametrize(
    ("name", "output"), [("export", "export.json"), ("filing-no-keep", "draft.pdf")]
)
def test_an_export_waits_for_its_audit_entry_and_is_refused_when_it_cannot_be_written(
    name: str,
    output: str,
    small: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An export, or a filing written to a file and not kept, is recorded in the audit log
    as it is written: while another process holds the database for writing longer than the
    program waits, no file is written without its entry. The person is told to try again;
    nothing changed."""
    db = copy_database(small, tmp_path)
    with write_transaction(db, seconds=60), monkeypatch.context() as patched:
        _short_busy_timeout(patched)
        before = snapshot(db)
        code = cli.main(["--db", str(db), *_reads(db)[name]])
    said = capsys.readouterr()
    assert code == 1
    assert_one_clear_message(said.err, "try again")
    assert not (db.parent / output).exists()
    assert snapshot(db) == before


@pytest.mark.fault
@pytest.mark.parametrize("name", ["demo-data", "import", "recompute", "filing"])
def test_a_window_holding_the_database_makes_writers_refuse(
    name: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = copy_database(small, tmp_path)
    _prepare(db)
    private = private_words(db)
    before = snapshot(db)
    with sleeper() as window:
        write_qlockfile(db, window.pid)
        code = cli.main(["--db", str(db), *_writes(db, small)[name]])
    said = capsys.readouterr()
    assert code == 1, f"{name} while a window has the database: exit {code}\n{said.err}"
    assert not (db.parent / "notice.pdf").exists(), "the filing was made all the same"
    _check_refused(db, before, name, said.err, private, WINDOW)


@pytest.mark.fault
def test_a_window_of_another_computer_makes_writers_refuse(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lock written on another computer (a shared folder) cannot be checked: it holds."""
    db = copy_database(small, tmp_path)
    before = snapshot(db)
    write_qlockfile(db, dead_pid(), host="another-computer.example")
    code = cli.main(["--db", str(db), *_writes(db, small)["demo-data"]])
    said = capsys.readouterr()
    assert code == 1, said.err
    _check_refused(db, before, "demo-data", said.err, [], WINDOW)


@pytest.mark.fault
@pytest.mark.parametrize("name", ["cases", "export", "deadlines", "filing-no-keep"])
def test_a_window_holding_the_database_lets_readers_read(
    name: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = copy_database(small, tmp_path)
    before = snapshot(db)
    with sleeper() as window:
        write_qlockfile(db, window.pid)
        code = cli.main(["--db", str(db), *_reads(db)[name]])
    said = capsys.readouterr()
    assert code == 0, f"{name} while a window has the database: exit {code}\n{said.err}"
    assert "Traceback" not in said.err
    after = snapshot(db)
    if name in ("export", "filing-no-keep"):  # recorded in the audit log; nothing else changed
        recorded = "cases exported" if name == "export" else "filing made, not kept"
        if name == "export":
            assert valid_exchange(db.parent / "export.json") is not None
        exported = [r for r in after.pop("audit_entries") if r[3] == recorded]
        assert len(exported) == 1
        after.pop("database_state")
        before.pop("audit_entries", None)
        before.pop("database_state")
    assert after == before
    if name == "filing-no-keep":
        assert valid_pdf(db.parent / "draft.pdf")


@pytest.mark.fault
@pytest.mark.parametrize("name", ["demo-data", "import", "recompute", "filing"])
def test_a_lock_left_by_a_process_that_ended_holds_nothing(
    name: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = copy_database(small, tmp_path)
    _prepare(db)
    write_qlockfile(db, dead_pid())
    code = cli.main(["--db", str(db), *_writes(db, small)[name]])
    said = capsys.readouterr()
    assert code == 0, f"{name} with a stale lock: exit {code}\n{said.err}"
    assert "Traceback" not in said.err
    assert_opens(db)
