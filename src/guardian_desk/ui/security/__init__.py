"""The window's side of protecting the data: the recovery key shown once and asked for; how
an export is sealed."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.security.encrypting import encrypt_and_reopen
    from guardian_desk.ui.security.recovery_key import RecoveryKeyDialog, RecoveryKeyPrompt
    from guardian_desk.ui.security.sealing import SealDialog

__all__ = ["RecoveryKeyDialog", "RecoveryKeyPrompt", "SealDialog", "encrypt_and_reopen"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
