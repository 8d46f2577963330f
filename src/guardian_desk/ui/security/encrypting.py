"""Encrypting the closed plain database from the window: a busy window while it runs, the
recovery key shown once after, and the reason in plain words if it could not be done."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import security
from guardian_desk.storage.database import Database, open_database
from guardian_desk.ui.security.recovery_key import RecoveryKeyDialog


def encrypt_and_reopen(db: Database, target: str) -> Database:
    """Encrypt the closed plain database in place, show its recovery key once, and open it
    again; on failure, say why and open it as it was."""
    path = db.path
    assert path is not None
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["done"] = security.encrypt(path)
        except BaseException as exc:  # raised again below, on the window's thread
            outcome["error"] = exc

    text = QCoreApplication.translate("EncryptDatabase", "Encrypting {0}…")
    busy = QProgressDialog(text.format(path.name), "", 0, 0)
    busy.setCancelButton(None)
    busy.setMinimumDuration(0)
    busy.show()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    while thread.is_alive():  # the window stays drawn while the file is encrypted
        QApplication.processEvents()
        thread.join(0.05)
    busy.close()
    error = outcome.get("error")
    if error is not None and not isinstance(error, GuardianDeskError):
        raise error
    if error is not None:
        title = QCoreApplication.translate("EncryptDatabase", "The database was not encrypted")
        QMessageBox.critical(None, title, str(error))
        return open_database(target, daily_backup=False)
    new = outcome["done"].new_keys
    reopened = open_database(target, key=new.key, daily_backup=False)
    RecoveryKeyDialog(
        new.recovery_key, path.name, new.keyring_note, database_id=new.database_id
    ).exec()
    return reopened
