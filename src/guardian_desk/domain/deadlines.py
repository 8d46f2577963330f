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

from guardian_desk.domain.dates import DateOfBirth, birthday, leap_day_birthday
from guardian_desk.domain.enums import (
    DocumentType,
    ProceedingKind,
    ReturnRefusalGround,
)
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
    # Decisions recorded without their notification date: the day each was made, or None
    # when that is not recorded either.
    decisions_not_notified: tuple[date | None, ...] = ()
    # Decisions refusing the child's return (Hague 1980), for Brussels IIb Art. 29.
    return_refusals: tuple[ReturnRefusalFacts, ...] = ()


@dataclass(frozen=True)
class ReturnRefusalFacts:
    """A decision refusing a child's return: when it was made and notified, and its grounds
    (empty: not recorded)."""

    decided_on: date | None
    notified_on: date | None
    grounds: tuple[ReturnRefusalGround, ...] = ()


@dataclass(frozen=True)
class PlacementRequestFacts:
    """A request for consent to a cross-border placement (Brussels IIb Art. 82)."""

    id: str
    requested_state: str  # the receiving State, whose decision is awaited
    sent_on: date | None
    received_on: date | None
    decided: bool = False  # the requested State has decided (consent granted or refused)


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
    placement_requests: tuple[PlacementRequestFacts, ...] = ()
    # Safe stand-ins when a fact is not recorded: the first arrival is on or before the
    # last; age assessments bound the day of birth when no date of birth is recorded.
    first_arrival: date | None = None
    assessed_birth: tuple[date, date] | None = None  # earliest and latest day of birth


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
    # What was assumed for a fact not recorded (a Message), None when counted from recorded
    # facts only: the deadline is then shown marked "assumed".
    assumption: str | None = None
    placement_request_id: str | None = None

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
            self.placement_request_id,
        )


@dataclass(frozen=True)
class MissingFact:
    """A rule that would give a deadline but for a fact not recorded, with no safe stand-in.
    Listed, so that it is never silently lost.

    ``what`` (a Message) names the fact ("No date of birth is recorded"); ``recordable`` is
    False for a fact this program has no field for yet (to follow up by hand).
    """

    rule: Rule
    proceeding_id: str | None
    what: str
    recordable: bool = True

    @property
    def reason(self) -> Message:
        """``No date of birth is recorded: record it to compute this deadline.``"""
        template = (
            "{what}: record it to compute this deadline."
            if self.recordable
            else "{what}: follow this deadline up by hand."
        )
        return Message("Deadlines", template, what=self.what)


_PROCEEDING_TRIGGERS = {
    Trigger.DECISION_NOTIFIED,
    Trigger.HEARING,
    Trigger.REFUSAL_TO_RETURN_NOTIFIED,
}


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
    placement_request_id: str | None = None
    place: str | None = None  # where the period counts, when not the scope's (a State asked)
    assumption: Message | None = None  # a stand-in for a fact not recorded
    note: Message | None = None  # a convention the explanation states (29 February)


def _country(code: str | None) -> str | None:
    return code.split("-")[0] if code else None


def _refusal_starts(rule: Rule, proceeding: ProceedingFacts) -> tuple[list[_Start], list[Message]]:
    """A refusal to return counts when its recorded grounds are all among those the rule's
    conditions name (Brussels IIb Art. 29(1): Hague 1980 Art. 13(1)(b) or 13(2)): a refusal
    with other grounds recorded has no clock; one with none recorded counts, saying that it
    assumed those grounds."""
    wanted = set(rule.conditions.refusal_grounds)
    starts: list[_Start] = []
    missing: list[Message] = []
    for refusal in proceeding.return_refusals:
        if wanted and refusal.grounds and not set(refusal.grounds) <= wanted:
            continue
        parts: list[Message] = []
        if wanted and not refusal.grounds:
            parts.append(
                Message(
                    "Deadlines",
                    "Assumes the refusal to return rests solely on Art. 13(1)(b) or 13(2) of "
                    "the 1980 Hague Convention (Art. 29(1)): its grounds are not recorded. "
                    "Record them to confirm that this deadline applies.",
                )
            )
        day = refusal.notified_on
        if day is None:
            if refusal.decided_on is None:
                missing.append(
                    Message(
                        "Deadlines",
                        "A decision refusing return has neither its decision date nor its "
                        "notification date recorded",
                    )
                )
                continue
            day = refusal.decided_on
            parts.append(
                Message(
                    "Deadlines",
                    "Counted from the decision date, {day}, because no notification date is "
                    "recorded: a decision is notified on or after the day it is made, so the "
                    "deadline cannot be earlier. Record the notification date to confirm.",
                    day=day.isoformat(),
                )
            )
        starts.append(_Start(day, assumption=_assumed(parts)))
    return starts, missing


