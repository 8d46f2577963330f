"""Signing in: a user name and passphrase, "remember me on this computer", and the first
start of a database without users, which makes its administrator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import GuardianDeskError, SignInError
from guardian_desk.services import security
from guardian_desk.storage.database import Database
from guardian_desk.ui.widgets import fit_to_width, grow_to_fit, problem_label


def secret_field(name: str) -> QLineEdit:
    """A field whose text is not shown (a passphrase)."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AskingDialog(QDialog):
    """A small dialog of fields that says under them what is wrong, with its own OK button
    and Cancel."""

    problem: QLabel

    def _finish(
        self, layout: QVBoxLayout, ok_text: str, on_ok: Callable[[], None], width: int
    ) -> QPushButton:
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        buttons.accepted.connect(on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_width(self, width)
        return ok

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        grow_to_fit(self)


class SignInDialog(AskingDialog):
    """Asks who is working. With ``db`` the database is open (plain or a server) and the
    person signs in on it; with ``target`` alone it is an encrypted file that the user's key
    slot opens (:attr:`opened`)."""

    def __init__(
        self,
        *,
        db: Database | None = None,
        target: str | None = None,
        options: dict[str, Any] | None = None,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.target, self.options = db, target, options or {}
        self.opened: security.Opened | None = None
        self.setWindowTitle(self.tr("Sign in to Guardian Desk"))
        layout = QVBoxLayout(self)
        intro = QLabel(hint or self.tr("Sign in with your user name and passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.passphrase = secret_field("passphrase")
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setToolTip(
            self.tr(
                "The next start needs nothing typed; locking and a change of user still ask "
                "for the passphrase. Only on a computer no one else uses."
            )
        )
        layout.addWidget(self.remember)
        forgot = QLabel(
            self.tr(
                "Forgot your passphrase? An administrator gives you a new one. If no one can "
                "sign in, whoever holds the recovery key runs: guardian-desk users reset NAME "
                "--recovery-key-file FILE"
            )
        )
        forgot.setWordWrap(True)
        forgot.setEnabled(False)  # a note, shown quietly
        layout.addWidget(forgot)
        self.sign_in_button = self._finish(layout, self.tr("Sign in"), self._try, 460)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(lambda: self.sign_in_button.setEnabled(True))

    @staticmethod
    def demo_hint(passphrase: str) -> str:
        """What the demo's sign-in says: who to sign in as, and the demo passphrase."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "SignInDialog",
            "A demo database: sign in as admin, supervisor, lawyer, gal, caseworker, clerk, "
            "interpreter or dpo to see what each role sees. The passphrase of each is: {0}",
        ).format(passphrase)

    def _try(self) -> None:
        chosen = security.SignIn(
            self.username.text(), self.passphrase.text(), remember=self.remember.isChecked()
        )
        try:
            if self.db is not None:
                security.sign_in(
                    self.db, chosen.username, chosen.passphrase, remember=chosen.remember
                )
            else:
                self.opened = security.open_for_work(
                    str(self.target), sign_in=chosen, **self.options
                )
        except SignInError as exc:
            self._say(str(exc))
            if exc.retry_after > 0:
                self.sign_in_button.setEnabled(False)
                self._wait.start(int(exc.retry_after * 1000))
            return
        except GuardianDeskError as exc:
            self._say(str(exc))
            return
        db = self.db if self.db is not None else self.opened.db if self.opened else None
        if db is not None and not chosen.remember:
            security.forget_me(db)  # "remember me" left unticked: no one is remembered here
        if db is not None and db.person is not None and db.person.must_change:
            # A passphrase an administrator gave: the person chooses their own now.
            own = ChangePassphraseDialog(db, self, current=chosen.passphrase, first=True)
            if own.exec() != QDialog.DialogCode.Accepted:
                self._say(self.tr("Choose your own passphrase to go on."))
                return
        self.accept()

    def _say(self, text: str) -> None:
        super()._say(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class ChangePassphraseDialog(AskingDialog):
    """The signed-in person's own new passphrase (the current one asked again)."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
        first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Change your passphrase"))
        layout = QVBoxLayout(self)
        if first:
            intro = QLabel(
                self.tr(
                    "An administrator set your passphrase. Choose your own now: at least 12 "
                    "characters; a few words you will remember are best."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.current = secret_field("current")
        self.current.setText(current or "")
        self.new = secret_field("new_passphrase")
        self.again = secret_field("new_passphrase_again")
        if current is None:
            form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("The same passphrase again:"), self.again)
        layout.addLayout(form)
        self.change_button = self._finish(layout, self.tr("Change"), self._change, 480)

    def _change(self) -> None:
        if self.new.text() != self.again.text():
            self._say(self.tr("The two passphrases differ."))
            return
        person = self.db.person
        if person is None:
            self.reject()
            return
        try:
            security.change_passphrase(
                self.db, person.username, self.current.text(), self.new.text()
            )
        except GuardianDeskError as exc:
            self._say(str(exc))
            return
        self.accept()


class FirstAdministratorDialog(AskingDialog):
    """The first start of a database without users: its administrator is made and signed in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Make the administrator of this database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database has no users yet. Choose the administrator's user name and "
                "passphrase: they add the team's other users and give each a role. A "
                "passphrase is at least 12 characters; a few words you will remember are best."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.passphrase = secret_field("passphrase")
        self.again = secret_field("passphrase_again")
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("The same passphrase again:"), self.again)
        layout.addLayout(form)
        self.make_button = self._finish(layout, self.tr("Make the administrator"), self._make, 520)

    def _make(self) -> None:
        if self.passphrase.text() != self.again.text():
            self._say(self.tr("The two passphrases differ."))
            return
        try:
            security.add_user(
                self.db, self.username.text(), self.passphrase.text(), "administrator"
            )
            security.sign_in(self.db, self.username.text(), self.passphrase.text())
        except GuardianDeskError as exc:
            self._say(str(exc))
            return
        self.accept()
