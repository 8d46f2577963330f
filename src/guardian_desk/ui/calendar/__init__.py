"""The window's side of time in a case: the Calendar page, the This week panel, reminders,
a case's Deadlines tab and its hearings with their outcomes."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.calendar.calendar_view import CalendarView, ThisWeek
    from guardian_desk.ui.calendar.deadline_list import DeadlineList
    from guardian_desk.ui.calendar.hearing_outcome import HearingList, OutcomeDialog
    from guardian_desk.ui.calendar.reminders import Reminders

__all__ = [
    "CalendarView",
    "DeadlineList",
    "HearingList",
    "OutcomeDialog",
    "Reminders",
    "ThisWeek",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
