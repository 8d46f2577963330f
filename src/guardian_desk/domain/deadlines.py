"""Which deadlines a case's facts give under the rules, each with how it was counted.

Pure rules: the facts come in as plain data (the services gather them from a case), the
rules from ``resources/rules`` (see :mod:`guardian_desk.domain.rules`). A deadline that
depends on an estimated date of birth is a range: ``due`` is the earliest day it can fall
on, which alerts use, and ``due_latest`` the latest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from guardian_desk.domain.dates import DateOfBirth
from guardian_desk.domain.enums import DocumentType, ProceedingKind
from guardian_desk.domain.periods import (
    Computation,
    Period,
    Unit,
    compute,
    eu_period_end,
    holiday_calendar,
    holiday_name,
    is_business_day,
)
from guardian_desk.domain.rules import Counting, Rule, Trigger
from guardian_desk.errors import Message, joined, translatable


@dataclass(frozen=True)
class ProceedingFacts:
    id: str
    kind: ProceedingKind
    jurisdiction: str
    decisions_notified: tuple[date, ...] = ()
    hearings: tuple[tuple[str, date], ...] = ()  # (hearing id, the day in the forum's zone)


@dataclass(frozen=True)
class DocumentFacts:
    id: str
    document_type: DocumentType
    issued_on: date | None = None
    expires_on: date | None = None


@dataclass(frozen=True)
class PlacementFacts:
    id: str
    jurisdiction: str | None
    starts_on: date


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know of one case."""

    home_jurisdiction: str | None
    unaccompanied: bool | None  # None: not recorded
    last_arrival: date | None
    date_of_birth: DateOfBirth | None
    proceedings: tuple[ProceedingFacts, ...] = ()
    documents: tuple[DocumentFacts, ...] = ()
    placements: tuple[PlacementFacts, ...] = ()


@dataclass(frozen=True)
class ComputedDeadline:
    """A deadline a rule gives, with the rule, the day(s) and the reasoning."""

    rule: Rule
    proceeding_id: str | None
    hearing_id: str | None
    document_id: str | None
    placement_id: str | None
    due: date
    due_latest: date | None  # set when the deadline is uncertain (estimated birth date)
    explanation: str  # a Message: English, and said in the window's language

    @property
    def uncertain(self) -> bool:
        return self.due_latest is not None and self.due_latest != self.due

    @property
    def key(self) -> tuple[str | None, ...]:
        """What the deadline counts from: the same key is the same deadline, recomputed."""
        return (
            self.rule.id,
            self.proceeding_id,
            self.hearing_id,
            self.document_id,
            self.placement_id,
        )


_PROCEEDING_TRIGGERS = {Trigger.DECISION_NOTIFIED, Trigger.HEARING}


def _within(code: str | None, rule_jurisdiction: str) -> bool:
    """True when ``code`` is the rule's jurisdiction or one of its subdivisions."""
    return code is not None and (
        code == rule_jurisdiction or code.startswith(rule_jurisdiction + "-")
    )


def _applies_in(rule: Rule, code: str | None) -> bool:
    """True when a forum in ``code`` is within the rule's jurisdiction and listed forums."""
    if rule.jurisdiction is not None and not _within(code, rule.jurisdiction):
        return False
    places = rule.conditions.jurisdictions
    return not places or any(_within(code, place) for place in places)


def _count(rule: Rule, start: date, jurisdiction: str) -> tuple[date, Message]:
    if rule.counting is Counting.EU_1182_71:
        due = eu_period_end(start, rule.period, jurisdiction)
        template = (
            "{period} before {start}, counted under Regulation 1182/71 Art. 3 in "
            "{jurisdiction}, ends on {due}."
            if rule.period.amount < 0
            else "{period} from {start}, counted under Regulation 1182/71 Art. 3 in "
            "{jurisdiction}, ends on {due}."
        )
        return due, Message(
            "Deadlines",
            template,
            period=period_words(rule.period),
            start=start.isoformat(),
            jurisdiction=jurisdiction,
            due=due.isoformat(),
        )
    computed = compute(start, rule.period, jurisdiction, rule.roll)
    return computed.due, explain(computed, jurisdiction)


# How a period, a day and a move are said; the window translates them (context "Deadlines").


def _t(text: str) -> str:
    return translatable("Deadlines", text)


