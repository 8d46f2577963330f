"""The calendar page and the "this week" panel, used as a person uses them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from guardian_desk.services.calendar import Event, EventKind
from guardian_desk.storage.database import Database
from guardian_desk.ui.calendar import CalendarView
from guardian_desk.ui.calendar.calendar_view import EVENT_ROLE, OVERDUE
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings


def _show_calendar(qtbot, window: MainWindow) -> CalendarView:  # type: ignore[no-untyped-def]
    view = window.calendar
    view.anchor = date(2026, 12, 1)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.ui.navigation.setCurrentRow(1)  # as a click on "Calendar"
    return view


def test_this_week_shows_overdue_deadlines_in_red(window: MainWindow) -> None:
    items = [window.this_week.list.item(i) for i in range(window.this_week.list.count())]
    assert items[0].text().startswith("Overdue")
    late = [i for i in items if isinstance(i.data(EVENT_ROLE), Event)][:3]
    assert late
    assert all(i.foreground().color() == OVERDUE for i in late)
    assert all("OVERDUE" in i.text() for i in late)


def test_month_week_and_agenda(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _show_calendar(qtbot, window)
    assert view.period.text() == "December 2026"
    assert view.events
    busy = next(e.day for e in view.events if e.kind is EventKind.HEARING)
    view.month.setSelectedDate(busy)
    texts = [view.day_list.item(i).text() for i in range(view.day_list.count())]
    assert any("Hearing" in t for t in texts)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.modes.button(view.WEEK), Qt.MouseButton.LeftButton)
    assert view.period.text().startswith("Week ")
    assert view.week.columnCount() == 7
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.modes.button(view.AGENDA), Qt.MouseButton.LeftButton)
    entries = [view.agenda.item(i) for i in range(view.agenda.count())]
    assert any(isinstance(i.data(EVENT_ROLE), Event) for i in entries)


def test_filter_by_person(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _show_calendar(qtbot, window)
    everyone = len(view.events)
    qtbot.waitUntil(lambda: view.person.count() > 1, timeout=5000)
    person = view.person.itemData(1)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.person.setCurrentIndex(1)
    assert len(view.events) < everyone
    assert all(person in e.people for e in view.events)


def test_double_click_opens_the_case(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _show_calendar(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.modes.button(view.AGENDA), Qt.MouseButton.LeftButton)
    item = next(
        view.agenda.item(i)
        for i in range(view.agenda.count())
        if isinstance(view.agenda.item(i).data(EVENT_ROLE), Event)
    )
    event = item.data(EVENT_ROLE)
    rect = view.agenda.visualItemRect(item)
    qtbot.mouseClick(view.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: event.case_id in window.editors, timeout=5000)


def test_reminders_on_start_once_each(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    reminders = window.reminders
    qtbot.waitUntil(lambda: bool(reminders.shown), timeout=10000)
    assert "overdue" in window.statusBar().currentMessage()
    given = set(reminders.shown)
    with qtbot.assertNotEmitted(reminders.notified, wait=500):
        reminders.check()  # nothing new: nothing said again
    assert reminders.shown == given


def test_export_the_calendar_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    target = tmp_path / "team.ics"
    with qtbot.waitSignal(window.ops.busy, timeout=10000, check_params_cb=lambda b: not b):
        window.export_calendar(str(target))
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events
    assert "Wrote" in window.statusBar().currentMessage()


def test_changed_rules_update_the_deadlines_in_the_background(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    from guardian_desk.services import calendar
    from guardian_desk.storage import repositories as repo

    with demo_db.unit_of_work() as session:
        repo.set_state_value(session, calendar.RULES_KEY, "the rules of an older version")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(shown)
    shown.RECOMPUTE_CHUNK = 25  # several steps for the 60 demo cases
    shown.show()
    qtbot.waitUntil(lambda: not calendar.rules_changed(demo_db), timeout=30000)
    qtbot.waitUntil(
        lambda: "Deadlines updated to the current rules" in shown.statusBar().currentMessage(),
        timeout=10000,
    )
    shown.ops.wait()


def test_documents_in_two_cases_side_by_side(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.services import documents
    from tests.services.documents.test_documents import _copy_into_a_new_case

    before = len(documents.duplicates(window.db))  # the demo records a few twice
    original, saved = _copy_into_a_new_case(window.db, original_number(window))
    page = window.documents
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.ui.navigation.setCurrentRow(2)  # as a click on "Documents"
    listed = page.groups_list
    assert listed.count() == before + 1
    number = original["number"]
    item = next(listed.item(r) for r in range(listed.count()) if number in listed.item(r).text())
    assert "in 2 cases" in item.text()
    qtbot.mouseClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(item).center()
    )
    table = page.compare
    references = {table.horizontalHeaderItem(c).text() for c in range(table.columnCount())}
    assert saved.case["reference"] in references
    copy_row = next(
        r
        for r in range(table.rowCount())
        if table.verticalHeaderItem(r).text() == "Original or copy"
    )
    assert table.item(copy_row, 0).background().color().name() == "#fff1c2"  # they differ
    column = next(
        c
        for c in range(table.columnCount())
        if table.horizontalHeaderItem(c).text() == saved.case["reference"]
    )
    table.setCurrentCell(0, column)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved.case["id"] in window.editors, timeout=5000)
    assert original["id"]


def original_number(window: MainWindow) -> str:
    from tests.services.documents.test_documents import _recorded_once

    return str(_recorded_once(window.db)["number"])


def test_a_change_of_language_while_the_calendar_reads(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """The Calendar page is built again in the new language; what the old page was still
    reading arrives after it is gone and is dropped, not shown on deleted widgets."""
    import threading

    import shiboken6

    from guardian_desk.services import calendar
    from guardian_desk.ui import i18n

    view = _show_calendar(qtbot, window)
    gate = threading.Event()
    for name in ("events", "forums"):  # held on the reader threads until the switch is done
        original = getattr(calendar, name)

        def held(*args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            gate.wait(10)
            return _original(*args, **kwargs)

        monkeypatch.setattr(calendar, name, held)
    try:
        with qtbot.captureExceptions() as exceptions:
            view.fill_choices()
            view.reload()
            i18n.apply_language("ar")
            qtbot.waitUntil(lambda: window.ui.navigation.item(1).text() != "Calendar")
            i18n.apply_language("en")
            qtbot.waitUntil(lambda: window.ui.navigation.item(1).text() == "Calendar")
            qtbot.wait(50)  # the old page's deleteLater
            gate.set()
            assert window.ops.wait()
            qtbot.waitUntil(lambda: window.ops.running == 0, timeout=10000)
            qtbot.wait(50)
        assert not [str(e[1]) for e in exceptions]
    finally:
        gate.set()
        i18n.apply_language("en")
    shown = window.calendar
    if shiboken6.isValid(view) and shown is view:  # kept (re-translated), not rebuilt
        assert view.period.text() == "December 2026"
    else:
        assert shown.events  # the new page read and showed its own events
    assert shown.period.text()
