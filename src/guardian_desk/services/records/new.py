"""New records of a case in the exchange format (see ``docs/exchange-format.md``)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from guardian_desk.storage.tree import CASE

_NODES = {node.key: node for node in CASE.walk()}


def new_id() -> str:
    return str(uuid.uuid4())


def _stamp() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def new_record(key: str, **fields: Any) -> dict[str, Any]:
    """An empty record of the kind ``key`` (``"placements"``...) with a fresh id.

    Every field of the exchange format is present (None, False or an empty list) so that
    an editor can show it; ``fields`` fill some in.
    """
    node = _NODES[key]
    record: dict[str, Any] = {}
    for column in node.fields():
        default = getattr(column.default, "arg", None)
        value: Any = None
        if column.name == "id":
            value = new_id()
        elif column.name in ("created_at", "updated_at"):
            value = _stamp()
        elif default is not None and not callable(default):
            value = default.value if hasattr(default, "value") else default
        elif column.type.__class__.__name__ == "CodeList":
            value = []
        record[column.name] = value
    for child in node.children:
        record[child.key] = new_record(child.key) if child.one else []
    record.update(fields)
    return record


def computed_deadlines(
    wanted: list[dict[str, Any]], rows: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Deadlines the program computes (their fields in ``wanted``, each with its
    ``rule_id``) matched with those a case had (``rows``, by rule id): one found keeps its id
    and status with the new fields; a new one is made; one no longer wanted goes when it is
    open and stays, as the person's record, when it was done or waived."""
    left = dict(rows)
    found = []
    for fields in wanted:
        row = left.pop(fields["rule_id"], None)
        found.append(
            {**row, **fields}
            if row is not None
            else new_record("deadlines", source="rule", **fields)
        )
    return found + [r for r in left.values() if r.get("status", "open") != "open"]
