"""What the migrations that add a table of a case share: on a PostgreSQL server, a person's
own database role reads its rows only for the cases of their record scope and only when their
role reads the table's section (as 0008 set up for the first tables); the program's own login
reads and writes everything. Nothing happens on SQLite."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def hold_on_a_server(table: str, section: str, reaches: str = "gd_sees_case(case_id)") -> None:
    """Row-level security on ``table``: read by a person whose role reads ``section``, for
    the rows ``reaches`` (an SQL condition) allows."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY gd_program ON {table} FOR ALL "
        "USING ((SELECT NOT gd_is_person())) WITH CHECK ((SELECT NOT gd_is_person()))"
    )
    op.execute(
        f"CREATE POLICY gd_person_reads ON {table} FOR SELECT USING ((SELECT gd_is_person()) "
        f"AND gd_reads('{section}') AND {reaches})"
    )
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'guardian_desk_people') THEN GRANT SELECT ON {table} TO guardian_desk_people; "
            "END IF; END $$"
        )
        savepoint.commit()
    except sa.exc.DBAPIError:
        savepoint.rollback()


def deadlines_by_section(section_of_row: str) -> None:
    """The policy on ``deadlines``: a person reads a row when their role reads the section
    ``section_of_row`` (an SQL expression) names for it, for the cases of their scope."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP POLICY IF EXISTS gd_person_reads ON deadlines")
    op.execute(
        "CREATE POLICY gd_person_reads ON deadlines FOR SELECT "
        f"USING ((SELECT gd_is_person()) AND gd_reads({section_of_row}) AND gd_sees_case(case_id))"
    )
