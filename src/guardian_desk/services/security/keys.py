"""The key of an encrypted database: random, kept in the OS keyring for daily use, and wrapped
under a recovery key in a key file beside the database, so that losing the keyring never
means losing the data.

- The **database key** is 32 random bytes, SQLCipher's raw key. It is never written in
  clear: the keyring holds it (macOS Keychain, Windows Credential Locker, Secret Service on
  Linux) under an entry named by the database's id, and the key file holds it wrapped.
- The **key file** (``cases.sqlite.key``, JSON) names the database by an id of its own, not
  by its path, so a moved file still finds its keyring entry; it holds a check value that
  tells a right key from a wrong one without opening the database, and the database key
  wrapped under the recovery key (scrypt, then AES-256-GCM bound to the database's id). A
  copy is kept in the database's backup folder.
- The **recovery key** is 160 random bits shown once as eight groups of four characters
  (Crockford's base32: no I, L, O or U, so nothing reads as something else). With that much
  randomness scrypt only needs to be moderately slow (2^15, 32 MiB, about 0.1 s).

Plaintext, ``null`` and ``fail`` keyring backends are refused for real data: then every
start asks for the recovery key, and nothing falls back to a plain file.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import secrets
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from guardian_desk.errors import (
    DatabaseError,
    KeyNeededError,
    SignInNeededError,
    ValidationError,
    WrongKeyError,
)
from guardian_desk.files import FileWriteError, make_private_dir, os_error_words, write_atomic
from guardian_desk.storage.database import KEY_BYTES, backup_dir, is_encrypted, key_opens

log = logging.getLogger("guardian_desk.security")

KEY_FILE_FORMAT = "guardian-desk-key"
KEY_FILE_VERSION = 1
KEYRING_SERVICE = "Guardian Desk"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
RECOVERY_CHARACTERS = 32  # 160 bits
GROUP = 4
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_CHECK_LABEL = b"guardian-desk key check v1:"
_WRAP_LABEL = b"guardian-desk database key v1:"
_PENDING_LABEL = b"guardian-desk next database key v1:"
_USER_LABEL = b"guardian-desk database key for a user v1:"
_SLOT_LABEL = b"guardian-desk user slot v1:"


@dataclass(frozen=True)
class KeyFile:
    """What is kept beside an encrypted database (never the key in clear)."""

    database_id: str
    database_name: str
    created_at: str
    key_check: str
    recovery: dict[str, Any]
    # While a rekey is under way: the new key's check value and the new key wrapped under
    # the current one, so that whichever of the two the file is under, it opens.
    pending: dict[str, Any] | None = None
    # One per user who may sign in (``users.py``): their slot, and the database key wrapped
    # under their slot key. Absent until the database has users.
    slots: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        data = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "database_id": self.database_id,
            "database_name": self.database_name,
            "created_at": self.created_at,
            "key_check": self.key_check,
            "recovery": self.recovery,
        }
        if self.pending is not None:
            data["pending"] = self.pending
        if self.slots is not None:
            data["slots"] = self.slots
        return data

    def matches(self, key: bytes) -> bool:
        """Whether ``key`` is the current key or the one a rekey under way is moving to."""
        return key_matches(self, key) or (
            self.pending is not None
            and hmac.compare_digest(
                _check_value(key, self.database_id), str(self.pending.get("key_check", ""))
            )
        )


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    source: str  # "keyring", "recovery key", "passphrase" or "remembered"
    note: str | None = None  # why the keyring could not be used, if it could not
    username: str | None = None  # whose key slot opened it


@dataclass(frozen=True)
class KeyStatus:
    encrypted: bool
    database_id: str | None
    in_keyring: bool
    keyring: str  # the backend, or why there is none usable
    recovery_key_made: str | None
    rekey_interrupted: bool = False


def key_file_of(path: Path) -> Path:
    return path.with_name(path.name + ".key")


def _backup_key_file(path: Path) -> Path:
    return backup_dir(path) / key_file_of(path).name


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _check_value(key: bytes, database_id: str) -> str:
    return _b64(hmac.new(key, _CHECK_LABEL + database_id.encode(), hashlib.sha256).digest()[:16])


def key_matches(key_file: KeyFile, key: bytes) -> bool:
    """Whether ``key`` is this database's key (told apart without opening the database)."""
    return hmac.compare_digest(_check_value(key, key_file.database_id), key_file.key_check)


