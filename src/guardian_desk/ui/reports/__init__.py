"""The window's side of reports: the Reports page (a report made for a period, its tables
with hidden counts said as such, its charts, narrowing by a category, exports) and the
reports' words in the window's language."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.reports.labels import category_label, dimension_label, report_text
    from guardian_desk.ui.reports.reports_page import ReportsPage

__all__ = ["ReportsPage", "category_label", "dimension_label", "report_text"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
