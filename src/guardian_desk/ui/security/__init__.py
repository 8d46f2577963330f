"""The window's side of protecting the data: the recovery key shown once and asked for; how
an export is sealed; the window locked when left alone."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.security.encrypting import encrypt_and_reopen
    from guardian_desk.ui.security.locking import SessionLock, UnlockDialog
    from guardian_desk.ui.security.recovery_key import RecoveryKeyDialog, RecoveryKeyPrompt
    from guardian_desk.ui.security.sealing import SealDialog
    from guardian_desk.ui.security.server_password import ServerPasswordPrompt
    from guardian_desk.ui.security.sign_in import (
        ChangePassphraseDialog,
        FirstAdministratorDialog,
        SignInDialog,
    )
    from guardian_desk.ui.security.users_dialog import AddUserDialog, UsersDialog

__all__ = [
    "AddUserDialog",
    "ChangePassphraseDialog",
    "FirstAdministratorDialog",
    "RecoveryKeyDialog",
    "RecoveryKeyPrompt",
    "SealDialog",
    "ServerPasswordPrompt",
    "SessionLock",
    "SignInDialog",
    "UnlockDialog",
    "UsersDialog",
    "encrypt_and_reopen",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
