"""Scheduling checks: nobody booked into two hearings at once, the right interpreter.

A lawyer, a guardian ad litem or an interpreter cannot be in two courtrooms at the same time,
nor cross a city in no time: two hearings of the same person closer than the travel buffer
(a setting) are a conflict. An interpreter must interpret the language the child speaks.
These are warnings for the person scheduling, never a refusal to save.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from guardian_desk.domain.dates import instant_to_local
from guardian_desk.errors import Message
from guardian_desk.services.team import TeamMemberChoice, team_members
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

ROLE_NAMES = {
    "lawyer": Message("Calendar", "lawyer"),
    "guardian_ad_litem": Message("Calendar", "guardian ad litem"),
    "interpreter": Message("Calendar", "interpreter"),
}


@dataclass(frozen=True)
class Booking:
    """One scheduled hearing and the team members it needs."""

    hearing_id: str
    case_reference: str
    starts_at: datetime  # UTC
    minutes: int
    time_zone: str
    forum: str
    people: tuple[tuple[str, str], ...]  # (role, team member id)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    def when(self) -> str:
        stamp = self.starts_at.isoformat().replace("+00:00", "Z")
        return f"{instant_to_local(stamp, self.time_zone)} ({self.time_zone})"


@dataclass(frozen=True)
class Conflict:
    """A person booked into two hearings too close together."""

    person: str
    role: str
    hearing: Booking
    other: Booking
    gap_minutes: int  # negative when they overlap

    def message(self) -> Message:
        """The clash in a sentence (English; the window says it in its language)."""
        fields = {
            "person": self.person,
            "role": ROLE_NAMES.get(self.role, self.role),
            "when": self.hearing.when(),
            "forum": self.hearing.forum,
            "reference": self.other.case_reference,
            "other_when": self.other.when(),
            "other_forum": self.other.forum,
        }
        if self.gap_minutes < 0:
            return Message(
                "Calendar",
                "{person} ({role}) is booked for the hearing of {when} at {forum} at the same "
                "time as the hearing of {reference} on {other_when} at {other_forum}.",
                **fields,
            )
        return Message(
            "Calendar",
            "{person} ({role}) is booked for the hearing of {when} at {forum} only {minutes} "
            "minutes apart from the hearing of {reference} on {other_when} at {other_forum}.",
            minutes=self.gap_minutes,
            **fields,
        )


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def bookings_of(case: dict[str, Any], only: set[str] | None = None) -> list[Booking]:
    """The scheduled hearings of a case (exchange format), with their people."""
    guardians = [
        g
        for g in case.get("guardian_appointments", [])
        if g.get("guardian_type") == "guardian_ad_litem" and g.get("team_member_id")
    ]
    found = []
    for proceeding in case.get("proceedings", []):
        lawyer = proceeding.get("assigned_lawyer_id") or case.get("lead_lawyer_id")
        for hearing in proceeding.get("hearings", []):
            if hearing.get("outcome", "scheduled") != "scheduled" or not hearing.get("starts_at"):
                continue
            if only is not None and hearing["id"] not in only:
                continue
            try:
                start = _instant(hearing["starts_at"])
            except ValueError:
                continue  # not a time yet: validation says so
            day = start.date()
            people: list[tuple[str, str]] = []
            if lawyer:
                people.append(("lawyer", lawyer))
            people += [
                ("guardian_ad_litem", g["team_member_id"])
                for g in guardians
                if _serving(g.get("started_on"), g.get("ended_on"), day)
            ]
            if hearing.get("interpreter_id"):
                people.append(("interpreter", hearing["interpreter_id"]))
            found.append(
                Booking(
                    hearing["id"],
                    case.get("reference") or "",
                    start,
                    int(hearing.get("duration_minutes") or 60),
                    hearing.get("time_zone") or "UTC",
                    hearing.get("forum") or proceeding.get("forum_name") or "",
                    tuple(people),
                )
            )
    return found


def _serving(started: Any, ended: Any, day: date) -> bool:
    begin = started if isinstance(started, date) else date.fromisoformat(started or "0001-01-01")
    end = ended if isinstance(ended, date) else (date.fromisoformat(ended) if ended else None)
    return begin <= day and (end is None or day <= end)


def changed_hearings(before: dict[str, Any] | None, after: dict[str, Any]) -> set[str]:
    """Ids of the hearings new or moved (time, length, interpreter, lawyer) in ``after``."""

    def shape(case: dict[str, Any] | None) -> dict[str, tuple[Any, ...]]:
        found: dict[str, tuple[Any, ...]] = {}
        for proceeding in (case or {}).get("proceedings", []):
            lawyer = proceeding.get("assigned_lawyer_id")
            for h in proceeding.get("hearings", []):
                found[h["id"]] = (
                    h.get("starts_at"),
                    h.get("duration_minutes"),
                    h.get("interpreter_id"),
                    h.get("outcome"),
                    lawyer,
                )
        return found

    old, new = shape(before), shape(after)
    return {hid for hid, value in new.items() if old.get(hid) != value}


def conflicts(
    db: Database,
    case: dict[str, Any],
    buffer_minutes: int,
    hearing_ids: set[str] | None = None,
) -> list[Conflict]:
    """People of the case's hearings (``hearing_ids`` of them) booked elsewhere too close."""
    mine = bookings_of(case, hearing_ids)
    if not mine:
        return []
    buffer = timedelta(minutes=buffer_minutes)
    longest = timedelta(hours=24)  # no hearing lasts longer (a CHECK on the table)
    start = min(b.starts_at for b in mine) - buffer - longest
    end = max(b.ends_at for b in mine) + buffer
    with db.reading() as session:
        rows = repo.hearings_between(session, start, end, except_case=case.get("id"))
        appointed = repo.guardians_ad_litem(session, sorted({r.case_id for r in rows}))
    others = [_booking_of_row(r, appointed) for r in rows]
    others += [b for b in bookings_of(case) if b.hearing_id not in {m.hearing_id for m in mine}]
    names = {member.id: member.name for member in team_members(db)}
    found: list[Conflict] = []
    for booking in mine:
        pairs = [
            (b, o) for b in [booking] for o in [*others, *mine] if o.hearing_id != b.hearing_id
        ]
        for this, other in pairs:
            gap = _gap(this, other)
            if gap >= buffer:
                continue
            for role, person in this.people:
                if person in {p for _r, p in other.people}:
                    found.append(
                        Conflict(
                            names.get(person) or Message("Calendar", "A team member"),
                            role,
                            this,
                            other,
                            int(gap.total_seconds() // 60),
                        )
                    )
    unique = {(c.person, frozenset((c.hearing.hearing_id, c.other.hearing_id))): c for c in found}
    return sorted(unique.values(), key=lambda c: (c.hearing.starts_at, c.person))


def _gap(a: Booking, b: Booking) -> timedelta:
    """Time between two hearings; negative when they overlap."""
    if a.starts_at <= b.starts_at:
        return b.starts_at - a.ends_at
    return a.starts_at - b.ends_at


def _booking_of_row(row: Any, appointed: Iterable[Any]) -> Booking:
    start = (
        row.starts_at.astimezone(UTC) if row.starts_at.tzinfo else row.starts_at.replace(tzinfo=UTC)
    )
    people: list[tuple[str, str]] = []
    if row.lawyer_id:
        people.append(("lawyer", row.lawyer_id))
    people += [
        ("guardian_ad_litem", g.team_member_id)
        for g in appointed
        if g.case_id == row.case_id and _serving(g.started_on, g.ended_on, start.date())
    ]
    if row.interpreter_id:
        people.append(("interpreter", row.interpreter_id))
    return Booking(
        row.id,
        row.reference,
        start,
        row.duration_minutes,
        row.time_zone,
        row.forum or row.forum_name or "",
        tuple(people),
    )


def interpreter_problems(
    case: dict[str, Any], members: Sequence[TeamMemberChoice], hearing_ids: set[str] | None = None
) -> list[str]:
    """Hearings whose interpreter does not match the child's language."""
    child = case.get("child") or {}
    spoken = set(child.get("languages") or [])
    if child.get("interpreter_language"):
        spoken.add(child["interpreter_language"])
    by_id = {m.id: m for m in members}
    found: list[str] = []
    for booking in bookings_of(case, hearing_ids):
        hearing = _hearing(case, booking.hearing_id)
        language = hearing.get("interpreter_language")
        interpreter = by_id.get(hearing.get("interpreter_id") or "")
        when = booking.when()
        if language and spoken and not _same_language(language, spoken):
            found.append(
                Message(
                    "Calendar",
                    "The hearing of {when}: the interpreter's language ({language}) is not one "
                    "the child speaks ({spoken}).",
                    when=when,
                    language=language,
                    spoken=", ".join(sorted(spoken)),
                )
            )
        if interpreter is not None:
            wanted = language or child.get("interpreter_language")
            if wanted and not _same_language(wanted, set(interpreter.languages)):
                found.append(
                    Message(
                        "Calendar",
                        "The hearing of {when}: {name} does not interpret {wanted} "
                        "(interprets {languages}).",
                        when=when,
                        name=interpreter.name,
                        wanted=wanted,
                        languages=", ".join(interpreter.languages)
                        or Message("Calendar", "no language on record"),
                    )
                )
    return found


def _same_language(tag: str, tags: set[str]) -> bool:
    """``prs`` matches ``prs-AF``; a region or script does not make another language."""
    base = tag.split("-")[0].lower()
    return any(t.split("-")[0].lower() == base for t in tags)


def _hearing(case: dict[str, Any], hearing_id: str) -> dict[str, Any]:
    for proceeding in case.get("proceedings", []):
        for hearing in proceeding.get("hearings", []):
            if hearing["id"] == hearing_id:
                return dict(hearing)
    return {}


# --- hearing outcomes -------------------------------------------------------------------------

SCHEDULE_NEXT_DAYS = 14  # when an adjourned hearing has no new date yet: follow up this soon


def record_outcome(
    case: dict[str, Any],
    hearing_id: str,
    outcome: str,
    *,
    reason: str | None = None,
    next_starts_at: str | None = None,
    decision_outcome: str | None = None,
    notified_on: str | None = None,
    today: date | None = None,
) -> dict[str, Any] | None:
    """Record what became of a hearing in the draft ``case`` (exchange format), in place.

    - held: the hearing took place, nothing follows by itself;
    - adjourned: ``reason`` is kept; with ``next_starts_at`` (an instant) the next hearing is
      added, like this one, and linked to it; without, a task "schedule the next hearing" is
      added to the case's deadlines;
    - decided: a decision with ``decision_outcome`` (and ``notified_on`` when the decision was
      given at the hearing) is added to the proceeding: the appeal clocks start from it;
    - vacated: the hearing will not take place.
    Saving the case then recomputes what depends on the hearing. Returns the record added
    (next hearing, task or decision), if any.

    Raises:
        ValueError: no such hearing, or what the outcome needs is missing.
    """
    from guardian_desk.services.records import new_record

    for proceeding in case.get("proceedings", []):
        for hearing in proceeding.get("hearings", []):
            if hearing["id"] == hearing_id:
                break
        else:
            continue
        break
    else:
        raise ValueError("This hearing is not in the case.")
    if outcome == "adjourned" and not (reason or "").strip():
        raise ValueError("Say why the hearing was adjourned.")
    if outcome == "decided" and not decision_outcome:
        raise ValueError("Choose what the decision was.")
    hearing["outcome"] = outcome
    if reason:
        hearing["adjournment_reason"] = reason.strip()
    day = datetime.fromisoformat(hearing["starts_at"].replace("Z", "+00:00")).date()
    if outcome == "adjourned" and next_starts_at:
        copied = {
            k: hearing.get(k)
            for k in (
                "time_zone",
                "duration_minutes",
                "hearing_type",
                "forum",
                "room",
                "judge",
                "remote_link",
                "interpreter_language",
                "interpreter_id",
                "interpreter_name",
            )
        }
        following = new_record("hearings", starts_at=next_starts_at, **copied)
        proceeding["hearings"].append(following)
        hearing["next_hearing_id"] = following["id"]
        return following
    if outcome == "adjourned":
        task = new_record(
            "deadlines",
            proceeding_id=proceeding["id"],
            hearing_id=hearing["id"],
            title=f"Schedule the next hearing (adjourned on {day.isoformat()}: {reason})",
            task=True,
            source="manual",
            due_on=((today or date.today()) + timedelta(days=SCHEDULE_NEXT_DAYS)).isoformat(),
        )
        case.setdefault("deadlines", []).append(task)
        return task
    if outcome == "decided":
        decision = new_record(
            "decisions",
            decided_on=day.isoformat(),
            notified_on=notified_on,
            outcome=decision_outcome,
            decided_by=hearing.get("judge") or proceeding.get("forum_name"),
        )
        proceeding["decisions"].append(decision)
        return decision
    return None
