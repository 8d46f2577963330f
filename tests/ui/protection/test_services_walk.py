"""A caseworker records a school referral in the Services tab: the kind chosen shows the
school's own fields (enrolment, grade, earlier studies), a follow-up date already past is
saved with the Save button, and the follow-up is overdue in This week."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from guardian_desk.services import cases
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import RecordList


def _click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_a_school_referral_followed_up_from_this_week(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(0).id
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitUntil(lambda: editor.fully_built, timeout=10000)
    page = editor.pages["care_services"]
    bar = editor.tabs.tabBar()
    editor.tabs.setCurrentWidget(page)  # the tab may be scrolled out of the bar's sight
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(bar.currentIndex()).center())
    services = editor.parts["care_services"]
    assert isinstance(services, RecordList)
    _click(qtbot, services.add_button)
    form = services.form
    kind = form.widgets["kind"]
    assert isinstance(kind, QComboBox)
    kind.setFocus()
    qtbot.keyClicks(kind, "Ed")  # a closed list is chosen by typing its first letters
    assert kind.currentData() == "education"
    assert form.captions["provider"].text() == "School *"
    assert not form.captions["grade"].isHidden()  # a school's own fields
    qtbot.keyClicks(form.widgets["provider"], "Scuola media Dante Alighieri")
    status = form.widgets["status"]
    assert isinstance(status, QComboBox)
    status.setFocus()
    qtbot.keyClicks(status, "Ref")
    assert status.currentData() == "referred"
    late = date.today() - timedelta(days=2)
    qtbot.keyClicks(form.widgets["follow_up_on"], late.isoformat())
    qtbot.keyClicks(form.widgets["grade"], "Classe 2ª")
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(editor.saved, timeout=15000):
        _click(qtbot, save)
    stored = cases.open_case(window.db, case_id, whole=True).case
    [service] = [s for s in stored["care_services"] if s["provider"].startswith("Scuola")]
    assert (service["kind"], service["status"], service["grade"]) == (
        "education",
        "referred",
        "Classe 2ª",
    )
    task = next(d for d in stored["deadlines"] if d["title"] == "Follow up the school referral")
    assert task["due_on"] == late.isoformat()
    window.this_week.reload()
    week = window.this_week.list
    qtbot.waitUntil(
        lambda: any(
            "Follow up the school referral" in week.item(r).text() for r in range(week.count())
        ),
        timeout=10000,
    )
