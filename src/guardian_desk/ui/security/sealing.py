"""Asking how an export is protected: a passphrase typed twice, or a clear copy on purpose."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import ValidationError
from guardian_desk.services import exchange
from guardian_desk.ui.widgets import fit_to_width, problem_label


class SealDialog(QDialog):
    """The passphrase an export is sealed to, or the person's choice of a clear copy.

    After ``Accepted``, ``passphrase`` is the passphrase, or None for a clear copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("Protect the export"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The export holds every child's data. Seal it with a passphrase: whoever opens "
                "it needs the same passphrase. A few words are easier to remember than "
                "symbols, and stronger."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("The same again:"), self.again)
        layout.addLayout(form)
        self.clear_copy = QCheckBox(
            self.tr("Write a clear copy instead: anyone who has the file can read it")
        )
        self.clear_copy.setObjectName("clear_copy")
        self.clear_copy.toggled.connect(self._clear_toggled)
        layout.addWidget(self.clear_copy)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_width(self, 520)

    def _clear_toggled(self, clear: bool) -> None:
        self.first.setEnabled(not clear)
        self.again.setEnabled(not clear)
        self.problem.hide()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _try(self) -> None:
        if self.clear_copy.isChecked():
            self.passphrase = None
            self.accept()
            return
        try:
            chosen = exchange.check_passphrase(self.first.text())
        except ValidationError as exc:
            self._say(str(exc))
            self.first.setFocus()
            return
        if self.again.text() != chosen:
            self._say(self.tr("The two passphrases differ."))
            self.again.selectAll()
            self.again.setFocus()
            return
        self.passphrase = chosen
        self.accept()
