"""The organisation's own data files in the window: a file that cannot be used is said in
the status bar when the window opens, and Help › Organisation's files… names it with why,
beside each folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from guardian_desk.services import protection, reports, security
from guardian_desk.storage.database import Database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings


def _clear() -> None:
    protection.load_missing.cache_clear()
    protection.missing_actions.cache_clear()
    protection.load_instruments.cache_clear()
    reports.load_reports.cache_clear()


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The organisation's missing-episode folder with a file that is not TOML, and an empty
    reports folder."""
    folder = tmp_path / "missing"
    folder.mkdir()
    (folder / "broken.toml").write_text("jurisdiction = [unclosed\n", encoding="utf-8")
    (tmp_path / "reports").mkdir()
    monkeypatch.setenv("GUARDIAN_DESK_MISSING", str(folder))
    monkeypatch.setenv("GUARDIAN_DESK_REPORTS", str(tmp_path / "reports"))
    monkeypatch.setenv("GUARDIAN_DESK_SCREENING", str(tmp_path / "no-such-folder"))
    _clear()
    yield folder
    monkeypatch.undo()
    _clear()


def test_a_file_that_cannot_be_used_is_said_and_named(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path, broken: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "cannot be used" in window.statusBar().currentMessage(), timeout=20000)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("1 of the organisation's files cannot be used and is left out")
    )

    bar, menu = window.menuBar(), window.ui.menuHelp
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    where: QPoint = menu.actionGeometry(window.action_organisation_files).center()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=where)

    def box() -> QMessageBox | None:
        found = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "organisationFiles"
            and w.isVisible()
        ]  # fmt: skip
        return found[0] if found else None

    qtbot.waitUntil(lambda: box() is not None, timeout=10000)
    shown = box()
    assert shown is not None
    text = shown.informativeText()
    assert f"Missing-episode actions — {broken}" in text
    assert "broken.toml" in text
    assert "These files cannot be used and are left out" in text
    assert "Reports — " in text
    assert "Every file can be used." in text
    assert "No such folder: only the shipped files are used." in text
    assert f"Roles — {security.organisation_folder()}" in text
    close = shown.button(QMessageBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box() is None)
    window.ops.wait()
