"""Referring a case to a partner organisation, and the referral's life after.

:func:`prepare` checks everything a referral needs and says what will go: the partner
(confirmed), the sections (at least the purpose's minimum, restricted ones only with the
role's grant), and the consent or legitimate basis that covers it. Without one the referral
is refused; a role with the "override_consent" action may go on with a written reason, which
the audit log keeps. :func:`send` writes the bundle (``bundles.py``) and records the referral
as sent, with a task on the case's calendar for the day an answer is due.

States (as Primero's): in progress → sent → accepted / rejected → done, or revoked. A receipt
bundle from the partner (``receiving.py``) moves sent to accepted or rejected.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from guardian_desk import __version__
from guardian_desk.domain.consent import (
    SHORTEST_REASON,
    ConsentAnswer,
    Recipient,
    check_sections,
    covering_consent,
)
from guardian_desk.domain.enums import (
    ConsentPurpose,
    DeadlineSource,
    DeadlineStatus,
    OrganisationKind,
    PartnerStatus,
    ReferralDirection,
    ReferralState,
)
from guardian_desk.domain.roles import SECTION_NAMES
from guardian_desk.errors import Message, NotFoundError, ValidationError
from guardian_desk.services import access, audit, protection
from guardian_desk.services.transfer import bundles, cards
from guardian_desk.services.transfer.partners import PartnerView, find_partner
from guardian_desk.storage import models as m
from guardian_desk.storage.database import Database

FOLLOW_UP = "guardian-desk:referral-answer:"  # the rule id of a referral's follow-up task
ANSWER_DAYS = 14  # days a partner has to answer before a task comes due (the default)
ANSWER_STATE = "referral_answer_days"

# What a state may become, by a person's hand or a receipt.
NEXT_STATES: dict[ReferralState, tuple[ReferralState, ...]] = {
    ReferralState.IN_PROGRESS: (ReferralState.SENT, ReferralState.REVOKED),
    ReferralState.SENT: (ReferralState.ACCEPTED, ReferralState.REJECTED, ReferralState.REVOKED),
    ReferralState.ACCEPTED: (ReferralState.DONE, ReferralState.REVOKED),
    ReferralState.REJECTED: (ReferralState.DONE,),
    ReferralState.DONE: (),
    ReferralState.REVOKED: (),
}


def _m(template: str, **params: object) -> Message:
    """A sentence the window translates (Qt Linguist context "Transfer")."""
    return Message("Transfer", template, **params)


@dataclass(frozen=True)
class ReferralRequest:
    case_id: str
    partner: str  # the partner's id, name or fingerprint
    purpose: ConsentPurpose
    sections: Sequence[str] = ()
    note: str | None = None
    override_reason: str | None = None  # going on without a valid consent


@dataclass(frozen=True)
class Prepared:
    """A referral checked and ready to send."""

    request: ReferralRequest
    partner: PartnerView
    sections: tuple[str, ...]
    consent: ConsentAnswer
    case: dict[str, Any]  # the case as it will go (only the chosen sections)
    consent_record: dict[str, Any] | None

    @property
    def overridden(self) -> bool:
        return not self.consent.covered


@dataclass(frozen=True)
class Sent:
    referral_id: str
    bundle_id: str
    path: Path
    size: int


@dataclass(frozen=True)
class ReferralView:
    id: str
    case_id: str | None
    reference: str | None
    partner: str
    direction: ReferralDirection
    purpose: ConsentPurpose
    sections: tuple[str, ...]
    state: ReferralState
    sent_at: datetime | None
    answer_due_on: date | None
    answered_at: datetime | None
    answer_note: str | None
    bundle_id: str
    overridden: bool


def answer_days(db: Database) -> int:
    from guardian_desk.storage import repositories as repo

    with db.reading() as session:
        stored = repo.state_value(session, ANSWER_STATE)
    return int(stored) if stored and stored.isdigit() else ANSWER_DAYS


def set_answer_days(db: Database, days: int) -> None:
    from guardian_desk.services.transfer.partners import require_directory
    from guardian_desk.storage import repositories as repo

    require_directory(db)
    if not 1 <= days <= 365:
        raise ValidationError(_m("The days a partner has to answer must be from 1 to 365."))
    with db.unit_of_work() as session:
        repo.set_state_value(session, ANSWER_STATE, str(days))
        audit.record(session, "referral answer days changed", detail={"days": days})


def _looked_up(
    db: Database, request: ReferralRequest, day: date
) -> tuple[PartnerView, tuple[str, ...], dict[str, Any], ConsentAnswer]:
    """The partner, the sections, the whole case and the consent answer of a referral."""
    from guardian_desk.services.cases import open_case

    access.require(db, "transfer", case_id=request.case_id)
    access.require_case(db, request.case_id, "transfer")
    partner = find_partner(db, request.partner)
    if partner.status == PartnerStatus.REVOKED:
        raise ValidationError(
            _m("{partner} was revoked: nothing is sent to it.", partner=partner.name)
        )
    if partner.status != PartnerStatus.CONFIRMED:
        raise ValidationError(
            _m(
                "Confirm {partner}'s fingerprint with them by telephone before sending a case "
                "(Partners › Confirm).",
                partner=partner.name,
            )
        )
    try:
        sections = tuple(check_sections(request.purpose, list(request.sections)))
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    case = open_case(db, request.case_id, whole=True).case
    held = protection.paused(case, "transfer")
    if held is not None:  # no override: the child's safety comes before any consent
        access.deny(db, "send a case while sharing is paused", case_id=request.case_id,
                    message=held)  # fmt: skip
    recipient = Recipient(partner.name, OrganisationKind(partner.kind))
    answer = covering_consent(case.get("consents") or [], request.purpose, recipient, sections, day)
    return partner, sections, case, answer


def consent_for(db: Database, request: ReferralRequest, on: date | None = None) -> ConsentAnswer:
    """Whether a consent covers the referral as chosen so far, and which (for the window to
    say so while the person chooses; nothing is refused or written here).

    Raises:
        AccessDeniedError: the role may not transfer, or the case is out of scope.
        ValidationError: the partner is not confirmed, a section or purpose is wrong.
    """
    return _looked_up(db, request, on or date.today())[3]


def prepare_referral(db: Database, request: ReferralRequest, on: date | None = None) -> Prepared:
    """Check a referral and say what will go.

    Raises:
        AccessDeniedError: the role may not transfer, the case is out of scope, a restricted
            section is not the role's to read, or no consent covers it (and no override).
        ValidationError: a wrong section or purpose, a partner not confirmed or revoked, a
            reason too short.
        NotFoundError: no such partner or case.
    """
    partner, sections, case, answer = _looked_up(db, request, on or date.today())
    unreadable = [s for s in sections if not access.may_read(db, s)]
    if unreadable:
        access.deny(
            db,
            "send a restricted section",
            case_id=request.case_id,
            detail={"sections": unreadable},
            message="Your role may not send "
            + ", ".join(SECTION_NAMES[s] for s in unreadable)
            + ": only a role that may read a section may send it.",
        )
    if not answer.covered:
        reason = (request.override_reason or "").strip()
        if not reason:
            access.deny(
                db,
                "send a case without consent",
                case_id=request.case_id,
                message=str(answer.refusal()),
            )
        if not access.may(db, "override_consent"):
            access.deny(db, "override_consent", case_id=request.case_id)
        if len(reason) < SHORTEST_REASON:
            raise ValidationError(
                _m(
                    "Write why the case goes without consent (at least {count} characters): "
                    "the audit log keeps it.",
                    count=SHORTEST_REASON,
                )
            )
    record = next((c for c in case.get("consents") or [] if c["id"] == answer.consent_id), None)
    # A restricted section (RESTRICTED_SECTIONS) goes only when the role reads it (above)
    # and the consent names it (covering_consent), or with the override's written reason.
    sent = access.only_sections(case, sections)
    # Our own follow-up tasks of earlier referrals are ours, not the partner's.
    sent["deadlines"] = [
        d for d in sent.get("deadlines") or [] if not str(d.get("rule_id")).startswith(FOLLOW_UP)
    ]
    return Prepared(request, partner, sections, answer, sent, record)


def send_referral(db: Database, prepared: Prepared, path: Path, on: date | None = None) -> Sent:
    """Write the referral's bundle to ``path`` (whole or not at all) and record it as sent,
    with a task due when the partner's answer is.

    Raises:
        FileWriteError: the file cannot be written; nothing is recorded.
    """
    from guardian_desk.files import staged_file
    from guardian_desk.services.exchange import FORMAT, FORMAT_VERSION
    from guardian_desk.services.records import (
        attachment_items,
        referenced_attachments,
        referenced_team,
        team_items,
    )

    day = on or date.today()
    request, partner = prepared.request, prepared.partner
    own = cards.own_card(db)
    with db.reading() as session:
        team = team_items(session, sorted(referenced_team([prepared.case])))
        files = attachment_items(session, sorted(referenced_attachments([prepared.case])))
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"Guardian Desk {__version__}",
        "team": team,
        "attachments": files,
        "cases": [prepared.case],
    }
    bundle_id = str(uuid.uuid4())
    due = day + timedelta(days=answer_days(db))
    person = db.person
    override = (
        {"reason": request.override_reason, "by": person.username if person else None}
        if prepared.overridden
        else None
    )
    content = {
        "kind": "referral",
        "referral": {
            "purpose": request.purpose.value,
            "sections": list(prepared.sections),
            "note": request.note,
            "answer_by": due.isoformat(),
        },
        "consent": prepared.consent_record,
        "override": override,
        "sender_card": own.text(),
        "audit_checkpoint": audit.take_checkpoint(db).text(),
        "document": document,
    }
    manifest = {
        "id": bundle_id,
        "kind": "referral",
        "sender": {"name": own.name, "key": own.verify_key},
        "recipient": {"name": partner.name, "fingerprint": partner.fingerprint},
        "case_id": request.case_id,
        "consent": prepared.consent.consent_id or "override",
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    data = bundles.write_bundle(manifest, content, partner.age_recipient, cards.signing_key(db))
    with staged_file(path, data, "The bundle") as put_in_place, db.unit_of_work() as session:
        follow_up = m.Deadline(
            case_id=request.case_id,
            title=f"Referral to {partner.name} unanswered: ask whether they received it",
            task=True,
            due_on=due,
            source=DeadlineSource.MANUAL,
            rule_id=FOLLOW_UP + bundle_id,
            explanation=f"The referral sent on {day.isoformat()} asked for an answer by "
            f"{due.isoformat()}.",
            status=DeadlineStatus.OPEN,
        )
        session.add(follow_up)
        session.flush()
        referral = m.Referral(
            case_id=request.case_id,
            partner_id=partner.id,
            direction=ReferralDirection.OUTGOING,
            purpose=request.purpose,
            sections=list(prepared.sections),
            consent_id=prepared.consent.consent_id,
            override_reason=request.override_reason if prepared.overridden else None,
            state=ReferralState.SENT,
            bundle_id=bundle_id,
            made_by=person.username if person else None,
            sent_at=datetime.now(UTC),
            answer_due_on=due,
            note=request.note,
            follow_up_id=follow_up.id,
        )
        session.add(referral)
        session.flush()
        detail: dict[str, Any] = {
            "partner": partner.name,
            "purpose": request.purpose.value,
            "sections": list(prepared.sections),
            "bundle": bundle_id,
            "consent": prepared.consent.consent_id,
        }
        if prepared.overridden:
            audit.record(
                session,
                "consent overridden",
                case_id=request.case_id,
                detail={"reason": request.override_reason, "partner": partner.name},
            )
        audit.record(session, "case referred", case_id=request.case_id, detail=detail)
        session.flush()
        put_in_place()
        return Sent(referral.id, bundle_id, path, len(data))


def list_referrals(db: Database, case_id: str | None = None) -> list[ReferralView]:
    """The referrals sent and received (of one case), newest first, within the person's
    record scope."""
    with db.reading() as session:
        query = (
            select(m.Referral, m.Partner.name, m.Case.reference)
            .join(m.Partner, m.Partner.id == m.Referral.partner_id)
            .outerjoin(m.Case, m.Case.id == m.Referral.case_id)
            .order_by(m.Referral.created_at.desc())
        )
        if case_id is not None:
            query = query.where(m.Referral.case_id == case_id)
        rows = session.execute(query).all()
        found = [_view(r, name, ref) for r, name, ref in rows]
    visible = set(access.cases_in_scope(db, [f.case_id for f in found if f.case_id]))
    return [f for f in found if f.case_id is None or f.case_id in visible]


def _view(row: m.Referral, partner: str, reference: str | None) -> ReferralView:
    return ReferralView(
        row.id,
        row.case_id,
        reference,
        partner,
        row.direction,
        row.purpose,
        tuple(row.sections or []),
        row.state,
        row.sent_at,
        row.answer_due_on,
        row.answered_at,
        row.answer_note,
        row.bundle_id,
        bool(row.override_reason),
    )


def move_referral(
    db: Database, referral_id: str, state: ReferralState, note: str | None = None
) -> ReferralView:
    """Move a referral to ``state`` by a person's hand (the partner answered by telephone,
    the work is done, the sender revokes it), when the state allows it.

    Raises:
        ValidationError: the move is not one the referral's state allows.
    """
    access.require(db, "transfer")
    with db.unit_of_work() as session:
        row = session.get(m.Referral, referral_id)
        if row is None:
            raise NotFoundError(_m("This referral no longer exists."))
        _move(session, row, state, note)
        partner = session.get(m.Partner, row.partner_id)
        case = session.get(m.Case, row.case_id) if row.case_id else None
        reference = case.reference if case is not None else None
        return _view(row, partner.name if partner else "", reference)


def _move(session: Any, row: m.Referral, state: ReferralState, note: str | None) -> None:
    if state not in NEXT_STATES[row.state]:
        raise ValidationError(
            _m(
                "A referral that is {state} cannot become {new}.",
                state=row.state.value.replace("_", " "),
                new=state.value.replace("_", " "),
            )
        )
    row.state = state
    if state in (ReferralState.ACCEPTED, ReferralState.REJECTED):
        row.answered_at = datetime.now(UTC)
        row.answer_note = note
    if row.follow_up_id and state != ReferralState.SENT:
        task = session.get(m.Deadline, row.follow_up_id)
        if task is not None and task.status == DeadlineStatus.OPEN:
            task.status = DeadlineStatus.DONE
            task.completed_on = date.today()
    audit.record(
        session,
        "referral moved",
        case_id=row.case_id,
        detail={"referral": row.id, "state": state.value, "note": note},
    )
