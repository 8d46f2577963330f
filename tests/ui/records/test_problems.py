"""Saving a case that breaks rules shows every problem at once, each at its field, on its tab,
in the list of problems under the tabs; nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget

from guardian_desk.services import cases
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import PROBLEMS_ROLE, RecordList
from tests.ui.typing_helpers import type_into


def _type(qtbot, editor: CaseEditor, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, editor, name, text)


def _click_save(qtbot, editor: CaseEditor) -> None:  # type: ignore[no-untyped-def]
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.problems), timeout=10000)


def _problem_at(editor: CaseEditor, name: str) -> str:
    widget = editor.findChild(QWidget, name)
    assert widget is not None, name
    return str(widget.property("problem") or "")


def _tab(editor: CaseEditor, title: str) -> int:
    return next(i for i in range(editor.tabs.count()) if editor.tabs.tabText(i) == title)


def test_every_problem_is_shown_at_its_field_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.new_case()
    qtbot.waitExposed(editor)
    # Identity: no given names, a birth day that does not exist.
    certainty = editor.findChild(QComboBox, "child.dob_certainty")
    certainty.setCurrentIndex(certainty.findData("documented"))
    _type(qtbot, editor, "child.dob_date", "2012-02-31")
    # Family: a second member, chosen last, with no name (the first is complete).
    editor.tabs.setCurrentIndex(_tab(editor, "Family"))
    family = editor.parts["family_members"]
    assert isinstance(family, RecordList)
    qtbot.mouseClick(family.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, editor, "family_members.full_name", "Yonas Haile")
    relation = editor.findChild(QComboBox, "family_members.relationship_to_child")
    relation.setCurrentIndex(relation.findData("father"))
    tracing = editor.findChild(QComboBox, "family_members.tracing_status")
    tracing.setCurrentIndex(tracing.findData("tracing"))
    qtbot.mouseClick(family.add_button, Qt.MouseButton.LeftButton)
    relation.setCurrentIndex(relation.findData("mother"))
    tracing.setCurrentIndex(tracing.findData("tracing"))
    family.list.setCurrentRow(0)  # the complete one shown, as a person leaves it
    _click_save(qtbot, editor)
    assert cases.count(window.db) == 60  # nothing was saved

    paths = {p.path: p.message for p in editor.problems}
    assert len(paths) >= 3
    expected = {
        "child.given_names": "cases[0].child.given_names",
        "child.dob": "cases[0].child.dob_day",
    }
    for field, path in expected.items():
        assert path in paths, sorted(paths)
        assert _problem_at(editor, field) == paths[path]
    # The family member with the problem is chosen and its field marked; its line too.
    member_path = "cases[0].family_members[1].full_name"
    assert member_path in paths, sorted(paths)
    assert family.list.currentRow() == 1
    assert _problem_at(editor, "family_members.full_name") == paths[member_path]
    assert family.list.line(1).data(PROBLEMS_ROLE)
    assert not family.list.line(0).data(PROBLEMS_ROLE)
    # Each tab with a problem says so; the others do not.
    identity, family_tab = _tab(editor, "Identity"), _tab(editor, "Family")
    for index in range(editor.tabs.count()):
        marked = not editor.tabs.tabIcon(index).isNull()
        assert marked == (index in (identity, family_tab)), editor.tabs.tabText(index)
    assert "problem" in editor.tabs.tabToolTip(family_tab)
    # All of them listed under the tabs, in plain words (no paths, no exception names).
    assert editor.problem_list.isVisible()
    assert editor.problem_heading.isVisible()
    lines = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert len(lines) == len(editor.problems)
    assert all("cases[0]" not in line and "Error" not in line for line in lines)
    assert any(line.startswith("Family › ") for line in lines)
    # A click on a problem goes to its field.
    row = next(i for i, p in enumerate(editor.problems) if p.path == member_path)
    editor.tabs.setCurrentIndex(identity)
    family.list.setCurrentRow(0)
    item = editor.problem_list.item(row)
    qtbot.mouseClick(
        editor.problem_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=editor.problem_list.visualItemRect(item).center(),
    )
    assert editor.tabs.currentIndex() == family_tab
    assert family.list.currentRow() == 1
    # Mending a field takes its mark away; the others stay until saved again.
    _type(qtbot, editor, "family_members.full_name", "Saba Haile")
    assert _problem_at(editor, "family_members.full_name") == ""
    assert editor.tabs.tabIcon(family_tab).isNull()
    assert _problem_at(editor, "child.dob")
    editor.draft = editor.opened.case


def test_problems_on_an_existing_case_are_shown_on_their_tabs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = next(
        window.model.summary(r).id
        for r in range(window.model.rowCount())
        if cases.open_case(window.db, window.model.summary(r).id).case["proceedings"]
    )
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.fully_built)  # its tabs, built after the overview
    _type(qtbot, editor, "child.last_arrival_on", "not a day")
    editor.tabs.setCurrentIndex(_tab(editor, "Proceedings"))
    proceedings = editor.parts["proceedings"]
    assert isinstance(proceedings, RecordList)
    _type(qtbot, editor, "proceedings.jurisdiction", "")
    _click_save(qtbot, editor)
    paths = {p.path: p.message for p in editor.problems}
    assert _problem_at(editor, "child.last_arrival_on") == paths["cases[0].child.last_arrival_on"]
    (jurisdiction,) = [p for p in paths if p.endswith(".jurisdiction")]
    assert _problem_at(editor, "proceedings.jurisdiction") == paths[jurisdiction]
    assert not editor.tabs.tabIcon(_tab(editor, "Identity")).isNull()
    assert not editor.tabs.tabIcon(_tab(editor, "Proceedings")).isNull()
    stored = cases.open_case(window.db, case_id).case
    assert stored["child"]["last_arrival_on"] != "not a day"
    editor.draft = editor.opened.case
