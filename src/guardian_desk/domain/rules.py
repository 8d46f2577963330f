"""Deadline rules as data: what starts a clock, how long it runs, and the law that says so.

Rules live in TOML files under ``resources/rules/`` (one file per jurisdiction or body of
law), so a lawyer can check or change them without touching code; ``docs/deadline-rules.md``
explains the format. A malformed file is refused with a message naming the file, the rule and
the field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import available_timezones

from guardian_desk.domain.codes import is_jurisdiction
from guardian_desk.domain.datafile import DataFileReader
from guardian_desk.domain.enums import DocumentType, ProceedingKind, ReturnRefusalGround
from guardian_desk.domain.periods import Period, Roll, Unit
from guardian_desk.errors import Problem, ValidationError


class Trigger(StrEnum):
    """The event a rule's clock starts from."""

    LAST_ARRIVAL = "last_arrival"
    DECISION_NOTIFIED = "decision_notified"
    HEARING = "hearing"
    BIRTHDAY_18 = "birthday_18"
    BIRTHDAY_21 = "birthday_21"
    DOCUMENT_ISSUED = "document_issued"
    DOCUMENT_EXPIRES = "document_expires"
    REFUSAL_TO_RETURN_NOTIFIED = "refusal_to_return_notified"
    PLACEMENT_REQUEST_RECEIVED = "placement_request_received"
    PLACEMENT_ABROAD = "placement_abroad"  # a placement planned in another country


class Counting(StrEnum):
    """How the period is counted."""

    PLAIN = "plain"  # add the period to the trigger's day, then roll
    EU_1182_71 = "eu_1182_71"  # Regulation (EEC, Euratom) No 1182/71, Art. 3


