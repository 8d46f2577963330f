"""deadlines: the placement or document a deadline counts from, tasks, how it was counted; database state

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 02:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import guardian_desk.storage.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "database_state",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_state")),
    )
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("placement_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("document_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("task", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("explanation", sa.Text(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_deadlines_document_id_civil_documents"),
            "civil_documents",
            ["document_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_deadlines_placement_id_placements"),
            "placements",
            ["placement_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_deadlines_placement_id_placements"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_deadlines_document_id_civil_documents"), type_="foreignkey"
        )
        batch_op.drop_column("explanation")
        batch_op.drop_column("task")
        batch_op.drop_column("document_id")
        batch_op.drop_column("placement_id")
    op.drop_table("database_state")
