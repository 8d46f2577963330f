"""The settings dialog: the typed settings of :mod:`guardian_desk.ui.settings`, edited."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from guardian_desk.domain.codes import countries, is_jurisdiction, jurisdiction_name
from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import security
from guardian_desk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP, ui_locale
from guardian_desk.ui.settings import Settings

# Interface languages offered (translations come with the multilingual interface).
LANGUAGES: list[tuple[str, str]] = [
    ("", QT_TRANSLATE_NOOP("SettingsDialog", "System language")),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ar", "العربية"),
]


class SettingsDialog(QDialog):
    """Edits the settings; OK stores them only when every value is acceptable."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.jurisdiction.addItem(self.tr("None"), "")
        locale = ui_locale()  # countries named in the window's language
        for code, name in countries(locale):
            ui.jurisdiction.addItem(f"{name} ({code})", code)
        current = settings.default_jurisdiction
        if current and ui.jurisdiction.findData(current) < 0:  # a subdivision such as US-CA
            ui.jurisdiction.addItem(f"{jurisdiction_name(current, locale)} ({current})", current)
        ui.jurisdiction.setCurrentIndex(max(ui.jurisdiction.findData(current), 0))
        for tag, name in LANGUAGES:
            ui.language.addItem(self.tr(name) if not tag else name, tag)
        ui.language.setCurrentIndex(max(ui.language.findData(settings.ui_language), 0))
        ui.database.setText(settings.database)
        ui.reminders.setText(", ".join(str(d) for d in settings.reminder_lead_days))
        ui.buffer.setValue(settings.hearing_travel_buffer_minutes)
        ui.calendarNames.setChecked(settings.ics_titles_show_child_name)
        ui.lockAfter.setValue(settings.lock_after_minutes)
        ui.problem.hide()
        ui.browse.clicked.connect(self._browse)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the database file"),
            self.ui.database.text(),
            self.tr("Guardian Desk databases (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.database.setText(path)

    def _lead_days(self) -> tuple[int, ...] | None:
        parts = [p.strip() for p in self.ui.reminders.text().replace(";", ",").split(",")]
        try:
            days = sorted({int(p) for p in parts if p})
        except ValueError:
            return None
        return tuple(days) if all(0 <= d <= 365 for d in days) else None

    def accept(self) -> None:
        days = self._lead_days()
        if days is None:
            self.ui.problem.setText(
                self.tr(
                    "Reminders: write whole numbers of days from 0 to 365, separated by commas."
                )
            )
            self.ui.problem.show()
            self.ui.reminders.setFocus()
            return
        database = self.ui.database.text().strip()
        try:
            if database:
                security.refuse_password_in_address(database)
        except GuardianDeskError as exc:
            self.ui.problem.setText(
                self.tr(
                    "Database: a password does not belong in the address, where it would stay "
                    "in the settings file. Give the address without it: Guardian Desk asks for "
                    "the password once and keeps it in this computer's keyring."
                )
                if "password" in str(exc)
                else self.tr("Database: this address is not understood.")
            )
            self.ui.problem.show()
            self.ui.database.setFocus()
            return
        jurisdiction = self.ui.jurisdiction.currentData() or ""
        assert not jurisdiction or is_jurisdiction(jurisdiction)
        settings = self.settings
        settings.database = database
        settings.default_jurisdiction = jurisdiction
        settings.ui_language = self.ui.language.currentData() or ""
        settings.reminder_lead_days = days
        settings.hearing_travel_buffer_minutes = self.ui.buffer.value()
        settings.ics_titles_show_child_name = self.ui.calendarNames.isChecked()
        settings.lock_after_minutes = self.ui.lockAfter.value()
        settings.sync()
        super().accept()
