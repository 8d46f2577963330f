"""The recovery key in the window, clicked and typed as a person does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from guardian_desk.services import security
from guardian_desk.services.security import keys
from guardian_desk.ui.security import RecoveryKeyDialog, RecoveryKeyPrompt


def test_the_new_key_is_shown_and_the_dialog_waits_until_it_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    key = security.new_recovery_key()
    dialog = RecoveryKeyDialog(key, "cases.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_label.text() == key
    assert not dialog.done_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not closed before the person says the key is kept
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    qtbot.mouseClick(dialog.kept, Qt.MouseButton.LeftButton)
    assert dialog.done_button.isEnabled()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QGuiApplication.clipboard().text() == ""  # not left behind on the clipboard


def test_a_copied_key_leaves_the_clipboard_after_a_while_unless_replaced(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RecoveryKeyDialog(security.new_recovery_key(), "cases.sqlite")
    dialog.CLEAR_AFTER_MS = 50
    qtbot.addWidget(dialog)
    dialog.show()
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == dialog.key_label.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("the person copied something else since")
    qtbot.wait(150)
    assert clipboard.text() == "the person copied something else since"


def test_the_prompt_refuses_a_wrong_key_and_opens_with_the_right_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cases.sqlite"
    made = security.open_for_work(str(path))
    made.db.close()
    assert made.new_keys is not None
    keys.forget_key(made.new_keys.database_id)
    prompt = RecoveryKeyPrompt(str(path), "The keyring does not hold its key.", {})
    qtbot.addWidget(prompt)
    prompt.show()
    ok = prompt.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(prompt.key_field, security.new_recovery_key())
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert prompt.isVisible()
    assert "does not open" in prompt.problem.text()
    prompt.key_field.clear()
    qtbot.keyClicks(prompt.key_field, "oops")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "32 characters" in prompt.problem.text()
    prompt.key_field.clear()
    qtbot.keyClicks(prompt.key_field, made.new_keys.recovery_key.lower())
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert prompt.result() == QDialog.DialogCode.Accepted
    assert prompt.opened is not None
    assert prompt.opened.db.encrypted
    prompt.opened.db.close()


def test_the_recovery_sheet_is_saved_as_a_pdf_that_reads_back(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import io

    from pypdf import PdfReader

    key = security.new_recovery_key()
    dialog = RecoveryKeyDialog(key, "office.sqlite", database_id="1234-abcd")
    qtbot.addWidget(dialog)
    written = dialog.save_sheet(str(tmp_path / "sheet.pdf"))
    assert written is not None
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("office.sqlite", "1234-abcd", *key.split("-"), "office safe", ".key"):
        assert expected in text


def test_the_print_and_save_buttons_are_the_way_to_the_sheet(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog

    key = security.new_recovery_key()
    dialog = RecoveryKeyDialog(key, "office.sqlite", database_id="1234-abcd")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    preview = dialog.findChild(QPrintPreviewDialog)
    assert preview is not None
    assert preview.isVisible()
    preview.close()
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
