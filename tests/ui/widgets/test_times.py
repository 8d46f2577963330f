"""One clock per screen: every time the case window shows is the forum's local time (a
hearing's, with its zone named) or the user's own (a note's), never a raw ISO instant; and
stored values are shown by their labels, not as they are stored."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QTableWidget

from guardian_desk.services import cases, exchange
from guardian_desk.services.records import new_record
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import RecordForm, RecordList
from guardian_desk.ui.widgets import shown_instant

ISO_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# Values of closed lists as they are stored (``e_apostille``), never shown as such.
STORED = {
    choice
    for key in cases.RECORD_NAMES
    for field in cases.record_spec(key).fields
    for choice in field.choices
    if "_" in choice
}


@pytest.fixture
def in_bogota() -> Iterator[None]:
    """This computer's clock in Bogotá (UTC−5 all year, no summer time)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Bogota"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _open(qtbot, window: MainWindow, case_id: str) -> CaseEditor:  # type: ignore[no-untyped-def]
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.fully_built)  # its tabs, built after the overview
    return editor


def _case_with_proceedings(window: MainWindow) -> str:
    return next(c["id"] for c in exchange.export_document(window.db)["cases"] if c["proceedings"])


def test_a_hearing_is_listed_at_the_forums_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _open(qtbot, window, _case_with_proceedings(window))
    hearing = new_record("hearings", starts_at="2026-12-28T12:30:00Z", time_zone="Europe/Madrid")
    editor.draft["proceedings"][0]["hearings"].append(hearing)
    editor._load()
    editor.tabs.setCurrentIndex(4)
    assert editor.tabs.tabText(4) == "Proceedings"
    proceedings = editor.parts["proceedings"]
    proceedings.list.setCurrentRow(0)
    hearings = proceedings.form.lists["hearings"]
    assert isinstance(hearings, RecordList)
    row = next(i for i, h in enumerate(hearings.records or []) if h["id"] == hearing["id"])
    line = hearings.list.text(row)
    assert line.startswith("2026-12-28 13:30 (Europe/Madrid)")
    assert "Scheduled" in line
    assert "T12:30" not in line
    hearings.list.setCurrentRow(row)
    field = editor.findChild(QLineEdit, "hearings.starts_at")
    assert field is not None
    assert field.text() == "2026-12-28 13:30"  # the form under the list: the same clock
    # A deadline or note that points at the hearing names it the same way.
    choices = editor.context.record_choices("hearing")
    assert any(text.startswith("2026-12-28 13:30 (Europe/Madrid)") for _i, text in choices)
    editor.draft = editor.opened.case


def test_a_note_is_listed_at_the_users_time(qtbot, window: MainWindow, in_bogota: None) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(0).id
    editor = _open(qtbot, window, case_id)
    note = new_record("notes", kind="general", written_at="2026-12-28T12:30:00Z")
    editor.draft["notes"].append(note)
    editor._load()
    notes = editor.parts["notes"]
    row = next(i for i, n in enumerate(notes.records or []) if n["id"] == note["id"])
    assert notes.list.text(row).startswith("2026-12-28 07:30 · General")
    notes.list.setCurrentRow(row)
    field = editor.findChild(QLineEdit, "notes.written_at")
    assert field is not None
    assert field.text() == "2026-12-28 07:30"
    editor.draft = editor.opened.case


def test_the_helper_names_the_forums_zone_only() -> None:
    assert shown_instant("2026-07-01T08:00:00Z", "Europe/Berlin") == (
        "2026-07-01 10:00 (Europe/Berlin)"
    )
    assert shown_instant("2026-07-01T08:00:00Z", "Europe/Berlin", name_zone=False) == (
        "2026-07-01 10:00"
    )
    assert shown_instant(None) == ""
    assert shown_instant("not yet a time", "Europe/Berlin") == "not yet a time"


def test_stored_values_are_shown_by_their_labels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id, index = next(
        (c["id"], i)
        for c in exchange.export_document(window.db)["cases"]
        for i, d in enumerate(c["documents"])
    )
    editor = _open(qtbot, window, case_id)
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(index)
    steps = documents.form.lists["authentication_steps"]
    assert isinstance(steps, RecordList)
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    kind = editor.findChild(QComboBox, "authentication_steps.kind")
    assert kind is not None
    kind.setCurrentIndex(kind.findData("e_apostille"))
    line = steps.list.text(steps.list.count() - 1)
    assert "e-Apostille" in line
    assert "e_apostille" not in line
    assert "e apostille" not in line
    editor.draft = editor.opened.case


def _lines(part: RecordList | RecordForm) -> Iterator[str]:
    """Every line of every list below ``part`` and every choice of its drop-downs, choosing
    each record of each list in turn (as a person clicks through them)."""
    if isinstance(part, RecordList):
        for row in range(part.list.count()):
            yield part.list.text(row)
            part.list.setCurrentRow(row)
            yield from _lines(part.form)
        return
    for widget in part.widgets.values():
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
    for sub in part.lists.values():
        yield from _lines(sub)


def test_no_tab_of_a_demo_case_shows_a_raw_instant(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    everything = exchange.export_document(window.db)["cases"]
    # The cases with the most to show: hearings, notes, authentication steps.
    chosen = sorted(
        everything,
        key=lambda c: (
            -(
                sum(len(p["hearings"]) for p in c["proceedings"])
                + len(c["notes"])
                + sum(len(d["authentication_steps"]) for d in c["documents"])
            )
        ),
    )[:4]
    seen = 0
    for case in chosen:
        editor = _open(qtbot, window, case["id"])
        for part in [editor.case_form, *editor.parts.values()]:
            for line in _lines(part):
                seen += 1
                assert not ISO_INSTANT.search(line), line
                stored = [v for v in STORED if re.search(rf"\b{v}\b", line)]
                assert not stored, line  # stored values are shown by their labels
        qtbot.waitUntil(lambda e=editor: e.filings.table is not None, timeout=3000)
        for table in editor.findChildren(QTableWidget):
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    assert item is None or not ISO_INSTANT.search(item.text()), item.text()
        for listed in editor.findChildren(QListWidget):
            for r in range(listed.count()):
                assert not ISO_INSTANT.search(listed.item(r).text())
        editor.close()
        qtbot.waitUntil(lambda c=case: c["id"] not in window.editors, timeout=3000)
    assert seen > 50
