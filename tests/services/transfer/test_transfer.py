"""Two organisations, two real database files: cards exchanged and confirmed, a case referred
with its scans under a consent, received, merged into the duplicate the receiver already
had, the receipt sent back and the sender's referral moved; and every bad bundle refused
with one sentence, changing nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from guardian_desk.domain.enums import ConsentPurpose, OrganisationKind, ReferralState
from guardian_desk.errors import AccessDeniedError, ValidationError
from guardian_desk.services import audit, exchange
from guardian_desk.services.cases import case_id_of, open_case, save_case
from guardian_desk.services.transfer import bundles, cards, partners, receiving, referrals
from guardian_desk.services.transfer.bundles import BundleError
from guardian_desk.storage.database import Database, open_database

TODAY = date.today()
CASE_ID = "7a7a7a7a-0000-4000-8000-000000000001"


def _scan() -> bytes:
    """A scan as a phone takes it: a picture, here of noise (200 kB that do not compress)."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.frombytes("L", (500, 400), os.urandom(200_000)).save(buffer, format="PNG")
    return buffer.getvalue()


SCAN = _scan()


@dataclass
class Org:
    db: Database
    path: Path
    card: cards.Card


def _org(folder: Path, name: str, country: str) -> Org:
    path = folder / f"{country.lower()}.sqlite"
    db = open_database(str(path))
    cards.set_profile(db, cards.Profile(name, country, OrganisationKind.LEGAL_AID, "+00 1"))
    return Org(db, path, cards.own_card(db))


def _child_case(
    case_id: str, reference: str, given: str, *, consent: bool = True, **child: Any
) -> dict[str, Any]:
    sha = hashlib.sha256(SCAN).hexdigest()
    return {
        "id": case_id,
        "reference": reference,
        "opened_on": (TODAY - timedelta(days=40)).isoformat(),
        "home_jurisdiction": "DE",
        "child": {
            "id": case_id[:-1] + "2",
            "given_names": given,
            "family_name": "Haile",
            "sex": "female",
            "dob_certainty": "documented",
            "dob_year": 2012,
            "dob_month": 5,
            "dob_day": 4,
            "nationalities": ["ER"],
            "languages": ["ti"],
            **child,
        },
        "documents": [
            {
                "id": case_id[:-1] + "3",
                "document_type": "birth_certificate",
                "issuing_country": "ER",
                "copy_kind": "certified_copy",
                "files": [{"id": case_id[:-1] + "4", "attachment_id": sha, "position": 0}],
            }
        ],
        "consents": []
        if not consent
        else [
            {
                "id": case_id[:-1] + "5",
                "purpose": "legal_representation",
                "recipient": "Avocats Lyon",
                "given_by": "Selam Haile",
                "giver": "child",
                "child_age": 14,
                "capacity": "Understands what is shared and why, assessed by her guardian.",
                "given_on": (TODAY - timedelta(days=3)).isoformat(),
                "expires_on": (TODAY + timedelta(days=180)).isoformat(),
                "sections": ["identity", "proceedings", "documents"],
                "basis": "consent",
            }
        ],
    }


def _import(db: Database, case: dict[str, Any]) -> None:
    exchange.import_document(
        db,
        {
            "format": exchange.FORMAT,
            "format_version": exchange.FORMAT_VERSION,
            "attachments": [
                {
                    "sha256": hashlib.sha256(SCAN).hexdigest(),
                    "media_type": "image/png",
                    "size": len(SCAN),
                    "data": base64.b64encode(SCAN).decode(),
                }
            ],
            "cases": [case],
        },
    )


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Org, Org]]:
    berlin = _org(tmp_path, "Rechtshilfe Berlin", "DE")
    lyon = _org(tmp_path, "Avocats Lyon", "FR")
    yield berlin, lyon
    berlin.db.close()
    lyon.db.close()


def _trust(a: Org, b: Org) -> None:
    """Each takes the other's card and confirms the fingerprint read by telephone."""
    for me, other in ((a, b), (b, a)):
        added = partners.add_card(me.db, other.card)
        assert added.what == "added"
        partners.confirm_partner(me.db, added.partner.id, other.card.fingerprint)


