"""The main window, driven as a person drives it: typing, choosing filters, importing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from guardian_desk.services import cases, exchange
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import Database
from guardian_desk.ui.cases import CaseTableModel
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, demo_db: Database, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.model.loaded, timeout=10000):
        shown.show()
    qtbot.waitExposed(shown)
    return shown


def _references(window: MainWindow) -> list[str]:
    model = window.ui.caseTable.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_case_model_passes_the_model_tester(qtbot, qtmodeltester, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    holder = MainWindow(demo_db)
    qtbot.addWidget(holder)
    model = CaseTableModel(demo_db, Ops(holder))
    model.PAGE = model.FIRST_PAGE = 25
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.reload()
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_search("DEMO-7-00001")
    qtmodeltester.check(model)


def test_list_pages_in_more_as_it_scrolls(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    model.PAGE = model.FIRST_PAGE = 25
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.reload()
    assert model.rowCount() == 25
    assert model.total == 60
    window.ui.caseTable.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 25, timeout=3000)


def test_typing_in_search_filters_the_list(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    assert len(_references(window)) == 60
    assert window.count_label.text() == "Cases: 60"
    child = exchange.export_document(demo_db, ["DEMO-7-000004"])["cases"][0]["child"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.search.hasFocus()
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        qtbot.keyClicks(window.ui.search, child["family_name_native"])
    qtbot.waitUntil(lambda: "DEMO-7-000004" in _references(window), timeout=5000)
    references = _references(window)
    assert len(references) < 60
    row = references.index("DEMO-7-000004")
    native = window.model.index(row, 2)
    assert native.data() == f"{child['given_names_native']} {child['family_name_native']}"
    assert window.count_label.text() == f"Found: {len(references)}"
    window.ui.search.clear()
    qtbot.waitUntil(lambda: len(_references(window)) == 60, timeout=5000)


def test_choosing_filters_narrows_the_list(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    closed = [s.reference for s in cases.page(demo_db, 0, 100, cases.CaseFilter(status="closed"))]
    combo = window.ui.statusFilter
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        combo.setCurrentIndex(combo.findData("closed"))
    assert _references(window) == closed
    window.ui.hearingFilter.click()
    qtbot.waitUntil(lambda: window.model.case_filter.hearing_within_days == 14, timeout=3000)
    assert window.ui.hearingDays.isEnabled()


def test_clicking_a_header_sorts_in_the_database(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    header = window.ui.caseTable.horizontalHeader()
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    references = _references(window)
    assert references == sorted(references, reverse=True)


def test_native_names_right_to_left_are_right_aligned(window: MainWindow) -> None:
    model = window.model
    for row in range(model.rowCount()):
        text = model.index(row, 2).data()
        if text and "\u0600" <= text[0] <= "\u06ff":
            alignment = model.index(row, 2).data(Qt.ItemDataRole.TextAlignmentRole)
            assert alignment & Qt.AlignmentFlag.AlignRight.value
            return
    pytest.fail("demo data has Arabic-script names")


def _other_office_file(tmp_path: Path, count: int) -> Path:
    """An exchange file of another office's cases (demo seed 8)."""
    source = tmp_path / "other-office.json"
    source.write_text(exchange.dumps(demo.demo_document(count, seed=8)), encoding="utf-8")
    return source


def test_import_through_the_window_with_progress(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = _other_office_file(tmp_path, 30)
    with qtbot.waitSignal(window.ops.changed, timeout=30000):
        window.import_cases(str(source))
    qtbot.waitUntil(lambda: window.model.total == 90, timeout=10000)
    assert window.count_label.text() == "Cases: 90"
    assert window.statusBar().currentMessage() == "Imported 30 cases from other-office.json."
    assert window.ops.last_error is None


def test_import_of_a_bad_file_says_why(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "broken.json"
    source.write_text("{oops", encoding="utf-8")
    window.import_cases(str(source))
    qtbot.waitUntil(lambda: window.ops.last_error is not None, timeout=10000)
    assert "broken.json is not valid JSON" in (window.ops.last_error or "")
    box = window.findChild(QMessageBox)
    assert box is not None
    assert box.isVisible()
    assert cases.count(window.db) == 60


def test_cancelling_an_import_keeps_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = _other_office_file(tmp_path, 30)
    task = window.import_cases(str(source))
    assert task is not None
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ops.running == 0, timeout=30000)
    assert task.cancelled
    assert cases.count(window.db) == 60
    assert window.ops.last_error is None


def test_demo_data_from_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.ops.changed, timeout=30000):
        window.add_demo_data(5)
    qtbot.waitUntil(lambda: window.model.total == 65, timeout=10000)
    assert cases.search(window.db, "DEMO-1-000005")  # the first free seed was used


def test_window_state_is_remembered(qtbot, demo_db: Database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(first)
    first.resize(760, 560)  # within the offscreen screen of 800 x 800
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 560)


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QTableView

    missing = [
        w.objectName()
        for kind in (QLineEdit, QComboBox, QSpinBox, QTableView, QAbstractButton)
        for w in window.findChildren(kind)
        if w.isVisible()
        and not w.objectName().startswith("qt_")  # Qt's own parts of a spin box or combo
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert missing == []


def test_empty_database_says_how_to_begin(qtbot, db: Database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    empty = MainWindow(db, settings=settings)
    qtbot.addWidget(empty)
    with qtbot.waitSignal(empty.model.loaded, timeout=10000):
        empty.show()
    assert empty.count_label.text() == "Cases: 0"
    assert "No cases yet" in empty.statusBar().currentMessage()


def test_a_new_window_fits_a_small_screen(qtbot, demo_db: Database, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """The offscreen screen is 800 x 800 logical pixels: a 1600-pixel screen at 200 % scaling."""
    first = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.model.loaded, timeout=10000):
        first.show()
    available = first.screen().availableGeometry()
    qtbot.waitUntil(lambda: available.contains(first.geometry()), timeout=3000)
    assert first.frameGeometry().width() <= available.width()
    assert first.minimumSizeHint().width() <= available.width()
    for control in (first.ui.lawyerFilter, first.ui.hearingDays, first.ui.search):
        right_edge = control.mapTo(first, control.rect().topRight()).x()
        assert right_edge <= first.width(), control.objectName()
    case_id = first.model.summary(0).id
    first.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in first.editors, timeout=5000)
    editor = first.editors[case_id]
    qtbot.waitExposed(editor)
    assert available.contains(editor.geometry())


def test_the_list_shows_court_readiness(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.services import documents

    model = window.model
    column = model.READY_COLUMN
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Court-ready"
    qtbot.waitUntil(lambda: bool(model.index(0, column).data()), timeout=10000)
    ids = [model.summary(r).id for r in range(5)]
    expected = documents.readiness_badges(window.db, ids)
    for row, case_id in enumerate(ids):
        shown = model.index(row, column).data()
        if expected[case_id] == 0:
            assert shown == "✓ ready"
        elif expected[case_id] > 0:
            assert shown == f"{expected[case_id]} to do"
        else:
            assert shown == ""
