"""The password of a team's server, asked for when this computer's keyring does not hold it
(or holds one the server refuses), checked by connecting, then kept in the keyring."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import DatabaseError, ServerPasswordError
from guardian_desk.services import security
from guardian_desk.ui.widgets import fit_to_width, grow_to_fit, problem_label


class ServerPasswordPrompt(QDialog):
    """Asks for the server's password; closes once the server accepts it."""

    def __init__(self, target: str, options: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.options = options
        self.opened: security.Opened | None = None
        self.kept_note: str | None = None
        self.setWindowTitle(self.tr("Sign in to the team's server"))
        layout = QVBoxLayout(self)
        why = QLabel(
            self.tr(
                "The server {0} asks for a password that this computer's keyring does not "
                "hold. Type it once: it is then kept in the keyring, never in a file."
            ).format(security.address_shown(target))
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        layout.addWidget(QLabel(self.tr("Password:")))
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("Connect"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_width(self, 520)

    def _try(self) -> None:
        typed = self.password.text()
        try:
            self.opened = security.open_for_work(self.target, password=typed, **self.options)
        except ServerPasswordError:
            self.problem.setText(self.tr("The server refused this password."))
            self.problem.show()
            grow_to_fit(self)
            self.password.selectAll()
            self.password.setFocus()
            return
        try:
            security.store_server_password(self.target, typed)
        except DatabaseError as exc:  # connected; the next start asks again
            self.kept_note = str(exc)
        self.password.clear()
        self.accept()
