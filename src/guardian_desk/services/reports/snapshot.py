"""A report made for a period: every table counted in SQL, then protected as one snapshot
(``domain/disclosure.py``): small counts hidden, further cells hidden so that none can be
worked out from totals or from another table, the same cells hidden wherever they appear.

Tables of indicators counting the same population (cases active, cases active by concern)
share one cube, so that a count hidden in one cannot be found by subtraction in the other.
A duration's table shows, per group, how many there are and the median and quartiles of the
days; the number in a group is protected like any count, and a group's days are not shown
when its number is hidden. Making a report needs the ``see_reports`` action and is recorded
in the audit log; it counts the cases of the person's record scope.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from guardian_desk.domain.disclosure import Cell, Cube, Published, Rule, Status, Zeros, suppress
from guardian_desk.domain.reports import ReportDefinition, ReportRule, TableSpec
from guardian_desk.errors import Message, ValidationError, joined
from guardian_desk.services import access, audit, documents
from guardian_desk.services.reports.definitions import report as find_report
from guardian_desk.services.reports.names import DIMENSION_NAMES
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.report_counts import (
    OTHER,
    Quartiles,
    Rate,
    counted,
    quartiles,
    rates,
    top_nationalities,
)
from guardian_desk.storage.report_units import (
    AGE_BANDS,
    INDICATORS,
    SENSITIVE_DIMENSIONS,
    Indicator,
    Period,
)

# The order categories are listed in, where it is not the count's.
_ORDERS: Mapping[str, tuple[str, ...]] = {
    "age_band": AGE_BANDS,
    "sex": ("female", "male", "other", "unknown"),
    "concern": ("none", "possible", "clear"),
    "protection_status": ("unaccompanied", "separated", "accompanied", "unknown"),
    "stateless": ("no", "yes"),
    "state": ("met", "missed", "waived", "open"),
    "when": ("passed", "ahead"),
    "event": ("18", "21"),
    "enrolment": ("within", "later", "not_yet"),
    "interpreter": ("childs_language", "other_language", "no_interpreter", "not_needed"),
    "file": ("ready", "not_ready"),
}


def _m(template: str, **params: object) -> Message:
    return Message("Reports", template, **params)


@dataclass(frozen=True)
class ShownTable:
    """One table as shown: its row and column categories, and for each place (row, column;
    None for a total) the cell the rule lets be shown. A duration's table also has, for each
    row, the quartiles of its days, a rate's table its rate (None when its number is
    hidden)."""

    spec: TableSpec
    indicator: Indicator
    rows: tuple[str, ...]
    columns: tuple[str, ...]  # empty for a one-way table
    cells: Mapping[tuple[str | None, str | None], Cell]
    sensitive: bool
    days: Mapping[str | None, Quartiles | None] = field(default_factory=dict)
    rates: Mapping[str | None, Rate | None] = field(default_factory=dict)

    def cell(self, row: str | None, column: str | None = None) -> Cell:
        return self.cells[(row, column)]

    def headline(self, row: str | None) -> float | None:
        """What a chart draws for a row of a duration's or a rate's table: the median days,
        the rate (None when it is not shown)."""
        if self.indicator.duration:
            days = self.days.get(row)
            return None if days is None else days.median
        rate = self.rates.get(row)
        return None if rate is None else rate.value

    def hidden_below(self, row: str | None, column: str | None = None) -> bool:
        """Whether a drill-down into this place would show a hidden count (refused)."""
        return self.cells[(row, column)].status is not Status.SHOWN


@dataclass(frozen=True)
class Snapshot:
    report: ReportDefinition
    period: Period
    filters: Mapping[str, str]
    made_at: datetime
    tables: tuple[ShownTable, ...]
    rule: Rule
    notes: tuple[Message, ...]  # the rule, the age bands, what was left out

    def table(self, table_id: str) -> ShownTable:
        return next(t for t in self.tables if t.spec.id == table_id)


def disclosure_rule(rule: ReportRule) -> Rule:
    return Rule(
        threshold=rule.threshold,
        sensitive_threshold=rule.sensitive_threshold,
        zeros=Zeros(rule.zeros),
        rounding=rule.rounding,
    )


def _sensitive(spec: TableSpec, indicator: Indicator) -> bool:
    dims = {spec.rows, *(() if spec.columns is None else (spec.columns,))}
    return indicator.sensitive or bool(dims & SENSITIVE_DIMENSIONS)


def _ordered(name: str, found: Sequence[str]) -> list[str]:
    order = _ORDERS.get(name)
    if order is None:
        return sorted(found, key=lambda v: (v == OTHER, v == "unknown", v))
    return [v for v in order if v in found] + sorted(v for v in found if v not in order)


def _check_period(first: date, last: date) -> None:
    if last < first:
        raise ValidationError(
            _m("The period ends ({last}) before it starts ({first}).", first=first, last=last)
        )
    if (last - first).days > 366 * 20:
        raise ValidationError(_m("A report covers at most twenty years."))


def make_snapshot(
    db: Database,
    report_id: str,
    first: date,
    last: date,
    filters: Mapping[str, str] | None = None,
    *,
    today: date | None = None,
) -> Snapshot:
    """The report ``report_id`` for the days ``first`` to ``last`` (both counted), restricted
    by ``filters`` (dimension → category, e.g. ``{"jurisdiction": "DE"}``).

    Raises:
        AccessDeniedError: the signed-in person's role may not see reports.
        NotFoundError: no such report.
        ValidationError: a period that ends before it starts, a filter on a dimension some
            table of the report does not have.
    """
    access.require(db, "see_reports")
    definition = find_report(report_id)
    _check_period(first, last)
    wanted = dict(filters or {})
    for name in wanted:
        lacking = [
            Message("Reports", t.title)
            for t in definition.tables
            if name not in INDICATORS[t.indicator].dimensions
        ]
        if lacking:
            raise ValidationError(
                _m(
                    "These tables cannot be narrowed by {dimension}: {tables}.",
                    tables=joined(lacking),
                    dimension=Message("Reports", DIMENSION_NAMES.get(name, name)),
                )
            )
    period = Period(first, last, today or date.today())
    if any(INDICATORS[t.indicator].checks for t in definition.tables):
        # hearings recorded before the checks were kept (an upgraded database) are checked
        # now; the window does it in the background when it opens
        documents.fill_file_checks(db)
    snapshot = _make(db, definition, period, wanted)
    with db.unit_of_work() as session:
        audit.record(
            session,
            "report made",
            detail={
                "report": report_id,
                "from": first.isoformat(),
                "to": last.isoformat(),
                "filters": wanted,
            },
        )
    return snapshot


@dataclass(frozen=True)
class _Population:
    """What one population's queries found: its dimensions and counts, each duration
    table's quartiles by row (None: all), and the uncertain age bands."""

    specs: list[TableSpec]
    dims: list[str]
    counts: dict[tuple[str, ...], int]
    days: dict[str, dict[str | None, Quartiles]]
    uncertain: int
    rates: dict[str, dict[str | None, Rate]] = field(default_factory=dict)


