"""return proceedings and placement requests: the facts Brussels IIb Art. 29 and 82 count from

A proceeding may be a child's return (Hague 1980; Brussels IIb), a decision may refuse the
return on recorded grounds, with the Art. 29 certificate (Annex I) issued for it; a case
records its requests for consent to a cross-border placement (Art. 82), and a deadline may
count from one. The closed lists of proceeding kinds and decision outcomes gain a value each:
their CHECK constraints are made again.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import guardian_desk.storage.types
from guardian_desk.storage.migrations.constraints import recheck as _recheck

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_KINDS = (
    "guardianship", "temporary_custody", "asylum", "humanitarian_status", "sijs",
    "family_reunification", "recognition", "appeal",
)  # fmt: skip
_OUTCOMES = (
    "granted", "partially_granted", "refused", "dismissed", "withdrawn", "remitted", "other",
)  # fmt: skip


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _hold_on_a_server(table: str) -> None:
    """On PostgreSQL, a person's own database role reads the new table as 0008 lets them read
    the others: the rows of the cases of their record scope, in a section their role reads
    (placement requests are in "proceedings", ``domain/roles.py``)."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY gd_program ON {table} FOR ALL "
        "USING ((SELECT NOT gd_is_person())) WITH CHECK ((SELECT NOT gd_is_person()))"
    )
    op.execute(
        f"CREATE POLICY gd_person_reads ON {table} FOR SELECT USING ((SELECT gd_is_person()) "
        "AND gd_reads('proceedings') AND gd_sees_case(case_id))"
    )
    savepoint = bind.begin_nested()
    try:  # the people's group exists only where the program could create roles (0008)
        bind.exec_driver_sql(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'guardian_desk_people') THEN GRANT SELECT ON {table} TO guardian_desk_people; "
            "END IF; END $$"
        )
        savepoint.commit()
    except sa.exc.DBAPIError:
        savepoint.rollback()


def upgrade() -> None:
    _recheck("proceedings", "kind", "proceeding_kind", (*_KINDS, "child_return"))
    _recheck("decisions", "outcome", "decision_outcome", (*_OUTCOMES, "return_refused"))
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "return_refusal_grounds",
                guardian_desk.storage.types.CodeList(),
                nullable=False,
                server_default="[]",
            )
        )
        batch_op.add_column(sa.Column("art29_certificate_issued_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("art29_certificate_issued_by", sa.String(length=200), nullable=True)
        )

    op.create_table(
        "placement_requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("requesting_state", sa.String(length=16), nullable=False),
        sa.Column("requested_state", sa.String(length=16), nullable=False),
        sa.Column(
            "placement_kind",
            _enum(
                ("shelter", "foster_family", "relative", "independent", "other"), "placement_kind"
            ),
            nullable=True,
        ),
        sa.Column("planned_placement", sa.String(length=400), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column(
            "consent", _enum(("pending", "granted", "refused"), "placement_consent"), nullable=False
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("central_authority_reference", sa.String(length=80), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "received_on IS NULL OR sent_on IS NULL OR received_on >= sent_on",
            name=op.f("ck_placement_requests_received_after_sent"),
        ),
        sa.CheckConstraint(
            "decided_on IS NULL OR received_on IS NULL OR decided_on >= received_on",
            name=op.f("ck_placement_requests_decided_after_received"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_placement_requests_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_requests")),
    )
    with op.batch_alter_table("placement_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_placement_requests_case_id"), ["case_id"], unique=False
        )
    _hold_on_a_server("placement_requests")
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("placement_request_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_deadlines_placement_request_id_placement_requests"),
            "placement_requests",
            ["placement_request_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_deadlines_placement_request_id_placement_requests"), type_="foreignkey"
        )
        batch_op.drop_column("placement_request_id")
    with op.batch_alter_table("placement_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_requests_case_id"))
    op.drop_table("placement_requests")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_column("art29_certificate_issued_by")
        batch_op.drop_column("art29_certificate_issued_on")
        batch_op.drop_column("return_refusal_grounds")
    # A refusal to return stays a refusal; a return proceeding has no kind to go back to, and
    # is never deleted to make way for an older program.
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM proceedings WHERE kind = 'child_return'")).first():
        raise RuntimeError(
            "This database records proceedings for a child's return, which schema 0011 cannot "
            "hold; it was not downgraded."
        )
    op.execute("UPDATE decisions SET outcome = 'refused' WHERE outcome = 'return_refused'")
    _recheck("decisions", "outcome", "decision_outcome", _OUTCOMES)
    _recheck("proceedings", "kind", "proceeding_kind", _KINDS)
