"""A calendar that drops down from a date field, for those who would rather click than type.

The field stays a line edit: a date may be left empty, typed (``2026-03-01``) or picked. For a
date and time the picked day replaces the date and keeps a time already typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from guardian_desk.resources import resource_path


class CalendarPopup(QWidget):
    """A month calendar in a popup window; ``picked`` gives the chosen day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Choose a date"))
        self.calendar.setGridVisible(True)
        self.calendar.setLocale(QLocale())  # month and day names in the window's language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)  # Enter on a day

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


def date_hint() -> str:
    """How a day is typed, in the window's language: YYYY-MM-DD, AAAA-MM-JJ in French. Every
    date field and every message asking for a date says it with this one hint."""
    return QCoreApplication.translate("Dates", "YYYY-MM-DD")


def datetime_hint() -> str:
    """How a day and a time are typed: YYYY-MM-DD HH:MM in the window's language."""
    return QCoreApplication.translate("Dates", "{0} HH:MM").format(date_hint())


def year_hint() -> str:
    """A year alone (YYYY), and a year with its month (YYYY-MM)."""
    return QCoreApplication.translate("Dates", "YYYY")


def month_hint() -> str:
    return QCoreApplication.translate("Dates", "YYYY-MM")


def add_calendar(line: QLineEdit, *, with_time: bool = False) -> QAction:
    """Give a date field a calendar button at its end (also Alt+Down)."""
    action = line.addAction(
        QIcon(str(resource_path("icons", "calendar.svg"))),
        QLineEdit.ActionPosition.TrailingPosition,
    )
    action.setText(QCoreApplication.translate("DatePicker", "Choose from a calendar"))
    action.setToolTip(QCoreApplication.translate("DatePicker", "Choose from a calendar (Alt+Down)"))

    def open_calendar() -> None:
        popup = CalendarPopup(line)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown = QDate.fromString(line.text()[:10], Qt.DateFormat.ISODate)
        popup.calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        popup.picked.connect(lambda day: _put(line, day, with_time))
        popup.adjustSize()
        below = line.mapToGlobal(QPoint(0, line.height()))
        screen = line.screen().availableGeometry()
        x = min(below.x(), screen.right() - popup.width())
        y = (
            below.y()
            if below.y() + popup.height() <= screen.bottom()
            else (line.mapToGlobal(QPoint(0, 0)).y() - popup.height())
        )
        popup.move(max(x, screen.left()), max(y, screen.top()))
        popup.show()
        popup.calendar.setFocus()

    action.triggered.connect(open_calendar)
    shortcut = QAction(line)
    shortcut.setShortcut("Alt+Down")
    shortcut.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.triggered.connect(open_calendar)
    line.addAction(shortcut)
    return action


def set_editable(line: QLineEdit, editable: bool) -> None:
    """Make a field read-only or editable; a read-only date offers no calendar."""
    line.setReadOnly(not editable)
    for action in line.actions():
        action.setVisible(editable)


def _put(line: QLineEdit, day: QDate, with_time: bool) -> None:
    text = day.toString(Qt.DateFormat.ISODate)
    if with_time:
        time = line.text()[10:].strip()
        text = f"{text} {time}" if time else f"{text} "
    line.setText(text)
    line.setFocus()
    line.setCursorPosition(len(text))
