"""Scans of civil documents: checked, hashed and kept in the database once per content.

A scan is read whole, recognised by its first bytes (not by its name), refused with a clear
message when it is empty, too large, not a PDF, JPEG, PNG or TIFF, or named as something it is
not. Its SHA-256 is its identity: the same scan attached twice, in one case or two, is stored
once. The original file name is kept only as information, cleaned of folders and of
characters that could disguise it (bidi controls).
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from guardian_desk.domain.text import forbidden_characters
from guardian_desk.errors import ValidationError
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

MAX_BYTES = 25 * 1024 * 1024  # a 60-page scan at 300 dpi fits; a video does not

# The first bytes of each kind of scan accepted, and the names such files carry.
SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
]
EXTENSIONS = {
    "application/pdf": (".pdf",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "image/tiff": (".tif", ".tiff"),
}
KIND_NAMES = {
    "application/pdf": "a PDF",
    "image/jpeg": "a JPEG image",
    "image/png": "a PNG image",
    "image/tiff": "a TIFF image",
}


@dataclass(frozen=True)
class Scan:
    sha256: str
    media_type: str
    data: bytes
    original_filename: str

    @property
    def size(self) -> int:
        return len(self.data)

    def as_exchange(self) -> dict[str, Any]:
        """The scan as an attachment of the exchange format."""
        return {
            "sha256": self.sha256,
            "media_type": self.media_type,
            "size": self.size,
            "data": base64.b64encode(self.data).decode("ascii"),
            "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        }


def safe_name(name: str) -> str:
    """A file name as information only: no folders, no control or bidi characters, NFC."""
    base = PurePath(name.replace("\\", "/")).name
    kept = "".join(
        c
        for c in unicodedata.normalize("NFC", base)
        if not forbidden_characters(c) and unicodedata.category(c) != "Cc"
    )
    return kept.strip()[:255] or "scan"


def media_type_of(data: bytes) -> str | None:
    for signature, media_type in SIGNATURES:
        if data.startswith(signature):
            return media_type
    return None


def read_scan(path: Path, max_bytes: int = MAX_BYTES) -> Scan:
    """Read and check a scan to attach.

    Raises:
        ValidationError: the file cannot be read, is empty, too large, not a PDF, JPEG, PNG
            or TIFF, or its name says it is something else; nothing is kept.
    """
    name = safe_name(path.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ValidationError(
                f"{name} is too large to attach ({size / 1024 / 1024:.1f} MB; the limit is "
                f"{max_bytes / 1024 / 1024:.0f} MB). Scan it at a lower resolution or split it."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{name} cannot be read: {exc.strerror}.") from None
    if not data:
        raise ValidationError(f"{name} is empty (0 bytes): nothing to attach.")
    if len(data) > max_bytes:  # it grew while being read
        raise ValidationError(f"{name} is too large to attach.")
    media_type = media_type_of(data)
    if media_type is None:
        raise ValidationError(
            f"{name} is not a PDF, JPEG, PNG or TIFF file, whatever its name says: only scans "
            "in those formats can be attached."
        )
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in EXTENSIONS[media_type]:
        raise ValidationError(
            f"{name} is named as a {suffix} file but is {KIND_NAMES[media_type]}: check that "
            "it is the right file, and rename it before attaching it."
        )
    return Scan(hashlib.sha256(data).hexdigest(), media_type, data, name)


def read_and_check_scan(path: Path) -> Scan:
    """Read a scan, then open it in a separate process with time and memory limits
    (see :mod:`guardian_desk.services.file_check`): a damaged or hostile file is refused.

    Raises:
        ValidationError: what is wrong with the file; nothing is kept.
    """
    from guardian_desk.services.file_check import check_in_child

    scan = read_scan(path)
    check_in_child(scan.original_filename, scan.media_type, scan.data)
    return scan


def stored_file(db: Database, sha256: str, name: str = "") -> Scan | None:
    """A file kept in the database (a scan, an e-Apostille, a translation), or None."""
    with db.reading() as session:
        found = repo.attachment(session, sha256)
    if found is None:
        return None
    media_type, data = found
    return Scan(sha256, media_type, data, name)
