"""The access policy, role by role: record scope, sections and actions, through the services
(the command line's matrix is in tests/cli/test_cli_access.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from guardian_desk.domain.roles import SECTIONS, section_of
from guardian_desk.errors import AccessDeniedError
from guardian_desk.services import audit, calendar, cases, exchange, records, security
from guardian_desk.services.security.roles import load_roles
from guardian_desk.services.security.users import DEMO_USERS
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

ROLES = load_roles().roles
USERS = {role: name for name, role, _kind in DEMO_USERS}


@pytest.fixture
def team_db(demo_db: Database) -> Database:
    security.add_demo_users(demo_db)
    return demo_db


def _as(db: Database, role: str) -> None:
    db.person = None
    security.sign_in(db, USERS[role], security.DEMO_PASSPHRASE)


def _assigned(db: Database, team_member_id: str | None) -> set[str]:
    if team_member_id is None:
        return set()
    with db.reading() as session:
        session.info["person"] = None
        return set(session.scalars(select(m.Case.id).where(repo.assigned_to(team_member_id))))


@pytest.mark.parametrize("role", sorted(USERS))
def test_each_role_sees_its_cases_and_sections(team_db: Database, role: str) -> None:
    db = team_db
    _as(db, role)
    person = db.person
    assert person is not None
    all_ids = set(repo.all_case_ids(db.sessions()))
    expected = (
        all_ids if person.role.scope.value != "assigned" else _assigned(db, person.team_member_id)
    )
    listed = set(cases.list_ids(db))
    if not person.role.may_read("identity"):  # the data-protection officer: no case file
        expected = set()
    assert listed == expected
    assert cases.count(db) == len(expected)  # a count never gives a hidden case away
    hidden = sorted(all_ids - expected)
    if hidden:
        with pytest.raises(AccessDeniedError, match="not among the cases"):
            cases.view_case(db, hidden[0])
    if not expected:
        return
    case_id = sorted(expected)[0]
    shown = cases.view_case(db, case_id).case
    whole = cases.open_case(db, case_id, whole=True).case
    for _section, parts in SECTIONS.items():
        for part in parts:
            holder = shown if part in shown else shown.get("child") or {}
            stored = whole if part in whole else whole.get("child") or {}
            if part not in stored or isinstance(stored[part], dict) or part in ("cases",):
                continue
            mine = [r["id"] for r in holder.get(part) or []]
            theirs = [
                r["id"] for r in stored.get(part) or [] if person.role.may_read(section_of(part, r))
            ]
            assert mine == theirs, (role, part)
    notes_views = [n for n in whole.get("notes") or [] if section_of("notes", n) == "views"]
    if notes_views and not person.role.may_read("views"):
        assert not {n["id"] for n in notes_views} & {n["id"] for n in shown.get("notes") or []}


@pytest.mark.parametrize("role", sorted(USERS))
def test_each_role_may_write_only_its_sections(team_db: Database, role: str) -> None:
    db = team_db
    _as(db, role)
    person = db.person
    assert person is not None
    ids = cases.list_ids(db)
    if not ids:
        return
    opened = cases.open_case(db, ids[0])
    edited = opened.draft()
    edited["child"]["given_names_native"] = (edited["child"].get("given_names_native") or "") + "ا"
    if person.role.may_write("identity"):
        cases.save_case(db, opened, edited)
    else:
        with pytest.raises(AccessDeniedError, match="may not change identity"):
            cases.save_case(db, opened, edited)
    # The child's views: a note of that kind is added only by a role that may write them.
    opened = cases.open_case(db, ids[0])
    edited = opened.draft()
    note = {
        **records.new_record("notes"),
        "kind": "childs_views",
        "written_at": "2026-11-20T10:00:00Z",
        "restricted": True,
        "text": "I want to stay with my aunt.",
    }
    edited["notes"] = [*(edited.get("notes") or []), note]
    if person.role.may_write("views"):
        cases.save_case(db, opened, edited)
    else:
        with pytest.raises(AccessDeniedError, match="child's views"):
            cases.save_case(db, opened, edited)


def test_hidden_sections_survive_a_save_by_a_role_that_cannot_see_them(
    team_db: Database,
) -> None:
    db = team_db
    _as(db, "clerk")
    case_id = cases.list_ids(db)[0]
    before = cases.open_case(db, case_id, whole=True).case
    opened = cases.open_case(db, case_id)
    assert not opened.case.get("family_members")
    assert not opened.case.get("risk_flags")
    edited = opened.draft()
    for proceeding in edited.get("proceedings") or []:
        proceeding["forum_name"] = proceeding["forum_name"] + " (Annex)"
    cases.save_case(db, opened, edited)
    after = cases.open_case(db, case_id, whole=True).case
    for part in ("family_members", "risk_flags", "consents"):
        assert [r["id"] for r in after.get(part) or []] == [r["id"] for r in before.get(part) or []]
    assert [n["id"] for n in after["notes"]] == [n["id"] for n in before["notes"]]


def test_search_never_finds_a_case_by_what_the_role_may_not_read(team_db: Database) -> None:
    """A relative's name found by whoever reads the family, never by a clerk, who sees the
    same case (the team's) but not its family."""
    db = team_db
    _as(db, "administrator")
    case_id = cases.list_ids(db)[0]
    opened = cases.open_case(db, case_id)
    edited = opened.draft()
    edited["family_members"] = [
        *(edited.get("family_members") or []),
        {
            **records.new_record("family_members"),
            "full_name": "Zebulon Quartermaine",
            "relationship_to_child": "aunt_uncle",
            "tracing_status": "tracing",
        },
    ]
    cases.save_case(db, opened, edited)
    assert cases.search_ids(db, "Quartermaine") == [case_id]
    assert cases.search_ids(db, "Zebulon Quarter") == [case_id]
    _as(db, "clerk")
    assert case_id in cases.list_ids(db)  # the clerk sees the case...
    assert cases.search_ids(db, "Quartermaine") == []  # ...but not through its family
    assert cases.search_ids(db, "Zebulon") == []
    _as(db, "caseworker")  # reads the family, but only their own cases
    person = db.person
    assert person is not None
    mine = case_id in _assigned(db, person.team_member_id)
    assert cases.search_ids(db, "Quartermaine") == ([case_id] if mine else [])


def test_documents_and_their_readiness_follow_scope_and_grant(team_db: Database) -> None:
    from guardian_desk.services import documents

    db = team_db
    # The same passport number recorded in a caseworker's case and in one outside it.
    _as(db, "caseworker")
    person = db.person
    assert person is not None
    mine = _assigned(db, person.team_member_id)
    with db.unit_of_work() as session:
        rows = session.execute(
            select(
                m.CivilDocument.id,
                m.CivilDocument.case_id,
                m.CivilDocument.document_type,
                m.CivilDocument.issuing_country,
            ).where(m.CivilDocument.number.is_not(None))
        ).all()
        inside = next(r for r in rows if r.case_id in mine)
        outside = next(
            r for r in rows if r.case_id not in mine and r.document_type == inside.document_type
        )
        for row in (inside, outside):
            session.execute(
                update(m.CivilDocument)
                .where(m.CivilDocument.id == row.id)
                .values(number="ZZ-1234567", issuing_country=inside.issuing_country)
            )
    _as(db, "administrator")
    everyone = documents.duplicates(db)
    assert [g.number for g in everyone if g.number.replace("-", "") == "ZZ1234567"]
    _as(db, "caseworker")  # the other case is not theirs: no group to show them
    for group in documents.duplicates(db):
        assert {r.case_id for r in group.records} <= mine
        assert len({r.case_id for r in group.records}) > 1
    _as(db, "interpreter")  # reads no documents
    assert documents.duplicates(db) == []
    own = cases.list_ids(db)
    assert documents.readiness_badges(db, own) == {}
    if own:
        reference = cases.summaries(db, own[:1])[0].reference
        with pytest.raises(AccessDeniedError, match="civil documents"):
            documents.readiness_of_reference(db, reference)


@pytest.mark.parametrize("role", sorted(USERS))
def test_actions_follow_the_role(team_db: Database, role: str, tmp_path: Path) -> None:
    db = team_db
    _as(db, role)
    person = db.person
    assert person is not None
    target = tmp_path / "out.json"
    if person.role.may("export"):
        exchange.export_to_file(db, target, passphrase="a passphrase long enough")
        assert target.exists()
    else:
        with pytest.raises(AccessDeniedError, match="may not export"):
            exchange.export_to_file(db, target, passphrase="a passphrase long enough")
        assert not target.exists()
        db.person = None  # read as the data-protection officer would
        denied = [e for e in audit.entries(db, audit.AuditFilter()) if e.action == "access denied"]
        assert denied
        assert denied[0].actor == USERS[role]


@pytest.mark.parametrize("role", ["caseworker", "interpreter", "lawyer"])
def test_the_calendar_holds_only_cases_in_scope(team_db: Database, role: str) -> None:
    db = team_db
    _as(db, role)
    person = db.person
    assert person is not None
    mine = _assigned(db, person.team_member_id)
    day = date(2026, 11, 26)
    with db.reading() as session:
        rows = repo.calendar_deadlines(
            session, day - timedelta(days=400), day + timedelta(days=400)
        )
        hearings = repo.hearings_between(
            session,
            datetime(2025, 1, 1, tzinfo=UTC),
            datetime(2028, 1, 1, tzinfo=UTC),
            scheduled_only=False,
        )
    assert {r.case_id for r in rows} <= mine
    assert {r.case_id for r in hearings} <= mine
    week = calendar.this_week(db, day, limit=1000)
    assert {e.case_id for e in week.overdue + week.coming} <= mine
    assert {e.case_id for e in calendar.events(db, day, day + timedelta(days=60))} <= mine
    assert {r.event.case_id for r in calendar.reminders(db, day, (1, 7, 30))} <= mine


@pytest.mark.parametrize("role", sorted(USERS))
def test_filings_and_prints_follow_the_role(team_db: Database, role: str) -> None:
    from guardian_desk.domain.enums import FilingFormat
    from guardian_desk.services import filings

    db = team_db
    _as(db, role)
    person = db.person
    assert person is not None
    ids = cases.list_ids(db)
    if not ids:
        return
    if person.role.may("print"):
        filings.record_print(db, ids[:1], "a notice")
    else:
        with pytest.raises(AccessDeniedError, match="may not print"):
            filings.record_print(db, ids[:1], "a notice")
    if person.role.may("make_filings"):
        return  # making one is tested with the filings; here only the refusal
    prepared = filings.prepare(db, filings.Request(ids[0], "certificate-of-service"))
    with pytest.raises(AccessDeniedError, match="may not make filings"):
        filings.make(db, prepared, FilingFormat.PDF, keep=False)


def test_the_policy_holds_on_a_team_server(pg_url: str) -> None:
    """The same scope and search rules through PostgreSQL (LIKE instead of FTS5)."""
    from guardian_desk.services.exchange import demo
    from guardian_desk.storage.database import open_database

    db = open_database(pg_url)
    try:
        demo.generate(db, 25, seed=3, as_of=date(2026, 11, 26))
        security.add_demo_users(db)
        with db.reading() as session:
            case_id, relative = session.execute(
                select(m.FamilyMember.case_id, m.FamilyMember.full_name).limit(1)
            ).one()
        _as(db, "administrator")
        assert case_id in cases.search_ids(db, relative)
        _as(db, "clerk")
        found = cases.search_ids(db, relative)
        shown = cases.summaries(db, found)
        assert case_id not in found or any(
            relative.split()[-1].casefold() in s.name_latin.casefold() for s in shown
        )
        _as(db, "caseworker")
        person = db.person
        assert person is not None
        assert set(cases.list_ids(db)) == _assigned(db, person.team_member_id)
        assert cases.count(db) < 25
    finally:
        db.close()
