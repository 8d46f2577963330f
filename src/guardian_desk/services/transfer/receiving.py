"""Receiving a bundle: every check first, then the person's choice, then one transaction.

:func:`open_bundle` reads a bundle and checks, in this order, without writing anything but
the refusal in the audit log: that it is a bundle of a format this version reads; that it is
addressed to us; that its sender's key is a confirmed partner's current key (an unknown,
unconfirmed, retired or revoked key is refused); the signature and the ciphertext's sum
(one changed byte, a cut file); that it was not received before (a replay); that it opens
with our key; for a referral, that the consent it was sent under is still valid, that the
person's role may take in the sections it carries, and that the case is valid as an import.

Then the **review** (:class:`Arrival`): a case whose id is already here is an update, shown
field by field (:func:`differences`); otherwise the closest existing cases are proposed
(``matching.py``). The person takes it in as new, merges it into one of them (field by field,
each difference accepted or the stored value kept), or refuses it (:func:`take_in`). Nothing
is written before that choice; the choice, the bundle's receipt and the incoming referral are
written together, and audited. :func:`make_receipt` then writes the answer for the sender.

A receipt bundle moves the sender's referral to accepted or rejected.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select

from guardian_desk.domain.consent import Recipient, why_not
from guardian_desk.domain.enums import (
    ConsentPurpose,
    PartnerStatus,
    ReferralDirection,
    ReferralState,
)
from guardian_desk.domain.roles import SECTION_NAMES
from guardian_desk.errors import Message, ValidationError
from guardian_desk.services import access, audit, documents
from guardian_desk.services.transfer import bundles, cards
from guardian_desk.services.transfer.bundles import BundleError
from guardian_desk.services.transfer.matching import Candidate, duplicate_candidates
from guardian_desk.services.transfer.partners import PartnerView, by_verify_key
from guardian_desk.storage import models as m
from guardian_desk.storage.database import Database
from guardian_desk.storage.tree import CASE, Node

MAX_BUNDLE_BYTES = 2 * 1024**3
_NOT_COMPARED = {"id", "created_at", "updated_at", "version"}

Choice = Literal["new", "merge", "refuse"]


def _m(template: str, **params: object) -> Message:
    """A sentence the window translates (Qt Linguist context "Transfer")."""
    return Message("Transfer", template, **params)


@dataclass(frozen=True)
class Difference:
    """One difference between the stored case and the incoming one: a field's value
    (``field`` set), or a record the stored case does not have (``field`` None)."""

    key: str  # stable: "child/<id>/given_names", "documents/<id>"
    part: str
    record_id: str
    field: str | None
    old: Any
    new: Any


@dataclass(frozen=True)
class Arrival:
    """A bundle opened and checked; nothing taken in yet."""

    bundle_id: str
    kind: str
    partner: PartnerView
    manifest: dict[str, Any]
    content: dict[str, Any]
    case: dict[str, Any] | None = None
    stored_case_id: str | None = None  # the same case is already here: an update
    candidates: tuple[Candidate, ...] = ()
    hidden_candidates: int = 0  # alike cases outside the person's record scope
    sections: tuple[str, ...] = ()
    purpose: ConsentPurpose | None = None
    override_reason: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    choice: str
    case_id: str | None
    referral_id: str | None
    accepted: int = 0  # differences taken
    kept: int = 0  # differences left as stored


def _refuse(db: Database, message: str, detail: dict[str, Any] | None = None) -> BundleError:
    """The refusal, written in the audit log (no personal data: the bundle's id at most)."""
    if db.damaged is None:
        with db.unit_of_work() as session:
            audit.record(session, "bundle refused", detail={"why": message, **(detail or {})})
    return BundleError(message)


def open_bundle(db: Database, path: Path, on: date | None = None) -> Arrival:
    """Read and check a bundle file; see the module for the checks.

    Raises:
        BundleError: one sentence; nothing was changed (the refusal is audited).
        AccessDeniedError: the person's role may not receive cases.
    """
    day = on or date.today()
    access.require(db, "transfer")
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise _refuse(db, _m("This bundle is too large to be one. Nothing was changed."))
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError(
            _m("{file} cannot be read: {why}.", file=path.name, why=exc.strerror)
        ) from None
    try:
        opened = bundles.read_bundle(raw)
    except BundleError as exc:
        raise _refuse(db, str(exc)) from None
    manifest = opened.manifest
    ids = {"bundle": str(manifest.get("id"))[:36]}
    recipient = manifest.get("recipient") or {}
    if recipient.get("fingerprint") not in cards.own_fingerprints(db):
        raise _refuse(
            db,
            _m(
                "This bundle is addressed to another organisation, not to yours. Nothing was "
                "changed."
            ),
            ids,
        )
    partner = _sender(db, opened.sender_key, ids)
    try:
        bundles.check_signature(opened, opened.sender_key)
    except BundleError as exc:
        raise _refuse(db, str(exc), ids) from None
    with db.reading() as session:
        earlier = session.get(m.ReceivedBundle, str(manifest.get("id")))
        when = earlier.received_at.date().isoformat() if earlier else None
    if when is not None:
        raise _refuse(
            db,
            _m("This bundle was already received on {day}; it is not taken in twice.", day=when),
            ids,
        )
    try:
        content = bundles.open_content(opened, cards.age_identities(db))
    except BundleError as exc:
        raise _refuse(db, str(exc), ids) from None
    kind = str(manifest["kind"])
    if kind == "receipt":
        return Arrival(str(manifest["id"]), kind, partner, manifest, content)
    return _referral_arrival(db, opened.manifest, content, partner, day, ids)


def _sender(db: Database, key: str, ids: dict[str, Any]) -> PartnerView:
    found = by_verify_key(db, key)
    if found is None:
        raise _refuse(
            db,
            _m(
                "This bundle comes from an organisation whose contact card you have not taken "
                "in: add its card (Partners) and confirm its fingerprint by telephone first. "
                "Nothing was changed."
            ),
            ids,
        )
    partner, standing = found
    if partner.status == PartnerStatus.REVOKED or standing == "retired":
        raise _refuse(
            db,
            _m(
                "This bundle is signed with a key of {partner} that is no longer trusted "
                "(revoked or replaced). Nothing was changed.",
                partner=partner.name,
            ),
            ids,
        )
    if standing == "waiting" or partner.status != PartnerStatus.CONFIRMED:
        raise _refuse(
            db,
            _m(
                "Confirm {partner}'s fingerprint with them by telephone before taking in what "
                "they send (Partners › Confirm). Nothing was changed.",
                partner=partner.name,
            ),
            ids,
        )
    return partner


def _referral_arrival(
    db: Database,
    manifest: dict[str, Any],
    content: dict[str, Any],
    partner: PartnerView,
    day: date,
    ids: dict[str, Any],
) -> Arrival:
    from guardian_desk.services import exchange

    try:
        referral = content["referral"]
        purpose = ConsentPurpose(referral["purpose"])
        sections = tuple(str(s) for s in referral["sections"])
        document = content["document"]
        (case,) = document["cases"]
    except (KeyError, TypeError, ValueError):
        raise _refuse(
            db, _m("This bundle's content is damaged. Nothing was changed."), ids
        ) from None
    if [s for s in sections if s not in SECTION_NAMES]:
        raise _refuse(db, _m("This bundle's content is damaged. Nothing was changed."), ids)
    override = content.get("override") or None
    consent = content.get("consent")
    if consent is None and not override:
        raise _refuse(
            db, _m("This bundle carries no consent or legitimate basis: it is not taken in."), ids
        )
    details = cards.profile(db)
    if details is None:
        raise _refuse(
            db,
            _m(
                "Give your organisation's name first (Partners page, or guardian-desk "
                "organisation --name NAME): a consent names who may receive the case."
            ),
            ids,
        )
    if consent is not None:
        us = Recipient(details.name, details.kind)
        problem = why_not(consent, purpose, us, sections, day)
        if problem is not None:
            raise _refuse(
                db,
                _m(
                    "The consent this case was sent under is not valid ({problem}): ask "
                    "{partner} to send it again with a valid one. Nothing was changed.",
                    problem=problem,
                    partner=partner.name,
                ),
                ids,
            )
    unwritable = [s for s in sections if not access.may_write(db, s)]
    if unwritable:
        names = ", ".join(SECTION_NAMES[s] for s in unwritable)
        raise _refuse(
            db,
            _m(
                "This case carries {sections}, which your role may not take in: someone whose "
                "role may must receive it. Nothing was changed.",
                sections=names,
            ),
            ids,
        )
    case = copy.deepcopy(case)
    if consent is not None and consent.get("id") not in {c.get("id") for c in case["consents"]}:
        # The consent the case came under is kept with it, as the record of why it is here.
        case["consents"] = [*case.get("consents", []), consent]
    case_id = str(case.get("id"))
    with db.reading() as session:
        stored = session.get(m.Case, case_id) is not None
        # A case merged here before keeps the sender's records under our case's id: the
        # same child again is an update of that case.
        holder = None if stored else _holder_of(session, case)
        taken = session.scalar(select(m.Case.id).where(m.Case.reference == case["reference"]))
    replacing: set[str] = set()
    if stored or holder is not None:
        replacing = {r["id"] for _p, r in _records(CASE, case)}
    notes: list[str] = []
    if not stored and holder is None and taken is not None:
        from guardian_desk.services.cases import next_reference

        notes.append(case["reference"])  # the sender's reference, used here already
        case["reference"] = next_reference(db)
    document = {**document, "cases": [case]}
    try:
        exchange.validate_document(
            db, _with_partner_team(document, partner), "This bundle", replacing=replacing
        )
    except ValidationError as exc:
        raise _refuse(
            db,
            _m(
                "This bundle's case is not valid here ({problems}). Nothing was changed.",
                problems="; ".join(f"{p.path}: {p.message}" for p in exc.problems[:3]),
            ),
            ids,
        ) from None
    candidates: list[Candidate] = []
    hidden = 0
    if not stored and holder is None:
        with db.reading() as session:
            # Every case is looked at, so that a duplicate outside the person's record scope
            # is counted (not shown): missing it would make a second file for one child.
            session.info.pop("person", None)
            found = duplicate_candidates(session, case, limit=10)
        visible = set(access.cases_in_scope(db, [c.case_id for c in found]))
        candidates = [c for c in found if c.case_id in visible][:5]
        hidden = len([c for c in found if c.case_id not in visible])
    return Arrival(
        str(manifest["id"]),
        "referral",
        partner,
        manifest,
        content,
        case=case,
        stored_case_id=case_id if stored else holder,
        candidates=tuple(candidates),
        hidden_candidates=hidden,
        sections=sections,
        purpose=purpose,
        override_reason=(override or {}).get("reason"),
        notes=notes,
    )


def _holder_of(session: Any, case: dict[str, Any]) -> str | None:
    """The case here that holds records of the incoming case (merged here before), if one
    does."""
    for node in CASE.children:
        if node.one:
            continue
        ids = [r["id"] for r in case.get(node.key) or [] if r.get("id")]
        if not ids:
            continue
        columns = node.table.c
        if "case_id" not in columns:
            continue
        found = session.scalar(select(columns.case_id).where(columns.id.in_(ids[:500])).limit(1))
        if found is not None:
            return str(found)
    return None


def _with_partner_team(document: dict[str, Any], partner: PartnerView) -> dict[str, Any]:
    """The sender's team members come as people of the partner, not of our team: inactive,
    their office the partner's name."""
    team = [{**t, "active": False, "office": partner.name[:200]} for t in document.get("team", [])]
    return {**document, "team": team}


def _records(node: Node, item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield node.key, item
    for child in node.children:
        value = item.get(child.key)
        for record in ([value] if child.one and value else value or []) if value else []:
            yield from _records(child, record)


# --- the review -------------------------------------------------------------------------------


def differences(db: Database, arrival: Arrival, into: str | None = None) -> list[Difference]:
    """What the incoming case would change in the stored one (its update, or the case it is
    merged ``into``), field by field; records only the stored case has are kept as they are
    and not listed."""
    from guardian_desk.services.cases import open_case

    target = into or arrival.stored_case_id
    if target is None or arrival.case is None:
        return []
    stored = open_case(db, target, whole=True).case
    incoming = _rekeyed(arrival.case, stored)
    return list(_compare(CASE, stored, incoming))


def _rekeyed(incoming: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    """The incoming case with the ids of the case and child it is merged into."""
    case = copy.deepcopy(incoming)
    case["id"] = stored["id"]
    case["reference"] = stored["reference"]
    if case.get("child") and stored.get("child"):
        case["child"]["id"] = stored["child"]["id"]
    return case


def _compare(node: Node, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Difference]:
    names = [c.name for c in node.fields() if c.name not in _NOT_COMPARED]
    for name in names:
        if name in new and new.get(name) != old.get(name) and new.get(name) not in (None, "", []):
            yield Difference(
                f"{node.key}/{old['id']}/{name}", node.key, old["id"], name, old.get(name),
                new.get(name),
            )  # fmt: skip
    for child in node.children:
        if child.one:
            if new.get(child.key) and old.get(child.key):
                yield from _compare(child, old[child.key], new[child.key])
            continue
        stored = {r["id"]: r for r in old.get(child.key) or []}
        for record in new.get(child.key) or []:
            if record["id"] in stored:
                yield from _compare(child, stored[record["id"]], record)
            else:
                yield Difference(
                    f"{child.key}/{record['id']}", child.key, record["id"], None, None, record
                )


def _applied(
    node: Node, old: dict[str, Any], new: dict[str, Any], accepted: Collection[str]
) -> dict[str, Any]:
    """The stored record ``old`` with the accepted differences of ``new`` (a copy)."""
    result = copy.deepcopy(old)
    for name in [c.name for c in node.fields() if c.name not in _NOT_COMPARED]:
        if f"{node.key}/{old['id']}/{name}" in accepted and name in new:
            result[name] = copy.deepcopy(new[name])
    for child in node.children:
        if child.one:
            if new.get(child.key) and old.get(child.key):
                result[child.key] = _applied(child, old[child.key], new[child.key], accepted)
            continue
        stored = {r["id"]: r for r in old.get(child.key) or []}
        merged = [
            _applied(child, stored[r["id"]], r, accepted) if r["id"] in stored else r
            for r in new.get(child.key) or []
            if r["id"] in stored or f"{child.key}/{r['id']}" in accepted
        ]
        taken = {r["id"] for r in merged}
        result[child.key] = [
            *merged,
            *(copy.deepcopy(r) for r in old.get(child.key) or [] if r["id"] not in taken),
        ]
    return result


# --- the choice ---------------------------------------------------------------------------------


def take_in(
    db: Database,
    arrival: Arrival,
    choice: Choice,
    *,
    into: str | None = None,
    accepted: Collection[str] | None = None,
    note: str | None = None,
) -> Outcome:
    """Do what the person chose with a referral that arrived, in one transaction with the
    bundle's receipt, the incoming referral and the audit entry.

    - "new": the case is imported as a new case (refused when the same case is here: that
      is an update, taken with "merge").
    - "merge": the differences ``accepted`` (their keys; all when None) are written into the
      case ``into`` (the same case by default); the rest stays as stored.
    - "refuse": nothing of the case is written.

    Raises:
        ValidationError: a choice that does not fit the arrival.
        ConflictError: the stored case changed since the review.
    """
    if arrival.kind != "referral" or arrival.case is None:
        raise ValidationError(_m("Only a referral is taken in; a receipt is answered on opening."))
    if choice == "refuse":
        return _record_refusal(db, arrival, note)
    if choice == "new":
        if arrival.stored_case_id is not None:
            raise ValidationError(
                _m("This case is already here: take it in as an update (merge), field by field.")
            )
        return _as_new(db, arrival, note)
    target = into or arrival.stored_case_id
    if target is None:
        raise ValidationError(_m("Choose the case to merge it into."))
    access.require_case(db, target, "merge into")
    return _merged(db, arrival, target, accepted, note)


def _bookkeeping(
    db: Database,
    session: Any,
    arrival: Arrival,
    case_id: str | None,
    state: ReferralState,
    outcome: str,
) -> str:
    """The bundle's receipt and the incoming referral (in the caller's transaction)."""
    session.add(
        m.ReceivedBundle(
            bundle_id=arrival.bundle_id,
            kind="referral",
            partner_id=arrival.partner.id,
            outcome=outcome,
            case_id=case_id,
        )
    )
    consent = arrival.content.get("consent") or {}
    person = db.person.username if db.person else None
    referral = m.Referral(
        case_id=case_id,
        partner_id=arrival.partner.id,
        direction=ReferralDirection.INCOMING,
        purpose=arrival.purpose or ConsentPurpose.OTHER,
        sections=list(arrival.sections),
        consent_id=consent.get("id"),
        override_reason=arrival.override_reason,
        state=state,
        bundle_id=arrival.bundle_id,
        made_by=person,
        answered_at=datetime.now(UTC),
        note=(arrival.content.get("referral") or {}).get("note"),
    )
    session.add(referral)
    session.flush()
    return str(referral.id)


def _record_refusal(db: Database, arrival: Arrival, note: str | None) -> Outcome:
    with db.unit_of_work() as session:
        referral_id = _bookkeeping(db, session, arrival, None, ReferralState.REJECTED, "refused")
        audit.record(
            session,
            "referral refused",
            detail={"bundle": arrival.bundle_id, "partner": arrival.partner.name, "note": note},
        )
    return Outcome("refuse", None, referral_id)


def _as_new(db: Database, arrival: Arrival, note: str | None) -> Outcome:
    from guardian_desk.services import calendar
    from guardian_desk.services.cases import next_reference
    from guardian_desk.services.records import rows_for, write_rows

    document = _with_partner_team(arrival.content["document"], arrival.partner)
    case = copy.deepcopy(arrival.case or {})
    with db.reading() as session:
        taken = session.scalar(select(m.Case.id).where(m.Case.reference == case["reference"]))
    if taken is not None:
        case["reference"] = next_reference(db)
    case["deadlines"] = calendar.reconcile(case)
    with db.unit_of_work() as session:
        write_rows(
            session, document.get("team", []), document.get("attachments", []), rows_for([case])
        )
        documents.write_file_checks(session, [case])
        referral_id = _bookkeeping(
            db, session, arrival, case["id"], ReferralState.ACCEPTED, "new case"
        )
        audit.record(
            session,
            "case received",
            case_id=case["id"],
            detail={
                "bundle": arrival.bundle_id,
                "partner": arrival.partner.name,
                "as": "new",
                "note": note,
            },
        )
    return Outcome("new", case["id"], referral_id)


def _merged(
    db: Database,
    arrival: Arrival,
    target: str,
    accepted: Collection[str] | None,
    note: str | None,
) -> Outcome:
    from guardian_desk.services import calendar, exchange
    from guardian_desk.services.cases import open_case, write_changes

    opened = open_case(db, target, whole=True)
    incoming = _rekeyed(arrival.case or {}, opened.case)
    found = list(_compare(CASE, opened.case, incoming))
    chosen = {d.key for d in found} if accepted is None else set(accepted) & {d.key for d in found}
    edited = _applied(CASE, opened.case, incoming, chosen)
    document = _with_partner_team(arrival.content["document"], arrival.partner)
    exchange.validate_document(
        db,
        {**document, "cases": [edited]},
        "The merged case",
        replacing=set(opened.versions),
        action="saved",
    )
    edited["deadlines"] = calendar.reconcile(edited)
    referral_ids: list[str] = []

    def also(session: Any) -> None:
        from guardian_desk.services.records import rows_for, write_rows

        team = [t for t in document.get("team", []) if session.get(m.TeamMember, t["id"]) is None]
        if team:  # the sender's people the merged records name
            write_rows(session, team, [], rows_for([]))
        referral_ids.append(
            _bookkeeping(db, session, arrival, target, ReferralState.ACCEPTED, "merged")
        )

    write_changes(
        db,
        opened,
        edited,
        document.get("attachments", []),
        audit_action="case merged from a referral",
        audit_detail={
            "bundle": arrival.bundle_id,
            "partner": arrival.partner.name,
            "accepted": len(chosen),
            "kept": len(found) - len(chosen),
            "note": note,
        },
        also=also,
    )
    return Outcome("merge", target, referral_ids[0], len(chosen), len(found) - len(chosen))


# --- receipts ---------------------------------------------------------------------------------


def make_receipt(db: Database, referral_id: str, path: Path, note: str | None = None) -> int:
    """Write the answer to a referral that arrived (accepted when taken in, rejected when
    refused), sealed to the sender and signed; returns its size in bytes."""
    from guardian_desk.files import staged_file
    from guardian_desk.services.transfer.partners import _view

    access.require(db, "transfer")
    with db.reading() as session:
        row = session.get(m.Referral, referral_id)
        if row is None or row.direction != ReferralDirection.INCOMING:
            raise ValidationError(_m("A receipt answers a referral that arrived here."))
        partner = _view(session.get_one(m.Partner, row.partner_id))
        answers = row.bundle_id  # an incoming referral keeps the id of its bundle
        answer = "accepted" if row.state == ReferralState.ACCEPTED else "rejected"
    own = cards.own_card(db)
    bundle_id = str(uuid.uuid4())
    manifest = {
        "id": bundle_id,
        "kind": "receipt",
        "sender": {"name": own.name, "key": own.verify_key},
        "recipient": {"name": partner.name, "fingerprint": partner.fingerprint},
        "case_id": None,
        "consent": None,
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    content = {"kind": "receipt", "answers": answers, "answer": answer, "note": note}
    data = bundles.write_bundle(manifest, content, partner.age_recipient, cards.signing_key(db))
    with staged_file(path, data, "The receipt") as put_in_place, db.unit_of_work() as session:
        audit.record(
            session,
            "receipt sent",
            detail={"referral": referral_id, "answer": answer, "partner": partner.name},
        )
        session.flush()
        put_in_place()
    return len(data)


def take_receipt(db: Database, arrival: Arrival) -> str:
    """Move our referral the receipt answers to accepted or rejected; returns the state.

    Raises:
        BundleError: the receipt answers no referral we sent to that partner, or one whose
            state can no longer take an answer.
    """
    from guardian_desk.services.transfer.referrals import _move

    content = arrival.content
    answer = content.get("answer")
    state = {"accepted": ReferralState.ACCEPTED, "rejected": ReferralState.REJECTED}.get(
        str(answer)
    )
    ids = {"bundle": arrival.bundle_id}
    wanted = select(m.Referral).where(
        m.Referral.bundle_id == str(content.get("answers")),
        m.Referral.direction == ReferralDirection.OUTGOING,
        m.Referral.partner_id == arrival.partner.id,
    )
    with db.reading() as session:
        found = session.scalar(wanted)
        current = found.state if found is not None else None
    if current is None or state is None:
        raise _refuse(db, _m("This receipt answers no referral you sent to this partner."), ids)
    if state not in _next(current):
        raise _refuse(
            db,
            _m(
                "This referral is already {state}; the receipt changes nothing.",
                state=current.value.replace("_", " "),
            ),
            ids,
        )
    with db.unit_of_work() as session:
        row = session.scalar(wanted)
        assert row is not None  # read above; a referral is never deleted but with its case
        _move(session, row, state, content.get("note"))
        session.add(
            m.ReceivedBundle(
                bundle_id=arrival.bundle_id,
                kind="receipt",
                partner_id=arrival.partner.id,
                outcome=state.value,
                case_id=row.case_id,
            )
        )
        return state.value


def _next(state: ReferralState) -> tuple[ReferralState, ...]:
    from guardian_desk.services.transfer.referrals import NEXT_STATES

    return NEXT_STATES[state]