# --- the recovery key ---------------------------------------------------------------------


def new_recovery_key() -> str:
    """A fresh recovery key as a person copies it: ``7K3Q-...``, eight groups of four."""
    text = "".join(secrets.choice(ALPHABET) for _ in range(RECOVERY_CHARACTERS))
    return "-".join(text[i : i + GROUP] for i in range(0, RECOVERY_CHARACTERS, GROUP))


def normalise_recovery_key(typed: str) -> str:
    """The recovery key as typed, read generously: any case, spaces or dashes anywhere, and
    O for 0, I or L for 1, as Crockford's alphabet allows.

    Raises:
        ValidationError: not the length of a recovery key, or characters it cannot hold.
    """
    text = "".join(typed.split()).replace("-", "").upper()
    text = text.translate(str.maketrans("OIL", "011"))
    wrong = sorted({c for c in text if c not in ALPHABET})
    if wrong:
        shown = " ".join(wrong[:5]) if all(c.isprintable() for c in wrong[:5]) else "?"
        raise ValidationError(f"A recovery key has no {shown} in it: check what was typed.")
    if len(text) != RECOVERY_CHARACTERS:
        raise ValidationError(
            f"A recovery key has {RECOVERY_CHARACTERS} characters in eight groups of four; "
            f"this has {len(text)}."
        )
    return text


def _derived(secret: bytes, salt: bytes, params: dict[str, Any]) -> bytes:
    """The key a recovery key or a passphrase gives (scrypt)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"])
    return kdf.derive(secret)


def _kek(recovery_key: str, salt: bytes, params: dict[str, Any]) -> bytes:
    return _derived(normalise_recovery_key(recovery_key).encode("ascii"), salt, params)


def _sealed_under(secret: bytes, key: bytes, label: bytes) -> dict[str, Any]:
    """``key`` wrapped under what ``secret`` derives (scrypt, then AES-256-GCM bound to
    ``label``), as the key file keeps it."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_derived(secret, salt, SCRYPT)).encrypt(nonce, key, label)
    return {
        "kdf": "scrypt",
        **SCRYPT,
        "salt": _b64(salt),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }


def _wrap(key: bytes, recovery_key: str, database_id: str) -> dict[str, Any]:
    secret = normalise_recovery_key(recovery_key).encode("ascii")
    return {
        **_sealed_under(secret, key, _WRAP_LABEL + database_id.encode()),
        "created_at": _now(),
    }


