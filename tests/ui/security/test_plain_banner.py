"""A plain database says so above the case list, and is encrypted from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from guardian_desk.services import cases, security
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import is_encrypted, open_database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.security import RecoveryKeyDialog, encrypt_and_reopen
from guardian_desk.ui.settings import Settings
from tests.conftest import AS_OF


def test_a_plain_database_shows_the_banner_and_asks_before_encrypting(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    assert window.plain_banner.isVisible()
    assert "not encrypted" in window.plain_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.encrypt_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert not window.encrypt_requested
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.encrypt_button, Qt.MouseButton.LeftButton)
    assert window.encrypt_requested
    assert not window.isVisible()  # closed, for the application to encrypt and reopen
    assert exits == [MainWindow.ENCRYPT_AND_REOPEN]


def test_an_encrypted_database_shows_no_banner(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened = security.open_for_work(str(tmp_path / "office.sqlite"))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(opened.db, settings=settings)
    qtbot.addWidget(shown)
    shown.show()
    assert not shown.plain_banner.isVisible()
    shown.close()
    opened.db.close()


def test_the_application_encrypts_and_reopens_with_the_recovery_key_shown(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "office.sqlite"
    db = open_database(str(path))
    demo.generate(db, 12, seed=2, as_of=AS_OF)
    db.close()
    shown: list[str] = []

    def keep_the_key() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryKeyDialog):
            QTimer.singleShot(50, keep_the_key)
            return
        shown.append(dialog.key_label.text())
        qtbot.mouseClick(dialog.kept, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, keep_the_key)
    reopened = encrypt_and_reopen(db, str(path))
    assert reopened.encrypted
    assert is_encrypted(path)
    assert len(cases.list_ids(reopened)) == 12
    reopened.close()
    assert len(shown) == 1
    assert security.unlock(path, shown[0]).key
