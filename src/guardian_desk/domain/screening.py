"""Screening for trafficking risk as data: an instrument is a list of indicators, a rule that
turns the answers into a **concern level** (none, possible, clear — never "victim"), and the
actions each level requires, with their owner's role and when they are due.

Instruments are TOML files (``resources/screening/``, ``docs/protection.md``); an
organisation adds its own. This module reads and checks one, and applies its rule; it
decides nothing about where the files are. The rule is the program's, written in the file,
not a validated cut-off: the file says so, and so does the window.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

DIMENSIONS = ("recruitment", "exploitation", "control", "vulnerability")
STRENGTHS = ("strong", "medium", "weak")
LANGUAGES = ("en", "fr", "es", "ar")
PAUSES = ("transfer", "tracing")


class Concern(StrEnum):
    NONE = "none"
    POSSIBLE = "possible"
    CLEAR = "clear"


class Answer(StrEnum):
    YES = "yes"  # the indicator is present
    NO = "no"
    UNKNOWN = "unknown"  # not asked, or the child did not answer


class InstrumentError(ValueError):
    """An instrument file that cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class Indicator:
    id: str
    dimension: str
    strength: str
    source: str
    question: Mapping[str, str]

    def text(self, language: str) -> str:
        return self.question.get(language) or self.question["en"]


@dataclass(frozen=True)
class Action:
    id: str
    level: Concern
    owner_role: str
    due: timedelta
    title: Mapping[str, str]
    pauses: tuple[str, ...] = ()

    def text(self, language: str) -> str:
        return self.title.get(language) or self.title["en"]

    def due_on(self, screened_on: date) -> date:
        """The day it is due: the same day for anything within the day."""
        return (datetime.combine(screened_on, datetime.min.time()) + self.due).date()


@dataclass(frozen=True)
class Rule:
    clear_strong: int
    clear_medium: int
    possible_medium: int
    possible_weak: int
    note: str


@dataclass(frozen=True)
class Instrument:
    id: str
    version: int
    title: str
    disclaimer: str
    indicators: tuple[Indicator, ...]
    rule: Rule
    actions: tuple[Action, ...]
    rescreen_days: int
    rescreen_after_placement: bool
    rescreen_after_missing: bool
    sources: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def concern(self, answers: Mapping[str, Any]) -> Concern:
        """The concern level the rule gives for ``answers`` (indicator id → "yes", "no",
        "unknown", or a dict with "answer"); an indicator not answered counts as unknown.
        Only "yes" counts: an unknown never lowers the level, and never raises it."""
        present = {self_id for self_id, value in answers.items() if answer_of(value) == Answer.YES}
        counts = dict.fromkeys(STRENGTHS, 0)
        for indicator in self.indicators:
            if indicator.id in present:
                counts[indicator.strength] += 1
        rule = self.rule
        if counts["strong"] >= rule.clear_strong or counts["medium"] >= rule.clear_medium:
            return Concern.CLEAR
        if counts["medium"] >= rule.possible_medium or counts["weak"] >= rule.possible_weak:
            return Concern.POSSIBLE
        return Concern.NONE

    def actions_for(self, level: Concern) -> tuple[Action, ...]:
        """What a concern level requires; a clear concern's actions include none of the
        possible level's (the file lists each level's own)."""
        return tuple(a for a in self.actions if a.level == level)


def answer_of(value: Any) -> Answer:
    if isinstance(value, Mapping):
        value = value.get("answer")
    try:
        return Answer(str(value))
    except ValueError:
        return Answer.UNKNOWN


def parse_instrument(text: str, source: str) -> Instrument:
    """An instrument from its TOML text, every fault named.

    Raises:
        InstrumentError: naming ``source`` and the first fault found.
    """

    def fail(where: str, what: str) -> InstrumentError:
        return InstrumentError(f"{source}: {where}: {what}")

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise fail("the file", f"is not valid TOML ({exc})") from None
    sources = {s.get("id"): s for s in data.get("sources", []) if isinstance(s, dict)}
    indicators: list[Indicator] = []
    for index, item in enumerate(data.get("indicators", [])):
        where = f"indicators[{index}]"
        if item.get("dimension") not in DIMENSIONS:
            raise fail(where, f"dimension must be one of {', '.join(DIMENSIONS)}")
        if item.get("strength") not in STRENGTHS:
            raise fail(where, f"strength must be one of {', '.join(STRENGTHS)}")
        if item.get("source") not in sources:
            raise fail(where, "names a source the file does not list")
        question = item.get("question") or {}
        if not isinstance(question, dict) or not str(question.get("en", "")).strip():
            raise fail(where, "needs its question in English at least")
        if any(i.id == item.get("id") for i in indicators) or not item.get("id"):
            raise fail(where, "needs an id of its own")
        indicators.append(
            Indicator(
                str(item["id"]),
                item["dimension"],
                item["strength"],
                item["source"],
                {str(k): str(v) for k, v in question.items()},
            )
        )
    if not indicators:
        raise fail("indicators", "there must be at least one")
    raw_rule = data.get("rule") or {}
    try:
        rule = Rule(
            int(raw_rule["clear_strong"]),
            int(raw_rule["clear_medium"]),
            int(raw_rule["possible_medium"]),
            int(raw_rule["possible_weak"]),
            str(raw_rule.get("note", "")),
        )
    except (KeyError, TypeError, ValueError):
        raise fail(
            "rule", "needs clear_strong, clear_medium, possible_medium, possible_weak"
        ) from None
    if min(rule.clear_strong, rule.clear_medium, rule.possible_medium, rule.possible_weak) < 1:
        raise fail("rule", "each threshold must be at least 1")
    actions: list[Action] = []
    for index, item in enumerate(data.get("actions", [])):
        where = f"actions[{index}]"
        try:
            level = Concern(item.get("level"))
        except ValueError:
            raise fail(where, "level must be possible or clear") from None
        if level == Concern.NONE:
            raise fail(where, "level must be possible or clear")
        if ("due_hours" in item) == ("due_days" in item):
            raise fail(where, "give either due_hours or due_days")
        due = (
            timedelta(hours=int(item["due_hours"]))
            if "due_hours" in item
            else timedelta(days=int(item["due_days"]))
        )
        if due < timedelta(0):
            raise fail(where, "cannot be due before the screening")
        pauses = tuple(item.get("pauses") or ())
        if [p for p in pauses if p not in PAUSES]:
            raise fail(where, f"pauses may name only {', '.join(PAUSES)}")
        title = item.get("title") or {}
        if not str(title.get("en", "")).strip() or not item.get("owner_role"):
            raise fail(where, "needs an owner_role and a title in English at least")
        actions.append(
            Action(
                str(item["id"]),
                level,
                str(item["owner_role"]),
                due,
                {str(k): str(v) for k, v in title.items()},
                pauses,
            )
        )
    again = data.get("rescreening") or {}
    try:
        return Instrument(
            id=str(data["id"]),
            version=int(data.get("version", 1)),
            title=str(data.get("title") or data["id"]),
            disclaimer=str(data.get("disclaimer", "")),
            indicators=tuple(indicators),
            rule=rule,
            actions=tuple(actions),
            rescreen_days=int(again.get("after_days", 90)),
            rescreen_after_placement=bool(again.get("after_placement_change", True)),
            rescreen_after_missing=bool(again.get("after_missing_episode", True)),
            sources={str(k): v for k, v in sources.items()},
        )
    except KeyError:
        raise fail("the file", "needs an id") from None
