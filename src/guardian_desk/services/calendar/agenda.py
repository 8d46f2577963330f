"""The calendar: hearings and deadlines of all cases over a span of days, filtered by person,
forum or case; what is due this week and what is overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from guardian_desk.errors import Message
from guardian_desk.services.calendar.deadlines import to_confirm
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database


class EventKind(StrEnum):
    HEARING = "hearing"
    DEADLINE = "deadline"
    TASK = "task"


@dataclass(frozen=True)
class Event:
    """One thing on the calendar: a hearing (at a time) or a deadline or task (on a day)."""

    kind: EventKind
    id: str  # the hearing's or the deadline's
    case_id: str
    reference: str
    title: str
    day: date  # in the forum's time zone for a hearing
    starts_at: datetime | None = None  # hearings: the instant (UTC)
    time_zone: str | None = None
    minutes: int = 0
    forum: str = ""
    status: str = "open"  # deadlines: open, done, waived; hearings: scheduled...
    due_latest: date | None = None
    citation: str | None = None
    people: tuple[str, ...] = ()  # team member ids (lawyer, guardian ad litem, interpreter)
    # Deadlines: what was assumed for a fact not recorded (shown marked "assumed"), and
    # whether its rule is still to be confirmed.
    assumption: str | None = None
    to_confirm: bool = False

    def local_time(self) -> str:
        """``09:30`` at the forum, for a hearing; empty for a deadline."""
        if self.starts_at is None:
            return ""
        return self.starts_at.astimezone(ZoneInfo(self.time_zone or "UTC")).strftime("%H:%M")

    def overdue(self, today: date) -> bool:
        return self.kind is not EventKind.HEARING and self.status == "open" and self.day < today

    def uid(self) -> str:
        """A stable identifier for calendar programs: the same event keeps it when it moves."""
        return f"{self.kind.value}-{self.id}@guardian-desk"


@dataclass(frozen=True)
class CalendarFilter:
    person_id: str | None = None
    forum: str | None = None
    case_id: str | None = None
    include_settled: bool = True  # done and waived deadlines, held or adjourned hearings


def events(
    db: Database,
    first: date,
    last: date,
    wanted: CalendarFilter | None = None,
    limit: int | None = None,
) -> list[Event]:
    """Hearings and deadlines from ``first`` to ``last`` (both included), in time order;
    the first ``limit`` of them when a limit is given (a screen shows no more)."""
    wanted = wanted or CalendarFilter()
    start = datetime.combine(first - timedelta(days=1), time(), UTC)  # zones reach a day back
    end = datetime.combine(last + timedelta(days=2), time(), UTC)
    with db.reading() as session:
        hearings = repo.hearings_between(
            session, start, end, case_id=wanted.case_id, scheduled_only=False, limit=limit
        )
        deadlines = repo.calendar_deadlines(session, first, last, wanted.case_id, limit=limit)
        appointed = repo.guardians_ad_litem(
            session, sorted({r.case_id for r in hearings} | {r.case_id for r in deadlines})
        )
        assumed = _marks(deadlines)
    guardians = _by_case(appointed)
    found = [e for e in (_hearing(r, guardians) for r in hearings) if first <= e.day <= last]
    found += [_deadline(r, guardians, assumed) for r in deadlines]
    # The first ``limit`` of each kind hold the first ``limit`` of both together.
    found = sorted((e for e in found if _matches(e, wanted)), key=_order)
    return found[:limit] if limit is not None else found


def _by_case(appointed: list[Any]) -> dict[str, set[str]]:
    """Team members appointed guardian ad litem, by case."""
    found: dict[str, set[str]] = {}
    for row in appointed:
        found.setdefault(row.case_id, set()).add(row.team_member_id)
    return found


def _order(event: Event) -> tuple[Any, ...]:
    moment = event.starts_at or datetime.combine(event.day, time(), UTC)
    return (event.day, event.kind is not EventKind.HEARING, moment, event.reference, event.id)


def _matches(event: Event, wanted: CalendarFilter) -> bool:
    if wanted.person_id and wanted.person_id not in event.people:
        return False
    if wanted.forum and event.forum != wanted.forum:
        return False
    settled = event.status not in ("open", "scheduled")
    return wanted.include_settled or not settled


def _hearing(row: Any, guardians: dict[str, set[str]]) -> Event:
    start = row.starts_at if row.starts_at.tzinfo else row.starts_at.replace(tzinfo=UTC)
    zone = row.time_zone or "UTC"
    people = {p for p in (row.lawyer_id, row.interpreter_id) if p} | guardians.get(
        row.case_id, set()
    )
    return Event(
        EventKind.HEARING,
        row.id,
        row.case_id,
        row.reference,
        row.hearing_type or Message("Calendar", "Hearing"),
        start.astimezone(ZoneInfo(zone)).date(),
        start.astimezone(UTC),
        zone,
        row.duration_minutes,
        row.forum or row.forum_name or "",
        row.outcome,
        people=tuple(sorted(people)),
    )


def _marks(rows: list[Any]) -> dict[str, tuple[str | None, bool]]:
    """Of these deadline rows (``repo.calendar_deadlines``), by id: the assumption and
    whether the rule is to confirm."""
    found: dict[str, tuple[str | None, bool]] = {}
    for row in rows:
        confirm = to_confirm(row.rule_id)
        if row.assumption or confirm:
            found[row.id] = (row.assumption, confirm)
    return found


def _deadline(
    row: Any, guardians: dict[str, set[str]], marks: dict[str, tuple[str | None, bool]]
) -> Event:
    owner = getattr(row, "owner_id", None)
    people = {p for p in (row.lawyer_id, owner) if p} | guardians.get(row.case_id, set())
    return Event(
        EventKind.TASK if row.task else EventKind.DEADLINE,
        row.id,
        row.case_id,
        row.reference,
        row.title,
        row.due_on,
        forum=row.forum_name or "",
        status=row.status,
        due_latest=row.due_latest_on,
        citation=row.citation,
        people=tuple(sorted(people)),
        assumption=marks.get(row.id, (None, False))[0],
        to_confirm=marks.get(row.id, (None, False))[1],
    )


def forums(db: Database) -> list[str]:
    """The forums of all proceedings, for the calendar's filter."""
    with db.reading() as session:
        return repo.forum_names(session)


