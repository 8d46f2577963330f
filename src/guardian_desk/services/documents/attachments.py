"""Scans of civil documents: checked, hashed and kept in the database once per content.

A scan is read whole, recognised by its first bytes (not by its name), refused with a clear
message when it is empty, too large, not a PDF, JPEG, PNG or TIFF, or named as something it is
not. Its SHA-256 is its identity: the same scan attached twice, in one case or two, is stored
once. The original file name is kept only as information, cleaned of folders and of
characters that could disguise it (bidi controls).

Every file that enters, whichever door it comes through (the window's attach button, an
imported exchange file), passes :func:`incoming_problems`: the same limits, the same
recognition by content, and the same checking process (:mod:`.file_check`).
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from guardian_desk.domain.text import forbidden_characters
from guardian_desk.errors import Message, ValidationError, translatable
from guardian_desk.services.documents.file_check import MAX_BYTES, check_many
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

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
    "application/pdf": translatable("Files", "a PDF"),
    "image/jpeg": translatable("Files", "a JPEG image"),
    "image/png": translatable("Files", "a PNG image"),
    "image/tiff": translatable("Files", "a TIFF image"),
}


def _f(template: str, **params: object) -> Message:
    """What is wrong with a file, in words the window translates (context "Files")."""
    return Message("Files", template, **params)


def _too_large(name: str, size: int, limit: int) -> Message:
    return _f(
        "{name} is too large to attach ({size} MB; the limit is {limit} MB). Scan it at a "
        "lower resolution or split it.",
        name=name,
        size=f"{size / 1024 / 1024:.1f}",
        limit=f"{limit / 1024 / 1024:.0f}",
    )


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
    """A file name as information only: no folders, no control or bidi characters, NFC.

    Used where a name comes from the person's own disk (the window's attach door): what it
    removes is cleaned away. A name that comes from outside is refused instead when this
    would remove anything (see :func:`name_problem`).
    """
    base = PurePath(name.replace("\\", "/")).name
    kept = "".join(
        c
        for c in unicodedata.normalize("NFC", base)
        if not forbidden_characters(c) and unicodedata.category(c) != "Cc"
    )
    return kept.strip()[:255] or "scan"


def name_problem(name: str) -> str | None:
    """Why a file name that comes from outside cannot be kept, or None.

    Such a name is refused, not cleaned, when :func:`safe_name` would have to remove anything
    from it beyond normalising it (NFC) and trimming spaces: folders (``../../etc/x``, an
    absolute path, ``C:\\x``), NUL and other control characters, bidi controls and other
    invisible characters, more than 255 characters, no name at all. A name that passes is
    kept as ``safe_name(name)``.
    """
    if "/" in name or "\\" in name:
        return _f("its name holds folders (/ or \\), which a file's name may not hold")
    if name.strip() in ("", ".", ".."):
        return _f("it has no file name")
    hidden = forbidden_characters(name)
    if hidden:
        return _f(
            "its name holds a character that may not be in a file name ({character})",
            character=hidden[0],
        )
    if len(unicodedata.normalize("NFC", name).strip()) > 255:
        return _f("its name is longer than 255 characters")
    return None


def media_type_of(data: bytes) -> str | None:
    for signature, media_type in SIGNATURES:
        if data.startswith(signature):
            return media_type
    return None


def _shown_type(declared: str) -> str:
    """A declared media type as a message may show it (it comes from outside)."""
    return declared if re.fullmatch(r"[a-z0-9.+-]{1,40}/[a-z0-9.+-]{1,60}", declared) else "?"


def content_problem(name: str, declared: str | None, data: bytes) -> str | None:
    """What is wrong with a file as it arrives, before it is opened: empty, too large, not a
    PDF, JPEG, PNG or TIFF by its first bytes, or declared or named as something it is not.
    ``name`` is the name to show (already clean)."""
    if not data:
        return _f("{name} is empty (0 bytes): nothing to attach.", name=name)
    if len(data) > MAX_BYTES:
        return _too_large(name, len(data), MAX_BYTES)
    media_type = media_type_of(data)
    if media_type is None:
        return _f(
            "{name} is not a PDF, JPEG, PNG or TIFF file (by its content, whatever its name "
            "or declared type says): only scans in those formats can be attached.",
            name=name,
        )
    if declared is not None and declared != media_type:
        return _f(
            "{name} is declared as {declared} but is {kind}: it was not attached.",
            name=name,
            declared=_shown_type(declared),
            kind=_f(KIND_NAMES[media_type]),
        )
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in EXTENSIONS[media_type]:
        return _f(
            "{name} is named as a {suffix} file but is {kind}: check that it is the right "
            "file, and rename it before attaching it.",
            name=name,
            suffix=suffix,
            kind=_f(KIND_NAMES[media_type]),
        )
    return None


def _read(path: Path, max_bytes: int) -> tuple[str, bytes]:
    """The clean name and the bytes of a file on disk, refused unread when too large."""
    name = safe_name(path.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ValidationError(_too_large(name, size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _f("{name} cannot be read: {why}.", name=name, why=exc.strerror or "")
        ) from None
    if len(data) > max_bytes:  # it grew while being read
        raise ValidationError(_f("{name} is too large to attach.", name=name))
    return name, data


def read_scan(path: Path, max_bytes: int = MAX_BYTES) -> Scan:
    """Read and recognise a scan, without opening it (:func:`read_and_check_scan` opens it).

    Raises:
        ValidationError: the file cannot be read, is empty, too large, not a PDF, JPEG, PNG
            or TIFF, or its name says it is something else; nothing is kept.
    """
    name, data = _read(path, max_bytes)
    problem = content_problem(name, None, data)
    if problem:
        raise ValidationError(problem)
    return _scan(name, data)


def _scan(name: str, data: bytes) -> Scan:
    media_type = media_type_of(data)
    assert media_type is not None  # recognised by content_problem
    return Scan(hashlib.sha256(data).hexdigest(), media_type, data, name)


def read_and_check_scan(path: Path) -> Scan:
    """Read a scan from disk (its name cleaned by :func:`safe_name`) and check it as every
    file that enters is checked (:func:`incoming_problems`): a damaged or hostile file is
    refused.

    Raises:
        ValidationError: what is wrong with the file; nothing is kept.
    """
    name, data = _read(path, MAX_BYTES)
    (problem,) = incoming_problems([(name, None, data)])
    if problem:
        raise ValidationError(problem)
    return _scan(name, data)


def incoming_problems(files: Sequence[tuple[str, str | None, bytes]]) -> list[str | None]:
    """What is wrong with each file entering the program, or None where it may be kept.

    The one checking path for every door a file comes through (attached in the window, in an
    imported exchange file...): the same size limit, the same recognition by content, the same
    names rule (:func:`name_problem`: a name that would need cleaning is refused), the same
    checking process with the same limits (:mod:`guardian_desk.services.documents.file_check`). All
    the files are opened by one checking process, one after the other, each with its own
    time limit.

    Args:
        files: (name, declared media type or None, bytes) for each file.

    Returns:
        For each file, in order, a sentence that names it and says what is wrong, or None.
    """
    answers: list[str | None] = []
    to_open: list[int] = []
    for index, (name, declared, data) in enumerate(files):
        shown = safe_name(name)
        problem = name_problem(name)
        answer: str | None = (
            _f("{name} was not attached: {problem}.", name=shown, problem=problem)
            if problem
            else None
        )
        answer = answer or content_problem(shown, declared, data)
        answers.append(answer)
        if answer is None:
            to_open.append(index)
    opened = check_many(
        [(safe_name(files[i][0]), media_type_of(files[i][2]) or "", files[i][2]) for i in to_open]
    )
    for index, problem in zip(to_open, opened, strict=True):
        answers[index] = problem
    return answers


def stored_file(db: Database, sha256: str, name: str = "") -> Scan | None:
    """A file kept in the database (a scan, an e-Apostille, a translation), or None."""
    with db.reading() as session:
        found = repo.attachment(session, sha256)
    if found is None:
        return None
    media_type, data = found
    return Scan(sha256, media_type, data, name)
