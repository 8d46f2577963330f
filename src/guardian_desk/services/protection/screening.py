"""A case's screenings for trafficking risk: the concern it is under, the tasks the concern
and any missing episode require (with their owners and due days), when to screen again, and
what is paused while a clear concern waits for a best-interests assessment.

Everything here reads a case tree (the exchange format), so the window, the command line and
the deadline reconciliation (``services/calendar``) agree. The tasks are deadlines computed
like the rules' (``rule_id`` ``guardian-desk:protection:…``): they follow the screenings as
they are recorded, keep their done or waived status, and show in the Deadlines tab, the
calendar, This week and the reminders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from guardian_desk.domain.codes import jurisdiction_name
from guardian_desk.domain.dates import day_of
from guardian_desk.domain.missing import Moment
from guardian_desk.domain.roles import PROTECTION_TASKS
from guardian_desk.domain.screening import Action, Concern, answer_of
from guardian_desk.errors import Message, Named, NotFoundError, joined, translatable
from guardian_desk.services.protection.instruments import instrument, missing_actions
from guardian_desk.services.records import computed_deadlines, new_record

PREFIX = PROTECTION_TASKS
_ORDER = {Concern.NONE: 0, Concern.POSSIBLE: 1, Concern.CLEAR: 2}
# The levels as the window names them (context "Values", ui/records/labels.py).
_LEVEL_WORDS = {
    Concern.NONE: "No concern",
    Concern.POSSIBLE: "Possible concern",
    Concern.CLEAR: "Clear concern",
}
RESCREEN_TITLE = translatable("Rules", "Screen the child again for trafficking risk")


def _m(template: str, **params: object) -> Message:
    return Message("Protection", template, **params)


def effective(screening: Mapping[str, Any]) -> Concern:
    """The rule's level, or the level a person raised it to (never lowered)."""
    level = Concern(screening.get("concern") or Concern.NONE)
    raised = screening.get("raised_to")
    if raised and _ORDER[Concern(raised)] > _ORDER[level]:
        return Concern(raised)
    return level


@dataclass(frozen=True)
class CaseConcern:
    """The concern a case is under: its latest open screening's, and since when."""

    level: Concern
    screened_on: date | None
    screening_id: str | None
    assessed: bool  # a best-interests assessment was held since that screening

    @property
    def pauses(self) -> bool:
        return self.level == Concern.CLEAR and not self.assessed


def _latest_open(case: Mapping[str, Any]) -> Mapping[str, Any] | None:
    open_ = [s for s in case.get("screenings") or [] if not s.get("closed_on")]
    return max(open_, key=lambda s: (str(s.get("screened_on")), str(s.get("id"))), default=None)


def concern_of(case: Mapping[str, Any]) -> CaseConcern:
    latest = _latest_open(case)
    if latest is None:
        return CaseConcern(Concern.NONE, None, None, False)
    since = day_of(latest.get("screened_on"))
    assessed = any(
        (day_of(b.get("held_on")) or date.min) >= (since or date.max)
        for b in case.get("best_interests") or []
    )
    return CaseConcern(effective(latest), since, str(latest.get("id")), assessed)


def paused(case: Mapping[str, Any], what: str = "transfer") -> Message | None:
    """Why ``what`` ("transfer": a referral or disclosure of the case; "tracing": contacting
    the family) is paused for this case, or None. A clear concern that is open without a
    best-interests assessment held since its screening pauses both."""
    concern = concern_of(case)
    if not concern.pauses:
        return None
    day = concern.screened_on.isoformat() if concern.screened_on else "?"
    if what == "tracing":
        return _m(
            "Family tracing and any contact with the family are paused: a clear trafficking "
            "concern (screening of {day}) is open without a best-interests assessment.",
            day=day,
        )
    return _m(
        "Sharing this case is paused: a clear trafficking concern (screening of {day}) is "
        "open without a best-interests assessment. Record the assessment first.",
        day=day,
    )


