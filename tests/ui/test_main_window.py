"""The window on the case list, driven as a user drives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from guardian_desk.services.exchange import export_document
from guardian_desk.storage.database import Database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.models.case_table import CaseTableModel


@pytest.fixture
def window(qtbot, demo_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(demo_db)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_case_model_passes_the_model_tester(qtmodeltester, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel(demo_db)
    model.PAGE = 25
    qtmodeltester.check(model)
    model.set_search("DEMO-7-00001")
    qtmodeltester.check(model)


def test_list_shows_cases_and_pages_in_more(demo_db: Database) -> None:
    model = CaseTableModel(demo_db)
    model.PAGE = 25
    model.reload()
    assert model.rowCount() == 25
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 60
    assert not model.canFetchMore(model.index(-1, -1))


def test_typing_in_search_filters_the_list(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    assert window.table.model().rowCount() == 60
    assert window.count_label.text() == "Cases: 60"
    child = export_document(demo_db, ["DEMO-7-000004"])["cases"][0]["child"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, child["family_name_native"])
    qtbot.waitUntil(lambda: window.table.model().rowCount() < 60, timeout=3000)
    model = window.table.model()
    references = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "DEMO-7-000004" in references
    row = references.index("DEMO-7-000004")
    assert model.index(row, 2).data() == (
        f"{child['given_names_native']} {child['family_name_native']}"
    )
    assert window.count_label.text() == f"Found: {model.rowCount()}"
    window.search.clear()
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 60, timeout=3000)


def test_native_names_right_to_left_are_right_aligned(window: MainWindow) -> None:
    model = window.table.model()
    for row in range(model.rowCount()):
        text = model.index(row, 2).data()
        if text and "\u0600" <= text[0] <= "\u06ff":
            alignment = model.index(row, 2).data(Qt.ItemDataRole.TextAlignmentRole)
            assert alignment & Qt.AlignmentFlag.AlignRight.value
            return
    pytest.fail("demo data has Arabic-script names")
