"""The administrator's list of users: add one, give another role, reset a forgotten
passphrase, suspend or resume, remove (and why a new database key is then advised)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import security, team
from guardian_desk.storage.database import Database
from guardian_desk.ui.security.sign_in import AskingDialog, secret_field
from guardian_desk.ui.widgets import fit_to_width, grow_to_fit, problem_label


class UsersDialog(QDialog):
    """Users of this database (for a role that may manage them)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Users"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Role"), self.tr("Team member"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.reset_button = QPushButton(self.tr("Reset passphrase…"))
        self.suspend_button = QPushButton(self.tr("Suspend"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        # On a team's server: a database role of the user's own, held by row-level security.
        self.server_button = QPushButton(self.tr("Server role…"))
        self.server_button.setToolTip(
            self.tr(
                "A login of their own on the team's server, that reads only what their role may"
            )
        )
        self.server_button.setVisible(not db.is_sqlite)
        for button in (
            self.add_button,
            self.role_button,
            self.reset_button,
            self.suspend_button,
            self.remove_button,
            self.server_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.suspend_button.clicked.connect(self.suspend_or_resume)
        self.remove_button.clicked.connect(self.remove_user)
        self.server_button.clicked.connect(self.give_server_role)
        self.table.itemSelectionChanged.connect(self._enable)
        self.users: list[security.User] = []
        self.reload()
        fit_to_width(self, 720)

    def reload(self) -> None:
        self.users = security.list_users(self.db)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = (
                self.tr("suspended")
                if not user.active
                else self.tr("must choose a passphrase")
                if user.must_change
                else self.tr("active")
            )
            for column, text in enumerate(
                (user.username, user.role_name, user.team_member or "—", state)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._enable()

    def chosen(self) -> security.User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _enable(self) -> None:
        user = self.chosen()
        for button in (
            self.role_button,
            self.reset_button,
            self.suspend_button,
            self.server_button,
        ):
            button.setEnabled(user is not None)
        self.remove_button.setEnabled(user is not None)
        self.suspend_button.setText(
            self.tr("Resume") if user is not None and not user.active else self.tr("Suspend")
        )

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        grow_to_fit(self)

    def _do(self, work: object) -> bool:
        try:
            work()  # type: ignore[operator]
        except GuardianDeskError as exc:
            self._say(str(exc))
            return False
        self._say("")
        self.reload()
        return True

    def add_user(self) -> None:
        asked = AddUserDialog(self.db, self)
        if asked.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def change_role(self) -> None:
        user = self.chosen()
        if user is None:
            return
        roles = security.load_roles().roles
        names = [role.name for role in roles.values()]
        ids = list(roles)
        current = ids.index(user.role) if user.role in ids else 0
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("Role of {0}:").format(user.username),
            names,
            current,
            False,
        )
        if ok:
            self._do(lambda: security.change_role(self.db, user.username, ids[names.index(name)]))

    def reset_passphrase(self) -> None:
        user = self.chosen()
        if user is None:
            return
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Reset passphrase"),
            self.tr(
                "A passphrase for {0} to sign in with once; they choose their own then:"
            ).format(user.username),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._do(lambda: security.reset_passphrase(self.db, user.username, typed))

    def give_server_role(self) -> None:
        user = self.chosen()
        if user is None:
            return
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Server role"),
            self.tr(
                "The password {0} signs in to the team's server with (at least 12 characters):"
            ).format(user.username),
            QLineEdit.EchoMode.Password,
        )
        if ok and self._do(lambda: security.server_add_user(self.db, user.username, typed)):
            QMessageBox.information(
                self,
                self.tr("Server role"),
                self.tr(
                    "{0} can now sign in to the team's server with their own password: they "
                    "read there only what their role may, and write nothing."
                ).format(user.username),
            )

    def suspend_or_resume(self) -> None:
        user = self.chosen()
        if user is not None:
            self._do(lambda: security.set_active(self.db, user.username, not user.active))

    def remove_user(self) -> None:
        user = self.chosen()
        if user is None:
            return
        sure = QMessageBox.question(
            self,
            self.tr("Remove a user"),
            self.tr("Remove {0}? They can no longer sign in.").format(user.username),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return
        advice: list[str] = []
        if self._do(lambda: advice.append(security.remove_user(self.db, user.username))):
            self.removed_advice = advice[0]
            QMessageBox.information(self, self.tr("User removed"), advice[0])


class AddUserDialog(AskingDialog):
    """A new user: their name, role, the team member they are, a first passphrase."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Add a user"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.role = QComboBox()
        for role in security.load_roles().roles.values():
            self.role.addItem(role.name, role.id)
        self.member = QComboBox()
        self.member.setEditable(False)
        self.member.addItem(self.tr("— none —"), None)
        for member in team.team_members(db):
            self.member.addItem(member.name, member.id)
        self.passphrase = secret_field("passphrase")
        self.again = secret_field("passphrase_again")
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Team member:"), self.member)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("The same passphrase again:"), self.again)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Give the passphrase to the person in private; they choose their own at their "
                "first sign-in."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.add_button = self._finish(layout, self.tr("Add"), self._add, 520)
        self.role.setCurrentIndex(max(0, self.role.findData("caseworker")))
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add(self) -> None:
        if self.passphrase.text() != self.again.text():
            self._say(self.tr("The two passphrases differ."))
            return
        try:
            security.add_user(
                self.db,
                self.username.text(),
                self.passphrase.text(),
                str(self.role.currentData()),
                self.member.currentData(),
                must_change=True,
            )
        except GuardianDeskError as exc:
            self._say(str(exc))
            return
        self.accept()
