"""The window's side of protection: screening a child for trafficking risk."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.protection.screening_dialog import ScreeningDialog

__all__ = ["ScreeningDialog"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
