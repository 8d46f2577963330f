"""The window asks for a team server's password once, checks it, and keeps it in the
keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from guardian_desk.services import security
from guardian_desk.ui.security import ServerPasswordPrompt
from tests.conftest import PASSWORD


@pytest.mark.postgres
def test_the_password_typed_once_is_checked_and_kept(qtbot, password_server: str) -> None:  # type: ignore[no-untyped-def]
    prompt = ServerPasswordPrompt(password_server, {"daily_backup": False})
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.keyClicks(prompt.password, "not it")
    qtbot.mouseClick(prompt.open_button, Qt.MouseButton.LeftButton)
    assert prompt.isVisible()
    assert "refused" in prompt.problem.text()
    assert security.stored_server_password(password_server) is None
    prompt.password.clear()
    qtbot.keyClicks(prompt.password, PASSWORD)
    qtbot.mouseClick(prompt.open_button, Qt.MouseButton.LeftButton)
    assert prompt.result() == ServerPasswordPrompt.DialogCode.Accepted
    assert prompt.opened is not None
    prompt.opened.db.close()
    assert prompt.password.text() == ""
    assert security.stored_server_password(password_server) == PASSWORD
    security.open_for_work(password_server).db.close()  # next time, nothing is asked
