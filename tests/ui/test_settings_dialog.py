"""The settings dialog, and the default jurisdiction it sets for new cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from guardian_desk.storage.database import Database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_settings_are_edited_and_used(qtbot, db: Database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    dialog = window.edit_settings()
    ui = dialog.ui
    ui.reminders.clear()
    qtbot.keyClicks(ui.reminders, "14, 2, x")
    ui.buttons.button(ui.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "whole numbers of days" in ui.problem.text()
    ui.reminders.clear()
    qtbot.keyClicks(ui.reminders, "14, 2")
    ui.jurisdiction.setCurrentIndex(ui.jurisdiction.findData("DE"))
    ui.buffer.setValue(45)
    ui.buttons.button(ui.buttons.StandardButton.Ok).click()
    assert settings.reminder_lead_days == (2, 14)
    assert settings.default_jurisdiction == "DE"
    assert settings.hearing_travel_buffer_minutes == 45
    editor = window.new_case()
    assert editor.draft["home_jurisdiction"] == "DE"
    assert not editor.dirty
    editor.close()
    qtbot.waitUntil(lambda: not window.editors, timeout=3000)
