"""Deadlines counted on an assumption are kept with it, and a rule waiting for a fact is named
in the case's "could not be computed" task (issue 17, items 1 and 7)."""

from __future__ import annotations

from datetime import date
from typing import Any

from guardian_desk.services import calendar, cases
from guardian_desk.services.calendar import CalendarFilter, deadlines
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database


def _leap_day_case(db: Database, **child: Any) -> cases.OpenedCase:
    """Born 29 February 2008, status never recorded, no arrival date; an asylum proceeding in
    California whose refusal was decided on 30 October 2026, its notification not recorded."""
    opened = cases.new_case(cases.next_reference(db), date(2026, 1, 5))
    case = opened.draft()
    case["home_jurisdiction"] = "US-CA"
    case["child"].update(
        given_names="Selam",
        sex="female",
        dob_certainty="documented",
        dob_year=2008,
        dob_month=2,
        dob_day=29,
        nationalities=["ER"],
        languages=["ti"],
        **child,
    )
    proceeding = new_record(
        "proceedings",
        kind="asylum",
        jurisdiction="US-CA",
        opened_on="2026-01-05",
        forum_kind="court",
        forum_name="San Francisco Immigration Court",
    )
    proceeding["decisions"].append(
        new_record("decisions", decided_on="2026-10-30", outcome="refused")
    )
    case["proceedings"].append(proceeding)
    return cases.save_case(db, opened, case)


def _by_rule(case: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["rule_id"]: d for d in case["deadlines"] if d["rule_id"]}


def test_unknown_facts_give_assumed_deadlines_and_a_visible_task(db: Database) -> None:
    saved = _leap_day_case(db)
    found = _by_rule(saved.case)
    appeal = found["us.bia.appeal"]  # 30 days from the decision date: Sunday 29 November
    assert appeal["due_on"] == "2026-11-30"
    assert "no notification date is recorded" in appeal["assumption"]
    ends = found["us.uac.ends_at_18"]  # assumed unaccompanied: the status is not recorded
    assert ends["due_on"] == "2026-02-28"
    assert "Assumes the child is unaccompanied" in ends["assumption"]
    assert "Born on 29 February" in ends["explanation"]
    problem = found[deadlines.NOT_COMPUTED]  # no arrival date: the one-year limit waits
    assert problem["title"] == (
        "Deadlines could not be computed for this case: no arrival date of the child is recorded"
    )
    assert "us.asylum.one_year" in problem["explanation"]
    assert (problem["status"], problem["task"]) == ("open", True)

    draft = saved.draft()
    draft["child"]["last_arrival_on"] = "2025-11-26"
    draft["proceedings"][0]["decisions"][0]["notified_on"] = "2026-11-02"
    draft["child"]["status_history"].append(
        new_record("status_history", status="accompanied", effective_on="2025-11-26")
    )
    after = _by_rule(cases.save_case(db, saved, draft).case)
    assert deadlines.NOT_COMPUTED not in after  # recorded: the task goes
    assert after["us.bia.appeal"]["id"] == appeal["id"]  # the same deadline, now exact
    assert after["us.bia.appeal"]["assumption"] is None
    assert after["us.bia.appeal"]["due_on"] == "2026-12-02"
    assert after["us.asylum.one_year"]["assumption"] is None
    assert "us.uac.ends_at_18" not in after  # accompanied after all


def test_a_done_task_opens_again_when_something_else_is_missing(db: Database) -> None:
    saved = _leap_day_case(db)
    draft = saved.draft()
    problem = _by_rule(draft)[deadlines.NOT_COMPUTED]
    problem.update(status="done", completed_on="2026-11-03")
    saved = cases.save_case(db, saved, draft)
    assert _by_rule(saved.case)[deadlines.NOT_COMPUTED]["status"] == "done"
    draft = saved.draft()
    draft["child"].update(dob_certainty=None, dob_year=None, dob_month=None, dob_day=None)
    again = _by_rule(cases.save_case(db, saved, draft).case)[deadlines.NOT_COMPUTED]
    assert again["status"] == "open"
    assert "no date of birth" in again["title"]


def test_every_view_shows_the_same_leap_day_and_the_assumption(db: Database) -> None:
    saved = _leap_day_case(db)
    reference = saved.case["reference"]
    stored = {d.rule_id: d for d in calendar.stored_deadlines(db, [reference])}
    as_json = stored["us.uac.ends_at_18"].as_json()  # what `deadlines --json` prints
    assert as_json["due"] == "2026-02-28"
    assert as_json["assumed"] is True
    assert "unaccompanied" in as_json["assumption"]
    assert as_json["to_confirm"] is False
    (event,) = [
        e
        for e in calendar.events(
            db, date(2026, 2, 1), date(2026, 3, 31), CalendarFilter(case_id=saved.case["id"])
        )
        if e.id == stored["us.uac.ends_at_18"].id
    ]
    assert event.day == date(2026, 2, 28)
    assert event.assumption == as_json["assumption"]
    reminder = calendar.Reminder(event, 0)
    assert "(assumed" in reminder.message()


def test_a_rule_to_confirm_is_marked_in_every_view(db: Database, monkeypatch: Any) -> None:
    monkeypatch.setattr(deadlines, "_rules_to_confirm", lambda: frozenset({"us.bia.appeal"}))
    saved = _leap_day_case(db)
    reference = saved.case["reference"]
    stored = {d.rule_id: d for d in calendar.stored_deadlines(db, [reference])}
    assert stored["us.bia.appeal"].as_json()["to_confirm"] is True
    assert stored["us.uac.ends_at_18"].as_json()["to_confirm"] is False
    (event,) = [
        e
        for e in calendar.events(db, date(2026, 11, 30), date(2026, 11, 30))
        if e.id == stored["us.bia.appeal"].id
    ]
    assert event.to_confirm
    assert "(rule to confirm)" in calendar.Reminder(event, 1).message()