def _unwrap(key_file: KeyFile, recovery_key: str, name: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrap = key_file.recovery
    try:
        kek = _kek(recovery_key, _unb64(wrap["salt"]), wrap)
        return AESGCM(kek).decrypt(
            _unb64(wrap["nonce"]),
            _unb64(wrap["wrapped_key"]),
            _WRAP_LABEL + key_file.database_id.encode(),
        )
    except InvalidTag:
        raise WrongKeyError(
            f"This recovery key does not open {name}: check it against the recovery sheet "
            "of this database."
        ) from None
    except (KeyError, TypeError, ValueError):
        raise DatabaseError(
            f"The key file of {name} is damaged; use its copy in the backup folder."
        ) from None


# --- key slots: one per user ----------------------------------------------------------------


def make_slot(passphrase: str, slot_key: bytes, username: str) -> dict[str, Any]:
    """A user's slot: their slot key wrapped under their passphrase (scrypt, AES-256-GCM)."""
    return _sealed_under(passphrase.encode("utf-8"), slot_key, _SLOT_LABEL + username.encode())


def open_slot(slot: dict[str, Any], passphrase: str, username: str) -> bytes | None:
    """The slot key, or None when the passphrase is not the one that made the slot."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kek = _derived(passphrase.encode("utf-8"), _unb64(slot["salt"]), slot)
        return AESGCM(kek).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), _SLOT_LABEL + username.encode()
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None


def _user_aad(database_id: str, username: str) -> bytes:
    return _USER_LABEL + database_id.encode() + b":" + username.encode()


def wrapped_slots(database_id: str, key: bytes, users: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A slot for each of ``users`` (name → its ``slot`` and ``slot_key``), each holding the
    database key wrapped under the user's slot key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    slots: dict[str, Any] = {}
    for username, user in sorted(users.items()):
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(user["slot_key"]).encrypt(nonce, key, _user_aad(database_id, username))
        slots[username] = {
            **user["slot"],
            "key_nonce": _b64(nonce),
            "wrapped_database_key": _b64(wrapped),
        }
    return slots


def write_slots(path: Path, key: bytes, users: dict[str, dict[str, Any]]) -> None:
    """Put a slot for each of ``users`` in the key file, and no other. Once a database has
    users, the keyring keeps their slot keys ("remember me"), not the database's key.

    Raises:
        WrongKeyError: ``key`` is not this database's.
    """
    key_file = read_key_file(path)
    if key_file is None or not key_file.matches(key):
        raise WrongKeyError(f"The key does not open {path.name}; nothing was changed.")
    slots = wrapped_slots(key_file.database_id, key, users)
    write_key_file(path, replace(key_file, slots=slots or None))
    if slots:
        forget_key(key_file.database_id)


def _key_from_slot(path: Path, key_file: KeyFile, username: str, slot_key: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    entry = (key_file.slots or {}).get(username)
    if entry is None:
        return None
    try:
        key = AESGCM(slot_key).decrypt(
            _unb64(entry["key_nonce"]),
            _unb64(entry["wrapped_database_key"]),
            _user_aad(key_file.database_id, username),
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None
    return _key_that_opens(path, key_file, key)


def key_from_passphrase(path: Path, username: str, passphrase: str) -> bytes | None:
    """The database key that the user's slot in the key file gives for this passphrase;
    None when there is no such user or the passphrase is not theirs."""
    key_file = read_key_file(path)
    entry = (key_file.slots or {}).get(username) if key_file else None
    if key_file is None or entry is None:
        return None
    slot_key = open_slot(entry, passphrase, username)
    return _key_from_slot(path, key_file, username, slot_key) if slot_key else None


def has_slots(path: Path) -> bool:
    key_file = read_key_file(path)
    return bool(key_file and key_file.slots)


def _signed_in_entry(database_id: str) -> str:
    return f"signed-in:{database_id}"


def remember_user(database_id: str, username: str, slot_key: bytes) -> str | None:
    """Keep who signs in here and their slot key in the keyring; None if kept, else why not."""
    problem = keyring_problem()
    if problem:
        return problem
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(
            KEYRING_SERVICE, _signed_in_entry(database_id), f"{username} {slot_key.hex()}"
        )
    except KeyringError:
        return "this computer's keyring is locked or does not answer"
    except Exception:  # a backend's own failure
        log.warning("the keyring failed while writing")
        return "this computer's keyring does not answer"
    return None


def remembered_user(database_id: str) -> tuple[str, bytes] | None:
    """Who this computer remembers for the database, with their slot key; or None."""
    if keyring_problem():
        return None
    import keyring

    try:
        text = keyring.get_password(KEYRING_SERVICE, _signed_in_entry(database_id))
    except Exception:  # locked, absent or failing: then the person types their passphrase
        return None
    try:
        username, hex_key = (text or "").split(" ")
        return username, bytes.fromhex(hex_key)
    except ValueError:
        return None


def forget_user(database_id: str) -> None:
    """This computer no longer signs anyone in to the database without a passphrase."""
    if keyring_problem():
        return  # no usable keyring: nothing can be remembered there
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _signed_in_entry(database_id))


# --- the key file -------------------------------------------------------------------------


def read_key_file(path: Path) -> KeyFile | None:
    """The key file of the database at ``path``; its copy in the backup folder if the file
    beside the database is missing; None if there is neither.

    Raises:
        DatabaseError: the key file cannot be read or is not one.
    """
    for candidate in (key_file_of(path), _backup_key_file(path)):
        try:
            raw = candidate.read_bytes()
        except FileNotFoundError:
            continue
        except OSError:
            raise DatabaseError(f"The key file of {path.name} cannot be read.") from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != KEY_FILE_FORMAT or data.get("version") != KEY_FILE_VERSION:
                raise ValueError
            return KeyFile(
                str(data["database_id"]),
                str(data.get("database_name", path.name)),
                str(data["created_at"]),
                str(data["key_check"]),
                dict(data["recovery"]),
                dict(data["pending"]) if data.get("pending") is not None else None,
                dict(data["slots"]) if data.get("slots") is not None else None,
            )
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
            continue  # damaged: try the copy
    if key_file_of(path).exists() or _backup_key_file(path).exists():
        raise DatabaseError(f"The key file of {path.name} is damaged, and so is its copy.")
    return None


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write the key file beside the database (whole or not at all), and its copy in the
    backup folder."""
    text = json.dumps(key_file.as_json(), indent=2) + "\n"
    try:
        if not path.parent.exists():
            make_private_dir(path.parent)
    except OSError as exc:
        raise FileWriteError(f"The key file was not written: {os_error_words(exc)}.") from None
    write_atomic(key_file_of(path), text, "The key file")
    try:
        make_private_dir(backup_dir(path))
        write_atomic(_backup_key_file(path), text, "The copy of the key file")
    except (FileWriteError, OSError):  # the copy helps; the file beside the database is what counts
        log.warning("the copy of the key file in the backup folder could not be written")


# --- the keyring --------------------------------------------------------------------------


def keyring_problem() -> str | None:
    """Why this computer's keyring may not hold a database key, or None if it may."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:  # pragma: no cover - a dependency of the program
        return "the keyring library is missing"
    try:
        backend = keyring.get_keyring()
    except Exception:  # a backend named in the settings that cannot be loaded, and the like
        log.warning("the keyring could not be started")
        return "this computer's keyring could not be started"
    backends = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    usable = [b for b in backends if not isinstance(b, fail.Keyring | null.Keyring)]
    if not usable:
        return (
            "this computer has no keyring running (no Secret Service, Keychain or "
            "Credential Locker)"
        )
    plain = [b for b in usable if "plaintext" in type(b).__name__.lower()]
    if plain and len(plain) == len(usable):
        return "this computer's keyring keeps its secrets in a plain file"
    return None


def keyring_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def _entry(database_id: str) -> str:
    return f"database-key:{database_id}"


def stored_key(database_id: str) -> tuple[bytes | None, str | None]:
    """The key the keyring holds for this database, or None with the reason."""
    problem = keyring_problem()
    if problem:
        return None, problem
    import keyring
    from keyring.errors import KeyringError

    try:
        text = keyring.get_password(KEYRING_SERVICE, _entry(database_id))
    except KeyringError:
        return None, "this computer's keyring is locked or does not answer"
    except Exception:  # a backend's own failure (D-Bus, a locked collection...)
        log.warning("the keyring failed while reading")
        return None, "this computer's keyring does not answer"
    if not text:
        return None, "this computer's keyring does not hold its key"
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None, "this computer's keyring holds something else under its name"
    if len(key) != KEY_BYTES:
        return None, "this computer's keyring holds something else under its name"
    return key, None


def store_key(database_id: str, key: bytes) -> str | None:
    """Keep the key in the keyring; None if kept, else why not (nothing else happens)."""
    problem = keyring_problem()
    if problem:
        return problem
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _entry(database_id), key.hex())
    except KeyringError:
        return "this computer's keyring is locked or does not answer"
    except Exception:  # a backend's own failure (D-Bus, a locked collection...)
        log.warning("the keyring failed while writing")
        return "this computer's keyring does not answer"
    return None


def forget_key(database_id: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _entry(database_id))


# --- what the program does ----------------------------------------------------------------


@dataclass(frozen=True)
class NewKeys:
    key: bytes
    recovery_key: str  # to be shown once, and never kept
    database_id: str
    keyring_note: str | None  # why the key could not be kept in the keyring


def create_keys(path: Path) -> NewKeys:
    """A key for a database about to be created at ``path``: the key file is written first
    (an interrupted creation leaves a key file and no database, which the next creation
    replaces), then the key goes into the keyring.

    Raises:
        FileWriteError: the key file cannot be written (nothing is created).
    """
    key = secrets.token_bytes(KEY_BYTES)
    recovery_key = new_recovery_key()
    database_id = str(uuid.uuid4())
    wrapped = _wrap(key, recovery_key, database_id)
    check = _check_value(key, database_id)
    write_key_file(path, KeyFile(database_id, path.name, _now(), check, wrapped))
    note = store_key(database_id, key)
    if note:
        log.info("the database key is not in the keyring: %s", note)
    return NewKeys(key, recovery_key, database_id, note)


def unlock(
    path: Path,
    recovery_key: str | None = None,
    *,
    username: str | None = None,
    passphrase: str | None = None,
) -> Unlocked:
    """The key of the encrypted database at ``path``.

    A database with users opens with a user's passphrase (their slot), the slot key this
    computer remembers for a user, or the recovery key (after which a user still signs in).
    One without users opens from the keyring when it holds the right key, else from the
    recovery key (and then kept in the keyring again).

    Raises:
        KeyNeededError: no usable key in the keyring and no recovery key given; the message
            says why and what to do.
        WrongKeyError: the recovery key is not this database's.
        DatabaseError: the key file is missing or damaged.
    """
    key_file = read_key_file(path)
    if key_file is None:
        raise DatabaseError(
            f"{path.name} is encrypted, but its key file {key_file_of(path).name} is missing. "
            "Copy it back beside the database (a database is moved with its key file)."
        )
    if key_file.slots:
        return _unlock_with_slots(path, key_file, recovery_key, username, passphrase)
    key, reason = stored_key(key_file.database_id)
    if key is not None and not key_file.matches(key):
        key, reason = None, "this computer's keyring holds another key under its name"
    if key is not None:
        return Unlocked(_key_that_opens(path, key_file, key), "keyring")
    if recovery_key is None:
        raise KeyNeededError(
            f"{path.name} is encrypted and {reason}. Type its recovery key (from the recovery "
            "sheet) to open it; it is then kept in the keyring again where there is one."
        )
    key = _from_recovery_key(path, key_file, recovery_key)
    note = store_key(key_file.database_id, key)
    log.info("database unlocked with its recovery key")
    return Unlocked(key, "recovery key", note or reason)


def _unlock_with_slots(
    path: Path,
    key_file: KeyFile,
    recovery_key: str | None,
    username: str | None,
    passphrase: str | None,
) -> Unlocked:
    if username is not None and passphrase is not None:
        key = key_from_passphrase(path, username, passphrase)
        if key is None:
            raise WrongKeyError("The user name or the passphrase is not right.")
        return Unlocked(key, "passphrase", username=username)
    if recovery_key is not None:
        key = _from_recovery_key(path, key_file, recovery_key)
        log.info("database unlocked with its recovery key")
        return Unlocked(key, "recovery key")
    remembered = remembered_user(key_file.database_id)
    if remembered is not None:
        key = _key_from_slot(path, key_file, *remembered)
        if key is not None:
            return Unlocked(key, "remembered", username=remembered[0])
    raise SignInNeededError(
        f"{path.name} is encrypted and has users: sign in with your user name and passphrase "
        "(or, if no one can, open it with its recovery key)."
    )


def _from_recovery_key(path: Path, key_file: KeyFile, recovery_key: str) -> bytes:
    key = _unwrap(key_file, recovery_key, path.name)
    if not key_matches(key_file, key):  # pragma: no cover - AES-GCM already said so
        raise WrongKeyError(f"This recovery key does not open {path.name}.")
    return _key_that_opens(path, key_file, key)


def key_from_recovery_key(path: Path, recovery_key: str) -> bytes:
    """The database key that the recovery key unwraps, never from the keyring: what a
    locked window asks for, so that the keyring alone does not unlock it.

    Raises:
        ValidationError: not a recovery key as typed.
        WrongKeyError: not this database's recovery key.
        DatabaseError: the key file is missing or damaged.
    """
    key_file = read_key_file(path)
    if key_file is None:
        raise DatabaseError(f"The key file of {path.name} is missing.")
    return _from_recovery_key(path, key_file, recovery_key)


def _key_that_opens(path: Path, key_file: KeyFile, key: bytes) -> bytes:
    """During a rekey that was interrupted, the file is under the old key or the new one:
    the new one is unwrapped with the old, and whichever opens the file is the key."""
    if key_file.pending is None:
        return key
    candidates = [key]
    if key_matches(key_file, key):
        with contextlib.suppress(DatabaseError):
            candidates.insert(0, unwrap_pending(key_file, key))
    for candidate in candidates:
        if key_opens(path, candidate):
            return candidate
    return key  # neither: the file is damaged, which opening it says


def wrap_pending(key: bytes, new_key: bytes, database_id: str) -> dict[str, Any]:
    """What the key file holds while a rekey moves the database from ``key`` to ``new_key``:
    the new key's check value, and the new key wrapped under the current one (both are
    random 256-bit keys: no key derivation is needed)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(key).encrypt(nonce, new_key, _PENDING_LABEL + database_id.encode())
    return {
        "key_check": _check_value(new_key, database_id),
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
        "started_at": _now(),
    }


