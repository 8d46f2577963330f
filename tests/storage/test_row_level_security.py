"""On a team's server, a user's own database role reads, with raw SQL, no more than their
role lets them read in the window (migration 0008), and writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from guardian_desk.services import cases, protection, security
from guardian_desk.services.exchange import demo
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database, open_database

PASSWORD = "a long role password here"


@pytest.fixture
def team_server(pg_url: str):  # type: ignore[no-untyped-def]
    db = open_database(pg_url)
    demo.generate(db, 25, seed=3, as_of=date(2026, 11, 26))
    security.add_demo_users(db)
    yield db, pg_url
    db.person = None
    with db.unit_of_work() as session:  # the roles are the server's, not the database's
        roles = list(session.scalars(select(m.User.db_role).where(m.User.db_role.is_not(None))))
        for name in roles:
            session.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    db.close()


def _connect(pg_url: str, role: str):  # type: ignore[no-untyped-def]
    import psycopg

    url = make_url(pg_url)
    return psycopg.connect(
        host=url.host, port=url.port, dbname=url.database, user=role, password=PASSWORD
    )


def _assigned(db: Database, team_member_id: str) -> set[str]:
    with db.reading() as session:
        session.info["person"] = None
        return set(session.scalars(select(m.Case.id).where(repo.assigned_to(team_member_id))))


def test_a_caseworkers_sql_reads_only_their_cases_and_no_restricted_note(team_server) -> None:  # type: ignore[no-untyped-def]
    db, pg_url = team_server
    security.sign_in(db, "admin", security.DEMO_PASSPHRASE)
    role = security.server_add_user(db, "caseworker", PASSWORD)
    person = security.sign_in(db, "caseworker", security.DEMO_PASSPHRASE)
    mine = _assigned(db, str(person.team_member_id))
    db.person = None
    everyone = set(cases.list_ids(db))
    assert mine
    assert mine < everyone
    with db.unit_of_work() as session:  # a placement request in one of theirs and in another
        for case_id in (sorted(mine)[0], sorted(everyone - mine)[0]):
            session.add(
                m.PlacementRequest(case_id=case_id, requesting_state="DE", requested_state="FR")
            )
    with _connect(pg_url, role) as conn:
        seen = {r[0] for r in conn.execute("SELECT id FROM cases")}
        assert seen == mine  # the window's list, not one case more
        other = sorted(everyone - mine)[0]
        assert conn.execute("SELECT * FROM children WHERE case_id = %s", (other,)).fetchall() == []
        assert conn.execute("SELECT * FROM notes WHERE case_id = %s", (other,)).fetchall() == []
        views = conn.execute(
            "SELECT count(*) FROM notes WHERE restricted OR kind = 'childs_views'"
        ).fetchone()
        assert views is not None
        assert views[0] == 0  # a caseworker does not read the child's views
        hearings = {
            r[0]
            for r in conn.execute(
                "SELECT p.case_id FROM hearings h JOIN proceedings p ON p.id = h.proceeding_id"
            )
        }
        assert hearings <= mine
        requests = {r[0] for r in conn.execute("SELECT case_id FROM placement_requests")}
        assert requests == {sorted(mine)[0]}  # held like the other tables of a case (0012)
        for table in ("users", "audit_entries", "database_state", "search_documents"):
            with pytest.raises(Exception, match="permission denied"):
                conn.execute(f"SELECT * FROM {table}")
            conn.rollback()
        with pytest.raises(Exception, match="permission denied"):
            conn.execute("UPDATE cases SET office = 'x'")
        conn.rollback()
    # The program's own login is not held: it reads every case, as before.
    assert len(everyone) == 25


def test_a_clerk_reads_no_family_and_a_removed_user_nothing(team_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.test_cli import gd

    db, pg_url = team_server
    secrets = tmp_path / "admin.txt", tmp_path / "role.txt"
    secrets[0].write_text(security.DEMO_PASSPHRASE, encoding="utf-8")
    secrets[1].write_text(PASSWORD, encoding="utf-8")
    given = gd(
        "server",
        "add-user",
        "clerk",
        "--new-passphrase-file",
        str(secrets[1]),
        "--user",
        "admin",
        "--user-passphrase-file",
        str(secrets[0]),
        db=pg_url,  # type: ignore[arg-type]
    )
    assert given.returncode == 0, given.stderr
    clerk = given.stdout.split(" as ")[1].split(";")[0]
    db.person = None
    case_id = cases.list_ids(db)[0]
    opened = cases.open_case(db, case_id)
    edited = opened.draft()
    strong = next(i.id for i in protection.instrument().indicators if i.strength == "strong")
    edited["screenings"] = [protection.new_screening(edited, {strong: "yes"}, date(2026, 12, 1))]
    cases.save_case(db, opened, edited)
    with db.reading() as session:  # the program's own login reads them
        held = session.scalar(
            text("SELECT count(*) FROM deadlines WHERE rule_id LIKE 'guardian-desk:protection:%'")
        )
        assert held
    security.sign_in(db, "admin", security.DEMO_PASSPHRASE)
    with _connect(pg_url, clerk) as conn:
        count = conn.execute("SELECT count(*) FROM cases").fetchone()
        assert count is not None
        assert count[0] == 25  # the team's cases
        family = conn.execute("SELECT count(*) FROM family_members").fetchone()
        assert family is not None
        assert family[0] == 0
        proceedings = conn.execute("SELECT count(*) FROM proceedings").fetchone()
        assert proceedings is not None
        assert proceedings[0] > 0
        # A screening's tasks say what it found: a clerk reads the deadlines, not those.
        tasks = conn.execute(
            "SELECT count(*) FROM deadlines WHERE rule_id LIKE 'guardian-desk:protection:%'"
        ).fetchone()
        others = conn.execute("SELECT count(*) FROM deadlines").fetchone()
        assert tasks is not None
        assert others is not None
        assert tasks[0] == 0
        assert others[0] > 0
    security.set_active(db, "clerk", False)
    with _connect(pg_url, clerk) as conn:
        none = conn.execute("SELECT count(*) FROM cases").fetchone()
        assert none is not None
        assert none[0] == 0  # suspended: the role still signs in, and reads nothing


def test_the_server_writes_the_audit_log_and_refuses_changing_it(team_server) -> None:  # type: ignore[no-untyped-def]
    """On a server the log is appended by one function that holds the chain's key; entries
    written that way verify as the program's own did, and no entry can be changed or
    removed, not even by the program's login."""
    from sqlalchemy.exc import DBAPIError

    from guardian_desk.services import audit

    db, _pg_url = team_server
    security.sign_in(db, "admin", security.DEMO_PASSPHRASE)
    case_id = cases.list_ids(db)[0]
    opened = cases.open_case(db, case_id)
    edited = opened.draft()
    edited["child"]["given_names"] = edited["child"]["given_names"] + " Jr"
    cases.save_case(db, opened, edited)
    with db.reading() as session:
        assert session.execute(text("SELECT to_regproc('gd_audit_append')")).scalar()
    last = audit.entries(db, audit.AuditFilter(action="case changed", limit=1))[0]
    assert last.actor == "admin"
    assert last.at.endswith("Z")
    assert audit.verify(db).broken is None
    for statement in (
        "UPDATE audit_entries SET actor = 'someone else'",
        "DELETE FROM audit_entries WHERE id = 1",
    ):
        with pytest.raises(DBAPIError, match="append-only"), db.unit_of_work() as session:
            session.execute(text(statement))
    assert audit.verify(db).broken is None


def test_the_administrator_gives_a_server_role_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, team_server, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from guardian_desk.ui.security import UsersDialog

    db, pg_url = team_server
    security.sign_in(db, "admin", security.DEMO_PASSPHRASE)
    users = UsersDialog(db)
    qtbot.addWidget(users)
    users.show()
    assert users.server_button.isVisible()  # a server: there are roles to give
    names = [users.table.item(r, 0).text() for r in range(users.table.rowCount())]
    users.table.selectRow(names.index("interpreter"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (PASSWORD, True))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    qtbot.mouseClick(users.server_button, Qt.MouseButton.LeftButton)
    assert told
    assert "own password" in told[0]
    from guardian_desk.services.security.users import server_role_name

    role = server_role_name(db, "interpreter")
    with _connect(pg_url, role) as conn:
        family = conn.execute("SELECT count(*) FROM family_members").fetchone()
        assert family is not None
        assert family[0] == 0  # an interpreter reads who the child is and the hearings only
