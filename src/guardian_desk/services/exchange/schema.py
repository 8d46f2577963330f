"""The exchange format's identity and its JSON Schema, derived from the data model.

The schema is shipped in ``resources/exchange/``; a test keeps the two equal.
"""

from __future__ import annotations

import json
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Text
from sqlalchemy import Enum as SAEnum

from guardian_desk.resources import resource_path
from guardian_desk.storage.tree import (
    ATTACHMENTS,
    CASE,
    TEAM,
    Node,
)
from guardian_desk.storage.types import CodeList, UTCDateTime

FORMAT = "guardian-desk-exchange"
FORMAT_VERSION = 1
SCHEMA_FILE = "exchange-v1.schema.json"

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = "^[0-9a-f]{64}$"


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
        "placement_request",
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
            "audit_checkpoint": {"type": "string", "maxLength": 400},
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
