"""Typed settings over an INI file: defaults, round trips, hand-edited files, upgrades."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from guardian_desk.ui.settings import LATEST_VERSION, UPGRADES, VERSION_KEY, Settings

# One value per declared setting, each different from its default.
SAMPLES: dict[str, Any] = {
    "database": "/srv/legal aid/cases, 2026.sqlite",
    "default_jurisdiction": "US-CA",
    "ui_language": "ti-ER",
    "reminder_lead_days": (0, 3, 30, 365),
    "hearing_travel_buffer_minutes": 45,
    "ics_titles_show_child_name": True,
    "lock_after_minutes": 45,
}


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def open_ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def reread(settings: Settings, tmp_path: Path) -> Settings:
    """The same settings as another process would read them from the file.

    QSettings shares one cache per file within a process, so values would come back with the
    Python types they were written with; a copy of the file is parsed from its text.
    """
    settings.sync()
    copy = tmp_path / "reread.ini"
    shutil.copyfile(settings.qsettings.fileName(), copy)
    return Settings(open_ini(copy))


def test_defaults_of_a_new_file(ini: Path) -> None:
    settings = Settings(open_ini(ini))
    assert settings.database == ""
    assert settings.default_jurisdiction == ""
    assert settings.ui_language == ""
    assert settings.reminder_lead_days == (1, 7, 14)
    assert settings.hearing_travel_buffer_minutes == 30
    assert settings.ics_titles_show_child_name is False
    assert settings.version == 0
    assert not ini.exists()  # reading writes nothing


def test_default_file_is_the_users_ini() -> None:
    qsettings = Settings().qsettings
    assert qsettings.format() == QSettings.Format.IniFormat
    assert qsettings.scope() == QSettings.Scope.UserScope
    assert qsettings.organizationName() == "GuardianDesk"
    assert qsettings.applicationName() == "Guardian Desk"


def test_every_declared_setting_has_a_doc_and_a_sample() -> None:
    declared = Settings.declared()
    assert {setting.key for setting in declared} == set(SAMPLES)
    for setting in declared:
        assert setting.doc
        assert SAMPLES[setting.key] != setting.default


def test_every_setting_round_trips_through_the_file(ini: Path, tmp_path: Path) -> None:
    settings = Settings(open_ini(ini))
    for setting in Settings.declared():
        setattr(settings, setting.key, SAMPLES[setting.key])
    again = reread(settings, tmp_path)
    for setting in Settings.declared():
        assert getattr(again, setting.key) == SAMPLES[setting.key], setting.key


@pytest.mark.parametrize(
    ("given", "stored"),
    [((14, 1, 7, 7), (1, 7, 14)), ((), ()), ((5,), (5,))],
)
def test_reminder_lead_days_are_kept_sorted_without_repeats(
    ini: Path, tmp_path: Path, given: tuple[int, ...], stored: tuple[int, ...]
) -> None:
    settings = Settings(open_ini(ini))
    settings.reminder_lead_days = given
    assert settings.reminder_lead_days == stored
    assert reread(settings, tmp_path).reminder_lead_days == stored


def test_reset_gives_the_default_back(ini: Path) -> None:
    settings = Settings(open_ini(ini))
    settings.hearing_travel_buffer_minutes = 90
    settings.reset(Settings.hearing_travel_buffer_minutes)
    assert settings.hearing_travel_buffer_minutes == 30


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("default_jurisdiction", "XX"),
        ("default_jurisdiction", "us"),
        ("ui_language", "not a tag"),
        ("reminder_lead_days", (1, 366)),
        ("reminder_lead_days", (-1,)),
        ("hearing_travel_buffer_minutes", 601),
        ("hearing_travel_buffer_minutes", True),
        ("ics_titles_show_child_name", "yes please"),
    ],
)
def test_a_value_the_setting_does_not_allow_is_refused(ini: Path, key: str, value: Any) -> None:
    settings = Settings(open_ini(ini))
    with pytest.raises(ValueError, match=key):
        setattr(settings, key, value)
    assert getattr(settings, key) == getattr(Settings, key).default


HAND_EDITED = """\
[General]
database=first, second
default_jurisdiction=Narnia
ui_language=no such language!
reminder_lead_days=1, 900
hearing_travel_buffer_minutes=abc
ics_titles_show_child_name=perhaps
lock_after_minutes=0
"""


def test_unusable_values_in_the_file_fall_back_to_defaults_with_a_warning(
    ini: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ini.write_text(HAND_EDITED, encoding="utf-8")
    settings = Settings(open_ini(ini))
    with caplog.at_level(logging.WARNING, logger="guardian_desk.ui.settings"):
        for setting in Settings.declared():
            assert getattr(settings, setting.key) == setting.default, setting.key
            getattr(settings, setting.key)  # a second read does not warn again
    warned = [r for r in caplog.records if r.name == "guardian_desk.ui.settings"]
    assert len(warned) == len(Settings.declared())
    assert all(r.levelno == logging.WARNING for r in warned)
    for setting in Settings.declared():
        assert any(setting.key in r.getMessage() for r in warned), setting.key
    # What the file holds may be personal (a path with a name in it): it is never logged.
    for value in ("first", "Narnia", "no such language", "900", "abc", "perhaps"):
        assert not any(value in r.getMessage() for r in warned), value


def test_values_written_by_hand_in_their_plain_form_are_read(ini: Path) -> None:
    ini.write_text(
        "[General]\nhearing_travel_buffer_minutes= 45\nics_titles_show_child_name=TRUE\n"
        "reminder_lead_days=30, 3, 3\ndefault_jurisdiction=DE-BY\n",
        encoding="utf-8",
    )
    settings = Settings(open_ini(ini))
    assert settings.hearing_travel_buffer_minutes == 45
    assert settings.ics_titles_show_child_name is True
    assert settings.reminder_lead_days == (3, 30)
    assert settings.default_jurisdiction == "DE-BY"


def test_upgrade_steps_are_in_order() -> None:
    versions = [version for version, _step in UPGRADES]
    assert versions == list(range(1, len(UPGRADES) + 1))
    assert versions[-1] == LATEST_VERSION


def test_upgrade_from_version_0_moves_the_old_reminder_lead_times(
    ini: Path, tmp_path: Path
) -> None:
    old = open_ini(ini)
    old.setValue("reminders/lead_times", "2,5")
    old.sync()
    settings = Settings(open_ini(ini))
    assert settings.version == 0

    settings.upgrade()

    assert settings.reminder_lead_days == (2, 5)
    assert settings.version == LATEST_VERSION
    assert not settings.qsettings.contains("reminders/lead_times")
    again = reread(settings, tmp_path)
    assert again.reminder_lead_days == (2, 5)
    assert again.version == LATEST_VERSION
    assert "lead_times" not in ini.read_text(encoding="utf-8")


def test_upgrade_reads_old_lead_times_edited_by_hand(ini: Path) -> None:
    # Unquoted, the INI parser reads the old value as a list of strings.
    ini.write_text("[reminders]\nlead_times=10, 3\n", encoding="utf-8")
    settings = Settings(open_ini(ini))
    settings.upgrade()
    assert settings.reminder_lead_days == (3, 10)


def test_upgrade_drops_unreadable_old_lead_times_with_a_warning(
    ini: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ini.write_text("[reminders]\nlead_times=soon\n", encoding="utf-8")
    settings = Settings(open_ini(ini))
    with caplog.at_level(logging.WARNING, logger="guardian_desk.ui.settings"):
        settings.upgrade()
    assert settings.reminder_lead_days == (1, 7, 14)
    assert not settings.qsettings.contains("reminders/lead_times")
    assert "reminders/lead_times" in caplog.text
    assert "soon" not in caplog.text


def test_upgrade_of_a_new_file_only_stores_the_version(ini: Path) -> None:
    settings = Settings(open_ini(ini))
    settings.upgrade()
    settings.upgrade()
    assert settings.version == LATEST_VERSION
    assert settings.qsettings.allKeys() == [VERSION_KEY]


def test_upgrade_leaves_a_file_from_a_newer_program_alone(ini: Path) -> None:
    qsettings = open_ini(ini)
    qsettings.setValue(VERSION_KEY, LATEST_VERSION + 5)
    qsettings.setValue("reminders/lead_times", "2,5")
    settings = Settings(qsettings)
    settings.upgrade()
    assert settings.version == LATEST_VERSION + 5
    assert qsettings.contains("reminders/lead_times")


def test_window_geometry_and_state_round_trip(qtbot, ini: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(640, 480)
    settings = Settings(open_ini(ini))
    assert settings.load_window("MainWindow") == (None, None)
    settings.save_window("MainWindow", window.saveGeometry(), window.saveState())

    geometry, state = reread(settings, tmp_path).load_window("MainWindow")
    assert geometry == window.saveGeometry()
    assert state == window.saveState()
    restored = QMainWindow()
    qtbot.addWidget(restored)
    assert geometry is not None
    assert restored.restoreGeometry(geometry)
    assert restored.size() == window.size()

    settings.save_window("MainWindow", window.saveGeometry(), None)
    assert settings.load_window("MainWindow") == (window.saveGeometry(), None)


def test_splitter_positions_round_trip(qtbot, ini: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("cases"))
    splitter.addWidget(QLabel("hearings"))
    splitter.resize(600, 200)
    splitter.setSizes([150, 450])
    settings = Settings(open_ini(ini))
    assert settings.load_splitter("CaseDialog.main") is None
    settings.save_splitter("CaseDialog.main", splitter.saveState())

    state = reread(settings, tmp_path).load_splitter("CaseDialog.main")
    assert state == splitter.saveState()
    assert isinstance(state, QByteArray)


def test_window_names_with_slashes_are_refused(ini: Path) -> None:
    settings = Settings(open_ini(ini))
    with pytest.raises(ValueError, match="slashes"):
        settings.save_splitter("a/b", QByteArray(b"x"))
    with pytest.raises(ValueError, match="slashes"):
        settings.load_window("")
