"""Each kind of user doing their main task from sign-in to result, with the mouse and the
keyboard as a person does: a lawyer's morning, a guardian ad litem preparing a hearing, a
clerk's batch of notices. Each walk ends by reading back what it made (the database, the
filing), not by trusting the window."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import holidays
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QWizard

from guardian_desk.domain.enums import FilingFormat
from guardian_desk.services import cases, security
from guardian_desk.services.calendar import Event, EventKind
from guardian_desk.storage.database import Database
from guardian_desk.ui.calendar.calendar_view import EVENT_ROLE
from guardian_desk.ui.calendar.hearing_outcome import OutcomeDialog
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.filings import FilingWizard
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import RecordList
from guardian_desk.ui.settings import Settings


def _signed_in(qtbot, db: Database, tmp_path: Path, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as ``username`` sees it after signing in, with This week read."""
    security.add_demo_users(db)
    security.sign_in(db, username, security.DEMO_PASSPHRASE)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.this_week.loaded, timeout=15000):
        window.show()
    qtbot.waitExposed(window)
    return window


def _click(qtbot, widget, pos: QPoint | None = None) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def _double_click_item(qtbot, view: QListWidget, item) -> None:  # type: ignore[no-untyped-def]
    view.scrollToItem(item)  # as a person scrolls to the line first
    point = view.visualItemRect(item).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _click_tab(qtbot, editor: CaseEditor, page) -> None:  # type: ignore[no-untyped-def]
    bar = editor.tabs.tabBar()
    _click(qtbot, bar, bar.tabRect(editor.tabs.indexOf(page)).center())
    assert editor.tabs.currentWidget() is page


def _close(window: MainWindow) -> None:
    window.ops.wait()
    for editor in list(window.editors.values()):
        editor.draft = editor.opened.case
        editor.close()


def _next_business_day(after: date, country: str) -> date:
    closed = holidays.country_holidays(country, years=[after.year, after.year + 1])
    day = after + timedelta(days=1)
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


def test_a_lawyers_morning(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """This week first; a hearing of the week opened with a double-click; the case's overview;
    the hearing adjourned from the overview's button, with the next date typed; saved with
    the Save button; the next hearing is in the calendar of the case."""
    window = _signed_in(qtbot, demo_db, tmp_path, "lawyer")
    week = window.this_week.list
    items = [week.item(i) for i in range(week.count())]
    events = [(i, i.data(EVENT_ROLE)) for i in items if isinstance(i.data(EVENT_ROLE), Event)]
    assert events, "nothing in the lawyer's week"
    # Everything in the lawyer's week is one of the lawyer's own cases.
    mine = {window.model.summary(r).id for r in range(window.model.rowCount())}
    assert {e.case_id for _i, e in events} <= mine
    hearings = [(i, e) for i, e in events if e.kind == EventKind.HEARING]
    assert hearings, "no hearing in the lawyer's week"
    item, event = hearings[0]
    _double_click_item(qtbot, week, item)
    qtbot.waitUntil(lambda: event.case_id in window.editors, timeout=10000)
    editor = window.editors[event.case_id]
    qtbot.waitExposed(editor)
    assert editor.tabs.currentWidget() is editor.overview_page  # the case at a glance first
    overview = editor.overview
    proceedings = overview.sections["proceedings"].table
    assert proceedings.rowCount() >= 1
    # Record an outcome: the hearing to act on comes up in its dialog.
    _click(qtbot, overview.buttons["outcome"])
    hearing_list = editor.parts["proceedings"].form.lists["hearings"]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: isinstance(hearing_list.dialog, OutcomeDialog), timeout=5000)
    dialog = hearing_list.dialog
    assert isinstance(dialog, OutcomeDialog)
    qtbot.waitExposed(dialog)
    hearing_id = dialog.hearing["id"]
    jurisdiction = next(
        p["jurisdiction"]
        for p in editor.draft["proceedings"]
        if any(h["id"] == hearing_id for h in p["hearings"])
    )
    _click(qtbot, dialog.buttons_by_outcome["adjourned"], QPoint(6, 6))
    qtbot.keyClicks(dialog.reason, "The interpreter was not available")
    country = jurisdiction.split("-")[0]
    next_day = _next_business_day(date.today() + timedelta(days=20), country)
    qtbot.keyClicks(dialog.next_start, f"{next_day.isoformat()} 10:30")
    before = len(
        next(p for p in editor.draft["proceedings"] if p["jurisdiction"] == jurisdiction)[
            "hearings"
        ]
    )
    ok = dialog.box.button(dialog.box.StandardButton.Ok)
    _click(qtbot, ok)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert editor.windowTitle().startswith("• ")  # changed, not yet saved
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    with qtbot.waitSignal(editor.saved, timeout=15000):
        _click(qtbot, save)
    stored = cases.open_case(demo_db, event.case_id).case
    held = next(h for p in stored["proceedings"] for h in p["hearings"] if h["id"] == hearing_id)
    assert held["outcome"] == "adjourned"
    proceeding = next(
        p for p in stored["proceedings"] if any(h["id"] == hearing_id for h in p["hearings"])
    )
    assert len(proceeding["hearings"]) == before + 1
    assert any(
        (h.get("starts_at") or "").startswith(next_day.isoformat()[:8])
        for h in proceeding["hearings"]
        if h["id"] != hearing_id
    )
    assert not editor.windowTitle().startswith("• ")
    _close(window)


