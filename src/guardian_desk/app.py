"""Composition root of the window: logging, crash handling, settings, the database lock,
the database itself, and the main window."""

from __future__ import annotations

import faulthandler
import logging
import sys
import tempfile
from pathlib import Path
from types import TracebackType

from guardian_desk.config import database_target
from guardian_desk.errors import GuardianDeskError
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
    with tempfile.TemporaryDirectory(prefix="guardian-desk-demo-") as scratch:
        target = (
            str(Path(scratch) / "demo.sqlite")
            if demo
            else database_target(db_target or settings.database or None)
        )
        lock = InstanceLock(target)
        try:
            lock.acquire()
            db = open_database(target, daily_backup=False)
            if demo:
                from guardian_desk.services.exchange import demo as demo_data

                demo_data.generate(db, DEMO_CASES)
        except GuardianDeskError as exc:
            lock.release()
            if not crash_dialog:
                raise
            # Started from a desktop icon there is no terminal to read: say it in a window.
            QMessageBox.critical(None, app.tr("Guardian Desk cannot open the database"), str(exc))
            return 1
        window = MainWindow(db, demo=demo, settings=settings)
        window.ops.on_unexpected = crashes.exception
        window.show()
        # The whole file's check and the daily backup, after the window shows: a damaged
        # file is said, and refused for writing, without delaying the start.
        window.ops.read(lambda _task: verify_and_back_up(db), lambda _path: None)
        code = app.exec()
        db.close()
        lock.release()
    return int(code)