@dataclass(frozen=True)
class Conditions:
    """When a rule applies; an empty field means any."""

    proceeding_kinds: tuple[ProceedingKind, ...] = ()
    unaccompanied: bool | None = None  # True: only unaccompanied; False: only others
    document_types: tuple[DocumentType, ...] = ()  # for the document_* triggers
    # Forums where the rule applies (ISO 3166; a country includes its subdivisions), for
    # rules of a body of law such as an EU regulation that has no jurisdiction of its own.
    jurisdictions: tuple[str, ...] = ()
    # For the refusal_to_return_notified trigger: the grounds a refusal must rest on, and on
    # them only, for the rule to count from it (Brussels IIb Art. 29(1): Hague 1980 Art.
    # 13(1)(b) and 13(2)); empty: any refusal.
    refusal_grounds: tuple[ReturnRefusalGround, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One deadline rule, with the citation a lawyer checks it against."""

    id: str
    title: str
    citation: str
    jurisdiction: str | None  # None: wherever the forum is (EU regulations, conventions)
    trigger: Trigger
    period: Period
    roll: Roll
    counting: Counting
    conditions: Conditions
    task: bool = False  # a thing to do (a consent to ask for) rather than a last day
    time_zone: str | None = None
    notes: str | None = None
    source: str = field(default="", compare=False)  # the file it came from
    # Written from a source not yet confirmed by a lawyer of the jurisdiction: the deadline is
    # still computed, and shown marked "to confirm" with the note saying what to check.
    to_confirm: bool = False
    to_confirm_note: str | None = None


_RULE_KEYS = {
    "id", "title", "citation", "jurisdiction", "trigger", "offset", "roll", "counting",
    "conditions", "task", "time_zone", "notes", "to_confirm", "to_confirm_note",
}  # fmt: skip
_OFFSET_KEYS = {"amount", "unit"}
_E = TypeVar("_E", bound=StrEnum)
_CONDITION_KEYS = {
    "proceeding_kinds",
    "unaccompanied",
    "document_types",
    "jurisdictions",
    "refusal_grounds",
}


def _choices(kind: type[StrEnum]) -> str:
    return ", ".join(member.value for member in kind)


class _Reader(DataFileReader):
    """Reads the rules of one file, collecting every problem with where it is."""

    def text(self, data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(
                f"{where}.{key}", "is missing or empty" if value is None else "must be text"
            )
            return ""
        return value.strip()

    def choice(
        self,
        data: dict[str, Any],
        key: str,
        kind: type[StrEnum],
        where: str,
        default: str | None = None,
    ) -> Any:
        value = data.get(key, default)
        if isinstance(value, str) and value in {member.value for member in kind}:
            return kind(value)
        self.problem(f"{where}.{key}", f"{value!r} is not one of: {_choices(kind)}")
        return None

    def rule(self, index: int, data: Any, default_jurisdiction: str | None) -> Rule | None:
        if not isinstance(data, dict):
            self.problem(f"rules[{index}]", "must be a table of fields")
            return None
        where = f"rules[{index}]" + (f" ({data['id']})" if isinstance(data.get("id"), str) else "")
        for unknown in sorted(set(data) - _RULE_KEYS):
            self.problem(f"{where}.{unknown}", "is not a field of a rule")
        rule_id = self.text(data, "id", where)
        title = self.text(data, "title", where)
        citation = self.text(data, "citation", where)
        jurisdiction = data.get("jurisdiction", default_jurisdiction)
        if jurisdiction is not None and (
            not isinstance(jurisdiction, str) or not is_jurisdiction(jurisdiction)
        ):
            self.problem(f"{where}.jurisdiction", f"{jurisdiction!r} is not an ISO 3166 code")
        trigger = self.choice(data, "trigger", Trigger, where)
        roll = self.choice(data, "roll", Roll, where, default="next")
        counting = self.choice(data, "counting", Counting, where, default="plain")
        period = self.offset(data.get("offset"), where)
        conditions = self.conditions(data.get("conditions", {}), where)
        zone = data.get("time_zone")
        if zone is not None and zone not in available_timezones():
            self.problem(f"{where}.time_zone", f"{zone!r} is not an IANA time zone")
        task = data.get("task", False)
        if not isinstance(task, bool):
            self.problem(f"{where}.task", "must be true or false")
        notes = data.get("notes")
        if notes is not None and not isinstance(notes, str):
            self.problem(f"{where}.notes", "must be text")
        to_confirm = data.get("to_confirm", False)
        if not isinstance(to_confirm, bool):
            self.problem(f"{where}.to_confirm", "must be true or false")
        confirm_note = data.get("to_confirm_note")
        if confirm_note is not None and (
            not isinstance(confirm_note, str) or not confirm_note.strip()
        ):
            self.problem(f"{where}.to_confirm_note", "must be text")
        elif confirm_note is not None and to_confirm is not True:
            self.problem(
                f"{where}.to_confirm_note", "says what to confirm: it needs to_confirm = true"
            )
        if None in (trigger, roll, counting, period, conditions) or not all(
            (rule_id, title, citation)
        ):
            return None
        assert period is not None
        assert conditions is not None
        return Rule(
            id=rule_id,
            title=title,
            citation=citation,
            jurisdiction=jurisdiction,
            trigger=trigger,
            period=period,
            roll=roll,
            counting=counting,
            conditions=conditions,
            task=bool(task),
            time_zone=zone,
            notes=notes,
            source=self.name,
            to_confirm=to_confirm is True,
            to_confirm_note=confirm_note.strip() if isinstance(confirm_note, str) else None,
        )

    def offset(self, data: Any, where: str) -> Period | None:
        if not isinstance(data, dict):
            self.problem(
                f"{where}.offset",
                'is missing: write offset = { amount = 30, unit = "calendar_days" }',
            )
            return None
        for unknown in sorted(set(data) - _OFFSET_KEYS):
            self.problem(f"{where}.offset.{unknown}", "is not a field of an offset")
        amount, unit = data.get("amount"), data.get("unit")
        if isinstance(amount, bool) or not isinstance(amount, int):
            self.problem(f"{where}.offset.amount", f"{amount!r} is not a whole number")
            return None
        if not isinstance(unit, str) or unit not in {u.value for u in Unit}:
            self.problem(f"{where}.offset.unit", f"{unit!r} is not one of: {_choices(Unit)}")
            return None
        try:
            return Period(amount, Unit(unit))
        except ValidationError as exc:
            for problem in exc.problems:
                self.problem(f"{where}.offset.{problem.path}", problem.message)
            return None

    def conditions(self, data: Any, where: str) -> Conditions | None:
        if not isinstance(data, dict):
            self.problem(f"{where}.conditions", "must be a table of conditions")
            return None
        for unknown in sorted(set(data) - _CONDITION_KEYS):
            self.problem(f"{where}.conditions.{unknown}", "is not a condition this program knows")
        kinds = self._choices_of(data, "proceeding_kinds", ProceedingKind, where)
        documents = self._choices_of(data, "document_types", DocumentType, where)
        grounds = self._choices_of(data, "refusal_grounds", ReturnRefusalGround, where)
        places = data.get("jurisdictions", [])
        if not isinstance(places, list) or not all(
            isinstance(code, str) and is_jurisdiction(code) for code in places
        ):
            self.problem(
                f"{where}.conditions.jurisdictions",
                "must be a list of ISO 3166 codes such as DE or US-CA",
            )
            places = []
        unaccompanied = data.get("unaccompanied")
        if unaccompanied is not None and not isinstance(unaccompanied, bool):
            self.problem(f"{where}.conditions.unaccompanied", "must be true or false")
            unaccompanied = None
        return Conditions(
            tuple(kinds), unaccompanied, tuple(documents), tuple(places), tuple(grounds)
        )

    def _choices_of(
        self, data: dict[str, Any], key: str, choices: type[_E], where: str
    ) -> list[_E]:
        values = data.get(key, [])
        if not isinstance(values, list):
            self.problem(f"{where}.conditions.{key}", "must be a list")
            return []
        found: list[_E] = []
        for value in values:
            try:
                found.append(choices(value))
            except ValueError:
                self.problem(
                    f"{where}.conditions.{key}", f"{value!r} is not one of: {_choices(choices)}"
                )
        return found


def read_rules(path: Path) -> list[Rule]:
    """The rules of one TOML file.

    Raises:
        ValidationError: listing each problem as ``file: rules[i] (id).field: message``.
    """
    reader = _Reader(path.name)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"The rule file {path.name} cannot be read: {exc}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"The rule file {path.name} is not valid TOML: {exc}.") from None
    default = data.get("jurisdiction")
    rules_data = data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        reader.problem("rules", "the file has no [[rules]]")
        rules_data = []
    rules = [reader.rule(i, item, default) for i, item in enumerate(rules_data)]
    if reader.problems:
        raise ValidationError(f"The rule file {path.name} has mistakes:", reader.problems)
    return [rule for rule in rules if rule is not None]


def load_rules(paths: Iterable[Path]) -> dict[str, Rule]:
    """Every rule of the given files, by id; ids must be unique across all files.

    Raises:
        ValidationError: a file has mistakes, or two rules share an id.
    """
    found: dict[str, Rule] = {}
    problems: list[Problem] = []
    for path in sorted(paths):
        try:
            rules = read_rules(path)
        except ValidationError as exc:
            problems += exc.problems or [Problem(path.name, exc.summary)]
            continue
        for rule in rules:
            if rule.id in found:
                problems.append(
                    Problem(
                        f"{path.name}: {rule.id}", f"the id is used in {found[rule.id].source} too"
                    )
                )
            found[rule.id] = rule
    if problems:
        raise ValidationError("The deadline rules have mistakes:", problems)
    return found
