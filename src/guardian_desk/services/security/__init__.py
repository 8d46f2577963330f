"""Protecting the data: the keys of encrypted databases (and, as they land, sign-in, roles,
the access policy and the audit).

- :mod:`.keys`: the database key in the OS keyring and wrapped under a recovery key in a key
  file beside the database; recovery keys; the key status.
- :mod:`.opening`: opening the database a person works in: created encrypted, unlocked from
  the keyring or with the recovery key.
- :mod:`.encrypting`: a plain database made before encryption, encrypted in place.
- :mod:`.rekeying`: a new database key (and recovery key) for an encrypted database.
- :mod:`.servers`: a team's server: its password in the keyring, TLS verified to another
  machine.
- :mod:`.roles`: the roles in force, shipped and the organisation's own.
- :mod:`.users`: users, their passphrases and key slots, signing in.
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
        key_from_recovery_key,
        keyring_problem,
        new_recovery_key,
        normalise_recovery_key,
        replace_recovery_key,
        status,
        unlock,
    )
    from guardian_desk.services.security.opening import Opened, SignIn, open_for_work, sqlite_file
    from guardian_desk.services.security.rekeying import Rekeyed, rekey
    from guardian_desk.services.security.roles import RoleSet, load_roles, organisation_folder
    from guardian_desk.services.security.servers import (
        address_shown,
        check_server_password,
        connection_url,
        on_this_machine,
        refuse_password_in_address,
        store_server_password,
        stored_server_password,
    )
    from guardian_desk.services.security.sheet import recovery_sheet
    from guardian_desk.services.security.users import (
        DEMO_PASSPHRASE,
        User,
        add_demo_users,
        add_user,
        change_passphrase,
        change_role,
        forget_me,
        has_users,
        list_users,
        remove_user,
        reset_passphrase,
        server_add_user,
        set_active,
        sign_in,
        sign_in_from_keyring,
        unlock_as,
    )

__all__ = [
    "DEMO_PASSPHRASE",
    "Encrypted",
    "KeyStatus",
    "NewKeys",
    "Opened",
    "Rekeyed",
    "RoleSet",
    "SignIn",
    "Unlocked",
    "User",
    "add_demo_users",
    "add_user",
    "address_shown",
    "change_passphrase",
    "change_role",
    "check_server_password",
    "connection_url",
    "encrypt",
    "forget_me",
    "has_users",
    "key_file_of",
    "key_from_recovery_key",
    "keyring_problem",
    "list_users",
    "load_roles",
    "new_recovery_key",
    "normalise_recovery_key",
    "on_this_machine",
    "open_for_work",
    "organisation_folder",
    "recovery_sheet",
    "refuse_password_in_address",
    "rekey",
    "remove_user",
    "replace_recovery_key",
    "reset_passphrase",
    "server_add_user",
    "set_active",
    "sign_in",
    "sign_in_from_keyring",
    "sqlite_file",
    "status",
    "store_server_password",
    "stored_server_password",
    "unlock",
    "unlock_as",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
