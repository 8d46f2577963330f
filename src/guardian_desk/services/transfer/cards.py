"""The organisation's keys and contact cards.

A **contact card** tells a partner how to seal a bundle to us and how to check that a bundle
came from us: our age recipient (X25519) and our Ed25519 verification key, with our name,
country, kind and contact, signed with that Ed25519 key. A card whose keys replace earlier
ones also carries the earlier verification key and its signature of the new card, so that a
partner who pinned the earlier keys takes the new ones without a telephone call.

Its text form fits a QR code::

    GD-CARD:1:<base64url of the card's JSON>

The **fingerprint** of a card (its keys hashed, 120 bits in six groups of four letters and
digits, ``K3QX-7H2M-…``) is what two people read to each other on the telephone.

Our keys are made with the database (migrations 0005 and 0013) and kept in it: encrypted with
the database's key on this computer; on a team server, as safe as the server's data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from guardian_desk.domain.enums import OrganisationKind
from guardian_desk.errors import GuardianDeskError, Message, ValidationError
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

CARD_PREFIX = "GD-CARD:1:"
SIGNING_STATE = "organisation_signing_key"  # made by migration 0005 (hex of 32 bytes)
AGE_STATE = "organisation_age_identity"  # made by migration 0013 (AGE-SECRET-KEY-1…)
PROFILE_STATE = "organisation_profile"  # our name, country, kind and contact (JSON)
MAX_CARD_CHARACTERS = 2_000


def _m(template: str, **params: object) -> Message:
    """A sentence the window translates (Qt Linguist context "Transfer")."""
    return Message("Transfer", template, **params)


@dataclass(frozen=True)
class Card:
    name: str
    country: str | None
    kind: OrganisationKind
    contact: str | None
    age_recipient: str
    verify_key: str  # base64 of the 32-byte Ed25519 public key
    signature: str = ""  # by verify_key, of the fields above
    previous_key: str | None = None  # the key this card replaces
    previous_signature: str | None = None  # by previous_key, of the same fields

    def signed_bytes(self) -> bytes:
        fields = [
            "guardian-desk contact card v1",
            self.name,
            self.country or "",
            self.kind.value,
            self.contact or "",
            self.age_recipient,
            self.verify_key,
            self.previous_key or "",
        ]
        return "\n".join(fields).encode("utf-8")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.verify_key)

    def text(self) -> str:
        data = {
            "n": self.name,
            "c": self.country,
            "k": self.kind.value,
            "t": self.contact,
            "a": self.age_recipient,
            "e": self.verify_key,
            "s": self.signature,
        }
        if self.previous_key:
            data["p"] = self.previous_key
            data["ps"] = self.previous_signature
        packed = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return CARD_PREFIX + base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def fingerprint(age_recipient: str, verify_key: str) -> str:
    """Both keys of a card hashed, as six groups of four characters to read aloud."""
    digest = hashlib.sha256(f"gd-card\n{age_recipient}\n{verify_key}".encode()).digest()
    letters = base64.b32encode(digest[:15]).decode("ascii")  # 24 characters, no padding
    return "-".join(letters[i : i + 4] for i in range(0, 24, 4))


def key_id(verify_key: str) -> str:
    """A short id of a verification key (hex, 16 characters), as the audit checkpoint uses."""
    return hashlib.sha256(_raw(verify_key)).hexdigest()[:16]


def _raw(verify_key: str) -> bytes:
    try:
        raw = base64.b64decode(verify_key, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise ValidationError(_m("The card's signing key is damaged."))
    return raw


def verifies(verify_key: str, signature: str, data: bytes) -> bool:
    """True when ``signature`` (base64) is ``verify_key``'s signature of ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(_raw(verify_key))
        key.verify(base64.b64decode(signature, validate=True), data)
    except (InvalidSignature, ValidationError, binascii.Error, ValueError):
        return False
    return True


