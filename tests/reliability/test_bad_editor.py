"""The bad-input table of the case window: what a clerk could type into a field of a new case,
with Save clicked. Each must get a clear message at its field (no traceback, no exception's
name), and the database file must stay byte for byte as it was."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QToolButton,
    QWidget,
)

from guardian_desk.storage.database import open_database
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings
from guardian_desk.ui.widgets import CodeListPicker, CodePicker
from tests.reliability.conftest import digest
from tests.ui.typing_helpers import type_into

NEXT_YEAR = date.today().year + 1
# A complete child: each row spoils one thing of it (or more, for a rule between fields).
GOOD = [
    ("child.given_names", "Amina"),
    ("child.family_name", "Haile"),
    ("child.sex", "=female"),
    ("child.dob_certainty", "=estimated"),
    ("child.dob_date", "2011"),
    ("child.nationalities", "ER"),
    ("child.languages", "ti"),
]
DOCUMENTED = [("child.dob_certainty", "=documented")]

# id, what is typed ("=value" chooses in a drop-down), the field whose message says why.
ROWS: list[tuple[str, list[tuple[str, str]], str]] = [
    ("reference-empty", [("cases.reference", "")], "cases.reference"),
    ("reference-spaces", [("cases.reference", "    ")], "cases.reference"),
    ("given-names-empty", [("child.given_names", "")], "child.given_names"),
    (
        "given-names-no-break-spaces",
        [("child.given_names", "\u00a0\u3000")],
        "child.given_names",
    ),
    ("given-names-bell", [("child.given_names", "\x07\x07")], "child.given_names"),
    ("given-names-spaces", [("child.given_names", "   ")], "child.given_names"),
    ("given-names-zero-width", [("child.given_names", "\u200b\u200b")], "child.given_names"),
    (
        "family-name-zero-width-mix",
        [("child.family_name", "\u200b\u200c\u200d\ufeff")],
        "child.family_name",
    ),
    ("given-names-bidi-only", [("child.given_names", "\u202e\u202d")], "child.given_names"),
    ("given-names-bidi-override", [("child.given_names", "Ami\u202ena")], "child.given_names"),
    ("birth-year-2199", [("child.dob_date", "2199")], "child.dob"),
    ("birth-year-0001", [("child.dob_date", "0001")], "child.dob"),
    ("birth-year-9999", [("child.dob_date", "9999")], "child.dob"),
    ("birth-year-negative", [("child.dob_date", "-5")], "child.dob"),
    ("birth-year-decimal", [("child.dob_date", "2010.0")], "child.dob"),
    ("birth-year-word", [("child.dob_date", "two thousand")], "child.dob"),
    ("birth-year-huge", [("child.dob_date", str(10**20))], "child.dob"),
    ("birth-year-5000-digits", [("child.dob_date", "9" * 5000)], "child.dob"),
    ("birth-year-superscript", [("child.dob_date", "²⁰¹⁰")], "child.dob"),
    ("birth-month-13", [("child.dob_date", "2011-13")], "child.dob"),
    (
        "birth-31-february",
        [*DOCUMENTED, ("child.dob_date", "2012-02-31")],
        "child.dob",
    ),
    (
        "birth-day-0",
        [*DOCUMENTED, ("child.dob_date", "2012-05-0")],
        "child.dob",
    ),
    (
        "birth-in-the-future",
        [*DOCUMENTED, ("child.dob_date", f"{NEXT_YEAR}-01-05")],
        "child.dob",
    ),
    (
        "documented-birth-without-day",
        [*DOCUMENTED, ("child.dob_date", "2012")],
        "child.dob",
    ),
    (
        "birth-after-arrival",
        [
            *DOCUMENTED,
            ("child.dob_date", "2012-03-01"),
            ("child.last_arrival_on", "2005-01-01"),
        ],
        "child.last_arrival_on",
    ),
    ("arrival-0001-01-01", [("child.last_arrival_on", "0001-01-01")], "child.last_arrival_on"),
    ("arrival-9999-12-31", [("child.last_arrival_on", "9999-12-31")], "child.last_arrival_on"),
    ("arrival-30-february", [("child.last_arrival_on", "2026-02-30")], "child.last_arrival_on"),
    ("arrival-a-word", [("child.last_arrival_on", "yesterday")], "child.last_arrival_on"),
    ("arrival-day-first", [("child.last_arrival_on", "03/04/2024")], "child.last_arrival_on"),
    ("opened-empty", [("cases.opened_on", "")], "cases.opened_on"),
    ("opened-9999-12-31", [("cases.opened_on", "9999-12-31")], "cases.opened_on"),
    ("opened-0001-01-01", [("cases.opened_on", "0001-01-01")], "cases.opened_on"),
    (
        "closed-before-opened",
        [("cases.opened_on", "2024-05-01"), ("cases.closed_on", "2024-04-30")],
        "cases.closed_on",
    ),
    ("nationalities-empty", [("child.nationalities", "")], "child.nationalities"),
    ("nationality-unknown", [("child.nationalities", "XX")], "child.nationalities"),
    ("languages-empty", [("child.languages", "")], "child.languages"),
    ("language-not-a-tag", [("child.languages", "not a language!")], "child.languages"),
    ("jurisdiction-unknown", [("cases.home_jurisdiction", "ZZ")], "cases.home_jurisdiction"),
    ("script-unknown", [("child.native_script", "Zzzz9")], "child.native_script"),
]

NOT_PLAIN = ("Traceback", "Error", "Exception", "TypeError", "ValueError", 'File "', "cases[0]")


@pytest.fixture
def shown(qtbot, demo_template: Path, tmp_path: Path) -> Iterator[tuple[MainWindow, Path]]:  # type: ignore[no-untyped-def]
    """The window on a copy of the demo database; the copy's digest taken while it is closed."""
    path = tmp_path / "cases.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.this_week.loaded, timeout=10000):
        window.show()
    yield window, path
    window.ops.wait()
    for editor in list(window.editors.values()):
        editor.draft = editor.opened.case
        editor.close()
    db.close()


