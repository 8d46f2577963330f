"""server roles: on PostgreSQL, each user's own database role sees what their role may read

A user given a database role of their own (``guardian-desk server add-user``) who connects
with ``psql`` is held by row-level security (forced, so that the tables' owner is held too)
to the cases of their record scope and the sections their role may read; they read nothing
of the users, the audit log, the keys or the search index, and write nothing. The program's
own login is not such a person, and its work is not changed.

The rules are kept in the database for the server to apply: each user's row names their
database role, their record scope and the sections they may read (kept in step with the
role files whenever a user is added, changed or signs in).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PEOPLE = "guardian_desk_people"

# Each table of a case, how a row reaches its case, and the section it belongs to
# (``domain/roles.py``). A row of a nested table is visible when its parent row is (the
# parent's own policy applies inside the condition).
CASE_TABLES: tuple[tuple[str, str, str], ...] = (
    ("cases", "gd_sees_case(id)", "'identity'"),
    ("children", "gd_sees_case(case_id)", "'identity'"),
    ("child_aliases", "child_id IN (SELECT id FROM children)", "'identity'"),
    ("placements", "child_id IN (SELECT id FROM children)", "'identity'"),
    ("protection_status_changes", "child_id IN (SELECT id FROM children)", "'identity'"),
    ("age_assessments", "child_id IN (SELECT id FROM children)", "'health'"),
    ("family_members", "gd_sees_case(case_id)", "'family'"),
    ("guardian_appointments", "gd_sees_case(case_id)", "'guardians'"),
    ("proceedings", "gd_sees_case(case_id)", "'proceedings'"),
    ("decisions", "proceeding_id IN (SELECT id FROM proceedings)", "'proceedings'"),
    ("hearings", "proceeding_id IN (SELECT id FROM proceedings)", "'proceedings'"),
    ("deadlines", "gd_sees_case(case_id)", "'proceedings'"),
    ("civil_documents", "gd_sees_case(case_id)", "'documents'"),
    ("document_files", "document_id IN (SELECT id FROM civil_documents)", "'documents'"),
    ("authentication_steps", "document_id IN (SELECT id FROM civil_documents)", "'documents'"),
    ("translations", "document_id IN (SELECT id FROM civil_documents)", "'documents'"),
    ("recognitions", "document_id IN (SELECT id FROM civil_documents)", "'documents'"),
    ("consents", "gd_sees_case(case_id)", "'consents'"),
    ("risk_flags", "gd_sees_case(case_id)", "'protection'"),
    ("risk_actions", "flag_id IN (SELECT id FROM risk_flags)", "'protection'"),
    (
        "notes",
        "gd_sees_case(case_id)",
        "CASE WHEN restricted OR kind = 'childs_views' THEN 'views' ELSE 'identity' END",
    ),
    ("filings", "gd_sees_case(case_id)", "'filings'"),
)
# Readable by every person: the names of their colleagues (no case data).
SHARED_TABLES = ("team_members",)

FUNCTIONS = (
    # Whether the login is a person (a member of the people's group), not the program.
    f"""CREATE OR REPLACE FUNCTION gd_is_person() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (
            SELECT 1 FROM pg_auth_members m
            JOIN pg_roles g ON g.oid = m.roleid
            JOIN pg_roles r ON r.oid = m.member
            WHERE g.rolname = '{PEOPLE}' AND r.rolname = session_user)
    $$""",
    """CREATE OR REPLACE FUNCTION gd_reads(section text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (
            SELECT 1 FROM users u
            WHERE u.db_role = session_user AND u.active
              AND position(',' || section || ',' IN ',' || coalesce(u.reads, '') || ',') > 0)
    $$""",
    """CREATE OR REPLACE FUNCTION gd_sees_case(cid text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (
            SELECT 1 FROM users u LEFT JOIN team_members t ON t.id = u.team_member_id
            WHERE u.db_role = session_user AND u.active
              AND position(',identity,' IN ',' || coalesce(u.reads, '') || ',') > 0
              AND (u.scope = 'all'
                   OR EXISTS (SELECT 1 FROM case_access a
                              WHERE a.case_id = cid AND a.team_member_id = u.team_member_id)
                   OR (u.scope = 'team'
                       AND (t.office IS NULL
                            OR EXISTS (SELECT 1 FROM cases c WHERE c.id = cid
                                       AND (c.office IS NULL OR c.office = t.office))))))
    $$""",
)


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))
        batch.add_column(sa.Column("scope", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("reads", sa.String(length=400), nullable=True))
        batch.create_unique_constraint(batch.f("uq_users_db_role"), ["db_role"])
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for statement in FUNCTIONS:
        op.execute(statement)
    for table, reaches, section in CASE_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        # The program's own login: everything, as before (a scalar subquery is computed once
        # per statement, not once per row).
        op.execute(
            f"CREATE POLICY gd_program ON {table} FOR ALL "
            "USING ((SELECT NOT gd_is_person())) WITH CHECK ((SELECT NOT gd_is_person()))"
        )
        op.execute(
            f"CREATE POLICY gd_person_reads ON {table} FOR SELECT "
            f"USING ((SELECT gd_is_person()) AND gd_reads({section}) AND {reaches})"
        )
    savepoint = bind.begin_nested()
    try:  # the people's group: needs CREATEROLE; without it no one is given a role of their own
        bind.exec_driver_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{PEOPLE}') "
            f"THEN CREATE ROLE {PEOPLE} NOLOGIN; END IF; END $$"
        )
        tables = ", ".join([t for t, _r, _s in CASE_TABLES] + list(SHARED_TABLES))
        bind.exec_driver_sql(f"GRANT SELECT ON {tables} TO {PEOPLE}")
        savepoint.commit()
    except sa.exc.DBAPIError:
        savepoint.rollback()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, _reaches, _section in CASE_TABLES:
            op.execute(f"DROP POLICY IF EXISTS gd_person_reads ON {table}")
            op.execute(f"DROP POLICY IF EXISTS gd_program ON {table}")
            op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        savepoint = bind.begin_nested()
        try:
            tables = ", ".join([t for t, _r, _s in CASE_TABLES] + list(SHARED_TABLES))
            bind.exec_driver_sql(f"REVOKE SELECT ON {tables} FROM {PEOPLE}")
            savepoint.commit()
        except sa.exc.DBAPIError:
            savepoint.rollback()
        for function in ("gd_sees_case(text)", "gd_reads(text)", "gd_is_person()"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint(batch.f("uq_users_db_role"), type_="unique")
        batch.drop_column("reads")
        batch.drop_column("scope")
        batch.drop_column("db_role")
