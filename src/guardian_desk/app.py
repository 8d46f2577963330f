"""Composition root of the window: the QApplication, the database, the main window."""

from __future__ import annotations

import faulthandler
import logging
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from guardian_desk.config import database_target
from guardian_desk.errors import GuardianDeskError
from guardian_desk.storage.database import open_database

log = logging.getLogger("guardian_desk.app")
DEMO_CASES = 300


def _install_crash_handler(show_dialog: bool) -> None:
    faulthandler.enable()

    def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unexpected error\n%s", text)
        if show_dialog:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.critical(
                    None,
                    "Guardian Desk",
                    "Something went wrong that Guardian Desk did not expect. "
                    "Your saved data is safe. The details were written to the log.",
                )

    sys.excepthook = report


def run_gui(db_target: str | None, *, demo: bool = False, crash_dialog: bool = True) -> int:
    """Open the main window; returns the application's exit code.

    With ``crash_dialog`` False (``--no-crash-dialog``, for CI) nothing waits for a click:
    errors go to stderr only.
    """
    interactive = crash_dialog
    from PySide6.QtWidgets import QApplication

    from guardian_desk.ui.main_window import MainWindow

    _install_crash_handler(crash_dialog)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Guardian Desk")
    app.setOrganizationName("GuardianDesk")
    with tempfile.TemporaryDirectory(prefix="guardian-desk-demo-") as scratch:
        try:
            if demo:
                from guardian_desk.services import demo as demo_data

                db = open_database(str(Path(scratch) / "demo.sqlite"))
                demo_data.generate(db, DEMO_CASES)
            else:
                db = open_database(database_target(db_target))
        except GuardianDeskError as exc:
            if not interactive:
                raise
            # Started from a desktop icon there is no terminal to read: say it in a window.
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, app.tr("Guardian Desk cannot open the database"), str(exc))
            return 1
        window = MainWindow(db, demo=demo)
        window.show()
        code = app.exec()
        db.close()
    return int(code)
