"""document types of Brussels IIb: its certificates and authentic instruments

Regulation (EU) 2019/1111 exempts from legalisation or any similar formality the decisions,
certificates and authentic instruments given or delivered under it (Art. 90). A civil
document may now be a certificate under the Regulation (Arts. 36, 47 or 66) or an authentic
instrument or agreement on parental responsibility: the closed list of document types gains
two values, and its CHECK constraint is made again in place (as 0012 did; a batch copy of
``civil_documents`` would delete every authentication step, translation and recognition
under it).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-09 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from guardian_desk.storage.migrations.constraints import recheck

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_TYPES = (
    "birth_certificate", "family_register_extract", "national_id", "passport",
    "residence_permit", "travel_document", "death_certificate", "marriage_certificate",
    "custody_order", "guardianship_order", "school_record", "medical_report",
    "age_assessment_report", "other",
)  # fmt: skip
_NEW = ("eu_certificate", "authentic_instrument")


def upgrade() -> None:
    recheck("civil_documents", "document_type", "document_type", (*_TYPES, *_NEW))


def downgrade() -> None:
    # A certificate stays a certificate: a database that records one is not downgraded rather
    # than have its documents' types rewritten for an older program.
    bind = op.get_bind()
    found = bind.execute(
        sa.text("SELECT 1 FROM civil_documents WHERE document_type IN (:a, :b)"),
        {"a": _NEW[0], "b": _NEW[1]},
    ).first()
    if found:
        raise RuntimeError(
            "This database records certificates or authentic instruments under Regulation "
            "2019/1111, which schema 0013 cannot hold; it was not downgraded."
        )
    recheck("civil_documents", "document_type", "document_type", _TYPES)
