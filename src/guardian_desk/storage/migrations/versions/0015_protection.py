"""protection: screenings for trafficking risk, missing episodes, best-interests assessments

A screening records the instrument and its version, who asked, the interpreter and the
language, each indicator's answer with what it rests on, the concern level the instrument's
rule gives and the level a person raised it to. A missing episode records when and from where
a child went missing, who reported it to whom, and the return. A best-interests assessment or
determination records who took part, the child's views, the options, the recommendation, the
decision and its review. A deadline may name who is to do it (a screening's actions).

On PostgreSQL a person's own database role reads the new tables of the cases of their record
scope, in the "protection" section (as 0008 and 0012).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 23:20:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import guardian_desk.storage.types

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_LEVELS = ("none", "possible", "clear")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _editable(table: str) -> list[Any]:
    return [
        sa.Column("created_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _team(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["team_members.id"], name=op.f(f"fk_{table}_{column}_team_members"),
        ondelete="SET NULL",
    )  # fmt: skip


def _owner(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}"), ondelete="CASCADE"
    )


def _hold_on_a_server(table: str, reaches: str) -> None:
    """As 0012: on PostgreSQL, a person reads the rows of the cases in their scope, in the
    protection section; the program's own login everything."""
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
        f"AND gd_reads('protection') AND {reaches})"
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


def upgrade() -> None:
    op.create_table(
        "screenings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("instrument_id", sa.String(length=80), nullable=False),
        sa.Column("instrument_version", sa.Integer(), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=False),
        sa.Column("screened_by_id", sa.String(length=36), nullable=True),
        sa.Column("interpreter_id", sa.String(length=36), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("concern", _enum(_LEVELS, "concern_level"), nullable=False),
        sa.Column("raised_to", _enum(_LEVELS, "raised_concern_level"), nullable=True),
        sa.Column("raised_because", sa.Text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_editable("screenings"),
        _owner("screenings", "case_id", "cases"),
        _team("screened_by_id", "screenings"),
        _team("interpreter_id", "screenings"),
    )
    op.create_index(op.f("ix_screenings_case_id"), "screenings", ["case_id"])
    op.create_table(
        "screening_answers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("screening_id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=80), nullable=False),
        sa.Column("answer", _enum(("yes", "no", "unknown"), "screening_answer"), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        *_editable("screening_answers"),
        _owner("screening_answers", "screening_id", "screenings"),
    )
    op.create_index(
        op.f("ix_screening_answers_screening_id"), "screening_answers", ["screening_id"]
    )
    op.create_table(
        "missing_episodes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("missing_since", sa.Date(), nullable=False),
        sa.Column("missing_from", sa.String(length=400), nullable=True),
        sa.Column("reported_by", sa.String(length=200), nullable=True),
        sa.Column("reported_to", sa.String(length=400), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_editable("missing_episodes"),
        _owner("missing_episodes", "case_id", "cases"),
        sa.CheckConstraint(
            "returned_on IS NULL OR returned_on >= missing_since",
            name=op.f("ck_missing_episodes_returned_after_missing"),
        ),
    )
    op.create_index(op.f("ix_missing_episodes_case_id"), "missing_episodes", ["case_id"])
    op.create_table(
        "best_interests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind", _enum(("assessment", "determination"), "best_interests_kind"), nullable=False
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.String(length=400), nullable=True),
        sa.Column("childs_views", sa.Text(), nullable=True),
        sa.Column("options", sa.Text(), nullable=True),
        sa.Column("recommendation", sa.Text(), nullable=True),
        sa.Column("decision", sa.Text(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        *_editable("best_interests"),
        _owner("best_interests", "case_id", "cases"),
    )
    op.create_index(op.f("ix_best_interests_case_id"), "best_interests", ["case_id"])
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_deadlines_owner_id_team_members"),
            "team_members",
            ["owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
    for table in ("screenings", "missing_episodes", "best_interests"):
        _hold_on_a_server(table, "gd_sees_case(case_id)")
    _hold_on_a_server("screening_answers", "screening_id IN (SELECT id FROM screenings)")


def downgrade() -> None:
    bind = op.get_bind()
    for table in ("screenings", "missing_episodes", "best_interests"):
        if bind.execute(sa.text(f"SELECT 1 FROM {table}")).first():
            raise RuntimeError(
                "This database records screenings, missing episodes or best-interests "
                "assessments, which schema 0014 cannot hold; it was not downgraded."
            )
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_deadlines_owner_id_team_members"), type_="foreignkey"
        )
        batch_op.drop_column("owner_id")
    for table in ("best_interests", "missing_episodes", "screening_answers", "screenings"):
        op.drop_table(table)