def read_card(text: str) -> Card:
    """The card in ``text`` (its ``GD-CARD:1:…`` form, alone or among other text), checked:
    well formed, its age recipient valid, signed by its own key, and by the key it replaces
    when it says it replaces one.

    Raises:
        ValidationError: one sentence saying what is wrong.
    """
    start = text.find(CARD_PREFIX)
    if start < 0:
        raise ValidationError(
            _m("This is not a Guardian Desk contact card (one begins with GD-CARD:1:).")
        )
    packed = text[start + len(CARD_PREFIX) :].split()[0] if text[start:].strip() else ""
    if len(packed) > MAX_CARD_CHARACTERS:
        raise ValidationError(_m("This contact card is too long to be one."))
    try:
        data = json.loads(base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4)))
        card = Card(
            name=_text(data["n"], 200),
            country=_text(data.get("c"), 16) or None,
            kind=OrganisationKind(data.get("k") or "other"),
            contact=_text(data.get("t"), 400) or None,
            age_recipient=_text(data["a"], 100),
            verify_key=_text(data["e"], 64),
            signature=_text(data["s"], 120),
            previous_key=_text(data.get("p"), 64) or None,
            previous_signature=_text(data.get("ps"), 120) or None,
        )
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise ValidationError(_m("This contact card is damaged: it cannot be read.")) from None
    if not card.name.strip():
        raise ValidationError(_m("This contact card names no organisation."))
    from guardian_desk.services.exchange import recipients_of

    recipients_of([card.age_recipient])  # raises a clear sentence for a bad recipient
    if not verifies(card.verify_key, card.signature, card.signed_bytes()):
        raise ValidationError(_m("This contact card's signature does not match: it was changed."))
    if card.previous_key and not verifies(
        card.previous_key, card.previous_signature or "", card.signed_bytes()
    ):
        raise ValidationError(
            _m(
                "This contact card says it replaces earlier keys, but the earlier key did not "
                "sign it."
            )
        )
    return card


def _text(value: Any, longest: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > longest:
        raise ValueError(_m("not a short text"))
    return value


def read_card_file(path: Path) -> Card:
    """The card in a file: its text form, or a picture of its QR code (PNG, JPEG...).

    Raises:
        ValidationError: the file cannot be read or holds no card.
    """
    try:
        raw = path.read_bytes()[: 20 * 1024 * 1024]
    except OSError as exc:
        raise ValidationError(
            _m("{file} cannot be read: {why}.", file=path.name, why=exc.strerror)
        ) from None
    if CARD_PREFIX.encode() in raw[:100_000]:
        return read_card(raw.decode("utf-8", errors="replace"))
    return read_card(_qr_text(raw, path.name))


def _qr_text(raw: bytes, name: str) -> str:
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        import zxingcpp
    except ImportError:  # pragma: no cover - a dependency of the package
        raise ValidationError(_m("Reading QR codes needs the zxing-cpp package.")) from None
    try:
        with Image.open(io.BytesIO(raw)) as image:
            found = zxingcpp.read_barcodes(image.convert("L"))
    except (UnidentifiedImageError, OSError, ValueError):
        raise ValidationError(
            _m("{file} is neither a contact card nor a picture.", file=name)
        ) from None
    for code in found:
        if code.text.startswith(CARD_PREFIX):
            return str(code.text)
    raise ValidationError(
        _m("No Guardian Desk contact card's QR code was found in {file}.", file=name)
    )


def qr_code(card: Card, path: Path) -> None:
    """Draw the card's QR code into ``path`` (PNG or SVG, by its suffix), written whole."""
    import io

    import segno

    from guardian_desk.files import write_atomic

    kind = "svg" if path.suffix.lower() == ".svg" else "png"
    buffer = io.BytesIO()
    segno.make(card.text(), error="m", micro=False).save(buffer, kind=kind, scale=6, border=4)
    write_atomic(path, buffer.getvalue(), "The QR code")


# --- our own keys -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    name: str
    country: str | None = None
    kind: OrganisationKind = OrganisationKind.LEGAL_AID
    contact: str | None = None


def profile(db: Database) -> Profile | None:
    """Our organisation's name, country, kind and contact, once set."""
    with db.reading() as session:
        stored = repo.state_value(session, PROFILE_STATE)
    if stored is None:
        return None
    data = json.loads(stored)
    return Profile(
        data["name"], data.get("country"), OrganisationKind(data["kind"]), data.get("contact")
    )


def set_profile(db: Database, new: Profile) -> None:
    """Set our organisation's name, country, kind and contact (the audit log records it).

    Raises:
        ValidationError: no name, or one too long.
    """
    from guardian_desk.services import audit
    from guardian_desk.services.transfer.partners import require_directory

    require_directory(db)
    name = " ".join(new.name.split())
    if not name or len(name) > 200:
        raise ValidationError(_m("The organisation's name must have from 1 to 200 characters."))
    if new.contact and len(new.contact) > 400:
        raise ValidationError(_m("The contact must have at most 400 characters."))
    clean = replace(new, name=name, country=(new.country or "").upper() or None)
    value = json.dumps(
        {
            "name": clean.name,
            "country": clean.country,
            "kind": clean.kind.value,
            "contact": clean.contact,
        },
        ensure_ascii=False,
    )
    with db.unit_of_work() as session:
        repo.set_state_value(session, PROFILE_STATE, value)
        audit.record(session, "organisation changed", detail={"name": clean.name})


def _secrets(db: Database) -> tuple[str, str]:
    with db.reading() as session:
        signing = repo.state_value(session, SIGNING_STATE)
        age = repo.state_value(session, AGE_STATE)
    if signing is None or age is None:
        raise GuardianDeskError(
            _m(
                "This database has no keys of its own yet; open it once with this version of "
                "Guardian Desk to make them."
            )
        )
    return signing, age


def signing_key(db: Database) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(_secrets(db)[0]))


