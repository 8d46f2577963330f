"""Checking an exchange document before anything is written: its JSON, the schema, the
codes, ids, references and dates, and the database it goes into. Every problem is reported
with its JSON path.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from sqlalchemy import Date, Integer, LargeBinary, Text
from sqlalchemy import Enum as SAEnum

from guardian_desk.domain import codes
from guardian_desk.domain.dates import DateOfBirth, dob_problems, range_problem
from guardian_desk.domain.enums import DobCertainty
from guardian_desk.domain.text import forbidden_characters, has_visible_characters
from guardian_desk.errors import Problem, ValidationError
from guardian_desk.services.exchange.schema import (
    FORMAT,
    FORMAT_VERSION,
    SHA256_PATTERN,
    UUID_PATTERN,
    shipped_schema,
)
from guardian_desk.services.records import referenced_attachments, referenced_team
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.tree import (
    ATTACHMENTS,
    CASE,
    TEAM,
    Node,
)
from guardian_desk.storage.types import CodeList, UTCDateTime

MAX_REPORTED = 200
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")
# What every whole number column holds at most (SQLite and PostgreSQL BIGINT: 64 bits).
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
_LONGEST_INT = 40  # digits read as a number; longer ones are reported, never converted
# Lists that must not be empty, though the data model lets them be (what the window marks
# with *): the child's nationalities (unless stateless) and languages.
REQUIRED_LISTS: dict[str, dict[str, str]] = {
    "child": {
        "nationalities": "is required: give at least one nationality, or mark the child stateless",
        "languages": "is required: give at least one language the child speaks",
    },
}


# --- schema --------------------------------------------------------------------------------


def _path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _format_checker() -> Any:
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())

    @checker.checks("date")
    def is_date(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not _DATE.match(value):
            return False
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return True

    @checker.checks("date-time")
    def is_datetime(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not _DATETIME.match(value):
            return False
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return False
        return True

    return checker


_TYPE_WORDS = {
    "string": "a text",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "empty (null)",
}


def _short(value: Any, limit: int = 40) -> str:
    """A value quoted in a message: never more than ``limit`` characters of it."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _schema_message(error: Any) -> str:
    validator = error.validator
    if isinstance(error.instance, LongNumber):
        return error.instance.problem()
    if validator == "format":
        return f"not a {error.validator_value}" + (
            " (YYYY-MM-DD)" if error.validator_value == "date" else " with a time zone"
        )
    if validator == "required":
        return "is required"
    if validator == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message)
        return f"unknown field {', '.join(repr(e) for e in extra)}"
    if validator == "type":
        value = error.validator_value
        wanted: list[str] = value if isinstance(value, list) else [value]
        if error.instance is None:
            return "is required"  # null where the field may not be empty
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted if w != "null")
        if "integer" in wanted and isinstance(error.instance, float):
            return f"should be a whole number, not {_short(error.instance)}"
        return f"should be {words}"
    if validator == "enum":
        choices = ", ".join(str(v) for v in error.validator_value if v is not None)
        return f"'{_short(error.instance)}' is not one of: {choices}"
    if validator == "minLength":
        if "null" not in _types_of(error.schema):
            return "is required"
        return "is empty; write null when the value is not known"
    if validator == "pattern":
        if error.validator_value == UUID_PATTERN:
            return f"'{str(error.instance)[:40]}' is not an id (a UUID in lower case)"
        if error.validator_value == SHA256_PATTERN:
            return "is not a SHA-256 hash (64 hexadecimal digits in lower case)"
        return "is not in the expected form"
    if validator == "maxLength":
        return f"too long: {len(error.instance)} characters, at most {error.validator_value}"
    if validator == "const":
        return f"must be {error.validator_value!r}"
    if validator == "uniqueItems":
        return "a value is listed twice"
    return "is not in the expected form"  # jsonschema's own words name Python types


def _types_of(schema: Any) -> list[str]:
    kind = schema.get("type", []) if isinstance(schema, dict) else []
    return kind if isinstance(kind, list) else [kind]


