"""Counting an indicator by its dimensions, in SQL: the counts of every combination of the
dimensions a report uses (its *cube*), and for a duration the median and quartiles of each
group of a table.

The most frequent nationalities (the report's ``top_nationalities``) keep their code, the
rest are counted as "other", in SQL, so that every table of the report groups alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Subquery

from guardian_desk.domain.reports import ReportRule
from guardian_desk.storage import models as m
from guardian_desk.storage.report_units import (
    CASE_DIMENSIONS,
    CHILD_DIMENSIONS,
    Indicator,
    Period,
    age_band,
    common_dimension,
)

OTHER = "other"


@dataclass(frozen=True)
class Quartiles:
    n: int
    q1: float
    median: float
    q3: float
    uncertain: int = 0  # how many would fall in another age band (see ``Counted``)


@dataclass(frozen=True)
class Rate:
    """A rate's group: its number of units, the events counted (changes of placement,
    documents court-ready) and what they are counted against (days, documents held)."""

    n: int
    events: int
    exposure: int
    per: float
    uncertain: int = 0

    @property
    def value(self) -> float | None:
        """Events per ``per`` of exposure (per 365.25 days: per child-year; per 100
        documents: a percentage); None when there is nothing to count against."""
        return self.events * self.per / self.exposure if self.exposure else None

    @staticmethod
    def of(groups: Sequence[Rate]) -> Rate:
        """The rate of these groups together (a rate's parts add up)."""
        return Rate(
            sum(r.n for r in groups),
            sum(r.events for r in groups),
            sum(r.exposure for r in groups),
            groups[0].per,
            sum(r.uncertain for r in groups),
        )


@dataclass(frozen=True)
class Counted:
    """The counts of every combination of the dimensions, and how many units counted in an
    age band would fall in another with the earliest date of birth their record allows
    (estimated and partial birth dates; 0 when no table breaks down by age band)."""

    counts: dict[tuple[str, ...], int]
    uncertain: int = 0


def _units(
    indicator: Indicator,
    dims: Sequence[str],
    period: Period,
    rule: ReportRule,
    dialect: str,
    scope: ColumnElement[bool] | None,
    filters: Mapping[str, str],
    top: Sequence[str] | None,
) -> Subquery:
    """One row per unit counted, with each dimension as a column (and ``value``)."""
    source = indicator.source(period, dialect, rule.enrolment_days).subquery("unit")
    wanted = list(dict.fromkeys([*dims, *filters]))

    def expression(name: str) -> ColumnElement[Any]:
        if name in indicator.own:
            return source.c[name]
        found = common_dimension(name, source.c.ref, source.c.case_id)
        if name == "nationality" and top is not None:
            found = case((found.in_(list(top)), found), else_=literal(OTHER))
        return found

    columns = [expression(name).label(name) for name in wanted]
    if indicator.measured:
        columns.append(source.c.value.label("value"))
    if indicator.rate is not None:
        columns.append(source.c.exposure.label("exposure"))
    if "age_band" in wanted:
        differs = and_(
            m.Child.dob_earliest.is_not(None),
            age_band(m.Child.dob_earliest, source.c.ref)
            != age_band(m.Child.dob_latest, source.c.ref),
        )
        columns.append(case((differs, 1), else_=0).label("uncertain"))
    query = select(*columns).select_from(source)
    # Only the rows a dimension or the scope reads are joined (a join per unit costs).
    if scope is not None or CASE_DIMENSIONS & set(wanted):
        query = query.join(m.Case, m.Case.id == source.c.case_id)
    if CHILD_DIMENSIONS & set(wanted):
        query = query.join(m.Child, m.Child.case_id == source.c.case_id)
    if scope is not None:
        query = query.where(scope)
    for name, value in filters.items():
        query = query.where(expression(name) == value)
    return query.subquery("units")


def top_nationalities(
    session: Session,
    indicator: Indicator,
    period: Period,
    rule: ReportRule,
    scope: ColumnElement[bool] | None,
    filters: Mapping[str, str],
) -> list[str]:
    """The report's most frequent nationalities in the indicator's population."""
    dialect = session.get_bind().dialect.name
    units = _units(indicator, ["nationality"], period, rule, dialect, scope, filters, None)
    rows = session.execute(
        select(units.c.nationality, func.count().label("n"))
        .group_by(units.c.nationality)
        .order_by(func.count().desc(), units.c.nationality)
        .limit(rule.top_nationalities)
    )
    return [str(row[0]) for row in rows]


def counted(
    session: Session,
    indicator: Indicator,
    dims: Sequence[str],
    period: Period,
    rule: ReportRule,
    scope: ColumnElement[bool] | None = None,
    filters: Mapping[str, str] | None = None,
    top: Sequence[str] | None = None,
) -> Counted:
    """The count of every combination of ``dims`` that occurs (``GROUP BY``), with the
    uncertain age bands when ``age_band`` is among them."""
    dialect = session.get_bind().dialect.name
    units = _units(indicator, dims, period, rule, dialect, scope, dict(filters or {}), top)
    groups = [units.c[name] for name in dims]
    aged = "uncertain" in units.c
    extra = [func.sum(units.c.uncertain)] if aged else []
    rows = list(session.execute(select(*groups, func.count(), *extra).group_by(*groups)))
    width = len(dims)
    return Counted(
        {tuple(str(v) for v in row[:width]): int(row[width]) for row in rows},
        sum(int(row[width + 1] or 0) for row in rows) if aged else 0,
    )


def cube(
    session: Session,
    indicator: Indicator,
    dims: Sequence[str],
    period: Period,
    rule: ReportRule,
    scope: ColumnElement[bool] | None = None,
    filters: Mapping[str, str] | None = None,
    top: Sequence[str] | None = None,
) -> dict[tuple[str, ...], int]:
    """The count of every combination of ``dims`` that occurs (``GROUP BY``)."""
    return counted(session, indicator, dims, period, rule, scope, filters, top).counts


def quartiles(
    session: Session,
    indicator: Indicator,
    dims: Sequence[str],
    period: Period,
    rule: ReportRule,
    scope: ColumnElement[bool] | None = None,
    filters: Mapping[str, str] | None = None,
    top: Sequence[str] | None = None,
) -> dict[tuple[str, ...], Quartiles]:
    """For a duration: the number of units, the first quartile, the median and the third
    quartile of ``value`` in each group of ``dims`` and, under the key ``()``, in the whole
    population (nearest-rank percentiles, by window functions in SQL, in one statement: the
    units are read once)."""
    dialect = session.get_bind().dialect.name
    units = _units(indicator, dims, period, rule, dialect, scope, dict(filters or {}), top)
    groups = [units.c[name] for name in dims]
    ranked = (
        select(
            *groups,
            units.c.value,
            func.row_number().over(partition_by=groups or None, order_by=units.c.value).label("rn"),
            func.count().over(partition_by=groups or None).label("n"),
            func.row_number().over(order_by=units.c.value).label("rn_all"),
            func.count().over().label("n_all"),
            (units.c.uncertain if "uncertain" in units.c else literal(0)).label("uncertain"),
        )
        .cte("ranked")
        .prefix_with("MATERIALIZED")
    )

    def rank(share: int, of: int, rn: Any, n: Any) -> ColumnElement[Any]:
        # the smallest value whose rank reaches share/of of the group (nearest rank)
        return func.min(case((rn * of >= n * share, ranked.c.value)))

    def statistics(rn: Any, n: Any) -> list[ColumnElement[Any]]:
        return [
            func.sum(ranked.c.uncertain),
            func.max(n),
            rank(1, 4, rn, n),
            rank(1, 2, rn, n),
            rank(3, 4, rn, n),
        ]

    keys = [ranked.c[name] for name in dims]
    by_group = select(literal(0).label("whole"), *keys, *statistics(ranked.c.rn, ranked.c.n))
    if keys:
        by_group = by_group.group_by(*keys)
    whole = select(
        literal(1).label("whole"),
        *[literal(None).label(name) for name in dims],
        *statistics(ranked.c.rn_all, ranked.c.n_all),
    )
    found: dict[tuple[str, ...], Quartiles] = {}
    for row in session.execute(by_group.union_all(whole)):
        n = int(row[-4] or 0)
        if not n:
            continue
        q1, median, q3 = (float(v) for v in row[-3:])
        key = () if row[0] else tuple(str(v) for v in row[1:-5])
        found[key] = Quartiles(n, q1, median, q3, int(row[-5] or 0))
    return found


def rates(
    session: Session,
    indicator: Indicator,
    dims: Sequence[str],
    period: Period,
    rule: ReportRule,
    scope: ColumnElement[bool] | None = None,
    filters: Mapping[str, str] | None = None,
    top: Sequence[str] | None = None,
) -> dict[tuple[str, ...], Rate]:
    """For a rate: the number of units, the sum of ``value`` and of ``exposure`` in each
    group of ``dims`` (``GROUP BY``) and, under the key ``()``, in the whole population."""
    dialect = session.get_bind().dialect.name
    units = _units(indicator, dims, period, rule, dialect, scope, dict(filters or {}), top)
    groups = [units.c[name] for name in dims]
    uncertain = units.c.uncertain if "uncertain" in units.c else literal(0)
    query = select(
        *groups,
        func.count(),
        func.sum(units.c.value),
        func.sum(units.c.exposure),
        func.sum(uncertain),
    )
    if groups:
        query = query.group_by(*groups)
    found: dict[tuple[str, ...], Rate] = {}
    width = len(dims)
    for row in session.execute(query):
        n = int(row[width])
        if n:
            events, exposure, aged = (int(v or 0) for v in row[width + 1 :])
            found[tuple(str(v) for v in row[:width])] = Rate(
                n, events, exposure, indicator.per, aged
            )
    if dims and found:
        found[()] = Rate.of(list(found.values()))
    return found
