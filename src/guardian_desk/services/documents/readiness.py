"""Court-readiness: for each proceeding of a case, what its documents still lack.

"Court-ready" means that for this proceeding in this forum every document it relies on has
the authentication, translation and recognition the forum requires and is fresh enough. A
proceeding is checked against its next scheduled hearing (today when none is set), or, when a
day is asked for, every proceeding open that day is checked for that very day; with the rules
in ``resources/recognition`` (see ``docs/recognition-rules.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from guardian_desk.domain.enums import (
    AuthenticationKind,
    CertificateKind,
    DocumentType,
    ProceedingKind,
    RecognitionStatus,
    TranslationKind,
)
from guardian_desk.domain.recognition import (
    DocumentFacts,
    Finding,
    RecognitionFacts,
    RecognitionRules,
    Status,
    Step,
    TranslationFacts,
    check_document,
    read_recognition,
)
from guardian_desk.errors import Message
from guardian_desk.resources import resource_path
from guardian_desk.services import access
from guardian_desk.services.records import case_ids_of, case_trees
from guardian_desk.storage.database import Database


@cache
def shipped_rules() -> RecognitionRules:
    """The rules in ``resources/recognition``; a mistake is a ValidationError naming it."""
    return read_recognition(resource_path("recognition"))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def document_facts(document: dict[str, Any]) -> DocumentFacts:
    """What the rules need of a civil document in the exchange format."""
    return DocumentFacts(
        document["id"],
        DocumentType(document["document_type"]),
        document["issuing_country"],
        _day(document.get("issued_on")),
        _day(document.get("expires_on")),
        document.get("language"),
        tuple(
            Step(AuthenticationKind(s["kind"]), _day(s.get("performed_on")), s.get("country"))
            for s in document.get("authentication_steps", [])
        ),
        tuple(
            TranslationFacts(
                t["target_language"], TranslationKind(t["kind"]), t.get("sworn_in_jurisdiction")
            )
            for t in document.get("translations", [])
        ),
        tuple(
            RecognitionFacts(
                r["jurisdiction"],
                RecognitionStatus(r["status"]),
                tuple(r.get("refusal_grounds") or ()),
                CertificateKind(r["certificate_kind"]) if r.get("certificate_kind") else None,
                bool(r.get("advance_recognition")),
            )
            for r in document.get("recognitions", [])
        ),
    )


@dataclass(frozen=True)
class DocumentReadiness:
    document_id: str
    label: str  # "birth certificate (SY, No. 123)", in English (the window builds its own)
    findings: tuple[Finding, ...]
    document_type: str = ""
    issuing_country: str = ""
    number: str | None = None

    @property
    def ready(self) -> bool:
        return not any(f.blocking for f in self.findings)


@dataclass(frozen=True)
class ProceedingReadiness:
    proceeding_id: str
    label: str  # "asylum · US-CA · San Francisco Immigration Court", in English
    jurisdiction: str
    on: date  # the day it is checked for
    hearing: bool  # True: ``on`` is the next hearing; False: the day asked for, or no hearing set
    documents: tuple[DocumentReadiness, ...]
    kind: str = ""  # the proceeding's kind and forum, for the window to name in its language
    forum: str | None = None
    as_of: date | None = None  # the day taken as today (``on`` unless a hearing comes first)

    @property
    def ready(self) -> bool:
        return all(d.ready for d in self.documents)

    @property
    def missing(self) -> int:
        return sum(1 for d in self.documents for f in d.findings if f.blocking)

    def as_json(self) -> dict[str, Any]:
        return {
            "proceeding": self.label,
            "jurisdiction": self.jurisdiction,
            "checked_for": self.on.isoformat(),
            "next_hearing": self.hearing,
            "as_of": (self.as_of or self.on).isoformat(),
            "ready": self.ready,
            "documents": [
                {
                    "document": d.label,
                    "ready": d.ready,
                    "requirements": [
                        {
                            "item": f.item,
                            "status": f.status.value,
                            "message": f.message,
                            "citation": f.citation or None,
                        }
                        for f in d.findings
                    ],
                }
                for d in self.documents
            ],
        }


def _label(document: dict[str, Any]) -> str:
    kind = document["document_type"].replace("_", " ")
    number = f", No. {document['number']}" if document.get("number") else ""
    return f"{kind} ({document['issuing_country']}{number})"


def hearing_day(hearing: dict[str, Any]) -> date:
    """The day of a hearing (exchange format) where it is held."""
    moment = datetime.fromisoformat(hearing["starts_at"].replace("Z", "+00:00"))
    return moment.astimezone(ZoneInfo(hearing.get("time_zone") or "UTC")).date()


def _next_hearing(proceeding: dict[str, Any], today: date) -> date | None:
    days = []
    for hearing in proceeding.get("hearings", []):
        if hearing.get("outcome", "scheduled") != "scheduled":
            continue
        day = hearing_day(hearing)
        if day >= today:
            days.append(day)
    return min(days, default=None)


def _open_on(proceeding: dict[str, Any], day: date) -> bool:
    """Whether the proceeding is open on ``day``: opened by then and not yet closed (a closed
    proceeding without its closing day is taken as closed)."""
    opened = _day(proceeding.get("opened_on"))
    if opened is not None and opened > day:
        return False
    if proceeding.get("status") != "closed":
        return True
    closed = _day(proceeding.get("closed_on"))
    return closed is not None and closed > day


def of_case(
    case: dict[str, Any],
    today: date | None = None,
    rules: RecognitionRules | None = None,
    *,
    on: date | None = None,
) -> list[ProceedingReadiness]:
    """Readiness of the proceedings of a case (exchange format).

    Args:
        case: the case in the exchange format.
        today: the day taken as today: each proceeding open now is checked for its next
            hearing from that day on, or for that day when none is set.
        rules: the recognition rules (default: the shipped ones).
        on: check as things will stand (or stood) on this day instead: every proceeding open
            that day, each document judged on that day, whatever hearings come first.
    """
    rules = rules or shipped_rules()
    day = on or today or date.today()
    found = []
    for proceeding in case.get("proceedings", []):
        if on is not None:
            if not _open_on(proceeding, on):
                continue
        elif proceeding.get("status") == "closed":
            continue
        hearing = None if on is not None else _next_hearing(proceeding, day)
        checked = hearing or day
        where = proceeding["jurisdiction"]
        kind = ProceedingKind(proceeding["kind"])
        documents = tuple(
            DocumentReadiness(
                d["id"],
                _label(d),
                tuple(check_document(rules, document_facts(d), where, checked, proceeding=kind)),
                d["document_type"],
                d["issuing_country"],
                d.get("number"),
            )
            for d in case.get("documents", [])
        )
        label = " · ".join(
            p
            for p in (proceeding["kind"].replace("_", " "), where, proceeding.get("forum_name"))
            if p
        )
        found.append(
            ProceedingReadiness(
                proceeding["id"],
                label,
                where,
                checked,
                hearing is not None,
                documents,
                proceeding["kind"],
                proceeding.get("forum_name"),
                day,
            )
        )
    return found


def of_reference(
    db: Database, reference: str, today: date | None = None, *, on: date | None = None
) -> list[ProceedingReadiness]:
    """Readiness of the proceedings of the case with this reference (``today`` and ``on`` as
    in :func:`of_case`).

    Raises:
        NotFoundError: no such case.
        AccessDeniedError: the case is outside the person's scope, or their role may not
            read its documents (written in the audit log).
    """
    with db.reading() as session:
        case_id = case_ids_of(session, [reference])[0]
    access.require_case(db, case_id)
    if not access.may_read(db, "documents"):
        access.deny(db, "read documents", case_id=case_id, message=_NO_DOCUMENTS)
    with db.reading() as session:
        case = case_trees(session, [case_id])[0]
    return of_case(case, today, on=on)


_NO_DOCUMENTS = Message(
    "Readiness", "Your role may not read civil documents, so it cannot see their readiness."
)


_WORST = (Status.REFUSED, Status.STALE, Status.MISSING, Status.PENDING, Status.OK)


def worst(findings: tuple[Finding, ...]) -> Status:
    """A document's state at a destination: its worst requirement."""
    for status in _WORST:
        if any(f.status is status for f in findings):
            return status
    return Status.NOT_REQUIRED


