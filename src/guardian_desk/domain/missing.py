"""What a missing episode sets in motion, as data: the immediate actions, each with its
owner's role, when it is due and the rule it rests on, for the program's general practice
and for each jurisdiction that has its own.

A file (``resources/protection/missing/*.toml``, ``docs/protection.md``) is one of three
kinds: the **general practice** (no ``jurisdiction``, with the ``[return]`` table), a
**jurisdiction**'s (``jurisdiction`` an ISO 3166 code: a country ``US`` or a subdivision
``US-CA``), or a **region**'s (``jurisdiction = "EU"`` with the ``countries`` it covers).
The actions in force somewhere are the general ones, then a region's of the country, then
the country's, then the subdivision's: an action whose ``id`` is already there replaces it
where it stood, a new one is added at the end. This module reads and checks a file (every
fault named) and works out that chain; it decides nothing about where the files are.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from guardian_desk.domain.codes import is_country, is_jurisdiction
from guardian_desk.domain.datafile import DataFileReader
from guardian_desk.domain.screening import LANGUAGES, Action, Concern
from guardian_desk.errors import ValidationError

ACTION_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")  # it ends the task's rule id (120 characters)
ROLE_ID = re.compile(r"^[a-z][a-z0-9_]{0,59}$")
REGION = re.compile(r"^[A-Z]{2,3}$")
MAX_CITATION = 400  # what a deadline's citation holds
_FILE_KEYS = {"jurisdiction", "countries", "actions", "return"}
_ACTION_KEYS = {
    "id",
    "title",
    "owner_role",
    "due_hours",
    "due_days",
    "counts_from",
    "citation",
    "source",
    "to_confirm",
    "to_confirm_note",
    "note",
}


class Moment(StrEnum):
    """The moment an action's time counts from."""

    MISSING = "missing"  # the day the child went missing
    RETURN = "return"  # the day the child came back: the action waits for it


@dataclass(frozen=True)
class MissingAction(Action):
    """An action a missing episode requires (its ``level`` is unused: always clear)."""

    counts_from: Moment = Moment.MISSING
    citation: str = ""
    source: str | None = None  # where the rule was read (an address)
    to_confirm: bool = False  # the rule's primary text was not read: a lawyer checks it
    to_confirm_note: str | None = None
    note: str | None = None
    jurisdiction: str | None = None  # whose rule: None for the program's general practice


@dataclass(frozen=True)
class MissingFile:
    """One file's actions; ``jurisdiction`` is None for the general practice."""

    name: str
    jurisdiction: str | None
    countries: tuple[str, ...]  # a region's countries; empty for any other file
    actions: tuple[MissingAction, ...]
    rescreen_within_days: int | None = None  # the general file's [return] table

    @property
    def is_region(self) -> bool:
        return bool(self.countries)


