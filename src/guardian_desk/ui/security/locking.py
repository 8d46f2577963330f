"""The window locks itself on a shared machine (KeePassXC's habits): after a set time without a
key press or a click, when the screen locks, and before the computer sleeps.

Locked, every window of Guardian Desk is covered and its title no longer names anyone, nothing
reads or writes the database (its connections are closed and, for an encrypted file, its key
is dropped from the program), reminders say nothing, and keys and clicks reach only the unlock
window. What was typed in an open case stays where it was, unsaved, behind the cover.

Unlocking asks for the database's recovery key (never the keyring alone: the keyring opens
with the person's session, which may be the very one left unattended). A plain file, a server
or the demo data have no recovery key: they unlock with a click, and say why.

Screen locks and sleep are heard on Linux desktops through D-Bus (the freedesktop and GNOME
screen savers' ``ActiveChanged``, logind's ``PrepareForSleep``); elsewhere the idle timer is
what locks.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import DatabaseError, SignInError, ValidationError, WrongKeyError
from guardian_desk.services import security
from guardian_desk.storage.database import Database
from guardian_desk.ui.widgets import fit_to_width, grow_to_fit, problem_label

log = logging.getLogger("guardian_desk.ui.security")

# What counts as someone using the window.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
# What is kept from the covered windows while locked.
BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)
# Where Linux desktops say that the screen locked or the computer is about to sleep.
SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIN_MANAGER = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class _Cover(QFrame):
    """Covers one window while Guardian Desk is locked: nothing of it shows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 48, 24, 24)
        self.label = QLabel(self.tr("Guardian Desk is locked."))
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.label.setFont(font)
        layout.addWidget(self.label)
        layout.addStretch()
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded and watched is self.parent():
            QTimer.singleShot(0, self._raise)  # a child added later must not show over it
        return False

    def _raise(self) -> None:
        import shiboken6

        if shiboken6.isValid(self):
            self.raise_()


class UnlockDialog(QDialog):
    """Asks for what unlocks the window; over every other window, and closed only by
    unlocking.

    Signals:
        unlocked(): the right recovery key was given (or, without one, Unlock was clicked).
    """

    unlocked = Signal()

    def __init__(self, lock: SessionLock) -> None:
        super().__init__(None)
        self.lock = lock
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Guardian Desk is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        needs_key = lock.needs_recovery_key
        self.why = QLabel(
            self.tr(
                "Guardian Desk locked itself: {0} What you were typing is kept, unsaved, "
                "until you unlock."
            ).format(lock.reason)
        )
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.key_field: QLineEdit | None = None
        if lock.needs_passphrase:
            person = lock.db.person
            ask = QLabel(
                self.tr("Type your passphrase ({0}) to go on:").format(
                    person.username if person else ""
                )
            )
            ask.setWordWrap(True)
            layout.addWidget(ask)
            field = QLineEdit()
            field.setObjectName("passphrase")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            layout.addWidget(field)
            self.key_field = field
        elif needs_key:
            ask = QLabel(self.tr("Type the database's recovery key to go on:"))
            ask.setWordWrap(True)
            layout.addWidget(ask)
            field = QLineEdit()
            field.setObjectName("recovery_key")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            layout.addWidget(field)
            self.key_field = field
        else:
            note = QLabel(lock.unencrypted_note)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        buttons.accepted.connect(self._try)
        layout.addWidget(buttons)
        fit_to_width(self, 520)

    def _try(self) -> None:
        typed = self.key_field.text() if self.key_field is not None else None
        try:
            self.lock.unlock(typed)
        except (ValidationError, WrongKeyError, DatabaseError, SignInError) as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            grow_to_fit(self)
            if self.key_field is not None:
                self.key_field.selectAll()
                self.key_field.setFocus()
            return
        if self.key_field is not None:
            self.key_field.clear()
        self.done(QDialog.DialogCode.Accepted)
        self.unlocked.emit()

    def reject(self) -> None:
        """Escape and the close button leave it locked."""


