"""The bundle file: what goes from one organisation to another, signed and sealed.

A bundle is three lines and the sealed content::

    GD-BUNDLE 1
    {"format": "guardian-desk-bundle", "version": 1, "id": …, "kind": "referral", …}
    <Ed25519 signature of the manifest line, base64>
    <age ciphertext: the content, sealed to the recipient's age recipient>

The **manifest** (second line) names the bundle's id and kind (a referral or a receipt), the
sender (name and verification key), the recipient (name and card fingerprint), the case id,
the consent it rests on, the format version, the time, and the SHA-256 and length of the
ciphertext. It is signed with the sender's Ed25519 key, so the receiver checks who sent it
and that not one byte changed before opening anything. The manifest holds no personal data
(the case id is a random UUID); everything about the child is inside the ciphertext, which
only the recipient's age identity opens. The content repeats the bundle's id, so the sealed
part cannot be moved under another manifest.

This module only writes and reads the format; :mod:`.referrals` and :mod:`.receiving` decide
what goes in and what is taken in.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from guardian_desk.errors import Message, ValidationError
from guardian_desk.services.transfer.cards import sign, verifies

MAGIC = b"GD-BUNDLE 1\n"
FORMAT = "guardian-desk-bundle"
VERSION = 1
SIGNED_PREFIX = b"guardian-desk bundle manifest v1\n"
MAX_HEADER = 8_192  # bytes of the manifest and signature lines
KINDS = ("referral", "receipt")


def _m(template: str, **params: object) -> Message:
    """A sentence the window translates (Qt Linguist context "Transfer")."""
    return Message("Transfer", template, **params)


class BundleError(ValidationError):
    """A bundle that is not taken in: the message is the one sentence the person reads."""


@dataclass(frozen=True)
class Opened:
    """A bundle's manifest and signature, read but not yet checked."""

    manifest: dict[str, Any]
    manifest_line: bytes
    signature: str
    ciphertext: bytes

    @property
    def sender_key(self) -> str:
        return str(self.manifest.get("sender", {}).get("key", ""))


def write_bundle(
    manifest: dict[str, Any], content: dict[str, Any], age_recipient: str, private: Any
) -> bytes:
    """The bundle's bytes: ``content`` (JSON) sealed to ``age_recipient``, the manifest
    completed with the ciphertext's sum and signed with ``private``."""
    from guardian_desk.services.exchange import seal

    body = json.dumps(
        {**content, "bundle_id": manifest["id"]}, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    ciphertext = seal(body, recipients=[age_recipient])
    full = {
        **manifest,
        "format": FORMAT,
        "version": VERSION,
        "ciphertext_sha256": hashlib.sha256(ciphertext).hexdigest(),
        "ciphertext_bytes": len(ciphertext),
    }
    line = json.dumps(full, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    signature = sign(private, SIGNED_PREFIX + line).encode("ascii")
    return MAGIC + line + b"\n" + signature + b"\n" + ciphertext


def read_bundle(raw: bytes) -> Opened:
    """The manifest, signature and ciphertext of a bundle file (nothing checked but form).

    Raises:
        BundleError: not a bundle, truncated before its content, or of a newer format.
    """
    if not raw.startswith(MAGIC):
        if raw.startswith(b"GD-BUNDLE "):
            raise BundleError(
                _m(
                    "This bundle was made by a newer version of Guardian Desk; update the program "
                    "to open it. Nothing was changed."
                )
            )
        raise BundleError(_m("This file is not a Guardian Desk bundle. Nothing was changed."))
    head = raw[len(MAGIC) : len(MAGIC) + MAX_HEADER]
    lines = head.split(b"\n", 2)
    if len(lines) < 3:
        raise BundleError(_m("This bundle is cut short: ask the sender for it again."))
    line, signature = lines[0], lines[1]
    try:
        manifest = json.loads(line)
        if not isinstance(manifest, dict):
            raise ValueError
    except ValueError:
        raise BundleError(
            _m("This bundle is damaged: its manifest cannot be read. Nothing was changed.")
        ) from None
    if manifest.get("format") != FORMAT:
        raise BundleError(_m("This file is not a Guardian Desk bundle. Nothing was changed."))
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise BundleError(
            _m(
                "This bundle was made by a newer version of Guardian Desk; update the program to "
                "open it. Nothing was changed."
            )
        )
    if manifest.get("kind") not in KINDS:
        raise BundleError(_m("This bundle is damaged: its kind is unknown. Nothing was changed."))
    start = len(MAGIC) + len(line) + 1 + len(signature) + 1
    return Opened(manifest, line, signature.decode("ascii", "replace"), raw[start:])


def check_signature(opened: Opened, verify_key: str) -> None:
    """Raises BundleError unless the manifest is signed by ``verify_key`` and the ciphertext
    is the one it names, whole."""
    if not verifies(verify_key, opened.signature, SIGNED_PREFIX + opened.manifest_line):
        raise BundleError(
            _m(
                "This bundle was changed after it was signed, or not signed by its sender: it is "
                "not taken in. Nothing was changed."
            )
        )
    if len(opened.ciphertext) < int(opened.manifest.get("ciphertext_bytes") or 0):
        raise BundleError(_m("This bundle is cut short: ask the sender for it again."))
    digest = hashlib.sha256(opened.ciphertext).hexdigest()
    if digest != opened.manifest.get("ciphertext_sha256"):
        raise BundleError(
            _m(
                "This bundle was changed after it was signed: it is not taken in. Nothing was "
                "changed."
            )
        )


def open_content(opened: Opened, identities: list[Any]) -> dict[str, Any]:
    """The sealed content, opened with our age identities (the current one first).

    Raises:
        BundleError: it was sealed to another organisation, or is damaged.
    """
    import pyrage

    try:
        body = pyrage.decrypt(opened.ciphertext, identities)
        content = json.loads(body)
    except Exception:  # pyrage.DecryptError for a wrong key or a damaged file; bad JSON
        raise BundleError(
            _m(
                "This bundle does not open with your organisation's key: it was sealed for "
                "another organisation. Nothing was changed."
            )
        ) from None
    if not isinstance(content, dict) or content.get("bundle_id") != opened.manifest.get("id"):
        raise BundleError(
            _m("This bundle's content does not belong to its manifest: it is not taken in.")
        )
    return content
