"""The audit log as a person meets it: every save, import, export and filing recorded with
what it did, in the same transaction; tampering found by `audit verify`."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from guardian_desk.errors import ConflictError, ValidationError
from guardian_desk.services import audit, cases, exchange
from guardian_desk.services.exchange import demo
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database
from tests.conftest import AS_OF, raw_connection
from tests.reliability.faults import assert_one_clear_message, gd


def _last(db: Database) -> audit.Entry:
    return audit.entries(db, audit.AuditFilter(limit=1))[0]


def test_a_saved_case_is_recorded_with_what_changed(db: Database) -> None:
    demo.generate(db, 3, seed=2, as_of=AS_OF)
    case_id = cases.list_ids(db)[0]
    opened = cases.open_case(db, case_id)
    edited = copy.deepcopy(opened.case)
    old_name = edited["child"]["family_name"]
    edited["child"]["family_name"] = "Karimy"
    edited.setdefault("notes", []).append(
        {
            **new_record("notes", kind="general", text="Met the child at school."),
            "written_at": "2026-12-01T10:00:00Z",
        }
    )
    cases.save_case(db, opened, edited)
    entry = _last(db)
    assert entry.action == "case changed"
    assert entry.case_id == case_id
    assert entry.case_reference == opened.case["reference"]
    assert entry.actor
    assert entry.detail["changed"]["identity.family_name"] == {
        "old→new": [old_name, "Karimy"],
        "section": "identity",
    }
    assert entry.detail["added"] == {"note": 1}
    # A note's text is named as changed, never repeated in the log.
    reopened = cases.open_case(db, case_id)
    again = copy.deepcopy(reopened.case)
    again["notes"][-1]["text"] = "The child spoke of the journey."
    cases.save_case(db, reopened, again)
    entry = _last(db)
    assert entry.detail["changed"] == {"note.text": {"changed": [], "section": "identity"}}
    assert "journey" not in json.dumps(entry.detail)
    assert audit.verify(db).broken is None


def test_a_reader_of_the_log_does_not_see_values_of_sections_they_may_not_read(
    db: Database,
) -> None:
    """An age assessment's values changed: the administrator (who reads health) sees them in
    the log; a data-protection officer (who reads the log, not the health section) sees
    that the field changed, not what it was or became."""
    from guardian_desk.services import security

    demo.generate(db, 3, seed=2, as_of=AS_OF)
    security.add_user(db, "admin", "a garden of lemon trees", "administrator")
    security.sign_in(db, "admin", "a garden of lemon trees")
    security.add_user(db, "dpo", "a garden of lemon trees", "data_protection_officer")
    case_id = cases.list_ids(db)[0]
    opened = cases.open_case(db, case_id)
    edited = copy.deepcopy(opened.case)
    edited["child"]["age_assessments"] = [
        *(edited["child"].get("age_assessments") or []),
        {
            **new_record("age_assessments"),
            "assessed_on": "2026-11-01",
            "assessor": "Dr Lindqvist",
            "method": "holistic_interview",
            "min_age": 15,
            "max_age": 17,
        },
    ]
    cases.save_case(db, opened, edited)
    again = cases.open_case(db, case_id)
    changed = copy.deepcopy(again.case)
    changed["child"]["age_assessments"][-1]["max_age"] = 16
    cases.save_case(db, again, changed)
    last_change = audit.AuditFilter(action="case changed", limit=1)
    as_admin = audit.entries(db, last_change)[0].detail["changed"]["age assessment.max_age"]
    assert as_admin["old→new"] == [17, 16]
    security.sign_in(db, "dpo", "a garden of lemon trees")
    as_dpo = audit.entries(db, last_change)[0].detail["changed"]["age assessment.max_age"]
    assert "old→new" not in as_dpo
    assert "17" not in json.dumps(as_dpo)


def test_a_save_that_fails_leaves_no_entry(db: Database) -> None:
    demo.generate(db, 2, seed=2, as_of=AS_OF)
    count = len(audit.entries(db))
    case_id = cases.list_ids(db)[0]
    opened = cases.open_case(db, case_id)
    edited = copy.deepcopy(opened.case)
    edited["child"]["sex"] = "not a sex"
    with pytest.raises(ValidationError):
        cases.save_case(db, opened, edited)
    stale = cases.open_case(db, case_id)
    first = copy.deepcopy(stale.case)
    first["child"]["family_name"] = "First"
    cases.save_case(db, stale, first)
    second = copy.deepcopy(stale.case)
    second["child"]["family_name"] = "Second"
    with pytest.raises(ConflictError):
        cases.save_case(db, stale, second)  # someone saved meanwhile: nothing written
    assert len(audit.entries(db)) == count + 1  # the one save that went through


def test_exports_imports_and_demo_data_are_recorded(db: Database, tmp_path: Path) -> None:
    demo.generate(db, 4, seed=3, as_of=AS_OF)
    assert _last(db).action == "demo cases added"
    out = tmp_path / "out.age"
    exchange.export_to_file(db, out, passphrase="a passphrase of some length")
    entry = _last(db)
    assert entry.action == "cases exported"
    assert entry.detail["cases"] == 4
    assert entry.detail["sealed"] == "to a passphrase"
    target = tmp_path / "other.sqlite"
    from guardian_desk.storage.database import open_database

    other = open_database(str(target))
    exchange.import_file(other, out, passphrase="a passphrase of some length")
    assert _last(other).action == "cases imported"
    assert _last(other).detail["cases"] == 4
    assert audit.verify(other).broken is None
    other.close()


def test_an_export_that_cannot_be_written_leaves_no_entry(db: Database, tmp_path: Path) -> None:
    demo.generate(db, 2, seed=3, as_of=AS_OF)
    count = len(audit.entries(db))
    from guardian_desk.errors import GuardianDeskError

    with pytest.raises(GuardianDeskError):
        exchange.export_to_file(db, tmp_path / "no such folder" / "out.json")
    assert len(audit.entries(db)) == count


def test_entries_are_found_by_person_case_action_and_period(db: Database) -> None:
    demo.generate(db, 2, seed=4, as_of=AS_OF)
    case_id = cases.list_ids(db)[0]
    with db.unit_of_work() as session:
        audit.record(session, "case changed", case_id=case_id, actor="amira")
        audit.record(session, "cases exported", actor="jonas")
    assert [e.actor for e in audit.entries(db, audit.AuditFilter(actor="amira"))] == ["amira"]
    assert {e.action for e in audit.entries(db, audit.AuditFilter(case_id=case_id))} == {
        "case changed"
    }
    exported = audit.entries(db, audit.AuditFilter(action="cases exported"))
    assert [e.actor for e in exported] == ["jonas"]
    from datetime import date, timedelta

    today = date.today()
    assert len(audit.entries(db, audit.AuditFilter(first_day=today, last_day=today))) == 3
    assert audit.entries(db, audit.AuditFilter(last_day=today - timedelta(days=1))) == []


@pytest.mark.parametrize("tamper", ["edit", "delete", "swap", "key"])
def test_tampering_with_the_database_is_found_by_audit_verify(
    tamper: str, db: Database, db_path: Path
) -> None:
    demo.generate(db, 5, seed=6, as_of=AS_OF)
    for case_id in cases.list_ids(db)[:4]:
        opened = cases.open_case(db, case_id)
        edited = copy.deepcopy(opened.case)
        edited["child"]["family_name"] = edited["child"]["family_name"] + "x"
        cases.save_case(db, opened, edited)
    db.close()
    assert gd("audit", "verify", db=db_path).returncode == 0
    with raw_connection(db_path) as conn:  # someone with the database open, by hand
        if tamper == "edit":
            conn.execute("UPDATE audit_entries SET actor = 'nobody' WHERE id = 3")
        elif tamper == "delete":
            conn.execute("DELETE FROM audit_entries WHERE id = 3")
        elif tamper == "swap":
            conn.execute("UPDATE audit_entries SET id = -1 WHERE id = 3")
            conn.execute("UPDATE audit_entries SET id = 3 WHERE id = 4")
            conn.execute("UPDATE audit_entries SET id = 4 WHERE id = -1")
        else:
            conn.execute(
                "UPDATE database_state SET value = ? WHERE key = 'audit_key'", ("00" * 32,)
            )
        conn.commit()
    said = gd("audit", "verify", db=db_path)
    assert said.returncode == 1
    assert_one_clear_message(said.stderr, "tampered")
    expected = "entry 1 " if tamper == "key" else "entry 3 " if tamper != "delete" else "entry 4 "
    assert expected in said.stderr


def test_the_command_line_lists_entries(db: Database, db_path: Path) -> None:
    demo.generate(db, 2, seed=7, as_of=AS_OF)
    reference = cases.summaries(db, cases.list_ids(db))[0].reference
    db.close()
    out = str(db_path.parent / "x.json")
    done = gd("export", "--case", reference, "--unencrypted", "-o", out, db=db_path)
    assert done.returncode == 0, done.stderr
    listed = gd("audit", "list", "--what", "cases exported", "--json", db=db_path)
    assert listed.returncode == 0, listed.stderr
    (entry,) = json.loads(listed.stdout)
    assert entry["detail"]["references"] == [reference]
    wrong = gd("audit", "list", "--case", "NO-SUCH-REF", db=db_path)
    assert wrong.returncode == 1
    assert_one_clear_message(wrong.stderr, "no case")
