"""Sending a case to a partner organisation and receiving one (``docs/transfer.md``):
consent by purpose and recipient (``domain/consent.py``), the organisation's keys and
contact cards (:mod:`.cards`), partners with keys pinned and confirmed (:mod:`.partners`),
signed and sealed bundles (:mod:`.bundles`), referrals and their states (:mod:`.referrals`),
bundles checked, reviewed against duplicates (:mod:`.matching`) and taken in
(:mod:`.receiving`)."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.transfer.bundles import BundleError, read_bundle
    from guardian_desk.services.transfer.cards import (
        Card,
        Profile,
        make_card,
        own_card,
        profile,
        qr_code,
        read_card,
        read_card_file,
        replace_own_keys,
        set_profile,
        signing_key,
    )
    from guardian_desk.services.transfer.matching import Candidate, duplicate_candidates
    from guardian_desk.services.transfer.partners import (
        CardOutcome,
        PartnerView,
        add_card,
        confirm_partner,
        find_partner,
        list_partners,
        revoke_partner,
    )
    from guardian_desk.services.transfer.receiving import (
        Arrival,
        Difference,
        Outcome,
        differences,
        make_receipt,
        open_bundle,
        take_in,
        take_receipt,
    )
    from guardian_desk.services.transfer.referrals import (
        NEXT_STATES,
        Prepared,
        ReferralRequest,
        ReferralView,
        Sent,
        answer_days,
        consent_for,
        list_referrals,
        move_referral,
        prepare_referral,
        send_referral,
        set_answer_days,
    )

__all__ = [
    "NEXT_STATES",
    "Arrival",
    "BundleError",
    "Candidate",
    "Card",
    "CardOutcome",
    "Difference",
    "Outcome",
    "PartnerView",
    "Prepared",
    "Profile",
    "ReferralRequest",
    "ReferralView",
    "Sent",
    "add_card",
    "answer_days",
    "confirm_partner",
    "consent_for",
    "differences",
    "duplicate_candidates",
    "find_partner",
    "list_partners",
    "list_referrals",
    "make_card",
    "make_receipt",
    "move_referral",
    "open_bundle",
    "own_card",
    "prepare_referral",
    "profile",
    "qr_code",
    "read_bundle",
    "read_card",
    "read_card_file",
    "replace_own_keys",
    "revoke_partner",
    "send_referral",
    "set_answer_days",
    "set_profile",
    "signing_key",
    "take_in",
    "take_receipt",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
