"""The window's side of protection: screening a child for trafficking risk; looking for the
child's family among the people of other cases."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.protection.screening_dialog import ScreeningDialog
    from guardian_desk.ui.protection.tracing_dialog import TracingDialog

__all__ = ["ScreeningDialog", "TracingDialog"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