def _gal_case(window: MainWindow) -> dict[str, Any]:
    """One of the guardian ad litem's cases with an open proceeding and their appointment."""
    for row in range(window.model.rowCount()):
        case = cases.open_case(window.db, window.model.summary(row).id).case
        appointed = any(
            a.get("guardian_type") == "guardian_ad_litem"
            for a in case.get("guardian_appointments") or []
        )
        if appointed and any(p["status"] != "closed" for p in case["proceedings"]):
            return case
    raise AssertionError("the guardian ad litem has no case with a proceeding")


def test_a_guardian_ad_litem_prepares_a_hearing(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    """The case found by typing its reference and Enter; the child's views written in the
    Notes tab and saved with Ctrl+S; the report made from the overview's button, whose PDF
    quotes the child's words."""
    window = _signed_in(qtbot, demo_db, tmp_path, "gal")
    case = _gal_case(window)
    with qtbot.waitSignal(window.model.loaded, timeout=10000):
        qtbot.keyClicks(window.ui.search, case["reference"])
    assert window.model.rowCount() == 1
    table: QAbstractItemView = window.ui.caseTable
    _click(qtbot, table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case["id"] in window.editors, timeout=10000)
    editor = window.editors[case["id"]]
    qtbot.waitExposed(editor)
    # The child's views, in their tab.
    _click_tab(qtbot, editor, editor.pages["notes"])
    notes = editor.parts["notes"]
    assert isinstance(notes, RecordList)
    _click(qtbot, notes.add_button)
    kind = notes.form.widgets["kind"]
    assert isinstance(kind, QComboBox)
    kind.setFocus()
    qtbot.keyClicks(kind, "The")  # a closed list is chosen by typing its first letters
    assert kind.currentData() == "childs_views"
    words = "I want to stay with my aunt in Hamburg and finish school here."
    qtbot.keyClicks(notes.form.widgets["text"], words)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(editor.saved, timeout=15000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = cases.open_case(demo_db, case["id"]).case
    assert any(n["text"] == words and n["kind"] == "childs_views" for n in stored["notes"])
    # The report, from the overview.
    _click_tab(qtbot, editor, editor.overview_page)
    button = editor.overview.buttons["filing"]
    assert button.isVisible()
    _click(qtbot, button)
    qtbot.waitUntil(lambda: isinstance(editor.filings.wizard, FilingWizard), timeout=5000)
    wizard = editor.filings.wizard
    qtbot.waitExposed(wizard)
    forms = wizard.form_page.forms
    row = next(
        r
        for r in range(forms.count())
        if forms.item(r).data(Qt.ItemDataRole.UserRole) == "gal-report"
    )
    _click(qtbot, forms.viewport(), forms.visualItemRect(forms.item(row)).center())
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton), QPoint(8, 8))
    data = wizard.data_page
    for name, text in (
        ("sources", "The child, 2 December; the school report"),
        ("assessment", "The child is settled with the aunt"),
        ("recommendations", "That the placement with the aunt continue"),
    ):
        qtbot.keyClicks(data.fields[name], text)
    assert data.isComplete(), data.missing_label.text()
    with qtbot.waitSignal(wizard.previewed, timeout=30000):
        _click(qtbot, wizard.button(QWizard.WizardButton.NextButton), QPoint(8, 8))
    preview = wizard.preview_page
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(preview.kept, timeout=20000):
        preview.save(FilingFormat.PDF, pdf)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    flat = " ".join(text.split())
    assert "finish school here" in flat  # the child's own words, quoted
    assert "That the placement with the aunt continue" in flat
    wizard.close()
    _close(window)


def test_a_clerks_batch_of_notices(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Filings page from the navigation; the span typed; Find hearings; each hearing in
    its court's language; Make filings; saved to a folder; every file is a notice whose
    language is the row's."""
    window = _signed_in(qtbot, demo_db, tmp_path, "clerk")
    ui = window.ui
    nav = ui.navigation
    filings_row = ui.pages.indexOf(ui.filingsPage)
    item = nav.item(filings_row)
    assert not item.isHidden()
    _click(qtbot, nav.viewport(), nav.visualItemRect(item).center())
    page = window.filings
    assert ui.pages.currentWidget() is ui.filingsPage
    page.first.setFocus()
    with qtbot.waitSignal(page.found, timeout=15000):
        _click(qtbot, page.find_button)
    assert page.table.rowCount() >= 2, "no hearings in the coming week"
    shown = [page.cells[r].languages()[0] for r in range(page.table.rowCount())]
    assert len(set(shown)) >= 2  # courts of different countries, each in its own language
    with qtbot.waitSignal(page.made, timeout=120000) as made:
        _click(qtbot, page.make_button)
    outcome = made.args[0]
    assert outcome.made
    assert not outcome.failed
    folder = tmp_path / "notices"
    folder.mkdir()
    saved = page.save_all(folder)
    assert len(saved) == len(outcome.made)
    for path in saved:
        assert path.read_bytes().startswith(b"%PDF-")
    _close(window)
