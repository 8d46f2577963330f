"""Signing in through the window, and what each role sees in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from sqlalchemy import select

from guardian_desk.services import security
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.security import FirstAdministratorDialog, SignInDialog
from guardian_desk.ui.settings import Settings


def test_the_sign_in_button_refuses_a_wrong_passphrase_then_signs_in(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    security.add_user(db, "admin", "river stones at dawn", "administrator")
    dialog = SignInDialog(db=db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.passphrase, "river stones at dusk")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible()
    assert "not right" in dialog.problem.text()
    assert db.person is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "river stones at dawn")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert db.person is not None
    assert db.person.username == "admin"


def test_the_first_start_makes_the_administrator(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstAdministratorDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "a garden of lemon trees")
    qtbot.keyClicks(dialog.again, "a garden of lemon tree")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.problem.text()
    assert not security.has_users(db)
    qtbot.keyClick(dialog.again, Qt.Key.Key_S)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstAdministratorDialog.DialogCode.Accepted
    assert db.person is not None
    assert db.person.role.id == "administrator"


def _window(qtbot, db: Database, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(db, settings=settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.model.loaded, timeout=10000):
        shown.model.reload()
    return shown


def test_a_caseworker_sees_only_their_cases(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    security.add_demo_users(demo_db)
    security.sign_in(demo_db, "caseworker", security.DEMO_PASSPHRASE)
    person = demo_db.person
    assert person is not None
    with demo_db.reading() as session:
        session.info["person"] = None
        mine = set(
            session.scalars(
                select(m.Case.reference).where(repo.assigned_to(str(person.team_member_id)))
            )
        )
        other = session.scalar(select(m.Case.reference).where(~m.Case.reference.in_(mine)))
    window = _window(qtbot, demo_db, tmp_path)
    model = window.model
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert shown == mine
    assert str(len(mine)) in window.count_label.text()  # the count gives nothing away
    # Searching by another worker's case reference finds nothing.
    qtbot.keyClicks(window.ui.search, str(other))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_search(str(other))
    assert model.rowCount() == 0
    # No Audit page and no clerk's batch of filings for a caseworker; their documents, yes.
    ui = window.ui
    assert ui.navigation.item(ui.pages.indexOf(ui.auditPage)).isHidden()
    assert ui.navigation.item(ui.pages.indexOf(ui.filingsPage)).isHidden()
    assert not ui.navigation.item(ui.pages.indexOf(ui.documentsPage)).isHidden()


def test_a_clerk_does_not_see_the_childs_views(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    security.add_demo_users(demo_db)
    security.sign_in(demo_db, "clerk", security.DEMO_PASSPHRASE)
    window = _window(qtbot, demo_db, tmp_path)
    with demo_db.reading() as session:
        case_id = session.scalar(
            select(m.Note.case_id).where(m.Note.kind == "childs_views").limit(1)
        )
    task = window.open_case(str(case_id))
    if task is not None:
        qtbot.waitUntil(lambda: str(case_id) in window.editors, timeout=10000)
    editor = window.editors[str(case_id)]
    titles = {
        editor.tabs.tabText(i) for i in range(editor.tabs.count()) if editor.tabs.isTabVisible(i)
    }
    assert "Family" not in titles
    assert "Protection" not in titles
    notes = editor.draft.get("notes") or []
    assert not [n for n in notes if n["kind"] == "childs_views" or n["restricted"]]
    # What a clerk reads but may not change is shown, not editable; their own work is.
    child = editor.parts["child"]
    assert not child.widgets["given_names"].isEnabled()
    assert not editor.case_form.widgets["reference"].isEnabled()
    assert not child.lists["age_assessments"].isVisible()  # health: not a clerk's
    proceedings = editor.parts["proceedings"]
    assert proceedings.add_button.isEnabled()


def _when_shown(qtbot, kind: type, act) -> None:  # type: ignore[no-untyped-def]
    """Do ``act`` to the next modal dialog of ``kind`` once it shows (exec blocks the test)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind):
            act(shown)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_the_administrator_manages_users_with_the_buttons(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from guardian_desk.ui.security import AddUserDialog, UsersDialog

    security.add_demo_users(demo_db)
    security.sign_in(demo_db, "admin", security.DEMO_PASSPHRASE)
    adding = AddUserDialog(demo_db)
    qtbot.addWidget(adding)
    qtbot.keyClicks(adding.username, "hana.s")
    adding.role.setCurrentIndex(adding.role.findData("clerk"))
    qtbot.keyClicks(adding.passphrase, "first words for hana")
    qtbot.keyClicks(adding.again, "first words for hana")
    qtbot.mouseClick(adding.add_button, Qt.MouseButton.LeftButton)
    assert adding.result() == AddUserDialog.DialogCode.Accepted
    users = UsersDialog(demo_db)
    qtbot.addWidget(users)
    users.show()
    names = [users.table.item(r, 0).text() for r in range(users.table.rowCount())]
    row = names.index("hana.s")
    assert users.table.item(row, 3).text() == "must choose a passphrase"
    users.table.selectRow(row)
    qtbot.mouseClick(users.suspend_button, Qt.MouseButton.LeftButton)
    assert users.table.item(row, 3).text() == "suspended"
    qtbot.mouseClick(users.suspend_button, Qt.MouseButton.LeftButton)  # now "Resume"
    assert users.table.item(row, 3).text() != "suspended"
    users.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("a passphrase for today", True))
    qtbot.mouseClick(users.reset_button, Qt.MouseButton.LeftButton)
    assert not users.problem.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    users.table.selectRow(row)
    qtbot.mouseClick(users.remove_button, Qt.MouseButton.LeftButton)
    assert "hana.s" not in [users.table.item(r, 0).text() for r in range(users.table.rowCount())]