def _schema_problems(document: Any) -> list[Problem]:
    # jsonschema is imported when a document is checked, not at every start of the program.
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(shipped_schema(), format_checker=_format_checker())
    problems = []
    try:
        for error in validator.iter_errors(document):
            path = _path(error.absolute_path)
            if error.validator == "required":
                # The missing field is named where it belongs: cases[0].child.given_names.
                missing = re.findall(r"'([^']+)' is a required property", error.message)
                field = missing[0] if missing else "?"
                path = f"{path}.{field}" if path else field
            problems.append(Problem(path, _schema_message(error)))
            if len(problems) >= MAX_REPORTED:
                break
    except RecursionError:
        problems.append(Problem("", "values are nested too deeply to be an exchange file"))
    problems.sort(key=lambda p: p.path)
    return problems


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


_CODE_CHECKS: dict[str, tuple[Callable[[str], bool], str]] = {
    "country": (codes.is_country, "not an ISO 3166 country code"),
    "jurisdiction": (codes.is_jurisdiction, "not an ISO 3166 country or subdivision code"),
    "language": (codes.is_language_tag, "not a BCP 47 language tag"),
    "script": (codes.is_script, "not an ISO 15924 script code"),
    "time_zone": (lambda z: z in _time_zones(), "not an IANA time zone"),
}

# Dates that must come in order, checked before writing so the message is plain.
_DATE_ORDER: dict[str, list[tuple[str, str, str]]] = {
    "cases": [("opened_on", "closed_on", "the case is closed before it was opened")],
    "placements": [("started_on", "ended_on", "the placement ends before it starts")],
    "guardian_appointments": [("started_on", "ended_on", "the appointment ends before it starts")],
    "documents": [("issued_on", "expires_on", "the document expires before it was issued")],
    "deadlines": [("due_on", "due_latest_on", "the latest due date is before the earliest")],
    "placement_requests": [
        ("sent_on", "received_on", "the request was received before it was sent"),
        ("received_on", "decided_on", "the decision on consent is before the request was received"),
    ],
}


