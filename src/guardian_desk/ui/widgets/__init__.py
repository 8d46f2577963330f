"""Widgets and helpers every part of the window uses: date fields with a calendar drop-down,
codes (countries, languages, scripts, time zones, people) chosen by name,
windows sized to the screen, instants shown in the person's time zone, a scan's pages,
printing PDFs, the clipboard cleared of what was copied."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.widgets.clipboard import ClipboardGuard
    from guardian_desk.ui.widgets.date_picker import (
        add_calendar,
        date_hint,
        datetime_hint,
        month_hint,
        set_editable,
        year_hint,
    )
    from guardian_desk.ui.widgets.geometry import (
        fit_to_screen,
        fit_to_width,
        grow_to_fit,
        keep_on_screen,
    )
    from guardian_desk.ui.widgets.pickers import (
        CHOICES,
        NAMES,
        CodeListPicker,
        CodePicker,
        code_name,
    )
    from guardian_desk.ui.widgets.printing import print_with_preview
    from guardian_desk.ui.widgets.problems import PROBLEM_COLOUR, problem_label
    from guardian_desk.ui.widgets.scan_preview import ScanViewer, ThumbnailStrip, open_viewer
    from guardian_desk.ui.widgets.times import shown_instant, user_zone

__all__ = [
    "CHOICES",
    "NAMES",
    "PROBLEM_COLOUR",
    "ClipboardGuard",
    "CodeListPicker",
    "CodePicker",
    "ScanViewer",
    "ThumbnailStrip",
    "add_calendar",
    "code_name",
    "date_hint",
    "datetime_hint",
    "fit_to_screen",
    "fit_to_width",
    "grow_to_fit",
    "keep_on_screen",
    "month_hint",
    "open_viewer",
    "print_with_preview",
    "problem_label",
    "set_editable",
    "shown_instant",
    "user_zone",
    "year_hint",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
