"""users: people who sign in, each a team member with a role; the cases' caseworker and office

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 16:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from guardian_desk.storage.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("team_member_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("slot", sa.Text(), nullable=False),
        sa.Column("slot_key", sa.String(length=64), nullable=False),
        sa.Column("must_change", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_members.id"],
            name=op.f("fk_users_team_member_id_team_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    # Plain ADD COLUMN, never a batch copy of ``cases``: with foreign keys on, copying the
    # table would delete every row that hangs from it. So the caseworker is named without a
    # foreign key (a team member leaves by being made inactive, not deleted).
    op.add_column("cases", sa.Column("caseworker_id", sa.String(length=36), nullable=True))
    op.add_column("cases", sa.Column("office", sa.String(length=200), nullable=True))
    op.create_index(op.f("ix_cases_lead_lawyer_id"), "cases", ["lead_lawyer_id"])
    op.create_index(op.f("ix_cases_caseworker_id"), "cases", ["caseworker_id"])
    op.add_column("team_members", sa.Column("office", sa.String(length=200), nullable=True))
    # The record scope of a role looks a person up in these columns on every list and search.
    with op.batch_alter_table("proceedings") as batch:
        batch.create_index(batch.f("ix_proceedings_assigned_lawyer_id"), ["assigned_lawyer_id"])
    with op.batch_alter_table("guardian_appointments") as batch:
        batch.create_index(batch.f("ix_guardian_appointments_team_member_id"), ["team_member_id"])
    with op.batch_alter_table("hearings") as batch:
        batch.create_index(batch.f("ix_hearings_interpreter_id"), ["interpreter_id"])


def downgrade() -> None:
    with op.batch_alter_table("hearings") as batch:
        batch.drop_index(batch.f("ix_hearings_interpreter_id"))
    with op.batch_alter_table("guardian_appointments") as batch:
        batch.drop_index(batch.f("ix_guardian_appointments_team_member_id"))
    with op.batch_alter_table("proceedings") as batch:
        batch.drop_index(batch.f("ix_proceedings_assigned_lawyer_id"))
    op.drop_index(op.f("ix_cases_caseworker_id"), "cases")
    op.drop_index(op.f("ix_cases_lead_lawyer_id"), "cases")
    for table, column in (
        ("team_members", "office"),
        ("cases", "office"),
        ("cases", "caseworker_id"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("users")
