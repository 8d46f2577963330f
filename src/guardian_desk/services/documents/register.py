"""The document register across cases: the same document recorded in two cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from guardian_desk.errors import Message
from guardian_desk.services import access
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database


@dataclass(frozen=True)
class RecordedDocument:
    """One record of a document, in one case."""

    document_id: str
    case_id: str
    reference: str
    holder: str  # "the child" or the family member's relationship
    issuing_authority: str | None
    number: str
    issued_on: date | None
    expires_on: date | None
    language: str | None
    copy_kind: str


@dataclass(frozen=True)
class DuplicateGroup:
    """The same document (type, issuing country, number) recorded in several cases."""

    document_type: str
    issuing_country: str
    number: str
    records: tuple[RecordedDocument, ...]

    @property
    def title(self) -> str:
        kind = self.document_type.replace("_", " ")
        cases = len({r.case_id for r in self.records})
        return f"{kind} ({self.issuing_country}) No. {self.number} — in {cases} cases"

    def differences(self) -> set[str]:
        """The fields on which the records disagree (what to look at when comparing)."""
        fields = ("issuing_authority", "issued_on", "expires_on", "language", "copy_kind")
        return {f for f in fields if len({getattr(r, f) for r in self.records}) > 1}


def duplicates(db: Database) -> list[DuplicateGroup]:
    """Documents of the same type, issuing country and number recorded in more than one case
    (numbers compared without spaces, dashes, dots or slashes): the same child twice, a
    document used for two children, or a typing mistake — for a person to review. Only the
    cases in the person's scope, and nothing for a role that may not read documents."""
    if not access.may_read(db, "documents"):
        return []
    with db.reading() as session:
        rows = repo.duplicate_documents(session)
    found = []
    for (kind, country, _key), group in groupby(
        rows, key=lambda r: (r.document_type, r.issuing_country, r.key)
    ):
        records = tuple(
            RecordedDocument(
                r.id,
                r.case_id,
                r.reference,
                Message("Documents", "the child")
                if r.family_member_id is None
                else Message("Documents", "a family member"),
                r.issuing_authority,
                r.number,
                r.issued_on,
                r.expires_on,
                r.language,
                r.copy_kind,
            )
            for r in group
        )
        found.append(DuplicateGroup(kind, country, records[0].number, records))
    return found
