"""hearing file checks: whether the child's documents were court-ready for each hearing a
week before it, kept as the records stood that day (the reports count it). Derived from the
cases; the program fills it in for the hearings already recorded
(``services/documents/file_checks.py``). A vacated hearing has none.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from guardian_desk.storage.migrations.policies import hold_on_a_server

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hearing_file_checks",
        sa.Column("hearing_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("hearing_on", sa.Date(), nullable=False),
        sa.Column("checked_for", sa.Date(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("ready", sa.Integer(), nullable=False),
        sa.CheckConstraint("ready >= 0 AND ready <= documents", name="ready_of_held"),
        sa.ForeignKeyConstraint(["hearing_id"], ["hearings.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("hearing_id"),
    )
    op.create_index("ix_hearing_file_checks_case_id", "hearing_file_checks", ["case_id"])
    # the reports read the checks of a period from this index alone
    op.create_index(
        "ix_hearing_file_checks_report",
        "hearing_file_checks",
        ["hearing_on", "checked_for", "case_id", "documents", "ready"],
    )
    hold_on_a_server("hearing_file_checks", "documents")


def downgrade() -> None:
    op.drop_table("hearing_file_checks")  # derived: worked out again after an upgrade
