"""A case window opens on the case at a glance; its lines open their records, its buttons do
the day's commonest work; the child's codes are chosen by name and shown by name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QToolButton

from guardian_desk.domain.codes import country_name
from guardian_desk.services import cases
from guardian_desk.ui.cases.case_overview import CaseOverview
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import RecordList
from guardian_desk.ui.widgets import CodePicker
from tests.ui.typing_helpers import open_case, type_into


def _case_with(window: MainWindow, wanted) -> str:  # type: ignore[no-untyped-def]
    for row in range(window.model.rowCount()):
        case_id = window.model.summary(row).id
        if wanted(cases.open_case(window.db, case_id).case):
            return case_id
    raise AssertionError("no demo case has it")


def _double_click_row(qtbot, table: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, 0)
    point: QPoint = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_case_opens_on_its_overview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = _case_with(
        window,
        lambda c: (
            any(p["status"] != "closed" for p in c["proceedings"])
            and any(d["status"] == "open" for d in c["deadlines"])
        ),
    )
    editor = open_case(qtbot, window, case_id)
    case = editor.draft
    overview = editor.overview
    assert isinstance(overview, CaseOverview)
    assert editor.tabs.currentWidget() is editor.overview_page
    assert editor.tabs.tabText(0) == "Overview"
    child = case["child"]
    assert child["given_names"] in overview.title.text()
    facts = overview.facts.text()
    for code in child["nationalities"]:
        assert country_name(code) in facts  # by name, never "AF"
    assert "documented" not in facts.split("(")[0]  # the certainty, said in words
    open_proceedings = [p for p in case["proceedings"] if p["status"] != "closed"]
    table = overview.sections["proceedings"].table
    assert table.rowCount() == len(open_proceedings)
    # Deadlines: the open ones, overdue ones first in time and said to be overdue.
    deadlines = overview.sections["deadlines"].table
    due = sorted(d["due_on"] for d in case["deadlines"] if d["status"] == "open")
    assert deadlines.item(0, 0).text() == due[0]
    today = date.today().isoformat()
    if due[0] < today:
        assert deadlines.item(0, 2).text() == "OVERDUE"
    # A proceeding's line opens it in its tab, chosen.
    _double_click_row(qtbot, table, 0)
    assert editor.tabs.currentWidget() is editor.pages["proceedings"]
    proceedings = editor.parts["proceedings"]
    assert isinstance(proceedings, RecordList)
    assert proceedings.form.record is not None
    assert proceedings.form.record["id"] == open_proceedings[0]["id"]
    editor.draft = editor.opened.case


def test_add_a_note_from_the_overview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = open_case(qtbot, window, window.model.summary(0).id)
    notes = editor.parts["notes"]
    assert isinstance(notes, RecordList)
    before = len(notes.records or [])
    button = editor.overview.buttons["note"]
    assert isinstance(button, QPushButton)
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.tabs.currentWidget() is editor.pages["notes"]
    assert len(notes.records or []) == before + 1
    qtbot.keyClicks(notes.form.widgets["text"], "Called the school; attendance is regular.")
    assert notes.form.record is not None
    assert notes.form.record["text"] == "Called the school; attendance is regular."
    editor.draft = editor.opened.case


def test_add_a_hearing_from_the_overview_in_the_forums_time_zone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = _case_with(
        window,
        lambda c: any(
            p["status"] != "closed" and p["jurisdiction"] in ("DE", "ES", "IT", "FR", "GR")
            for p in c["proceedings"]
        ),
    )
    editor = open_case(qtbot, window, case_id)
    qtbot.mouseClick(editor.overview.buttons["hearing"], Qt.MouseButton.LeftButton)
    assert editor.tabs.currentWidget() is editor.pages["proceedings"]
    proceedings = editor.parts["proceedings"]
    assert isinstance(proceedings, RecordList)
    proceeding = proceedings.form.record
    assert proceeding is not None
    hearings = proceedings.form.lists["hearings"]
    assert isinstance(hearings, RecordList)
    hearing = hearings.form.record
    assert hearing is not None
    assert not hearing.get("starts_at")  # the new one, to fill in
    zones = {
        "DE": "Europe/Berlin",
        "ES": "Europe/Madrid",
        "IT": "Europe/Rome",
        "FR": "Europe/Paris",
        "GR": "Europe/Athens",
    }
    if proceeding["jurisdiction"] in zones:
        assert hearing["time_zone"] == zones[proceeding["jurisdiction"]]
    editor.draft = editor.opened.case


def test_codes_are_chosen_by_name_and_what_matches_nothing_is_refused_at_its_field(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    editor = window.new_case()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(1)  # Identity
    type_into(qtbot, editor, "child.given_names", "Mariam")
    type_into(qtbot, editor, "child.given_names_native", "مریم")
    assert editor.draft["child"]["native_script"] == "Arab"  # detected, shown to confirm
    type_into(qtbot, editor, "child.nationalities", "afghan")  # part of a name
    type_into(qtbot, editor, "child.languages", "Dari")
    assert editor.draft["child"]["nationalities"] == ["AF"]
    assert editor.draft["child"]["languages"] == ["prs"]
    chosen = editor.findChild(QToolButton, "chosen.prs")  # shown by name, to take away
    assert chosen is not None
    assert chosen.text().startswith("Dari — دری")
    type_into(qtbot, editor, "child.interpreter_language", "Klingonese")
    assert editor.draft["child"]["interpreter_language"] == "Klingonese"  # kept as typed
    qtbot.mouseClick(
        editor.buttons.button(editor.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(editor.problems), timeout=10000)
    picker = editor.findChild(CodePicker, "child.interpreter_language")
    assert picker is not None
    assert picker.property("problem")  # said at the field
    assert picker.line.text() == "Klingonese"  # nothing typed is lost
    assert cases.count(window.db) == 60  # nothing saved
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)  # Dari taken away
    assert editor.draft["child"]["languages"] == []
    editor.draft = editor.opened.case


def test_in_a_right_to_left_window_the_child_reads_from_the_right(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Each fact's label stands at the right of its value, and the child's name starts at
    the right edge, as an Arabic reader looks for them."""
    from PySide6.QtGui import QTextDocument

    editor = open_case(qtbot, window, window.model.summary(0).id)
    overview = editor.overview
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(overview.isRightToLeft)
    document = QTextDocument()
    document.setHtml(overview.facts.text())
    table = document.rootFrame().childFrames()[0]
    first_row = [table.cellAt(0, c).firstCursorPosition().block().text() for c in range(3)]
    assert first_row[2] == "Age"  # the label, rightmost
    assert first_row[0].strip("\u2068\u2069")  # the value, leftmost
    assert "dir='rtl'" in overview.title.text()
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: "dir='ltr'" in overview.title.text())
    document.setHtml(overview.facts.text())
    table = document.rootFrame().childFrames()[0]
    assert table.cellAt(0, 0).firstCursorPosition().block().text() == "Age"
    editor.draft = editor.opened.case
