"""The bad-input table of the command line: each argument a clerk could mistype or a script
could send, with the one sentence it must get, and the database left byte for byte as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from guardian_desk import cli
from tests.reliability.conftest import digest

FIVE_THOUSAND_DIGITS = "9" * 5000
ROWS: list[tuple[str, list[str], str]] = [
    # id, arguments ({db}, {ref}, {hearing}, {out}, {tmp} filled in), what the message says
    ("limit-huge", ["cases", "--limit", str(10**20)], "whole number from 0"),
    ("limit-negative", ["cases", "--limit", "-1"], "whole number from 0"),
    ("limit-word", ["cases", "--limit", "ten"], "whole number from 0"),
    ("limit-5000-digits", ["cases", "--limit", FIVE_THOUSAND_DIGITS], "whole number from 0"),
    ("limit-float", ["cases", "--limit", "1e3"], "whole number from 0"),
    ("search-limit-huge", ["search", "Amina", "--limit", "99999999999"], "whole number"),
    ("due-within-huge", ["deadlines", "--due-within", str(10**8)], "whole number from 0"),
    ("due-within-negative", ["deadlines", "--due-within", "-5"], "whole number from 0"),
    ("calendar-from-9999", ["calendar", "--from", "9999-12-01"], "between 1900-01-01"),
    ("calendar-from-0001", ["calendar", "--from", "0001-01-01"], "between 1900-01-01"),
    ("calendar-from-feb-30", ["calendar", "--from", "2026-02-30"], "YYYY-MM-DD"),
    ("calendar-from-word", ["calendar", "--from", "tomorrow"], "YYYY-MM-DD"),
    (
        "calendar-backwards",
        ["calendar", "--from", "2026-12-01", "--to", "2026-11-01"],
        "before the first",
    ),
    (
        "calendar-two-centuries",
        ["calendar", "--from", "1900-01-01", "--to", "2100-12-31"],
        "at most ten years",
    ),
    ("calendar-unknown-case", ["calendar", "--case", "NOPE-1"], "No case with the reference"),
    ("calendar-unknown-person", ["calendar", "--person", "Nobody Atall Xq"], "team"),
    ("calendar-ics-no-folder", ["calendar", "--ics", "{tmp}/missing/x.ics"], "not written"),
    ("demo-as-of-9999", ["demo-data", "--as-of", "9999-12-01"], "between 1900-01-01"),
    ("demo-cases-huge", ["demo-data", "--cases", str(10**20)], "whole number from 0"),
    ("demo-seed-negative", ["demo-data", "--seed", "-1"], "whole number from 0"),
    ("readiness-unknown-case", ["readiness", "--case", "NOPE-1"], "NOPE-1"),
    ("readiness-on-2200", ["readiness", "--case", "{ref}", "--on", "2200-01-01"], "1900-01-01"),
    (
        "filing-unknown-case",
        ["filing", "--case", "NOPE-1", "--form", "notice-of-hearing", "--format", "pdf"],
        "No case with the reference",
    ),
    (
        "filing-unknown-form",
        ["filing", "--case", "{ref}", "--form", "no-such-form", "--format", "pdf"],
        "no-such-form",
    ),
    (
        "filing-unknown-language",
        ["filing", "--case", "{ref}", "--form", "notice-of-hearing", "--lang", "xx"],
        "xx",
    ),
    (
        "filing-unknown-hearing",
        ["filing", "--case", "{ref}", "--form", "notice-of-hearing", "--hearing", "h-nope"],
        "no hearing with the id h-nope",
    ),
    (
        "filing-unknown-proceeding",
        ["filing", "--case", "{ref}", "--form", "notice-of-hearing", "--proceeding", "p-x"],
        "no proceeding with the id p-x",
    ),
    (
        "filing-unknown-exhibit",
        ["filing", "--case", "{ref}", "--form", "exhibit-index", "--exhibit", "d-x"],
        "no document with the id d-x",
    ),
    (
        "filing-set-without-equals",
        ["filing", "--case", "{ref}", "--form", "notice-of-hearing", "--set", "novalue"],
        "NAME=VALUE",
    ),
    (
        "filing-format-xlsx",
        ["filing", "--case", "{ref}", "--form", "notice-of-hearing", "--format", "xlsx"],
        "invalid choice",
    ),
    (
        "filing-to-missing-folder",
        [
            "filing",
            "--case",
            "{ref}",
            "--form",
            "notice-of-hearing",
            "--hearing",
            "{hearing}",
            "--format",
            "pdf",
            "-o",
            "{tmp}/missing/notice.pdf",
        ],
        "the folder does not exist",
    ),
    (
        "filing-to-a-folder",
        [
            "filing",
            "--case",
            "{ref}",
            "--form",
            "notice-of-hearing",
            "--hearing",
            "{hearing}",
            "--format",
            "pdf",
            "-o",
            "{tmp}",
        ],
        "is a folder",
    ),
    (
        "packet-unknown-hearing",
        ["packet", "--case", "{ref}", "--hearing", "h-nope", "-o", "{out}"],
        "no hearing with the id h-nope",
    ),
    (
        "packet-unknown-exhibit",
        ["packet", "--case", "{ref}", "--hearing", "{hearing}", "--exhibit", "d-x", "-o", "{out}"],
        "no document with the id d-x",
    ),
    ("db-mysql", ["cases", "--db", "mysql://u@localhost/gd"], "'mysql' database is not supported"),
    ("db-sqlite-driver-odd", ["cases", "--db", "oracle://x/y"], "not supported"),
    ("db-address-garbage", ["cases", "--db", "postgresql://[::1"], "not understood"),
    (
        "db-server-unreachable",
        ["cases", "--db", "postgresql://nobody@127.0.0.1:1/gd"],
        "cannot be reached",
    ),
    ("db-is-a-folder", ["cases", "--db", "{tmp}"], "is a folder"),
    ("db-is-a-text-file", ["cases", "--db", "{tmp}/notes.txt"], "not a Guardian Desk database"),
    ("import-missing-file", ["import", "{tmp}/nothing.json"], "cannot be read"),
    ("import-a-folder", ["import", "{tmp}"], "cannot be read"),
    ("import-not-json", ["import", "{tmp}/notes.txt"], "not valid JSON"),
    (
        "export-unknown-case",
        ["export", "--unencrypted", "--case", "NOPE-1", "-o", "{out}"],
        "No case",
    ),
    (
        "export-to-missing-folder",
        ["export", "--unencrypted", "-o", "{tmp}/missing/out.json"],
        "does not exist",
    ),
    ("unknown-command", ["frobnicate"], "invalid choice"),
]


@pytest.fixture(scope="module")
def facts(demo_template: Path) -> tuple[str, str]:
    """A case reference with a hearing, and that hearing's id, from the demo template."""
    with sqlite3.connect(demo_template) as conn:
        row = conn.execute(
            "SELECT c.reference, h.id FROM cases c JOIN proceedings p ON p.case_id = c.id "
            "JOIN hearings h ON h.proceeding_id = p.id ORDER BY c.reference LIMIT 1"
        ).fetchone()
    return row[0], row[1]


