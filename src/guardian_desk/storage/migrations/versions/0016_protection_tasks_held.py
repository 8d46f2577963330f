"""protection tasks held: a screening's or a missing episode's tasks are read on a team
server only by a person whose role reads the protection section

The tasks a screening sets are deadlines (``rule_id`` ``guardian-desk:protection:…``): their
titles say what the screening found. In the window they belong to the protection section
(``domain/roles.section_of``); on PostgreSQL a person's own database role read them with the
other deadlines (section proceedings, 0008). The policy on ``deadlines`` now says the
section of each row, as the one on ``notes`` does. Nothing changes on SQLite.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 00:05:00
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_SECTION = (
    "CASE WHEN rule_id LIKE 'guardian-desk:protection:%' THEN 'protection' ELSE 'proceedings' END"
)


def _policy(section: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP POLICY IF EXISTS gd_person_reads ON deadlines")
    op.execute(
        "CREATE POLICY gd_person_reads ON deadlines FOR SELECT "
        f"USING ((SELECT gd_is_person()) AND gd_reads({section}) AND gd_sees_case(case_id))"
    )


def upgrade() -> None:
    _policy(_SECTION)


def downgrade() -> None:
    _policy("'proceedings'")
