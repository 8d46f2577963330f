"""The window locks when left alone: every window covered, nothing read or written, the key
dropped, and only the recovery key unlocks an encrypted database."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from guardian_desk.errors import SessionLockedError
from guardian_desk.services import cases, security
from guardian_desk.services.exchange import demo
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.security import SessionLock, UnlockDialog
from guardian_desk.ui.settings import Settings
from tests.conftest import AS_OF


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Path, security.Opened, str]]:
    path = tmp_path / "office.sqlite"
    opened = security.open_for_work(str(path))
    assert opened.new_keys is not None
    demo.generate(opened.db, 15, seed=4, as_of=AS_OF)
    yield path, opened, opened.new_keys.recovery_key
    opened.db.close()


def _window(qtbot, opened: security.Opened, tmp_path: Path, *, minutes: int = 10) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.lock_after_minutes = minutes
    shown = MainWindow(opened.db, settings=settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.this_week.loaded, timeout=10000):
        shown.show()
    return shown


def _texts_shown(window: QWidget) -> str:
    """What a person can read in a window: the text of every label not hidden under the
    cover (the cover is on top of everything else)."""
    cover = window.findChild(QWidget, "lockCover")
    if cover is not None and cover.isVisible():
        return " ".join(label.text() for label in cover.findChildren(QLabel))
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def test_idle_time_locks_and_only_the_recovery_key_unlocks(  # type: ignore[no-untyped-def]
    qtbot, office, tmp_path: Path
) -> None:
    _path, opened, recovery_key = office
    window = _window(qtbot, opened, tmp_path)
    first = window.model.index(0, 1).data()
    assert first
    window.session_lock.set_minutes(1)
    window.session_lock.timer.setInterval(200)  # a minute is long for a test
    window.session_lock.timer.start()
    with qtbot.waitSignal(window.session_lock.locked_changed, timeout=5000) as signal:
        pass
    assert signal.args == [True]
    dialog = window.session_lock.dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.isVisible()
    assert "nobody used it" in dialog.why.text()
    # The dialog fits its text: the wrapped lines are not cut off.
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    # Nothing of the cases shows, not even in the title.
    assert window.windowTitle() == "Guardian Desk — locked"
    cover = window.findChild(QWidget, "lockCover")
    assert cover is not None
    assert cover.isVisible()
    assert cover.geometry() == window.rect()
    assert first not in _texts_shown(window)
    # The database is closed and its key dropped: nothing reads it.
    qtbot.waitUntil(lambda: opened.db.locked and opened.db.key is None, timeout=5000)
    with pytest.raises(SessionLockedError):
        cases.list_ids(opened.db)
    # Keys typed at the window do not reach it.
    qtbot.keyClicks(window.ui.search, "zzz")
    assert window.ui.search.text() == ""
    # A wrong recovery key is refused, and it stays locked.
    assert dialog.key_field is not None
    qtbot.keyClicks(dialog.key_field, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.session_lock.is_locked
    assert "does not open" in dialog.problem.text()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    # Escape does not unlock either.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.key_field.clear()
    qtbot.keyClicks(dialog.key_field, recovery_key.lower())
    with qtbot.waitSignal(window.session_lock.locked_changed, timeout=5000) as signal:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert signal.args == [False]
    assert not opened.db.locked
    assert opened.db.key is not None
    assert (
        window.findChild(QWidget, "lockCover") is None
        or not window.findChild(QWidget, "lockCover").isVisible()
    )
    assert window.windowTitle() != "Guardian Desk — locked"
    assert len(cases.list_ids(opened.db)) == 15
    qtbot.keyClicks(window.ui.search, "a")
    assert window.ui.search.text() == "a"
    window.ops.wait()


def test_use_keeps_it_unlocked(qtbot, office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _path, opened, _key = office
    window = _window(qtbot, opened, tmp_path)
    lock = window.session_lock
    lock.timer.setInterval(600)
    lock.timer.start()
    for _ in range(6):  # typing every 0.2 s for 1.2 s: longer than the idle time
        qtbot.wait(200)
        qtbot.keyClick(window.ui.search, Qt.Key.Key_A)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)  # then left alone, it locks
    lock.unlock(_key)
    window.ops.wait()


def test_file_lock_covers_an_open_case_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, office, tmp_path: Path
) -> None:
    _path, opened, recovery_key = office
    window = _window(qtbot, opened, tmp_path)
    case_id = cases.list_ids(opened.db)[0]
    with qtbot.waitSignal(window.ops.busy, timeout=5000, check_params_cb=lambda b: not b):
        window.open_case(case_id)
    editor = window.editors[case_id]
    editor_title = editor.windowTitle()
    # File › Lock, clicked in the menu as a person clicks it.
    window.activateWindow()
    menu = window.ui.menuFile
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitExposed(menu)
    rect = menu.actionGeometry(window.action_lock)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.session_lock.is_locked, timeout=3000)
    assert not menu.isVisible()
    assert editor.windowTitle() == "Guardian Desk — locked"
    assert editor.findChild(QWidget, "lockCover").isVisible()
    assert QApplication.activeModalWidget() is window.session_lock.dialog
    # Closing a covered window (its close button) does nothing while locked...
    assert not editor.close()
    assert editor.isVisible()
    dialog = window.session_lock.dialog
    assert dialog is not None
    assert dialog.key_field is not None
    qtbot.keyClicks(dialog.key_field, recovery_key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert editor.windowTitle() == editor_title
    assert editor.isVisible()
    editor.draft = editor.opened.case
    editor.close()
    window.ops.wait()


def test_a_desktop_session_that_ends_may_close_a_locked_window(  # type: ignore[no-untyped-def]
    qtbot, office, tmp_path: Path
) -> None:
    """Logging out of the computer closes the windows even while locked: the session
    manager's request (``commitDataRequest``) lets them close."""
    _path, opened, recovery_key = office
    window = _window(qtbot, opened, tmp_path)
    case_id = cases.list_ids(opened.db)[0]
    with qtbot.waitSignal(window.ops.busy, timeout=5000, check_params_cb=lambda b: not b):
        window.open_case(case_id)
    editor = window.editors[case_id]
    window.action_lock.trigger()
    assert not editor.close()
    window.session_lock.session_ends()  # what commitDataRequest calls
    editor.draft = editor.opened.case
    assert editor.close()
    window.session_lock.session_ending = False
    window.session_lock.unlock(recovery_key)
    window.ops.wait()