_UNITS = {
    Unit.CALENDAR_DAYS: (_t("1 calendar day"), _t("{count} calendar days")),
    Unit.BUSINESS_DAYS: (_t("1 business day"), _t("{count} business days")),
    Unit.WEEKS: (_t("1 week"), _t("{count} weeks")),
    Unit.MONTHS: (_t("1 month"), _t("{count} months")),
    Unit.YEARS: (_t("1 year"), _t("{count} years")),
}
_WEEKDAYS = (
    _t("Monday"), _t("Tuesday"), _t("Wednesday"), _t("Thursday"), _t("Friday"),
    _t("Saturday"), _t("Sunday"),
)  # fmt: skip


def period_words(period: Period) -> Message:
    """``3 months``, ``1 business day`` (how long, whichever way it counts)."""
    one, many = _UNITS[period.unit]
    count = abs(period.amount)
    return Message("Deadlines", one) if count == 1 else Message("Deadlines", many, count=count)


def weekday(day: date) -> Message:
    return Message("Deadlines", _WEEKDAYS[day.weekday()])


def _day(day: date) -> Message:
    return Message("Deadlines", "{weekday} {day}", weekday=weekday(day), day=day.isoformat())


_SATURDAY_SUNDAY = frozenset({5, 6})


@lru_cache(maxsize=256)
def _weekend_days(jurisdiction: str, year: int) -> frozenset[int]:
    """The weekdays a country rests on (Friday and Saturday in some)."""
    import holidays

    country = jurisdiction.split("-")[0]
    return frozenset(holidays.country_holidays(country, years=year).weekend)


def _why_not_business(day: date, jurisdiction: str) -> Message:
    """``2026-12-26 is a Saturday``, with the holiday's name when there is one."""
    holiday = holiday_name(day, jurisdiction)
    weekend = _weekend_days(jurisdiction, day.year)
    parts: list[Message] = []
    if holiday is None or day.weekday() in weekend:  # not a business day: a weekend day
        if weekend == _SATURDAY_SUNDAY:
            parts.append(Message("Deadlines", "a {weekday}", weekday=weekday(day)))
        else:
            parts.append(
                Message(
                    "Deadlines",
                    "a {weekday}, a weekend day in {jurisdiction}",
                    weekday=weekday(day),
                    jurisdiction=jurisdiction,
                )
            )
    if holiday is not None:
        code = holiday_calendar(jurisdiction)
        place: str = (
            jurisdiction
            if code == jurisdiction
            else Message(
                "Deadlines",
                "{jurisdiction} (public holidays of {calendar})",
                jurisdiction=jurisdiction,
                calendar=code,
            )
        )
        parts.append(
            Message("Deadlines", "a public holiday ({name}) in {place}", name=holiday, place=place)
        )
    what = (
        parts[0]
        if len(parts) == 1
        else Message("Deadlines", "{first} and {second}", first=parts[0], second=parts[1])
    )
    return Message("Deadlines", "{day} is {what}", day=day.isoformat(), what=what)


def explain(computed: Computation, jurisdiction: str) -> Message:
    """One paragraph: what was counted from when, the day it gave, and any move (the
    sentence of :meth:`Computation.explain`, made of parts the window can translate)."""
    counted = computed.rolled_from or computed.due
    template = (
        "{period} before {start} is {due}."
        if computed.period.amount < 0
        else "{period} after {start} is {due}."
    )
    text = Message(
        "Deadlines",
        template,
        period=period_words(computed.period),
        start=_day(computed.start),
        due=_day(counted),
    )
    if computed.reason is None:
        return text
    if computed.rolled_from is not None:
        direction = 1 if computed.due > computed.rolled_from else -1
        skipped = []
        day = computed.rolled_from
        while day != computed.due:
            skipped.append(_why_not_business(day, jurisdiction))
            day = day + timedelta(days=direction)
        moved = Message(
            "Deadlines",
            "moved to the next business day, {day}"
            if direction > 0
            else "moved to the previous business day, {day}",
            day=_day(computed.due),
        )
        reason: Message = joined([*skipped, moved])
    elif not is_business_day(computed.due, jurisdiction):
        reason = Message(
            "Deadlines",
            "{why}; not moved: this period ends on that day whether or not it is a business day",
            why=_why_not_business(computed.due, jurisdiction),
        )
    else:
        return text
    return Message("Deadlines", "{text} {reason}.", text=text, reason=reason)


