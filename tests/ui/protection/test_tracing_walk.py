"""A caseworker looks for a child's family from the case's Overview: the matches found in
other cases, one reviewed side by side, confirmed with the mouse and linked in the saved case;
the search is in the audit log; while tracing is paused the dialog says why and shows none."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from guardian_desk.services import audit, cases, protection
from guardian_desk.ui.main_window import MainWindow
from tests.services.protection.test_tracing import STRONG, Family, _import


def _open(qtbot: Any, window: MainWindow, case_id: str) -> Any:
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    return window.editors[case_id]


def _look(qtbot: Any, editor: Any) -> Any:
    editor.tracing_dialog = None
    qtbot.mouseClick(editor.overview.buttons["tracing"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.tracing_dialog is not None, timeout=10000)
    dialog = editor.tracing_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_match_reviewed_side_by_side_and_confirmed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    family = Family()
    _import(window.db, *family.all)
    editor = _open(qtbot, window, family.a["id"])
    assert editor.overview.buttons["tracing"].text() == "Look for the family…"
    dialog = _look(qtbot, editor)
    found = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "TR-B" in found
    shown = {m.other_member_id for m in dialog.matches}
    assert family.f_unsafe["id"] not in shown  # not to be contacted
    assert family.g_suspect["id"] not in shown  # a suspected trafficker
    assert "not looked for" in dialog.said.text()  # the uncle, not safe to contact
    row = next(
        r for r, m in enumerate(dialog.matches) if m.other_member_id == family.b_mother["id"]
    )
    cell = dialog.table.visualItemRect(dialog.table.item(row, 0)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert dialog.selected() is dialog.matches[row]
    side = {
        dialog.side.verticalHeaderItem(r).text(): (
            dialog.side.item(r, 0).text(),
            dialog.side.item(r, 1).text(),
        )
        for r in range(dialog.side.rowCount())
    }
    assert side["Name"] == ("Fatima Al-Sayed", "Fatma Alsayed")
    assert side["Relationship"] == ("Mother", "Mother")
    assert side["Last known country"] == ("Türkiye", "Türkiye")
    assert dialog.side.horizontalHeaderItem(1).text() == "In case TR-B"
    assert dialog.link.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(dialog.link, Qt.MouseButton.LeftButton)
    stored = cases.open_case(window.db, family.a["id"], whole=True).case
    mother = next(m for m in stored["family_members"] if m["id"] == family.mother["id"])
    assert (mother["matched_case_id"], mother["matched_person_id"]) == (
        family.b["id"],
        family.b_mother["id"],
    )
    assert mother["matched_on"]
    viewed = [e for e in audit.entries(window.db) if e.action == "tracing matches viewed"]
    assert [e.case_id for e in viewed] == [family.a["id"]]
    # Looked at again, the match says it is confirmed and cannot be confirmed twice.
    dialog = _look(qtbot, editor)
    row = next(
        r for r, m in enumerate(dialog.matches) if m.other_member_id == family.b_mother["id"]
    )
    assert "confirmed" in dialog.table.item(row, 1).text()
    dialog.table.selectRow(row)
    assert not dialog.link.isEnabled()
    assert dialog.status.text().startswith("Confirmed on")
    dialog.reject()


def test_while_tracing_is_paused_the_dialog_says_why(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    family = Family()
    family.a["screenings"] = [protection.new_screening(family.a, {STRONG: "yes"}, date.today())]
    _import(window.db, *family.all)
    editor = _open(qtbot, window, family.a["id"])
    dialog = _look(qtbot, editor)
    assert dialog.table.rowCount() == 0
    assert "Family tracing and any contact with the family are paused" in dialog.said.text()
    dialog.reject()
