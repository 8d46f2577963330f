"""iCalendar (.ics) files of hearings and deadlines, for calendar programs and phones.

Each event keeps its UID when it moves, so a calendar that imports the file again updates
the event instead of adding a second one. Hearings carry their forum's time zone; deadlines
and tasks are all-day events. Calendars are often shared or synced to phones: titles show
the case reference only, unless the team chose to show the child's name (a setting).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as IcsEvent

from guardian_desk import __version__
from guardian_desk.files import write_atomic
from guardian_desk.log import register_sensitive
from guardian_desk.services.calendar.agenda import CalendarFilter, Event, EventKind, events
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

KIND_NAMES = {EventKind.HEARING: "Hearing", EventKind.DEADLINE: "Deadline", EventKind.TASK: "Task"}


def calendar_of(
    found: Sequence[Event], names: dict[str, str] | None = None, stamp: datetime | None = None
) -> bytes:
    """The events as an iCalendar file; ``names`` (case id -> child's name) only when the
    titles may name the child."""
    ics = Calendar()
    ics.add("prodid", f"-//Guardian Desk//{__version__}//EN")
    ics.add("version", "2.0")
    ics.add("calscale", "GREGORIAN")
    ics.add("x-wr-calname", "Guardian Desk")
    now = stamp or datetime.now(UTC)
    for event in found:
        item = IcsEvent()
        item.add("uid", event.uid())
        item.add("dtstamp", now)
        who = event.reference
        if names and names.get(event.case_id):
            who = f"{names[event.case_id]} ({event.reference})"
        status = "" if event.status in ("open", "scheduled") else f" [{event.status}]"
        item.add("summary", f"{KIND_NAMES[event.kind]}: {who} — {event.title}{status}")
        if event.kind is EventKind.HEARING and event.starts_at is not None:
            zone = ZoneInfo(event.time_zone or "UTC")
            start = event.starts_at.astimezone(zone)
            item.add("dtstart", start)
            item.add("dtend", start + timedelta(minutes=event.minutes or 60))
            if event.forum:
                item.add("location", event.forum)
        else:
            item.add("dtstart", event.day)
            item.add("dtend", event.day + timedelta(days=1))
            item.add("transp", "TRANSPARENT")
        notes = []
        if event.due_latest and event.due_latest != event.day:
            notes.append(
                f"Uncertain (estimated date of birth): as late as {event.due_latest.isoformat()}; "
                "this is the earliest day it can fall on."
            )
        if event.citation:
            notes.append(event.citation)
        if event.forum and event.kind is not EventKind.HEARING:
            notes.append(event.forum)
        if notes:
            item.add("description", "\n".join(notes))
        if event.status in ("done", "waived", "vacated"):
            item.add(
                "status", "CANCELLED" if event.status in ("waived", "vacated") else "CONFIRMED"
            )
        ics.add_component(item)
    ics.add_missing_timezones()
    return ics.to_ical()


def export(
    db: Database,
    path: Path,
    first: date,
    last: date,
    wanted: CalendarFilter | None = None,
    *,
    child_names: bool = False,
) -> int:
    """Write the hearings and deadlines from ``first`` to ``last`` to ``path``; returns how many."""
    found = events(db, first, last, wanted)
    names = None
    if child_names:
        ids = sorted({e.case_id for e in found})
        with db.reading() as session:
            names = {
                r.id: _name(r.given_names, r.family_name) for r in repo.case_rows(session, ids)
            }
        register_sensitive(names.values())  # never in a log line (see guardian_desk.log)
    data = calendar_of(found, names)
    write_atomic(path, data, "The calendar")
    return len(found)


def _name(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)