def test_a_reset_passphrase_is_replaced_at_the_next_sign_in(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.ui.security import ChangePassphraseDialog

    security.add_user(db, "admin", "river stones at dawn", "administrator")
    security.sign_in(db, "admin", "river stones at dawn")
    security.add_user(db, "amina", "given by the admin", "caseworker", must_change=True)
    db.person = None
    dialog = SignInDialog(db=db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "amina")
    qtbot.keyClicks(dialog.passphrase, "given by the admin")

    def choose(own: ChangePassphraseDialog) -> None:
        qtbot.keyClicks(own.new, "my own quiet words")
        qtbot.keyClicks(own.again, "my own quiet words")
        qtbot.mouseClick(own.change_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, ChangePassphraseDialog, choose)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert db.person is not None
    assert not db.person.must_change
    db.person = None
    assert security.sign_in(db, "amina", "my own quiet words").username == "amina"


def test_switch_user_reads_everything_again_as_the_new_person(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    security.add_demo_users(demo_db)
    security.sign_in(demo_db, "admin", security.DEMO_PASSPHRASE)
    window = _window(qtbot, demo_db, tmp_path)
    assert window.model.total == 60
    assert window.action_users.isVisible()

    def sign_in_as_caseworker(dialog: SignInDialog) -> None:
        qtbot.keyClicks(dialog.username, "caseworker")
        qtbot.keyClicks(dialog.passphrase, security.DEMO_PASSPHRASE)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, SignInDialog, sign_in_as_caseworker)
    # File › Switch user…, clicked in the menu as a person clicks it.
    window.activateWindow()
    menu = window.ui.menuFile
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    rect = menu.actionGeometry(window.action_switch_user)
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_db.person is not None
    assert demo_db.person.username == "caseworker"
    assert window.model.total < 60
    assert not window.action_users.isVisible()
    assert window.ui.navigation.item(window.ui.pages.indexOf(window.ui.auditPage)).isHidden()


def test_remember_me_is_kept_only_while_it_is_ticked(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.services.security import keys
    from guardian_desk.services.security.users import remember_id

    security.add_user(db, "admin", "river stones at dawn", "administrator")
    for ticked in (True, False):
        db.person = None
        dialog = SignInDialog(db=db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.passphrase, "river stones at dawn")
        if ticked:
            box = dialog.remember  # its box, at the left (the widget is as wide as the dialog)
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
            assert box.isChecked()
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == SignInDialog.DialogCode.Accepted
        remembered = keys.remembered_user(remember_id(db))
        assert (remembered is not None) is ticked
    db.person = None
    assert security.sign_in_from_keyring(db) is None  # unticked: the next start asks again
