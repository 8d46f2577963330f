"""The command line, run as a user runs it: a separate process, its output, its exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import raw_connection


def gd(
    *args: str, db: Path | None = None, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "guardian_desk"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
        cwd=cwd,
    )


def test_version() -> None:
    result = gd("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("Guardian Desk ")


def test_demo_data_cases_search_check(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    made = gd("demo-data", "--cases", "25", "--seed", "5", "--as-of", "2026-11-26", db=db)
    assert made.returncode == 0, made.stderr
    assert "Added 25 demo cases" in made.stdout
    listed = gd("cases", "--json", db=db)
    rows = json.loads(listed.stdout)
    assert len(rows) == 25
    assert rows[0]["reference"] == "DEMO-5-000001"
    assert {"reference", "name", "name_native", "next_hearing", "age"} <= set(rows[0])
    name = rows[3]["name_native"]
    found = json.loads(gd("search", name, "--json", db=db).stdout)
    assert rows[3]["reference"] in [r["reference"] for r in found]
    plain = gd("cases", "--limit", "2", db=db)
    assert plain.stdout.count("\n") == 2
    assert "DEMO-5-000001" in plain.stdout
    check = gd("check", db=db)
    assert check.returncode == 0
    assert "Database is sound." in check.stdout


def test_database_from_environment_variable(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    gd("demo-data", "--cases", "2", env={"GUARDIAN_DESK_DB": str(db)})
    assert db.exists()
    assert len(json.loads(gd("cases", "--json", db=db).stdout)) == 2


def test_export_import_round_trip(tmp_path: Path) -> None:
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    gd("demo-data", "--cases", "8", "--seed", "2", "--as-of", "2026-11-26", db=source)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert gd("export", "--unencrypted", "-o", str(one), db=source).returncode == 0
    imported = gd("import", str(one), db=target)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 8 cases" in imported.stdout
    gd("export", "--unencrypted", "-o", str(two), db=target)
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (one, two))
    assert first.pop("audit_checkpoint") != second.pop("audit_checkpoint")  # each its own log
    assert first == second
    some = tmp_path / "some.json"
    gd("export", "--unencrypted", "--case", "DEMO-2-000003", "-o", str(some), db=source)
    assert [c["reference"] for c in json.loads(some.read_text())["cases"]] == ["DEMO-2-000003"]


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("bad-json", ["import", "{file}"], "is not valid JSON"),
        ("none", ["import", "{missing}"], "cannot be read"),
        (
            "none",
            ["export", "--unencrypted", "--case", "NOPE-1", "-o", "{out}"],
            "No case with the reference NOPE-1",
        ),
        ("newer", ["cases"], "newer version of Guardian Desk"),
        ("seed-twice", ["demo-data", "--cases", "1"], "already in this database"),
    ],
)
def test_expected_errors_are_one_clear_line(
    tmp_path: Path, setup: str, args: list[str], message: str
) -> None:
    db = tmp_path / "err.sqlite"
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    if setup == "newer":
        gd("check", db=db)
        with raw_connection(db) as conn:
            conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.close()
    if setup == "seed-twice":
        gd("demo-data", "--cases", "1", db=db)
    names = {
        "file": str(bad),
        "missing": str(tmp_path / "missing.json"),
        "out": str(tmp_path / "o.json"),
    }
    result = gd(*[a.format(**names) for a in args], db=db)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("guardian-desk: ")


def test_import_validation_errors_list_paths(tmp_path: Path) -> None:
    db = tmp_path / "v.sqlite"
    doc = {
        "format": "guardian-desk-exchange",
        "format_version": 1,
        "cases": [{"id": "x", "reference": "R1", "opened_on": "soon"}],
    }
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc))
    result = gd("import", str(path), db=db)
    assert result.returncode == 1
    assert "cases[0].opened_on: not a date (YYYY-MM-DD)" in result.stderr
    assert "cases[0].child: is required" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_to_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    gd("demo-data", "--cases", "1", db=db)
    result = gd(
        "export", "--unencrypted", "-o", str(tmp_path / "no-such-folder" / "out.json"), db=db
    )
    assert result.returncode == 1
    assert "The export was not written: the folder does not exist." in result.stderr
    assert "Traceback" not in result.stderr


def test_window_refuses_a_newer_database_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite"
    gd("check", db=db)
    with raw_connection(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    result = gd("--no-crash-dialog", db=db, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "newer version of Guardian Desk" in result.stderr
    assert "Traceback" not in result.stderr


def test_second_window_on_the_same_database_says_who_has_it(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    import socket

    from guardian_desk.ui.instance_lock import InstanceLock

    db = tmp_path / "shared.sqlite"
    gd("demo-data", "--cases", "1", db=db)
    lock = InstanceLock(str(db))
    lock.acquire()
    try:
        result = gd("--no-crash-dialog", db=db, env={"QT_QPA_PLATFORM": "offscreen"})
    finally:
        lock.release()
    assert result.returncode == 1
    assert "already open" in result.stderr
    assert str(os.getpid()) in result.stderr
    assert socket.gethostname() in result.stderr
    assert "Traceback" not in result.stderr


def test_deadlines_from_the_rules(tmp_path: Path) -> None:
    db = tmp_path / "clocks.sqlite"
    gd("demo-data", "--cases", "40", "--as-of", "2026-11-26", db=db)
    rows = json.loads(gd("deadlines", "--json", db=db).stdout)
    assert rows, "demo cases in the United States have federal clocks"
    assert {"case", "due", "due_latest", "certainty", "rule", "citation", "explanation"} <= set(
        rows[0]
    )
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    from_rules = [r for r in rows if r["source"] == "rule"]
    assert from_rules
    assert all(r["citation"] and r["explanation"] for r in from_rules)
    assert any(r["source"] == "manual" for r in rows)
    assert {r["status"] for r in rows} == {"open"}
    every = json.loads(gd("deadlines", "--all", "--json", db=db).stdout)
    assert "done" in {r["status"] for r in every}
    one = rows[0]["case"]
    only = json.loads(gd("deadlines", "--case", one, "--json", db=db).stdout)
    assert {r["case"] for r in only} == {one}
    text = gd("deadlines", "--case", one, db=db).stdout
    assert one in text


def test_deadlines_recompute_restores_what_the_rules_give(tmp_path: Path) -> None:
    db = tmp_path / "clocks.sqlite"
    gd("demo-data", "--cases", "10", "--as-of", "2026-11-26", db=db)
    before = json.loads(gd("deadlines", "--all", "--json", db=db).stdout)
    with raw_connection(db) as conn:
        conn.execute("DELETE FROM deadlines WHERE source = 'rule' AND status = 'open'")
    result = gd("deadlines", "--recompute", "--all", "--json", db=db)
    assert "case(s) changed" in result.stderr
    after = json.loads(result.stdout)
    assert sorted(map(str, after)) == sorted(map(str, before))


def test_calendar_lists_and_writes_ics(tmp_path: Path) -> None:
    db = tmp_path / "cal.sqlite"
    gd("demo-data", "--cases", "20", "--as-of", "2026-11-26", db=db)
    rows = json.loads(
        gd("calendar", "--from", "2026-11-01", "--to", "2027-01-31", "--json", db=db).stdout
    )
    assert {"hearing", "deadline"} <= {r["kind"] for r in rows}
    assert [r["day"] for r in rows] == sorted(r["day"] for r in rows)
    target = tmp_path / "out.ics"
    result = gd(
        "calendar", "--from", "2026-11-01", "--to", "2027-01-31", "--ics", str(target), db=db
    )
    assert f"Wrote {len(rows)} " in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert text.count("BEGIN:VEVENT") == len(rows)
    assert all(r["uid"] in text for r in rows[:5])
    span = ("--from", "2026-11-01", "--to", "2027-01-31")
    reminded = gd("calendar", *span, "--ics", str(target), "--remind", "2, 5", db=db)
    assert reminded.returncode == 0, reminded.stderr
    text = target.read_text(encoding="utf-8")
    alarms = text.count("BEGIN:VALARM")  # those still ahead of today's clock
    assert alarms == text.count("TRIGGER:-P2D") + text.count("TRIGGER:-P5D")
    assert text.count("ACTION:DISPLAY") == alarms
    bad_days = gd("calendar", "--ics", str(target), "--remind", "2,x", db=db)
    assert bad_days.returncode == 2
    assert "must be a whole number from 0 to 365" in bad_days.stderr
    no_file = gd("calendar", "--remind", "2", db=db)
    assert no_file.returncode == 2
    assert "--remind goes with --ics" in no_file.stderr
    someone = json.loads(gd("cases", "--json", "--limit", "1", db=db).stdout)
    assert someone
    unclear = gd("calendar", "--person", "a", db=db)
    assert unclear.returncode == 1
    assert "Several team members match a" in unclear.stderr
    nobody = gd("calendar", "--person", "Nobody Atall", db=db)
    assert "No team member called Nobody Atall" in nobody.stderr
    bad = gd("calendar", "--case", "NO-SUCH-CASE", db=db)
    assert bad.returncode == 1
    assert "No case with the reference NO-SUCH-CASE" in bad.stderr


def test_readiness_of_a_case(tmp_path: Path) -> None:
    db = tmp_path / "ready.sqlite"
    gd("demo-data", "--cases", "5", "--as-of", "2026-11-26", db=db)
    result = gd("readiness", "--case", "DEMO-1-000002", "--json", db=db)
    proceedings = json.loads(result.stdout)
    assert proceedings
    assert result.returncode == (0 if all(p["ready"] for p in proceedings) else 3)
    requirement = proceedings[0]["documents"][0]["requirements"][0]
    assert {"item", "status", "message", "citation"} <= set(requirement)
    text = gd("readiness", "--case", "DEMO-1-000002", db=db).stdout
    assert "DEMO-1-000002 — " in text
    assert "authentication:" in text
    missing = gd("readiness", "--case", "NO-SUCH", db=db)
    assert missing.returncode == 1
    assert "No case with the reference NO-SUCH" in missing.stderr


def test_forms_filing_and_packet(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    assert (
        gd("demo-data", "--cases", "40", "--seed", "3", "--as-of", "2026-11-26", db=db).returncode
        == 0
    )
    listed = gd("forms", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "notice-of-hearing" in {f["id"] for f in json.loads(listed.stdout)}
    with raw_connection(db) as conn:
        reference, hearing = conn.execute(
            "SELECT c.reference, h.id FROM cases c JOIN proceedings p ON p.case_id = c.id "
            "JOIN hearings h ON h.proceeding_id = p.id JOIN civil_documents d ON d.case_id = c.id "
            "JOIN document_files f ON f.document_id = d.id WHERE h.outcome = 'scheduled' "
            "AND h.starts_at > date('now') ORDER BY c.reference LIMIT 1"
        ).fetchone()
        bare = conn.execute(
            "SELECT reference FROM cases c WHERE NOT EXISTS (SELECT 1 FROM proceedings p "
            "JOIN hearings h ON h.proceeding_id = p.id WHERE p.case_id = c.id "
            "AND h.outcome = 'scheduled' AND h.starts_at > date('now'))"
        ).fetchone()[0]
    pdf = tmp_path / "notice.pdf"
    made = gd(
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
        str(pdf),
        db=db,
    )
    assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "kept it in the case" in made.stdout
    missing = gd(
        "filing",
        "--case",
        bare,
        "--form",
        "notice-of-hearing",
        "--format",
        "docx",
        "-o",
        str(tmp_path / "x.docx"),
        db=db,
    )
    assert missing.returncode == 3
    assert "a scheduled hearing" in missing.stderr
    assert not (tmp_path / "x.docx").exists()
    packet = tmp_path / "packet.pdf"
    bundled = gd(
        "packet",
        "--case",
        reference,
        "--hearing",
        hearing,
        "--form",
        "notice-of-hearing",
        "-o",
        str(packet),
        db=db,
    )
    assert bundled.returncode == 0, bundled.stderr
    assert f"Bates {reference}-000001" in bundled.stdout
    with raw_connection(db) as conn:
        kept = conn.execute("SELECT form_id FROM filings ORDER BY made_at").fetchall()
    assert kept == [("notice-of-hearing",), ("packet:notice-of-hearing",)]


def test_a_packet_and_a_filing_in_the_language_asked_for_or_the_courts(tmp_path: Path) -> None:
    from pypdf import PdfReader

    db = tmp_path / "cli.sqlite"
    made = gd("demo-data", "--cases", "40", "--seed", "3", "--as-of", "2026-11-26", db=db)
    assert made.returncode == 0, made.stderr
    with raw_connection(db) as conn:
        reference, hearing = conn.execute(
            "SELECT c.reference, h.id FROM cases c JOIN proceedings p ON p.case_id = c.id "
            "JOIN hearings h ON h.proceeding_id = p.id JOIN civil_documents d ON d.case_id = c.id "
            "JOIN document_files f ON f.document_id = d.id WHERE h.outcome = 'scheduled' "
            "AND h.starts_at > date('now') AND p.jurisdiction LIKE 'US%' "
            "ORDER BY c.reference LIMIT 1"
        ).fetchone()
    # A US court: English unless asked; asked for German, the packet speaks German.
    packet = tmp_path / "packet.pdf"
    bundled = gd(
        "packet", "--case", reference, "--hearing", hearing, "--lang", "de",
        "-o", str(packet), db=db,
    )  # fmt: skip
    assert bundled.returncode == 0, bundled.stderr
    assert "Wrote a packet in German of" in bundled.stdout
    pages = [page.extract_text() or "" for page in PdfReader(str(packet)).pages]
    assert "Terminsunterlagen" in pages[0]  # the contents page
    assert any("ANLAGE A" in text for text in pages)  # the first slip sheet
    assert not any("EXHIBIT A" in text for text in pages)
    english = tmp_path / "english.pdf"
    default = gd("packet", "--case", reference, "--hearing", hearing, "-o", str(english), db=db)
    assert default.returncode == 0, default.stderr
    assert "Wrote a packet in English of" in default.stdout
    assert any("EXHIBIT A" in p.extract_text() for p in PdfReader(str(english)).pages)
    notice = tmp_path / "notice.pdf"
    filed = gd(
        "filing", "--case", reference, "--form", "notice-of-hearing", "--hearing", hearing,
        "--second-lang", "none", "--format", "pdf", "-o", str(notice), db=db,
    )  # fmt: skip
    assert filed.returncode == 0, filed.stderr
    assert "Notice of hearing in English (PDF)" in filed.stdout
