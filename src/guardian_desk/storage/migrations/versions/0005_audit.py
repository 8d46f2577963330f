"""audit: the append-only, chained audit log, its key and the organisation's signing key

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 14:30:00
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

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
    # The chain's key and the key that signs its checkpoints: random, kept in the database
    # (encrypted with it), made once here so that no reading ever has to write them.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    signing = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    state = sa.table(
        "database_state",
        sa.column("key", sa.String()),
        sa.column("value", sa.Text()),
        sa.column("updated_at", sa.DateTime()),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        state,
        [
            {"key": "audit_key", "value": secrets.token_bytes(32).hex(), "updated_at": now},
            {"key": "organisation_signing_key", "value": signing.hex(), "updated_at": now},
        ],
    )


def downgrade() -> None:
    op.drop_table("audit_entries")
    op.execute("DELETE FROM database_state WHERE key IN ('audit_key', 'organisation_signing_key')")