def _count(
    db: Database,
    specs: list[TableSpec],
    period: Period,
    rule: ReportRule,
    scope: Any,
    filters: Mapping[str, str],
) -> _Population:
    """One population's queries, in a reading session of their own."""
    indicator = INDICATORS[specs[0].indicator]
    dims = list(dict.fromkeys(d for s in specs for d in (s.rows, s.columns) if d is not None))
    days: dict[str, dict[str | None, Quartiles]] = {}
    rated: dict[str, dict[str | None, Rate]] = {}
    with db.reading() as session:
        top = None
        if "nationality" in dims or "nationality" in filters:
            # the most frequent of the whole population, so that "other" is the same rest
            # whether or not the report is narrowed to one nationality
            unfiltered = {k: v for k, v in filters.items() if k != "nationality"}
            top = top_nationalities(session, indicator, period, rule, scope, unfiltered)
        if indicator.duration and len(specs) == 1 and dims == [specs[0].rows]:
            # one table of days by one dimension: its counts are its groups' numbers
            spread = quartiles(session, indicator, dims, period, rule, scope, filters, top)
            days[specs[0].id] = {(k[0] if k else None): q for k, q in spread.items()}
            counts = {k: q.n for k, q in spread.items() if k}
            uncertain = spread[()].uncertain if () in spread else 0
        elif indicator.rate is not None:
            # a rate's numbers and sums by every dimension of its tables in one statement;
            # each table's rows are sums of them (a rate's parts add up, unlike quartiles)
            found = rates(session, indicator, dims, period, rule, scope, filters, top)
            counts = {k: r.n for k, r in found.items() if k}
            uncertain = found[()].uncertain if () in found else 0
            for spec in specs:
                rated[spec.id] = _rates_by(found, dims.index(spec.rows))
        else:
            grouped = counted(session, indicator, dims, period, rule, scope, filters, top)
            counts, uncertain = grouped.counts, grouped.uncertain
            for spec in specs:
                if INDICATORS[spec.indicator].duration:
                    spread = quartiles(
                        session, INDICATORS[spec.indicator], [spec.rows], period, rule, scope,
                        filters, top,
                    )  # fmt: skip
                    days[spec.id] = {(k[0] if k else None): q for k, q in spread.items()}
    return _Population(specs, dims, counts, days, uncertain, rated)


def _rates_by(found: Mapping[tuple[str, ...], Rate], at: int) -> dict[str | None, Rate]:
    """A rate's groups by the dimension at ``at`` of their keys, and the whole (None)."""
    parts: dict[str | None, list[Rate]] = {}
    for key, rate in found.items():
        parts.setdefault(key[at] if key else None, []).append(rate)
    return {row: Rate.of(group) for row, group in parts.items()}


# Populations are counted side by side (SQLite and PostgreSQL both read in parallel).
WORKERS = 2


