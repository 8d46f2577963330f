"""The indicators a report may count, each as SQL that runs the same on SQLite and PostgreSQL
(the reports' queries; the services make and protect the reports: ``services/reports``).

An indicator is a population (cases opened in the period, deadlines due in it, hearings
held...) counted by **dimensions**: those of the child every indicator has (age band, sex,
nationality, jurisdiction, protection status, statelessness, trafficking concern, period)
and its own (a proceeding's kind, a deadline's outcome, a service's status...). Counting is
done in SQL (``GROUP BY``); a *duration* indicator (days from opening to the first hearing)
also gives the median and quartiles per group, by window functions in SQL.

**The child's age band** (0–4, 5–11, 12–17, 18+) is taken on the indicator's reference day
(the day a case was opened, the end of the period for the cases active...) from the latest
date of birth the record allows: a child whose birth date is estimated is counted at the
youngest age it may be, as the benefit of the doubt asks. How many children's band would
differ with the earliest date is counted and said (``report_counts.Counted.uncertain``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.functions import FunctionElement

from guardian_desk.storage import models as m

# The child's dimensions, every indicator's.
COMMON = (
    "age_band",
    "sex",
    "nationality",
    "jurisdiction",
    "protection_status",
    "stateless",
    "concern",
    "period",
)
# A table that breaks down by, or counts, trafficking concern uses the higher threshold.
SENSITIVE_DIMENSIONS = frozenset({"concern"})
AGE_BANDS = ("0-4", "5-11", "12-17", "18+", "unknown")


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    today: date


@dataclass(frozen=True)
class Indicator:
    """What a report may count: ``source`` gives one row per unit counted, with its
    ``case_id``, the reference day ``ref`` and its own dimensions (and ``value`` in days for
    a duration)."""

    id: str
    title: str  # in English; the window translates it (context "Reports")
    unit: str  # what is counted: "cases", "deadlines"...
    own: tuple[str, ...]  # its own dimensions
    source: Callable[[Period, str, int], Select[Any]]  # period, dialect, enrolment days
    duration: bool = False  # also the median and quartiles of ``value``, in days
    sensitive: bool = False  # about trafficking concern: the higher threshold always
    # A rate: ``value`` events per ``exposure`` summed over a group, times ``per`` (the
    # changes of placement per child-year: exposure in days, per 365.25; a share of documents
    # court-ready: exposure in documents, per 100)
    rate: str | None = None  # what the rate is, as its column heading names it
    per: float = 1.0
    note: str | None = None  # how it is counted, in the report's notes (in English)
    checks: bool = False  # counts the hearings' week-before checks (filled in first)

    @property
    def measured(self) -> bool:
        """Whether each group's table shows a measure beside its number (days, a rate),
        rather than counts by a second dimension."""
        return self.duration or self.rate is not None

    @property
    def dimensions(self) -> tuple[str, ...]:
        return (*self.own, *COMMON)


# --- portable date arithmetic ----------------------------------------------------------------


def _day_of(instant: Any, dialect: str) -> ColumnElement[Any]:
    """The UTC day of an instant column."""
    return func.date(instant) if dialect == "sqlite" else cast(instant, Date)


def _days(later: Any, earlier: Any, dialect: str) -> ColumnElement[Any]:
    """Whole days from ``earlier`` to ``later`` (dates)."""
    if dialect == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return cast(later, Date) - cast(earlier, Date)


def _years_after(day: Any, years: int, dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return func.date(day, f"+{years} years")
    return cast(day + func.make_interval(years), Date)


def _date(value: date) -> ColumnElement[Any]:
    return literal(value, Date)


def _in(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= _date(period.first), column <= _date(period.last))


def _instants_in(column: Any, period: Period) -> ColumnElement[bool]:
    """An instant within the period's days (UTC), compared as instants: no day is worked
    out for each row."""
    start = datetime.combine(period.first, time(), tzinfo=UTC)
    stop = datetime.combine(period.last + timedelta(days=1), time(), tzinfo=UTC)
    return and_(column >= start, column < stop)


# --- the child's dimensions ------------------------------------------------------------------


class _Ymd(FunctionElement[int]):
    """A day as the whole number YYYYMMDD (one call per day, on either database)."""

    type = Integer()
    inherit_cache = True


@compiles(_Ymd, "sqlite")
def _ymd_sqlite(element: _Ymd, compiler: Any, **kw: Any) -> str:
    # a day is stored as its ISO text, YYYY-MM-DD: the digits are the number
    return f"CAST(replace({compiler.process(element.clauses, **kw)}, '-', '') AS INTEGER)"


@compiles(_Ymd)
def _ymd_other(element: _Ymd, compiler: Any, **kw: Any) -> str:
    return f"CAST(to_char({compiler.process(element.clauses, **kw)}, 'YYYYMMDD') AS INTEGER)"


def _age(born: Any, on: Any) -> ColumnElement[Any]:
    """Whole years from ``born`` to ``on``: (YYYYMMDD on − YYYYMMDD born) ÷ 10 000."""
    return (_Ymd(on) - _Ymd(born)) / 10000


def age_band(born: Any, on: Any) -> ColumnElement[Any]:
    age = _age(born, on)
    return case(
        (born.is_(None), "unknown"),
        (age < 5, "0-4"),
        (age < 12, "5-11"),
        (age < 18, "12-17"),
        else_="18+",
    )


class _Quarter(FunctionElement[str]):
    """The quarter of a day as the text YYYY-Qn (one call per day, on either database)."""

    type = String()
    inherit_cache = True


@compiles(_Quarter, "sqlite")
def _quarter_sqlite(element: _Quarter, compiler: Any, **kw: Any) -> str:
    day = compiler.process(element.clauses, **kw)  # its ISO text, YYYY-MM-DD
    return f"(substr({day}, 1, 4) || '-Q' || ((CAST(substr({day}, 6, 2) AS INTEGER) + 2) / 3))"


@compiles(_Quarter)
def _quarter_other(element: _Quarter, compiler: Any, **kw: Any) -> str:
    return f"""to_char({compiler.process(element.clauses, **kw)}, 'YYYY-"Q"Q')"""


def _quarter(on: Any) -> ColumnElement[Any]:
    return _Quarter(on)


def _protection_status(on: Any) -> ColumnElement[Any]:
    change = m.ProtectionStatusChange
    latest = (
        select(change.status)
        .where(change.child_id == m.Child.id, change.effective_on <= on)
        .order_by(change.effective_on.desc(), change.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(latest, "unknown")


def _concern(on: Any, case_id: Any) -> ColumnElement[Any]:
    """The concern of the latest screening open on the day, as a person raised it."""
    s = m.Screening
    level = case(
        (or_(s.concern == "clear", s.raised_to == "clear"), "clear"),
        (or_(s.concern == "possible", s.raised_to == "possible"), "possible"),
        else_="none",
    )
    latest = (
        select(level)
        .where(
            s.case_id == case_id,
            s.screened_on <= on,
            or_(s.closed_on.is_(None), s.closed_on > on),
        )
        .order_by(s.screened_on.desc(), s.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(latest, "none")


def _nationality() -> ColumnElement[Any]:
    first = type_coerce(m.Child.nationalities, JSON)[0].as_string()
    return case((m.Child.stateless.is_(True), "stateless"), else_=func.coalesce(first, "unknown"))


# The dimensions read from the child's row, and from the case's.
CHILD_DIMENSIONS = frozenset({"age_band", "sex", "nationality", "protection_status", "stateless"})
CASE_DIMENSIONS = frozenset({"jurisdiction"})


def common_dimension(name: str, ref: Any, case_id: Any = None) -> ColumnElement[Any]:
    """The SQL of one of the child's dimensions on the day ``ref`` (``case_id``: the column
    of the unit's case, for the dimensions read from elsewhere)."""
    if name == "age_band":
        return age_band(m.Child.dob_latest, ref)
    if name == "sex":
        return cast(m.Child.sex, String)
    if name == "nationality":
        return _nationality()
    if name == "jurisdiction":
        return func.coalesce(m.Case.home_jurisdiction, "unknown")
    if name == "protection_status":
        return cast(_protection_status(ref), String)
    if name == "stateless":
        return case((m.Child.stateless.is_(True), "yes"), else_="no")
    if name == "concern":
        return _concern(ref, m.Case.id if case_id is None else case_id)
    if name == "period":
        return _quarter(ref)
    raise ValueError(f"no such dimension: {name}")