@dataclass
class _Checker:
    """Checks an exchange document beyond its schema: codes, ids, references, rules."""

    problems: list[Problem]
    ids: dict[str, str]  # id -> path where first seen
    team_ids: set[str]
    attachment_ids: set[str]

    def add(self, path: str, message: str) -> None:
        if len(self.problems) < MAX_REPORTED:
            self.problems.append(Problem(path, message))

    def item(self, node: Node, item: dict[str, Any], path: str, scope: dict[str, set[str]]) -> None:
        for column in node.fields():
            value = item.get(column.name)
            where = f"{path}.{column.name}"
            if isinstance(value, str):
                self.text(column, value, where)
            elif isinstance(value, float | int) and not isinstance(value, bool):
                self.number(column, value, where)
            if isinstance(column.type, CodeList) and isinstance(column.info.get("items"), str):
                check, message = _CODE_CHECKS[column.info["items"]]
                for index, code in enumerate(value or []):
                    if isinstance(code, str) and not check(code):
                        self.add(f"{where}[{index}]", f"'{code}' is {message}")
            ref = column.info.get("ref")
            if ref and value is not None:
                known = (
                    self.team_ids
                    if ref == "team"
                    else self.attachment_ids
                    if ref == "attachment"
                    else scope.get(ref, set())
                )
                if value not in known:
                    what = "team member" if ref == "team" else ref.replace("_", " ")
                    article = "an" if what[0] in "aeiou" else "a"
                    self.add(where, f"refers to {article} {what} that is not there")
        identifier = item.get("id")
        if isinstance(identifier, str):
            if identifier in self.ids:
                self.add(f"{path}.id", f"the id is used twice (also at {self.ids[identifier]})")
            else:
                self.ids[identifier] = path
        for first, second, message in _DATE_ORDER.get(node.key, []):
            a, b = item.get(first), item.get(second)
            if isinstance(a, str) and isinstance(b, str) and b < a:
                self.add(f"{path}.{second}", message)
        self.lists(node, item, path)
        if node.key == "cases":
            self.case(item, path)
        if node.key == "child":
            self.child(item, path)
        if node.key == "deadlines":
            self.deadline(item, path)
        grounds = node.key == "decisions" and item.get("return_refusal_grounds")
        if grounds and item.get("outcome") != "return_refused":
            self.add(
                f"{path}.return_refusal_grounds",
                "grounds for refusing return go with the outcome 'return_refused'",
            )

    def text(self, column: Any, value: str, where: str) -> None:
        """A text value: no control characters, something visible, a known code, a sane day."""
        kind = column.type
        if isinstance(kind, LargeBinary):
            return
        bad = forbidden_characters(value, multiline=isinstance(kind, Text))
        if bad:
            self.add(where, "contains " + ", ".join(bad[:3]))
        elif value and not isinstance(kind, SAEnum) and not has_visible_characters(value):
            required = not column.nullable
            self.add(
                where,
                ("is required: " if required else "has no visible letters: ")
                + "it holds only spaces or invisible characters",
            )
            return
        code = column.info.get("code")
        if code and value:
            check, message = _CODE_CHECKS[code]
            if not check(value):
                self.add(where, f"'{_short(value)}' is {message}")
        if isinstance(kind, UTCDateTime) and _DATETIME.match(value):
            self.instant(value, where)
        elif isinstance(kind, Date) and _DATE.match(value):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                return  # the schema's format check reports it
            problem = range_problem(day)
            if problem:
                self.add(where, problem)

    def instant(self, value: str, where: str) -> None:
        """A date and time with its offset: both as written and in UTC within the sane years
        (converting 0001-01-01T00:30+01:00 or 9999-12-31T23:30-01:00 to UTC would overflow)."""
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return  # the schema's format check reports it
        problem = range_problem(moment)
        if problem is None:
            problem = range_problem(moment.astimezone(UTC))  # safe: within a day of the range
        if problem:
            self.add(where, problem)

    def number(self, column: Any, value: float, where: str) -> None:
        """A number: a whole number where one is needed, within 64 bits."""
        if not isinstance(column.type, Integer):
            return  # the schema reports a number where a text or list is wanted
        if isinstance(value, float):
            self.add(where, f"should be a whole number, without a decimal point (not {value!r})")
        elif not INT_MIN <= value <= INT_MAX:
            self.add(where, "is beyond what a whole number field holds (19 digits)")

    def case(self, item: dict[str, Any], path: str) -> None:
        """Facts of a case that cannot be together: a birth after the arrival, after the
        opening of the case, or in the future."""
        child = item.get("child")
        if not isinstance(child, dict):
            return
        born = _earliest_birth(child)
        if born is None:
            return
        where = f"{path}.child.dob_year"
        today = date.today()
        if born > today:
            self.add(where, f"the date of birth ({born.isoformat()}) is in the future")
        opened = _day_or_none(item.get("opened_on"))
        if opened is not None and born > opened and born <= today:
            self.add(
                where,
                f"the child is born ({born.isoformat()}) after the case was opened "
                f"({opened.isoformat()})",
            )
        arrived = _day_or_none(child.get("last_arrival_on"))
        if arrived is not None and arrived < born:
            self.add(
                f"{path}.child.last_arrival_on",
                f"the child arrived ({arrived.isoformat()}) before being born ({born.isoformat()})",
            )

    def lists(self, node: Node, item: dict[str, Any], path: str) -> None:
        for name, message in REQUIRED_LISTS.get(node.key, {}).items():
            value = item.get(name)
            if isinstance(value, list) and not value:
                if name == "nationalities" and item.get("stateless") is True:
                    continue
                self.add(f"{path}.{name}", message)

    def deadline(self, item: dict[str, Any], path: str) -> None:
        status = item.get("status")
        if status == "waived" and not item.get("status_reason"):
            self.add(f"{path}.status_reason", "say why the deadline is waived")
        if status == "done" and not item.get("completed_on"):
            self.add(f"{path}.completed_on", "say on which day it was done")
        if item.get("source") == "rule" and not item.get("rule_id"):
            self.add(f"{path}.rule_id", "a deadline from a rule names its rule")
        if item.get("assumption") and item.get("source") not in (None, "rule"):
            self.add(f"{path}.assumption", "only a rule's deadline is counted on an assumption")

    def child(self, item: dict[str, Any], path: str) -> None:
        if item.get("stateless") and item.get("nationalities"):
            self.add(f"{path}.stateless", "a stateless child cannot also have a nationality")
        certainty, year = item.get("dob_certainty"), item.get("dob_year")
        if certainty is None and year is None:
            return
        if certainty is None or year is None:
            self.add(f"{path}.dob_certainty", "a date of birth needs its year and its certainty")
            return
        parts = (item.get("dob_month"), item.get("dob_day"))
        if not isinstance(certainty, str) or certainty not in _CERTAINTIES:
            return  # the schema reports it
        if not _whole_numbers(year, *parts):
            return  # reported where each is checked
        for problem in dob_problems(DobCertainty(certainty), year, *parts):
            self.add(f"{path}.{problem.path}", problem.message)


