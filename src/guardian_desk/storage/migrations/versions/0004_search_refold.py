"""search: fold the index anew, Arabic-script letter variants as one

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 05:30:00

The search text of every case is folded again with the folding of this release
(:func:`guardian_desk.domain.text.fold`), which takes the yeh, kaf, heh, alef... that the
Arabic, Persian/Dari, Pashto and Urdu keyboards type for one letter as the same letter, and
Arabic-Indic digits as digits. A query folded the new way would miss entries folded the old
way (``قادري`` and an indexed ``قادری``), so every entry is rewritten. No table changes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from guardian_desk.domain.text import search_body

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

CHUNK = 500

# The tables as they are at this revision, not as the models may describe them later: a
# migration must keep working on the schema it was written for.
_cases = sa.table("cases", sa.column("id"), sa.column("reference"))
_children = sa.table(
    "children",
    sa.column("id"),
    sa.column("case_id"),
    sa.column("given_names"),
    sa.column("family_name"),
    sa.column("given_names_native"),
    sa.column("family_name_native"),
)
_aliases = sa.table("child_aliases", sa.column("child_id"), sa.column("name"))
_family = sa.table(
    "family_members", sa.column("case_id"), sa.column("full_name"), sa.column("full_name_native")
)
_proceedings = sa.table("proceedings", sa.column("case_id"), sa.column("reference"))
_documents = sa.table("civil_documents", sa.column("case_id"), sa.column("number"))
_search = sa.table("search_documents", sa.column("case_id"), sa.column("body"))


def _bodies(connection: Any, part: list[str]) -> dict[str, str]:
    """The search text of these cases, from the same fields and in the same order as
    ``storage.repositories.rebuild_search`` gathers them."""
    parts: dict[str, list[str | None]] = defaultdict(list)
    statements: list[Any] = [
        sa.select(_cases.c.id, _cases.c.reference).where(_cases.c.id.in_(part)),
        sa.select(
            _children.c.case_id,
            _children.c.given_names,
            _children.c.family_name,
            _children.c.given_names_native,
            _children.c.family_name_native,
        ).where(_children.c.case_id.in_(part)),
        sa.select(_children.c.case_id, _aliases.c.name)
        .join(_aliases, _aliases.c.child_id == _children.c.id)
        .where(_children.c.case_id.in_(part)),
        sa.select(_family.c.case_id, _family.c.full_name, _family.c.full_name_native).where(
            _family.c.case_id.in_(part)
        ),
        sa.select(_proceedings.c.case_id, _proceedings.c.reference).where(
            _proceedings.c.case_id.in_(part)
        ),
        sa.select(_documents.c.case_id, _documents.c.number).where(_documents.c.case_id.in_(part)),
    ]
    for statement in statements:
        for row in connection.execute(statement):
            parts[row[0]].extend(row[1:])
    return {case_id: " " + search_body(values) for case_id, values in parts.items()}


def upgrade() -> None:
    connection = op.get_bind()
    case_ids = list(connection.execute(sa.select(_cases.c.id).order_by(_cases.c.id)).scalars())
    for start in range(0, len(case_ids), CHUNK):
        part = case_ids[start : start + CHUNK]
        bodies = _bodies(connection, part)
        stored = dict(
            connection.execute(
                sa.select(_search.c.case_id, _search.c.body).where(_search.c.case_id.in_(part))
            ).all()
        )
        for case_id, body in bodies.items():
            # On SQLite the triggers of search_documents keep the FTS index in step.
            if case_id not in stored:
                connection.execute(sa.insert(_search).values(case_id=case_id, body=body))
            elif stored[case_id] != body:
                connection.execute(
                    sa.update(_search).where(_search.c.case_id == case_id).values(body=body)
                )


def downgrade() -> None:
    # Nothing to undo in the schema. An older program folds queries its own way; it finds
    # what it did before, except where this fold joined letters it keeps apart, until a case
    # is saved again and its entry is rebuilt.
    pass
