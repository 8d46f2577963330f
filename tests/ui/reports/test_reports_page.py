"""The Reports page as a data-protection officer or a supervising lawyer uses it: a report
chosen, its period typed, made with the button; the numbers shown are the protected
snapshot's, hidden ones say why; a chart under a table; narrowing by a double-clicked
category, refused on a hidden count; Back and Clear filters; exports; who sees the page."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QMessageBox,
    QTableView,
)

from guardian_desk.domain.disclosure import Status
from guardian_desk.services import audit, reports, security
from guardian_desk.storage.database import Database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.reports.report_view import ReportTable
from guardian_desk.ui.reports.reports_page import ReportsPage, quick_period
from guardian_desk.ui.settings import Settings

FIRST, LAST = date(2026, 1, 1), date(2026, 11, 26)  # the demo data's year, to its day


def _click(qtbot: Any, widget: Any) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _open_page(qtbot: Any, window: MainWindow) -> ReportsPage:
    """Reports, clicked in the navigation."""
    navigation = window.ui.navigation
    item = navigation.item(window.ui.pages.indexOf(window.ui.reportsPage))
    assert not item.isHidden()
    point = navigation.visualItemRect(item).center()
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.ui.pages.currentWidget() is window.ui.reportsPage
    page = window.reports
    qtbot.waitUntil(lambda: page.jurisdiction.count() > 1, timeout=10000)  # the team's, read
    return page


def _type_day(qtbot: Any, field: QDateEdit, day: date) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, day.isoformat())
    assert field.date().toPython() == day


def _make(qtbot: Any, page: ReportsPage, report_title: str) -> reports.Snapshot:
    """Choose the report by typing its title, type the period, click Make the report."""
    page.report.setFocus()
    qtbot.keyClicks(page.report, report_title.split()[0])  # as a person types to find it
    assert page.report.currentText() == report_title
    _type_day(qtbot, page.first, FIRST)
    _type_day(qtbot, page.last, LAST)
    with qtbot.waitSignal(page.shown, timeout=20000) as made:
        _click(qtbot, page.make_button)
    snapshot = made.args[0]
    assert isinstance(snapshot, reports.Snapshot)
    return snapshot


def _double_click(qtbot: Any, page: ReportsPage, table: ReportTable, row: int, column: int) -> None:
    item = table.item(row, column)
    assert item is not None
    page.area.ensureWidgetVisible(table)
    table.scrollToItem(item)
    point = table.visualItemRect(item).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _close_message_boxes() -> None:
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()


def _row_of(table: ReportTable, category: str | None) -> int:
    return table.row_keys.index(category)


def test_a_report_is_made_shown_narrowed_and_cleared(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _open_page(qtbot, window)
    assert not page.export_buttons["pdf"].isEnabled()  # nothing to export yet
    made = _make(qtbot, page, "Caseload")
    assert (made.report.id, made.period.first, made.period.last) == ("caseload", FIRST, LAST)
    assert made.filters == {}
    # The same report made by the service directly: the page shows its numbers, as they are.
    direct = reports.make_snapshot(window.db, "caseload", FIRST, LAST, {})
    view = page.view
    assert view is not None
    shown = view.tables["opened-age-sex"]
    expected = direct.table("opened-age-sex")
    assert shown.horizontalHeaderItem(0).text() == "Age band"
    assert [shown.horizontalHeaderItem(c).text() for c in range(1, shown.columnCount())] == [
        *(reports.category_name("sex", c) for c in expected.columns),
        "Total",
    ]
    for r, row in enumerate([*expected.rows, None]):
        name = shown.item(r, 0).text()
        assert name == ("Total" if row is None else reports.category_name("age_band", row))
        numbers = [shown.item(r, c).text() for c in range(1, shown.columnCount())]
        assert numbers == [expected.cell(row, c).text for c in [*expected.columns, None]]
    # Hidden counts are shown as hidden, with why.
    hidden = [
        (table_id, row, column, cell)
        for table_id, table in view.tables.items()
        for row in table.row_keys
        for column in (table.column_keys or [None])
        for cell in [direct.table(table_id).cell(row, column)]
        if cell.status is not Status.SHOWN
    ]
    assert {c.status for *_, c in hidden} == {Status.SMALL, Status.COMPLEMENT}
    for table_id, row, column, cell in hidden:
        item = view.tables[table_id].cell_at(row, column)
        assert item.text() == cell.text
        assert item.text() in ("<5", "*")
        if cell.status is Status.SMALL:
            assert item.toolTip() == "Hidden: fewer than 5, so that no child can be picked out"
        else:
            assert item.toolTip().startswith("Hidden so that a small count cannot be worked out")
    # A chart under a table, drawn in the window; the notes at the end, the rule first.
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    assert "active-nationality-sex" in view.charts
    canvas = view.charts["active-nationality-sex"].canvas
    assert isinstance(canvas, FigureCanvasQTAgg)
    page.area.ensureWidgetVisible(canvas)
    qtbot.waitUntil(canvas.isVisible, timeout=3000)
    assert 200 <= canvas.height() <= 500  # not over the page
    assert view.notes[0].text() == str(direct.notes[0])
    assert view.notes[0].text().startswith("Counts above zero and below 5 are shown as <5")
    assert page.export_buttons["pdf"].isEnabled()
    unnamed = [
        w.objectName()
        for kind in (QComboBox, QAbstractSpinBox, QTableView, QAbstractButton)
        for w in page.findChildren(kind)
        if w.isVisible()
        and not w.objectName().startswith("qt_")
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert unnamed == []

    # A double-click on a category whose count is shown narrows the report to it.
    band = next(b for b in expected.rows if expected.cell(b).status is Status.SHOWN)
    with qtbot.waitSignal(page.shown, timeout=20000) as narrowed:
        _double_click(qtbot, page, shown, _row_of(shown, band), 0)
    assert narrowed.args[0].filters == {"age_band": band}
    assert reports.category_name("age_band", band) in page.narrowed_label.text()
    direct_band = reports.make_snapshot(window.db, "caseload", FIRST, LAST, {"age_band": band})
    assert page.view is not None
    opened = page.view.tables["opened-age-sex"]
    assert opened.cell_at(None, None).text() == direct_band.table("opened-age-sex").cell(None).text
    assert page.back_button.isEnabled()
    # Back: the report as it was.
    with qtbot.waitSignal(page.shown, timeout=20000) as back:
        _click(qtbot, page.back_button)
    assert back.args[0].filters == {}
    assert not page.back_button.isEnabled()

    # A double-click on a category whose count is hidden is refused, and says why.
    assert page.view is not None
    shown = page.view.tables["opened-age-sex"]
    small = next(b for b in expected.rows if expected.cell(b).status is not Status.SHOWN)
    entries = len(audit.entries(window.db, audit.AuditFilter(limit=1000)))
    window.ops.last_error = None
    _double_click(qtbot, page, shown, _row_of(shown, small), 0)
    qtbot.waitUntil(lambda: window.ops.last_error is not None, timeout=3000)
    assert window.ops.last_error == (
        "This count is hidden to protect the children it counts: it cannot be opened."
    )
    _close_message_boxes()
    assert page.snapshot is not None
    assert page.snapshot.filters == {}
    assert len(audit.entries(window.db, audit.AuditFilter(limit=1000))) == entries
    # So is a cell of it.
    window.ops.last_error = None
    hidden_cell = next(
        (r, c)
        for r, row in enumerate(expected.rows)
        for c, column in enumerate(expected.columns, start=1)
        if expected.cell(row, column).status is not Status.SHOWN
    )
    _double_click(qtbot, page, shown, *hidden_cell)
    qtbot.waitUntil(lambda: window.ops.last_error is not None, timeout=3000)
    _close_message_boxes()

    # A filter chosen from the list, then cleared.
    page.sex.setCurrentIndex(page.sex.findData("female"))
    with qtbot.waitSignal(page.shown, timeout=20000) as girls:
        _click(qtbot, page.make_button)
    assert girls.args[0].filters == {"sex": "female"}
    assert page.view is not None
    about = page.view.findChild(QLabel, "reports.about")
    assert about is not None
    assert "Sex: Female" in about.text()
    with qtbot.waitSignal(page.shown, timeout=20000) as cleared:
        _click(qtbot, page.clear_button)
    assert cleared.args[0].filters == {}
    assert page.sex.currentData() is None
    # Every report made is in the audit log.
    made_entries = audit.entries(window.db, audit.AuditFilter(action="report made", limit=100))
    assert len(made_entries) >= 5


def test_a_filter_some_table_cannot_take_is_said(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _open_page(qtbot, window)
    made = _make(qtbot, page, "Proceedings and deadlines")
    kinds = made.table("proceedings-kind-outcome")
    kind = next(k for k in kinds.rows if kinds.cell(k).status is Status.SHOWN)
    assert page.view is not None
    table = page.view.tables["proceedings-kind-outcome"]
    window.ops.last_error = None
    page.area.ensureWidgetVisible(table)
    table.setFocus()  # by the keyboard this time: Enter on the kind's name
    table.setCurrentCell(_row_of(table, kind), 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ops.last_error is not None, timeout=20000)
    assert "cannot be narrowed by Kind" in (window.ops.last_error or "")
    _close_message_boxes()
    assert page.snapshot is made  # still the report shown
    assert page.narrowed == {}
    assert page.make_button.isEnabled()


def test_quick_periods() -> None:
    today = date(2026, 12, 7)
    assert quick_period("this_quarter", today) == (date(2026, 10, 1), today)
    assert quick_period("last_quarter", today) == (date(2026, 7, 1), date(2026, 9, 30))
    assert quick_period("last_quarter", date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert quick_period("this_year", today) == (date(2026, 1, 1), today)
    assert quick_period("last_year", today) == (date(2025, 1, 1), date(2025, 12, 31))


def test_each_quick_choice_sets_the_period(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _open_page(qtbot, window)
    for choice in ("this_quarter", "last_quarter", "this_year", "last_year"):
        _click(qtbot, page.quick[choice])
        shown = (page.first.date().toPython(), page.last.date().toPython())
        assert shown == quick_period(choice, page.today), choice
    year = page.today.year - 1
    assert page.last.date().toPython() == date(year, 12, 31)


def test_rates_are_shown_beside_their_numbers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A rate's table: the number of each group and its rate, to two decimals; no rate
    where the number is hidden."""
    page = _open_page(qtbot, window)
    snapshot = _make(qtbot, page, "Court-readiness of files")
    shown = snapshot.table("documents-jurisdiction")
    table = page.findChild(ReportTable, "reports.table.documents-jurisdiction")
    assert table is not None
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Jurisdiction", "Children", "% of documents court-ready"]
    for row, key in enumerate(table.row_keys):
        number, rate = table.item(row, 1), table.item(row, 2)
        assert number is not None
        assert rate is not None
        if shown.cell(key).status is Status.SHOWN:
            value = shown.headline(key)
            assert value is not None
            assert 0 <= value <= 100
            assert rate.text() == f"{value:.2f}"
        else:
            assert rate.text() == "—"
            assert "hidden" in rate.toolTip()
    total = shown.rates[None]
    assert total is not None
    assert table.item(len(table.row_keys) - 1, 2).text() == f"{total.value:.2f}"
    files = page.findChild(ReportTable, "reports.table.files-jurisdiction")
    assert files is not None
    assert files.horizontalHeaderItem(1).text() == "Court-ready"
    assert files.horizontalHeaderItem(2).text() == "Not court-ready"
    assert any("a week before" in label.text() for label in page.findChildren(QLabel))

    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search, not more of one
    snapshot = _make(qtbot, page, "Outcomes for children")
    moves = page.findChild(ReportTable, "reports.table.placement-stability-age")
    assert moves is not None
    assert moves.horizontalHeaderItem(2).text() == "Changes per child-year"
    whole = snapshot.table("placement-stability-age").rates[None]
    assert whole is not None
    assert moves.item(len(moves.row_keys) - 1, 2).text() == f"{whole.value:.2f}"


