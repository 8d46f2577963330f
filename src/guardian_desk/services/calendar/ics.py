"""iCalendar (.ics) files of hearings and deadlines, for calendar programs and phones.

Each event keeps its UID when it moves, so a calendar that imports the file again updates
the event instead of adding a second one. Hearings carry their forum's time zone; deadlines
and tasks are all-day events. Calendars are often shared or synced to phones: titles show
the case reference only, unless the team chose to show the child's name (a setting).

Each time zone used is written out as a VTIMEZONE from the time-zone database (zoneinfo),
one sub-component per change of the clocks from the year before the first hearing in it to
the year after the last, so a program that goes by the VTIMEZONE rather than the zone's
name (Outlook does) puts every hearing at the forum's hour. RFC 5545 (3.6.5) dates each
change in the local time of the offset in force *before* it (TZOFFSETFROM): Berlin's spring
change at 02:00, its autumn one at 03:00. icalendar's ``add_missing_timezones`` dates the
spring change an hour late and stops at 2038, so it is not used.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar import Event as IcsEvent

from guardian_desk import __version__
from guardian_desk.files import write_atomic
from guardian_desk.log import register_sensitive
from guardian_desk.services.calendar.agenda import CalendarFilter, Event, EventKind, events
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

KIND_NAMES = {EventKind.HEARING: "Hearing", EventKind.DEADLINE: "Deadline", EventKind.TASK: "Task"}
# The time-zone database has no zone that changes twice within a day (checked for every zone
# since 1900), so looking once a day and then narrowing down to the second finds every change.
_STEP = 86_400


def calendar_of(
    found: Sequence[Event],
    names: dict[str, str] | None = None,
    stamp: datetime | None = None,
    reminder_days: Sequence[int] = (),
) -> bytes:
    """The events as an iCalendar file.

    Args:
        found: the hearings and deadlines, in any order.
        names: case id -> child's name, only when the titles may name the child.
        stamp: when the file is made (DTSTAMP); now if not given.
        reminder_days: lead times in days; each event that is not settled gets a reminder
            (VALARM) that many days before it starts, unless that moment has passed.
    """
    ics = Calendar()
    ics.add("prodid", f"-//Guardian Desk//{__version__}//EN")
    ics.add("version", "2.0")
    ics.add("calscale", "GREGORIAN")
    ics.add("x-wr-calname", "Guardian Desk")
    now = stamp or datetime.now(UTC)
    leads = sorted({int(d) for d in reminder_days if int(d) >= 0})
    items, zones = [], _Spans()
    for event in found:
        item = IcsEvent()
        item.add("uid", event.uid())
        item.add("dtstamp", now)
        who = event.reference
        if names and names.get(event.case_id):
            who = f"{names[event.case_id]} ({event.reference})"
        status = "" if event.status in ("open", "scheduled") else f" [{event.status}]"
        summary = f"{KIND_NAMES[event.kind]}: {who} — {event.title}{status}"
        item.add("summary", summary)
        if event.kind is EventKind.HEARING and event.starts_at is not None:
            zone = ZoneInfo(event.time_zone or "UTC")
            start = event.starts_at.astimezone(UTC)
            end = start + timedelta(minutes=event.minutes or 60)
            item.add("dtstart", zones.local(start, zone))
            item.add("dtend", zones.local(end, zone))  # counted in elapsed time, not on the clock
            if event.forum:
                item.add("location", event.forum)
            begins: datetime | date = start.astimezone(zone)  # -P2D: same hour, 2 days before
        else:
            item.add("dtstart", event.day)
            item.add("dtend", event.day + timedelta(days=1))
            item.add("transp", "TRANSPARENT")
            begins = event.day
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
        if event.status in ("open", "scheduled"):
            for days in leads:
                if _ahead(begins, days, now):
                    item.add_component(_alarm(summary, days))
        items.append(item)
    # Time zones first: some programs read the file in one pass.
    for name, (first, last) in sorted(zones.spans.items()):
        ics.add_component(vtimezone(name, first, last))
    for item in items:
        ics.add_component(item)
    return ics.to_ical()


def vtimezone(name: str, first: date, last: date) -> Timezone:
    """The time zone ``name`` as a VTIMEZONE, right for every instant from 1 January of the
    year before ``first`` to 31 December of the year after ``last``.

    The first sub-component gives the offset in force at the start; each change after it
    has its own, dated in the local time before the change (RFC 5545, 3.6.5). A zone that
    does not change in that time has one STANDARD sub-component.
    """
    zone = ZoneInfo(name)
    start = int(datetime(first.year - 1, 1, 1, tzinfo=zone).timestamp())
    end = int(datetime(last.year + 2, 1, 1, tzinfo=zone).timestamp())
    component = Timezone()
    component.add("tzid", name)
    before = _observance(zone, start)
    component.add_component(_change(before, before, start))
    for moment, after in _changes(zone, start, end):
        component.add_component(_change(before, after, moment))
        before = after
    return component


@dataclass(frozen=True)
class _Observance:
    offset: timedelta
    daylight: bool
    abbreviation: str


def _observance(zone: tzinfo, second: int) -> _Observance:
    local = datetime.fromtimestamp(second, zone)
    offset = local.utcoffset() or timedelta()
    name = local.tzname() or _offset_text(offset)
    return _Observance(offset, bool(local.dst()), name)


def _changes(zone: tzinfo, start: int, end: int) -> Iterator[tuple[int, _Observance]]:
    """Each change of ``zone`` after ``start`` and before ``end``: its first second (POSIX
    time) and what holds from then on."""
    last = _observance(zone, start)
    low = start
    while low < end:
        high = min(low + _STEP, end)
        then = _observance(zone, high)
        if then != last:
            while high - low > 1:  # ``low`` has the old observance, ``high`` the new one
                middle = (low + high) // 2
                if _observance(zone, middle) == last:
                    low = middle
                else:
                    high = middle
            yield high, then
            last = then
        low = high


def _change(
    before: _Observance, after: _Observance, moment: int
) -> TimezoneStandard | TimezoneDaylight:
    sub = TimezoneDaylight() if after.daylight else TimezoneStandard()
    # The local time on the clock before the change.
    onset = datetime(1970, 1, 1) + timedelta(seconds=moment) + before.offset
    sub.add("dtstart", onset)
    sub.add("tzoffsetfrom", before.offset)
    sub.add("tzoffsetto", after.offset)
    sub.add("tzname", after.abbreviation)
    return sub


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


class _Spans:
    """The zones that hearings are written in, with the first and last day of each."""

    def __init__(self) -> None:
        self.spans: dict[str, tuple[date, date]] = {}

    def local(self, instant: datetime, zone: ZoneInfo) -> datetime:
        """``instant`` on the forum's clock, with the forum's zone; in UTC in the hour that
        an autumn change repeats, since a local time there means its first pass (RFC 5545)."""
        if zone.key == "UTC":
            return instant.astimezone(UTC)
        local = instant.astimezone(zone)
        if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
            return instant.astimezone(UTC)
        day = local.date()
        first, last = self.spans.get(zone.key, (day, day))
        self.spans[zone.key] = (min(first, day), max(last, day))
        return local


def _ahead(begins: datetime | date, days: int, now: datetime) -> bool:
    """Whether a reminder ``days`` before ``begins`` is still to come: a program that
    imports a reminder already past shows it at once, as missed."""
    if isinstance(begins, datetime):
        return begins - timedelta(days=days) > now
    return begins - timedelta(days=days) > now.astimezone().date()  # at midnight


def _alarm(summary: str, days: int) -> Alarm:
    """A reminder ``days`` before the event starts; it says what the title says, and so
    names the child only when the title does."""
    when = {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{summary} ({when})")
    alarm.add("trigger", timedelta(days=-days))
    return alarm


def export(
    db: Database,
    path: Path,
    first: date,
    last: date,
    wanted: CalendarFilter | None = None,
    *,
    child_names: bool = False,
    reminder_days: Sequence[int] = (),
) -> int:
    """Write the hearings and deadlines from ``first`` to ``last`` to ``path``, with a
    reminder ``reminder_days`` before each (e.g. ``(2, 5)``); returns how many events."""
    found = events(db, first, last, wanted)
    names = None
    if child_names:
        ids = sorted({e.case_id for e in found})
        with db.reading() as session:
            names = {
                r.id: _name(r.given_names, r.family_name) for r in repo.case_rows(session, ids)
            }
        register_sensitive(names.values())  # never in a log line (see guardian_desk.log)
    data = calendar_of(found, names, reminder_days=reminder_days)
    write_atomic(path, data, "The calendar")
    return len(found)


def _name(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)
