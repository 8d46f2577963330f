"""Exchange format v1: complete cases as one versioned JSON document.

The JSON Schema is derived from the data model (see :func:`build_schema`) and shipped in
``resources/exchange/``; a test keeps the two equal. Import validates everything first,
reporting each problem with its JSON path, then writes all or nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from guardian_desk import __version__
from guardian_desk.domain import codes
from guardian_desk.domain.dates import dob_problems
from guardian_desk.domain.enums import DobCertainty
from guardian_desk.domain.text import clean_text, forbidden_characters
from guardian_desk.errors import GuardianDeskError, NotFoundError, Problem, ValidationError
from guardian_desk.progress import Progress, report
from guardian_desk.resources import resource_path
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.tree import ATTACHMENTS, CASE, SELF_REFERENCES, TEAM, Node
from guardian_desk.storage.types import CodeList, UTCDateTime

FORMAT = "guardian-desk-exchange"
FORMAT_VERSION = 1
SCHEMA_FILE = "exchange-v1.schema.json"
MAX_FILE_BYTES = 2 * 1024**3
MAX_REPORTED = 200
IMPORT_CHUNK = 200  # cases written between two progress reports

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = "^[0-9a-f]{64}$"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")


# --- schema --------------------------------------------------------------------------------


def column_schema(column: Any) -> dict[str, Any]:
    """The JSON Schema of one column's value in the exchange format."""
    kind = column.type
    info = column.info
    schema: dict[str, Any]
    if isinstance(kind, SAEnum):
        schema = {"type": "string", "enum": list(kind.enums)}
    elif isinstance(kind, UTCDateTime):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(kind, Date):
        schema = {"type": "string", "format": "date"}
    elif isinstance(kind, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(kind, Integer):
        schema = {"type": "integer"}
    elif isinstance(kind, CodeList):
        items = info.get("items")
        item: dict[str, Any] = {"type": "string", "maxLength": 16}
        if isinstance(items, type) and issubclass(items, Enum):
            item = {"type": "string", "enum": [e.value for e in items]}
        schema = {"type": "array", "items": item, "uniqueItems": True}
    elif isinstance(kind, LargeBinary):
        schema = {"type": "string", "contentEncoding": "base64"}
    elif isinstance(kind, Text):
        schema = {"type": "string", "maxLength": info.get("max_length", 100_000)}
    elif isinstance(kind, String):
        schema = {"type": "string", "maxLength": kind.length}
    else:  # pragma: no cover - a new column type must be described here
        raise TypeError(f"no exchange mapping for {column}")
    if column.name == "id" or info.get("ref") in (
        "team",
        "proceeding",
        "hearing",
        "family_member",
        "document",
        "placement",
    ):
        schema["pattern"] = UUID_PATTERN
    elif column.name == "sha256" or info.get("ref") == "attachment":
        schema["pattern"] = SHA256_PATTERN
    elif schema["type"] == "string" and not {"enum", "format", "contentEncoding"} & set(schema):
        schema["minLength"] = 1  # an unknown value is null, never an empty text
    if "code" in info:
        schema["x-code"] = info["code"]
    if isinstance(kind, CodeList) and isinstance(info.get("items"), str):
        schema["x-code-items"] = info["items"]
    if "ref" in info:
        schema["x-ref"] = info["ref"]
    if column.nullable:
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        schema["type"] = [schema["type"], "null"]
    return schema


def _required(column: Any) -> bool:
    return column.name in ("id", "sha256") or (not column.nullable and column.default is None)


def _node_schema(node: Node, defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for column in node.fields():
        properties[column.name] = column_schema(column)
        if _required(column):
            required.append(column.name)
    for child in node.children:
        _node_schema(child, defs)
        ref = {"$ref": f"#/$defs/{child.model.__name__}"}
        properties[child.key] = ref if child.one else {"type": "array", "items": ref}
        if child.one:
            required.append(child.key)
    description = (node.model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    defs[node.model.__name__] = {
        "type": "object",
        "description": " ".join(description.split()),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    return defs[node.model.__name__]


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of exchange format v1, derived from the data model."""
    defs: dict[str, Any] = {}
    for node in (TEAM, ATTACHMENTS, CASE):
        _node_schema(node, defs)

    def array_of(node: Node) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": f"#/$defs/{node.model.__name__}"}}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://guardian-desk.invalid/schema/exchange-v1.json",
        "title": "Guardian Desk exchange format, version 1",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "generator": {"type": "string", "maxLength": 200},
            "team": array_of(TEAM),
            "attachments": array_of(ATTACHMENTS),
            "cases": array_of(CASE),
        },
        "required": ["format", "format_version", "cases"],
        "additionalProperties": False,
        "$defs": defs,
    }


@cache
def shipped_schema() -> dict[str, Any]:
    """The schema file shipped with the program."""
    path: Path = resource_path("exchange", SCHEMA_FILE)
    return dict(json.loads(path.read_text(encoding="utf-8")))


# --- values -------------------------------------------------------------------------------


def _to_json(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return list(value)
    return value


def _sort_key(node: Node) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    def key(row: dict[str, Any]) -> tuple[Any, ...]:
        # Values of one column share a type, so numbers sort as numbers and dates as dates.
        return tuple((row[c] is None, row[c] if row[c] is not None else "") for c in node.order_by)

    return key


# --- export -------------------------------------------------------------------------------


def _export_nodes(
    session: Session, node: Node, parents: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """Rows of ``node`` grouped by parent id, each already converted to JSON with children."""
    rows = repo.node_rows(session, node, parents)
    rows.sort(key=_sort_key(node))
    below = {
        child.key: _export_nodes(session, child, [r["id"] for r in rows]) for child in node.children
    }
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        item = {c.name: _to_json(c, row[c.name]) for c in node.fields()}
        for child in node.children:
            found = below[child.key].get(row["id"], [])
            item[child.key] = found[0] if child.one else found
        assert node.parent_fk is not None
        grouped.setdefault(row[node.parent_fk], []).append(item)
    return grouped


def case_trees(
    session: Session, case_ids: Sequence[str], parts: set[str] | None = None
) -> list[dict[str, Any]]:
    """The cases with these ids as exchange-format trees, in reference order; with ``parts``
    (``{"proceedings", "documents"}``) only those parts below the case are read."""
    case_rows = repo.rows_where_in(session, CASE.model, "id", case_ids)
    case_rows.sort(key=_sort_key(CASE))
    children = [c for c in CASE.children if parts is None or c.key in parts]
    below = {child.key: _export_nodes(session, child, case_ids) for child in children}
    cases = []
    for row in case_rows:
        item = {c.name: _to_json(c, row[c.name]) for c in CASE.fields()}
        for child in children:
            found_rows = below[child.key].get(row["id"], [])
            item[child.key] = found_rows[0] if child.one else found_rows
        cases.append(item)
    return cases


def referenced_attachments(cases: list[dict[str, Any]]) -> set[str]:
    """The sha256 of every attachment the cases refer to."""
    return _referenced(cases, "attachment")


def _referenced(cases: list[dict[str, Any]], kind: str) -> set[str]:
    found: set[str] = set()

    def visit(node: Node, item: dict[str, Any]) -> None:
        for column in node.fields():
            if column.info.get("ref") == kind and item.get(column.name):
                found.add(item[column.name])
        for child in node.children:
            value = item.get(child.key)
            for sub in [value] if child.one else value or []:
                if sub:
                    visit(child, sub)

    for case in cases:
        visit(CASE, case)
    return found


def export_document(db: Database, references: Sequence[str] | None = None) -> dict[str, Any]:
    """The exchange document of the named cases (all cases when ``references`` is None).

    Raises:
        NotFoundError: a named case reference does not exist.
    """
    with db.reading() as session:
        if references:
            found = repo.case_ids_by_reference(session, references)
            missing = [r for r in references if r not in found]
            if missing:
                raise NotFoundError(f"No case with the reference {', '.join(missing)}.")
            case_ids = list(dict.fromkeys(found[r] for r in references))
        else:
            case_ids = repo.all_case_ids(session)
        cases = case_trees(session, case_ids)
        if references:
            team_rows = repo.rows_where_in(
                session, TEAM.model, "id", sorted(_referenced(cases, "team"))
            )
        else:
            team_rows = repo.all_rows(session, TEAM.model)
        blobs = repo.rows_where_in(
            session, ATTACHMENTS.model, "sha256", sorted(_referenced(cases, "attachment"))
        )
    team_rows.sort(key=_sort_key(TEAM))
    blobs.sort(key=_sort_key(ATTACHMENTS))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"Guardian Desk {__version__}",
        "team": [{c.name: _to_json(c, r[c.name]) for c in TEAM.fields()} for r in team_rows],
        "attachments": [
            {c.name: _to_json(c, r[c.name]) for c in ATTACHMENTS.fields()} for r in blobs
        ],
        "cases": cases,
    }


def dumps(document: dict[str, Any]) -> str:
    """The exchange document as text: UTF-8, indented, stable key order."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_to_file(db: Database, path: Path, references: Sequence[str] | None = None) -> int:
    """Write the exchange document to ``path`` (atomically); returns the number of cases."""
    document = export_document(db, references)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(dumps(document), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        raise GuardianDeskError(f"{path} cannot be written: {exc.strerror}.") from None
    finally:
        partial.unlink(missing_ok=True)
    return len(document["cases"])


# --- validation -----------------------------------------------------------------------------


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


def _schema_message(error: Any) -> str:
    validator = error.validator
    if validator == "format":
        return f"not a {error.validator_value}" + (
            " (YYYY-MM-DD)" if error.validator_value == "date" else " with a time zone"
        )
    if validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        return f"missing field '{missing[0] if missing else error.message}'"
    if validator == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message)
        return f"unknown field {', '.join(repr(e) for e in extra)}"
    if validator == "type":
        value = error.validator_value
        wanted: list[str] = value if isinstance(value, list) else [value]
        return "should be " + " or ".join(_TYPE_WORDS.get(w, w) for w in wanted)
    if validator == "enum":
        choices = ", ".join(str(v) for v in error.validator_value if v is not None)
        return f"'{error.instance}' is not one of: {choices}"
    if validator == "minLength":
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
    return str(error.message)[:200]


def _schema_problems(document: Any) -> list[Problem]:
    # jsonschema is imported when a document is checked, not at every start of the program.
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(shipped_schema(), format_checker=_format_checker())
    problems = []
    for error in validator.iter_errors(document):
        problems.append(Problem(_path(error.absolute_path), _schema_message(error)))
        if len(problems) >= MAX_REPORTED:
            break
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
                multiline = isinstance(column.type, Text)
                bad = forbidden_characters(value, multiline=multiline)
                if bad and not isinstance(column.type, LargeBinary):
                    self.add(where, "contains " + ", ".join(bad[:3]))
                kind = column.info.get("code")
                if kind and value:
                    check, message = _CODE_CHECKS[kind]
                    if not check(value):
                        self.add(where, f"'{value}' is {message}")
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
                    self.add(where, f"refers to a {ref.replace('_', ' ')} that is not there")
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
        if node.key == "child":
            self.child(item, path)
        if node.key == "deadlines":
            self.deadline(item, path)

    def deadline(self, item: dict[str, Any], path: str) -> None:
        status = item.get("status")
        if status == "waived" and not item.get("status_reason"):
            self.add(f"{path}.status_reason", "say why the deadline is waived")
        if status == "done" and not item.get("completed_on"):
            self.add(f"{path}.completed_on", "say on which day it was done")
        if item.get("source") == "rule" and not item.get("rule_id"):
            self.add(f"{path}.rule_id", "a deadline from a rule names its rule")

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
        for problem in dob_problems(DobCertainty(certainty), year, *parts):
            self.add(f"{path}.{problem.path}", problem.message)


def _scope_ids(node: Node, item: dict[str, Any], scope: dict[str, set[str]]) -> None:
    """Collect the ids that references inside one case may point at."""
    kinds = {
        "proceedings": "proceeding",
        "hearings": "hearing",
        "family_members": "family_member",
        "documents": "document",
        "placements": "placement",
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
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None
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
    except (KeyError, TypeError, ValueError, AttributeError):
        # The document's shape is too broken for the rules to be checked; the schema's
        # problems say what to mend first.
        found = []
    if problems or found:
        merged = {(p.path, p.message): p for p in [*problems, *found]}
        raise ValidationError(summary, sorted(merged.values(), key=lambda p: p.path))


def _rule_problems(db: Database, document: dict[str, Any], replaced: set[str]) -> list[Problem]:
    """Problems beyond the schema: codes, ids, references, dates, the database."""
    team = document.get("team", [])
    blobs = document.get("attachments", [])
    cases = document["cases"]
    with db.reading() as session:
        team_in_db = repo.existing_values(session, TEAM.table.c.id, _referenced(cases, "team"))
        attachments_in_db = repo.existing_values(
            session, ATTACHMENTS.table.c.sha256, _referenced(cases, "attachment")
        )
    checker = _Checker([], {}, {t["id"] for t in team} | team_in_db, set())
    for index, blob in enumerate(blobs):
        path = f"attachments[{index}]"
        try:
            data = base64.b64decode(blob["data"], validate=True)
        except (binascii.Error, ValueError):
            checker.add(f"{path}.data", "is not base64")
            continue
        if hashlib.sha256(data).hexdigest() != blob["sha256"]:
            checker.add(f"{path}.sha256", "does not match the attached data")
        elif len(data) != blob["size"]:
            checker.add(f"{path}.size", f"is {blob['size']} but the data has {len(data)} bytes")
        else:
            checker.attachment_ids.add(blob["sha256"])
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


@dataclass
class RowSet:
    """Rows to insert, table by table, in an order that satisfies the foreign keys."""

    tables: dict[str, list[dict[str, Any]]]
    deferred: dict[str, list[tuple[str, str, str]]]  # node key -> (column, row id, value)
    case_ids: list[str]


@dataclass(frozen=True)
class _Plan:
    """How to turn one exchange item of a node into a row, worked out once per node."""

    converters: tuple[tuple[str, Callable[[Any], Any] | None], ...]
    self_refs: frozenset[str]
    defaults: tuple[tuple[str, Any], ...]
    versioned: bool


def _converter(column: Any) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, String | Text) and not isinstance(kind, SAEnum):
        return clean_text  # names in any script are stored in NFC
    if isinstance(kind, UTCDateTime):
        return lambda v: datetime.fromisoformat(v.replace("Z", "+00:00"))
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, LargeBinary):
        return lambda v: base64.b64decode(v, validate=True)
    return None


@cache
def _plan(node: Node) -> _Plan:
    defaults = []
    for column in node.table.columns:  # defaults the file may leave out
        if column.default is not None and column.name not in ("id", "version"):
            defaults.append((column.name, column.default.arg))
    return _Plan(
        converters=tuple((c.name, _converter(c)) for c in node.fields()),
        self_refs=frozenset(SELF_REFERENCES.get(node.key, [])),
        defaults=tuple(defaults),
        versioned="version" in node.table.columns,
    )


def _rows_of(node: Node, item: dict[str, Any], parent_id: str | None, out: RowSet) -> None:
    plan = _plan(node)
    row: dict[str, Any] = {}
    for name, convert in plan.converters:
        value = item.get(name)
        if value is not None and convert is not None:
            value = convert(value)
        if value is not None and name in plan.self_refs:
            out.deferred.setdefault(node.key, []).append((name, item["id"], value))
            value = None
        row[name] = value
    if node.parent_fk:
        row[node.parent_fk] = parent_id
    for name, default in plan.defaults:
        if row.get(name) is None:
            row[name] = default(None) if callable(default) else default
    if plan.versioned:
        row["version"] = 1
    derive = getattr(node.model, "derive", None)
    if derive is not None:
        derive(row)
    out.tables.setdefault(node.key, []).append(row)
    for child in node.children:
        value = item.get(child.key)
        for sub in [value] if child.one else value or []:
            if sub:
                _rows_of(child, sub, item["id"], out)


def rows_for(cases: Iterable[dict[str, Any]]) -> RowSet:
    """Flatten exchange cases into table rows."""
    out = RowSet({}, {}, [])
    for case in cases:
        out.case_ids.append(case["id"])
        _rows_of(CASE, case, None, out)
    return out


def write_attachments(session: Session, blobs: list[dict[str, Any]]) -> None:
    """Store the attachments (exchange format) not stored yet: one copy per content."""
    stored = repo.existing_values(session, ATTACHMENTS.table.c.sha256, [b["sha256"] for b in blobs])
    blob_rows = RowSet({}, {}, [])
    for blob in blobs:
        if blob["sha256"] not in stored:
            stored.add(blob["sha256"])
            _rows_of(ATTACHMENTS, blob, None, blob_rows)
    repo.insert_rows(session, ATTACHMENTS.model, blob_rows.tables.get("attachments", []))


def write_rows(
    session: Session,
    team: list[dict[str, Any]],
    blobs: list[dict[str, Any]],
    rows: RowSet,
) -> None:
    """Insert team members and attachments not yet stored, then the cases, in one session."""
    known = repo.existing_values(session, TEAM.table.c.id, [t["id"] for t in team])
    new_team = [t for t in team if t["id"] not in known]
    team_rows = RowSet({}, {}, [])
    for member in new_team:
        _rows_of(TEAM, member, None, team_rows)
    repo.insert_rows(session, TEAM.model, team_rows.tables.get("team", []))
    write_attachments(session, blobs)
    for node in CASE.walk():
        repo.insert_rows(session, node.model, rows.tables.get(node.key, []))
    for key, updates in rows.deferred.items():
        node = next(n for n in CASE.walk() if n.key == key)
        for column in {c for c, _, _ in updates}:
            pairs = [(row_id, value) for c, row_id, value in updates if c == column]
            repo.set_references(session, node.model, column, pairs)
    repo.rebuild_search(session, rows.case_ids)


@dataclass(frozen=True)
class ImportResult:
    cases: int
    team_members: int
    attachments: int
    case_ids: tuple[str, ...] = ()


def import_document(
    db: Database,
    document: dict[str, Any],
    source: str = "the file",
    progress: Progress | None = None,
) -> ImportResult:
    """Validate, then import every case of the document in one transaction (all or nothing).

    ``progress`` hears of validation as the first half of the work and of writing as the
    second; when it says to stop, Cancelled is raised and nothing is written.
    """
    cases = document.get("cases", [])
    total = 2 * len(cases) + 1
    report(progress, 0, total)
    validate_document(db, document, source)
    report(progress, len(cases), total)
    try:
        with db.unit_of_work() as session:
            team, blobs = document.get("team", []), document.get("attachments", [])
            for start in range(0, max(len(cases), 1), IMPORT_CHUNK):
                part = cases[start : start + IMPORT_CHUNK]
                write_rows(session, team, blobs, rows_for(part))
                team, blobs = [], []  # all written with the first part
                report(progress, len(cases) + start + len(part), total)
    except IntegrityError as exc:
        raise ValidationError(
            f"{source} breaks a rule of the data and was not imported; nothing was changed.",
            [Problem("", _constraint_words(str(exc.orig)))],
        ) from None
    return ImportResult(
        len(document["cases"]),
        len(document.get("team", [])),
        len(document.get("attachments", [])),
        tuple(case["id"] for case in cases),
    )


def _constraint_words(message: str) -> str:
    name = re.search(r"ck_(\w+)", message)
    return f"the rule '{name.group(1)}' is not met" if name else message.splitlines()[0][:200]


def import_file(db: Database, path: Path, progress: Progress | None = None) -> ImportResult:
    """Import an exchange file; nothing is written unless the whole file is valid."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(f"{path.name} is too large to import ({size} bytes).")
        raw = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(f"{path} cannot be read: {exc.strerror}.") from None
    document = parse_document(raw, path.name)
    return import_document(db, document, path.name, progress)
