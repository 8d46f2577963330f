"""Deadlines kept with each case: computed from the rules on saving, recomputed when the facts
or the rules change, manual ones left alone, done and waived ones remembered."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from guardian_desk.domain.rules import Rule, read_rules
from guardian_desk.services import calendar, cases
from guardian_desk.services.calendar import deadlines
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database

HEARING_RULES = """
[[rules]]
id = "test.evidence_before_hearing"
title = "File evidence and translations"
citation = "Test rule"
jurisdiction = "US"
trigger = "hearing"
offset = { amount = -15, unit = "calendar_days" }
roll = "previous"

[[rules]]
id = "test.passport_expires"
title = "Passport expires: renew it"
citation = "Test rule"
trigger = "document_expires"
offset = { amount = -6, unit = "months" }
roll = "previous"
task = true
conditions = { document_types = ["passport"] }

[[rules]]
id = "test.only_in_germany"
title = "A German forum's rule"
citation = "Test rule"
trigger = "hearing"
offset = { amount = -7, unit = "calendar_days" }
conditions = { jurisdictions = ["DE"] }
"""


@pytest.fixture
def rules(tmp_path: Path) -> list[Rule]:
    path = tmp_path / "test.toml"
    path.write_text(HEARING_RULES, encoding="utf-8")
    return read_rules(path)


def _asylum_case(db: Database) -> cases.OpenedCase:
    """A new, saved case: a 15-year-old not unaccompanied, arrived 26 November 2025, an
    asylum proceeding in California with a hearing on 15 January 2027."""
    opened = cases.new_case(cases.next_reference(db), date(2026, 11, 1))
    case = opened.draft()
    case["home_jurisdiction"] = "US-CA"
    case["child"].update(
        given_names="Amanuel",
        family_name="Tesfay",
        sex="male",
        dob_certainty="documented",
        dob_year=2011,
        dob_month=5,
        dob_day=4,
        nationalities=["ER"],
        languages=["ti"],
        last_arrival_on="2025-11-26",
    )
    case["child"]["status_history"].append(
        new_record("status_history", status="accompanied", effective_on="2025-11-26")
    )
    proceeding = new_record(
        "proceedings",
        kind="asylum",
        jurisdiction="US-CA",
        opened_on="2026-11-01",
        forum_kind="court",
        forum_name="San Francisco Immigration Court",
    )
    proceeding["hearings"].append(
        new_record("hearings", starts_at="2027-01-15T17:00:00Z", time_zone="America/Los_Angeles")
    )
    case["proceedings"].append(proceeding)
    return cases.save_case(db, opened, case)


def _by_rule(case: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["rule_id"]: d for d in case["deadlines"] if d["rule_id"]}


def test_saving_a_case_computes_its_deadlines_with_their_citations(db: Database) -> None:
    saved = _asylum_case(db)
    one_year = _by_rule(saved.case)["us.asylum.one_year"]
    assert one_year["due_on"] == "2026-11-27"  # 26 November 2026 is Thanksgiving
    assert one_year["source"] == "rule"
    assert "208(a)(2)(B)" in one_year["citation"]
    assert "Thanksgiving" in one_year["explanation"]
    assert one_year["proceeding_id"] == saved.case["proceedings"][0]["id"]


def test_a_corrected_arrival_date_moves_the_deadline_and_keeps_its_status(db: Database) -> None:
    saved = _asylum_case(db)
    draft = saved.draft()
    one_year = _by_rule(draft)["us.asylum.one_year"]
    one_year.update(status="done", status_reason="I-589 filed", completed_on="2026-11-20")
    saved = cases.save_case(db, saved, draft)
    draft = saved.draft()
    draft["child"]["last_arrival_on"] = "2025-12-02"
    saved = cases.save_case(db, saved, draft)
    moved = _by_rule(saved.case)["us.asylum.one_year"]
    assert moved["id"] == one_year["id"]
    assert moved["due_on"] == "2026-12-02"
    assert (moved["status"], moved["status_reason"]) == ("done", "I-589 filed")


def test_becoming_unaccompanied_ends_the_one_year_clock(db: Database) -> None:
    saved = _asylum_case(db)
    draft = saved.draft()
    draft["child"]["status_history"].append(
        new_record("status_history", status="unaccompanied", effective_on="2026-11-10")
    )
    saved = cases.save_case(db, saved, draft)
    found = _by_rule(saved.case)
    assert "us.asylum.one_year" not in found  # exempt (INA § 208(a)(2)(E))
    assert found["us.uac.ends_at_18"]["due_on"] == "2029-05-04"


def test_a_decision_notified_starts_the_appeal_clock(db: Database) -> None:
    saved = _asylum_case(db)
    draft = saved.draft()
    draft["proceedings"][0]["decisions"].append(
        new_record(
            "decisions", decided_on="2026-10-30", notified_on="2026-11-02", outcome="refused"
        )
    )
    saved = cases.save_case(db, saved, draft)
    assert _by_rule(saved.case)["us.bia.appeal"]["due_on"] == "2026-12-02"


def test_manual_deadlines_are_kept_as_they_are(db: Database) -> None:
    saved = _asylum_case(db)
    draft = saved.draft()
    draft["deadlines"].append(
        new_record("deadlines", title="Call the school", due_on="2026-12-01", source="manual")
    )
    saved = cases.save_case(db, saved, draft)
    draft = saved.draft()
    draft["child"]["last_arrival_on"] = "2025-12-02"
    saved = cases.save_case(db, saved, draft)
    manual = [d for d in saved.case["deadlines"] if d["source"] == "manual"]
    assert [(d["title"], d["due_on"]) for d in manual] == [("Call the school", "2026-12-01")]


def test_an_adjourned_hearing_takes_its_open_deadlines_away(
    db: Database, rules: list[Rule]
) -> None:
    case = _asylum_case(db).draft()
    case["deadlines"] = calendar.reconcile(case, rules)
    (evidence,) = [d for d in case["deadlines"] if d["rule_id"] == "test.evidence_before_hearing"]
    assert evidence["due_on"] == "2026-12-31"  # 15 days before 15 January 2027
    assert evidence["hearing_id"] == case["proceedings"][0]["hearings"][0]["id"]
    case["proceedings"][0]["hearings"][0]["outcome"] = "adjourned"
    assert not [d for d in calendar.reconcile(case, rules) if d["rule_id"]]
    evidence["status"] = "done"  # what was done stays on record
    assert [d["id"] for d in calendar.reconcile(case, rules)] == [evidence["id"]]


def test_document_dates_and_forum_conditions(db: Database, rules: list[Rule]) -> None:
    case = _asylum_case(db).draft()
    case["documents"].append(
        new_record(
            "documents",
            document_type="passport",
            issuing_country="ER",
            copy_kind="original",
            issued_on="2022-03-01",
            expires_on="2027-03-01",
        )
    )
    found = {d["rule_id"]: d for d in calendar.reconcile(case, rules)}
    renew = found["test.passport_expires"]
    assert (renew["due_on"], renew["task"]) == ("2026-09-01", True)
    assert renew["document_id"] == case["documents"][0]["id"]
    assert "test.only_in_germany" not in found  # a California forum
    case["proceedings"][0]["jurisdiction"] = "DE-BE"
    found = {d["rule_id"]: d for d in calendar.reconcile(case, rules)}
    assert "test.only_in_germany" in found
    assert "test.evidence_before_hearing" not in found  # a US rule


def test_a_placement_abroad_needs_consent_first(db: Database) -> None:
    case = _asylum_case(db).draft()
    case["child"]["placements"].append(
        new_record("placements", kind="foster_family", jurisdiction="MX", started_on="2027-02-01")
    )
    found = {d["rule_id"]: d for d in calendar.reconcile(case)}
    consent = found["hague1996.art33_placement_consent"]
    assert (consent["due_on"], consent["task"]) == ("2027-01-29", True)  # the Friday before
    assert consent["placement_id"] == case["child"]["placements"][0]["id"]
    assert "Art. 33" in consent["citation"]
    case["child"]["placements"][0]["jurisdiction"] = "US-TX"  # in the same country: no consent
    assert "hague1996.art33_placement_consent" not in {
        d["rule_id"] for d in calendar.reconcile(case)
    }


def test_reconciling_twice_changes_nothing(db: Database) -> None:
    saved = _asylum_case(db)
    assert calendar.reconcile(saved.case) == calendar.reconcile(
        {**saved.case, "deadlines": calendar.reconcile(saved.case)}
    )


def test_changed_rules_are_noticed_and_recomputed(demo_db: Database) -> None:
    assert not calendar.rules_changed(demo_db)  # demo data follows the shipped rules
    before = calendar.stored_deadlines(demo_db, open_only=False)
    with demo_db.unit_of_work() as session:
        from guardian_desk.storage import repositories as repo

        repo.set_state_value(session, calendar.RULES_KEY, "rules of an older version")
        session.execute(
            __import__("sqlalchemy").text(
                "UPDATE deadlines SET due_on = '2001-01-01' WHERE source = 'rule'"
            )
        )
    assert calendar.rules_changed(demo_db)
    assert calendar.recompute(demo_db) > 0
    calendar.rules_applied(demo_db)
    assert not calendar.rules_changed(demo_db)
    after = calendar.stored_deadlines(demo_db, open_only=False)
    assert [(d.id, d.due, d.status) for d in after] == [(d.id, d.due, d.status) for d in before]


def _case_with_hearing(kind: str, forum: str, starts_at: str, zone: str) -> dict[str, Any]:
    """The least of a case (exchange format) the rules need: one proceeding, one hearing."""
    return {
        "home_jurisdiction": forum,
        "child": {"status_history": [], "placements": []},
        "proceedings": [
            {
                "id": "p-1",
                "kind": kind,
                "jurisdiction": forum,
                "decisions": [],
                "hearings": [{"id": "h-1", "starts_at": starts_at, "time_zone": zone}],
            }
        ],
        "documents": [],
        "deadlines": [],
    }


# Summer time in the forum's zone: the hearing's day is the forum's, not UTC's.
SUMMER_TIME = [
    # Mon 9 Mar 2026 17:30 in Los Angeles, the day after summer time began, is 00:30 UTC on
    # the 10th; 15 days before the 9th is Sun 22 Feb -> back to Fri 20 Feb.
    (
        "us.eoir.evidence_before_individual_hearing",
        "asylum",
        "US-CA",
        "2026-03-10T00:30:00Z",
        "America/Los_Angeles",
        "2026-02-20",
    ),
    # Tue 3 Nov 2026 16:30 in Los Angeles, two days after summer time ended, is 00:30 UTC on
    # the 4th; 15 days before the 3rd is Mon 19 Oct.
    (
        "us.eoir.evidence_before_individual_hearing",
        "asylum",
        "US-CA",
        "2026-11-04T00:30:00Z",
        "America/Los_Angeles",
        "2026-10-19",
    ),
    # Mon 30 Mar 2026 00:30 in Paris, the day after summer time began, is 22:30 UTC on the
    # 29th; 6 days before the 30th is Tue 24 Mar.
    (
        "fr.ceseda.cnda_cloture_instruction",
        "asylum",
        "FR",
        "2026-03-29T22:30:00Z",
        "Europe/Paris",
        "2026-03-24",
    ),
]


@pytest.mark.parametrize(("rule_id", "kind", "forum", "starts_at", "zone", "due"), SUMMER_TIME)
def test_hearing_days_are_the_forums_across_summer_time(
    rule_id: str, kind: str, forum: str, starts_at: str, zone: str, due: str
) -> None:
    case = _case_with_hearing(kind, forum, starts_at, zone)
    found = {d["rule_id"]: d for d in calendar.reconcile(case)}
    assert found[rule_id]["due_on"] == due, found[rule_id]["explanation"]


# --- a case whose deadlines cannot be computed never blocks anyone else's ------------------


def _with_decision_notified(case: dict[str, Any], day: str) -> dict[str, Any]:
    """The case with its first decision notified on ``day`` (one added when it has none)."""
    proceeding = case["proceedings"][0]
    if not proceeding["decisions"]:
        proceeding["decisions"].append(
            new_record("decisions", decided_on="2026-10-30", outcome="refused")
        )
    proceeding["decisions"][0]["notified_on"] = day
    return case


def test_reconcile_never_raises_on_dates_at_the_end_of_the_calendar(db: Database) -> None:
    """Rules counted from 9999-12-31 overflow the calendar: the case gets one deadline that
    says so, due today; its other rules' deadlines are still computed."""
    saved = _asylum_case(db)
    case = _with_decision_notified(saved.draft(), "9999-12-31")
    found = calendar.reconcile(case, today=date(2026, 12, 4))
    problem = _by_rule({"deadlines": found})[deadlines.NOT_COMPUTED]
    assert problem["title"] == (
        "Deadlines could not be computed for this case: a date is out of range "
        "(check the decision's notification date)"
    )
    assert (problem["due_on"], problem["status"], problem["task"]) == ("2026-12-04", "open", True)
    assert "us.asylum.one_year" in _by_rule({"deadlines": found})  # the others still count
    again = calendar.reconcile({**case, "deadlines": found}, today=date(2026, 12, 20))
    assert _by_rule({"deadlines": again})[deadlines.NOT_COMPUTED]["id"] == problem["id"]
    assert _by_rule({"deadlines": again})[deadlines.NOT_COMPUTED]["due_on"] == "2026-12-04"
    fixed = _with_decision_notified({**case, "deadlines": again}, "2026-11-02")
    after = _by_rule({"deadlines": calendar.reconcile(fixed)})
    assert deadlines.NOT_COMPUTED not in after  # corrected: the reminder goes
    assert after["us.bia.appeal"]["due_on"] == "2026-12-02"


