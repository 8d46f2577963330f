"""Composition root of the window: logging, crash handling, settings, the database lock,
the database itself, and the main window."""

from __future__ import annotations

import faulthandler
import functools
import logging
import secrets
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

from guardian_desk.config import database_target
from guardian_desk.errors import GuardianDeskError
from guardian_desk.files import private_temp_folder
from guardian_desk.log import setup_logging, write_crash_report
from guardian_desk.storage.database import open_database, verify_and_back_up

log = logging.getLogger("guardian_desk.app")
DEMO_CASES = 300


class CrashHandler:
    """Writes a crash report for an unexpected error and, unless told not to, says so.

    Expected errors (GuardianDeskError) never come here: they are shown where they happen.
    """

    def __init__(self, show_dialog: bool, log_dir: Path | None = None) -> None:
        self.show_dialog = show_dialog
        self.log_dir = log_dir
        self.reports: list[Path] = []

    def install(self) -> None:
        faulthandler.enable()
        sys.excepthook = self.handle

    def handle(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        report = write_crash_report(kind, value, tb, self.log_dir)
        self.reports.append(report)
        log.critical("unexpected error; crash report written to %s", report.name, exc_info=value)
        if self.show_dialog:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.critical(
                    None,
                    QApplication.translate("CrashHandler", "Guardian Desk"),
                    QApplication.translate(
                        "CrashHandler",
                        "Something went wrong that Guardian Desk did not expect. What you "
                        "saved is safe; what you were doing may not have finished.\n\n"
                        "A report was written to {0}. Please send it to your administrator.",
                    ).format(report),
                )
        else:
            print(f"guardian-desk: unexpected error; crash report: {report}", file=sys.stderr)

    def exception(self, exc: BaseException) -> None:
        """Handle an unexpected error raised in background work."""
        self.handle(type(exc), exc, exc.__traceback__)


def run_gui(db_target: str | None, *, demo: bool = False, crash_dialog: bool = True) -> int:
    """Open the main window; returns the application's exit code.

    With ``crash_dialog`` False (``--no-crash-dialog``, for CI) nothing waits for a click:
    errors go to stderr only.
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from guardian_desk.ui.instance_lock import InstanceLock
    from guardian_desk.ui.main_window import MainWindow
    from guardian_desk.ui.settings import Settings

    setup_logging()
    crashes = CrashHandler(crash_dialog)
    crashes.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Guardian Desk")
    app.setOrganizationName("GuardianDesk")
    settings = Settings()
    settings.upgrade()
    from guardian_desk.ui.i18n import apply_language

    apply_language(settings.ui_language)
    # Print jobs, previews and copies opened elsewhere go to a folder of this process alone,
    # removed when the window closes.
    with private_temp_folder(), tempfile.TemporaryDirectory(prefix="demo-") as scratch:
        target = (
            str(Path(scratch) / "demo.sqlite")
            if demo
            else database_target(db_target or settings.database or None)
        )
        lock = InstanceLock(target)
        try:
            lock.acquire()
            if demo:  # encrypted too, with a key that lives as long as the window
                from guardian_desk.services.exchange import demo as demo_data

                db = open_database(target, key=secrets.token_bytes(32), daily_backup=False)
                demo_data.generate(db, DEMO_CASES)
                from guardian_desk.services import security

                security.add_demo_users(db)
                if not _sign_in(db, demo=True, interactive=crash_dialog):
                    lock.release()
                    return 1
            else:
                opened = _open_for_work(target, interactive=crash_dialog)
                if opened is None:  # the person closed the recovery key's window
                    lock.release()
                    return 1
                db = opened.db
                if not _sign_in(db, demo=False, interactive=crash_dialog):
                    db.close()
                    lock.release()
                    return 1
        except GuardianDeskError as exc:
            lock.release()
            if not crash_dialog:
                raise
            # Started from a desktop icon there is no terminal to read: say it in a window.
            QMessageBox.critical(None, app.tr("Guardian Desk cannot open the database"), str(exc))
            return 1
        while True:
            window = MainWindow(db, demo=demo, settings=settings)
            window.ops.on_unexpected = crashes.exception
            window.show()
            # The whole file's check and the daily backup, after the window shows: a damaged
            # file is said, and refused for writing, without delaying the start.
            window.ops.read(functools.partial(_check_and_back_up, db), lambda _path: None)
            code = app.exec()
            db.close()
            if not (window.encrypt_requested and code == MainWindow.ENCRYPT_AND_REOPEN):
                break
            window.deleteLater()
            from guardian_desk.ui.security import encrypt_and_reopen

            db = encrypt_and_reopen(db, target)
        lock.release()
    return int(code)


def _sign_in(db: Any, *, demo: bool, interactive: bool) -> bool:
    """Someone signs in to a database with users (the first start of one without users
    makes its administrator); False when the person gives up."""
    from guardian_desk.services import security
    from guardian_desk.ui.security import FirstAdministratorDialog, SignInDialog

    if db.person is not None:
        return True
    if not security.has_users(db):
        if not interactive:
            return True  # a check without a screen (CI): no one to ask
        made = FirstAdministratorDialog(db)
        return made.exec() == FirstAdministratorDialog.DialogCode.Accepted
    if not interactive:  # without a screen (CI) only the demo has someone to sign in
        if demo:
            security.sign_in(db, "admin", security.DEMO_PASSPHRASE)
        return demo
    hint = SignInDialog.demo_hint(security.DEMO_PASSPHRASE) if demo else ""
    dialog = SignInDialog(db=db, hint=hint)
    return dialog.exec() == SignInDialog.DialogCode.Accepted


def _check_and_back_up(db: Any, _task: object) -> Any:
    return verify_and_back_up(db)


def _open_for_work(target: str, *, interactive: bool) -> Any:
    """The database the window works on: unlocked from the keyring, else with the recovery
    key the person types; a new one is made encrypted and its recovery key shown once.
    None when the person gives up."""
    from guardian_desk.errors import KeyNeededError, ServerPasswordError, SignInNeededError
    from guardian_desk.services import security
    from guardian_desk.ui.security import (
        RecoveryKeyDialog,
        RecoveryKeyPrompt,
        ServerPasswordPrompt,
        SignInDialog,
    )

    try:
        opened = security.open_for_work(target, daily_backup=False)
    except ServerPasswordError:
        if not interactive:
            raise
        asked = ServerPasswordPrompt(target, {"daily_backup": False})
        if asked.exec() != ServerPasswordPrompt.DialogCode.Accepted or asked.opened is None:
            return None
        opened = asked.opened
    except SignInNeededError:
        if not interactive:
            raise
        signing = SignInDialog(target=target, options={"daily_backup": False})
        if signing.exec() != SignInDialog.DialogCode.Accepted or signing.opened is None:
            return None
        opened = signing.opened
    except KeyNeededError as exc:
        if not interactive:
            raise
        prompt = RecoveryKeyPrompt(target, str(exc), {"daily_backup": False})
        if prompt.exec() != RecoveryKeyPrompt.DialogCode.Accepted or prompt.opened is None:
            return None
        opened = prompt.opened
    if opened.new_keys is not None:
        name = opened.db.path.name if opened.db.path else target
        if interactive:
            new = opened.new_keys
            RecoveryKeyDialog(
                new.recovery_key, name, new.keyring_note, database_id=new.database_id
            ).exec()
        else:
            print(
                f"guardian-desk: {name} is a new encrypted database; its recovery key, shown "
                f"this once: {opened.new_keys.recovery_key}",
                file=sys.stderr,
            )
    return opened