@dataclass(frozen=True)
class _Start:
    """One start of a rule's clock: the day (or earliest and latest) and what it counts from."""

    day: date
    latest: date | None = None
    hearing_id: str | None = None
    document_id: str | None = None
    placement_id: str | None = None


def _country(code: str | None) -> str | None:
    return code.split("-")[0] if code else None


def _starts(rule: Rule, facts: CaseFacts, proceeding: ProceedingFacts | None) -> list[_Start]:
    """Each start of the rule's clock in these facts."""
    if rule.trigger is Trigger.LAST_ARRIVAL and facts.last_arrival:
        return [_Start(facts.last_arrival)]
    if rule.trigger in (Trigger.BIRTHDAY_18, Trigger.BIRTHDAY_21) and facts.date_of_birth:
        years = 18 if rule.trigger is Trigger.BIRTHDAY_18 else 21
        earliest, latest = facts.date_of_birth.birthday_range(years)
        return [_Start(earliest, latest if latest != earliest else None)]
    if proceeding is not None and rule.trigger is Trigger.DECISION_NOTIFIED:
        return [_Start(day) for day in proceeding.decisions_notified]
    if proceeding is not None and rule.trigger is Trigger.HEARING:
        return [_Start(day, hearing_id=hearing_id) for hearing_id, day in proceeding.hearings]
    if rule.trigger in (Trigger.DOCUMENT_ISSUED, Trigger.DOCUMENT_EXPIRES):
        wanted = rule.conditions.document_types
        issued = rule.trigger is Trigger.DOCUMENT_ISSUED
        return [
            _Start(day, document_id=d.id)
            for d in facts.documents
            if (not wanted or d.document_type in wanted)
            and (day := d.issued_on if issued else d.expires_on) is not None
        ]
    if rule.trigger is Trigger.PLACEMENT_ABROAD and facts.home_jurisdiction:
        home = _country(facts.home_jurisdiction)
        return [
            _Start(p.starts_on, placement_id=p.id)
            for p in facts.placements
            if p.jurisdiction and _country(p.jurisdiction) != home
        ]
    return []  # facts not recorded, or a trigger these facts do not carry yet


def deadlines_for(facts: CaseFacts, rules: Iterable[Rule]) -> list[ComputedDeadline]:
    """Every deadline the rules give for this case, earliest first."""
    found: list[ComputedDeadline] = []
    for rule in rules:
        wanted = rule.conditions.unaccompanied
        if wanted is not None and facts.unaccompanied is not wanted:
            continue
        kinds = rule.conditions.proceeding_kinds
        proceedings = [
            p
            for p in facts.proceedings
            if (not kinds or p.kind in kinds) and _applies_in(rule, p.jurisdiction)
        ]
        scopes: list[ProceedingFacts | None]
        if rule.trigger in _PROCEEDING_TRIGGERS or kinds:
            scopes = list(proceedings)
        elif proceedings or (
            not kinds
            and (
                (rule.jurisdiction is None and not rule.conditions.jurisdictions)
                or _applies_in(rule, facts.home_jurisdiction)
            )
        ):
            scopes = [None]  # a clock of the child, once for the case
        else:
            scopes = []
        for proceeding in scopes:
            # The rule's own jurisdiction decides whose holidays count (a federal filing
            # knows no California state holiday); without one, the forum's.
            place = rule.jurisdiction or (
                proceeding.jurisdiction if proceeding is not None else facts.home_jurisdiction
            )
            if place is None:
                continue
            for start in _starts(rule, facts, proceeding):
                due, why = _count(rule, start.day, place)
                due_latest = None
                if start.latest is not None:
                    due_latest, latest_why = _count(rule, start.latest, place)
                    why = Message(
                        "Deadlines",
                        "The date of birth is not exactly known. Earliest: {earliest} "
                        "Latest: {latest}",
                        earliest=why,
                        latest=latest_why,
                    )
                found.append(
                    ComputedDeadline(
                        rule,
                        proceeding.id if proceeding is not None else None,
                        start.hearing_id,
                        start.document_id,
                        start.placement_id,
                        due,
                        due_latest,
                        why,
                    )
                )
    return sorted(found, key=lambda d: (d.due, d.rule.id))
