"""Reports as data: which tables of which indicators, broken down by which dimensions, under
which disclosure rule (``resources/reports/*.toml``, ``docs/reports.md``).

A report names its **tables**; each table counts one **indicator** (cases opened, deadlines
met...) by one or two **dimensions** (age band, sex...), and may be drawn as a chart. The
indicators and the dimensions each allows are the program's (``services/reports``); this
module reads and checks a file against them (every fault named, as the deadline rules are)
and decides nothing about where the files are or how anything is counted.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from guardian_desk.domain.datafile import DataFileReader
from guardian_desk.errors import ValidationError

REPORT_ID = re.compile(r"^[a-z][a-z0-9-]{0,59}$")
TABLE_ID = REPORT_ID
CHARTS = ("bar", "stacked", "none")
ZEROS = ("show", "hide")
_FILE_KEYS = {"id", "title", "description", "rule", "tables"}
_RULE_KEYS = {
    "threshold",
    "sensitive_threshold",
    "zeros",
    "rounding",
    "top_nationalities",
    "enrolment_days",
}
_TABLE_KEYS = {"id", "title", "indicator", "rows", "columns", "chart"}


@dataclass(frozen=True)
class ReportRule:
    """How the numbers of a report are protected and grouped."""

    threshold: int = 5  # counts below it are hidden
    sensitive_threshold: int = 10  # in tables that involve trafficking concern
    zeros: str = "show"  # "show" or "hide" (a zero can say "no girl from X")
    rounding: int | None = None  # shown counts rounded to this base
    top_nationalities: int = 8  # the most frequent nationalities, the rest "other"
    enrolment_days: int = 30  # a child enrolled at school within this many days of arrival


@dataclass(frozen=True)
class TableSpec:
    id: str
    title: str
    indicator: str
    rows: str
    columns: str | None = None
    chart: str = "bar"


@dataclass(frozen=True)
class ReportDefinition:
    id: str
    title: str
    description: str
    tables: tuple[TableSpec, ...]
    rule: ReportRule = field(default_factory=ReportRule)
    source: str = ""  # the file it was read from


def parse_report(
    text: str, source: str, indicators: Mapping[str, Sequence[str]]
) -> ReportDefinition:
    """A report from the text of its TOML file; ``indicators`` maps each indicator's id to
    the dimensions it may be broken down by.

    Raises:
        ValidationError: the file is not TOML, or names a field, indicator or dimension that
            does not exist, or a value out of range; every fault is named with its place.
    """
    reader = DataFileReader(source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"{source} is not valid TOML", []) from exc
    for key in sorted(set(data) - _FILE_KEYS):
        reader.problem(key, "is not a field of a report")
    report_id = data.get("id")
    if not isinstance(report_id, str) or not REPORT_ID.match(report_id):
        reader.problem("id", "must be lower-case letters, digits and hyphens")
    title = _text(reader, data, "title", "")
    description = _text(reader, data, "description", "", required=False)
    rule = _rule(reader, data.get("rule", {}))
    tables: list[TableSpec] = []
    raw = data.get("tables")
    if not isinstance(raw, list) or not raw:
        reader.problem("tables", "a report needs at least one [[tables]] entry")
        raw = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        where = f"tables[{index}]"
        if not isinstance(item, dict):
            reader.problem(where, "must be a table")
            continue
        table = _table(reader, where, item, indicators)
        if table is None:
            continue
        if table.id in seen:
            reader.problem(f"{where}.id", f"'{table.id}' is used twice")
        seen.add(table.id)
        tables.append(table)
    if reader.problems:
        raise ValidationError(f"{source} cannot be used as a report", reader.problems)
    assert isinstance(report_id, str)
    return ReportDefinition(report_id, title, description, tuple(tables), rule, source)


def _text(
    reader: DataFileReader, data: Mapping[str, Any], key: str, where: str, *, required: bool = True
) -> str:
    value = data.get(key)
    place = f"{where}.{key}" if where else key
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        reader.problem(place, "must be a text")
        return ""
    if len(value) > 400:
        reader.problem(place, "is longer than 400 characters")
    return value.strip()


def _whole(reader: DataFileReader, where: str, value: Any, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        reader.problem(where, f"must be a whole number from {low} to {high}")
        return None
    return value


def _rule(reader: DataFileReader, raw: Any) -> ReportRule:
    if not isinstance(raw, dict):
        reader.problem("rule", "must be a table")
        return ReportRule()
    for key in sorted(set(raw) - _RULE_KEYS):
        reader.problem(f"rule.{key}", "is not a field of a report's rule")
    found: dict[str, Any] = {}
    for key, low, high in (
        ("threshold", 2, 100),
        ("sensitive_threshold", 2, 100),
        ("top_nationalities", 1, 50),
        ("enrolment_days", 1, 365),
    ):
        if key in raw:
            value = _whole(reader, f"rule.{key}", raw[key], low, high)
            if value is not None:
                found[key] = value
    if "rounding" in raw:
        value = _whole(reader, "rule.rounding", raw["rounding"], 2, 100)
        if value is not None:
            found["rounding"] = value
    if "zeros" in raw:
        if raw["zeros"] in ZEROS:
            found["zeros"] = raw["zeros"]
        else:
            reader.problem("rule.zeros", f"must be one of {', '.join(ZEROS)}")
    rule = ReportRule(**found)
    if rule.sensitive_threshold < rule.threshold:
        reader.problem("rule.sensitive_threshold", "may not be below the threshold")
    return rule


def _table(
    reader: DataFileReader,
    where: str,
    item: Mapping[str, Any],
    indicators: Mapping[str, Sequence[str]],
) -> TableSpec | None:
    for key in sorted(set(item) - _TABLE_KEYS):
        reader.problem(f"{where}.{key}", "is not a field of a table")
    table_id = item.get("id")
    if not isinstance(table_id, str) or not TABLE_ID.match(table_id):
        reader.problem(f"{where}.id", "must be lower-case letters, digits and hyphens")
        return None
    title = _text(reader, item, "title", where)
    indicator = item.get("indicator")
    if indicator not in indicators:
        known = ", ".join(sorted(indicators))
        reader.problem(f"{where}.indicator", f"'{indicator}' is not an indicator ({known})")
        return None
    allowed = indicators[str(indicator)]
    rows, columns = item.get("rows"), item.get("columns")
    for key, value in (("rows", rows), ("columns", columns)):
        if value is None and key == "columns":
            continue
        if value not in allowed:
            reader.problem(
                f"{where}.{key}",
                f"'{value}' is not a dimension of {indicator} ({', '.join(allowed)})",
            )
    if rows is not None and rows == columns:
        reader.problem(f"{where}.columns", "must differ from rows")
    chart = item.get("chart", "bar")
    if chart not in CHARTS:
        reader.problem(f"{where}.chart", f"must be one of {', '.join(CHARTS)}")
    return TableSpec(
        table_id, title, str(indicator), str(rows), str(columns) if columns else None, str(chart)
    )