def test_a_new_language_says_the_report_again_without_making_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    from guardian_desk.ui import i18n

    page = _open_page(qtbot, window)
    made = _make(qtbot, page, "Caseload")
    before = page.view
    entries = len(audit.entries(window.db, audit.AuditFilter(limit=1000)))
    try:
        i18n.apply_language("fr")
        qtbot.waitUntil(lambda: page.view is not before, timeout=5000)
    finally:
        i18n.apply_language("en")
    qtbot.waitUntil(lambda: page.make_button.text() == "&Make the report", timeout=5000)
    assert page.snapshot is made
    window.ops.wait()
    assert len(audit.entries(window.db, audit.AuditFilter(limit=1000))) == entries


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx"])
def test_the_export_buttons_write_the_report(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, fmt: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = _open_page(qtbot, window)
    made = _make(qtbot, page, "Caseload")
    target = tmp_path / f"caseload-report.{fmt}"
    asked: list[str] = []

    def answer(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    failures: list[BaseException] = []
    window.ops.on_unexpected = failures.append
    written: list[Path] = []
    page.exported.connect(written.append)
    _click(qtbot, page.export_buttons[fmt])
    qtbot.waitUntil(lambda: bool(written or failures or window.ops.last_error), timeout=30000)
    assert failures == []
    assert window.ops.last_error is None
    assert asked == [f"caseload-{FIRST.isoformat()}-{LAST.isoformat()}.{fmt}"]
    assert written == [target]
    assert target.name in (window.ops.last_information or "")
    title = made.report.tables[0].title
    if fmt == "pdf":
        from pypdf import PdfReader

        assert target.read_bytes().startswith(b"%PDF")
        text = " ".join(page.extract_text() for page in PdfReader(target).pages)
        assert " ".join(title.split()) in " ".join(text.split())
    elif fmt == "csv":
        with target.open(encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert any(title in cell for cell in cells)
        assert "<5" in cells
    else:
        from openpyxl import load_workbook

        book = load_workbook(target, read_only=True)
        cells = [
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        ]
        assert any(title in cell for cell in cells)
        assert "<5" in cells


def _signed_in(qtbot: Any, db: Database, tmp_path: Path, username: str) -> MainWindow:
    security.add_demo_users(db)
    security.sign_in(db, username, security.DEMO_PASSPHRASE)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(db, settings=settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.this_week.loaded, timeout=15000):
        shown.show()
    return shown


def test_a_clerk_does_not_see_the_page(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _signed_in(qtbot, demo_db, tmp_path, "clerk")
    ui = window.ui
    assert ui.navigation.item(ui.pages.indexOf(ui.reportsPage)).isHidden()
    assert not ui.actionShowReports.isVisible()
    window.ops.wait()


def test_the_data_protection_officer_makes_a_report(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    window = _signed_in(qtbot, demo_db, tmp_path, "dpo")
    ui = window.ui
    assert not ui.navigation.item(ui.pages.indexOf(ui.reportsPage)).isHidden()
    assert ui.actionShowReports.isVisible()
    page = _open_page(qtbot, window)
    made = _make(qtbot, page, "Caseload")
    # The officer reads no case file, yet counts every case.
    everyone = made.table("active-nationality-sex").cell(None)
    assert everyone.status is Status.SHOWN
    assert everyone.value == 59
    window.ops.wait()
    # Another person signing in at this window does not find it there.
    window._forget_reports()
    assert window.reports is not page
    assert window.reports.snapshot is None


def test_the_window_checks_hearings_recorded_before_the_checks_were_kept(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    """A database of an older version: its hearings are checked in the background once the
    window has opened, so that the court-readiness report counts them."""
    from sqlalchemy import delete, func, select

    from guardian_desk.services import documents
    from guardian_desk.services.documents.file_checks import STATE_KEY
    from guardian_desk.storage import models as m

    with demo_db.unit_of_work() as session:  # as an older version left it
        session.execute(delete(m.HearingFileCheck))
        session.execute(delete(m.DatabaseState).where(m.DatabaseState.key == STATE_KEY))
    waiting = documents.unchecked_case_ids(demo_db)
    assert len(waiting) > 40
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not documents.unchecked_case_ids(demo_db), timeout=30000)
    shown.ops.wait()
    with demo_db.reading() as session:
        checked = session.scalar(select(func.count()).select_from(m.HearingFileCheck))
        hearings = session.scalar(
            select(func.count()).select_from(m.Hearing).where(m.Hearing.outcome != "vacated")
        )
        state = session.get(m.DatabaseState, STATE_KEY)
    assert checked == hearings  # every hearing held or to come, none vacated
    assert state is not None
    assert state.value == "complete"
