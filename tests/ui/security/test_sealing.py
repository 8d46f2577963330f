"""Exports from the window are sealed to a passphrase unless a clear copy is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from guardian_desk.services import cases, exchange
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.security import SealDialog


def test_the_passphrase_is_checked_before_the_dialog_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SealDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "too short")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "at least 12 characters" in dialog.problem.text()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "four words for the office")
    qtbot.keyClicks(dialog.again, "four words for the offic")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "differ" in dialog.problem.text()
    qtbot.keyClicks(dialog.again, "four words for the office")  # the mistyped one is selected
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase == "four words for the office"


def test_a_clear_copy_is_a_choice_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SealDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.clear_copy, Qt.MouseButton.LeftButton)
    assert not dialog.first.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase is None


def test_the_window_exports_sealed_and_imports_it_back(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "office.age"
    passphrase = "four words for the office"
    window.export_cases(str(out), passphrase)
    qtbot.waitUntil(lambda: out.exists() and window.ops.running == 0, timeout=60000)
    assert window.ops.last_error is None
    raw = out.read_bytes()
    assert exchange.is_sealed(raw)
    name = exchange.export_document(window.db)["cases"][0]["child"]["family_name"]
    assert name.encode() not in raw
    cases_before = cases.count(window.db)
    window.import_cases(str(out), "not the passphrase at all")
    qtbot.waitUntil(lambda: window.ops.last_error is not None, timeout=60000)
    assert "does not open office.age" in (window.ops.last_error or "")
    assert cases.count(window.db) == cases_before


def test_file_export_asks_for_the_passphrase_first(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    out = tmp_path / "office.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def type_it() -> None:
        asked = QApplication.activeModalWidget()
        if not isinstance(asked, SealDialog):
            QTimer.singleShot(50, type_it)
            return
        qtbot.keyClicks(asked.first, "four words for the office")
        qtbot.keyClicks(asked.again, "four words for the office")
        qtbot.mouseClick(asked.export_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, type_it)
    window.ui.actionExport.trigger()  # File › Export
    qtbot.waitUntil(lambda: out.exists() and window.ops.running == 0, timeout=60000)
    assert exchange.is_sealed(out.read_bytes())