def _request_starts(rule: Rule, facts: CaseFacts) -> tuple[list[_Start], list[Message]]:
    """Each request for consent to a placement in a State where the rule applies, still
    awaiting its decision, counted in that State from the day it received the request."""
    starts: list[_Start] = []
    missing: list[Message] = []
    for request in facts.placement_requests:
        if request.decided or not _applies_in(rule, request.requested_state):
            continue
        assumption = None
        day = request.received_on
        if day is None and request.sent_on is not None:
            day = request.sent_on
            assumption = Message(
                "Deadlines",
                "Counted from the day the request was sent, {day}, because the day the "
                "requested State received it is not recorded: it cannot be received earlier. "
                "Record the day of receipt to confirm.",
                day=day.isoformat(),
            )
        if day is None:
            missing.append(
                Message(
                    "Deadlines",
                    "A request for consent to a placement in {state} has neither the day it "
                    "was sent nor the day it was received recorded",
                    state=request.requested_state,
                )
            )
            continue
        starts.append(
            _Start(
                day,
                placement_request_id=request.id,
                place=request.requested_state,
                assumption=assumption,
            )
        )
    # A placement abroad needs the receiving State's consent first: one without a request
    # recorded to that State is said, so that the request is recorded (or made).
    home = _country(facts.home_jurisdiction)
    asked = {_country(r.requested_state) for r in facts.placement_requests}
    for placement in facts.placements:
        state = _country(placement.jurisdiction)
        # Where the case is at home is not recorded: the placement may be abroad.
        abroad = state and state not in asked and (home is None or state != home)
        if abroad and _applies_in(rule, placement.jurisdiction):
            missing.append(
                Message(
                    "Deadlines",
                    "A placement in {state} is recorded, but no request for consent to it "
                    "(record the request and the day {state} received it)",
                    state=state,
                )
            )
            asked.add(state)
    return starts, missing


def _birthday_starts(rule: Rule, facts: CaseFacts) -> tuple[list[_Start], list[Message]]:
    years = 18 if rule.trigger is Trigger.BIRTHDAY_18 else 21
    dob = facts.date_of_birth
    if dob is not None:
        earliest, latest = dob.birthday_range(years)
        assumption = None
        if latest != earliest:
            assumption = Message(
                "Deadlines",
                "Counted from the earliest day the child can turn {years}, {day}, because the "
                "date of birth ({dob}) is not exactly known: the deadline cannot be earlier.",
                years=years,
                day=earliest.isoformat(),
                dob=dob.iso(),
            )
        note = None
        born = dob.earliest()
        if leap_day_birthday(born, earliest.year):
            note = Message(
                "Deadlines",
                "Born on 29 February: in {year}, which has no 29 February, the child is "
                "taken to turn {years} on 28 February, the earlier of the two days laws use "
                "(others say 1 March), so that an age limit is never counted late.",
                year=earliest.year,
                years=years,
            )
        return [
            _Start(
                earliest, latest if latest != earliest else None, assumption=assumption, note=note
            )
        ], []
    if facts.assessed_birth is not None:
        first, last = facts.assessed_birth
        earliest, latest = birthday(first, years), birthday(last, years)
        assumption = Message(
            "Deadlines",
            "Counted from the earliest day the age assessment allows the child to turn "
            "{years}, {day}, because no date of birth is recorded: record it to confirm.",
            years=years,
            day=earliest.isoformat(),
        )
        return [_Start(earliest, latest if latest != earliest else None, assumption=assumption)], []
    return [], [Message("Deadlines", "No date of birth (nor an age assessment) is recorded")]