def test_the_demo_unlocks_with_a_click_and_keeps_its_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lock = SessionLock(window, window.db, minutes=10, demo=True, writing=window.ops)
    lock.lock("test")
    assert lock.dialog is not None
    assert lock.dialog.key_field is None
    qtbot.mouseClick(lock.dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked
    assert cases.list_ids(window.db)


def test_a_screen_lock_heard_on_d_bus_locks_the_window(  # type: ignore[no-untyped-def]
    qtbot, office, tmp_path: Path
) -> None:
    """A desktop's screen saver says ``ActiveChanged(true)`` on the session bus: a private
    bus of the test's own carries the same signal."""
    daemon = shutil.which("dbus-daemon")
    sender = shutil.which("dbus-send")
    if daemon is None or sender is None:
        pytest.skip("dbus-daemon is not installed (scripts/setup-system --test installs it)")
    from PySide6.QtDBus import QDBusConnection

    started = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert started.stdout is not None
        address = started.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, "gd-test-screen")
        assert bus.isConnected()
        _path, opened, recovery_key = office
        window = _window(qtbot, opened, tmp_path)
        lock = SessionLock(window, opened.db, minutes=10, buses=[bus], writing=window.ops)
        signal = [
            sender,
            f"--bus={address}",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
        ]
        subprocess.run([*signal, "boolean:false"], check=True)
        qtbot.wait(300)
        assert not lock.is_locked  # the screen saver ending locks nothing
        subprocess.run([*signal, "boolean:true"], check=True)
        qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
        assert lock.dialog is not None
        assert "screen was locked" in lock.dialog.why.text()
        lock.unlock(recovery_key)
        window.session_lock.unlock(recovery_key)
        window.ops.wait()
        QDBusConnection.disconnectFromBus("gd-test-screen")
    finally:
        started.terminate()
        started.wait(timeout=10)


def test_the_settings_dialog_sets_the_idle_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.edit_settings()
    dialog.ui.lockAfter.setValue(0)
    assert dialog.ui.lockAfter.value() == 1  # at least a minute
    dialog.ui.lockAfter.clear()
    qtbot.keyClicks(dialog.ui.lockAfter, "25")
    ok = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.settings.lock_after_minutes == 25
    assert window.session_lock.timer.interval() == 25 * 60_000


def test_a_name_copied_from_a_case_leaves_the_clipboard(  # type: ignore[no-untyped-def]
    qtbot, office, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLineEdit

    _path, opened, _key = office
    window = _window(qtbot, opened, tmp_path)
    window.clipboard_guard.timer.setInterval(300)
    case_id = cases.list_ids(opened.db)[0]
    with qtbot.waitSignal(window.ops.busy, timeout=5000, check_params_cb=lambda b: not b):
        window.open_case(case_id)
    editor = window.editors[case_id]
    qtbot.waitUntil(lambda: editor.fully_built)  # its tabs, built after the overview
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)  # the person is in it
    field = editor.findChild(QLineEdit, "child.family_name")
    assert field is not None
    name = field.text()
    assert name
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == name
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    # And at quit, what was copied here goes.
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    window.clipboard_guard.timer.stop()
    QApplication.instance().aboutToQuit.emit()
    assert clipboard.text() == ""
    editor.draft = editor.opened.case
    editor.close()
    window.ops.wait()


def test_a_signed_in_person_unlocks_with_their_own_passphrase(  # type: ignore[no-untyped-def]
    qtbot, office, tmp_path: Path
) -> None:
    """With users, the lock asks the passphrase of the person signed in: the key comes back
    from their key slot, not from the keyring or the recovery key."""
    _path, opened, recovery_key = office
    db = opened.db
    security.add_user(db, "admin", "a garden of lemon trees", "administrator")
    security.sign_in(db, "admin", "a garden of lemon trees")
    window = _window(qtbot, opened, tmp_path)
    with qtbot.waitSignal(window.session_lock.locked_changed, timeout=5000):
        window.action_lock.trigger()
    dialog = window.session_lock.dialog
    assert isinstance(dialog, UnlockDialog)
    assert "admin" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    qtbot.waitUntil(lambda: db.locked and db.key is None, timeout=5000)
    assert dialog.key_field is not None
    qtbot.keyClicks(dialog.key_field, recovery_key)  # not what unlocks for a person
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.session_lock.is_locked
    assert "not right" in dialog.problem.text()
    dialog.key_field.clear()
    qtbot.keyClicks(dialog.key_field, "a garden of lemon trees")
    with qtbot.waitSignal(window.session_lock.locked_changed, timeout=5000) as signal:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert signal.args == [False]
    assert db.key is not None
    assert len(cases.list_ids(db)) == 15
    window.ops.wait()
