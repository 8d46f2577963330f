"""iCalendar files read back as a calendar program reads them; reminders by lead time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from guardian_desk.services import calendar, cases
from guardian_desk.services.calendar import Event, EventKind
from guardian_desk.services.calendar.ics import calendar_of
from guardian_desk.storage.database import Database

FIRST, LAST = date(2026, 11, 20), date(2027, 1, 31)


def _read(path: Path) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_ics_has_every_event_with_stable_uids_and_zones(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "team.ics"
    written = calendar.export_ics(demo_db, path, FIRST, LAST)
    found = calendar.events(demo_db, FIRST, LAST)
    events = _read(path)
    assert written == len(found) == len(events)
    by_uid = {str(e["UID"]): e for e in events}
    hearing = next(e for e in found if e.kind is EventKind.HEARING)
    item = by_uid[hearing.uid()]
    start = item.decoded("DTSTART")
    assert isinstance(start, datetime)
    assert str(start.tzinfo) == hearing.time_zone  # in the forum's zone, with its VTIMEZONE
    assert start.strftime("%H:%M") == hearing.local_time()
    assert item.decoded("DTEND") - start == timedelta(minutes=hearing.minutes)
    deadline = next(e for e in found if e.kind is EventKind.DEADLINE)
    day = by_uid[deadline.uid()].decoded("DTSTART")
    assert day == deadline.day  # an all-day event
    calendar.export_ics(demo_db, path, FIRST, LAST)  # again: the same UIDs, so calendars update
    assert {str(e["UID"]) for e in _read(path)} == set(by_uid)


def test_ics_titles_name_the_child_only_when_asked(demo_db: Database, tmp_path: Path) -> None:
    found = calendar.events(demo_db, FIRST, LAST)
    names = {s.id: s.name_latin for s in cases.summaries(demo_db, [found[0].case_id])}
    private, named = tmp_path / "private.ics", tmp_path / "named.ics"
    calendar.export_ics(demo_db, private, FIRST, LAST)
    calendar.export_ics(demo_db, named, FIRST, LAST, child_names=True)
    name = names[found[0].case_id]
    assert name not in private.read_text(encoding="utf-8")
    assert found[0].reference in private.read_text(encoding="utf-8")
    titles = [str(e["SUMMARY"]) for e in _read(named)]
    assert any(name in t for t in titles)


def test_reminders_by_lead_time_and_overdue(demo_db: Database) -> None:
    today = date(2026, 11, 26)
    coming = calendar.events(demo_db, today + timedelta(days=2), today + timedelta(days=40))
    hearing = next(e for e in coming if e.kind is EventKind.HEARING and e.status == "scheduled")
    lead = (hearing.day - today).days
    found = calendar.reminders(demo_db, today, (lead,))
    assert {r.days_left for r in found if r.days_left >= 0} <= {0, lead}
    soon = next(r for r in found if r.event.id == hearing.id)
    message = soon.message()
    assert message.startswith(f"Hearing in {lead} days ({hearing.day.isoformat()})")
    assert f"at {hearing.local_time()} ({hearing.time_zone})" in message
    assert found[0].days_left < 0  # overdue deadlines come first
    assert found[0].message().startswith(("Deadline overdue since", "Task overdue since"))
    assert len({r.key for r in found}) == len(found)
    assert not [r for r in calendar.reminders(demo_db, today, ()) if r.days_left > 0]


def test_ics_reminders_at_the_lead_times(demo_db: Database) -> None:
    found = calendar.events(demo_db, FIRST, LAST)
    before = datetime(2026, 11, 1, tzinfo=UTC)  # every event still ahead
    data = calendar_of(found, stamp=before, reminder_days=(5, 2, 2))
    parsed = Calendar.from_ical(data)
    assert not [c.errors for c in parsed.walk() if c.errors]
    by_uid = {e.uid(): e for e in found}
    reminded = set()
    for item in parsed.walk("VEVENT"):
        event = by_uid[str(item["UID"])]
        alarms = item.walk("VALARM")
        if event.status not in ("open", "scheduled"):
            assert not alarms  # held, done, waived or vacated: nothing to remind of
            continue
        assert [a.decoded("TRIGGER") for a in alarms] == [timedelta(days=-2), timedelta(-5)]
        assert [a["TRIGGER"].to_ical() for a in alarms] == [b"-P2D", b"-P5D"]
        for alarm in alarms:
            assert str(alarm["ACTION"]) == "DISPLAY"
            assert str(alarm["DESCRIPTION"]).startswith(str(item["SUMMARY"]))
        assert "in 2 days" in str(alarms[0]["DESCRIPTION"])
        reminded.add(event.kind)
    # all-day events too; the demo's placement requests give a task (Brussels IIb Art. 82: the
    # requested State's decision, to follow up), as do consents to renew
    assert reminded == {EventKind.HEARING, EventKind.DEADLINE, EventKind.TASK}


def test_ics_reminders_name_the_child_only_when_the_title_does(demo_db: Database) -> None:
    found = calendar.events(demo_db, FIRST, LAST)
    ids = sorted({e.case_id for e in found})
    names = {s.id: s.name_latin for s in cases.summaries(demo_db, ids)}
    before = datetime(2026, 11, 1, tzinfo=UTC)
    private = Calendar.from_ical(calendar_of(found, stamp=before, reminder_days=(2,)))
    said = [str(a["DESCRIPTION"]) for a in private.walk("VALARM")]
    assert said
    assert not [s for s in said if any(n and n in s for n in names.values())]
    named = Calendar.from_ical(calendar_of(found, names, stamp=before, reminder_days=(2,)))
    said = [str(a["DESCRIPTION"]) for a in named.walk("VALARM")]
    assert any(n and n in s for s in said for n in names.values())


def test_ics_reminders_already_past_are_left_out() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 12, 8, 9, 30, tzinfo=berlin)
    hearing = Event(
        EventKind.HEARING, "h1", "c1", "REF-1", "Hearing", start.date(), start, "Europe/Berlin", 60
    )
    deadline = Event(EventKind.DEADLINE, "d1", "c1", "REF-1", "Appeal", date(2026, 12, 9))
    now = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    parsed = Calendar.from_ical(calendar_of([hearing, deadline], stamp=now, reminder_days=(2, 5)))
    triggers = {
        str(e["UID"]): [a["TRIGGER"].to_ical() for a in e.walk("VALARM")]
        for e in parsed.walk("VEVENT")
    }
    # A program that imports a reminder already past shows it at once, as missed.
    assert triggers == {hearing.uid(): [b"-P2D"], deadline.uid(): [b"-P2D"]}


def test_export_writes_the_reminders(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "team.ics"
    calendar.export_ics(demo_db, path, FIRST, LAST, reminder_days=(2,))
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VALARM") == text.count("TRIGGER:-P2D")
    now = datetime.now(UTC)
    ahead = [
        e
        for e in calendar.events(demo_db, FIRST, LAST)
        if e.status in ("open", "scheduled")
        and (
            e.starts_at - timedelta(days=2) > now
            if e.starts_at
            else e.day - timedelta(days=2) > now.astimezone().date()
        )
    ]
    assert text.count("BEGIN:VALARM") == len(ahead)
