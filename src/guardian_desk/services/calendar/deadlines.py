"""The deadlines the rules give for cases, from what each case records."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from guardian_desk.domain.consent import EXPIRY_NOTICE_DAYS
from guardian_desk.domain.dates import DateOfBirth, age_band_bounds
from guardian_desk.domain.deadlines import (
    CaseFacts,
    ComputedDeadline,
    DocumentFacts,
    MissingFact,
    PlacementFacts,
    PlacementRequestFacts,
    ProceedingFacts,
    ReturnRefusalFacts,
    deadlines_for,
    missing_facts,
)
from guardian_desk.domain.enums import (
    DeadlineSource,
    DeadlineStatus,
    DecisionOutcome,
    DobCertainty,
    DocumentType,
    HearingOutcome,
    PlacementConsent,
    ProceedingKind,
    ReturnRefusalGround,
)
from guardian_desk.domain.rules import Rule, Trigger, load_rules
from guardian_desk.errors import GuardianDeskError, Message, NotFoundError, joined, translatable
from guardian_desk.progress import Progress, report
from guardian_desk.resources import resource_path
from guardian_desk.services import protection
from guardian_desk.services.records import case_trees, computed_deadlines, new_record, rows_for
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.models import Deadline


@cache
def shipped_rules() -> tuple[Rule, ...]:
    """The rules in ``resources/rules``; a mistake in them is a ValidationError naming it."""
    return tuple(load_rules(resource_path("rules").glob("*.toml")).values())


def facts_of(case: dict[str, Any]) -> CaseFacts:
    """What the rules need to know, read from a case in the exchange format."""
    child = case["child"]
    history = sorted(child.get("status_history", []), key=lambda s: s["effective_on"])
    unaccompanied = None
    if history:
        # A separated child (with relatives, without a parent) counts as unaccompanied too.
        unaccompanied = history[-1]["status"] in ("unaccompanied", "separated")
    dob = None
    if child.get("dob_certainty") and child.get("dob_year"):
        dob = DateOfBirth(
            DobCertainty(child["dob_certainty"]),
            child["dob_year"],
            child.get("dob_month"),
            child.get("dob_day"),
        )
    proceedings = []
    for proceeding in case.get("proceedings", []):
        decisions = proceeding.get("decisions", [])
        notified = tuple(
            date.fromisoformat(d["notified_on"]) for d in decisions if d.get("notified_on")
        )
        # A decision not (yet) recorded as notified still starts its clocks, counted from the
        # day it was made (see deadlines_for).
        not_notified = tuple(
            _day(d.get("decided_on")) for d in decisions if not d.get("notified_on")
        )
        # Only a hearing still to come has things due before it: once held, adjourned or
        # vacated, what it asked for is moot (an adjournment's next hearing has its own).
        hearings = tuple(
            (h["id"], _local_day(h["starts_at"], h["time_zone"]))
            for h in proceeding.get("hearings", [])
            if h.get("outcome", HearingOutcome.SCHEDULED) == HearingOutcome.SCHEDULED
        )
        kind = ProceedingKind(proceeding["kind"])
        proceedings.append(
            ProceedingFacts(
                proceeding["id"],
                kind,
                proceeding["jurisdiction"],
                notified,
                hearings,
                not_notified,
                tuple(
                    ReturnRefusalFacts(
                        _day(d.get("decided_on")),
                        _day(d.get("notified_on")),
                        tuple(
                            ReturnRefusalGround(g) for g in d.get("return_refusal_grounds") or []
                        ),
                    )
                    for d in decisions
                    if _refuses_return(kind, d)
                ),
            )
        )
    documents = tuple(
        DocumentFacts(
            d["id"],
            DocumentType(d["document_type"]),
            _day(d.get("issued_on")),
            _day(d.get("expires_on")),
        )
        for d in case.get("documents", [])
        if d.get("family_member_id") is None  # the child's own documents
    )
    placements = tuple(
        PlacementFacts(p["id"], p.get("jurisdiction"), date.fromisoformat(p["started_on"]))
        for p in child.get("placements", [])
    )
    requests = tuple(
        PlacementRequestFacts(
            r["id"],
            r["requested_state"],
            _day(r.get("sent_on")),
            _day(r.get("received_on")),
            decided=r.get("consent", PlacementConsent.PENDING) != PlacementConsent.PENDING,
        )
        for r in case.get("placement_requests", [])
    )
    assessed = [
        age_band_bounds(a["min_age"], a["max_age"], date.fromisoformat(a["assessed_on"]))
        for a in child.get("age_assessments", [])
        if a.get("assessed_on") and a.get("min_age") is not None and a.get("max_age") is not None
    ]
    return CaseFacts(
        home_jurisdiction=case.get("home_jurisdiction"),
        unaccompanied=unaccompanied,
        last_arrival=_day(child.get("last_arrival_on")),
        date_of_birth=dob,
        proceedings=tuple(proceedings),
        documents=documents,
        placements=placements,
        placement_requests=requests,
        # No first arrival is recorded by the data model yet; read when the case carries it.
        first_arrival=_day(child.get("first_arrival_on")),
        assessed_birth=(
            (min(a[0] for a in assessed), max(a[1] for a in assessed)) if assessed else None
        ),
    )


def _refuses_return(kind: ProceedingKind, decision: dict[str, Any]) -> bool:
    """A decision refusing the child's return: so recorded, or a refusal in a return
    proceeding (its grounds then unknown: the deadline says what it assumed)."""
    outcome = decision.get("outcome")
    return outcome == DecisionOutcome.RETURN_REFUSED or (
        kind is ProceedingKind.CHILD_RETURN and outcome == DecisionOutcome.REFUSED
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _local_day(instant: str, zone: str) -> date:
    moment = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    return moment.astimezone(ZoneInfo(zone)).date()


# What a rule's deadline counts from; the same key is the same deadline, recomputed.
_KEY = (
    "rule_id",
    "proceeding_id",
    "hearing_id",
    "document_id",
    "placement_id",
    "placement_request_id",
)

# The rule id of the deadline that stands in for those that could not be computed.
NOT_COMPUTED = "guardian-desk:deadlines-not-computed"
# A consent that expires: a task to renew it (or record that it ended), due this many days
# before, so that it shows in This week, the calendar and the reminders in time.
CONSENT_EXPIRES = "guardian-desk:consent-expires:"
CONSENT_TITLE = translatable("Rules", "Renew a consent before it expires, or record its end")
CONSENT_NOTICE_DAYS = EXPIRY_NOTICE_DAYS
CONSENT_CITATION = "Regulation (EU) 2016/679 (GDPR), Arts. 6(1)(a) and 7: consent as a basis"
NOT_COMPUTED_TITLE = "Deadlines could not be computed for this case"
# Which recorded date a rule counts from, to tell the person what to check.
_STARTS = {
    Trigger.LAST_ARRIVAL: "the child's last arrival date",
    Trigger.DECISION_NOTIFIED: "the decision's notification date",
    Trigger.HEARING: "the hearing's date",
    Trigger.BIRTHDAY_18: "the date of birth",
    Trigger.BIRTHDAY_21: "the date of birth",
    Trigger.DOCUMENT_ISSUED: "the document's issue date",
    Trigger.DOCUMENT_EXPIRES: "the document's expiry date",
    Trigger.REFUSAL_TO_RETURN_NOTIFIED: "the notification date of the refusal to return",
    Trigger.PLACEMENT_REQUEST_RECEIVED: "the date the placement request was received",
    Trigger.PLACEMENT_ABROAD: "the placement's start date",
}
# What rule arithmetic raises on facts it cannot count from: a day beyond the calendar's
# years 1 to 9999 (ValidationError from the period code, OverflowError from a time zone),
# a date that does not exist.
_COUNTING_ERRORS = (GuardianDeskError, OverflowError, ValueError, KeyError, TypeError)


@dataclass
class _Outcome:
    """What the rules give for one case: deadlines by key, rules that could not be counted,
    and rules waiting for a fact."""

    computed: dict[tuple[str | None, ...], ComputedDeadline]
    failed: list[Rule]
    missing: list[MissingFact]
    unreadable: bool


def _outcome(case: dict[str, Any], rules: Sequence[Rule]) -> _Outcome:
    outcome = _Outcome({}, [], [], False)
    try:
        facts = facts_of(case)
    except _COUNTING_ERRORS:
        outcome.failed, outcome.unreadable = list(rules), True
        return outcome
    for rule in rules:  # one at a time, so that one rule's trouble leaves the others
        try:
            outcome.computed.update((d.key, d) for d in deadlines_for(facts, [rule]))
            outcome.missing += missing_facts(facts, [rule])
        except _COUNTING_ERRORS:
            outcome.failed.append(rule)
    return outcome


def reconcile(
    case: dict[str, Any], rules: Sequence[Rule] | None = None, today: date | None = None
) -> list[dict[str, Any]]:
    """The case's deadlines with those of the rules computed anew from what it now records.

    A rule's deadline is the same deadline while it counts from the same thing (rule,
    proceeding, hearing, document): its id, done or waived status and reason are kept and
    its days follow the facts (an arrival date corrected, a hearing moved). One whose start
    is gone (a hearing adjourned, a decision removed) goes when it is open and stays as a
    record when it was done or waived. Manual and court-ordered deadlines are the person's
    and stay as they are. The result is in the exchange format, earliest first.

    A deadline counted on an assumption (a fact not recorded, see
    :func:`~guardian_desk.domain.deadlines.deadlines_for`) carries it in ``assumption``.

    A rule that cannot be counted from the case's facts (a date out of range), or that waits
    for a fact with no safe stand-in (no date of birth, no arrival date), never stops the
    others, nor another case: the first kind's deadlines stay as they were, and one open
    deadline titled "Deadlines could not be computed for this case: ..." says what to check
    or record, due ``today`` the day it is first found (or found with new problems), so that
    it shows in the Deadlines tab, the calendar, This week and ``deadlines``. It goes once
    the case is corrected.
    """
    rules = shipped_rules() if rules is None else rules
    outcome = _outcome(case, rules)
    computed = dict(outcome.computed)
    stuck = {rule.id for rule in outcome.failed}
    kept: list[dict[str, Any]] = []
    problem_row: dict[str, Any] | None = None
    consent_rows: dict[str, dict[str, Any]] = {}
    protection_rows: dict[str, dict[str, Any]] = {}
    care_rows: dict[str, dict[str, Any]] = {}
    for row in case.get("deadlines", []):
        if row["source"] != DeadlineSource.RULE:
            kept.append(row)
            continue
        if str(row.get("rule_id") or "").startswith(CONSENT_EXPIRES):
            consent_rows[str(row["rule_id"])] = row
            continue
        if str(row.get("rule_id") or "").startswith(protection.PREFIX):
            protection_rows[str(row["rule_id"])] = row
            continue
        if str(row.get("rule_id") or "").startswith(protection.CARE_PREFIXES):
            care_rows[str(row["rule_id"])] = row
            continue
        if row.get("rule_id") == NOT_COMPUTED:
            problem_row = row
            continue
        found = computed.pop(tuple(row.get(k) for k in _KEY), None)
        if found is not None:
            kept.append({**row, **_computed_fields(found)})
        elif row.get("rule_id") in stuck or row.get("status", "open") != DeadlineStatus.OPEN:
            kept.append(row)  # not recomputed: kept as it was, not lost
    for deadline in computed.values():
        kept.append(
            new_record("deadlines", source=DeadlineSource.RULE.value, **_computed_fields(deadline))
        )
    kept += consent_tasks(case, consent_rows)
    kept += protection.protection_tasks(case, protection_rows)
    kept += protection.care_tasks(case, care_rows)
    if outcome.failed or outcome.missing:
        kept.append(_not_computed(problem_row, outcome, today or date.today()))
    elif problem_row is not None and problem_row.get("status", "open") != DeadlineStatus.OPEN:
        kept.append(problem_row)  # someone marked it done: it stays as their record
    return sorted(kept, key=_order)


def consent_tasks(
    case: dict[str, Any], rows: dict[str, dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """A task for each consent that expires (and is not withdrawn): renew it, or record that
    it ended, due CONSENT_NOTICE_DAYS before. A task done or waived stays as the person's
    record; an open one goes when its consent no longer expires."""
    rows = dict(rows or {})
    found: list[dict[str, Any]] = []
    for consent in case.get("consents") or []:
        expires, withdrawn = consent.get("expires_on"), consent.get("withdrawn_on")
        if not expires or withdrawn:
            continue
        try:
            expires_on = date.fromisoformat(str(expires))
        except ValueError:
            continue
        rule_id = CONSENT_EXPIRES + str(consent["id"])
        explanation = Message(
            "Calendar",
            "The consent for {purpose} to {recipient} expires on {day}.",
            purpose=str(consent.get("purpose") or "").replace("_", " "),
            recipient=str(consent.get("recipient") or ""),
            day=expires_on.isoformat(),
        )
        fields = {
            "title": CONSENT_TITLE,
            "task": True,
            "due_on": (expires_on - timedelta(days=CONSENT_NOTICE_DAYS)).isoformat(),
            "due_latest_on": expires_on.isoformat(),
            "rule_id": rule_id,
            "citation": CONSENT_CITATION,
            "explanation": str(explanation),
        }
        found.append(fields)
    return computed_deadlines(found, rows)


def texts_of(case: dict[str, Any], deadline: dict[str, Any]) -> dict[str, str | None] | None:
    """How a rule's deadline was counted (``explanation``) and what it assumed
    (``assumption``), computed anew from the case (exchange format): Messages the window says
    in its language. None when the rule is unknown or the case's facts no longer give this
    deadline (the texts stored with it then stand)."""
    if deadline.get("rule_id") == NOT_COMPUTED:
        try:
            outcome = _outcome(case, shipped_rules())
        except _COUNTING_ERRORS:
            return None
        if not (outcome.failed or outcome.missing):
            return None
        return {"explanation": _problem_explanation(outcome), "assumption": None}
    rule = next((r for r in shipped_rules() if r.id == deadline.get("rule_id")), None)
    if rule is None:
        return None
    try:
        found = deadlines_for(facts_of(case), [rule])
    except _COUNTING_ERRORS:
        return None
    key = tuple(deadline.get(k) for k in _KEY)
    match = next((d for d in found if d.key == key), None)
    if match is None:
        return None
    return {"explanation": match.explanation, "assumption": match.assumption}


def explanation_of(case: dict[str, Any], deadline: dict[str, Any]) -> str | None:
    """How a rule's deadline was counted, computed anew from the case (exchange format): a
    Message the window says in its language. None when the rule is unknown or the case's facts
    no longer give this deadline (the text stored with it then stands)."""
    texts = texts_of(case, deadline)
    return texts["explanation"] if texts is not None else None


def _problem_explanation(outcome: _Outcome) -> Message:
    """Each rule not computed, and why, as the window says it."""
    parts: list[str] = []
    if outcome.failed:
        names = "; ".join(f"{r.title} ({r.id})" for r in outcome.failed)
        parts.append(
            Message(
                "Deadlines",
                "Not computed: {names}. The other deadlines of the case were computed; those "
                "of these rules are kept as they were. Correct the date and save the case: "
                "this reminder then goes away.",
                names=names,
            )
        )
    for gap in outcome.missing:
        parts.append(
            Message(
                "Deadlines",
                "{title} ({rule}): {reason}",
                title=Message("Rules", gap.rule.title),
                rule=gap.rule.id,
                reason=gap.reason,
            )
        )
    if outcome.missing:
        parts.append(
            Message(
                "Deadlines",
                "Record what is missing and save the case: the deadlines are then computed and "
                "this reminder goes away.",
            )
        )
    return joined(parts, "\n")


def _not_computed(row: dict[str, Any] | None, outcome: _Outcome, today: date) -> dict[str, Any]:
    """The deadline that stands for those the rules could not compute for a case."""
    checks: list[str] = []
    if outcome.unreadable:
        checks.append("a date of the case cannot be used (check its dates and times)")
    elif outcome.failed:
        places = ", ".join(
            dict.fromkeys(_STARTS.get(r.trigger, "the case's dates") for r in outcome.failed)
        )
        checks.append(f"a date is out of range (check {places})")
    for gap in outcome.missing:
        what = str(gap.what)
        checks.append(what[:1].lower() + what[1:])
    fields = {
        "title": f"{NOT_COMPUTED_TITLE}: {'; '.join(dict.fromkeys(checks))}"[:400],
        "task": True,
        "rule_id": NOT_COMPUTED,
        "citation": None,
        "explanation": str(_problem_explanation(outcome)),
        "assumption": None,
        "proceeding_id": None,
        "hearing_id": None,
        "document_id": None,
        "placement_id": None,
        "placement_request_id": None,
        "due_latest_on": None,
    }
    if row is None:
        return new_record(
            "deadlines",
            source=DeadlineSource.RULE.value,
            due_on=today.isoformat(),
            status=DeadlineStatus.OPEN.value,
            **fields,
        )
    if row.get("status", "open") != DeadlineStatus.OPEN and row.get("title") != fields["title"]:
        # Marked done, and now something else is missing: open again, due today.
        return {
            **row,
            **fields,
            "status": DeadlineStatus.OPEN.value,
            "status_reason": None,
            "completed_on": None,
            "due_on": today.isoformat(),
        }
    return {**row, **fields}  # found before: it keeps its id and its day, and shows as overdue


def _order(row: dict[str, Any]) -> tuple[str, ...]:
    """Earliest first; then an order that does not depend on the new rows' random ids."""
    return (row["due_on"], row["title"], *(row.get(k) or "" for k in (*_KEY, "id")))


