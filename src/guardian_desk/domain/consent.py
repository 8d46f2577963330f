"""Consent and legitimate basis: does a recorded consent allow this disclosure?

A disclosure (a referral to a partner organisation) has a **purpose**, a **recipient** (one
organisation, known by its name and its kind) and the **sections** of the case it carries. A
consent covers it when, on the day:

- it has been given (``given_on`` not after the day) and is neither expired nor withdrawn;
- its purpose is the disclosure's, or "disclosure" (any disclosure to that recipient);
- it names the recipient: the organisation by name (folded, so "Médecins du Monde" and
  "medecins du monde" are one), or the organisation's kind;
- it names every section sent (a consent without sections covers none: what it covers was
  never recorded);
- where it is not consent but a legitimate basis, the basis has its reason.

The answer says which consent covers it, or, for each recorded consent, why not, in words a
clerk understands (and the window translates: context "Consent").

Each purpose of a referral has the **minimum** sections it needs (:data:`MINIMUM_SECTIONS`);
the person may add others, and the sections holding the child's views, health and
protection (:data:`RESTRICTED_SECTIONS`) go only with the role's grant to read them and a
consent that names them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from guardian_desk.domain.enums import ConsentPurpose, LegalBasis, OrganisationKind
from guardian_desk.domain.roles import SECTIONS
from guardian_desk.domain.text import fold
from guardian_desk.errors import Message

# The purposes a case may be referred for, and the sections each needs at least.
MINIMUM_SECTIONS: Mapping[ConsentPurpose, tuple[str, ...]] = {
    ConsentPurpose.LEGAL_REPRESENTATION: ("identity", "proceedings", "documents"),
    ConsentPurpose.GUARDIANSHIP: ("identity", "guardians", "proceedings", "documents"),
    ConsentPurpose.CARE: ("identity", "guardians"),
    ConsentPurpose.FAMILY_TRACING: ("identity", "family"),
    ConsentPurpose.SERVICES: ("identity", "services"),
}
REFERRAL_PURPOSES: tuple[ConsentPurpose, ...] = tuple(MINIMUM_SECTIONS)
# The sections that go only with the grant to read them and a consent naming them.
RESTRICTED_SECTIONS: tuple[str, ...] = ("views", "health", "protection")
EXPIRY_NOTICE_DAYS = 14  # the task to renew an expiring consent is due this many days ahead
SHORTEST_REASON = 20  # characters of a written reason (a legitimate basis, an override)


def _m(template: str, **params: object) -> Message:
    return Message("Consent", template, **params)


@dataclass(frozen=True)
class Recipient:
    """The organisation a disclosure goes to."""

    name: str
    kind: OrganisationKind


@dataclass(frozen=True)
class ConsentAnswer:
    """Which consent covers a disclosure (``consent_id``), or why none does (``reasons``,
    one per consent recorded, or one saying none is)."""

    consent_id: str | None
    basis: LegalBasis | None
    reasons: tuple[Message, ...] = ()

    @property
    def covered(self) -> bool:
        return self.consent_id is not None

    def refusal(self) -> Message:
        """One sentence for the person: why the disclosure cannot go."""
        why = _joined(self.reasons) if self.reasons else ""
        return _m(
            "No valid consent or legitimate basis covers this disclosure ({why}). Record one "
            "in the case's Consents, or go on with a written reason if your role may.",
            why=why,
        )


def _joined(reasons: Sequence[Message]) -> Message:
    """Several reasons as one, each still translated in the window."""
    if len(reasons) == 1:
        return reasons[0]
    return _m("{first}; {rest}", first=reasons[0], rest=_joined(reasons[1:]))


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def names_recipient(consent: Mapping[str, Any], recipient: Recipient) -> bool:
    kind = consent.get("recipient_kind")
    if kind and OrganisationKind(kind) == recipient.kind:
        return True
    named = str(consent.get("recipient") or "")
    return bool(named.strip()) and fold(named).split() == fold(recipient.name).split()


def why_not(
    consent: Mapping[str, Any],
    purpose: ConsentPurpose,
    recipient: Recipient,
    sections: Sequence[str],
    on: date,
) -> Message | None:
    """Why this consent does not cover the disclosure, or None when it does."""
    basis = LegalBasis(consent.get("basis") or LegalBasis.CONSENT)
    given_on, expires_on = _day(consent.get("given_on")), _day(consent.get("expires_on"))
    withdrawn_on = _day(consent.get("withdrawn_on"))
    if basis == LegalBasis.CONSENT:
        if given_on is None or not consent.get("given_by"):
            return _m("a consent has no date or no one who gave it")
        if given_on > on:
            return _m("a consent is dated {day}, after this day", day=given_on.isoformat())
    elif len(str(consent.get("legal_basis") or "").strip()) < SHORTEST_REASON:
        return _m("a legitimate basis is recorded without its reason")
    if withdrawn_on is not None and withdrawn_on <= on:
        return _m("a consent was withdrawn on {day}", day=withdrawn_on.isoformat())
    if expires_on is not None and expires_on < on:
        return _m("a consent expired on {day}", day=expires_on.isoformat())
    given_for = ConsentPurpose(consent.get("purpose") or ConsentPurpose.OTHER)
    if given_for not in (purpose, ConsentPurpose.DISCLOSURE):
        return _m("a consent is for another purpose")
    if not names_recipient(consent, recipient):
        return _m("a consent names another recipient")
    covered = set(consent.get("sections") or [])
    if not covered:
        return _m("a consent does not say which sections it covers")
    missing = [s for s in sections if s not in covered]
    if missing:
        return _m("a consent does not cover {sections}", sections=", ".join(missing))
    return None


def covering_consent(
    consents: Iterable[Mapping[str, Any]],
    purpose: ConsentPurpose,
    recipient: Recipient,
    sections: Sequence[str],
    on: date,
) -> ConsentAnswer:
    """The consent (or legitimate basis) recorded for the case that covers the disclosure,
    the one expiring last when several do; else why none does."""
    reasons: list[Message] = []
    found: list[Mapping[str, Any]] = []
    for consent in consents:
        reason = why_not(consent, purpose, recipient, sections, on)
        if reason is None:
            found.append(consent)
        elif reason not in reasons:
            reasons.append(reason)
    if found:
        best = max(found, key=lambda c: _day(c.get("expires_on")) or date.max)
        return ConsentAnswer(str(best["id"]), LegalBasis(best.get("basis") or "consent"))
    if not reasons:
        reasons.append(_m("none is recorded for this case"))
    return ConsentAnswer(None, None, tuple(reasons))


def check_sections(purpose: ConsentPurpose, sections: Sequence[str]) -> list[str]:
    """The sections to send, in the order of ``domain/roles.SECTIONS``: at least the
    purpose's minimum.

    Raises:
        ValueError: a name that is not a section, or a purpose cases are not referred for.
    """
    if purpose not in MINIMUM_SECTIONS:
        raise ValueError(f"A case is not referred for the purpose '{purpose}'.")
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise ValueError(f"'{unknown[0]}' is not a section of a case.")
    chosen = set(sections) | set(MINIMUM_SECTIONS[purpose])
    return [s for s in SECTIONS if s in chosen]
