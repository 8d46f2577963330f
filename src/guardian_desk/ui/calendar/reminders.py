"""Reminders of hearings and deadlines: on start and while the program runs.

A reminder is given when something is due today, overdue, or exactly one of the lead times
from the settings away (7 days, 1 day...). Where the desktop has a system tray, it is a tray
notification; always, the status bar says it and the "This week" panel lists it. Each
reminder is given once per session.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from guardian_desk.resources import resource_path
from guardian_desk.services import calendar
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import translated
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.settings import Settings

MAX_LINES = 6  # a notification longer than this says how many more there are


class Reminders(QObject):
    """Checks for reminders now and then; ``notified`` gives the lines of each new batch."""

    notified = Signal(list)
    CHECK_EVERY_MS = 15 * 60 * 1000

    def __init__(self, window: QMainWindow, db: Database, ops: Ops, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.ops = ops
        self.settings = settings
        self.shown: set[tuple[str, int]] = set()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(str(resource_path("icons", "calendar.svg"))), self)
            self.tray.setToolTip(self.tr("Guardian Desk"))
            self.tray.activated.connect(lambda _reason: self._bring_forward())
            self.tray.messageClicked.connect(self._bring_forward)
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.check())

    def start(self) -> None:
        """Check now, then every quarter of an hour (a new day brings new reminders)."""
        self.check()
        self.timer.start()

    def check(self, today: date | None = None) -> None:
        db, day, leads = self.db, today or date.today(), self.settings.reminder_lead_days
        self.ops.read(lambda _task: calendar.reminders(db, day, tuple(leads)), self._notify)

    def _notify(self, found: list[calendar.Reminder]) -> None:
        if self.db.locked:  # read before the window locked: said once it is unlocked
            return
        new = [r for r in found if r.key not in self.shown]
        if not new:
            return
        self.shown |= {r.key for r in new}
        lines = [translated(r.message()) for r in new]
        overdue = sum(1 for r in new if r.days_left < 0)
        title = (
            self.tr("Guardian Desk: %n overdue", "", overdue)
            if overdue
            else self.tr("Guardian Desk: %n reminder(s)", "", len(new))
        )
        text = "\n".join(lines[:MAX_LINES])
        if len(lines) > MAX_LINES:
            text += "\n" + self.tr("… and %n more in This week.", "", len(lines) - MAX_LINES)
        if self.tray is not None:
            self.tray.show()
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if overdue
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage(title, text, icon, 20000)
        self.window.statusBar().showMessage(
            f"{title}: {lines[0]}" + (" …" if len(lines) > 1 else ""), 60000
        )
        self.notified.emit(lines)

    def _bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        dock = getattr(self.window, "this_week_dock", None)
        if dock is not None:
            dock.show()