@dataclass(frozen=True)
class Week:
    """What the "this week" panel shows: overdue deadlines, then the week's hearings and
    deadlines."""

    overdue: list[Event]
    coming: list[Event]


SHORT_LIST = 300  # what a panel or a notification lists at most; the calendar has the rest


def this_week(
    db: Database, today: date, person_id: str | None = None, limit: int = SHORT_LIST
) -> Week:
    """Overdue open deadlines (the latest ``limit``) and the next seven days' hearings and
    deadlines (the first ``limit``)."""
    wanted = CalendarFilter(person_id=person_id, include_settled=False)
    coming = events(db, today, today + timedelta(days=6), wanted, limit)
    with db.reading() as session:
        late = repo.calendar_deadlines(
            session, None, today - timedelta(days=1), open_only=True, limit=limit
        )
        appointed = repo.guardians_ad_litem(session, sorted({r.case_id for r in late}))
        assumed = _marks(late)
    guardians = _by_case(appointed)
    overdue = [e for e in (_deadline(r, guardians, assumed) for r in late) if _matches(e, wanted)]
    return Week(sorted(overdue, key=_order), coming)


@dataclass(frozen=True)
class Reminder:
    """A hearing or deadline to be reminded of: ``days_left`` is 0 today, negative if overdue."""

    event: Event
    days_left: int

    @property
    def key(self) -> tuple[str, int]:
        """The same reminder is given once: per event and lead time."""
        return (self.event.uid(), self.days_left if self.days_left >= 0 else -1)

    def message(self) -> Message:
        """``Deadline tomorrow: DEMO-1-000004 — Appeal``, in English; the window says it in
        its language (the parts are Messages, a rule's title among them)."""
        e = self.event
        what = {
            EventKind.HEARING: Message("Calendar", "Hearing"),
            EventKind.DEADLINE: Message("Calendar", "Deadline"),
            EventKind.TASK: Message("Calendar", "Task"),
        }[e.kind]
        day = e.day.isoformat()
        if self.days_left < 0:
            when = Message("Calendar", "overdue since {day}", day=day)
        elif self.days_left == 0:
            when = Message("Calendar", "today")
        elif self.days_left == 1:
            when = Message("Calendar", "tomorrow")
        else:
            when = Message("Calendar", "in {days} days ({day})", days=self.days_left, day=day)
        title: str = e.title if e.kind is EventKind.HEARING else Message("Rules", e.title)
        if e.to_confirm:
            title = Message("Calendar", "{title} (rule to confirm)", title=title)
        if e.assumption:
            title = Message(
                "Calendar", "{title} (assumed: a fact is not recorded, see the case)", title=title
            )
        fields = {"what": what, "when": when, "reference": e.reference, "title": title}
        if e.local_time():
            time = Message(
                "Calendar", "at {time} ({zone})", time=e.local_time(), zone=e.time_zone or ""
            )
            if e.kind is EventKind.HEARING and e.forum:
                return Message(
                    "Calendar",
                    "{what} {when} {time}: {reference} — {title}, {forum}",
                    time=time,
                    forum=e.forum,
                    **fields,
                )
            return Message(
                "Calendar", "{what} {when} {time}: {reference} — {title}", time=time, **fields
            )
        if e.kind is EventKind.HEARING and e.forum:
            return Message(
                "Calendar", "{what} {when}: {reference} — {title}, {forum}", forum=e.forum, **fields
            )
        return Message("Calendar", "{what} {when}: {reference} — {title}", **fields)


def reminders(db: Database, today: date, lead_days: tuple[int, ...]) -> list[Reminder]:
    """Hearings and open deadlines due today or exactly a lead time away, and overdue ones.

    An uncertain deadline (estimated date of birth) is reminded of by its earliest day.
    """
    leads = {0, *lead_days}
    wanted = CalendarFilter(include_settled=False)
    coming = []
    for lead in sorted(leads):  # each lead time's day on its own: a short list each
        day = today + timedelta(days=lead)
        coming += events(db, day, day, wanted, SHORT_LIST)
    found = [Reminder(e, (e.day - today).days) for e in coming]
    with db.reading() as session:
        late_rows = repo.calendar_deadlines(
            session, None, today - timedelta(days=1), open_only=True, limit=SHORT_LIST
        )
        assumed = _marks(late_rows)
    late = [Reminder(_deadline(r, {}, assumed), (r.due_on - today).days) for r in late_rows]
    return sorted(late, key=lambda r: r.event.day) + found
