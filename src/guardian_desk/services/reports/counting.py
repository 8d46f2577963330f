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
from guardian_desk.services.reports.indicators import (
    Indicator,
    Period,
    age_band,
    common_dimension,
)
from guardian_desk.storage import models as m

OTHER = "other"


@dataclass(frozen=True)
class Quartiles:
    n: int
    q1: float
    median: float
    q3: float


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
        found = common_dimension(name, source.c.ref)
        if name == "nationality" and top is not None:
            found = case((found.in_(list(top)), found), else_=literal(OTHER))
        return found

    columns = [expression(name).label(name) for name in wanted]
    if indicator.duration:
        columns.append(source.c.value.label("value"))
    query = (
        select(*columns)
        .select_from(source)
        .join(m.Case, m.Case.id == source.c.case_id)
        .join(m.Child, m.Child.case_id == source.c.case_id)
    )
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
    dialect = session.get_bind().dialect.name
    units = _units(indicator, dims, period, rule, dialect, scope, dict(filters or {}), top)
    groups = [units.c[name] for name in dims]
    rows = session.execute(select(*groups, func.count()).group_by(*groups))
    return {tuple(str(v) for v in row[:-1]): int(row[-1]) for row in rows}


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
    quartile of ``value`` in each group of ``dims`` (nearest-rank percentiles, by window
    functions in SQL); ``dims`` empty gives the whole population under the key ``()``."""
    dialect = session.get_bind().dialect.name
    units = _units(indicator, dims, period, rule, dialect, scope, dict(filters or {}), top)
    groups = [units.c[name] for name in dims]
    ranked = select(
        *groups,
        units.c.value,
        func.row_number().over(partition_by=groups or None, order_by=units.c.value).label("rn"),
        func.count().over(partition_by=groups or None).label("n"),
    ).subquery("ranked")
    keys = [ranked.c[name] for name in dims]

    def rank(share: int, of: int) -> ColumnElement[Any]:
        # the smallest value whose rank reaches share/of of the group (nearest rank)
        return func.min(case((ranked.c.rn * of >= ranked.c.n * share, ranked.c.value)))

    query = select(*keys, func.max(ranked.c.n), rank(1, 4), rank(1, 2), rank(3, 4))
    if keys:
        query = query.group_by(*keys)
    found: dict[tuple[str, ...], Quartiles] = {}
    for row in session.execute(query):
        n = int(row[-4] or 0)
        if n:
            values = [float(v) for v in row[-3:]]
            found[tuple(str(v) for v in row[:-4])] = Quartiles(n, *values)
    return found


def uncertain_ages(
    session: Session,
    indicator: Indicator,
    period: Period,
    rule: ReportRule,
    scope: ColumnElement[bool] | None = None,
    filters: Mapping[str, str] | None = None,
) -> int:
    """How many units' age band would differ if the earliest date of birth the record
    allows were taken instead of the latest (estimated and partial birth dates)."""
    dialect = session.get_bind().dialect.name
    source = indicator.source(period, dialect, rule.enrolment_days).subquery("unit")
    query = (
        select(func.count())
        .select_from(source)
        .join(m.Case, m.Case.id == source.c.case_id)
        .join(m.Child, m.Child.case_id == source.c.case_id)
        .where(
            and_(
                m.Child.dob_earliest.is_not(None),
                age_band(m.Child.dob_earliest, source.c.ref)
                != age_band(m.Child.dob_latest, source.c.ref),
            )
        )
    )
    if scope is not None:
        query = query.where(scope)
    for name, value in (filters or {}).items():
        expression = (
            source.c[name] if name in indicator.own else common_dimension(name, source.c.ref)
        )
        query = query.where(expression == value)
    return int(session.execute(query).scalar() or 0)