def _computed_fields(deadline: ComputedDeadline) -> dict[str, Any]:
    rule = deadline.rule
    return {
        "proceeding_id": deadline.proceeding_id,
        "hearing_id": deadline.hearing_id,
        "document_id": deadline.document_id,
        "placement_id": deadline.placement_id,
        "placement_request_id": deadline.placement_request_id,
        "title": rule.title,
        "task": rule.task,
        "due_on": deadline.due.isoformat(),
        "due_latest_on": (
            deadline.due_latest.isoformat()
            if deadline.due_latest is not None and deadline.uncertain
            else None
        ),
        "rule_id": rule.id,
        "citation": rule.citation,
        "explanation": deadline.explanation,
        "assumption": deadline.assumption,
    }


def to_confirm(rule_id: str | None) -> bool:
    """True when the shipped rule of this id is marked ``to_confirm`` (its deadlines are
    shown marked "to confirm")."""
    return rule_id is not None and rule_id in _rules_to_confirm()


@cache
def _rules_to_confirm() -> frozenset[str]:
    return frozenset(r.id for r in shipped_rules() if r.to_confirm)


@dataclass(frozen=True)
class StoredDeadline:
    """A deadline as kept with its case: from a rule, set by hand, or ordered by a court."""

    id: str
    reference: str  # the case's
    title: str
    due: date
    due_latest: date | None
    source: DeadlineSource
    status: DeadlineStatus
    rule_id: str | None
    citation: str | None
    explanation: str | None
    task: bool
    assumption: str | None = None  # what was assumed for a fact not recorded
    to_confirm: bool = False  # its rule is still to be confirmed by a lawyer

    @property
    def assumed(self) -> bool:
        return bool(self.assumption)

    @property
    def uncertain(self) -> bool:
        return self.due_latest is not None and self.due_latest != self.due

    def overdue(self, today: date) -> bool:
        return self.status is DeadlineStatus.OPEN and self.due < today

    def as_json(self) -> dict[str, Any]:
        return {
            "case": self.reference,
            "due": self.due.isoformat(),
            "due_latest": self.due_latest.isoformat() if self.due_latest else None,
            "certainty": "uncertain" if self.uncertain else "exact",
            "title": self.title,
            "task": self.task,
            "source": self.source.value,
            "status": self.status.value,
            "rule": self.rule_id,
            "citation": self.citation,
            "explanation": self.explanation,
            "assumed": self.assumed,
            "assumption": self.assumption,
            "to_confirm": self.to_confirm,
        }


