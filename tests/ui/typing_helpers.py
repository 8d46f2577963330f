"""Working in a case window as a person does: opening a case from the list, letters into a
text field, a name (or part of one) into a picker and Enter, a date into the date of birth."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from guardian_desk.ui.widgets import CodeListPicker, CodePicker


def find(root: QWidget, name: str) -> QWidget:
    found = root.findChild(QWidget, name)
    assert found is not None, name
    return found


def type_into(qtbot: Any, root: QWidget, name: str, text: str) -> None:
    """Type ``text`` into the field called ``name``: a text field, a picker (then Enter, which
    takes the name typed or the first that has it) or a list of codes (one more chosen)."""
    widget = find(root, name)
    if isinstance(widget, CodeListPicker):
        widget = widget.adder
    if isinstance(widget, CodePicker):
        line: QLineEdit = widget.line
        line.setFocus()
        line.clear()
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        return
    assert isinstance(widget, QLineEdit), name
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # other scripts arrive from the input method, as they do when a person types them
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def open_case(qtbot: Any, window: Any, case_id: str) -> Any:
    """Open a case as Enter on the list does; its window, once shown."""
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitExposed(editor)
    return editor
