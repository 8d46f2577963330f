"""care and tracing: services and referrals to providers, the care plan's goals, tracing
requests, when and where a relative was separated from the child, whether a relative is
suspected of trafficking, a confirmed tracing match, and whose rules a missing episode follows

A service is a referral of the child to a provider (school, health, mental health, shelter,
legal help, language classes) with its status, dates and next follow-up; for school also the
enrolment, the grade and whether earlier studies are recognised. A care goal is one line of
the child's care plan with its review date. A tracing request names the relative sought and
the agency asked. A family member may record the date and place of separation, and the
person in another case a team member confirmed them to be.

On PostgreSQL, the services and the care plan are read in the new "services" section, tracing
requests in "family"; the tasks a follow-up or a review sets in the section of what they
follow (``rule_id`` ``guardian-desk:care:…`` in "services", ``…:tracing:…`` in "family",
``…:best-interests:…`` in "protection"; the policy on deadlines, as 0016).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 01:30:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import guardian_desk.storage.types
from guardian_desk.storage.migrations.policies import deadlines_by_section, hold_on_a_server

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_KINDS = ("education", "health", "mental_health", "shelter", "legal", "language", "other")
_STATUSES = ("proposed", "referred", "accepted", "ongoing", "completed", "declined", "ended")
_STUDIES = ("not_requested", "requested", "recognised", "partly_recognised", "refused")
_AREAS = (*_KINDS[:-1], "family", "documents", "other")
_GOALS = ("open", "met", "changed", "dropped")
_TRACING = ("open", "located", "not_found", "withdrawn")
_SECTION = (
    "CASE WHEN rule_id LIKE 'guardian-desk:protection:%' THEN 'protection' "
    "WHEN rule_id LIKE 'guardian-desk:best-interests:%' THEN 'protection' "
    "WHEN rule_id LIKE 'guardian-desk:care:%' THEN 'services' "
    "WHEN rule_id LIKE 'guardian-desk:tracing:%' THEN 'family' ELSE 'proceedings' END"
)
_BEFORE = (
    "CASE WHEN rule_id LIKE 'guardian-desk:protection:%' THEN 'protection' ELSE 'proceedings' END"
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _editable(table: str) -> list[Any]:
    return [
        sa.Column("created_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", guardian_desk.storage.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _case(table: str) -> list[Any]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"), ondelete="CASCADE"
        ),
    ]


def _team(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["team_members.id"], name=op.f(f"fk_{table}_{column}_team_members"),
        ondelete="SET NULL",
    )  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "care_services",
        *_case("care_services"),
        sa.Column("kind", _enum(_KINDS, "service_kind"), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=400), nullable=True),
        sa.Column("status", _enum(_STATUSES, "service_status"), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("followed_up_on", sa.Date(), nullable=True),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("grade", sa.String(length=80), nullable=True),
        sa.Column("earlier_studies", _enum(_STUDIES, "earlier_studies"), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_editable("care_services"),
        _team("responsible_id", "care_services"),
        sa.CheckConstraint(
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
            name=op.f("ck_care_services_service_ended_after_start"),
        ),
    )
    op.create_index(op.f("ix_care_services_case_id"), "care_services", ["case_id"])
    op.create_table(
        "care_goals",
        *_case("care_goals"),
        sa.Column("area", _enum(_AREAS, "care_area"), nullable=False),
        sa.Column("goal", sa.String(length=400), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("status", _enum(_GOALS, "goal_status"), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_editable("care_goals"),
        _team("responsible_id", "care_goals"),
    )
    op.create_index(op.f("ix_care_goals_case_id"), "care_goals", ["case_id"])
    op.create_table(
        "tracing_requests",
        *_case("tracing_requests"),
        sa.Column("family_member_id", sa.String(length=36), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("agency_reference", sa.String(length=80), nullable=True),
        sa.Column("status", _enum(_TRACING, "tracing_request_status"), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_editable("tracing_requests"),
        sa.ForeignKeyConstraint(
            ["family_member_id"],
            ["family_members.id"],
            name=op.f("fk_tracing_requests_family_member_id_family_members"),
            ondelete="SET NULL",
        ),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= requested_on",
            name=op.f("ck_tracing_requests_closed_after_request"),
        ),
    )
    op.create_index(op.f("ix_tracing_requests_case_id"), "tracing_requests", ["case_id"])
    # Plain added columns, without copying the tables: rows hang under family_members
    # (civil documents) that a copy would set loose. The matching team member has no foreign
    # key for the same reason (as cases.caseworker_id).
    for name, kind in (
        ("suspected_trafficker", sa.Boolean()),
        ("separated_on", sa.Date()),
        ("separated_at", sa.String(length=400)),
        ("matched_case_id", sa.String(length=36)),
        ("matched_person_id", sa.String(length=36)),
        ("matched_on", sa.Date()),
        ("matched_by_id", sa.String(length=36)),
    ):
        op.add_column("family_members", sa.Column(name, kind, nullable=True))
    op.add_column("missing_episodes", sa.Column("jurisdiction", sa.String(16), nullable=True))
    hold_on_a_server("care_services", "services")
    hold_on_a_server("care_goals", "services")
    hold_on_a_server("tracing_requests", "family")
    deadlines_by_section(_SECTION)


def downgrade() -> None:
    bind = op.get_bind()
    for table in ("care_services", "care_goals", "tracing_requests"):
        if bind.execute(sa.text(f"SELECT 1 FROM {table}")).first():
            raise RuntimeError(
                "This database records services, a care plan or tracing requests, which "
                "schema 0016 cannot hold; it was not downgraded."
            )
    deadlines_by_section(_BEFORE)
    with op.batch_alter_table("missing_episodes", schema=None) as batch_op:
        batch_op.drop_column("jurisdiction")
    for name in (
        "matched_by_id",
        "matched_on",
        "matched_person_id",
        "matched_case_id",
        "separated_at",
        "separated_on",
        "suspected_trafficker",
    ):
        op.drop_column("family_members", name)
    for table in ("tracing_requests", "care_goals", "care_services"):
        op.drop_table(table)
