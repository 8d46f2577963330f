"""The deadlines the rules give for cases, from what each case records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from guardian_desk.domain.dates import DateOfBirth
from guardian_desk.domain.deadlines import (
    CaseFacts,
    ComputedDeadline,
    ProceedingFacts,
    deadlines_for,
)
from guardian_desk.domain.enums import DobCertainty, ProceedingKind
from guardian_desk.domain.rules import Rule, load_rules
from guardian_desk.resources import resource_path
from guardian_desk.services import exchange
from guardian_desk.storage.database import Database


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
        notified = tuple(
            date.fromisoformat(d["notified_on"])
            for d in proceeding.get("decisions", [])
            if d.get("notified_on")
        )
        hearings = tuple(
            (h["id"], _local_day(h["starts_at"], h["time_zone"]))
            for h in proceeding.get("hearings", [])
        )
        proceedings.append(
            ProceedingFacts(
                proceeding["id"],
                ProceedingKind(proceeding["kind"]),
                proceeding["jurisdiction"],
                notified,
                hearings,
            )
        )
    arrival = child.get("last_arrival_on")
    return CaseFacts(
        home_jurisdiction=case.get("home_jurisdiction"),
        unaccompanied=unaccompanied,
        last_arrival=date.fromisoformat(arrival) if arrival else None,
        date_of_birth=dob,
        proceedings=tuple(proceedings),
    )


def _local_day(instant: str, zone: str) -> date:
    moment = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    return moment.astimezone(ZoneInfo(zone)).date()


@dataclass(frozen=True)
class CaseDeadline:
    reference: str
    deadline: ComputedDeadline

    def as_json(self) -> dict[str, Any]:
        d = self.deadline
        return {
            "case": self.reference,
            "due": d.due.isoformat(),
            "due_latest": d.due_latest.isoformat() if d.due_latest else None,
            "certainty": "uncertain" if d.uncertain else "exact",
            "title": d.rule.title,
            "rule": d.rule.id,
            "citation": d.rule.citation,
            "explanation": d.explanation,
        }


def for_cases(
    db: Database,
    references: Sequence[str] | None = None,
    *,
    due_from: date | None = None,
    due_until: date | None = None,
) -> list[CaseDeadline]:
    """Deadlines the rules give for the named cases (all without names), earliest first."""
    document = exchange.export_document(db, references)
    rules = shipped_rules()
    found = []
    for case in document["cases"]:
        for deadline in deadlines_for(facts_of(case), rules):
            last = deadline.due_latest or deadline.due
            if due_from is not None and last < due_from:
                continue
            if due_until is not None and deadline.due > due_until:
                continue
            found.append(CaseDeadline(case["reference"], deadline))
    return sorted(found, key=lambda c: (c.deadline.due, c.reference, c.deadline.rule.id))
