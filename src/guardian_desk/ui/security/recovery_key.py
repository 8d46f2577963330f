"""The recovery key in the window: shown once when a database is made, and asked for when
this computer's keyring cannot open the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import ValidationError, WrongKeyError
from guardian_desk.files import FileWriteError, write_atomic
from guardian_desk.services import security
from guardian_desk.ui.widgets import (
    fit_to_width,
    grow_to_fit,
    print_with_preview,
    problem_label,
)


def _key_font() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    return font


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key, once, and closes only when the person says it is kept.

    A copied key is taken off the clipboard after ``CLEAR_AFTER_MS`` if it is still there, and
    when the dialog closes (KeePassXC's rule)."""

    CLEAR_AFTER_MS = 30_000

    def __init__(
        self,
        recovery_key: str,
        database_name: str,
        keyring_note: str | None = None,
        parent: QWidget | None = None,
        *,
        database_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.database_name, self.database_id = database_name, database_id
        self.setWindowTitle(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0} is encrypted. Its recovery key opens it when this computer's keyring "
                "cannot. Write it down or print it, and keep it apart from this computer, "
                "in the office safe: it is shown only this once."
            ).format(database_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recovery_key")
        self.key_label.setFont(_key_font())
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # also in Arabic
        layout.addWidget(self.key_label)
        if keyring_note:
            note = QLabel(
                self.tr("The key is not kept in a keyring: {0}. Every start asks for it.").format(
                    keyring_note
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self._copy)
        row.addWidget(self.copy_button)
        self.print_button = QPushButton(self.tr("Print the recovery sheet…"))
        self.print_button.setObjectName("print_sheet")
        self.print_button.clicked.connect(self._print)
        row.addWidget(self.print_button)
        self.save_button = QPushButton(self.tr("Save the recovery sheet as PDF…"))
        self.save_button.setObjectName("save_sheet")
        self.save_button.clicked.connect(lambda: self.save_sheet())
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.kept = QCheckBox(self.tr("I have written down or printed the recovery key"))
        self.kept.setObjectName("kept")
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        fit_to_width(self, 560)

    def sheet(self) -> bytes:
        return security.recovery_sheet(self.database_name, self.database_id, self.key_label.text())

    def _print(self) -> None:
        print_with_preview(self, [self.sheet()], self.tr("Recovery sheet"))

    def save_sheet(self, path: str | None = None) -> Path | None:
        """Write the recovery sheet where the person chooses (a USB stick to print from)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery sheet"),
                str(Path(QDir.homePath()) / "recovery-sheet.pdf"),
                "PDF (*.pdf)",
            )
        if not path:
            return None
        try:
            written = write_atomic(Path(path), self.sheet(), "The recovery sheet")
        except FileWriteError as exc:
            QMessageBox.warning(self, self.tr("Recovery sheet"), str(exc))
            return None
        return written

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key_label.text())
        QTimer.singleShot(self.CLEAR_AFTER_MS, self._clear_clipboard)

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self.key_label.text():  # still ours: nobody copied since
            clipboard.clear()

    def done(self, result: int) -> None:
        self._clear_clipboard()
        super().done(result)

    def reject(self) -> None:  # Escape does not close it before the key is kept
        if self.kept.isChecked():
            super().reject()


class RecoveryKeyPrompt(QDialog):
    """Asks for the recovery key of an encrypted database and checks it before closing."""

    def __init__(
        self, target: str, reason: str, options: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.options = options
        self.opened: security.Opened | None = None
        self.setWindowTitle(self.tr("Open an encrypted database"))
        layout = QVBoxLayout(self)
        why = QLabel(reason)
        why.setWordWrap(True)
        layout.addWidget(why)
        layout.addWidget(QLabel(self.tr("Recovery key:")))
        self.key_field = QLineEdit()
        self.key_field.setObjectName("recovery_key")
        self.key_field.setFont(_key_font())
        self.key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.key_field)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("Open"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_width(self, 560)

    def _try(self) -> None:
        try:
            self.opened = security.open_for_work(
                self.target, recovery_key=self.key_field.text(), **self.options
            )
        except (ValidationError, WrongKeyError) as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            grow_to_fit(self)
            self.key_field.selectAll()
            self.key_field.setFocus()
            return
        self.accept()
