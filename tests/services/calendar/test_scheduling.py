"""Scheduling: double bookings with a travel buffer, interpreters, hearing outcomes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from guardian_desk.services import calendar, cases, exchange
from guardian_desk.services.calendar import scheduling
from guardian_desk.services.records import new_record
from guardian_desk.services.team import team_members
from guardian_desk.storage.database import Database


def _a_booked_hearing(db: Database) -> tuple[dict[str, Any], scheduling.Booking]:
    """A demo case with a scheduled hearing its lawyer attends."""
    for case in exchange.export_document(db)["cases"]:
        for booking in scheduling.bookings_of(case):
            if dict(booking.people).get("lawyer"):
                return case, booking
    raise AssertionError("the demo data has scheduled hearings")


def _case_with_hearing(
    db: Database, lawyer: str, starts: datetime, **hearing: Any
) -> cases.OpenedCase:
    opened = cases.new_case(cases.next_reference(db), date(2026, 11, 1))
    case = opened.draft()
    case["child"].update(
        given_names="Hamid",
        family_name="Karimi",
        sex="male",
        dob_certainty="declared",
        dob_year=2010,
        dob_month=2,
        dob_day=1,
        nationalities=["AF"],
        languages=["prs"],
    )
    proceeding = new_record(
        "proceedings",
        kind="guardianship",
        jurisdiction="US-CA",
        opened_on="2026-11-01",
        forum_kind="court",
        forum_name="Superior Court of California, County of Los Angeles",
        assigned_lawyer_id=lawyer,
    )
    proceeding["hearings"].append(
        new_record(
            "hearings",
            starts_at=starts.isoformat().replace("+00:00", "Z"),
            time_zone="America/Los_Angeles",
            duration_minutes=60,
            **hearing,
        )
    )
    case["proceedings"].append(proceeding)
    return cases.save_case(db, opened, case)


def test_a_lawyer_in_two_courtrooms_at_once_is_warned_about(demo_db: Database) -> None:
    other, booked = _a_booked_hearing(demo_db)
    lawyer = dict(booked.people)["lawyer"]
    mine = _case_with_hearing(demo_db, lawyer, booked.starts_at + timedelta(minutes=15))
    (conflict,) = [
        c
        for c in calendar.conflicts(demo_db, mine.case, 60)
        if c.other.hearing_id == booked.hearing_id
    ]
    assert conflict.role == "lawyer"
    assert conflict.gap_minutes < 0
    names = {m.id: m.name for m in team_members(demo_db)}
    message = conflict.message()
    assert names[lawyer] in message
    assert other["reference"] in message
    assert "at the same time as" in message


def test_the_travel_buffer_decides_what_is_too_close(demo_db: Database) -> None:
    _other, booked = _a_booked_hearing(demo_db)
    lawyer = dict(booked.people)["lawyer"]
    after = booked.ends_at + timedelta(minutes=30)  # half an hour after the other one ends
    mine = _case_with_hearing(demo_db, lawyer, after)

    def against_booked(buffer: int) -> list[calendar.Conflict]:
        found = calendar.conflicts(demo_db, mine.case, buffer)
        return [c for c in found if c.other.hearing_id == booked.hearing_id]

    (close,) = against_booked(60)
    assert "only 30 minutes apart" in close.message()
    assert against_booked(15) == []


def test_only_new_or_moved_hearings_are_checked(demo_db: Database) -> None:
    _other, booked = _a_booked_hearing(demo_db)
    lawyer = dict(booked.people)["lawyer"]
    mine = _case_with_hearing(demo_db, lawyer, booked.starts_at)
    draft = mine.draft()
    assert calendar.changed_hearings(mine.case, draft) == set()
    draft["proceedings"][0]["hearings"][0]["starts_at"] = "2031-01-06T17:00:00Z"
    moved = calendar.changed_hearings(mine.case, draft)
    assert moved == {draft["proceedings"][0]["hearings"][0]["id"]}
    assert calendar.conflicts(demo_db, draft, 60, moved) == []


def test_the_interpreter_must_speak_the_childs_language(demo_db: Database) -> None:
    team = team_members(demo_db)
    pashto = next(m for m in team if "interpreter" in m.roles and "prs" not in m.languages)
    mine = _case_with_hearing(
        demo_db,
        team[0].id,
        datetime(2031, 1, 6, 17, tzinfo=UTC),
        interpreter_language="ps",
        interpreter_id=pashto.id,
    )
    problems = calendar.interpreter_problems(mine.case, team)
    assert any("(ps) is not one the child speaks (prs)" in p for p in problems)
    mine.case["proceedings"][0]["hearings"][0]["interpreter_language"] = "prs"
    problems = calendar.interpreter_problems(mine.case, team)
    assert any(f"{pashto.name} does not interpret prs" in p for p in problems)


def test_adjourned_to_a_new_date_adds_the_next_hearing(demo_db: Database) -> None:
    _other, booked = _a_booked_hearing(demo_db)
    mine = _case_with_hearing(demo_db, dict(booked.people)["lawyer"], booked.starts_at)
    draft = mine.draft()
    hearing = draft["proceedings"][0]["hearings"][0]
    following = calendar.record_outcome(
        draft,
        hearing["id"],
        "adjourned",
        reason="Interpreter not available",
        next_starts_at="2027-03-04T17:00:00Z",
    )
    assert following is not None
    assert hearing["next_hearing_id"] == following["id"]
    assert following["time_zone"] == hearing["time_zone"]
    saved = cases.save_case(demo_db, mine, draft)
    stored = saved.case["proceedings"][0]["hearings"]
    assert [h["outcome"] for h in stored] == ["adjourned", "scheduled"]
    assert stored[0]["adjournment_reason"] == "Interpreter not available"


def test_adjourned_without_a_date_adds_a_task(demo_db: Database) -> None:
    _other, booked = _a_booked_hearing(demo_db)
    mine = _case_with_hearing(demo_db, dict(booked.people)["lawyer"], booked.starts_at)
    draft = mine.draft()
    hearing_id = draft["proceedings"][0]["hearings"][0]["id"]
    with pytest.raises(ValueError, match="why"):
        calendar.record_outcome(draft, hearing_id, "adjourned")
    task = calendar.record_outcome(
        draft, hearing_id, "adjourned", reason="Judge ill", today=date(2026, 12, 1)
    )
    assert task is not None
    assert (task["task"], task["due_on"]) == (True, "2026-12-15")
    saved = cases.save_case(demo_db, mine, draft)
    assert any("Schedule the next hearing" in d["title"] for d in saved.case["deadlines"])


def test_decided_at_the_hearing_starts_the_appeal_clock(db: Database) -> None:
    mine = _case_with_hearing(db, None, datetime(2026, 11, 2, 17, tzinfo=UTC))  # type: ignore[arg-type]
    draft = mine.draft()
    draft["proceedings"][0]["kind"] = "asylum"
    hearing_id = draft["proceedings"][0]["hearings"][0]["id"]
    calendar.record_outcome(
        draft, hearing_id, "decided", decision_outcome="refused", notified_on="2026-11-02"
    )
    saved = cases.save_case(db, mine, draft)
    appeal = [d for d in saved.case["deadlines"] if d["rule_id"] == "us.bia.appeal"]
    assert [d["due_on"] for d in appeal] == ["2026-12-02"]