def age_identity(db: Database) -> Any:
    from pyrage import x25519

    return x25519.Identity.from_str(_secrets(db)[1])


RETIRED_SIGNING = "organisation_retired_signing_keys"  # as services/audit/checkpoint.py
RETIRED_AGE = "organisation_retired_age_identities"


def age_identities(db: Database) -> list[Any]:
    """Our age identity and those we had before (a bundle sealed to an old card still opens)."""
    from pyrage import x25519

    with db.reading() as session:
        retired = json.loads(repo.state_value(session, RETIRED_AGE) or "[]")
    return [age_identity(db), *(x25519.Identity.from_str(r) for r in retired)]


def own_fingerprints(db: Database) -> set[str]:
    """The fingerprints of our card and of the cards we had before."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    with db.reading() as session:
        signing = json.loads(repo.state_value(session, RETIRED_SIGNING) or "[]")
        ages = json.loads(repo.state_value(session, RETIRED_AGE) or "[]")
    found = {fingerprint(str(age_identity(db).to_public()), own_card_key(db))}
    for key, age in zip(signing, ages, strict=False):
        private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key))
        found.add(
            fingerprint(str(x25519.Identity.from_str(age).to_public()), public_key_text(private))
        )
    return found


def replace_own_keys(db: Database) -> Card:
    """New keys for our organisation (when a laptop with the database was lost, or as a
    routine): a new Ed25519 signing key and a new age identity; the old ones are kept to
    check what they signed and to open what was sealed to them. Returns the new card, signed
    by the old key too, so that partners take it without a telephone call (they must still
    revoke the old key themselves if it was stolen).

    Raises:
        AccessDeniedError: the role may not manage the partner directory.
        ValidationError: our organisation's name is not set yet.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from pyrage import x25519

    from guardian_desk.services import audit
    from guardian_desk.services.transfer.partners import require_directory

    require_directory(db)
    details = profile(db)
    if details is None:
        own_card(db)  # says what to do
        raise AssertionError("unreachable")
    old_signing, old_age = _secrets(db)
    previous = signing_key(db)
    new_key = Ed25519PrivateKey.generate()
    new_age = x25519.Identity.generate()
    raw = new_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    with db.unit_of_work() as session:
        for state, old in ((RETIRED_SIGNING, old_signing), (RETIRED_AGE, old_age)):
            kept = json.loads(repo.state_value(session, state) or "[]")
            repo.set_state_value(session, state, json.dumps([*kept, old]))
        repo.set_state_value(session, SIGNING_STATE, raw.hex())
        repo.set_state_value(session, AGE_STATE, str(new_age))
        audit.record(
            session,
            "organisation keys replaced",
            detail={
                "old": key_id(public_key_text(previous)),
                "new": key_id(public_key_text(new_key)),
            },
        )
    return make_card(details, str(new_age.to_public()), new_key, previous)


def public_key_text(private: Any) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(private: Any, data: bytes) -> str:
    return base64.b64encode(private.sign(data)).decode("ascii")


def make_card(
    details: Profile, age_recipient: str, private: Any, previous: Any | None = None
) -> Card:
    """A card for these details and keys, signed (and by ``previous``, the signing key it
    replaces, when there is one)."""
    card = Card(
        name=details.name,
        country=details.country,
        kind=details.kind,
        contact=details.contact,
        age_recipient=age_recipient,
        verify_key=public_key_text(private),
        previous_key=public_key_text(previous) if previous is not None else None,
    )
    signed = replace(card, signature=sign(private, card.signed_bytes()))
    if previous is None:
        return signed
    return replace(signed, previous_signature=sign(previous, card.signed_bytes()))


def own_card(db: Database) -> Card:
    """Our contact card, to give to partners.

    Raises:
        ValidationError: our organisation's name is not set yet.
    """
    details = profile(db)
    if details is None:
        raise ValidationError(
            _m(
                "Give your organisation's name first (Settings › Organisation, or "
                "guardian-desk organisation --name NAME): a partner sees it on your card."
            )
        )
    return make_card(details, str(age_identity(db).to_public()), signing_key(db))


def own_card_key(db: Database) -> str:
    """Our verification key (base64), as our card carries it."""
    return public_key_text(signing_key(db))
