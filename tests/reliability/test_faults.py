"""kill -9 of a writing process at random moments: nothing committed is lost, nothing is left
half-done, and the next run of the same command goes through.

Each command is first run once to its end on a copy (how long it takes, and what it leaves);
then it is started again on fresh copies and killed with SIGKILL at moments drawn from a
seeded random spread over that span. After each kill the database must open, pass SQLite's
integrity check, hold every row it held before, and hold either all the killed command's
writes or none of them; an output file is absent or whole; a backup counts only if sound. The
same command then runs again and must end with one clear message.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.reliability.faults import (
    Snapshot,
    assert_one_clear_message,
    assert_opens,
    command,
    copy_database,
    counts,
    integrity,
    keys,
    kill_at,
    on_a_slow_disk,
    partials,
    private_words,
    snapshot,
    timed,
    valid_exchange,
    valid_pdf,
)

AS_OF = date(2026, 11, 26)
KILLS = 4  # moments per command: two anywhere in its run, two while it writes
LARGE = 150  # cases of the exchange file and of the large database


@pytest.fixture(scope="module")
def small(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 60 demo cases of the template, with a verified backup of today (none is due)."""
    from guardian_desk.storage.database import backup_sqlite

    db = copy_database(demo_template, tmp_path_factory.mktemp("kill-small"))
    backup_sqlite(db, "manual")
    return db


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A database of 200 demo cases of seed 11 (with today's backup), and its exchange file."""
    from guardian_desk.services import exchange
    from guardian_desk.services.exchange import demo
    from guardian_desk.storage.database import backup_sqlite, open_database

    folder = tmp_path_factory.mktemp("kill-large")
    db = folder / "cases.sqlite"
    database = open_database(str(db), daily_backup=False)
    demo.generate(database, LARGE, seed=11, as_of=AS_OF)
    exported = exchange.export_to_file(database, folder / "exchange.json")
    database.close()
    assert exported == LARGE
    backup_sqlite(db, "manual")
    return db, folder / "exchange.json"


@dataclass
class Scenario:
    """One command under SIGKILL: how to set up a copy, its command line, what it leaves."""

    name: str
    source: Path
    args: Callable[[Path], list[str]]  # the command line, given the copy's database
    prepare: Callable[[Path], None] = lambda db: None
    output: Callable[[Path], Path | None] = lambda db: None
    output_ok: Callable[[Path], bool] = lambda p: True
    rerun_says: tuple[str, ...] = ()
    redone_says: tuple[str, ...] = ()  # the rerun's words when the killed run had finished
    backups: bool = False  # the command writes a backup
    # a sign that the command has begun to write, given the copy's database
    writing: Callable[[Path], Callable[[], bool]] = lambda db: _wal_grows(db)
    slow_disk: bool = False  # kills while it writes run it on a slow disk (a file's write)


def _hearing(db: Path) -> tuple[str, str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        row = conn.execute(
            "SELECT c.reference, h.id FROM cases c JOIN proceedings p ON p.case_id = c.id "
            "JOIN hearings h ON h.proceeding_id = p.id WHERE h.outcome = 'scheduled' "
            "ORDER BY c.reference LIMIT 1"
        ).fetchone()
    return str(row[0]), str(row[1])


def _wal_grows(db: Path) -> Callable[[], bool]:
    wal = Path(f"{db}-wal")

    def grows() -> bool:
        try:
            return wal.stat().st_size > 0
        except OSError:
            return False

    return grows


def _partial_in(folder: Callable[[Path], Path]) -> Callable[[Path], Callable[[], bool]]:
    return lambda db: lambda: bool(partials(folder(db)))


def _backups_of(db: Path) -> Path:
    return db.with_name(db.name + "-backups")


def _forget_rule_deadlines(db: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DELETE FROM deadlines WHERE source = 'rule' AND status = 'open'")


def _no_backups(db: Path) -> None:
    shutil.rmtree(db.with_name(db.name + "-backups"), ignore_errors=True)


def _old_export(db: Path) -> None:
    """An earlier, complete export at the output path: a kill must leave it or the new one."""
    (db.parent / "export.json").write_text('{"cases": [], "format": "old"}', encoding="utf-8")


def _old_or_whole_export(path: Path) -> bool:
    if path.read_text(encoding="utf-8") == '{"cases": [], "format": "old"}':
        return True
    cases = (valid_exchange(path) or {}).get("cases")
    return isinstance(cases, list) and len(cases) == LARGE


def scenarios(small: Path, large: tuple[Path, Path]) -> dict[str, Scenario]:
    big, exchange_file = large
    reference, hearing = _hearing(big)
    backup_code = (
        "import sys; from pathlib import Path\n"
        "from guardian_desk.storage.database import backup_sqlite\n"
        "print(backup_sqlite(Path(sys.argv[1]), 'manual'))\n"
    )
    return {
        "import": Scenario(
            "import",
            small,
            lambda db: command("import", str(exchange_file), db=db),
            rerun_says=(f"Imported {LARGE} cases",),
            redone_says=("already in the database",),
        ),
        "demo-data": Scenario(
            "demo-data",
            small,
            lambda db: command(
                "demo-data", "--cases", "300", "--seed", "2", "--as-of", AS_OF.isoformat(), db=db
            ),
            rerun_says=("Added 300 demo cases",),
            redone_says=("already in this database",),
        ),
        "recompute": Scenario(
            "recompute",
            big,
            lambda db: command("deadlines", "--recompute", "--json", db=db),
            prepare=_forget_rule_deadlines,
            rerun_says=("Deadlines recomputed",),
            redone_says=("Deadlines recomputed",),
        ),
        "backup": Scenario(
            "backup",
            big,
            lambda db: [command()[0], "-c", backup_code, str(db)],
            backups=True,
            writing=_partial_in(_backups_of),
            slow_disk=True,
        ),
        "daily-backup": Scenario(
            "daily-backup",
            big,
            lambda db: command("cases", "--limit", "1", db=db),
            prepare=_no_backups,
            backups=True,
            writing=_partial_in(_backups_of),
            slow_disk=True,
        ),
        "export": Scenario(
            "export",
            big,
            lambda db: command(
                "export", "--unencrypted", "-o", str(db.parent / "export.json"), db=db
            ),
            prepare=_old_export,
            output=lambda db: db.parent / "export.json",
            writing=_partial_in(lambda db: db.parent),
            slow_disk=True,
            output_ok=_old_or_whole_export,
            rerun_says=(f"Exported {LARGE} cases",),
            redone_says=(f"Exported {LARGE} cases",),
        ),
        "filing": Scenario(
            "filing",
            big,
            lambda db: command(
                "filing",
                "--case",
                reference,
                "--form",
                "notice-of-hearing",
                "--hearing",
                hearing,
                "--format",
                "pdf",
                "-o",
                str(db.parent / "notice.pdf"),
                db=db,
            ),
            output=lambda db: db.parent / "notice.pdf",
            writing=_partial_in(lambda db: db.parent),
            slow_disk=True,
            output_ok=valid_pdf,
            rerun_says=("kept it in the case",),
            redone_says=("kept it in the case",),
        ),
    }


def _copy(scenario: Scenario, folder: Path) -> Path:
    db = copy_database(scenario.source, folder)
    scenario.prepare(db)
    return db


def _all_or_none(before: Snapshot, after: Snapshot, expected: Snapshot) -> str:
    """'none' or 'all' of the full run's writes are in ``after`` (else the test fails)."""
    for table, rows in before.items():
        missing = keys(before, table) - keys(after, table)
        assert not missing, f"{len(missing)} committed row(s) of {table} are gone"
        if expected[table] == rows:  # the command does not touch this table
            assert after[table] == rows, f"rows of {table} changed"
    if after == before:
        return "none"
    assert counts(after) == counts(expected), (
        "a part of the killed command's writes is in the database: "
        f"{ {t: (len(before[t]), len(after[t]), len(expected[t])) for t in before} }"
    )
    return "all"


def _backups_sound(db: Path) -> list[Path]:
    """Every backup that counts is a sound copy at the same schema revision."""
    from guardian_desk.storage.database import verified_backups

    found = verified_backups(db)
    for backup in found:
        assert integrity(backup) == "ok", f"{backup.name} counts as a backup but is not sound"
        with contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            assert revision == conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert not backup.name.startswith(".gd-partial-")
    return found


NAMES = ["import", "demo-data", "recompute", "backup", "daily-backup", "export", "filing"]


@dataclass(frozen=True)
class FullRun:
    """A command run once to its end on a copy: how long it took, what it left, the moments
    of its kills (a seeded random spread over the part of the run after start-up)."""

    span: float
    expected: Snapshot
    private: list[str]
    moments: list[float]
    after_trigger: list[bool]  # the moment counts from the first sign of writing


@pytest.fixture(scope="module")
def full_runs(
    small: Path, large: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], FullRun]:
    done: dict[str, FullRun] = {}

    def full_run(name: str) -> FullRun:
        if name not in done:
            scenario = scenarios(small, large)[name]
            db = _copy(scenario, tmp_path_factory.mktemp(f"full-{name}"))
            span, result, seen = timed(scenario.args(db), scenario.writing(db))
            assert result.returncode == 0, result.stderr
            rng = random.Random(f"guardian-desk-kill-{name}")
            # half the kills anywhere in the run, half while it writes
            moments = [rng.uniform(0.3 * span, span) for _ in range(KILLS // 2)]
            after = [False] * len(moments)
            while len(moments) < KILLS:
                after.append(scenario.slow_disk or seen is not None)
                if scenario.slow_disk:  # while the file is on its way: fsync takes 0.4 s
                    moments.append(rng.uniform(0, 0.45))
                elif seen is not None:
                    moments.append(rng.uniform(0, span - seen))
                else:
                    moments.append(rng.uniform(0, span))
            done[name] = FullRun(span, snapshot(db), private_words(db), moments, after)
        return done[name]

    return full_run


@pytest.mark.fault
@pytest.mark.slow
@pytest.mark.parametrize("number", range(KILLS))
@pytest.mark.parametrize("name", NAMES)
def test_kill_at_a_random_moment_loses_nothing(
    name: str,
    number: int,
    small: Path,
    large: tuple[Path, Path],
    full_runs: Callable[[str], FullRun],
    tmp_path: Path,
) -> None:
    scenario = scenarios(small, large)[name]
    full = full_runs(name)
    span, expected, private = full.span, full.expected, full.private
    moment = full.moments[number]
    db = _copy(scenario, tmp_path)
    before = snapshot(db)
    backups_before = _backups_sound(db)
    trigger = scenario.writing(db) if full.after_trigger[number] else None
    line = scenario.args(db)
    if trigger is not None and scenario.slow_disk:
        line = on_a_slow_disk(line)
    killed = kill_at(line, moment, trigger)
    when = "s after it began to write" if trigger else "s"
    where = f"{name} killed at {moment:.2f}{when} (its run: {span:.2f}s)"
    assert_opens(db)
    after = snapshot(db)
    state = _all_or_none(before, after, expected)
    left = partials(db.parent)  # a killed write's temporary file: not an output, never read
    ended = " (it ended before the kill)" if killed.finished else ""
    print(f"{where}: {state}{ended}; temporary files left: {len(left)}")
    output = scenario.output(db)
    if output is not None and output.exists():
        assert scenario.output_ok(output), f"{where}: {output.name} is half-written"
    if name == "filing" and state == "all":
        # the filing is recorded only once its file is whole on disk
        assert output is not None, where
        assert output.exists(), f"{where}: the filing is kept but its file is not there"
        assert valid_pdf(output), f"{where}: the filing is kept but its file is not whole"
    found = _backups_sound(db)
    if scenario.backups:
        assert len(found) - len(backups_before) in (0, 1), where
    else:
        assert found == backups_before, f"{where}: the backups changed"
    # The next run of the same command goes through, with one clear message.
    again = timed(scenario.args(db))[1]
    if name == "backup":
        assert again.returncode == 0, f"{where}: {again.stderr}"
        assert not partials(db.with_name(db.name + "-backups")), (
            f"{where}: a killed backup's temporary file is still there after the next one"
        )
        assert len(_backups_sound(db)) == len(found) + 1
        return
    words = (scenario.redone_says if state == "all" else scenario.rerun_says) or ()
    if state == "all" and name in ("import", "demo-data"):
        # the refusal of a file already imported lists its cases: that is its job
        assert again.returncode == 1, f"{where}: {again.stdout}{again.stderr}"
        first_line = again.stderr.strip().splitlines()[0]
        assert any(w in again.stderr for w in words), again.stderr
        assert_one_clear_message(first_line)
    else:
        assert again.returncode == 0, f"{where}: {again.stderr}"
        if words:
            assert any(w in again.stdout + again.stderr for w in words), again
        for leak in ("Traceback", "[SQL", "sqlalchemy"):
            assert leak not in again.stderr, again.stderr
        for word in private:
            assert word not in again.stderr, f"{where}: {word!r} printed"
    assert integrity(db) == "ok"
    final = snapshot(db)
    assert counts(final) == counts(expected) or name in ("filing",), where
    if output is not None:
        assert output.exists(), where
        assert scenario.output_ok(output), where
    if scenario.backups:
        assert len(_backups_sound(db)) >= 1, where