def unwrap_pending(key_file: KeyFile, key: bytes) -> bytes:
    """The key a rekey under way moves to, unwrapped with the current key.

    Raises:
        DatabaseError: there is none, or it does not unwrap with ``key``.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    pending = key_file.pending or {}
    try:
        return AESGCM(key).decrypt(
            _unb64(pending["nonce"]),
            _unb64(pending["wrapped_key"]),
            _PENDING_LABEL + key_file.database_id.encode(),
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise DatabaseError(
            "The key file's record of an interrupted change of key is damaged."
        ) from None


def promoted(key_file: KeyFile, key: bytes, recovery_key: str) -> KeyFile:
    """The key file once ``key`` is the database's only key, wrapped under ``recovery_key``
    (the users' slots are written anew under it by :func:`write_slots`)."""
    return KeyFile(
        key_file.database_id,
        key_file.database_name,
        key_file.created_at,
        _check_value(key, key_file.database_id),
        _wrap(key, recovery_key, key_file.database_id),
    )


def replace_recovery_key(path: Path, key: bytes) -> str:
    """A new recovery key for the database; the old one stops working. Returns it, to be
    shown once.

    Raises:
        WrongKeyError: ``key`` is not this database's.
    """
    key_file = read_key_file(path)
    if key_file is None or not key_matches(key_file, key):
        raise WrongKeyError(f"The key does not open {path.name}; nothing was changed.")
    if key_file.pending is not None:
        raise DatabaseError(
            f"A change of the key of {path.name} was interrupted; finish it first with "
            "guardian-desk keys rekey (which makes a new recovery key too)."
        )
    recovery_key = new_recovery_key()
    write_key_file(
        path,
        KeyFile(
            key_file.database_id,
            key_file.database_name,
            key_file.created_at,
            key_file.key_check,
            _wrap(key, recovery_key, key_file.database_id),
            slots=key_file.slots,
        ),
    )
    return recovery_key


def status(path: Path) -> KeyStatus:
    """What a person may check about a database's keys; never a key."""
    encrypted = is_encrypted(path)
    key_file = read_key_file(path) if encrypted else None
    problem = keyring_problem()
    in_keyring = False
    if key_file is not None and problem is None:
        key, _ = stored_key(key_file.database_id)
        in_keyring = key is not None and key_file.matches(key)
    return KeyStatus(
        encrypted=encrypted,
        database_id=key_file.database_id if key_file else None,
        in_keyring=in_keyring,
        keyring=problem or keyring_name(),
        recovery_key_made=key_file.recovery.get("created_at") if key_file else None,
        rekey_interrupted=key_file is not None and key_file.pending is not None,
    )