def _starts(
    rule: Rule, facts: CaseFacts, proceeding: ProceedingFacts | None
) -> tuple[list[_Start], list[Message]]:
    """Each start of the rule's clock in these facts, and why a start that should be there
    cannot be counted (a fact not recorded, with no safe stand-in)."""
    trigger = rule.trigger
    if trigger is Trigger.LAST_ARRIVAL:
        if facts.last_arrival:
            return [_Start(facts.last_arrival)], []
        if facts.first_arrival:
            assumption = Message(
                "Deadlines",
                "Counted from the first arrival, {day}, because no last arrival date is "
                "recorded: the last arrival is on or after it, so the deadline cannot be "
                "earlier. Record the last arrival to confirm.",
                day=facts.first_arrival.isoformat(),
            )
            return [_Start(facts.first_arrival, assumption=assumption)], []
        return [], [Message("Deadlines", "No arrival date of the child is recorded")]
    if trigger in (Trigger.BIRTHDAY_18, Trigger.BIRTHDAY_21):
        return _birthday_starts(rule, facts)
    if proceeding is not None and trigger is Trigger.DECISION_NOTIFIED:
        starts = [_Start(day) for day in proceeding.decisions_notified]
        missing: list[Message] = []
        for decided in proceeding.decisions_not_notified:
            if decided is None:
                missing.append(
                    Message(
                        "Deadlines",
                        "A decision has neither its decision date nor its notification date "
                        "recorded",
                    )
                )
                continue
            assumption = Message(
                "Deadlines",
                "Counted from the decision date, {day}, because no notification date is "
                "recorded: a decision is notified on or after the day it is made, so the "
                "deadline cannot be earlier. Record the notification date to confirm.",
                day=decided.isoformat(),
            )
            starts.append(_Start(decided, assumption=assumption))
        return starts, missing
    if proceeding is not None and trigger is Trigger.HEARING:
        return [_Start(day, hearing_id=hearing_id) for hearing_id, day in proceeding.hearings], []
    if trigger in (Trigger.DOCUMENT_ISSUED, Trigger.DOCUMENT_EXPIRES):
        wanted = rule.conditions.document_types
        issued = trigger is Trigger.DOCUMENT_ISSUED
        starts, missing = [], []
        for document in facts.documents:
            if wanted and document.document_type not in wanted:
                continue
            day = document.issued_on if issued else document.expires_on
            if day is not None:
                starts.append(_Start(day, document_id=document.id))
                continue
            what = (
                "A document ({kind}) has no issue date recorded"
                if issued
                else "A document ({kind}) has no expiry date recorded"
            )
            missing.append(
                Message("Deadlines", what, kind=document.document_type.value.replace("_", " "))
            )
        return starts, missing
    if proceeding is not None and trigger is Trigger.REFUSAL_TO_RETURN_NOTIFIED:
        return _refusal_starts(rule, proceeding)
    if trigger is Trigger.PLACEMENT_REQUEST_RECEIVED:
        return _request_starts(rule, facts)
    if trigger is Trigger.PLACEMENT_ABROAD:
        placed = [p for p in facts.placements if p.jurisdiction]
        if placed and not facts.home_jurisdiction:
            return [], [
                Message(
                    "Deadlines",
                    "No home jurisdiction is recorded, so whether a placement is abroad "
                    "cannot be told",
                )
            ]
        home = _country(facts.home_jurisdiction)
        abroad = [p for p in placed if _country(p.jurisdiction) != home]
        return [_Start(p.starts_on, placement_id=p.id) for p in abroad], []
    return [], []


def _applicability(rule: Rule, facts: CaseFacts) -> tuple[bool, Message | None]:
    """Whether the rule's unaccompanied condition holds, and what is assumed when the status
    is not recorded: the value under which the rule applies (the child's protection)."""
    wanted = rule.conditions.unaccompanied
    if wanted is None or facts.unaccompanied is wanted:
        return True, None
    if facts.unaccompanied is not None:
        return False, None
    if wanted:
        return True, Message(
            "Deadlines",
            "Assumes the child is unaccompanied: the status is not recorded. Record it to "
            "confirm that this deadline applies.",
        )
    return True, Message(
        "Deadlines",
        "Assumes the child is not exempt as unaccompanied: the status is not recorded. "
        "Record it to confirm that this deadline applies.",
    )


@dataclass(frozen=True)
class _Scope:
    """Where a rule counts: a proceeding, or the case (None), the place whose holidays count,
    and what was assumed to find it."""

    proceeding: ProceedingFacts | None
    place: str | None
    assumption: Message | None = None


