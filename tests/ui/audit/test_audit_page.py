"""The Audit page as the person who reads the log uses it: entries newest first, filters,
the chain verified (and a tampered one said), an export, a case opened from its row."""

from __future__ import annotations

import copy
import csv
from pathlib import Path

from PySide6.QtCore import Qt

from guardian_desk.services import audit, cases
from guardian_desk.ui.audit.audit_page import summary
from guardian_desk.ui.main_window import MainWindow
from tests.conftest import raw_connection


def _page(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.ops.busy, timeout=5000, check_params_cb=lambda b: not b):
        window.ui.actionShowAudit.trigger()  # View › Audit log (Ctrl+6)
    page = window.audit
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=5000)
    return page


def _save(window: MainWindow, case_id: str, family_name: str) -> None:
    opened = cases.open_case(window.db, case_id)
    edited = copy.deepcopy(opened.case)
    edited["child"]["family_name"] = family_name
    cases.save_case(window.db, opened, edited)


def test_the_page_lists_entries_filters_and_opens_a_case(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = cases.list_ids(window.db)[0]
    reference = cases.summaries(window.db, [case_id])[0].reference
    _save(window, case_id, "Karimy")
    with window.db.unit_of_work() as session:
        audit.record(session, "cases exported", actor="jonas", detail={"cases": 3})
    page = _page(qtbot, window)
    assert window.ui.pages.currentWidget() is window.ui.auditPage
    texts = [[page.table.item(r, c).text() for c in range(6)] for r in range(page.table.rowCount())]
    assert texts[0][2:4] == ["jonas", "cases exported"]  # newest first
    assert texts[1][3:5] == ["case changed", reference]
    assert "identity.family_name:" in texts[1][5]
    assert "→ Karimy" in texts[1][5]
    # Only one person's entries.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.person.setCurrentIndex(page.person.findData("jonas"))
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    page.person.setCurrentIndex(0)
    # Only one case's, typed as a person types its reference.
    qtbot.keyClicks(page.case, reference)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.case, Qt.Key.Key_Return)
    assert {page.table.item(r, 4).text() for r in range(page.table.rowCount())} == {reference}
    # A case that does not exist is said, in the page.
    page.case.setText("NO-SUCH-CASE")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert "no case NO-SUCH-CASE" in page.result.text()
    page.case.clear()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    # A double-click on a case's row opens the case.
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 4).text())
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_case, timeout=3000):
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(window.editors), timeout=5000)
    for editor in list(window.editors.values()):
        editor.draft = editor.opened.case
        editor.close()


def test_verify_says_whole_and_finds_a_tampered_entry(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    for case_id in cases.list_ids(window.db)[:3]:
        _save(window, case_id, "Changed")
    page = _page(qtbot, window)
    with qtbot.waitSignal(page.verified, timeout=10000) as said:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("The chain is whole")
    with raw_connection(demo_path) as conn:
        conn.execute("UPDATE audit_entries SET actor = 'nobody' WHERE id = 2")
        conn.commit()
    with qtbot.waitSignal(page.verified, timeout=10000) as said:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert "entry 2 was changed, removed or moved" in said.args[0]
    assert "#c0392b" in page.result.styleSheet().lower() or "color" in page.result.styleSheet()


def test_the_export_writes_the_entries_shown_and_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    _save(window, cases.list_ids(window.db)[0], "=HYPERLINK(1)")
    page = _page(qtbot, window)
    target = tmp_path / "audit.csv"
    # The file dialog answers as a person who chose where to save it.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.ops.changed, timeout=10000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["number", "time (UTC)", "person", "action", "case", "detail"]
    assert any(r[3] == "case changed" for r in rows[1:])
    assert not any(cell.startswith("=") for r in rows for cell in r)  # no formula runs
    assert "clear copy" in page.result.text()
    assert audit.entries(window.db, audit.AuditFilter(limit=1))[0].action == "audit exported"


def test_a_summary_reads_like_a_sentence() -> None:
    detail = {
        "changed": {
            "identity.family_name": {"old→new": ["Karimi", "Karimy"]},
            "note.text": {"changed": []},
        },
        "added": {"note": 1},
        "removed": {"alias": 2},
    }
    assert summary(detail) == (
        "identity.family_name: Karimi → Karimy; note.text; +1 note; −2 alias"
    )
    assert summary({"cases": 4, "sealed": "no"}) == "cases: 4; sealed: no"


def test_actions_are_named_in_the_windows_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.ui.audit.audit_page import action_name
    from guardian_desk.ui.i18n import apply_language

    apply_language("fr")
    try:
        assert action_name("case changed") == "dossier modifié"
        assert action_name("something new") == "something new"  # an action of a later version
    finally:
        apply_language("en")
    assert action_name("case changed") == "case changed"


def test_opening_a_case_is_recorded_before_it_shows_and_not_shown_if_it_cannot_be(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, monkeypatch
) -> None:
    from typing import Any

    from guardian_desk.storage import database
    from tests.reliability.faults import write_transaction

    first, second = cases.list_ids(window.db)[:2]
    window.open_case(first)
    qtbot.waitUntil(lambda: first in window.editors, timeout=5000)
    entry = audit.entries(window.db, audit.AuditFilter(limit=1))[0]
    assert (entry.action, entry.case_id) == ("case opened", first)
    # Another program holds the database for writing longer than the window waits: the
    # entry cannot be written, so the case is not shown, and the person is told.
    real = database._set_sqlite_pragmas

    def short_wait(connection: Any, record: Any) -> None:
        real(connection, record)
        connection.execute("PRAGMA busy_timeout=300")

    monkeypatch.setattr(database, "_set_sqlite_pragmas", short_wait)
    window.db.engine.dispose()
    idle = {"timeout": 10000, "check_params_cb": lambda busy: not busy}
    with write_transaction(demo_path, seconds=30), qtbot.waitSignal(window.ops.busy, **idle):
        window.open_case(second)
    assert second not in window.editors
    assert window.ops.last_error is not None
    assert "try again" in window.ops.last_error
    for editor in list(window.editors.values()):
        editor.draft = editor.opened.case
        editor.close()