def _enter(qtbot, editor: CaseEditor, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    if text.startswith("="):
        combo = editor.findChild(QComboBox, name)
        assert combo is not None, name
        combo.setCurrentIndex(combo.findData(text[1:]))
        return
    widget = editor.findChild(QWidget, name)
    if isinstance(widget, CodeListPicker) and not text:  # each chosen one taken away
        for button in widget.findChildren(QToolButton):
            if button.objectName().startswith("chosen."):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert widget.values() == []
        return
    if isinstance(widget, CodeListPicker | CodePicker):  # chosen by name or code, then Enter
        type_into(qtbot, editor, name, text)
        return
    line = editor.findChild(QLineEdit, name)
    assert line is not None, name
    line.clear()
    if text.isascii() and text.isprintable() and len(text) < 200:
        qtbot.keyClicks(line, text)
    else:  # other scripts and long pastes arrive whole, as from an input method
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(line, event)


@pytest.mark.bad_input
@pytest.mark.parametrize(("typed", "field"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_bad_field_is_refused_at_the_field(  # type: ignore[no-untyped-def]
    qtbot, shown: tuple[MainWindow, Path], typed: list[tuple[str, str]], field: str
) -> None:
    window, path = shown
    window.db.close()  # every connection closed: the file as it is on disk
    before = digest(path)
    editor = window.new_case()
    qtbot.waitExposed(editor)
    for name, text in [*GOOD, *typed]:
        _enter(qtbot, editor, name, text)
    with qtbot.captureExceptions() as raised:
        save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(editor.problems) or window.ops.running == 0, timeout=10000)
        window.ops.wait()
        qtbot.wait(20)
    assert not raised, raised
    widget = editor.findChild(QWidget, field)
    assert widget is not None, field
    message = str(widget.property("problem") or "")
    assert message, f"no message at {field}; problems: {[str(p) for p in editor.problems]}"
    assert not any(word in message for word in NOT_PLAIN), message
    assert editor.problem_list.isVisible()
    assert editor.windowTitle().startswith("• ")  # not saved: still to save
    editor.draft = editor.opened.case
    editor.close()
    window.ops.wait()
    window.db.close()
    assert digest(path) == before, "the database changed"