def _scopes(rule: Rule, facts: CaseFacts) -> list[_Scope]:
    if rule.trigger is Trigger.PLACEMENT_REQUEST_RECEIVED:
        # Once for the case: each request counts where the State asked is (_request_starts).
        return [_Scope(None, None)]
    kinds = rule.conditions.proceeding_kinds
    proceedings = [
        p
        for p in facts.proceedings
        if (not kinds or p.kind in kinds) and _applies_in(rule, p.jurisdiction)
    ]
    # The rule's own jurisdiction decides whose holidays count (a federal filing knows no
    # California state holiday); without one, the forum's.
    if rule.trigger in _PROCEEDING_TRIGGERS or kinds:
        return [_Scope(p, rule.jurisdiction or p.jurisdiction) for p in proceedings]
    universal = rule.jurisdiction is None and not rule.conditions.jurisdictions
    if proceedings or universal or _applies_in(rule, facts.home_jurisdiction):
        place = rule.jurisdiction or facts.home_jurisdiction
        if place is None and facts.proceedings:
            forum = (proceedings or list(facts.proceedings))[0].jurisdiction
            return [
                _Scope(
                    None,
                    forum,
                    Message(
                        "Deadlines",
                        "Counted with the public holidays of {place}, the forum of a "
                        "proceeding, because no home jurisdiction is recorded: record it to "
                        "confirm.",
                        place=forum,
                    ),
                )
            ]
        return [_Scope(None, place)]  # a clock of the child, once for the case
    if facts.home_jurisdiction is None:
        # Where the case is at home is not recorded: the rule may apply, so it counts, and
        # says what it assumed.
        place = rule.jurisdiction or rule.conditions.jurisdictions[0]
        return [
            _Scope(
                None,
                place,
                Message(
                    "Deadlines",
                    "Assumes the case is in {place}: no home jurisdiction is recorded. Record "
                    "it to confirm that this deadline applies.",
                    place=place,
                ),
            )
        ]
    return []


def _assumed(parts: Iterable[Message | None]) -> Message | None:
    found = [part for part in parts if part is not None]
    if not found:
        return None
    return found[0] if len(found) == 1 else joined(found, " ")


def _evaluate(
    facts: CaseFacts, rules: Iterable[Rule]
) -> tuple[list[ComputedDeadline], list[MissingFact]]:
    found: list[ComputedDeadline] = []
    gaps: list[MissingFact] = []
    for rule in rules:
        applies, condition = _applicability(rule, facts)
        if not applies:
            continue
        for scope in _scopes(rule, facts):
            proceeding_id = scope.proceeding.id if scope.proceeding is not None else None
            starts, missing = _starts(rule, facts, scope.proceeding)
            if any(start.place is None for start in starts) and scope.place is None:
                missing.append(
                    Message(
                        "Deadlines",
                        "No home jurisdiction is recorded, so the public holidays to count "
                        "cannot be told",
                    )
                )
                starts = []
            gaps += [MissingFact(rule, proceeding_id, what) for what in missing]
            for start in starts:
                found.append(_deadline(rule, scope, start, condition))
    return sorted(found, key=lambda d: (d.due, d.rule.id)), gaps


def _deadline(
    rule: Rule, scope: _Scope, start: _Start, condition: Message | None
) -> ComputedDeadline:
    place = start.place or scope.place
    assert place is not None
    due, why = _count(rule, start.day, place)
    due_latest = None
    if start.latest is not None:
        due_latest, latest_why = _count(rule, start.latest, place)
        why = Message(
            "Deadlines",
            "The date of birth is not exactly known. Earliest: {earliest} Latest: {latest}",
            earliest=why,
            latest=latest_why,
        )
    if start.note is not None:
        why = Message("Deadlines", "{note} {text}", note=start.note, text=why)
    if rule.to_confirm:
        confirm = (
            Message("Deadlines", "To confirm: {note}", note=Message("Rules", rule.to_confirm_note))
            if rule.to_confirm_note
            else Message(
                "Deadlines",
                "To confirm: this rule has not been confirmed by a lawyer of the jurisdiction.",
            )
        )
        why = Message("Deadlines", "{text} {confirm}", text=why, confirm=confirm)
    return ComputedDeadline(
        rule,
        scope.proceeding.id if scope.proceeding is not None else None,
        start.hearing_id,
        start.document_id,
        start.placement_id,
        due,
        due_latest,
        why,
        _assumed((condition, scope.assumption, start.assumption)),
        start.placement_request_id,
    )


def deadlines_for(facts: CaseFacts, rules: Iterable[Rule]) -> list[ComputedDeadline]:
    """Every deadline the rules give for this case, earliest first.

    Where a fact a rule depends on is not recorded, the deadline is counted on the assumption
    that protects the child, and says so in ``assumption``: an unknown unaccompanied status
    is taken as the one under which the rule applies; a missing notification date is
    replaced by the decision date, a missing last arrival by the first, an inexact date of
    birth by the earliest possible birthday. What cannot be stood in for is listed by
    :func:`missing_facts`.
    """
    return _evaluate(facts, rules)[0]


def missing_facts(facts: CaseFacts, rules: Iterable[Rule]) -> list[MissingFact]:
    """The rules that would give a deadline for this case but for a fact not recorded (no
    date of birth, no arrival date...), each with what to record."""
    return _evaluate(facts, rules)[1]
