"""A deadline counted on an assumption, and the birthday of a child born on 29 February, as a
person sees them: the case's Deadlines tab, the calendar's line and the command line's JSON
show the same day, and say what was assumed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPlainTextEdit

from guardian_desk.services import calendar
from guardian_desk.services.calendar import CalendarFilter
from guardian_desk.ui.calendar.calendar_view import describe, event_item
from guardian_desk.ui.main_window import MainWindow
from tests.services.calendar.test_assumed_deadlines import _leap_day_case


def test_the_leap_day_deadline_agrees_everywhere_and_says_it_is_assumed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    saved = _leap_day_case(window.db)
    case_id, reference = saved.case["id"], saved.case["reference"]
    (stored,) = [
        d
        for d in calendar.stored_deadlines(window.db, [reference])
        if d.rule_id == "us.uac.ends_at_18"
    ]
    printed = stored.as_json()  # `guardian-desk deadlines --json`
    (event,) = [
        e
        for e in calendar.events(
            window.db, date(2026, 2, 1), date(2026, 3, 31), CalendarFilter(case_id=case_id)
        )
        if e.id == stored.id
    ]
    line = describe(event, date(2026, 1, 10))
    assert "ASSUMED" in line
    assert "unaccompanied" in event_item(event, date(2026, 1, 10)).toolTip()

    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    part = editor.parts["deadlines"]
    row = next(i for i, d in enumerate(part.records or []) if d["id"] == stored.id)
    part.list.setCurrentRow(row)
    listed = part.list.text(row)
    assert "assumed" in listed
    assumption = editor.findChild(QPlainTextEdit, "deadlines.assumption")
    assert assumption is not None
    assert "unaccompanied" in assumption.toPlainText()
    assert assumption.isReadOnly()
    explanation = editor.findChild(QPlainTextEdit, "deadlines.explanation")
    assert "Born on 29 February" in explanation.toPlainText()
    # One day in every view: 28 February 2026 (2026 has no 29 February).
    assert printed["due"] == event.day.isoformat() == "2026-02-28"
    assert listed.startswith("2026-02-28")
