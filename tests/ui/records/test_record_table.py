"""A record table chooses the record asked for, whatever the window's direction and
whether its tab has been shown yet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from guardian_desk.ui.records.lists import RecordTable


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_record_is_chosen_in_a_table_not_yet_shown(qtbot, direction) -> None:  # type: ignore[no-untyped-def]
    table = RecordTable()
    qtbot.addWidget(table)
    table.setLayoutDirection(direction)  # an Arabic window: the table reads from the right
    table.set_headers(["Due", "What"])
    table.set_rows([[("2026-12-0" + str(i), str(i)), (f"deadline {i}", None)] for i in range(4)])
    chosen: list[int] = []
    table.currentRowChanged.connect(chosen.append)
    for index in range(4):
        table.setCurrentRow(index)
        assert table.currentRow() == index
        assert [i.row() for i in table.selectionModel().selectedRows()] == [index]
    assert chosen == [0, 1, 2, 3]
    table.setCurrentRow(-1)
    assert table.currentRow() == -1
