"""The directory of partner organisations and their pinned keys.

- A card read for the first time **pins** the partner's keys (status "pinned"): bundles can
  be sealed to it but none of its bundles is taken in until a person has read the
  fingerprint to the partner by telephone and **confirmed** it.
- A new card of a known partner (same name, or signed by its pinned key) whose keys differ:
  signed by the pinned key, it replaces the keys at once (the old verification key is
  retired); not signed by it, it waits (``next_*``) and nothing changes until a person
  confirms its fingerprint again.
- A partner **revoked** is sent nothing and nothing of it is taken in.

Every change is written in the audit log; only a role with the "transfer" action changes the
directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select

from guardian_desk.domain.enums import PartnerStatus
from guardian_desk.domain.text import fold
from guardian_desk.errors import Message, NotFoundError, ValidationError
from guardian_desk.services import access, audit
from guardian_desk.services.transfer.cards import Card, fingerprint, key_id
from guardian_desk.storage import models as m
from guardian_desk.storage.database import Database


@dataclass(frozen=True)
class PartnerView:
    id: str
    name: str
    country: str | None
    kind: str
    contact: str | None
    status: PartnerStatus
    fingerprint: str
    age_recipient: str
    verify_key: str
    pinned_at: datetime
    confirmed_at: datetime | None
    confirmed_by: str | None
    next_fingerprint: str | None  # a new key waiting to be confirmed

    @property
    def usable(self) -> bool:
        return self.status == PartnerStatus.CONFIRMED


@dataclass(frozen=True)
class CardOutcome:
    partner: PartnerView
    # "added", "unchanged", "pinned again" (a revoked partner's same card), "keys replaced"
    # (signed by the pinned key), "keys to confirm" (signed, but the partner was revoked),
    # "keys waiting" (not signed by the pinned key)
    what: str


def _m(template: str, **params: object) -> Message:
    """A sentence the window translates (Qt Linguist context "Transfer")."""
    return Message("Transfer", template, **params)


def _view(row: m.Partner) -> PartnerView:
    waiting = None
    if row.next_age_recipient and row.next_verify_key:
        waiting = fingerprint(row.next_age_recipient, row.next_verify_key)
    return PartnerView(
        row.id,
        row.name,
        row.country,
        row.kind.value,
        row.contact,
        row.status,
        fingerprint(row.age_recipient, row.verify_key),
        row.age_recipient,
        row.verify_key,
        row.pinned_at,
        row.confirmed_at,
        row.confirmed_by,
        waiting,
    )


def require_directory(db: Database) -> None:
    """Go on only for a role that sends cases to partners, or one that manages the
    organisation's people (an IT administrator sets up the card and the partners).

    Raises:
        AccessDeniedError: neither (written in the audit log).
    """
    if not (access.may(db, "transfer") or access.may(db, "manage_users")):
        access.deny(db, "transfer")


def list_partners(db: Database) -> list[PartnerView]:
    with db.reading() as session:
        rows = session.scalars(select(m.Partner).order_by(m.Partner.name)).all()
        return [_view(r) for r in rows]


def find_partner(db: Database, text: str) -> PartnerView:
    """The partner named (folded, so accents and case do not matter) or with this id, or
    whose fingerprint begins with ``text``.

    Raises:
        NotFoundError: none, or more than one.
    """
    wanted = fold(" ".join(text.split()))
    found = [
        p
        for p in list_partners(db)
        if p.id == text
        or fold(p.name) == wanted
        or (len(text) >= 4 and p.fingerprint.replace("-", "").startswith(text.replace("-", "")))
    ]
    if len(found) != 1:
        raise NotFoundError(
            "No partner organisation has this name or fingerprint."
            if not found
            else "Several partner organisations match; give the fingerprint."
        )
    return found[0]


def by_verify_key(db: Database, verify_key: str) -> tuple[PartnerView, str] | None:
    """The partner whose card has this verification key, and how it stands for it: "current",
    "waiting" (not yet confirmed) or "retired"."""
    with db.reading() as session:
        rows = session.scalars(
            select(m.Partner).where(
                or_(m.Partner.verify_key == verify_key, m.Partner.next_verify_key == verify_key)
            )
        ).all()
        if not rows:  # retired keys are few per partner: look them up in Python
            rows = [
                r
                for r in session.scalars(select(m.Partner)).all()
                if verify_key in (r.retired_keys or [])
            ]
            return (_view(rows[0]), "retired") if rows else None
        row = rows[0]
        return _view(row), "current" if row.verify_key == verify_key else "waiting"


def add_card(db: Database, card: Card, *, notes: str | None = None) -> CardOutcome:
    """Pin a new partner's card, or take a known partner's new card (see the module).

    Raises:
        AccessDeniedError: the role may not transfer cases.
        ValidationError: the card is our own.
    """
    from guardian_desk.services.transfer.cards import own_card_key

    require_directory(db)
    if card.verify_key == own_card_key(db):
        raise ValidationError(_m("This is your own organisation's card, not a partner's."))
    now = datetime.now(UTC)
    with db.unit_of_work() as session:
        rows = session.scalars(select(m.Partner)).all()
        known = next((r for r in rows if r.verify_key == card.verify_key), None)
        if known is None and card.previous_key:
            known = next((r for r in rows if r.verify_key == card.previous_key), None)
        if known is None:
            known = next((r for r in rows if fold(r.name) == fold(card.name)), None)
        if known is None:
            row = m.Partner(
                name=card.name,
                country=card.country,
                kind=card.kind,
                contact=card.contact,
                status=PartnerStatus.PINNED,
                age_recipient=card.age_recipient,
                verify_key=card.verify_key,
                pinned_at=now,
                notes=notes,
            )
            session.add(row)
            session.flush()
            what = "added"
        elif known.verify_key == card.verify_key and known.age_recipient == card.age_recipient:
            row, what = known, "unchanged"
            row.name, row.country, row.contact = card.name, card.country, card.contact
            if row.status == PartnerStatus.REVOKED:  # trusted anew: confirmed again first
                row.status, what = PartnerStatus.PINNED, "pinned again"
                row.retired_keys = [k for k in row.retired_keys or [] if k != card.verify_key]
                row.confirmed_at = row.confirmed_by = None
        elif card.previous_key == known.verify_key and known.status != PartnerStatus.REVOKED:
            row, what = known, "keys replaced"
            row.retired_keys = [*(row.retired_keys or []), row.verify_key]
            row.age_recipient, row.verify_key = card.age_recipient, card.verify_key
            row.next_age_recipient = row.next_verify_key = None
            row.name, row.country, row.contact = card.name, card.country, card.contact
        else:
            # Not signed by the pinned key, or a revoked partner's: confirmed by telephone
            # first, whoever signed it.
            signed = card.previous_key == known.verify_key
            row, what = known, "keys to confirm" if signed else "keys waiting"
            row.next_age_recipient, row.next_verify_key = card.age_recipient, card.verify_key
        audit.record(
            session,
            f"partner card {what}",
            detail={"partner": row.name, "key": key_id(card.verify_key)},
        )
        return CardOutcome(_view(row), what)


def confirm_partner(db: Database, partner_id: str, fingerprint_read: str) -> PartnerView:
    """Confirm a partner's keys (the waiting ones, when a new card waits) after reading the
    fingerprint with the partner: the fingerprint read must be the card's.

    Raises:
        ValidationError: the fingerprint differs (nothing changes; the refusal is audited).
    """
    require_directory(db)
    said = "".join(fingerprint_read.upper().split()).replace("-", "")
    with db.reading() as session:
        row = _row(session, partner_id)
        name, waiting = row.name, bool(row.next_age_recipient and row.next_verify_key)
        revoked = row.status == PartnerStatus.REVOKED
        expected = (
            fingerprint(row.next_age_recipient or "", row.next_verify_key or "")
            if waiting
            else fingerprint(row.age_recipient, row.verify_key)
        )
    if revoked and not waiting:
        raise ValidationError(_m("This partner was revoked; read its card again to trust it anew."))
    if said != expected.replace("-", ""):
        with db.unit_of_work() as session:
            audit.record(session, "partner confirmation refused", detail={"partner": name})
        raise ValidationError(
            _m(
                "The fingerprint read does not match the card's: do not trust this card; "
                "ask the partner for a new one. Nothing was changed."
            )
        )
    with db.unit_of_work() as session:
        row = _row(session, partner_id)
        if waiting:
            row.retired_keys = [*(row.retired_keys or []), row.verify_key]
            row.age_recipient = row.next_age_recipient or row.age_recipient
            row.verify_key = row.next_verify_key or row.verify_key
            row.next_age_recipient = row.next_verify_key = None
        row.status = PartnerStatus.CONFIRMED
        row.confirmed_at = datetime.now(UTC)
        person = db.person
        row.confirmed_by = person.username if person else None
        audit.record(
            session,
            "partner confirmed",
            detail={"partner": row.name, "key": key_id(row.verify_key)},
        )
        return _view(row)


def revoke_partner(db: Database, partner_id: str, reason: str) -> PartnerView:
    """Stop trusting a partner's keys: nothing is sent to it or taken from it any more."""
    require_directory(db)
    if len(reason.strip()) < 5:
        raise ValidationError(_m("Say why the partner is revoked (at least 5 characters)."))
    with db.unit_of_work() as session:
        row = _row(session, partner_id)
        row.status = PartnerStatus.REVOKED
        row.retired_keys = [*(row.retired_keys or []), row.verify_key]
        audit.record(session, "partner revoked", detail={"partner": row.name, "reason": reason})
        return _view(row)


def _row(session: Any, partner_id: str) -> m.Partner:
    row = session.get(m.Partner, partner_id)
    if row is None:
        raise NotFoundError(_m("This partner organisation no longer exists."))
    return row