def new_screening(
    case: Mapping[str, Any],
    answers: Mapping[str, Any],
    screened_on: date,
    *,
    instrument_id: str | None = None,
    screened_by_id: str | None = None,
    interpreter_id: str | None = None,
    language: str | None = None,
    raised_to: str | None = None,
    raised_because: str | None = None,
    notes: str | None = None,
) -> dict[str, Any]:
    """A screening record (with its answers below it) for ``case``: the concern the
    instrument's rule gives for ``answers`` (indicator id → "yes"/"no"/"unknown", or a dict
    with "answer" and "evidence").

    Raises:
        NotFoundError: no such instrument.
        ValueError: an answer names an indicator the instrument does not have.
    """
    tool = instrument(instrument_id) if instrument_id else instrument()
    unknown = [i for i in answers if tool.indicator(i) is None]
    if unknown:
        raise ValueError(f"The instrument {tool.id} has no indicator '{unknown[0]}'.")
    rows = []
    for indicator in tool.indicators:
        value = answers.get(indicator.id)
        evidence = value.get("evidence") if isinstance(value, Mapping) else None
        rows.append(
            new_record(
                "answers",
                indicator_id=indicator.id,
                answer=answer_of(value).value,
                evidence=evidence or None,
            )
        )
    record = new_record(
        "screenings",
        instrument_id=tool.id,
        instrument_version=tool.version,
        screened_on=screened_on.isoformat(),
        screened_by_id=screened_by_id,
        interpreter_id=interpreter_id,
        language=language,
        concern=tool.concern(answers).value,
        raised_to=raised_to,
        raised_because=raised_because,
        closed_on=None,
        notes=notes,
    )
    record["answers"] = rows
    return record


# --- the tasks ---------------------------------------------------------------------------------


def _owner(case: Mapping[str, Any], role: str, on: date) -> str | None:
    """The team member of the case who holds ``role``: the lead lawyer, the caseworker, the
    guardian ad litem appointed on the day; none for a role the case does not name (a
    supervising lawyer, the data protection officer: the title says whose it is)."""
    if role == "lawyer":
        return case.get("lead_lawyer_id")
    if role == "caseworker":
        return case.get("caseworker_id")
    if role == "guardian_ad_litem":
        for appointment in case.get("guardian_appointments") or []:
            started = day_of(appointment.get("started_on"))
            ended = day_of(appointment.get("ended_on"))
            current = started and started <= on and (ended is None or ended >= on)
            if current and appointment.get("team_member_id"):
                return str(appointment["team_member_id"])
    return None


def _task(
    rule_id: str, action: Action, start: date, case: Mapping[str, Any], explanation: Message
) -> dict[str, Any]:
    return {
        "title": action.title["en"],
        "task": True,
        "due_on": action.due_on(start).isoformat(),
        "due_latest_on": None,
        "rule_id": rule_id,
        "citation": "docs/protection.md",
        "explanation": str(explanation),
        "owner_id": _owner(case, action.owner_role, start),
    }


