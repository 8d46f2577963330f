"""The window's side of protecting the data: the recovery key shown once and asked for."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.security.recovery_key import RecoveryKeyDialog, RecoveryKeyPrompt

__all__ = ["RecoveryKeyDialog", "RecoveryKeyPrompt"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
