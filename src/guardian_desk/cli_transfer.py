"""The command line's transfer commands: ``organisation``, ``partners``, ``transfer``,
``receive`` and ``referrals`` (``docs/transfer.md``). ``cli.py`` adds them and runs them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Literal

from guardian_desk.domain.enums import ConsentPurpose, OrganisationKind, ReferralState
from guardian_desk.errors import GuardianDeskError
from guardian_desk.storage.database import Database

COMMANDS = ("organisation", "partners", "transfer", "receive", "referrals")
_PURPOSES = ("legal_representation", "guardianship", "care", "family_tracing", "services")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    org = commands.add_parser(
        "organisation",
        parents=[common],
        help="your organisation's name and contact card (what partners pin)",
    )
    org.add_argument("--name", help="the organisation's name, as partners see it")
    org.add_argument("--country", metavar="CODE", help="its country (ISO 3166, e.g. DE)")
    org.add_argument("--kind", choices=[k.value for k in OrganisationKind])
    org.add_argument("--contact", help="a telephone number or address to confirm the card")
    org.add_argument("--card", type=Path, metavar="FILE", help="write the contact card here")
    org.add_argument(
        "--qr", type=Path, metavar="FILE", help="draw the card's QR code here (.png or .svg)"
    )
    org.add_argument(
        "--new-keys",
        action="store_true",
        help="replace the organisation's keys (the new card is signed by the old key; give "
        "it to every partner)",
    )
    org.add_argument(
        "--answer-days",
        type=int,
        metavar="N",
        help="days a partner has to answer a referral before a task comes due",
    )

    partners = commands.add_parser(
        "partners", parents=[common], help="partner organisations and their keys"
    )
    partners.add_argument(
        "action", choices=("list", "add", "confirm", "revoke"), nargs="?", default="list"
    )
    partners.add_argument(
        "target",
        nargs="?",
        metavar="FILE_OR_PARTNER",
        help="add: the card (text or a picture of its QR code); confirm, revoke: the partner",
    )
    partners.add_argument(
        "--fingerprint", help="confirm: the fingerprint the partner read out by telephone"
    )
    partners.add_argument("--reason", help="revoke: why")
    partners.add_argument("--json", action="store_true")

    send = commands.add_parser(
        "transfer",
        parents=[common],
        help="refer a case to a partner: a bundle signed and sealed to the partner",
    )
    send.add_argument("case", metavar="REF", help="the case's reference")
    send.add_argument("--to", required=True, metavar="PARTNER", help="the partner's name")
    send.add_argument("--purpose", required=True, choices=_PURPOSES)
    send.add_argument(
        "--section",
        action="append",
        default=[],
        metavar="SECTION",
        help="a section to send beyond the purpose's minimum (repeatable)",
    )
    send.add_argument("--note", help="a note for the partner")
    send.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="send without a valid consent (a role that may), for this written reason",
    )
    send.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    take = commands.add_parser(
        "receive",
        parents=[common],
        help="check a bundle from a partner; review it; take it in, merge it or refuse it",
    )
    take.add_argument("file", type=Path, metavar="FILE")
    choice = take.add_mutually_exclusive_group()
    choice.add_argument("--as-new", action="store_true", help="take the case in as a new case")
    choice.add_argument(
        "--merge-into",
        metavar="REF",
        help="merge it into this case (the same case by default, for an update)",
    )
    choice.add_argument("--update", action="store_true", help="merge it into the same case")
    choice.add_argument("--refuse", action="store_true", help="refuse it; nothing is written")
    take.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="KEY",
        help="when merging, keep the stored value of this difference (repeatable; the keys "
        "are listed by the review)",
    )
    take.add_argument(
        "--show",
        action="store_true",
        help="with --merge-into or --update: list the differences and their keys (for "
        "--keep); nothing is written",
    )
    take.add_argument("--note", help="a note for the audit log and the receipt")
    take.add_argument(
        "--receipt", type=Path, metavar="FILE", help="write the receipt for the sender here"
    )
    take.add_argument("--json", action="store_true", help="the review as JSON")

    listing = commands.add_parser(
        "referrals", parents=[common], help="referrals sent and received, and their states"
    )
    listing.add_argument("--case", metavar="REF")
    listing.add_argument(
        "--move",
        nargs=2,
        metavar=("ID", "STATE"),
        help="move a referral to a state (accepted, rejected, done, revoked)",
    )
    listing.add_argument("--note")
    listing.add_argument(
        "--receipt",
        metavar="ID",
        help="write the receipt of a referral received (its answer) again, to --output",
    )
    listing.add_argument("-o", "--output", type=Path, metavar="FILE")
    listing.add_argument("--json", action="store_true")


def writes(args: argparse.Namespace) -> bool:
    if args.command == "organisation":
        return bool(
            args.name or args.country or args.kind or args.contact or args.answer_days
        ) or bool(args.new_keys)
    if args.command == "partners":
        return args.action != "list"
    if args.command == "receive":
        return True  # a refusal is audited
    if args.command == "referrals":
        return bool(args.move or args.receipt)
    return True


def run(db: Database, args: argparse.Namespace) -> int:
    return {
        "organisation": _organisation,
        "partners": _partners,
        "transfer": _transfer,
        "receive": _receive,
        "referrals": _referrals,
    }[args.command](db, args)


def _organisation(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import transfer

    if args.answer_days is not None:
        transfer.set_answer_days(db, args.answer_days)
    if args.name or args.country or args.kind or args.contact:
        current = transfer.profile(db)
        name = args.name or (current.name if current else None)
        if not name:
            raise GuardianDeskError("Give the organisation's name with --name.")
        transfer.set_profile(
            db,
            transfer.Profile(
                name,
                args.country or (current.country if current else None),
                OrganisationKind(args.kind)
                if args.kind
                else (current.kind if current else OrganisationKind.LEGAL_AID),
                args.contact or (current.contact if current else None),
            ),
        )
    if args.new_keys:
        card = transfer.replace_own_keys(db)
        print("New keys: give the new card to every partner (it is signed by the old key).")
    else:
        card = transfer.own_card(db)
    if args.card:
        from guardian_desk.files import write_atomic

        write_atomic(args.card, card.text() + "\n", "The card")
    if args.qr:
        transfer.qr_code(card, args.qr)
    print(f"{card.name} ({card.country or '—'}, {card.kind.value})")
    print(f"fingerprint: {card.fingerprint}")
    print(f"answer expected within {transfer.answer_days(db)} days")
    return 0


def _partners(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import transfer

    if args.action == "list":
        found = transfer.list_partners(db)
        if args.json:
            rows = [
                {
                    "name": p.name,
                    "country": p.country,
                    "kind": p.kind,
                    "status": p.status.value,
                    "fingerprint": p.fingerprint,
                    "waiting_fingerprint": p.next_fingerprint,
                }
                for p in found
            ]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        for p in found:
            waiting = f"  new key waiting: {p.next_fingerprint}" if p.next_fingerprint else ""
            print(f"{p.name}\t{p.country or ''}\t{p.status.value}\t{p.fingerprint}{waiting}")
        if not found:
            print("No partner organisations yet: add one's card with partners add FILE.")
        return 0
    if not args.target:
        raise GuardianDeskError(f"partners {args.action} needs a card file or a partner.")
    if args.action == "add":
        outcome = transfer.add_card(db, transfer.read_card_file(Path(args.target)))
        said = {
            "added": "added and pinned; confirm its fingerprint by telephone",
            "unchanged": "already known; nothing changed",
            "pinned again": "trusted anew once you confirm its fingerprint by telephone",
            "keys replaced": "new keys, signed by the old ones: taken",
            "keys to confirm": "new keys of a revoked partner: confirm the new fingerprint by "
            "telephone before anything of theirs is taken in",
            "keys waiting": "NEW KEYS NOT SIGNED BY THE OLD ONES: confirm the new fingerprint "
            "by telephone before anything of theirs is taken in",
        }[outcome.what]
        shown = outcome.partner.next_fingerprint or outcome.partner.fingerprint
        print(f"{outcome.partner.name}: {said}.\nfingerprint: {shown}")
        return 0
    partner = transfer.find_partner(db, args.target)
    if args.action == "confirm":
        if not args.fingerprint:
            raise GuardianDeskError(
                "Read the fingerprint with the partner by telephone and give it with --fingerprint."
            )
        confirmed = transfer.confirm_partner(db, partner.id, args.fingerprint)
        print(f"{confirmed.name}: confirmed ({confirmed.fingerprint}).")
        return 0
    revoked = transfer.revoke_partner(db, partner.id, args.reason or "")
    print(f"{revoked.name}: revoked; nothing is sent to it or taken from it.")
    return 0


def _transfer(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import transfer
    from guardian_desk.services.cases import case_id_of

    case_id = case_id_of(db, args.case)
    if case_id is None:
        raise GuardianDeskError(f"No case has the reference {args.case}.")
    request = transfer.ReferralRequest(
        case_id,
        args.to,
        ConsentPurpose(args.purpose),
        tuple(args.section),
        args.note,
        args.override_reason,
    )
    prepared = transfer.prepare_referral(db, request)
    sent = transfer.send_referral(db, prepared, args.output)
    basis = (
        "without consent, for the reason given (audited)"
        if prepared.overridden
        else f"under consent {prepared.consent.consent_id}"
    )
    print(
        f"{args.case} referred to {prepared.partner.name} for {args.purpose.replace('_', ' ')} "
        f"({', '.join(prepared.sections)}), {basis}.\n"
        f"Bundle {sent.bundle_id}: {sent.path} ({sent.size} bytes). Send the file to the "
        "partner by any means: only the partner can open it."
    )
    return 0


def _receive(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import transfer
    from guardian_desk.services.cases import case_id_of

    arrival = transfer.open_bundle(db, args.file)
    if arrival.kind == "receipt":
        state = transfer.take_receipt(db, arrival)
        print(f"Receipt from {arrival.partner.name}: the referral is now {state}.")
        return 0
    into = None
    if args.merge_into:
        into = case_id_of(db, args.merge_into)
        if into is None:
            raise GuardianDeskError(f"No case has the reference {args.merge_into}.")
    chosen: Literal["new", "merge", "refuse"] | None = (
        "new"
        if args.as_new
        else "refuse"
        if args.refuse
        else "merge"
        if (args.merge_into or args.update)
        else None
    )
    if chosen is None or (args.show and chosen == "merge"):
        _print_review(db, arrival, args.json, into)
        return 0
    accepted = None
    if chosen == "merge":
        found = transfer.differences(db, arrival, into)
        accepted = [d.key for d in found if d.key not in set(args.keep)]
    outcome = transfer.take_in(db, arrival, chosen, into=into, accepted=accepted, note=args.note)
    said = {
        "new": "taken in as a new case",
        "merge": f"merged ({outcome.accepted} changes taken, {outcome.kept} kept as stored)",
        "refuse": "refused; nothing of the case was written",
    }[outcome.choice]
    print(f"From {arrival.partner.name}: {said}.")
    if args.receipt and outcome.referral_id:
        size = transfer.make_receipt(db, outcome.referral_id, args.receipt, args.note)
        print(f"Receipt for {arrival.partner.name}: {args.receipt} ({size} bytes).")
    return 0


def _print_review(db: Database, arrival: Any, as_json: bool, into: str | None = None) -> None:
    from guardian_desk.services import transfer

    child = (arrival.case or {}).get("child") or {}
    with_case = into or arrival.stored_case_id
    differences = transfer.differences(db, arrival, into) if with_case else []
    review = {
        "from": arrival.partner.name,
        "purpose": arrival.purpose.value if arrival.purpose else None,
        "sections": list(arrival.sections),
        "without_consent_reason": arrival.override_reason,
        "case": {
            "reference": (arrival.case or {}).get("reference"),
            "child": " ".join(p for p in (child.get("given_names"), child.get("family_name")) if p),
        },
        "already_here": arrival.stored_case_id is not None,
        "reference_used_here": arrival.notes[0] if arrival.notes else None,
        "differences": [
            {
                "key": d.key,
                "field": d.field,
                "old": d.old,
                "new": d.new if d.field else "new record",
            }
            for d in differences
        ],
        "candidates": [
            {"reference": c.reference, "score": round(c.score), "reasons": list(c.reasons)}
            for c in arrival.candidates
        ],
        "candidates_outside_your_scope": arrival.hidden_candidates,
    }
    if as_json:
        print(json.dumps(review, ensure_ascii=False, indent=2, default=str))
        return
    print(f"From {review['from']}, for {review['purpose']}: {', '.join(arrival.sections)}.")
    if arrival.override_reason:
        print(f"Sent WITHOUT consent, for this reason: {arrival.override_reason}")
    if arrival.notes:
        print(
            f"Its reference {arrival.notes[0]} is used here already: it would be "
            f"{(arrival.case or {}).get('reference')}."
        )
    if with_case:
        if arrival.stored_case_id:
            print(f"This case is already here: an update with {len(differences)} differences.")
        else:
            print(f"Merging it into that case would take {len(differences)} differences.")
        for d in review["differences"]:
            print(f"  {d['key']}: {d['old']!r} → {d['new']!r}")
        how = "--update" if arrival.stored_case_id else "--merge-into REF"
        print(f"Take it with {how} (--keep KEY to keep a stored value), or --refuse.")
        return
    if arrival.candidates:
        print("Cases here that may be the same child:")
        for c in arrival.candidates:
            print(f"  {c.reference}\t{round(c.score)}\t{'; '.join(c.reasons)}")
        print("Take it --as-new, --merge-into REF, or --refuse. Nothing was written.")
    else:
        print("No case here looks like the same child. Take it --as-new, or --refuse.")
    if arrival.hidden_candidates:
        print(
            f"{arrival.hidden_candidates} alike case(s) are outside the cases your role "
            "opens: ask a supervisor to review this bundle.",
            file=sys.stderr,
        )


def _referrals(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import transfer
    from guardian_desk.services.cases import case_id_of

    if args.move:
        moved = transfer.move_referral(db, args.move[0], ReferralState(args.move[1]), args.note)
        print(f"Referral {moved.id}: {moved.state.value}.")
        return 0
    if args.receipt:
        if args.output is None:
            raise GuardianDeskError("Give the receipt's file with --output FILE.")
        size = transfer.make_receipt(db, args.receipt, args.output, args.note)
        print(f"Receipt: {args.output} ({size} bytes).")
        return 0
    case_id = case_id_of(db, args.case) if args.case else None
    found = transfer.list_referrals(db, case_id)
    if args.json:
        rows = [
            {
                "id": r.id,
                "case": r.reference,
                "partner": r.partner,
                "direction": r.direction.value,
                "purpose": r.purpose.value,
                "sections": list(r.sections),
                "state": r.state.value,
                "sent_at": r.sent_at.isoformat() if r.sent_at else None,
                "answer_due_on": r.answer_due_on.isoformat() if r.answer_due_on else None,
                "without_consent": r.overridden,
            }
            for r in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in found:
        print(
            f"{r.id}\t{r.reference or '—'}\t{r.direction.value}\t{r.partner}\t"
            f"{r.purpose.value}\t{r.state.value}"
        )
    if not found:
        print("No referrals.")
    return 0
