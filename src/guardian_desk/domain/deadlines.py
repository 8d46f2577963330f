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
from guardian_desk.domain.enums import ProceedingKind
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
class CaseFacts:
    """What the rules need to know of one case."""

    home_jurisdiction: str | None
    unaccompanied: bool | None  # None: not recorded
    last_arrival: date | None
    date_of_birth: DateOfBirth | None
    proceedings: tuple[ProceedingFacts, ...] = ()


@dataclass(frozen=True)
class ComputedDeadline:
    """A deadline a rule gives, with the rule, the day(s) and the reasoning."""

    rule: Rule
    proceeding_id: str | None
    hearing_id: str | None
    due: date
    due_latest: date | None  # set when the deadline is uncertain (estimated birth date)
    explanation: str

    @property
    def uncertain(self) -> bool:
        return self.due_latest is not None and self.due_latest != self.due


_PROCEEDING_TRIGGERS = {Trigger.DECISION_NOTIFIED, Trigger.HEARING}


def _within(code: str | None, rule_jurisdiction: str) -> bool:
    """True when ``code`` is the rule's jurisdiction or one of its subdivisions."""
    return code is not None and (
        code == rule_jurisdiction or code.startswith(rule_jurisdiction + "-")
    )


def _count(rule: Rule, start: date, jurisdiction: str) -> tuple[date, str]:
    if rule.counting is Counting.EU_1182_71:
        due = eu_period_end(start, rule.period, jurisdiction)
        return due, (
            f"{rule.period.describe()} from {start.isoformat()}, counted under Regulation "
            f"1182/71 Art. 3 in {jurisdiction}, ends on {due.isoformat()}."
        )
    computed = compute(start, rule.period, jurisdiction, rule.roll)
    return computed.due, computed.explain()


def _starts(
    rule: Rule, facts: CaseFacts, proceeding: ProceedingFacts | None
) -> list[tuple[str | None, date, date | None]]:
    """(hearing id, earliest start, latest start) for each time the rule's clock starts."""
    if rule.trigger is Trigger.LAST_ARRIVAL and facts.last_arrival:
        return [(None, facts.last_arrival, None)]
    if rule.trigger in (Trigger.BIRTHDAY_18, Trigger.BIRTHDAY_21) and facts.date_of_birth:
        years = 18 if rule.trigger is Trigger.BIRTHDAY_18 else 21
        earliest, latest = facts.date_of_birth.birthday_range(years)
        return [(None, earliest, latest if latest != earliest else None)]
    if proceeding is not None and rule.trigger is Trigger.DECISION_NOTIFIED:
        return [(None, day, None) for day in proceeding.decisions_notified]
    if proceeding is not None and rule.trigger is Trigger.HEARING:
        return [(hearing_id, day, None) for hearing_id, day in proceeding.hearings]
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
            if (not kinds or p.kind in kinds)
            and (rule.jurisdiction is None or _within(p.jurisdiction, rule.jurisdiction))
        ]
        scopes: list[ProceedingFacts | None]
        if rule.trigger in _PROCEEDING_TRIGGERS or kinds:
            scopes = list(proceedings)
        elif (
            rule.jurisdiction is None
            or proceedings
            or _within(facts.home_jurisdiction, rule.jurisdiction)
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
            for hearing_id, start, latest_start in _starts(rule, facts, proceeding):
                due, why = _count(rule, start, place)
                due_latest = None
                if latest_start is not None:
                    due_latest, latest_why = _count(rule, latest_start, place)
                    why = (
                        f"The date of birth is not exactly known. Earliest: {why} "
                        f"Latest: {latest_why}"
                    )
                found.append(
                    ComputedDeadline(
                        rule,
                        proceeding.id if proceeding is not None else None,
                        hearing_id,
                        due,
                        due_latest,
                        why,
                    )
                )
    return sorted(found, key=lambda d: (d.due, d.rule.id))
