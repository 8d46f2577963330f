"""deadline assumptions: what a rule's deadline assumed for a fact the case does not record

A rule whose condition or start depends on a fact not recorded (the unaccompanied status, a
notification date) now gives its deadline on the assumption that protects the child, and the
deadline keeps that assumption so that every view can show it marked "assumed". Existing
deadlines were counted from recorded facts only: they have none.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assumption", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_column("assumption")
