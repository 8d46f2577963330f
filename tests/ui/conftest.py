"""The main window on the demo database, shown as a person sees it after starting."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from guardian_desk.storage.database import Database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):  # type: ignore[no-untyped-def]
    """The window's language as the program sets it at start: English, with its plurals."""
    from guardian_desk.ui import i18n

    i18n.apply_language("en")


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Shown, with its case list and its "This week" panel read."""
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.this_week.loaded, timeout=10000):  # after the list's
        shown.show()
    yield shown
    if not shiboken6.isValid(shown):
        # pytest-qt closed and deleted it first (a nested event loop, such as a QInputDialog's,
        # lets its deleteLater run); deleting it waited for its work.
        return
    shown.ops.wait()
    for editor in list(shown.editors.values()):  # no unsaved-changes prompt while tearing down
        editor.draft = editor.opened.case
        editor.close()
