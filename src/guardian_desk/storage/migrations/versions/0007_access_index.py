"""access index: the search text kept by section, and who is assigned to each case

Search must not find a case by the text of a section the person may not read (a family
member's name for a clerk): the search entry of a case keeps the text of each section in a
column of its own (``body`` holds the child's names and the reference; ``family``,
``proceedings`` and ``documents`` the rest), and a query names the columns it may match.

``case_access`` holds, for each case, the team members assigned to it (lead lawyer,
caseworker, a proceeding's lawyer, a guardian, an interpreter at one of its hearings), so
that a person's record scope is one indexed lookup.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 17:00:00
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from guardian_desk.domain.text import search_body

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CHUNK = 500
SECTIONS = ("body", "family", "proceedings", "documents")

# The tables as they are at this revision (a migration keeps working on its own schema).
_cases = sa.table(
    "cases",
    sa.column("id"),
    sa.column("reference"),
    sa.column("lead_lawyer_id"),
    sa.column("caseworker_id"),
)
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
_proceedings = sa.table(
    "proceedings",
    sa.column("id"),
    sa.column("case_id"),
    sa.column("reference"),
    sa.column("assigned_lawyer_id"),
)
_hearings = sa.table("hearings", sa.column("proceeding_id"), sa.column("interpreter_id"))
_guardians = sa.table("guardian_appointments", sa.column("case_id"), sa.column("team_member_id"))
_documents = sa.table("civil_documents", sa.column("case_id"), sa.column("number"))
_search = sa.table(
    "search_documents",
    sa.column("id"),
    sa.column("case_id"),
    *(sa.column(name) for name in SECTIONS),
)
_access = sa.table("case_access", sa.column("case_id"), sa.column("team_member_id"))

SQLITE_SEARCH_INDEX = (
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        body, family, proceedings, documents, content='search_documents', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2", prefix='2 3')""",
)
SQLITE_TRIGGERS = (
    """CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_fts(rowid, body, family, proceedings, documents)
        VALUES (new.id, new.body, new.family, new.proceedings, new.documents);
    END""",
    """CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_fts(search_fts, rowid, body, family, proceedings, documents)
        VALUES ('delete', old.id, old.body, old.family, old.proceedings, old.documents);
    END""",
    """CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_fts(search_fts, rowid, body, family, proceedings, documents)
        VALUES ('delete', old.id, old.body, old.family, old.proceedings, old.documents);
        INSERT INTO search_fts(rowid, body, family, proceedings, documents)
        VALUES (new.id, new.body, new.family, new.proceedings, new.documents);
    END""",
)
OLD_TRIGGERS = ("search_documents_ai", "search_documents_ad", "search_documents_au")


def _texts(connection: Any, part: list[str]) -> dict[str, dict[str, str]]:
    """Each case's search text by section, gathered as ``storage.repositories`` does."""
    sources: dict[str, list[Any]] = {
        "body": [
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
        ],
        "family": [
            sa.select(_family.c.case_id, _family.c.full_name, _family.c.full_name_native).where(
                _family.c.case_id.in_(part)
            )
        ],
        "proceedings": [
            sa.select(_proceedings.c.case_id, _proceedings.c.reference).where(
                _proceedings.c.case_id.in_(part)
            )
        ],
        "documents": [
            sa.select(_documents.c.case_id, _documents.c.number).where(
                _documents.c.case_id.in_(part)
            )
        ],
    }
    found: dict[str, dict[str, list[str | None]]] = defaultdict(lambda: defaultdict(list))
    for section, statements in sources.items():
        for statement in statements:
            for row in connection.execute(statement):
                found[row[0]][section].extend(row[1:])
    return {
        case_id: {s: " " + search_body(values.get(s, [])) for s in SECTIONS}
        for case_id, values in found.items()
    }


def _assigned(connection: Any, part: list[str]) -> set[tuple[str, str]]:
    statements = [
        sa.select(_cases.c.id, _cases.c.lead_lawyer_id).where(_cases.c.id.in_(part)),
        sa.select(_cases.c.id, _cases.c.caseworker_id).where(_cases.c.id.in_(part)),
        sa.select(_proceedings.c.case_id, _proceedings.c.assigned_lawyer_id).where(
            _proceedings.c.case_id.in_(part)
        ),
        sa.select(_guardians.c.case_id, _guardians.c.team_member_id).where(
            _guardians.c.case_id.in_(part)
        ),
        sa.select(_proceedings.c.case_id, _hearings.c.interpreter_id)
        .join(_hearings, _hearings.c.proceeding_id == _proceedings.c.id)
        .where(_proceedings.c.case_id.in_(part)),
    ]
    return {
        (case_id, member)
        for statement in statements
        for case_id, member in connection.execute(statement)
        if member
    }


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    op.create_table(
        "case_access",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("team_member_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_access_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "team_member_id", name=op.f("pk_case_access")),
    )
    op.create_index(op.f("ix_case_access_team_member_id"), "case_access", ["team_member_id"])
    if sqlite:
        for trigger in OLD_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    for column in SECTIONS[1:]:
        op.add_column("search_documents", sa.Column(column, sa.Text(), nullable=True))
    case_ids = list(connection.execute(sa.select(_cases.c.id).order_by(_cases.c.id)).scalars())
    for start in range(0, len(case_ids), CHUNK):
        part = case_ids[start : start + CHUNK]
        for case_id, texts in _texts(connection, part).items():
            connection.execute(
                sa.update(_search).where(_search.c.case_id == case_id).values(**texts)
            )
        pairs = _assigned(connection, part)
        if pairs:
            connection.execute(
                sa.insert(_access), [{"case_id": c, "team_member_id": t} for c, t in sorted(pairs)]
            )
    if sqlite:
        for statement in SQLITE_SEARCH_INDEX:
            op.execute(statement)
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        _trigram_indexes(connection)


def _trigram_indexes(connection: Any) -> None:
    """Trigram indexes for the new columns where pg_trgm is there (search works without)."""
    if not connection.exec_driver_sql(
        "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
    ).first():
        return
    for column in SECTIONS[1:]:
        savepoint = connection.begin_nested()
        try:
            connection.exec_driver_sql(
                f"CREATE INDEX ix_search_documents_{column}_trgm ON search_documents"
                f" USING gin ({column} gin_trgm_ops)"
            )
            savepoint.commit()
        except sa.exc.DBAPIError:
            savepoint.rollback()


def downgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        for trigger in OLD_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        for column in SECTIONS[1:]:
            op.execute(f"DROP INDEX IF EXISTS ix_search_documents_{column}_trgm")
    # The text of the sections goes back into one body, as 0006 had it.
    rows = connection.execute(sa.select(_search.c.id, *(_search.c[s] for s in SECTIONS))).all()
    for row in rows:
        joined = " " + " ".join(t.strip() for t in row[1:] if t and t.strip())
        connection.execute(sa.update(_search).where(_search.c.id == row[0]).values(body=joined))
    for column in SECTIONS[1:]:
        if sqlite:
            op.execute(f"ALTER TABLE search_documents DROP COLUMN {column}")
        else:
            op.drop_column("search_documents", column)
    if sqlite:
        op.execute(
            """CREATE VIRTUAL TABLE search_fts USING fts5(
            body, content='search_documents', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2", prefix='2 3')"""
        )
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        for statement in (
            """CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
                INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body);
            END""",
            """CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
                INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);
            END""",
            """CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
                INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body);
                INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body);
            END""",
        ):
            op.execute(statement)
    op.drop_index(op.f("ix_case_access_team_member_id"), "case_access")
    op.drop_table("case_access")
