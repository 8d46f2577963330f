"""The calendar: hearings and deadlines over days, by person and forum; the week ahead."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from guardian_desk.services import calendar, exchange
from guardian_desk.services.calendar import CalendarFilter, EventKind, scheduling
from guardian_desk.storage.database import Database

FIRST, LAST = date(2026, 11, 1), date(2027, 1, 31)


def test_hearings_and_deadlines_in_day_order(demo_db: Database) -> None:
    found = calendar.events(demo_db, FIRST, LAST)
    kinds = {e.kind for e in found}
    assert {EventKind.HEARING, EventKind.DEADLINE} <= kinds
    assert [e.day for e in found] == sorted(e.day for e in found)
    assert all(FIRST <= e.day <= LAST for e in found)
    hearing = next(e for e in found if e.kind is EventKind.HEARING)
    assert hearing.local_time()  # shown at the forum's local time
    assert hearing.uid() == f"hearing-{hearing.id}@guardian-desk"


def test_a_hearing_is_on_its_day_at_the_forum(demo_db: Database) -> None:
    booking = next(
        b for c in exchange.export_document(demo_db)["cases"] for b in scheduling.bookings_of(c)
    )
    day = booking.starts_at.astimezone(ZoneInfo(booking.time_zone)).date()
    (event,) = [e for e in calendar.events(demo_db, day, day) if e.id == booking.hearing_id]
    assert event.day == day
    assert event.local_time() == booking.when()[11:16]


def test_filter_by_person_and_forum(demo_db: Database) -> None:
    everything = calendar.events(demo_db, FIRST, LAST)
    person = next(p for e in everything for p in e.people)
    mine = calendar.events(demo_db, FIRST, LAST, CalendarFilter(person_id=person))
    assert mine
    assert all(person in e.people for e in mine)
    assert len(mine) < len(everything)
    forum = next(e.forum for e in everything if e.forum)
    there = calendar.events(demo_db, FIRST, LAST, CalendarFilter(forum=forum))
    assert there
    assert {e.forum for e in there} == {forum}


def test_the_week_ahead_and_what_is_overdue(demo_db: Database) -> None:
    today = date(2026, 11, 26)
    week = calendar.this_week(demo_db, today)
    assert all(e.overdue(today) for e in week.overdue)
    assert all(today <= e.day <= today + timedelta(days=6) for e in week.coming)
    assert all(e.status in ("open", "scheduled") for e in week.coming)
    late = calendar.events(demo_db, date(2020, 1, 1), today - timedelta(days=1))
    expected = {e.id for e in late if e.kind is not EventKind.HEARING and e.status == "open"}
    assert {e.id for e in week.overdue} == expected


def test_a_team_member_by_part_of_the_name(demo_db: Database) -> None:
    from guardian_desk.errors import NotFoundError
    from guardian_desk.services.team import find_member, team_members

    member = team_members(demo_db)[0]
    surname = member.name.split()[-1]
    assert find_member(demo_db, surname.upper()).id == member.id
    assert find_member(demo_db, member.id) == member
    with pytest.raises(NotFoundError, match="No team member"):
        find_member(demo_db, "Nobody Atall")


def test_a_limit_gives_the_first_events_in_order(demo_db: Database) -> None:
    everything = calendar.events(demo_db, FIRST, LAST)
    assert len(everything) > 20
    assert calendar.events(demo_db, FIRST, LAST, limit=20) == everything[:20]
