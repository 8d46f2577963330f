"""Case trees turned into table rows and written in one session."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, LargeBinary, String, Text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from guardian_desk.domain.text import clean_text
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.tree import (
    ATTACHMENTS,
    CASE,
    SELF_REFERENCES,
    TEAM,
    Node,
)
from guardian_desk.storage.types import UTCDateTime


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
    repo.rebuild_derived(session, rows.case_ids)
