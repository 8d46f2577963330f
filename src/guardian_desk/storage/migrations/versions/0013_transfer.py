"""transfer: consent by purpose, scope and recipient; partner organisations; referrals

A consent records which sections of the case it covers, the kind of organisation it names
(when not one organisation), who gave it (the child, with the child's age and capacity
noted, a guardian...) and what the use rests on (consent, or a legitimate basis whose reason
is the existing ``legal_basis``). The purposes gain those of a referral. Partner
organisations are kept with the keys of their contact cards; referrals sent and received,
and every bundle received (so that none is taken in twice). The organisation's own age
identity is made here, as 0005 made its signing key: in the database, encrypted with it.

On PostgreSQL the new tables are granted to no person's own database role: a person who
connects with ``psql`` reads none of them (0008).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 22:40:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import guardian_desk.storage.types
from guardian_desk.storage.migrations.constraints import recheck as _recheck

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


_PURPOSES = ("services", "disclosure", "reporting", "other")
_NEW_PURPOSES = ("legal_representation", "guardianship", "care", "family_tracing")
_KINDS = (
    "legal_aid", "child_protection", "guardianship_authority", "shelter", "health",
    "education", "family_tracing", "other",
)  # fmt: skip
_GIVERS = ("child", "guardian", "parent", "legal_representative", "other")
_BASES = (
    "consent", "legal_obligation", "vital_interests", "public_task", "court_order",
    "legitimate_interests",
)  # fmt: skip
AGE_IDENTITY = "organisation_age_identity"


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    _recheck("consents", "purpose", "consent_purpose", (*_PURPOSES, *_NEW_PURPOSES))
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "sections",
                guardian_desk.storage.types.CodeList(),
                nullable=False,
                server_default="[]",
            )
        )
        batch_op.add_column(
            sa.Column("recipient_kind", _enum(_KINDS, "organisation_kind"), nullable=True)
        )
        batch_op.add_column(sa.Column("giver", _enum(_GIVERS, "consent_giver"), nullable=True))
        batch_op.add_column(
            sa.Column(
                "child_age",
                sa.Integer(),
                sa.CheckConstraint(
                    "child_age IS NULL OR child_age BETWEEN 0 AND 30", name="child_age_range"
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("capacity", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "basis", _enum(_BASES, "legal_basis_kind"), nullable=False, server_default="consent"
            )
        )
    # A consent recorded before this version with only a legal basis rested on that basis.
    op.execute(
        "UPDATE consents SET basis = 'legitimate_interests' "
        "WHERE legal_basis IS NOT NULL AND (given_on IS NULL OR given_by IS NULL)"
    )

    op.create_table(
        "partners",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=16), nullable=True),
        sa.Column("kind", _enum(_KINDS, "organisation_kind"), nullable=False),
        sa.Column("contact", sa.String(length=400), nullable=True),
        sa.Column(
            "status", _enum(("pinned", "confirmed", "revoked"), "partner_status"), nullable=False
        ),
        sa.Column("age_recipient", sa.String(length=100), nullable=False),
        sa.Column("verify_key", sa.String(length=64), nullable=False),
        sa.Column("pinned_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("confirmed_at", guardian_desk.storage.types.UTCDateTime(), nullable=True),
        sa.Column("confirmed_by", sa.String(length=80), nullable=True),
        sa.Column("next_age_recipient", sa.String(length=100), nullable=True),
        sa.Column("next_verify_key", sa.String(length=64), nullable=True),
        sa.Column(
            "retired_keys",
            guardian_desk.storage.types.CodeList(),
            nullable=False,
            server_default="[]",
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("verify_key", name=op.f("uq_partners_verify_key")),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column(
            "direction", _enum(("outgoing", "incoming"), "referral_direction"), nullable=False
        ),
        sa.Column(
            "purpose", _enum((*_PURPOSES, *_NEW_PURPOSES), "consent_purpose"), nullable=False
        ),
        sa.Column(
            "sections",
            guardian_desk.storage.types.CodeList(),
            nullable=False,
            server_default="[]",
        ),
        sa.Column("consent_id", sa.String(length=36), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column(
            "state",
            _enum(
                ("in_progress", "sent", "accepted", "rejected", "done", "revoked"),
                "referral_state",
            ),
            nullable=False,
        ),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("made_by", sa.String(length=80), nullable=True),
        sa.Column("sent_at", guardian_desk.storage.types.UTCDateTime(), nullable=True),
        sa.Column("answer_due_on", sa.Date(), nullable=True),
        sa.Column("answered_at", guardian_desk.storage.types.UTCDateTime(), nullable=True),
        sa.Column("answer_note", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("follow_up_id", sa.String(length=36), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["deadlines.id"],
            name=op.f("fk_referrals_follow_up_id_deadlines"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_referrals_partner_id_partners"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_referrals_bundle_id")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_partner_id"), ["partner_id"], unique=False)
    op.create_table(
        "received_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_received_bundles_partner_id_partners"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_received_bundles")),
    )
    bind = op.get_bind()
    if (
        bind.execute(
            sa.text("SELECT 1 FROM database_state WHERE key = :k"), {"k": AGE_IDENTITY}
        ).first()
        is None
    ):
        from pyrage import x25519

        op.bulk_insert(
            sa.table(
                "database_state",
                sa.column("key", sa.String),
                sa.column("value", sa.Text),
                sa.column("updated_at", guardian_desk.storage.types.UTCDateTime()),
            ),
            [
                {
                    "key": AGE_IDENTITY,
                    "value": str(x25519.Identity.generate()),
                    "updated_at": datetime.now(UTC),
                }
            ],
        )


def downgrade() -> None:
    bind = op.get_bind()
    if (
        bind.execute(sa.text("SELECT 1 FROM referrals")).first()
        or bind.execute(
            sa.text("SELECT 1 FROM consents WHERE purpose IN :p").bindparams(
                sa.bindparam("p", expanding=True)
            ),
            {"p": list(_NEW_PURPOSES)},
        ).first()
    ):
        raise RuntimeError(
            "This database records referrals or consents for a referral's purpose, which "
            "schema 0012 cannot hold; it was not downgraded."
        )
    op.drop_table("received_bundles")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_partner_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))
    op.drop_table("referrals")
    op.drop_table("partners")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        for name in ("child_age_range", "organisation_kind", "consent_giver", "legal_basis_kind"):
            batch_op.drop_constraint(op.f(f"ck_consents_{name}"), type_="check")
        for column in ("basis", "capacity", "child_age", "giver", "recipient_kind", "sections"):
            batch_op.drop_column(column)
    _recheck("consents", "purpose", "consent_purpose", _PURPOSES)
    op.execute(f"DELETE FROM database_state WHERE key = '{AGE_IDENTITY}'")