class SessionLock(QObject):
    """Locks the windows of one database (see the module).

    Signals:
        locked_changed(bool): True when the windows lock, False when they unlock.
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        db: Database,
        *,
        minutes: int,
        demo: bool = False,
        writing: object = None,
        buses: Sequence[object] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.demo = demo
        self._writing = writing  # something with a ``writing`` count (the window's Ops)
        self.is_locked = False
        self.reason = ""
        self.dialog: UnlockDialog | None = None
        self._covers: list[_Cover] = []
        self._titles: dict[QWidget, str] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        # Logging out of the computer closes the windows even while locked: the session
        # manager must not be kept waiting by a cover.
        self.session_ending = False
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self.session_ends)
        self._listen(buses)
        self.timer.start()

    def session_ends(self, *_manager: object) -> None:
        """The desktop session is ending (logout, shutdown): windows may close."""
        self.session_ending = True

    @property
    def needs_recovery_key(self) -> bool:
        return self.db.encrypted and not self.demo and self.db.path is not None

    @property
    def needs_passphrase(self) -> bool:
        """Someone is signed in: they unlock with their own passphrase."""
        return self.db.person is not None

    @property
    def unencrypted_note(self) -> str:
        if self.demo:
            return self.tr("These are throw-away demo cases: they unlock without a key.")
        if self.db.is_sqlite:
            return self.tr(
                "This database is not encrypted, so it has no recovery key: anyone who copies "
                "its file can read it. Encrypt it (the banner above the case list) to make "
                "unlocking need its key."
            )
        return self.tr(
            "The team's server keeps its own protection; unlocking needs your own sign-in "
            "once sign-in is set up."
        )

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        if self.timer.isActive():
            self.timer.start()

    # --- what locks -------------------------------------------------------------------------

    def _idle(self) -> None:
        minutes = self.timer.interval() // 60_000
        self.lock(self.tr("nobody used it for %n minute(s).", "", minutes))

    def _listen(self, buses: Sequence[object] | None) -> None:
        """Hear the screen lock and sleep where the desktop says them on D-Bus."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - part of PySide6 on every system
            return
        if buses is None:
            buses = [QDBusConnection.sessionBus(), QDBusConnection.systemBus()]
        self._buses = list(buses)
        for bus in self._buses:
            if not bus.isConnected():  # type: ignore[attr-defined]
                continue
            for path, interface in SCREEN_SAVERS:
                bus.connect(  # type: ignore[attr-defined]
                    "", path, interface, "ActiveChanged", self, "2_screen_saver(bool)"
                )
            bus.connect(  # type: ignore[attr-defined]
                "", *LOGIN_MANAGER, "PrepareForSleep", self, "2_sleeping(bool)"
            )

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.lock(self.tr("the screen was locked."))

    @Slot(bool)
    def _sleeping(self, going: bool) -> None:
        if going:
            self.lock(self.tr("the computer went to sleep."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.is_locked:
            if kind in ACTIVITY:
                self.timer.start()
            return False
        # A covered window is not closed behind the cover: a case's "unsaved changes?"
        # question would show it, and its edits would be lost.
        closing = kind == QEvent.Type.Close and isinstance(watched, QWidget) and watched.isWindow()
        if closing and not self.session_ending and not self._in_dialog(watched):
            event.ignore()
            return True
        return bool(kind in BLOCKED and not self._in_dialog(watched))

    def _in_dialog(self, watched: QObject) -> bool:
        dialog = self.dialog
        if dialog is None:
            return False
        if isinstance(watched, QWidget):
            return watched.window() is dialog
        if isinstance(watched, QWindow):
            return watched is dialog.windowHandle()
        return True  # not a window's event: not ours to keep

    # --- locking and unlocking --------------------------------------------------------------

    def lock(self, reason: str = "") -> None:
        """Cover every window, stop reading and writing, and ask for what unlocks (nothing is
        done for a window that was closed)."""
        if self.is_locked or not self.window.isVisible():
            return
        self.is_locked = True
        self.reason = reason or self.tr("it was asked to.")
        self.timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or a list of choices
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, UnlockDialog):
                self._titles[window] = window.windowTitle()
                window.setWindowTitle(self.tr("Guardian Desk — locked"))
                self._covers.append(_Cover(window))
        log.info("the window locked")
        self._close_database_when_idle()
        self.dialog = UnlockDialog(self)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.locked_changed.emit(True)

    def _close_database_when_idle(self) -> None:
        """A write under way finishes first (what it writes is someone's work); then the
        database's connections close and its key is dropped."""
        if not self.is_locked:
            return
        if getattr(self._writing, "writing", 0):
            QTimer.singleShot(200, self._close_database_when_idle)
            return
        self.db.lock(forget_key=not self.demo)

    def unlock(self, recovery_key: str | None) -> None:
        """Unlock with the recovery key (None where there is none to give).

        Raises:
            ValidationError, WrongKeyError, DatabaseError: the key is not this database's;
                the windows stay locked.
        """
        if not self.is_locked:
            return
        key = None
        if self.needs_passphrase:
            security.unlock_as(self.db, recovery_key or "")
        elif self.needs_recovery_key:
            path = self.db.path
            assert path is not None
            key = security.key_from_recovery_key(path, recovery_key or "")
        if not self.needs_passphrase:
            self.db.unlock(key)
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        import shiboken6

        for window, title in self._titles.items():
            if shiboken6.isValid(window):
                window.setWindowTitle(title)
        self._titles.clear()
        self.is_locked = False
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        log.info("the window was unlocked")
        self.timer.start()
        self.locked_changed.emit(False)