@pytest.mark.parametrize(
    ("where", "value", "overflows"),
    [
        ("last_arrival_on", "9999-12-31", True),
        ("hearing", "9999-12-31T23:30:00-01:00", True),
        ("hearing", "0001-01-01T00:30:00+01:00", True),
        ("dob_year", 9999, True),
        ("document", "9999-12-31", False),
        ("last_arrival_on", "9998-06-01", False),
    ],
)
def test_no_recorded_date_makes_the_rules_raise(
    db: Database, where: str, value: Any, overflows: bool
) -> None:
    saved = _asylum_case(db)
    case = saved.draft()
    if where == "hearing":
        case["proceedings"][0]["hearings"][0]["starts_at"] = value
    elif where == "document":
        case["documents"].append(
            new_record("documents", document_type="passport", issued_on=value, expires_on=value)
        )
    else:
        case["child"][where] = value
    found = _by_rule({"deadlines": calendar.reconcile(case)})
    assert (deadlines.NOT_COMPUTED in found) is overflows
    if overflows:
        assert found[deadlines.NOT_COMPUTED]["title"].startswith(deadlines.NOT_COMPUTED_TITLE)


def test_recompute_goes_on_past_a_broken_case(demo_db: Database) -> None:
    """A case written before validation refused such dates (notified 9999-12-31) gets the
    visible problem; every other case's deadlines are recomputed as usual."""
    from sqlalchemy import text

    from guardian_desk.services import exchange
    from guardian_desk.services.records import rows_for, write_rows
    from guardian_desk.storage import repositories as repo
    from guardian_desk.storage.models import Case

    before = calendar.stored_deadlines(demo_db, open_only=False)
    broken = _with_decision_notified(
        exchange.export_document(demo_db, ["DEMO-7-000001"])["cases"][0], "9999-12-31"
    )
    with demo_db.unit_of_work() as session:  # as an older version let it in
        assert repo.delete_if_unchanged(session, Case, broken["id"], broken.get("version", 1))
    with demo_db.unit_of_work() as session:
        write_rows(session, [], [], rows_for([broken]))
        session.execute(text("UPDATE deadlines SET due_on = '2001-01-01' WHERE source = 'rule'"))
    assert calendar.recompute(demo_db) > 0
    listed = calendar.stored_deadlines(demo_db, open_only=False)
    problems = [d for d in listed if d.rule_id == deadlines.NOT_COMPUTED]
    assert [d.reference for d in problems] == ["DEMO-7-000001"]
    assert problems[0].due == date.today()
    assert problems[0].task
    assert problems[0].status.value == "open"

    def others(found: list[calendar.StoredDeadline]) -> list[tuple[str, date, str]]:
        return [(d.id, d.due, d.status) for d in found if d.reference != "DEMO-7-000001"]

    assert others(listed) == others(before)  # every other case as the rules give it
    assert calendar.recompute(demo_db) == 0  # the problem is stable: nothing changes again
