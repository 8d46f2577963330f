"""Asking the command line about another day: ``--as-of`` (deadlines, cases, calendar) and
``readiness --on``, on a real database file, the program run as a separate process.

Days are counted from the real today, so the test means the same thing whenever it runs: a
deadline some weeks ahead (as "due 15 February, asked about 1 March"), a residence permit
that expires between the next hearing and the day asked about.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from guardian_desk.services import cases
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import open_database
from tests.cli.test_cli import gd

TODAY = date.today()
DUE = TODAY + timedelta(days=70)  # the deadline: not overdue today
LATER = DUE + timedelta(days=14)  # the day asked about: it is overdue then
HEARING = TODAY + timedelta(days=10)
EXPIRES = TODAY + timedelta(days=30)  # the residence permit: valid at the hearing, not LATER


def _case(path: Path) -> str:
    """A Syrian child in Berlin: a guardianship proceeding with a hearing in ten days, a
    residence permit that expires in thirty, and a deadline set by hand (no rule of the
    program gives this case a deadline of its own)."""
    db = open_database(str(path))
    try:
        opened = cases.new_case(cases.next_reference(db), TODAY - timedelta(days=30))
        case = opened.draft()
        case["home_jurisdiction"] = "DE-BE"
        case["child"].update(
            given_names="Rima",
            family_name="Haddad",
            sex="female",
            dob_certainty="documented",
            dob_year=TODAY.year - 14,
            dob_month=1,
            dob_day=1,
            nationalities=["SY"],
            languages=["ar"],
        )
        proceeding = new_record(
            "proceedings",
            kind="guardianship",
            jurisdiction="DE-BE",
            opened_on=(TODAY - timedelta(days=30)).isoformat(),
            forum_kind="court",
            forum_name="Amtsgericht Tempelhof-Kreuzberg, Familiengericht",
        )
        proceeding["hearings"].append(
            new_record(
                "hearings", starts_at=f"{HEARING.isoformat()}T09:00:00Z", time_zone="Europe/Berlin"
            )
        )
        case["proceedings"].append(proceeding)
        case["documents"].append(
            new_record(
                "documents",
                document_type="residence_permit",
                issuing_country="DE",
                number="Y0123456",
                issued_on=(TODAY - timedelta(days=400)).isoformat(),
                expires_on=EXPIRES.isoformat(),
                language="de",
                copy_kind="original",
            )
        )
        case["deadlines"].append(
            new_record(
                "deadlines",
                title="File the guardian's report",
                due_on=DUE.isoformat(),
                source="manual",
            )
        )
        return str(cases.save_case(db, opened, case).case["reference"])
    finally:
        db.close()


def _report(rows: list[dict[str, object]]) -> dict[str, object]:
    (row,) = [r for r in rows if r["title"] == "File the guardian's report"]
    return row


def test_a_deadline_is_overdue_as_of_a_later_day(tmp_path: Path) -> None:
    db = tmp_path / "as-of.sqlite"
    reference = _case(db)

    now = gd("deadlines", "--case", reference, "--json", db=db)
    assert now.returncode == 0, now.stderr
    row = _report(json.loads(now.stdout))
    assert row["due"] == DUE.isoformat()
    assert row["overdue"] is False
    assert row["as_of"] == TODAY.isoformat()

    later = gd("deadlines", "--case", reference, "--as-of", LATER.isoformat(), "--json", db=db)
    row = _report(json.loads(later.stdout))
    assert row["overdue"] is True
    assert row["status"] == "open"
    assert row["as_of"] == LATER.isoformat()

    text = gd("deadlines", "--case", reference, "--as-of", LATER.isoformat(), db=db)
    (line,) = [x for x in text.stdout.splitlines() if "File the guardian's report" in x]
    assert line.split("\t")[:2] == [DUE.isoformat(), "OVERDUE"]
    assert f"As of {LATER.isoformat()}:" in text.stderr
    today = gd("deadlines", "--case", reference, db=db).stdout
    (line,) = [x for x in today.splitlines() if "File the guardian's report" in x]
    assert line.split("\t")[1] == "open"

    # --due-within counts from the day asked about too
    soon = gd("deadlines", "--case", reference, "--due-within", "7", "--json", db=db)
    assert not [r for r in json.loads(soon.stdout) if r["title"] == "File the guardian's report"]
    three_days_before = (DUE - timedelta(days=3)).isoformat()
    then = gd(
        "deadlines",
        "--case",
        reference,
        "--due-within",
        "7",
        "--as-of",
        three_days_before,
        "--json",
        db=db,
    )
    assert _report(json.loads(then.stdout))["overdue"] is False


def test_cases_and_calendar_as_of_a_later_day(tmp_path: Path) -> None:
    db = tmp_path / "as-of.sqlite"
    reference = _case(db)

    (now,) = json.loads(gd("cases", "--json", db=db).stdout)
    assert now["as_of"] == TODAY.isoformat()
    assert now["next_deadline"] == DUE.isoformat()
    assert now["next_deadline_overdue"] is False
    assert now["next_hearing"].startswith(HEARING.isoformat())
    listed = gd("cases", "--as-of", LATER.isoformat(), "--json", db=db)
    (later,) = json.loads(listed.stdout)
    assert later["as_of"] == LATER.isoformat()
    assert later["next_deadline_overdue"] is True
    assert later["next_hearing"] is None  # the hearing is past by then
    text = gd("cases", "--as-of", LATER.isoformat(), db=db)
    assert "OVERDUE" in text.stdout
    assert f"As of {LATER.isoformat()}: 1 of the 1 cases listed" in text.stderr

    within = gd("cases", "--hearing-within", "14", "--json", db=db)
    assert [c["reference"] for c in json.loads(within.stdout)] == [reference]
    after = gd("cases", "--hearing-within", "14", "--as-of", LATER.isoformat(), db=db)
    assert after.stdout == ""
    assert "No case has a hearing within 14 days." in after.stderr

    # the calendar's period starts on the day asked about, and what is overdue counts from it
    shown = gd("calendar", "--as-of", (DUE - timedelta(days=5)).isoformat(), "--json", db=db)
    rows = json.loads(shown.stdout)
    assert [r["day"] for r in rows] == [DUE.isoformat()]
    assert rows[0]["status"] == "open"
    assert rows[0]["as_of"] == (DUE - timedelta(days=5)).isoformat()
    late = gd("calendar", "--as-of", LATER.isoformat(), "--from", DUE.isoformat(), "--json", db=db)
    assert [r["status"] for r in json.loads(late.stdout)] == ["overdue"]


def test_readiness_on_a_day_after_the_residence_permit_expires(tmp_path: Path) -> None:
    db = tmp_path / "ready.sqlite"
    reference = _case(db)

    now = gd("readiness", "--case", reference, "--json", db=db)
    (proceeding,) = json.loads(now.stdout)
    assert proceeding["checked_for"] == HEARING.isoformat()
    assert proceeding["next_hearing"] is True
    assert proceeding["as_of"] == TODAY.isoformat()
    items = {r["item"]: r["status"] for r in proceeding["documents"][0]["requirements"]}
    assert "expiry" not in items  # valid at the hearing

    later = gd("readiness", "--case", reference, "--on", LATER.isoformat(), "--json", db=db)
    assert later.returncode == 3
    (proceeding,) = json.loads(later.stdout)
    assert proceeding["checked_for"] == LATER.isoformat()  # not the next hearing after it
    assert proceeding["next_hearing"] is False
    assert proceeding["as_of"] == LATER.isoformat()
    items = {r["item"]: r["status"] for r in proceeding["documents"][0]["requirements"]}
    assert items["expiry"] == "stale"

    text = gd("readiness", "--case", reference, "--on", LATER.isoformat(), db=db).stdout
    assert text.splitlines()[0].startswith(f"{reference}: checked for {LATER.isoformat()}")
    assert f"for {LATER.isoformat()}: NOT READY" in text
    assert f"expired on {EXPIRES.isoformat()}, before {LATER.isoformat()}" in text
    today = gd("readiness", "--case", reference, db=db).stdout
    assert today.splitlines()[0] == (
        f"{reference}: checked for each proceeding's next hearing ({HEARING.isoformat()})"
    )
    assert "expired" not in today

    # a proceeding not yet open on the day asked about is not checked for it
    before = gd("readiness", "--case", reference, "--on", "2000-01-01", "--json", db=db)
    assert json.loads(before.stdout) == []
