"""Protecting the data: the keys of encrypted databases (and, as they land, sign-in, roles,
the access policy and the audit).

- :mod:`.keys`: the database key in the OS keyring and wrapped under a recovery key in a key
  file beside the database; recovery keys; the key status.
- :mod:`.opening`: opening the database a person works in: created encrypted, unlocked from
  the keyring or with the recovery key.
- :mod:`.encrypting`: a plain database made before encryption, encrypted in place.
- :mod:`.rekeying`: a new database key (and recovery key) for an encrypted database.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.security.encrypting import Encrypted, encrypt
    from guardian_desk.services.security.keys import (
        KeyStatus,
        NewKeys,
        Unlocked,
        key_file_of,
        keyring_problem,
        new_recovery_key,
        normalise_recovery_key,
        replace_recovery_key,
        status,
        unlock,
    )
    from guardian_desk.services.security.opening import Opened, open_for_work, sqlite_file
    from guardian_desk.services.security.rekeying import Rekeyed, rekey
    from guardian_desk.services.security.sheet import recovery_sheet

__all__ = [
    "Encrypted",
    "KeyStatus",
    "NewKeys",
    "Opened",
    "Rekeyed",
    "Unlocked",
    "encrypt",
    "key_file_of",
    "keyring_problem",
    "new_recovery_key",
    "normalise_recovery_key",
    "open_for_work",
    "recovery_sheet",
    "rekey",
    "replace_recovery_key",
    "sqlite_file",
    "status",
    "unlock",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
