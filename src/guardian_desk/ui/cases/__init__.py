"""The window's side of cases: the case list's model and the case editor."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.cases.case_editor import CaseEditor
    from guardian_desk.ui.cases.case_table import CaseTableModel

__all__ = [
    "CaseEditor",
    "CaseTableModel",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