def _wanted(case: Mapping[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    screenings = case.get("screenings") or []
    for screening in screenings:
        if screening.get("closed_on"):
            continue
        day = day_of(screening.get("screened_on"))
        if day is None:
            continue
        try:
            tool = instrument(str(screening.get("instrument_id")))
        except NotFoundError:
            continue  # an instrument no longer installed: its tasks stay as they were
        level = effective(screening)
        for action in tool.actions_for(level):
            why = _m(
                "The screening of {day} found: {level}. The instrument {instrument} asks for this.",
                day=day.isoformat(),
                level=Message("Values", _LEVEL_WORDS[level]),
                instrument=tool.id,
            )
            rule_id = f"{PREFIX}screening:{screening['id']}:{action.id}"
            found.append(_task(rule_id, action, day, case, why))
    for episode in case.get("missing_episodes") or []:
        found += _missing_tasks(case, episode)
    again = _rescreen(case, screenings)
    if again is not None:
        found.append(again)
    return found


def episode_jurisdiction(case: Mapping[str, Any], episode: Mapping[str, Any]) -> str | None:
    """Where a missing episode's rules come from: the episode's own jurisdiction, else that of
    the placement the child was in on the day they went missing (the latest begun, when one
    ended that day and another began), else the case's home jurisdiction."""
    if episode.get("jurisdiction"):
        return str(episode["jurisdiction"])
    since = day_of(episode.get("missing_since"))
    open_then = []
    for placement in (case.get("child") or {}).get("placements") or []:
        started, ended = day_of(placement.get("started_on")), day_of(placement.get("ended_on"))
        if (
            placement.get("jurisdiction")
            and since is not None
            and started is not None
            and started <= since
            and (ended is None or ended >= since)
        ):
            open_then.append((started, str(placement["jurisdiction"])))
    if open_then:
        return max(open_then)[1]
    home = case.get("home_jurisdiction")
    return str(home) if home else None


def _missing_tasks(case: Mapping[str, Any], episode: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The episode's actions in its jurisdiction, each due from the day the child went
    missing or, for an action on the child's return, from the day they came back (only once
    that day is recorded). The rule ids stay ``…missing:<episode id>:<action id>``."""
    since = day_of(episode.get("missing_since"))
    if since is None:
        return []
    back = day_of(episode.get("returned_on"))
    tasks = []
    for action in missing_actions(episode_jurisdiction(case, episode)).actions:
        start = back if action.counts_from == Moment.RETURN else since
        if start is None:
            continue
        if action.counts_from == Moment.RETURN:
            when = _m("The child came back on {day} from a missing episode.", day=start.isoformat())
        else:
            when = _m("The child went missing on {day}.", day=start.isoformat())
        citation = action.citation.rstrip(".")
        if action.jurisdiction is None:
            rule = _m("The program's general practice: {citation}.", citation=citation)
        else:
            code = action.jurisdiction
            rule = _m(
                "The rule ({jurisdiction}): {citation}.",
                jurisdiction=Named("jurisdiction", code, jurisdiction_name(code)),
                citation=citation,
            )
        parts = [when, rule]
        if action.to_confirm:
            parts.append(_m("A lawyer has still to confirm this rule."))
        rule_id = f"{PREFIX}missing:{episode['id']}:{action.id}"
        task = _task(rule_id, action, start, case, joined(parts, " "))
        task["citation"] = action.citation
        tasks.append(task)
    return tasks


def _rescreen(
    case: Mapping[str, Any], screenings: Sequence[Mapping[str, Any]]
) -> dict[str, Any] | None:
    """Screen again: after the instrument's days, a change of placement, or the child's
    return from a missing episode, whichever comes first (only once a case was screened)."""
    dated = [(d, s) for s in screenings if (d := day_of(s.get("screened_on"))) is not None]
    if not dated:
        return None
    last_day, last = max(dated, key=lambda p: p[0])
    try:
        tool = instrument(str(last.get("instrument_id")))
    except NotFoundError:
        return None
    due, why = (
        last_day + timedelta(days=tool.rescreen_days),
        _m("The last screening was on {day}.", day=last_day.isoformat()),
    )
    child = case.get("child") or {}
    if tool.rescreen_after_placement:
        for placement in child.get("placements") or []:
            started = day_of(placement.get("started_on"))
            if started and started > last_day and started + timedelta(days=7) < due:
                due = started + timedelta(days=7)
                why = _m("The placement changed on {day}.", day=started.isoformat())
    if tool.rescreen_after_missing:
        within = missing_actions().rescreen_within
        for episode in case.get("missing_episodes") or []:
            back = day_of(episode.get("returned_on"))
            if back and back >= last_day and back + within < due:
                due = back + within
                why = _m(
                    "The child came back on {day} from a missing episode.", day=back.isoformat()
                )
    return {
        "title": RESCREEN_TITLE,
        "task": True,
        "due_on": due.isoformat(),
        "due_latest_on": None,
        "rule_id": f"{PREFIX}rescreen:{last.get('id')}",
        "citation": "docs/protection.md",
        "explanation": str(why),
        "owner_id": case.get("caseworker_id"),
    }


def protection_tasks(
    case: Mapping[str, Any], rows: Mapping[str, dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """The case's protection tasks computed anew; ``rows`` are those it had (by rule id):
    a task keeps its id and status; an open one no longer wanted goes, a done or waived one
    stays as the person's record."""
    return computed_deadlines(_wanted(case), dict(rows or {}))
