"""The window started as a person starts it: ``guardian-desk --demo`` (here without a
screen to click on: the demo signs in as its administrator)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from guardian_desk import app


def test_the_demo_starts_with_its_users_and_signs_in(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.ui import main_window

    monkeypatch.setattr(app, "DEMO_CASES", 20)
    seen: list[object] = []
    real = main_window.MainWindow.__init__

    def remember(self, db, **kwargs):  # type: ignore[no-untyped-def]
        real(self, db, **kwargs)
        seen.append(db.person)
        QTimer.singleShot(500, QApplication.quit)

    monkeypatch.setattr(main_window.MainWindow, "__init__", remember)
    code = app.run_gui(None, demo=True, crash_dialog=False)
    assert code == 0
    assert len(seen) == 1
    person = seen[0]
    assert person is not None
    assert person.username == "admin"  # type: ignore[attr-defined]
