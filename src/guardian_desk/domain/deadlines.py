"""Which deadlines a case's facts give under the rules, each with how it was counted.

Pure rules: the facts come in as plain data (the services gather them from a case), the
rules from ``resources/rules`` (see :mod:`guardian_desk.domain.rules`). A deadline that
depends on an estimated date of birth is a range: ``due`` is the earliest day it can fall
on, which alerts use, and ``due_latest`` the latest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from guardian_desk.domain.dates import DateOfBirth
from guardian_desk.domain.enums import DocumentType, ProceedingKind
from guardian_desk.domain.periods import compute, eu_period_end
from guardian_desk.domain.rules import Counting, Rule, Trigger


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
    explanation: str

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


def _count(rule: Rule, start: date, jurisdiction: str) -> tuple[date, str]:
    if rule.counting is Counting.EU_1182_71:
        due = eu_period_end(start, rule.period, jurisdiction)
        return due, (
            f"{rule.period.describe()} from {start.isoformat()}, counted under Regulation "
            f"1182/71 Art. 3 in {jurisdiction}, ends on {due.isoformat()}."
        )
    computed = compute(start, rule.period, jurisdiction, rule.roll)
    return computed.due, computed.explain()


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
                    why = (
                        f"The date of birth is not exactly known. Earliest: {why} "
                        f"Latest: {latest_why}"
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