def _refer(a: Org, folder: Path, **kwargs: Any) -> Path:
    request = referrals.ReferralRequest(
        CASE_ID, "Avocats Lyon", ConsentPurpose.LEGAL_REPRESENTATION, **kwargs
    )
    path = folder / f"referral-{os.urandom(3).hex()}.gdb"
    referrals.send_referral(a.db, referrals.prepare_referral(a.db, request), path)
    return path


def _case_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.connection().exec_driver_sql("SELECT count(*) FROM cases").scalar())


# --- the whole path -------------------------------------------------------------------------


def test_a_case_goes_with_its_scans_is_merged_into_the_duplicate_and_the_receipt_comes_back(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    # Lyon already knows the child, under another id and another spelling of her name.
    other = "7a7a7a7a-0000-4000-8000-0000000000a1"
    _import(lyon.db, _child_case(other, "LYO-9", "Salam", consent=False))

    bundle = _refer(berlin, tmp_path, note="Hearing in Lyon next month.")
    raw = bundle.read_bytes()
    assert b"Selam" not in raw
    assert b"Haile" not in raw
    assert SCAN[:2000] not in raw
    [sent] = referrals.list_referrals(berlin.db)
    assert sent.state == ReferralState.SENT
    assert sent.sections == ("identity", "proceedings", "documents")

    arrival = receiving.open_bundle(lyon.db, bundle)
    assert arrival.stored_case_id is None
    assert arrival.candidates
    assert arrival.candidates[0].reference == "LYO-9"
    assert _case_count(lyon.db) == 1  # nothing written before the choice
    target = case_id_of(lyon.db, "LYO-9")
    assert target is not None
    found = receiving.differences(lyon.db, arrival, target)
    keys = {d.key: d for d in found}
    name_key = next(k for k, d in keys.items() if d.field == "given_names")
    assert (keys[name_key].old, keys[name_key].new) == ("Salam", "Selam")
    # Lyon keeps its own spelling and takes the rest (the consent, the documents...).
    accepted = [k for k in keys if k != name_key]
    outcome = receiving.take_in(lyon.db, arrival, "merge", into=target, accepted=accepted)
    assert outcome.kept == 1
    assert outcome.accepted == len(accepted)
    merged = open_case(lyon.db, target, whole=True).case
    assert merged["child"]["given_names"] == "Salam"
    assert any(d["id"] == CASE_ID[:-1] + "3" for d in merged["documents"])  # Berlin's document
    assert _case_count(lyon.db) == 1
    with lyon.db.reading() as session:
        stored = session.connection().exec_driver_sql("SELECT data FROM attachments").scalars()
        assert SCAN in list(stored)  # the scan came whole
    assert "case merged from a referral" in [e.action for e in audit.entries(lyon.db)]

    receipt = tmp_path / "receipt.gdb"
    assert outcome.referral_id is not None
    receiving.make_receipt(lyon.db, outcome.referral_id, receipt, "Taken on.")
    answer = receiving.open_bundle(berlin.db, receipt)
    assert answer.kind == "receipt"
    assert receiving.take_receipt(berlin.db, answer) == "accepted"
    [moved] = referrals.list_referrals(berlin.db)
    assert moved.state == ReferralState.ACCEPTED
    assert moved.answer_note == "Taken on."
    # the follow-up task on Berlin's calendar is done once answered
    deadlines = open_case(berlin.db, CASE_ID, whole=True).case["deadlines"]
    [task] = [d for d in deadlines if d["title"].startswith("Referral to Avocats Lyon")]
    assert task["status"] == "done"
    with pytest.raises(BundleError, match="already received"):
        receiving.open_bundle(berlin.db, receipt)


def test_a_case_taken_in_as_new_keeps_the_sections_sent_only(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    case = _child_case(CASE_ID, "BER-1", "Selam")
    case["family_members"] = [
        {
            "id": CASE_ID[:-1] + "6",
            "full_name": "Tesfay Haile",
            "relationship_to_child": "father",
            "tracing_status": "not_started",
        }
    ]
    _import(berlin.db, case)
    bundle = _refer(berlin, tmp_path)
    arrival = receiving.open_bundle(lyon.db, bundle)
    outcome = receiving.take_in(lyon.db, arrival, "new")
    taken = open_case(lyon.db, outcome.case_id or "", whole=True).case
    assert taken["reference"] == "BER-1"
    assert taken["family_members"] == []  # "family" was not among the sections sent
    assert taken["child"]["given_names"] == "Selam"


# --- consent ----------------------------------------------------------------------------------


def test_no_consent_no_referral_and_an_override_needs_a_reason(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    family = referrals.ReferralRequest(CASE_ID, "Avocats Lyon", ConsentPurpose.FAMILY_TRACING)
    with pytest.raises(AccessDeniedError, match="another purpose"):
        referrals.prepare_referral(berlin.db, family)
    assert "access denied" in [e.action for e in audit.entries(berlin.db)]
    with pytest.raises(ValidationError, match="at least 20 characters"):
        referrals.prepare_referral(
            berlin.db,
            referrals.ReferralRequest(
                CASE_ID, "Avocats Lyon", ConsentPurpose.FAMILY_TRACING, override_reason="urgent"
            ),
        )
    reason = "Her mother is searching for her; the child agreed orally, form to follow."
    request = referrals.ReferralRequest(
        CASE_ID, "Avocats Lyon", ConsentPurpose.FAMILY_TRACING, override_reason=reason
    )
    prepared = referrals.prepare_referral(berlin.db, request)
    assert prepared.overridden
    referrals.send_referral(berlin.db, prepared, tmp_path / "override.gdb")
    overridden = [e for e in audit.entries(berlin.db) if e.action == "consent overridden"]
    assert overridden
    assert overridden[0].detail["reason"] == reason
    arrival = receiving.open_bundle(lyon.db, tmp_path / "override.gdb")
    assert arrival.override_reason == reason  # the receiver sees it went without consent


def test_a_restricted_section_needs_the_consent_to_name_it(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    health = referrals.ReferralRequest(
        CASE_ID, "Avocats Lyon", ConsentPurpose.LEGAL_REPRESENTATION, ("health",)
    )
    with pytest.raises(AccessDeniedError, match="does not cover health"):
        referrals.prepare_referral(berlin.db, health)


def test_a_withdrawn_consent_covers_nothing(orgs: tuple[Org, Org]) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    opened = open_case(berlin.db, CASE_ID)
    edited = opened.draft()
    edited["consents"][0]["withdrawn_on"] = TODAY.isoformat()
    save_case(berlin.db, opened, edited)
    request = referrals.ReferralRequest(
        CASE_ID, "Avocats Lyon", ConsentPurpose.LEGAL_REPRESENTATION
    )
    with pytest.raises(AccessDeniedError, match="withdrawn on"):
        referrals.prepare_referral(berlin.db, request)


# --- keys -------------------------------------------------------------------------------------


def test_cards_travel_as_qr_codes_and_a_wrong_fingerprint_is_refused(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    cards.qr_code(lyon.card, tmp_path / "lyon.png")
    assert cards.read_card_file(tmp_path / "lyon.png") == lyon.card
    added = partners.add_card(berlin.db, cards.read_card_file(tmp_path / "lyon.png"))
    assert added.partner.status.value == "pinned"
    wrong = berlin.card.fingerprint  # read from the wrong card
    with pytest.raises(ValidationError, match="does not match"):
        partners.confirm_partner(berlin.db, added.partner.id, wrong)
    said = lyon.card.fingerprint.lower().replace("-", " ")  # as typed from a call
    assert partners.confirm_partner(berlin.db, added.partner.id, said).usable


def test_a_changed_card_is_refused(orgs: tuple[Org, Org]) -> None:
    _berlin, lyon = orgs
    text = lyon.card.text()
    data = base64.urlsafe_b64decode(text.split(":", 2)[2] + "==")
    forged = data.replace(b"Avocats Lyon", b"Avocats Lyom")
    with pytest.raises(ValidationError, match="changed"):
        cards.read_card("GD-CARD:1:" + base64.urlsafe_b64encode(forged).decode().rstrip("="))


def test_new_keys_signed_by_the_old_are_taken_and_unsigned_ones_wait(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    berlin, lyon = orgs
    _trust(berlin, lyon)
    details = cards.profile(lyon.db)
    assert details is not None
    new_key, new_age = Ed25519PrivateKey.generate(), x25519.Identity.generate()
    signed = cards.make_card(details, str(new_age.to_public()), new_key, cards.signing_key(lyon.db))
    assert partners.add_card(berlin.db, cards.read_card(signed.text())).what == "keys replaced"
    assert partners.find_partner(berlin.db, "Avocats Lyon").fingerprint == signed.fingerprint

    newest = Ed25519PrivateKey.generate()
    unsigned = cards.make_card(details, str(x25519.Identity.generate().to_public()), newest)
    outcome = partners.add_card(berlin.db, unsigned)
    assert outcome.what == "keys waiting"
    assert outcome.partner.fingerprint == signed.fingerprint  # the pinned key stays
    assert outcome.partner.next_fingerprint == unsigned.fingerprint


# --- bad bundles ------------------------------------------------------------------------------


@pytest.fixture
def sent(orgs: tuple[Org, Org], tmp_path: Path) -> tuple[Org, Org, Path]:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    return berlin, lyon, _refer(berlin, tmp_path)


def _refused(lyon: Org, path: Path, words: str) -> None:
    before = _case_count(lyon.db)
    with pytest.raises(BundleError, match=words):
        receiving.open_bundle(lyon.db, path)
    assert _case_count(lyon.db) == before
    assert "bundle refused" in [e.action for e in audit.entries(lyon.db)]


@pytest.mark.parametrize("where", ["manifest", "ciphertext", "end"])
def test_one_changed_byte_is_refused(sent: tuple[Org, Org, Path], where: str) -> None:
    _berlin, lyon, path = sent
    raw = bytearray(path.read_bytes())
    at = {"manifest": 40, "ciphertext": len(raw) // 2, "end": len(raw) - 1}[where]
    raw[at] ^= 0x01
    path.write_bytes(bytes(raw))
    _refused(lyon, path, "changed after it was signed|damaged")


def test_a_cut_bundle_is_refused(sent: tuple[Org, Org, Path]) -> None:
    _berlin, lyon, path = sent
    path.write_bytes(path.read_bytes()[:-1000])
    _refused(lyon, path, "cut short|changed")


def test_a_bundle_for_another_organisation_is_refused(
    sent: tuple[Org, Org, Path], tmp_path: Path
) -> None:
    berlin, _lyon, path = sent
    third = _org(tmp_path, "Abogados Madrid", "ES")
    partners.confirm_partner(third.db, partners.add_card(third.db, berlin.card).partner.id,
                     berlin.card.fingerprint)  # fmt: skip
    _refused(third, path, "addressed to another organisation")
    third.db.close()


def test_a_bundle_from_an_unknown_or_unconfirmed_or_revoked_sender_is_refused(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    lyon_at_berlin = partners.add_card(berlin.db, lyon.card).partner
    partners.confirm_partner(berlin.db, lyon_at_berlin.id, lyon.card.fingerprint)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    path = _refer(berlin, tmp_path)
    _refused(lyon, path, "have not taken in")  # Lyon never read Berlin's card
    pinned = partners.add_card(lyon.db, berlin.card).partner
    _refused(lyon, path, "Confirm Rechtshilfe Berlin's fingerprint")
    partners.confirm_partner(lyon.db, pinned.id, berlin.card.fingerprint)
    partners.revoke_partner(lyon.db, pinned.id, "laptop stolen")
    _refused(lyon, path, "no longer trusted")


def test_a_replayed_bundle_is_refused(sent: tuple[Org, Org, Path]) -> None:
    _berlin, lyon, path = sent
    receiving.take_in(lyon.db, receiving.open_bundle(lyon.db, path), "new")
    _refused(lyon, path, "already received")


def test_a_bundle_of_a_newer_format_is_refused(sent: tuple[Org, Org, Path]) -> None:
    _berlin, lyon, path = sent
    path.write_bytes(path.read_bytes().replace(b'"version":1', b'"version":2', 1))
    _refused(lyon, path, "newer version")
    path.write_bytes(b"GD-BUNDLE 2\n" + path.read_bytes()[len(bundles.MAGIC) :])
    _refused(lyon, path, "newer version")


def test_a_bundle_whose_consent_expired_is_refused(
    sent: tuple[Org, Org, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _berlin, lyon, path = sent
    later = TODAY + timedelta(days=365)
    with pytest.raises(BundleError, match=r"consent .* is not valid .*expired"):
        receiving.open_bundle(lyon.db, path, on=later)
    assert _case_count(lyon.db) == 0


def test_a_bundle_the_receiving_role_may_not_take_in_is_refused(
    sent: tuple[Org, Org, Path],
) -> None:
    from guardian_desk.services import security

    _berlin, lyon, path = sent
    security.add_user(lyon.db, "admin", "a long passphrase here", "administrator")
    lyon.db.person = security.sign_in(lyon.db, "admin", "a long passphrase here")
    security.add_user(lyon.db, "gal", "another long passphrase", "guardian_ad_litem")
    lyon.db.person = security.sign_in(lyon.db, "gal", "another long passphrase")
    with pytest.raises(AccessDeniedError, match="may not send cases to partner organisations"):
        receiving.open_bundle(lyon.db, path)
    lyon.db.person = None
    assert _case_count(lyon.db) == 0


def test_the_manifest_holds_no_personal_data(sent: tuple[Org, Org, Path]) -> None:
    _berlin, _lyon, path = sent
    opened = bundles.read_bundle(path.read_bytes())
    manifest = opened.manifest
    assert set(manifest) == {
        "id", "kind", "sender", "recipient", "case_id", "consent", "time", "format",
        "version", "ciphertext_sha256", "ciphertext_bytes",
    }  # fmt: skip
    values = json.dumps(manifest)
    # the child's names, reference, nationality and birth date appear nowhere (whole values:
    # a fingerprint or a key may hold any two letters by chance)
    for word in ("Selam", "Haile", "BER-1", '"ER"', "2012-05-04"):
        assert word not in values


# --- what a second look found -----------------------------------------------------------------


def test_a_reference_used_here_already_is_renumbered_and_the_consent_kept(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    other = "7a7a7a7a-0000-4000-8000-0000000000b1"
    _import(lyon.db, _child_case(other, "BER-1", "Yonas", consent=False, dob_year=2001))
    arrival = receiving.open_bundle(lyon.db, _refer(berlin, tmp_path))
    assert arrival.notes == ["BER-1"]
    assert arrival.case is not None
    assert arrival.case["reference"] != "BER-1"
    outcome = receiving.take_in(lyon.db, arrival, "new")
    taken = open_case(lyon.db, outcome.case_id or "", whole=True).case
    assert taken["reference"] == arrival.case["reference"]
    # the consent the case came under stays with it, though "consents" was not sent
    assert [c["recipient"] for c in taken["consents"]] == ["Avocats Lyon"]


def test_the_same_child_sent_again_after_a_merge_is_an_update_of_the_merged_case(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    other = "7a7a7a7a-0000-4000-8000-0000000000a1"
    _import(lyon.db, _child_case(other, "LYO-9", "Salam", consent=False))
    first = receiving.open_bundle(lyon.db, _refer(berlin, tmp_path))
    receiving.take_in(lyon.db, first, "merge", into=other)
    # Berlin records the child's place of birth and sends the case again.
    opened = open_case(berlin.db, CASE_ID)
    edited = opened.draft()
    edited["child"]["birth_place"] = "Asmara"
    save_case(berlin.db, opened, edited)
    again = receiving.open_bundle(lyon.db, _refer(berlin, tmp_path))
    assert again.stored_case_id == other
    found = {d.field: d for d in receiving.differences(lyon.db, again)}
    assert found["birth_place"].new == "Asmara"
    outcome = receiving.take_in(lyon.db, again, "merge")
    assert outcome.case_id == other
    assert open_case(lyon.db, other, whole=True).case["child"]["birth_place"] == "Asmara"
    assert _case_count(lyon.db) == 1


def test_a_duplicate_outside_the_persons_scope_is_counted_not_shown(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    from guardian_desk.services import security

    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    _import(lyon.db, _child_case("7a7a7a7a-0000-4000-8000-0000000000a1", "LYO-9", "Salam",
                                 consent=False))  # fmt: skip
    bundle = _refer(berlin, tmp_path)
    security.add_user(lyon.db, "admin", "a long passphrase here", "administrator")
    lyon.db.person = security.sign_in(lyon.db, "admin", "a long passphrase here")
    security.add_user(lyon.db, "lawyer", "another long passphrase", "lawyer")
    lyon.db.person = security.sign_in(lyon.db, "lawyer", "another long passphrase")
    arrival = receiving.open_bundle(lyon.db, bundle)
    lyon.db.person = None
    assert arrival.candidates == ()  # LYO-9 is not among the lawyer's cases
    assert arrival.hidden_candidates == 1


def test_a_revoked_partner_is_trusted_anew_only_once_confirmed_again(
    orgs: tuple[Org, Org],
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    partner = partners.find_partner(berlin.db, "Avocats Lyon")
    partners.revoke_partner(berlin.db, partner.id, "a laptop was stolen")
    again = partners.add_card(berlin.db, lyon.card)
    assert again.what == "pinned again"
    assert again.partner.status.value == "pinned"
    assert partners.confirm_partner(berlin.db, partner.id, lyon.card.fingerprint).usable


def test_our_follow_up_tasks_do_not_travel(orgs: tuple[Org, Org], tmp_path: Path) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    _refer(berlin, tmp_path)
    arrival = receiving.open_bundle(lyon.db, _refer(berlin, tmp_path))
    assert arrival.case is not None
    titles = [d["title"] for d in arrival.case.get("deadlines", [])]
    assert not [t for t in titles if t.startswith("Referral to")]


def test_a_receiver_without_a_name_is_told_to_give_it(tmp_path: Path) -> None:
    berlin = _org(tmp_path, "Rechtshilfe Berlin", "DE")
    nameless_db = open_database(str(tmp_path / "nameless.sqlite"))
    cards.set_profile(nameless_db, cards.Profile("Avocats Lyon", "FR"))
    nameless = Org(nameless_db, tmp_path / "nameless.sqlite", cards.own_card(nameless_db))
    _trust(berlin, nameless)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    bundle = _refer(berlin, tmp_path)
    with nameless.db.unit_of_work() as session:
        session.connection().exec_driver_sql(
            "DELETE FROM database_state WHERE key = 'organisation_profile'"
        )
    with pytest.raises(BundleError, match="Give your organisation's name first"):
        receiving.open_bundle(nameless.db, bundle)
    berlin.db.close()
    nameless.db.close()


def test_our_new_keys_reach_partners_signed_by_the_old_and_old_files_still_check(
    orgs: tuple[Org, Org], tmp_path: Path
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    old_checkpoint = audit.take_checkpoint(lyon.db)
    sealed_to_old = _refer(berlin, tmp_path)  # sealed to Lyon's first card
    new_card = cards.replace_own_keys(lyon.db)
    assert new_card.fingerprint != lyon.card.fingerprint
    assert new_card.previous_key == lyon.card.verify_key
    # Berlin takes the new card without a call: the old key signed it.
    assert partners.add_card(berlin.db, cards.read_card(new_card.text())).what == "keys replaced"
    # What was sealed to the old card still opens; a checkpoint the old key signed still checks.
    assert receiving.open_bundle(lyon.db, sealed_to_old).kind == "referral"
    assert audit.check_checkpoint(lyon.db, old_checkpoint) is None
    # A bundle sealed to the new card opens too.
    assert receiving.open_bundle(lyon.db, _refer(berlin, tmp_path)).kind == "referral"


def test_a_revoked_partners_new_card_waits_for_a_call_even_when_signed(
    orgs: tuple[Org, Org],
) -> None:
    berlin, lyon = orgs
    _trust(berlin, lyon)
    partner = partners.find_partner(berlin.db, "Avocats Lyon")
    partners.revoke_partner(berlin.db, partner.id, "a laptop was stolen")
    new_card = cards.replace_own_keys(lyon.db)  # signed by the (stolen) old key
    outcome = partners.add_card(berlin.db, new_card)
    assert outcome.what == "keys to confirm"
    assert outcome.partner.next_fingerprint == new_card.fingerprint
    assert partners.confirm_partner(berlin.db, partner.id, new_card.fingerprint).usable
