"""audit: the append-only, chained audit log

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries") as batch:
        batch.create_index(batch.f("ix_audit_entries_at"), ["at"])
        batch.create_index(batch.f("ix_audit_entries_actor"), ["actor"])
        batch.create_index(batch.f("ix_audit_entries_action"), ["action"])
        batch.create_index(batch.f("ix_audit_entries_case_id"), ["case_id"])


def downgrade() -> None:
    op.drop_table("audit_entries")