def stored(
    db: Database,
    references: Sequence[str] | None = None,
    *,
    due_until: date | None = None,
    open_only: bool = True,
) -> list[StoredDeadline]:
    """The deadlines kept with the named cases (all cases when None), earliest first.

    Raises:
        NotFoundError: a named case reference does not exist.
    """
    with db.reading() as session:
        case_ids = None
        if references:
            found = repo.case_ids_by_reference(session, references)
            missing = [r for r in references if r not in found]
            if missing:
                raise NotFoundError(f"No case with the reference {', '.join(missing)}.")
            case_ids = list(found.values())
        rows = repo.deadline_rows(session, case_ids, due_until=due_until, open_only=open_only)
    return [
        StoredDeadline(
            r.id,
            r.reference,
            r.title,
            r.due_on,
            r.due_latest_on,
            DeadlineSource(r.source),
            DeadlineStatus(r.status),
            r.rule_id,
            r.citation,
            r.explanation,
            r.task,
            r.assumption,
            to_confirm(r.rule_id),
        )
        for r in rows
    ]


RULES_KEY = "deadline_rules"


def rules_fingerprint() -> str:
    """A digest of the rule files: it changes when a rule is added, removed or edited."""
    digest = hashlib.sha256()
    for path in sorted(resource_path("rules").glob("*.toml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def rules_changed(db: Database) -> bool:
    """True when the deadlines were computed under other rules than the shipped ones."""
    with db.reading() as session:
        if not repo.all_case_ids(session, limit=1):
            return False
        return repo.state_value(session, RULES_KEY) != rules_fingerprint()


def stale_case_ids(db: Database) -> list[str]:
    """Every case, when the rules changed since the deadlines were computed; else none."""
    if not rules_changed(db):
        return []
    with db.reading() as session:
        return repo.all_case_ids(session)


def rules_applied(db: Database) -> None:
    """Remember that every case's deadlines follow the shipped rules."""
    with db.unit_of_work() as session:
        repo.set_state_value(session, RULES_KEY, rules_fingerprint())


RECOMPUTE_CHUNK = 200  # cases read and written together


def recompute(
    db: Database, case_ids: Sequence[str] | None = None, progress: Progress | None = None
) -> int:
    """Bring the rule deadlines of these cases (all when None) in line with the rules.

    Run when the rule files changed (a rule corrected or added); an import computes its
    cases' deadlines itself. Cases are read and written a few hundred at a time, each group in
    its own transaction; only the deadlines that changed are written, and a deadline someone
    changed meanwhile is left as they made it (their save recomputes it). Done or waived
    deadlines keep their status. A case whose deadlines cannot be computed gets a deadline
    saying so (see :func:`reconcile`) and never stops the others.
    Returns the number of cases whose deadlines changed.
    """
    if case_ids is None:
        with db.reading() as session:
            case_ids = repo.all_case_ids(session)
    ids = list(case_ids)
    changed = 0
    for start in range(0, len(ids), RECOMPUTE_CHUNK):
        part = ids[start : start + RECOMPUTE_CHUNK]
        with db.unit_of_work() as session:
            for case in case_trees(session, part):
                if _write_deadlines(session, case):
                    changed += 1
        report(progress, start + len(part), len(ids))
    return changed


def _write_deadlines(session: Any, case: dict[str, Any]) -> bool:
    """Write the difference between a case's stored deadlines and the rules' (one session)."""
    old = {d["id"]: d for d in case["deadlines"]}
    new = {d["id"]: d for d in reconcile(case)}
    if old == new:
        return False
    versions = repo.versions_of(session, Deadline, list(old))
    now = datetime.now(UTC)
    rows = rows_for([{**case, "deadlines": list(new.values())}]).tables.get("deadlines", [])
    by_id = {r["id"]: r for r in rows}
    inserts = [
        {**by_id[i], "created_at": now, "updated_at": now, "version": 1}
        for i in new
        if i not in old
    ]
    repo.insert_rows(session, Deadline, inserts)
    for deadline_id in old:
        if deadline_id in versions and deadline_id not in new:
            repo.delete_if_unchanged(session, Deadline, deadline_id, versions[deadline_id])
        elif deadline_id in versions and new[deadline_id] != old[deadline_id]:
            values = {
                k: v
                for k, v in by_id[deadline_id].items()
                if k not in ("id", "case_id", "created_at", "updated_at", "version")
            }
            repo.update_if_unchanged(
                session, Deadline, deadline_id, versions[deadline_id], {**values, "updated_at": now}
            )
    return True
