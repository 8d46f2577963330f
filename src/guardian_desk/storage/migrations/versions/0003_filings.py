"""filings: each filing made from a form, with its file

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 04:14:25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import guardian_desk.storage.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "filings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("form_id", sa.String(length=80), nullable=False),
        sa.Column("form_version", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column(
            "format",
            sa.Enum(
                "pdf",
                "docx",
                name="filing_format",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("proceeding_id", sa.String(length=36), nullable=True),
        sa.Column("hearing_id", sa.String(length=36), nullable=True),
        sa.Column("made_by", sa.String(length=200), nullable=True),
        sa.Column("made_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("inputs", sa.Text(), nullable=True),
        sa.Column("exhibit_ids", guardian_desk.storage.types.CodeList(), nullable=False),
        sa.Column("attachment_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.sha256"],
            name=op.f("fk_filings_attachment_id_attachments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_filings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["hearing_id"],
            ["hearings.id"],
            name=op.f("fk_filings_hearing_id_hearings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["proceedings.id"],
            name=op.f("fk_filings_proceeding_id_proceedings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_filings")),
    )
    with op.batch_alter_table("filings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_filings_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("filings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_filings_case_id"))

    op.drop_table("filings")