@dataclass(frozen=True)
class Matrix:
    """Documents × jurisdictions of the case's open proceedings; each cell the worst status."""

    documents: tuple[str, ...]  # labels
    jurisdictions: tuple[str, ...]
    cells: dict[tuple[int, int], tuple[Status, tuple[Finding, ...]]]
    document_ids: tuple[str, ...] = ()  # of each row


def matrix(found: list[ProceedingReadiness]) -> Matrix:
    """The matrix of the readiness found (the first proceeding of each jurisdiction)."""
    places: dict[str, ProceedingReadiness] = {}
    for proceeding in found:
        places.setdefault(proceeding.jurisdiction, proceeding)
    jurisdictions = tuple(places)
    labels: dict[str, str] = {}
    for proceeding in places.values():
        for document in proceeding.documents:
            labels.setdefault(document.document_id, document.label)
    ids = list(labels)
    cells: dict[tuple[int, int], tuple[Status, tuple[Finding, ...]]] = {}
    for column, place in enumerate(jurisdictions):
        for document in places[place].documents:
            row = ids.index(document.document_id)
            cells[(row, column)] = (worst(document.findings), document.findings)
    return Matrix(tuple(labels.values()), jurisdictions, cells, tuple(ids))


def badges(db: Database, case_ids: list[str], today: date | None = None) -> dict[str, int]:
    """For the case list: per case, how many requirements are still to do (0: court-ready;
    -1: nothing to check — no open proceeding or no document); nothing for a role that may
    not read documents."""
    if not access.may_read(db, "documents"):
        return {}
    with db.reading() as session:
        trees = case_trees(session, case_ids, {"proceedings", "documents"})
    found: dict[str, int] = {}
    for case in trees:
        checked = of_case(case, today)
        if not any(p.documents for p in checked):
            found[case["id"]] = -1
        else:
            found[case["id"]] = sum(p.missing for p in checked)
    return found