@pytest.mark.bad_input
@pytest.mark.parametrize(("words", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_bad_argument_gets_one_clear_sentence(
    words: list[str],
    expected: str,
    tmp_path: Path,
    demo_template: Path,
    facts: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "cases.sqlite"
    shutil.copyfile(demo_template, db)
    (tmp_path / "notes.txt").write_text("Not a database, not JSON.\n", encoding="utf-8")
    reference, hearing = facts
    fill = {"ref": reference, "hearing": hearing, "out": str(tmp_path / "out.bin")}
    fill["tmp"] = str(tmp_path)
    argv = [w.format(**fill) for w in words]
    if argv[0] == "filing":  # what every filing needs, unless the row is about it
        argv += [] if "--format" in argv else ["--format", "pdf"]
        argv += [] if "-o" in argv else ["-o", fill["out"]]
    if "--db" not in argv:
        argv[1:1] = ["--db", str(db)]
    before = digest(db)
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse: usage and one line, exit 2
        code = exc.code if isinstance(exc.code, int) else 2
    out = capsys.readouterr()
    assert code not in (0, None), out
    assert expected in out.err, out.err
    assert "Traceback" not in out.err
    assert "Error:" not in out.err.replace("error:", "")
    for leak in ("[SQL", "parameters:", "sqlalchemy", "sqlite3."):
        assert leak not in out.err
    assert digest(db) == before, "the database changed"
    assert not (tmp_path / "out.bin").exists(), "a file was left behind"
    assert not list(tmp_path.glob(".gd-partial-*")), "a partial file was left behind"