# --- the indicators --------------------------------------------------------------------------


def _cases_opened(period: Period, dialect: str, _days_: int) -> Select[Any]:
    columns: list[Any] = [m.Case.id.label("case_id"), m.Case.opened_on.label("ref")]
    return select(*columns).where(_in(m.Case.opened_on, period))


def _cases_closed(period: Period, dialect: str, _days_: int) -> Select[Any]:
    columns: list[Any] = [m.Case.id.label("case_id"), m.Case.closed_on.label("ref")]
    return select(*columns).where(_in(m.Case.closed_on, period))


def _active(opened: Any, closed: Any, period: Period) -> ColumnElement[bool]:
    return and_(opened <= _date(period.last), or_(closed.is_(None), closed >= _date(period.first)))


def _cases_active(period: Period, dialect: str, _days_: int) -> Select[Any]:
    return select(m.Case.id.label("case_id"), _date(period.last).label("ref")).where(
        _active(m.Case.opened_on, m.Case.closed_on, period)
    )


def _proceedings(period: Period, dialect: str, _days_: int) -> Select[Any]:
    p, d = m.Proceeding, m.Decision
    # Each proceeding's latest decision by the period's end, read from the covering index
    # ix_decisions_proceeding_decided (migration 0018).
    outcome = (
        select(cast(d.outcome, String))
        .where(d.proceeding_id == p.id, d.decided_on <= _date(period.last))
        .order_by(d.decided_on.desc(), d.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return select(
        p.case_id.label("case_id"),
        _date(period.last).label("ref"),
        cast(p.kind, String).label("kind"),
        p.forum_name.label("forum"),
        func.coalesce(outcome, "no_decision").label("outcome"),
    ).where(_active(p.opened_on, p.closed_on, period))


def _deadlines(period: Period, dialect: str, _days_: int) -> Select[Any]:
    dl = m.Deadline
    last_day = func.coalesce(dl.due_latest_on, dl.due_on)
    state = case(
        (dl.status == "waived", "waived"),
        (
            and_(dl.status == "done", dl.completed_on.is_not(None), dl.completed_on > last_day),
            "missed",
        ),
        (dl.status == "done", "met"),
        (last_day < _date(period.today), "missed"),
        else_="open",
    )
    return select(dl.case_id.label("case_id"), dl.due_on.label("ref"), state.label("state")).where(
        _in(dl.due_on, period), dl.task.is_(False)
    )


def _age_out(period: Period, dialect: str, _days_: int) -> Select[Any]:
    """Children who turn 18 or 21 in the period, on the earliest day their record allows
    (the day a team must be ready for)."""
    parts = []
    for years in (18, 21):
        day = _years_after(m.Child.dob_earliest, years, dialect)
        parts.append(
            select(
                m.Child.case_id.label("case_id"),
                day.label("ref"),
                literal(str(years)).label("event"),
                case((day < _date(period.today), "passed"), else_="ahead").label("when"),
            ).where(m.Child.dob_earliest.is_not(None), _in(day, period))
        )
    union = parts[0].union_all(parts[1]).subquery()
    return select(union.c.case_id, union.c.ref, union.c.event, union.c.when)


def _referrals(period: Period, dialect: str, _days_: int) -> Select[Any]:
    s = m.CareService
    columns: list[Any] = [
        s.case_id.label("case_id"),
        s.referred_on.label("ref"),
        cast(s.kind, String).label("service"),
        cast(s.status, String).label("status"),
    ]
    return select(*columns).where(_in(s.referred_on, period))


def _filings(period: Period, dialect: str, _days_: int) -> Select[Any]:
    f = m.Filing
    day = _day_of(f.made_at, dialect)
    return select(
        f.case_id.label("case_id"),
        day.label("ref"),
        f.form_id.label("form"),
        f.language.label("language"),
    ).where(_instants_in(f.made_at, period))


def _hearings(period: Period, dialect: str, _days_: int) -> Select[Any]:
    """Hearings held in the period (up to today): with an interpreter in the child's
    language, in another, without one (``no_interpreter``), or none needed (the child needs
    no interpreter)."""
    h, p = m.Hearing, m.Proceeding
    day = _day_of(h.starts_at, dialect)
    booked = or_(h.interpreter_id.is_not(None), h.interpreter_name.is_not(None))
    interpreter = case(
        (m.Child.interpreter_language.is_(None), "not_needed"),
        (~booked, "no_interpreter"),
        (h.interpreter_language == m.Child.interpreter_language, "childs_language"),
        else_="other_language",
    )
    return (
        select(p.case_id.label("case_id"), day.label("ref"), interpreter.label("interpreter"))
        .join(p, p.id == h.proceeding_id)
        .join(m.Child, m.Child.case_id == p.case_id)
        # by the day of each hearing, not its indexed instant: the year's hearings are a good
        # part of the table, read in order faster than looked up one by one
        .where(_in(day, period), day <= _date(period.today))
    )


def _school_enrolment(period: Period, dialect: str, within: int) -> Select[Any]:
    """Children who arrived in the period: enrolled at school within the report's days of
    arrival, later, or not yet."""
    s = m.CareService
    enrolled = (
        select(func.min(func.coalesce(s.enrolled_on, s.started_on)))
        .where(s.case_id == m.Child.case_id, s.kind == "education")
        .scalar_subquery()
    )
    arrived = m.Child.last_arrival_on
    state = case(
        (enrolled.is_(None), "not_yet"),
        (_days(enrolled, arrived, dialect) <= within, "within"),
        else_="later",
    )
    return select(
        m.Child.case_id.label("case_id"), arrived.label("ref"), state.label("enrolment")
    ).where(_in(arrived, period))


def _first_hearing(period: Period, dialect: str, _days_: int) -> Select[Any]:
    h, p = m.Hearing, m.Proceeding
    earliest = func.min(h.starts_at)
    first = (
        select(p.case_id.label("case_id"), earliest.label("at"))
        .join(h, h.proceeding_id == p.id)
        .group_by(p.case_id)
        .having(_instants_in(earliest, period))  # the day of the first only, not of each
        .subquery()
    )
    day = _day_of(first.c.at, dialect)
    return (
        select(
            first.c.case_id,
            day.label("ref"),
            _days(day, m.Case.opened_on, dialect).label("value"),
        )
        .join(m.Case, m.Case.id == first.c.case_id)
        .where(day >= m.Case.opened_on)
    )


def _to_decision(period: Period, dialect: str, _days_: int) -> Select[Any]:
    p, d = m.Proceeding, m.Decision
    first = (
        select(d.proceeding_id.label("proceeding_id"), func.min(d.decided_on).label("day"))
        .group_by(d.proceeding_id)
        .subquery()
    )
    return (
        select(
            p.case_id.label("case_id"),
            first.c.day.label("ref"),
            cast(p.kind, String).label("kind"),
            _days(first.c.day, p.opened_on, dialect).label("value"),
        )
        .join(first, first.c.proceeding_id == p.id)
        .where(_in(first.c.day, period), first.c.day >= p.opened_on)
    )


def _to_guardian(period: Period, dialect: str, _days_: int) -> Select[Any]:
    """Days from the child's arrival to the first guardian's appointment, for appointments
    in the period."""
    g = m.GuardianAppointment
    first = (
        select(g.case_id.label("case_id"), func.min(g.started_on).label("day"))
        .group_by(g.case_id)
        .subquery()
    )
    arrived = m.Child.last_arrival_on
    return (
        select(
            first.c.case_id,
            first.c.day.label("ref"),
            _days(first.c.day, arrived, dialect).label("value"),
        )
        .join(m.Child, m.Child.case_id == first.c.case_id)
        .where(_in(first.c.day, period), arrived.is_not(None), first.c.day >= arrived)
    )


def _placement_changes(period: Period, dialect: str, _days_: int) -> Select[Any]:
    """The children of the cases active in the period: each with the changes of placement
    begun in the period (a placement begun after the child's first) as ``value``, and the
    days their case was open in the period as ``exposure``."""
    p, q = aliased(m.Placement), aliased(m.Placement)
    earlier = (
        select(q.id)
        .where(
            q.child_id == p.child_id,
            or_(q.started_on < p.started_on, and_(q.started_on == p.started_on, q.id < p.id)),
        )
        .exists()
    )
    changes = (
        select(func.count())
        .select_from(p)
        .where(p.child_id == m.Child.id, _in(p.started_on, period), earlier)
        .scalar_subquery()
    )
    c = m.Case
    first, last = _date(period.first), _date(period.last)
    start = case((c.opened_on > first, c.opened_on), else_=first)
    end = case((and_(c.closed_on.is_not(None), c.closed_on < last), c.closed_on), else_=last)
    return (
        select(
            c.id.label("case_id"),
            last.label("ref"),
            changes.label("value"),
            (_days(end, start, dialect) + 1).label("exposure"),
        )
        .join(m.Child, m.Child.case_id == c.id)
        .where(_active(c.opened_on, c.closed_on, period))
    )


def _checked_hearings(period: Period) -> Select[Any]:
    """The week-before checks of the hearings of the period whose week-before day has come
    (up to today); a vacated hearing has none. Read from the covering index
    ix_hearing_file_checks_report (migration 0019)."""
    k = m.HearingFileCheck
    columns: list[Any] = [k.case_id, k.hearing_on, k.documents, k.ready]
    return select(*columns).where(_in(k.hearing_on, period), k.checked_for <= _date(period.today))


def _documents_ready(period: Period, dialect: str, _days_: int) -> Select[Any]:
    """The children with a hearing in the period: their documents court-ready a week before
    each hearing (``value``) out of the documents they held then (``exposure``), summed over
    their hearings; the reference day is their first hearing's. (Counted by child, not by
    hearing: a fifth of the rows to join, and the same unit as the files' tables.)"""
    k = _checked_hearings(period).subquery()
    return (
        select(
            k.c.case_id,
            func.min(k.c.hearing_on).label("ref"),
            func.sum(k.c.ready).label("value"),
            func.sum(k.c.documents).label("exposure"),
        )
        .where(k.c.documents > 0)
        .group_by(k.c.case_id)
    )


def _files_not_ready(period: Period, dialect: str, _days_: int) -> Select[Any]:
    """The children with a hearing in the period: whether their file was court-ready a week
    before each of them (``not_ready`` when it was not for one)."""
    k = _checked_hearings(period).subquery()
    lacking = func.max(case((k.c.ready < k.c.documents, 1), else_=0))
    return select(
        k.c.case_id,
        func.min(k.c.hearing_on).label("ref"),
        case((lacking == 1, "not_ready"), else_="ready").label("file"),
    ).group_by(k.c.case_id)


INDICATORS: Mapping[str, Indicator] = {
    i.id: i
    for i in (
        Indicator("cases_opened", "Cases opened", "cases", (), _cases_opened),
        Indicator("cases_active", "Cases active", "cases", (), _cases_active),
        Indicator("cases_closed", "Cases closed", "cases", (), _cases_closed),
        Indicator(
            "proceedings",
            "Proceedings active",
            "proceedings",
            ("kind", "forum", "outcome"),
            _proceedings,
        ),
        Indicator("deadlines", "Deadlines due", "deadlines", ("state",), _deadlines),
        Indicator("age_out", "Children turning 18 or 21", "children", ("event", "when"), _age_out),
        Indicator(
            "concern_levels",
            "Cases active by trafficking concern",
            "cases",
            (),
            _cases_active,
            sensitive=True,
        ),
        Indicator(
            "referrals", "Referrals to services", "referrals", ("service", "status"), _referrals
        ),
        Indicator("filings", "Filings made", "filings", ("form", "language"), _filings),
        Indicator(
            "interpreted_hearings",
            "Hearings held, by interpreter",
            "hearings",
            ("interpreter",),
            _hearings,
        ),
        Indicator(
            "school_enrolment",
            "Children arrived, by school enrolment",
            "children",
            ("enrolment",),
            _school_enrolment,
        ),
        Indicator(
            "days_to_first_hearing",
            "Days from opening to the first hearing",
            "cases",
            (),
            _first_hearing,
            duration=True,
        ),
        Indicator(
            "days_to_decision",
            "Days from a proceeding's opening to its first decision",
            "proceedings",
            ("kind",),
            _to_decision,
            duration=True,
        ),
        Indicator(
            "placement_changes",
            "Changes of placement per child-year",
            "children",
            (),
            _placement_changes,
            rate="Changes per child-year",
            per=365.25,
            note=(
                "Changes of placement per child-year: the placements begun in the period after "
                "a child's first placement, divided by the years the children's cases were open "
                "in the period."
            ),
        ),
        Indicator(
            "documents_ready",
            "Documents court-ready a week before the hearing",
            "children",
            (),
            _documents_ready,
            rate="% of documents court-ready",
            per=100.0,
            checks=True,
            note=(
                "Documents court-ready a week before the hearing: for the children with a "
                "hearing in the period (those vacated left out), the share of their civil "
                "documents, counted once for each hearing, that met every requirement of the "
                "hearing's forum as the records stood a week before it (as they stood when it "
                "was first checked, for a hearing set within a week or recorded before checks "
                "were kept)."
            ),
        ),
        Indicator(
            "files_ready",
            "Children with a hearing, by a court-ready file a week before",
            "children",
            ("file",),
            _files_not_ready,
            checks=True,
            note=(
                "A child's file is not court-ready when, a week before one of their hearings "
                "of the period, one of their civil documents lacked a requirement of the "
                "hearing's forum."
            ),
        ),
        Indicator(
            "days_to_guardian",
            "Days from arrival to the first guardian's appointment",
            "children",
            (),
            _to_guardian,
            duration=True,
        ),
    )
}


def dimensions_of() -> dict[str, tuple[str, ...]]:
    """Each indicator's id and the dimensions it may be broken down by (for
    ``domain.reports.parse_report``)."""
    return {i.id: i.dimensions for i in INDICATORS.values()}