_CERTAINTIES = frozenset(c.value for c in DobCertainty)


def _whole_numbers(*values: object) -> bool:
    """True when every value is None or a whole number within 64 bits."""
    return all(
        v is None or (isinstance(v, int) and not isinstance(v, bool) and INT_MIN <= v <= INT_MAX)
        for v in values
    )


def _day_or_none(value: object) -> date | None:
    """The day a field holds, or None when empty, not a date or out of range (reported at
    the field itself, and not compared with others)."""
    if not isinstance(value, str) or not _DATE.match(value):
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return None if range_problem(day) else day


def _earliest_birth(child: dict[str, Any]) -> date | None:
    """The earliest day the child can have been born, or None when not known or not valid."""
    certainty = child.get("dob_certainty")
    parts = (child.get("dob_year"), child.get("dob_month"), child.get("dob_day"))
    if not isinstance(certainty, str) or certainty not in _CERTAINTIES:
        return None
    if parts[0] is None or not _whole_numbers(*parts):
        return None
    if dob_problems(DobCertainty(certainty), *parts):  # type: ignore[arg-type]
        return None
    return DateOfBirth(DobCertainty(certainty), *parts).earliest()  # type: ignore[arg-type]


def _scope_ids(node: Node, item: dict[str, Any], scope: dict[str, set[str]]) -> None:
    """Collect the ids that references inside one case may point at."""
    kinds = {
        "proceedings": "proceeding",
        "hearings": "hearing",
        "family_members": "family_member",
        "documents": "document",
        "placements": "placement",
        "placement_requests": "placement_request",
    }
    if node.key in kinds and isinstance(item.get("id"), str):
        scope.setdefault(kinds[node.key], set()).add(item["id"])
    for child in node.children:
        value = item.get(child.key)
        for sub in [value] if child.one else value or []:
            if isinstance(sub, dict):
                _scope_ids(child, sub, scope)


def _walk(
    checker: _Checker, node: Node, item: dict[str, Any], path: str, scope: dict[str, set[str]]
) -> None:
    checker.item(node, item, path, scope)
    for child in node.children:
        value = item.get(child.key)
        if child.one:
            if isinstance(value, dict):
                _walk(checker, child, value, f"{path}.{child.key}", scope)
        else:
            for index, sub in enumerate(value or []):
                if isinstance(sub, dict):
                    _walk(checker, child, sub, f"{path}.{child.key}[{index}]", scope)


class LongNumber:
    """A number in a file with more digits than any field can hold, kept out of ``int()``
    (which refuses texts of over 4300 digits, and would make a field of them slow)."""

    def __init__(self, digits: int | None) -> None:
        self.digits = digits  # None: a decimal number beyond what a float holds (1e400)

    def __repr__(self) -> str:
        return f"a number of {self.digits} digits" if self.digits else "a number too large"

    def problem(self) -> str:
        if self.digits is None:
            return "is a number too large for any field"
        return f"is a number of {self.digits} digits: far too large for any field"


class _NotJson(ValueError):
    """A value that Python's JSON reader accepts but JSON does not (NaN, Infinity)."""


def _read_int(text: str) -> int | LongNumber:
    digits = len(text.lstrip("-"))
    return int(text) if digits <= _LONGEST_INT else LongNumber(digits)


def _read_float(text: str) -> float | LongNumber:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        return LongNumber(None)
    return value


def _refuse_constant(name: str) -> Any:
    raise _NotJson(f"{name} is not a number JSON allows")