def _make(
    db: Database, definition: ReportDefinition, period: Period, filters: Mapping[str, str]
) -> Snapshot:
    scope = repo.report_scope(access.person_of(db))
    rule = disclosure_rule(definition.rule)
    # One cube per population: the indicators whose units are the same rows share it.
    grouped: dict[Any, list[TableSpec]] = {}
    for spec in definition.tables:
        grouped.setdefault(INDICATORS[spec.indicator].source, []).append(spec)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        found = list(
            pool.map(
                lambda specs: _count(db, specs, period, definition.rule, scope, filters),
                grouped.values(),
            )
        )
    published: list[Published] = []
    offset = 0
    shaped: list[tuple[TableSpec, Indicator, list[str], list[str]]] = []
    days: dict[str, dict[str | None, Quartiles]] = {}
    rated: dict[str, dict[str | None, Rate]] = {}
    uncertain = 0
    for population in found:
        dims, counts = population.dims, population.counts
        uncertain += population.uncertain
        days |= population.days
        rated |= population.rates
        categories = {d: _ordered(d, sorted({k[i] for k in counts})) for i, d in enumerate(dims)}
        whole = Cube.of(dims, counts, categories)
        for spec in population.specs:
            spec_indicator = INDICATORS[spec.indicator]
            threshold = rule.threshold_for(_sensitive(spec, spec_indicator))
            if whole.size:  # a population with nobody in the period has only its total, 0
                numbers = whole.table_numbers(spec.id, spec.rows, spec.columns, threshold)
                published += [_shifted(n, offset) for n in numbers]
            rows = list(whole.categories[dims.index(spec.rows)])
            columns = (
                [] if spec.columns is None else list(whole.categories[dims.index(spec.columns)])
            )
            shaped.append((spec, spec_indicator, rows, columns))
        offset += whole.size
    outcome = suppress(published, max(offset, 1), rule)
    tables = []
    for spec, indicator, rows, columns in shaped:
        places: list[tuple[str | None, str | None]] = [(r, c) for r in rows for c in columns]
        places += [(r, None) for r in rows]
        places += [(None, c) for c in columns] + [(None, None)]
        cells = {
            place: outcome.cells.get((spec.id, *place)) or Cell((spec.id, *place), Status.SHOWN, 0)
            for place in places
        }
        quart: dict[str | None, Quartiles | None] = {}
        rate: dict[str | None, Rate | None] = {}
        for row in [*rows, None] if indicator.measured else []:
            shown = cells[(row, None)].status is Status.SHOWN
            if indicator.duration:
                quart[row] = days.get(spec.id, {}).get(row) if shown else None
            else:
                rate[row] = rated.get(spec.id, {}).get(row) if shown else None
        tables.append(
            ShownTable(
                spec,
                indicator,
                tuple(rows),
                tuple(columns),
                cells,
                _sensitive(spec, indicator),
                quart,
                rate,
            )
        )
    order = {spec.id: index for index, spec in enumerate(definition.tables)}
    tables.sort(key=lambda t: order[t.spec.id])  # in the report's order, not by population
    notes = [
        rule.describe(),
        _m(
            "Age bands are taken on each count's reference day from the latest date of birth the "
            "record allows: a child whose birth date is estimated is counted at the youngest age "
            "it may be."
        ),
    ]
    if uncertain:
        notes.append(
            _m(
                "{n} counted children would fall in another age band with the earliest date of "
                "birth their record allows.",
                n=uncertain,
            )
        )
    if scope is not None:
        notes.append(
            _m(
                "The counts cover the cases within the record scope of the person who made the "
                "report, not every case of the organisation."
            )
        )
    if any(t.indicator.duration for t in tables):
        notes.append(
            _m(
                "Days are given as the median and the quartiles (nearest rank) of each group; "
                "they are not shown for a group whose number is hidden."
            )
        )
    if any(t.indicator.rate is not None for t in tables):
        notes.append(_m("A rate is not shown for a group whose number is hidden."))
    for indicator in dict.fromkeys(t.indicator for t in tables if t.indicator.note):
        notes.append(Message("Reports", indicator.note or ""))
    return Snapshot(
        definition,
        period,
        dict(filters),
        datetime.now(UTC),
        tuple(tables),
        rule,
        tuple(notes),
    )


def _shifted(number: Published, offset: int) -> Published:
    """A number of one population's cube, its cells numbered after the cubes before it."""
    return Published(
        key=number.key,
        members=frozenset(i + offset for i in number.members),
        value=number.value,
        threshold=number.threshold,
        table=number.table,
        row=number.row,
        column=number.column,
    )


def drill_down(table: ShownTable, row: str | None, column: str | None = None) -> Message | None:
    """Why opening the cases behind a place of the table is refused (its count is hidden),
    or None when it may be opened."""
    if table.hidden_below(row, column):
        return _m("This count is hidden to protect the children it counts: it cannot be opened.")
    return None
