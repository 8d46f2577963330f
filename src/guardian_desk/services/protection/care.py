"""Continuity of care: the tasks that keep a child's services, care plan, tracing requests and
best-interests determinations followed up, wherever the child's file goes.

Each is a deadline computed like the rules' (``rule_id`` ``guardian-desk:care:…``,
``…:tracing:…``, ``…:best-interests:…``), so it shows in the Deadlines tab, the calendar,
This week (overdue first) and the reminders, to the roles that read its section
(``domain/roles.TASK_SECTIONS``):

- a **service** (a referral to a provider) still under way whose next follow-up date is set
  and not yet done: "Follow up the … referral", due that day, for the team member
  responsible (else the caseworker);
- an open **goal of the care plan** with a review date: "Review a goal of the care plan";
- an open **tracing request** with a follow-up date: "Follow up a tracing request";
- a **best-interests determination** (or assessment) with a review date: "Review the
  best-interests determination", for the caseworker.

A follow-up's rule id holds its date: once done, the next date is a task of its own, and the
one marked done stays as the person's record. Recording the day it was followed up
(``followed_up_on`` on or after the date) closes it without a click in the Deadlines tab.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from guardian_desk.domain.dates import day_of
from guardian_desk.domain.roles import BEST_INTERESTS_TASKS, CARE_TASKS, TRACING_TASKS
from guardian_desk.errors import Message, translatable
from guardian_desk.services.records import computed_deadlines

CARE_PREFIXES = (CARE_TASKS, TRACING_TASKS, BEST_INTERESTS_TASKS)
# A service in one of these states needs no more follow-up.
FINISHED = frozenset({"completed", "declined", "ended"})
FOLLOW_UP_TITLES = {
    "education": translatable("Rules", "Follow up the school referral"),
    "health": translatable("Rules", "Follow up the health referral"),
    "mental_health": translatable("Rules", "Follow up the mental-health referral"),
    "shelter": translatable("Rules", "Follow up the shelter or placement referral"),
    "legal": translatable("Rules", "Follow up the referral for legal help"),
    "language": translatable("Rules", "Follow up the language classes"),
    "other": translatable("Rules", "Follow up a service for the child"),
}
GOAL_TITLE = translatable("Rules", "Review a goal of the care plan")
TRACING_TITLE = translatable("Rules", "Follow up a tracing request")
BEST_INTERESTS_TITLES = {
    "determination": translatable("Rules", "Review the best-interests determination"),
    "assessment": translatable("Rules", "Review the best-interests assessment"),
}


def _m(template: str, **params: object) -> Message:
    return Message("Care", template, **params)


def _task(rule_id: str, title: str, due: date, explanation: Message, owner: Any) -> dict[str, Any]:
    return {
        "title": title,
        "task": True,
        "due_on": due.isoformat(),
        "due_latest_on": None,
        "rule_id": rule_id,
        "citation": "docs/protection.md",
        "explanation": str(explanation),
        "owner_id": owner,
    }


def _pending(due: date | None, done: date | None) -> bool:
    return due is not None and (done is None or done < due)


def _wanted(case: Mapping[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    caseworker = case.get("caseworker_id")
    for service in case.get("care_services") or []:
        due = day_of(service.get("follow_up_on"))
        if service.get("status") in FINISHED or not _pending(
            due, day_of(service.get("followed_up_on"))
        ):
            continue
        assert due is not None
        kind = str(service.get("kind") or "other")
        found.append(
            _task(
                f"{CARE_TASKS}service:{service['id']}:{due.isoformat()}",
                FOLLOW_UP_TITLES.get(kind, FOLLOW_UP_TITLES["other"]),
                due,
                _m("Referred to {provider}.", provider=service.get("provider") or "?"),
                service.get("responsible_id") or caseworker,
            )
        )
    for goal in case.get("care_goals") or []:
        due = day_of(goal.get("review_on"))
        if (goal.get("status") or "open") != "open" or not _pending(
            due, day_of(goal.get("reviewed_on"))
        ):
            continue
        assert due is not None
        found.append(
            _task(
                f"{CARE_TASKS}goal:{goal['id']}:{due.isoformat()}",
                GOAL_TITLE,
                due,
                _m("The goal: {goal}", goal=goal.get("goal") or ""),
                goal.get("responsible_id") or caseworker,
            )
        )
    for request in case.get("tracing_requests") or []:
        due = day_of(request.get("follow_up_on"))
        if (request.get("status") or "open") != "open" or due is None:
            continue
        found.append(
            _task(
                f"{TRACING_TASKS}request:{request['id']}:{due.isoformat()}",
                TRACING_TITLE,
                due,
                _m("Asked of {agency}.", agency=request.get("agency") or "?"),
                caseworker,
            )
        )
    for held in case.get("best_interests") or []:
        due = day_of(held.get("review_on"))
        if due is None:
            continue
        kind = str(held.get("kind") or "assessment")
        found.append(
            _task(
                f"{BEST_INTERESTS_TASKS}{held['id']}:{due.isoformat()}",
                BEST_INTERESTS_TITLES.get(kind, BEST_INTERESTS_TITLES["assessment"]),
                due,
                _m("Held on {day}.", day=held.get("held_on") or "?"),
                caseworker,
            )
        )
    return found


def care_tasks(
    case: Mapping[str, Any], rows: Mapping[str, dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """The case's continuity-of-care tasks computed anew; ``rows`` are those it had (by rule
    id, any of :data:`CARE_PREFIXES`): a task keeps its id and status; an open one no longer wanted
    goes, a done or waived one stays as the person's record."""
    return computed_deadlines(_wanted(case), dict(rows or {}))
