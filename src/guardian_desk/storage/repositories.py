"""Queries. Everything that reads or writes rows goes through here, with ``select()``.

Functions take the caller's session, so a service decides where its unit of work begins
and ends.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Row,
    String,
    Table,
    bindparam,
    cast,
    column,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    table,
    text,
    update,
)
from sqlalchemy.orm import Session

from guardian_desk.domain.roles import TASK_SECTIONS, Person, Scope
from guardian_desk.domain.text import search_body, search_terms
from guardian_desk.storage import models as m
from guardian_desk.storage.tree import Node

CHUNK = 500  # ids per IN (...) list, well inside every database's parameter limit


def _table(model: type[m.Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# --- generic rows, for exchange and demo data ---------------------------------------------------


def rows_where_in(
    session: Session, model: type[m.Base], column: str, values: Sequence[Any]
) -> list[dict[str, Any]]:
    """All rows of ``model`` whose ``column`` is one of ``values``, as dictionaries."""
    table = _table(model)
    found: list[dict[str, Any]] = []
    for part in _chunks(list(values)):
        result = session.execute(select(table).where(table.c[column].in_(part)))
        found += [dict(row._mapping) for row in result]
    return found


def all_rows(session: Session, model: type[m.Base]) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in session.execute(select(_table(model)))]


def insert_rows(session: Session, model: type[m.Base], rows: list[dict[str, Any]]) -> None:
    """Insert many rows at once (an executemany); ``rows`` hold every column."""
    if rows:
        session.execute(insert(_table(model)), rows)


def set_references(
    session: Session, model: type[m.Base], column: str, pairs: list[tuple[str, str]]
) -> None:
    """Set ``column`` to a value for each ``(id, value)`` pair, keeping ``updated_at``.

    Used to complete rows just inserted, so it is not an edit.
    """
    if not pairs:
        return
    table = _table(model)
    statement = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({column: bindparam("ref_value"), "updated_at": table.c.updated_at})
    )
    session.execute(statement, [{"row_id": i, "ref_value": v} for i, v in pairs])


def versions_of(session: Session, model: type[m.Base], ids: Sequence[str]) -> dict[str, int]:
    """The current version counter of each of these rows that still exists."""
    table = _table(model)
    found: dict[str, int] = {}
    for part in _chunks(list(ids)):
        rows = session.execute(select(table.c.id, table.c.version).where(table.c.id.in_(part)))
        for row_id, version in rows:
            found[row_id] = version
    return found


def update_if_unchanged(
    session: Session, model: type[m.Base], row_id: str, version: int, values: dict[str, Any]
) -> bool:
    """Update a row only if its version is still ``version``; bumps the version.

    Returns False when someone else changed or deleted the row in the meantime.
    """
    table = _table(model)
    result = session.execute(
        update(table)
        .where(table.c.id == row_id, table.c.version == version)
        .values({**values, "version": version + 1})
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def delete_if_unchanged(session: Session, model: type[m.Base], row_id: str, version: int) -> bool:
    """Delete a row only if its version is still ``version``."""
    table = _table(model)
    result = session.execute(delete(table).where(table.c.id == row_id, table.c.version == version))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def attachment(session: Session, sha256: str) -> tuple[str, bytes] | None:
    """The media type and bytes of a stored file, or None."""
    row = session.execute(
        select(m.Attachment.media_type, m.Attachment.data).where(m.Attachment.sha256 == sha256)
    ).first()
    return (row[0], bytes(row[1])) if row else None


def existing_values(session: Session, column: Column[Any], values: Iterable[Any]) -> set[Any]:
    """Which of ``values`` already occur in ``column``."""
    found: set[Any] = set()
    for part in _chunks(list(set(values))):
        found.update(session.scalars(select(column).where(column.in_(part))))
    return found


# --- cases --------------------------------------------------------------------------------


def case_ids_by_reference(session: Session, references: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in _chunks(list(references)):
        rows = session.execute(
            select(m.Case.reference, m.Case.id).where(m.Case.reference.in_(part))
        )
        found.update({ref: case_id for ref, case_id in rows.all()})  # noqa: C416
    return found


def case_ids_by_id(session: Session, case_ids: Sequence[str]) -> dict[str, str]:
    """Reference of each existing case among ``case_ids``, as {reference: id}."""
    found: dict[str, str] = {}
    for part in _chunks(list(case_ids)):
        for ref, cid in session.execute(
            select(m.Case.reference, m.Case.id).where(m.Case.id.in_(part))
        ):
            found[ref] = cid
    return found


def count_references_like(session: Session, prefix: str) -> int:
    """How many case references start with ``prefix``."""
    statement = select(func.count()).where(m.Case.reference.startswith(prefix, autoescape=True))
    return session.scalar(statement) or 0


def all_case_ids(session: Session, limit: int | None = None) -> list[str]:
    return list(session.scalars(select(m.Case.id).order_by(m.Case.reference).limit(limit)))


@dataclass(frozen=True)
class CaseListQuery:
    """What the case list shows: filters and order, all applied in SQL.

    ``jurisdiction`` matches the case's home jurisdiction or any of its proceedings; a country
    code also matches its subdivisions (``US`` finds ``US-CA``). ``lawyer_id`` matches the lead
    lawyer or the lawyer assigned to any proceeding. ``born_between`` keeps children whose
    possible birth days overlap the range (an age band). ``hearing_before`` keeps cases with a
    hearing from ``now`` up to that instant.
    """

    status: str | None = None
    jurisdiction: str | None = None
    lawyer_id: str | None = None
    born_between: tuple[date, date] | None = None
    hearing_before: datetime | None = None
    now: datetime | None = None
    only_ids: tuple[str, ...] | None = None
    sort: str = "reference"
    descending: bool = False


# --- the record scope ---------------------------------------------------------------------


def signed_in(session: Session) -> Person | None:
    """Who the session works for (``Database.person``); None for a database without users."""
    return session.info.get("person")


def _assignments(part: Sequence[str]) -> list[Any]:
    """Who is assigned to these cases: (case id, team member id) from each place a case names
    a team member as working on it."""
    return [
        select(m.Case.id, m.Case.lead_lawyer_id).where(m.Case.id.in_(part)),
        select(m.Case.id, m.Case.caseworker_id).where(m.Case.id.in_(part)),
        select(m.Proceeding.case_id, m.Proceeding.assigned_lawyer_id).where(
            m.Proceeding.case_id.in_(part)
        ),
        select(m.GuardianAppointment.case_id, m.GuardianAppointment.team_member_id).where(
            m.GuardianAppointment.case_id.in_(part)
        ),
        select(m.Proceeding.case_id, m.Hearing.interpreter_id)
        .join(m.Hearing, m.Hearing.proceeding_id == m.Proceeding.id)
        .where(m.Proceeding.case_id.in_(part)),
    ]


def rebuild_access(session: Session, case_ids: Sequence[str]) -> None:
    """Recompute who is assigned to these cases (``case_access``)."""
    table = _table(m.CaseAccess)
    for part in _chunks(list(case_ids)):
        pairs = {
            (case_id, member)
            for statement in _assignments(part)
            for case_id, member in session.execute(statement)
            if member
        }
        session.execute(delete(table).where(table.c.case_id.in_(part)))
        insert_rows(
            session,
            m.CaseAccess,
            [{"case_id": c, "team_member_id": t} for c, t in sorted(pairs)],
        )


def assigned_to(team_member_id: str, case_id_column: Any = None) -> Any:
    """The cases a team member is assigned to (as the case's lead lawyer or caseworker, a
    proceeding's lawyer, a guardian, or the interpreter at one of its hearings), as a
    condition on ``case_id_column`` (``cases.id`` by default): one probe of the primary key
    of ``case_access`` per row."""
    column = m.Case.id if case_id_column is None else case_id_column
    return (
        select(m.CaseAccess.case_id)
        .where(m.CaseAccess.case_id == column, m.CaseAccess.team_member_id == team_member_id)
        .exists()
    )


def report_scope(person: Person | None) -> Any | None:
    """The cases a person's reports count, as a condition on ``cases.id``: their record
    scope, whatever sections their role reads (a report shows anonymised counts, no case;
    the data-protection officer, who reads no case file, counts every case). None: all."""
    if person is None or person.role.scope is Scope.ALL:
        return None
    return case_scope(person)


def case_scope(person: Person | None, case_id_column: Any = None) -> Any | None:
    """The SQL form of the person's record scope, as a condition on ``case_id_column``
    (``cases.id`` by default): None when every case is in it. ``team`` is the cases of the
    person's office (a case or a person without an office belongs to the whole team) and
    those they are assigned to."""
    if person is None:
        return None
    if not person.role.may_read("identity"):
        return false()  # a role that reads no case file (the data-protection officer) lists none
    if person.role.scope is Scope.ALL:
        return None
    column = m.Case.id if case_id_column is None else case_id_column
    assigned = assigned_to(person.team_member_id, column) if person.team_member_id else false()
    if person.role.scope is Scope.TEAM:
        if not person.office:
            return None
        same_office = (
            select(m.Case.id)
            .where(
                m.Case.id == column,
                or_(m.Case.office.is_(None), m.Case.office == person.office),
            )
            .exists()
        )
        return or_(assigned, same_office)
    return assigned


def _only_assigned(person: Person | None) -> bool:
    """Whether the person's scope is exactly the cases they are assigned to."""
    return (
        person is not None
        and person.role.scope is Scope.ASSIGNED
        and person.role.may_read("identity")
        and bool(person.team_member_id)
    )


def _in_scope(session: Session, case_id_column: Any) -> Any | None:
    """A condition keeping rows whose case is in the signed-in person's scope, or None."""
    return case_scope(signed_in(session), case_id_column)


def cases_in_scope(session: Session, case_ids: Sequence[str]) -> set[str]:
    """Those of ``case_ids`` that the signed-in person's record scope holds."""
    scope = case_scope(signed_in(session))
    if scope is None:
        return set(case_ids)
    found: set[str] = set()
    for part in _chunks(list(case_ids)):
        found.update(session.scalars(select(m.Case.id).where(m.Case.id.in_(part), scope)))
    return found


def _next_hearing_subquery(now: datetime) -> Any:
    return (
        select(func.min(m.Hearing.starts_at))
        .join(m.Proceeding, m.Proceeding.id == m.Hearing.proceeding_id)
        .where(m.Proceeding.case_id == m.Case.id, m.Hearing.starts_at >= now)
        .scalar_subquery()
    )


def _matches_jurisdiction(column: Any, code: str) -> Any:
    return or_(column == code, column.like(code + "-%"))


def _case_list(query: CaseListQuery, scope: Any | None = None) -> Any:
    statement = select(m.Case.id).join(m.Child, m.Child.case_id == m.Case.id)
    if scope is not None:
        statement = statement.where(scope)
    if query.status:
        statement = statement.where(m.Case.status == query.status)
    if query.jurisdiction:
        code = query.jurisdiction
        in_proceeding = (
            select(m.Proceeding.id)
            .where(
                m.Proceeding.case_id == m.Case.id,
                _matches_jurisdiction(m.Proceeding.jurisdiction, code),
            )
            .exists()
        )
        home = _matches_jurisdiction(m.Case.home_jurisdiction, code)
        statement = statement.where(or_(home, in_proceeding))
    if query.lawyer_id:
        assigned = (
            select(m.Proceeding.id)
            .where(
                m.Proceeding.case_id == m.Case.id,
                m.Proceeding.assigned_lawyer_id == query.lawyer_id,
            )
            .exists()
        )
        statement = statement.where(or_(m.Case.lead_lawyer_id == query.lawyer_id, assigned))
    if query.born_between:
        earliest, latest = query.born_between
        statement = statement.where(m.Child.dob_latest >= earliest, m.Child.dob_earliest <= latest)
    now = query.now or datetime.now(UTC)
    if query.hearing_before:
        soon = (
            select(m.Hearing.id)
            .join(m.Proceeding, m.Proceeding.id == m.Hearing.proceeding_id)
            .where(
                m.Proceeding.case_id == m.Case.id,
                m.Hearing.starts_at >= now,
                m.Hearing.starts_at <= query.hearing_before,
            )
            .exists()
        )
        statement = statement.where(soon)
    if query.only_ids is not None:
        statement = statement.where(m.Case.id.in_(query.only_ids))
    return statement.order_by(*_order(query, now), m.Case.reference)


def _order(query: CaseListQuery, now: datetime) -> list[Any]:
    direction = (lambda c: c.desc()) if query.descending else (lambda c: c.asc())
    if query.sort == "name":
        return [direction(m.Child.family_name), direction(m.Child.given_names)]
    if query.sort == "native_name":
        return [direction(m.Child.family_name_native), direction(m.Child.given_names_native)]
    if query.sort == "nationality":
        return [direction(cast(m.Child.nationalities, String))]
    if query.sort == "age":
        # Older means born earlier: age ascending is birth date descending. Unknown ages last.
        reverse = (lambda c: c.asc()) if query.descending else (lambda c: c.desc())
        return [m.Child.dob_latest.is_(None), reverse(m.Child.dob_latest)]
    if query.sort == "next_hearing":
        upcoming = _next_hearing_subquery(now)
        return [upcoming.is_(None), direction(upcoming)]
    return [direction(m.Case.reference)]


def count_cases(session: Session, query: CaseListQuery | None = None) -> int:
    """How many cases there are, or how many the query keeps (within the person's scope)."""
    person = signed_in(session)
    scope = case_scope(person)
    if query is None and scope is None:
        return session.scalar(select(func.count()).select_from(m.Case)) or 0
    if query is None and _only_assigned(person):
        # Every case a person is assigned to is one row of case_access: counted on its index
        # (as all cases are counted on the table's), not case by case.
        assert person is not None
        return (
            session.scalar(
                select(func.count())
                .select_from(m.CaseAccess)
                .where(m.CaseAccess.team_member_id == person.team_member_id)
            )
            or 0
        )
    inner = (
        _case_list(replace(query or CaseListQuery(), sort="reference"), scope)
        .order_by(None)
        .subquery()
    )
    return session.scalar(select(func.count()).select_from(inner)) or 0


def case_ids_page(
    session: Session, offset: int, limit: int, query: CaseListQuery | None = None
) -> list[str]:
    """Case ids of one page of the list, filtered and sorted as the query says."""
    statement = _case_list(query or CaseListQuery(), case_scope(signed_in(session))).offset(offset)
    if limit >= 0:  # a negative limit means all
        statement = statement.limit(limit)
    return list(session.scalars(statement))


def case_counts(
    session: Session, case_ids: Sequence[str]
) -> dict[str, tuple[int, date | None, int]]:
    """For each case: active proceedings, next open deadline, open risk flags."""
    found: dict[str, list[Any]] = {cid: [0, None, 0] for cid in case_ids}
    for part in _chunks(list(case_ids)):
        for cid, count in session.execute(
            select(m.Proceeding.case_id, func.count())
            .where(m.Proceeding.case_id.in_(part), m.Proceeding.status == "active")
            .group_by(m.Proceeding.case_id)
        ):
            found[cid][0] = count
        for cid, due in session.execute(
            select(m.Deadline.case_id, func.min(m.Deadline.due_on))
            .where(m.Deadline.case_id.in_(part), m.Deadline.status == "open")
            .group_by(m.Deadline.case_id)
        ):
            found[cid][1] = due
        for cid, count in session.execute(
            select(m.RiskFlag.case_id, func.count())
            .where(m.RiskFlag.case_id.in_(part), m.RiskFlag.status == "open")
            .group_by(m.RiskFlag.case_id)
        ):
            found[cid][2] = count
    return {cid: (v[0], v[1], v[2]) for cid, v in found.items()}


def open_concerns(session: Session, case_ids: Sequence[str]) -> dict[str, str]:
    """For each case with an open screening: the concern level of its latest one, as a person
    raised it ("possible" or "clear"; none is left out)."""
    order = {"none": 0, "possible": 1, "clear": 2}
    latest: dict[str, tuple[Any, str]] = {}
    for part in _chunks(list(case_ids)):
        rows = session.execute(
            select(
                m.Screening.case_id,
                m.Screening.screened_on,
                m.Screening.concern,
                m.Screening.raised_to,
            ).where(m.Screening.case_id.in_(part), m.Screening.closed_on.is_(None))
        )
        for cid, day, concern, raised in rows:
            levels = [str(getattr(v, "value", v)) for v in (concern, raised) if v is not None]
            level = max(levels, key=lambda v: order.get(v, 0))
            if cid not in latest or day >= latest[cid][0]:
                latest[cid] = (day, level)
    return {cid: level for cid, (_day, level) in latest.items() if level != "none"}


def team_members(session: Session) -> list[tuple[str, str, list[str], list[str]]]:
    """(id, name, roles, languages) of every team member, by name."""
    rows = session.execute(
        select(
            m.TeamMember.id, m.TeamMember.full_name, m.TeamMember.roles, m.TeamMember.languages
        ).order_by(m.TeamMember.full_name)
    )
    return [(tid, name, list(roles), list(langs)) for tid, name, roles, langs in rows]


def lawyers(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every active team member who is a lawyer, by name."""
    rows = session.execute(
        select(m.TeamMember.id, m.TeamMember.full_name, m.TeamMember.roles)
        .where(m.TeamMember.active.is_(True))
        .order_by(m.TeamMember.full_name)
    )
    return [(tid, name) for tid, name, roles in rows if "lawyer" in roles]


def jurisdictions_in_use(session: Session) -> list[str]:
    """Every jurisdiction a case or proceeding is in, sorted."""
    found = set(session.scalars(select(m.Proceeding.jurisdiction).distinct()))
    found |= {j for j in session.scalars(select(m.Case.home_jurisdiction).distinct()) if j}
    return sorted(found)


def case_rows(session: Session, case_ids: Sequence[str]) -> list[Row[Any]]:
    """What a list shows of each case: reference, status, the child's names and birth date."""
    rows: list[Row[Any]] = []
    for part in _chunks(list(case_ids)):
        statement = (
            select(
                m.Case.id,
                m.Case.reference,
                m.Case.status,
                m.Child.given_names,
                m.Child.family_name,
                m.Child.given_names_native,
                m.Child.family_name_native,
                m.Child.dob_certainty,
                m.Child.dob_year,
                m.Child.dob_month,
                m.Child.dob_day,
                m.Child.nationalities,
                m.Child.stateless,
            )
            .join(m.Child, m.Child.case_id == m.Case.id)
            .where(m.Case.id.in_(part))
        )
        rows += list(session.execute(statement))
    return rows


def next_hearings(
    session: Session, case_ids: Sequence[str], after: datetime
) -> dict[str, tuple[datetime, str]]:
    """The next hearing (start, time zone) of each case, from ``after`` on."""
    found: dict[str, tuple[datetime, str]] = {}
    for part in _chunks(list(case_ids)):
        first = (
            select(
                m.Proceeding.case_id,
                m.Hearing.starts_at,
                m.Hearing.time_zone,
                func.row_number()
                .over(partition_by=m.Proceeding.case_id, order_by=m.Hearing.starts_at)
                .label("n"),
            )
            .join(m.Hearing, m.Hearing.proceeding_id == m.Proceeding.id)
            .where(m.Proceeding.case_id.in_(part), m.Hearing.starts_at >= after)
            .subquery()
        )
        result = session.execute(
            select(first.c.case_id, first.c.starts_at, first.c.time_zone).where(first.c.n == 1)
        )
        for case_id, starts_at, zone in result:
            found[case_id] = (starts_at, zone)
    return found


def hearings_between(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    except_case: str | None = None,
    case_id: str | None = None,
    scheduled_only: bool = True,
    limit: int | None = None,
) -> list[Row[Any]]:
    """Hearings starting from ``start`` to ``end``, with who attends them, in time order.

    Each row: hearing id, starts_at, duration_minutes, time_zone, forum, hearing_type,
    outcome, interpreter_id, case id and reference, the proceeding's lawyer (else the case's
    lead lawyer) and the proceeding's forum name.
    """
    query = (
        select(
            m.Hearing.id,
            m.Hearing.starts_at,
            m.Hearing.duration_minutes,
            m.Hearing.time_zone,
            m.Hearing.forum,
            m.Hearing.hearing_type,
            m.Hearing.outcome,
            m.Hearing.interpreter_id,
            m.Case.id.label("case_id"),
            m.Case.reference,
            func.coalesce(m.Proceeding.assigned_lawyer_id, m.Case.lead_lawyer_id).label(
                "lawyer_id"
            ),
            m.Proceeding.forum_name,
        )
        .join(m.Proceeding, m.Proceeding.id == m.Hearing.proceeding_id)
        .join(m.Case, m.Case.id == m.Proceeding.case_id)
        .where(m.Hearing.starts_at >= start, m.Hearing.starts_at <= end)
        .order_by(m.Hearing.starts_at)
    )
    if scheduled_only:
        query = query.where(m.Hearing.outcome == "scheduled")
    if except_case is not None:
        query = query.where(m.Case.id != except_case)
    if case_id is not None:
        query = query.where(m.Case.id == case_id)
    scope = _in_scope(session, m.Case.id)
    if scope is not None:
        query = query.where(scope)
    return list(session.execute(query.limit(limit)))


def calendar_deadlines(
    session: Session,
    first: date | None,
    last: date,
    case_id: str | None = None,
    open_only: bool = False,
    limit: int | None = None,
) -> list[Row[Any]]:
    """Deadlines due from ``first`` (None: any day) to ``last``, with the case's reference,
    the lawyer (the proceeding's, else the case's lead lawyer) and the forum name."""
    query = (
        select(
            m.Deadline.id,
            m.Deadline.title,
            m.Deadline.task,
            m.Deadline.due_on,
            m.Deadline.due_latest_on,
            m.Deadline.status,
            m.Deadline.citation,
            m.Deadline.assumption,
            m.Deadline.rule_id,
            m.Deadline.owner_id,
            m.Case.id.label("case_id"),
            m.Case.reference,
            func.coalesce(m.Proceeding.assigned_lawyer_id, m.Case.lead_lawyer_id).label(
                "lawyer_id"
            ),
            m.Proceeding.forum_name,
        )
        .join(m.Case, m.Case.id == m.Deadline.case_id)
        .outerjoin(m.Proceeding, m.Proceeding.id == m.Deadline.proceeding_id)
        .where(m.Deadline.due_on <= last)
        .order_by(m.Deadline.due_on.desc() if first is None else m.Deadline.due_on)
        .limit(limit)
    )
    if first is not None:
        query = query.where(m.Deadline.due_on >= first)
    if case_id is not None:
        query = query.where(m.Case.id == case_id)
    if open_only:
        query = query.where(m.Deadline.status == "open")
    person = signed_in(session)
    for prefix, section in TASK_SECTIONS.items():
        if person is not None and not person.role.may_read(section):
            # a screening's or a service's tasks say what they are about: only for who reads
            # that section
            query = query.where(
                or_(m.Deadline.rule_id.is_(None), ~m.Deadline.rule_id.startswith(prefix))
            )
    scope = _in_scope(session, m.Case.id)
    if scope is not None:
        query = query.where(scope)
    return list(session.execute(query))


def forum_names(session: Session) -> list[str]:
    """Every forum a proceeding is before, sorted."""
    return list(
        session.scalars(
            select(m.Proceeding.forum_name).distinct().order_by(m.Proceeding.forum_name)
        )
    )


def guardians_ad_litem(session: Session, case_ids: Sequence[str]) -> list[Row[Any]]:
    """(case id, team member id, started_on, ended_on) of team members appointed guardian
    ad litem in these cases."""
    found: list[Any] = []
    for part in _chunks(list(case_ids)):
        found += session.execute(
            select(
                m.GuardianAppointment.case_id,
                m.GuardianAppointment.team_member_id,
                m.GuardianAppointment.started_on,
                m.GuardianAppointment.ended_on,
            ).where(
                m.GuardianAppointment.case_id.in_(part),
                m.GuardianAppointment.guardian_type == "guardian_ad_litem",
                m.GuardianAppointment.team_member_id.is_not(None),
            )
        ).all()
    return found


# --- search ------------------------------------------------------------------------------


# What the search index holds, by the section of the case each part is in (domain/roles.py),
# and the column of search_documents (and of the FTS index) that holds it.
SEARCH_SECTIONS = ("identity", "family", "proceedings", "documents")
SEARCH_COLUMNS = {
    "identity": "body",
    "family": "family",
    "proceedings": "proceedings",
    "documents": "documents",
}


def _search_sources(part: Sequence[str]) -> dict[str, list[Any]]:
    return {
        "identity": [
            select(m.Case.id, m.Case.reference).where(m.Case.id.in_(part)),
            select(
                m.Child.case_id,
                m.Child.given_names,
                m.Child.family_name,
                m.Child.given_names_native,
                m.Child.family_name_native,
            ).where(m.Child.case_id.in_(part)),
            select(m.Child.case_id, m.ChildAlias.name)
            .join(m.ChildAlias, m.ChildAlias.child_id == m.Child.id)
            .where(m.Child.case_id.in_(part)),
        ],
        "family": [
            select(
                m.FamilyMember.case_id, m.FamilyMember.full_name, m.FamilyMember.full_name_native
            ).where(m.FamilyMember.case_id.in_(part)),
        ],
        "proceedings": [
            select(m.Proceeding.case_id, m.Proceeding.reference).where(
                m.Proceeding.case_id.in_(part)
            ),
        ],
        "documents": [
            select(m.CivilDocument.case_id, m.CivilDocument.number).where(
                m.CivilDocument.case_id.in_(part)
            ),
        ],
    }


def _search_texts(session: Session, case_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """The folded searchable text of each case, by column of ``search_documents``."""
    found: dict[str, dict[str, str]] = {}
    for part in _chunks(list(case_ids)):
        parts: dict[str, dict[str, list[str | None]]] = defaultdict(lambda: defaultdict(list))
        for section, statements in _search_sources(part).items():
            for statement in statements:
                for row in session.execute(statement):
                    parts[row[0]][SEARCH_COLUMNS[section]].extend(row[1:])
        # A leading space lets LIKE match word starts ('% ahm%') on other databases.
        found.update(
            {
                cid: {c: " " + search_body(values.get(c, [])) for c in SEARCH_COLUMNS.values()}
                for cid, values in parts.items()
            }
        )
    return found


def rebuild_derived(session: Session, case_ids: Sequence[str]) -> None:
    """Recompute what is derived from these cases' rows: their search entries and who is
    assigned to them."""
    rebuild_search(session, case_ids)
    rebuild_access(session, case_ids)


def rebuild_search(session: Session, case_ids: Sequence[str]) -> None:
    """Recompute the searchable text of these cases from their rows."""
    for part in _chunks(list(case_ids)):
        texts = _search_texts(session, part)
        table = _table(m.SearchDocument)
        session.execute(delete(table).where(table.c.case_id.in_(part)))
        insert_rows(
            session,
            m.SearchDocument,
            [{"case_id": cid, **columns} for cid, columns in texts.items()],
        )


# A search box holds a name or a number, not a page: words past these limits are ignored,
# so that a pasted text (10 000 characters, 5 000 words) costs what a long name costs.
MAX_SEARCH_WORDS = 16
MAX_SEARCH_TOKEN = 100


def _search_words(user_text: str) -> list[list[str]]:
    """The user's folded words (see :func:`search_terms`), within the limits above."""
    words = search_terms(user_text[: MAX_SEARCH_WORDS * (MAX_SEARCH_TOKEN + 1) * 4])
    return [[token[:MAX_SEARCH_TOKEN] for token in word] for word in words[:MAX_SEARCH_WORDS]]


def fts_query(user_text: str, columns: Sequence[str] | None = None) -> str | None:
    """An FTS5 query that matches ``user_text`` literally, word by word, as prefixes, in
    ``columns`` only (all when None).

    Only folded letters and digits reach the query, so quotes, ``*``, ``AND``, brackets or
    SQL in the user's text are plain words and never a syntax error.
    """
    words = _search_words(user_text)
    if not words:
        return None
    phrases = " ".join('"' + " ".join(tokens) + '"*' for tokens in words)
    if columns is None:
        return phrases
    return "{" + " ".join(columns) + "} : (" + phrases + ")"


_FTS = table("search_fts", column("rowid"), column("rank"))


def search_case_ids(session: Session, user_text: str, limit: int = 50) -> list[str]:
    """Ids of the cases whose names, aliases or numbers match ``user_text``, best first.

    Only cases in the signed-in person's record scope are searched, and only the text of the
    sections the person may read is matched: a family member's name does not find the case
    for a role that may not read the family.
    """
    words = _search_words(user_text)
    if not words:
        return []
    person = signed_in(session)
    if person is not None and not person.role.may_read("identity"):
        return []
    columns = [
        SEARCH_COLUMNS[s] for s in SEARCH_SECTIONS if person is None or person.role.may_read(s)
    ]
    scope = _in_scope(session, m.SearchDocument.case_id)
    if session.get_bind().dialect.name == "sqlite":
        query = fts_query(user_text, None if len(columns) == len(SEARCH_COLUMNS) else columns)
        base = (
            select(m.SearchDocument.case_id)
            .join(_FTS, _FTS.c.rowid == m.SearchDocument.rowid)
            .where(text("search_fts MATCH :query").bindparams(query=query))
        )
        if scope is not None:
            base = base.where(scope)
        # Ranking costs as much as there are matches. A word just begun ("a", "dem") can
        # match most cases: then the first matches are shown unranked, at once, and ranking
        # starts as soon as the words narrow the matches down.
        first = list(session.scalars(base.limit(limit + 1)))
        if len(first) > limit:
            return first[:limit]
        return list(session.scalars(base.order_by(_FTS.c.rank).limit(limit)))
    statement = select(m.SearchDocument.case_id)
    for tokens in words:  # tokens hold only letters and digits: nothing to escape in LIKE
        pattern = "% " + " ".join(tokens) + "%"
        statement = statement.where(
            or_(*(getattr(m.SearchDocument, c).like(pattern) for c in columns))
        )
    if scope is not None:
        statement = statement.where(scope)
    return list(session.scalars(statement.order_by(m.SearchDocument.case_id).limit(limit)))


# --- integrity ----------------------------------------------------------------------------


def integrity_problems(session: Session) -> list[str]:
    """What the database engine itself finds wrong with the stored data (empty when sound)."""
    problems: list[str] = []
    if session.get_bind().dialect.name == "sqlite":
        result = session.execute(text("PRAGMA integrity_check")).scalars().all()
        problems += [r for r in result if r != "ok"]
        for row in session.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"row {row[1]} of {row[0]} points at a missing row of {row[2]}")
        try:
            session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))
        except Exception as exc:  # the FTS module reports damage as an error
            problems.append(f"search index damaged: {exc}")
    missing = session.scalar(
        select(func.count())
        .select_from(m.Case)
        .outerjoin(m.SearchDocument, m.SearchDocument.case_id == m.Case.id)
        .where(m.SearchDocument.case_id.is_(None))
    )
    if missing:
        problems.append(f"{missing} cases are missing from the search index")
    orphans = session.scalar(
        select(func.count())
        .select_from(m.Case)
        .outerjoin(m.Child, m.Child.case_id == m.Case.id)
        .where(m.Child.id.is_(None))
    )
    if orphans:
        problems.append(f"{orphans} cases have no child recorded")
    return problems