class _Reader(DataFileReader):
    """Reads one file, collecting every problem with where it is."""

    def text(self, data: Mapping[str, Any], key: str, where: str, required: bool) -> str | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(
                f"{where}.{key}", "is missing or empty" if value is None else "must be text"
            )
            return None
        return value.strip()

    def flag(self, data: Mapping[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{where}.{key}", "must be true or false")
            return False
        return value

    def due(self, data: Mapping[str, Any], where: str) -> timedelta | None:
        if ("due_hours" in data) == ("due_days" in data):
            self.problem(where, "give either due_hours or due_days (not both)")
            return None
        key = "due_hours" if "due_hours" in data else "due_days"
        amount = data[key]
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
            self.problem(f"{where}.{key}", f"{amount!r} is not a whole number of 0 or more")
            return None
        return timedelta(hours=amount) if key == "due_hours" else timedelta(days=amount)

    def title(self, data: Mapping[str, Any], where: str) -> dict[str, str] | None:
        title = data.get("title")
        if not isinstance(title, dict) or not isinstance(title.get("en"), str):
            self.problem(f"{where}.title", "needs its text in English at least (title.en)")
            return None
        unknown = sorted(set(title) - set(LANGUAGES))
        if unknown:
            self.problem(
                f"{where}.title.{unknown[0]}", f"is not one of the languages {', '.join(LANGUAGES)}"
            )
        if not all(isinstance(v, str) and v.strip() for v in title.values()):
            self.problem(f"{where}.title", "each language's text must be text, not empty")
            return None
        return {str(k): str(v).strip() for k, v in title.items()}

    def action(self, index: int, data: Any, jurisdiction: str | None) -> MissingAction | None:
        if not isinstance(data, dict):
            self.problem(f"actions[{index}]", "must be a table of fields")
            return None
        label = data.get("id")
        where = f"actions[{index}]" + (f" ({label})" if isinstance(label, str) else "")
        for unknown in sorted(set(data) - _ACTION_KEYS):
            self.problem(f"{where}.{unknown}", "is not a field of an action")
        action_id = self.text(data, "id", where, required=True)
        if action_id is not None and not ACTION_ID.match(action_id):
            self.problem(
                f"{where}.id",
                "must be lowercase letters, digits and _ (at most 40), as report_police",
            )
            action_id = None
        role = self.text(data, "owner_role", where, required=True)
        if role is not None and not ROLE_ID.match(role):
            self.problem(f"{where}.owner_role", f"{role!r} is not a role id such as caseworker")
            role = None
        due = self.due(data, where)
        moment_text = data.get("counts_from", Moment.MISSING.value)
        try:
            moment = Moment(moment_text)
        except ValueError:
            self.problem(
                f"{where}.counts_from",
                f"{moment_text!r} is not one of: {', '.join(m.value for m in Moment)}",
            )
            moment = None
        title = self.title(data, where)
        citation = self.text(data, "citation", where, required=True)
        if citation is not None and len(citation) > MAX_CITATION:
            self.problem(f"{where}.citation", f"is longer than {MAX_CITATION} characters")
        source = self.text(data, "source", where, required=False)
        note = self.text(data, "note", where, required=False)
        to_confirm = self.flag(data, "to_confirm", where)
        confirm_note = self.text(data, "to_confirm_note", where, required=False)
        if confirm_note is not None and not to_confirm:
            self.problem(
                f"{where}.to_confirm_note", "says what to confirm: it needs to_confirm = true"
            )
        if (
            action_id is None
            or role is None
            or due is None
            or moment is None
            or title is None
            or citation is None
        ):
            return None
        return MissingAction(
            action_id,
            Concern.CLEAR,
            role,
            due,
            title,
            counts_from=moment,
            citation=citation,
            source=source,
            to_confirm=to_confirm,
            to_confirm_note=confirm_note,
            note=note,
            jurisdiction=jurisdiction,
        )

    def place(self, data: Mapping[str, Any]) -> tuple[str | None, tuple[str, ...]]:
        """The file's jurisdiction (None: the general practice) and a region's countries."""
        code = data.get("jurisdiction")
        countries = data.get("countries")
        if countries is not None:
            if not isinstance(code, str) or not REGION.match(code):
                self.problem("jurisdiction", "a region (with countries) needs a name such as EU")
                code = None
            if (
                not isinstance(countries, list)
                or not countries
                or not all(isinstance(c, str) and is_country(c) for c in countries)
            ):
                self.problem("countries", "must be a list of ISO 3166 country codes such as BE")
                return code, ()
            return code, tuple(countries)
        if code is not None and (not isinstance(code, str) or not is_jurisdiction(code)):
            self.problem("jurisdiction", f"{code!r} is not an ISO 3166 code such as GB or US-CA")
            return None, ()
        return code, ()

    def rescreen(self, data: Mapping[str, Any], general: bool) -> int | None:
        table = data.get("return")
        if table is None:
            return None
        if not general:
            self.problem("return", "only the general file (without jurisdiction) sets [return]")
            return None
        days = table.get("rescreen_within_days") if isinstance(table, dict) else None
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            self.problem("return.rescreen_within_days", "must be a whole number of days")
            return None
        return days


def parse_missing_file(text: str, name: str) -> MissingFile:
    """A missing-episode file from its TOML text.

    Raises:
        ValidationError: listing every fault as ``file: actions[i] (id).field: what``.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            f"The missing-episode file {name} is not valid TOML: {exc}."
        ) from None
    reader = _Reader(name)
    for unknown in sorted(set(data) - _FILE_KEYS):
        reader.problem(unknown, "is not a field of a missing-episode file")
    jurisdiction, countries = reader.place(data)
    items = data.get("actions")
    if not isinstance(items, list) or not items:
        reader.problem("actions", "the file has no [[actions]]")
        items = []
    actions = [reader.action(i, item, jurisdiction) for i, item in enumerate(items)]
    seen: set[str] = set()
    for index, item in enumerate(items):
        action_id = item.get("id") if isinstance(item, dict) else None
        if isinstance(action_id, str) and action_id in seen:
            reader.problem(f"actions[{index}] ({action_id})", "the id is used twice in the file")
        elif isinstance(action_id, str):
            seen.add(action_id)
    days = reader.rescreen(data, general="jurisdiction" not in data)
    if reader.problems:
        raise ValidationError(f"The missing-episode file {name} has mistakes:", reader.problems)
    return MissingFile(
        name, jurisdiction, countries, tuple(a for a in actions if a is not None), days
    )


def chain_of(jurisdiction: str | None, files: Iterable[MissingFile]) -> list[MissingFile]:
    """The files that apply in ``jurisdiction``, least specific first: the regions of its
    country, the country's, then its own (``US-CA``). The general file is not among them."""
    if not jurisdiction:
        return []
    code = jurisdiction.strip().upper()
    country = code.split("-", 1)[0]
    files = list(files)
    regions = [f for f in files if f.is_region and country in f.countries]
    places = [country] if country == code else [country, code]
    return regions + [f for place in places for f in files if f.jurisdiction == place]


def actions_in(general: MissingFile, chain: Sequence[MissingFile]) -> tuple[MissingAction, ...]:
    """The general actions with each file of ``chain`` over them in turn: an action of the
    same id replaces the one before where it stood; a new one comes at the end."""
    found: dict[str, MissingAction] = {a.id: a for a in general.actions}
    for file in chain:
        for action in file.actions:
            found[action.id] = action  # a dict keeps the place of a key it already had
    return tuple(found.values())
