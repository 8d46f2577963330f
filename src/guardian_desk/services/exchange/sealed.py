"""Exchange files sealed with age (``pyrage``): to a passphrase a person types, or to the age
recipients of the people or organisations who will open them.

age is a small, well-reviewed file format (X25519 recipients, scrypt passphrases,
ChaCha20-Poly1305 in 64 KiB chunks: one changed byte and the file does not open). The
cross-border transfer of a case builds on it. An export is sealed unless a person asks for a
clear copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from guardian_desk.errors import ValidationError

AGE_HEADER = b"age-encryption.org/v1\n"
SHORTEST_PASSPHRASE = 12  # length is what makes a passphrase strong, not symbols


def is_sealed(raw: bytes) -> bool:
    return raw.startswith(AGE_HEADER)


def check_passphrase(passphrase: str) -> str:
    """The passphrase, if it is long enough to protect children's files.

    Raises:
        ValidationError: shorter than ``SHORTEST_PASSPHRASE`` characters.
    """
    if len(passphrase.strip()) < SHORTEST_PASSPHRASE:
        raise ValidationError(
            f"A passphrase needs at least {SHORTEST_PASSPHRASE} characters: a few words "
            "are easier to remember than symbols, and stronger."
        )
    return passphrase


def recipients_of(texts: Sequence[str]) -> list[object]:
    """age recipients (``age1…``) as pyrage reads them.

    Raises:
        ValidationError: naming the one that is not an age recipient.
    """
    from pyrage import x25519

    found = []
    for text in texts:
        try:
            found.append(x25519.Recipient.from_str(text.strip()))
        except Exception:  # pyrage raises its own errors for a malformed key
            shown = text.strip()[:12]
            raise ValidationError(
                f"{shown}… is not an age recipient: one starts with age1 and is 62 characters."
            ) from None
    return found


def identities_in(path: Path) -> list[object]:
    """The age identities (``AGE-SECRET-KEY-1…``) in an identity file.

    Raises:
        ValidationError: the file cannot be read or holds none.
    """
    from pyrage import x25519

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise ValidationError(f"The identity file {path.name} cannot be read.") from None
    found = []
    for line in lines:
        if line.strip().startswith("AGE-SECRET-KEY-"):
            try:
                found.append(x25519.Identity.from_str(line.strip()))
            except Exception:
                raise ValidationError(f"{path.name} holds a damaged age identity.") from None
    if not found:
        raise ValidationError(f"{path.name} holds no age identity (AGE-SECRET-KEY-1…).")
    return found


def seal(data: bytes, *, passphrase: str | None = None, recipients: Sequence[str] = ()) -> bytes:
    """``data`` sealed to a passphrase or to recipients (one of the two).

    Raises:
        ValidationError: neither or both given, a short passphrase, a wrong recipient.
    """
    import pyrage
    from pyrage import passphrase as with_passphrase

    if (passphrase is None) == (not recipients):
        raise ValidationError("Seal it either with a passphrase or to recipients.")
    if passphrase is not None:
        return bytes(with_passphrase.encrypt(data, check_passphrase(passphrase)))
    return bytes(pyrage.encrypt(data, recipients_of(recipients)))


def unseal(
    raw: bytes,
    source: str,
    *,
    passphrase: str | None = None,
    identities: Sequence[object] = (),
) -> bytes:
    """The content of a sealed file.

    Raises:
        ValidationError: no passphrase or identity given, or none that opens it.
    """
    import pyrage
    from pyrage import passphrase as with_passphrase

    if passphrase is None and not identities:
        raise ValidationError(
            f"{source} is encrypted: it opens with its passphrase or an identity it was sealed to."
        )
    try:
        if passphrase is not None:
            return bytes(with_passphrase.decrypt(raw, passphrase))
        return bytes(pyrage.decrypt(raw, list(identities)))
    except Exception:  # pyrage.DecryptError, and its errors for a damaged header
        what = "passphrase" if passphrase is not None else "identity"
        raise ValidationError(
            f"The {what} does not open {source}, or the file is damaged. Nothing was imported."
        ) from None
