"""A case's records read from the database as one tree of plain values (the exchange
format's shape, ``docs/exchange-format.md``): dates as ISO text, enums as their values.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from guardian_desk.errors import NotFoundError
from guardian_desk.log import register_sensitive
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.tree import (
    ATTACHMENTS,
    CASE,
    TEAM,
    Node,
    personal_values,
)

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
    # Whatever is read of a case must never reach a log line or a crash report: every
    # person it names (child, family, guardians, interpreters...), not only the child.
    register_sensitive(v for case in cases for v in personal_values(CASE, case))
    return cases


def case_ids_of(session: Session, references: Sequence[str]) -> list[str]:
    """The ids of the cases with these references, in that order, each once.

    Raises:
        NotFoundError: a reference names no case.
    """
    found = repo.case_ids_by_reference(session, references)
    missing = [r for r in references if r not in found]
    if missing:
        raise NotFoundError(f"No case with the reference {', '.join(missing)}.")
    return list(dict.fromkeys(found[r] for r in references))


def team_items(session: Session, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The team members with these ids (all of them when ``ids`` is None), as records."""
    rows = (
        repo.all_rows(session, TEAM.model)
        if ids is None
        else (repo.rows_where_in(session, TEAM.model, "id", ids))
    )
    register_sensitive(v for r in rows for v in (r.get("full_name"), r.get("email")))
    return items_of(TEAM, rows)


def attachment_items(session: Session, sha256s: Sequence[str]) -> list[dict[str, Any]]:
    """The stored files with these SHA-256 sums, as records (their data in base64)."""
    return items_of(ATTACHMENTS, repo.rows_where_in(session, ATTACHMENTS.model, "sha256", sha256s))


def items_of(node: Node, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Table rows of a node without children (team members, stored files) as records, in
    the order of the node."""
    return [
        {c.name: _to_json(c, r[c.name]) for c in node.fields()}
        for r in sorted(rows, key=_sort_key(node))
    ]


def referenced_attachments(cases: list[dict[str, Any]]) -> set[str]:
    """The sha256 of every attachment the cases refer to."""
    return _referenced(cases, "attachment")


def referenced_team(cases: list[dict[str, Any]]) -> set[str]:
    """The ids of the team members the cases name."""
    return _referenced(cases, "team")


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
