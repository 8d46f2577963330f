"""A signed checkpoint of the audit log's head, carried by every export, filing and packet
that leaves the office, so that cutting the newest entries off the log is found against any
copy that left.

A checkpoint says: when this file was made, the log had N entries and the MAC of the N-th
was H; it is signed with the organisation's Ed25519 key, kept in the database (encrypted
with it). ``guardian-desk audit verify --against FILE`` checks that the log still holds
entry N with that MAC.

Its text form goes into an export's ``audit_checkpoint``, and into a PDF's or DOCX's
keywords::

    gd-audit-checkpoint:v1:<entries>:<head MAC>:<time>:<key id>:<signature>

(the key id is the first 8 bytes of the SHA-256 of the public key, in hex; the whole fits a
DOCX core property's 255 characters).
"""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from guardian_desk.domain.audit import GENESIS
from guardian_desk.errors import GuardianDeskError
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

SIGNING_STATE = "organisation_signing_key"
# Signing keys the organisation used before it replaced them (hex, JSON list): checkpoints
# they signed are still checked.
RETIRED_STATE = "organisation_retired_signing_keys"
PREFIX = "gd-audit-checkpoint:v1"
PATTERN = re.compile(
    r"gd-audit-checkpoint:v1:(\d+):([0-9a-f]{64}):([0-9TZ:.\-]+):([0-9a-f]{16}):"
    r"([A-Za-z0-9+/=]+)"
)


@dataclass(frozen=True)
class Checkpoint:
    entries: int
    head: str
    at: str
    key_id: str  # which organisation's key signed it (hex, 16 characters)
    signature: str  # base64

    def signed_bytes(self) -> bytes:
        return (
            f"guardian-desk audit checkpoint v1|{self.entries}|{self.head}|{self.at}|{self.key_id}"
        ).encode()

    def text(self) -> str:
        return f"{PREFIX}:{self.entries}:{self.head}:{self.at}:{self.key_id}:{self.signature}"


def parse_checkpoint(text: str) -> Checkpoint | None:
    """The checkpoint written somewhere in ``text``, if any."""
    found = PATTERN.search(text)
    if found is None:
        return None
    entries, head, at, key_id, signature = found.groups()
    return Checkpoint(int(entries), head, at, key_id, signature)


def _signing_key(db: Database) -> object:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with db.reading() as session:
        stored = repo.state_value(session, SIGNING_STATE)
    if stored is None:
        raise GuardianDeskError(
            "This database has no signing key for its audit log; open it once with this "
            "version of Guardian Desk to make one."
        )
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))


def _retired_public(db: Database) -> list[bytes]:
    """The public halves of the signing keys this database used before."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with db.reading() as session:
        stored = repo.state_value(session, RETIRED_STATE)
    return [
        _raw_public(Ed25519PrivateKey.from_private_bytes(bytes.fromhex(h)))
        for h in json.loads(stored or "[]")
    ]


def _raw_public(private: object) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)  # type: ignore[attr-defined]


def _key_id(public: bytes) -> str:
    import hashlib

    return hashlib.sha256(public).hexdigest()[:16]


def take_checkpoint(db: Database) -> Checkpoint:
    """The log's head now, signed."""
    private = _signing_key(db)
    with db.reading() as session:
        last = session.execute(
            select(m.AuditEntry.id, m.AuditEntry.mac).order_by(m.AuditEntry.id.desc()).limit(1)
        ).first()
    entries, head = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    unsigned = Checkpoint(entries, head, at, _key_id(_raw_public(private)), "")
    signature = private.sign(unsigned.signed_bytes())  # type: ignore[attr-defined]
    return Checkpoint(
        entries, head, at, unsigned.key_id, base64.b64encode(signature).decode("ascii")
    )


def check_checkpoint(db: Database, checkpoint: Checkpoint) -> str | None:
    """None if the log still holds the checkpoint's head; else what is wrong, in words."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys = [_raw_public(_signing_key(db)), *_retired_public(db)]
    own = next((k for k in keys if _key_id(k) == checkpoint.key_id), None)
    if own is None:
        return "it was signed by another database's key, not this one's"
    try:
        Ed25519PublicKey.from_public_bytes(own).verify(
            base64.b64decode(checkpoint.signature), checkpoint.signed_bytes()
        )
    except (InvalidSignature, ValueError):
        return "its signature does not hold: the checkpoint itself was changed"
    if checkpoint.entries == 0:
        return None
    with db.reading() as session:
        found = session.execute(
            select(m.AuditEntry.mac).where(m.AuditEntry.id == checkpoint.entries)
        ).scalar_one_or_none()
        last = session.execute(select(m.AuditEntry.id).order_by(m.AuditEntry.id.desc())).first()
    if found is None:
        ends = int(last[0]) if last else 0
        return (
            f"the log ends at entry {ends}, but it had {checkpoint.entries} entries when the "
            f"file was made ({checkpoint.at}): the newest entries were cut off"
        )
    if found != checkpoint.head:
        return (
            f"entry {checkpoint.entries} is not the one the file saw when it was made "
            f"({checkpoint.at}): the log was rewritten"
        )
    return None


def checkpoint_carried_by(raw: bytes) -> Checkpoint | None:
    """The checkpoint a file carries, or None: an export (clear; a sealed one is opened
    first), a filing or a packet (PDF keywords), a filing as DOCX (its core properties)."""
    if raw.startswith(b"%PDF"):
        from pypdf import PdfReader

        try:
            info: dict[str, object] = dict(PdfReader(io.BytesIO(raw)).metadata or {})
        except Exception:  # a damaged PDF: it carries nothing that can be read
            return None
        return parse_checkpoint(str(info.get("/Keywords", "")))
    if raw.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as docx:
                return parse_checkpoint(docx.read("docProps/core.xml").decode("utf-8", "replace"))
        except (zipfile.BadZipFile, KeyError):
            return None
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    value = document.get("audit_checkpoint") if isinstance(document, dict) else None
    return parse_checkpoint(value) if isinstance(value, str) else None
