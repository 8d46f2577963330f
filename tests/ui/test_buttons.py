"""The buttons people click, clicked with the mouse (not only their shortcuts).

Each test watches for what a person would see go wrong: an exception in a slot (the crash
dialog in the program), a background error handed to the crash handler, an error box.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QPushButton,
)

from guardian_desk.services import cases
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.main_window import MainWindow
from tests.ui.typing_helpers import type_into


@pytest.fixture
def unexpected(qtbot, window: MainWindow) -> Iterator[Callable[[], list[BaseException]]]:  # type: ignore[no-untyped-def]
    """What a click led to that a person would see as a crash: an exception raised in a slot,
    or one from background work handed to the crash handler."""
    handed: list[BaseException] = []
    window.ops.on_unexpected = handed.append
    with qtbot.captureExceptions() as raised:
        yield lambda: [*handed, *(value for _kind, value, _tb in raised)]


def _button(editor: CaseEditor, which: QDialogButtonBox.StandardButton) -> QPushButton:
    button = editor.buttons.button(which)
    assert button is not None
    assert button.isVisible()
    return button


def _type(qtbot, editor: CaseEditor, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, editor, name, text)


def _choose(editor: CaseEditor, name: str, value: str) -> None:
    combo = editor.findChild(QComboBox, name)
    assert combo is not None, name
    combo.setCurrentIndex(combo.findData(value))


def _click_save(qtbot, editor: CaseEditor) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(
            _button(editor, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )


def test_save_button_on_a_new_case(qtbot, window: MainWindow, unexpected) -> None:  # type: ignore[no-untyped-def]
    editor = window.new_case()
    qtbot.waitExposed(editor)
    reference = editor.draft["reference"]
    _type(qtbot, editor, "child.given_names", "Amanuel")
    _type(qtbot, editor, "child.family_name", "Girma")
    _choose(editor, "child.sex", "male")
    _choose(editor, "child.dob_certainty", "estimated")
    _type(qtbot, editor, "child.dob_date", "2011")
    _type(qtbot, editor, "child.nationalities", "Ethiopia")
    _type(qtbot, editor, "child.languages", "Amharic")
    assert editor.windowTitle() == f"• {reference} — Amanuel Girma"
    _click_save(qtbot, editor)
    window.ops.wait()
    qtbot.wait(50)
    assert editor.windowTitle() == f"{reference} — Amanuel Girma"  # saved: no bullet
    assert not editor.problem_list.isVisible(), [p.message for p in editor.problems]
    stored = cases.open_case(window.db, editor.opened.id).case
    assert (stored["reference"], stored["child"]["given_names"]) == (reference, "Amanuel")
    assert [s.reference for s in cases.search(window.db, "Girma")] == [reference]
    assert editor.filings.new_button.isEnabled()  # the saved case can have filings now
    # A second save of the same window, as a person saves again after another edit.
    _type(qtbot, editor, "child.family_name", "Girma Tesfaye")
    _click_save(qtbot, editor)
    window.ops.wait()
    qtbot.wait(50)
    stored = cases.open_case(window.db, editor.opened.id).case
    assert stored["child"]["family_name"] == "Girma Tesfaye"
    assert editor.windowTitle() == f"{reference} — Amanuel Girma Tesfaye"
    assert window.ops.last_error is None
    assert unexpected() == []


def test_save_button_on_an_existing_case(qtbot, window: MainWindow, unexpected) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(0).id
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(2)  # Family
    family = editor.parts["family_members"]
    qtbot.mouseClick(family.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, editor, "family_members.full_name", "Lemlem Hailu")
    _choose(editor, "family_members.relationship_to_child", "sibling")
    _choose(editor, "family_members.tracing_status", "tracing")
    assert editor.windowTitle().startswith("• ")
    _click_save(qtbot, editor)
    window.ops.wait()
    qtbot.wait(50)
    assert not editor.windowTitle().startswith("• ")
    stored = cases.open_case(window.db, case_id).case["family_members"]
    assert "Lemlem Hailu" in [m["full_name"] for m in stored]
    assert window.ops.last_error is None
    assert unexpected() == []
    # Close, clicked: a saved case closes without asking.
    qtbot.mouseClick(
        _button(editor, QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: case_id not in window.editors, timeout=3000)


def test_the_menu_adds_as_many_demo_cases_as_asked(qtbot, window: MainWindow, unexpected) -> None:  # type: ignore[no-untyped-def]
    """The menu's action (``triggered(bool)``) asks how many, rather than adding none."""
    before = cases.count(window.db)
    asked: list[str] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():
                asked.append(widget.labelText())
                widget.setIntValue(2)
                widget.accept()
                return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(window.ops.changed, timeout=30000):
        window.ui.actionDemoData.trigger()
    assert asked  # the count was asked for
    assert cases.count(window.db) == before + 2
    assert unexpected() == []


def test_refresh_from_the_menu(qtbot, window: MainWindow, unexpected) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        window.ui.actionRefresh.trigger()
    assert window.model.total == cases.count(window.db)
    assert unexpected() == []


def test_settings_ok_and_cancel_clicked(qtbot, window: MainWindow, unexpected) -> None:  # type: ignore[no-untyped-def]
    dialog = window.edit_settings()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.buffer.setValue(50)
    qtbot.mouseClick(
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert window.settings.hearing_travel_buffer_minutes == 50
    dialog = window.edit_settings()
    qtbot.waitExposed(dialog)
    dialog.ui.buffer.setValue(10)
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert window.settings.hearing_travel_buffer_minutes == 50  # cancelled: unchanged
    assert unexpected() == []