def node_rows(session: Session, node: Node, parent_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Rows of a tree node under the given parents."""
    assert node.parent_fk is not None
    return rows_where_in(session, node.model, node.parent_fk, parent_ids)


def state_value(session: Session, key: str) -> str | None:
    """A value the program keeps about this database, or None."""
    row = session.get(m.DatabaseState, key)
    return row.value if row is not None else None


def set_state_value(session: Session, key: str, value: str) -> None:
    row = session.get(m.DatabaseState, key)
    if row is None:
        session.add(m.DatabaseState(key=key, value=value))
    else:
        row.value = value
        row.updated_at = datetime.now(UTC)


def deadline_rows(
    session: Session,
    case_ids: Sequence[str] | None = None,
    *,
    due_until: date | None = None,
    open_only: bool = True,
) -> list[Row[Any]]:
    """Deadlines with their case's reference, earliest first."""
    deadline, case = _table(m.Deadline), _table(m.Case)
    query = select(deadline, case.c.reference).join(case, case.c.id == deadline.c.case_id)
    if case_ids is not None:
        query = query.where(deadline.c.case_id.in_(list(case_ids)))
    if due_until is not None:
        query = query.where(deadline.c.due_on <= due_until)
    if open_only:
        query = query.where(deadline.c.status == "open")
    scope = _in_scope(session, case.c.id)
    if scope is not None:
        query = query.where(scope)
    return list(session.execute(query.order_by(deadline.c.due_on, case.c.reference)))


def _document_key(column: Any) -> Any:
    """A document number compared without spaces, dashes, dots or slashes, in capitals."""
    for mark in (" ", "-", ".", "/"):
        column = func.replace(column, mark, "")
    return func.upper(column)


def duplicate_documents(session: Session, limit: int = 500) -> list[Row[Any]]:
    """Civil documents whose type, issuing country and number are recorded in more than one
    case, with their case; grouped by ``key``, biggest groups first."""
    doc, case = _table(m.CivilDocument), _table(m.Case)
    key = _document_key(doc.c.number)
    # Only cases in the person's scope count: a hidden case is not given away as "the same
    # number elsewhere".
    scope = _in_scope(session, doc.c.case_id)
    groups = (
        select(doc.c.document_type, doc.c.issuing_country, key.label("key"))
        .where(doc.c.number.is_not(None), *([] if scope is None else [scope]))
        .group_by(doc.c.document_type, doc.c.issuing_country, key)
        .having(func.count(func.distinct(doc.c.case_id)) > 1)
        .limit(limit)
        .subquery()
    )
    query = (
        select(doc, case.c.reference, groups.c.key)
        .join(case, case.c.id == doc.c.case_id)
        .join(
            groups,
            (groups.c.document_type == doc.c.document_type)
            & (groups.c.issuing_country == doc.c.issuing_country)
            & (groups.c.key == key),
        )
        .order_by(doc.c.document_type, doc.c.issuing_country, groups.c.key, case.c.reference)
    )
    if scope is not None:
        query = query.where(scope)
    return list(session.execute(query))


# --- the week-before checks of hearings (services/documents/file_checks.py) -------------------


def file_checks_of(session: Session, case_ids: Sequence[str]) -> dict[str, tuple[date, date]]:
    """The hearing day and the day checked for of each stored check of these cases' hearings,
    by hearing id."""
    k = m.HearingFileCheck
    found: dict[str, tuple[date, date]] = {}
    for part in _chunks(list(case_ids)):
        rows = session.execute(
            select(k.hearing_id, k.hearing_on, k.checked_for).where(k.case_id.in_(part))
        )
        found.update({row[0]: (row[1], row[2]) for row in rows})
    return found


def replace_file_checks(
    session: Session, rows: list[dict[str, Any]], removed: Sequence[str] = ()
) -> None:
    """Store these checks, each in place of the hearing's stored one, and remove the checks
    of the hearings ``removed``."""
    k = _table(m.HearingFileCheck)
    for part in _chunks([*(r["hearing_id"] for r in rows), *removed]):
        session.execute(delete(k).where(k.c.hearing_id.in_(part)))
    insert_rows(session, m.HearingFileCheck, rows)


def cases_with_unchecked_hearings(session: Session) -> list[str]:
    """The cases with a hearing that has no week-before check yet (recorded before checks
    were kept, or written by an older version)."""
    h, p, k = m.Hearing, m.Proceeding, m.HearingFileCheck
    unchecked = (
        select(p.case_id)
        .join(h, h.proceeding_id == p.id)
        .outerjoin(k, k.hearing_id == h.id)
        .where(k.hearing_id.is_(None), h.outcome != "vacated")
        .distinct()
    )
    return list(session.scalars(unchecked))