def parse_document(raw: bytes, source: str = "the file") -> dict[str, Any]:
    """Read an exchange document's JSON text; a clear error if it is not JSON or not ours."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"{source} is not a Guardian Desk exchange file: it is not UTF-8 text "
            f"(byte {exc.start})."
        ) from None
    try:
        document = json.loads(
            text,
            parse_int=_read_int,
            parse_float=_read_float,
            parse_constant=_refuse_constant,
        )
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None
    except _NotJson as exc:
        raise ValidationError(f"{source} is not valid JSON: {exc}.") from None
    except RecursionError:
        raise ValidationError(f"{source} is nested too deeply to be an exchange file.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError(f"{source} is not a Guardian Desk exchange file.")
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise ValidationError(
            f"{source} uses exchange format version {version!r}; this program reads version "
            f"{FORMAT_VERSION}."
        )
    return document


def validate_document(
    db: Database,
    document: dict[str, Any],
    source: str = "the file",
    *,
    replacing: Collection[str] = (),
    action: str = "imported",
) -> None:
    """Check an exchange document against the schema and the data rules and the database.

    Args:
        replacing: ids of stored rows that the document replaces (a case being edited and
            saved): finding them in the database is no clash.
        action: what is done with the document, for the message ("imported", "saved").

    Raises:
        ValidationError: listing every problem with its JSON path.
    """
    summary = f"{source} cannot be {action}:"
    problems = _schema_problems(document)
    try:
        found = _rule_problems(db, document, set(replacing))
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError):
        # The document's shape is too broken for the rules to be checked; the schema's
        # problems say what to mend first. Without any, it is never taken as sound.
        found = [] if problems else [Problem("", "its content could not be checked")]
    if problems or found:
        merged = {(p.path, p.message): p for p in [*problems, *found]}
        raise ValidationError(summary, sorted(merged.values(), key=lambda p: p.path))


def _rule_problems(db: Database, document: dict[str, Any], replaced: set[str]) -> list[Problem]:
    """Problems beyond the schema: codes, ids, references, dates, the database."""
    team = document.get("team", [])
    blobs = document.get("attachments", [])
    cases = document["cases"]
    with db.reading() as session:
        team_in_db = repo.existing_values(session, TEAM.table.c.id, referenced_team(cases))
        attachments_in_db = repo.existing_values(
            session, ATTACHMENTS.table.c.sha256, referenced_attachments(cases)
        )
    checker = _Checker([], {}, {t["id"] for t in team} | team_in_db, set())
    incoming: list[tuple[str, tuple[str, str | None, bytes]]] = []
    for index, blob in enumerate(blobs):
        path = f"attachments[{index}]"
        try:
            data = base64.b64decode(blob["data"], validate=True)
        except (binascii.Error, ValueError, TypeError):
            checker.add(f"{path}.data", "is not base64")
            continue
        if hashlib.sha256(data).hexdigest() != blob["sha256"]:
            checker.add(f"{path}.sha256", "does not match the attached data")
        elif len(data) != blob["size"]:
            checker.add(
                f"{path}.size", f"is {_short(blob['size'])} but the data has {len(data)} bytes"
            )
        else:
            checker.attachment_ids.add(blob["sha256"])
            declared = blob.get("media_type")
            name = f"the attached file {blob['sha256'][:12]}"
            incoming.append((path, (name, declared if isinstance(declared, str) else None, data)))
    if incoming:
        # Every file that enters goes through the one check, whichever door it comes in by.
        from guardian_desk.services.documents import incoming_problems

        answers = incoming_problems([file for _, file in incoming])
        for (path, _), answer in zip(incoming, answers, strict=True):
            if answer is not None:
                checker.add(f"{path}.data", answer)
    checker.attachment_ids |= attachments_in_db
    for index, member in enumerate(team):
        checker.item(TEAM, member, f"team[{index}]", {})
    references: dict[str, str] = {}
    for index, case in enumerate(cases):
        path = f"cases[{index}]"
        scope: dict[str, set[str]] = {}
        _scope_ids(CASE, case, scope)
        _walk(checker, CASE, case, path, scope)
        ref = case["reference"]
        if ref in references:
            checker.add(
                f"{path}.reference", f"the reference is used twice (also at {references[ref]})"
            )
        references[ref] = path
    with db.reading() as session:
        owners = repo.case_ids_by_reference(session, list(references))
        for ref in sorted(owners):
            if owners[ref] not in replaced:
                checker.add(
                    f"{references[ref]}.reference", f"a case {ref} is already in the database"
                )
        for node in [*CASE.walk()]:
            ids = [
                i for i, p in checker.ids.items() if _node_of(p) == node.key and i not in replaced
            ]
            for found in sorted(repo.existing_values(session, node.table.c.id, ids)):
                checker.add(
                    checker.ids[found] + ".id", "a record with this id is already in the database"
                )
    return checker.problems


def _node_of(path: str) -> str:
    last = path.rsplit(".", 1)[-1]
    return last.split("[", 1)[0]


# --- writing --------------------------------------------------------------------------------
