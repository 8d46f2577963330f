"""A caseworker screens a child from the case's Overview: answers with the mouse, sees the
concern as it is answered, records it; the case is saved with the actions as tasks, the
Overview says the concern and that sharing is paused, and the case list shows the badge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from guardian_desk.services import cases
from guardian_desk.ui.main_window import MainWindow


def test_a_screening_through_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(0).id
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    before = {s["id"] for s in editor.draft.get("screenings") or []}  # the demo's own
    qtbot.mouseClick(editor.overview.buttons["screen"], Qt.MouseButton.LeftButton)
    dialog = editor.screening_dialog
    qtbot.waitExposed(dialog)
    assert "No concern" in dialog.concern.text()
    strong = next(i.id for i in dialog.tool.indicators if i.strength == "strong")
    yes = dialog.findChild(type(dialog.groups[strong].buttons()[0]), f"screening.{strong}.yes")
    # on its circle, where a person clicks
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton, pos=QPoint(8, yes.rect().center().y()))
    assert yes.isChecked()
    assert "Clear concern" in dialog.concern.text()
    qtbot.keyClicks(dialog.evidence[strong], "Said his papers are with the driver.")
    # Raising the level needs a reason: the button waits for it.
    dialog.raise_to.setCurrentIndex(dialog.raise_to.findData("clear"))
    assert not dialog.record_button.isEnabled()
    qtbot.keyClicks(dialog.because, "Agreed with the supervisor.")
    assert dialog.record_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    stored = cases.open_case(window.db, case_id, whole=True).case
    [screening] = [s for s in stored["screenings"] if s["id"] not in before]
    assert screening["concern"] == "clear"
    answer = next(a for a in screening["answers"] if a["indicator_id"] == strong)
    assert (answer["answer"], answer["evidence"]) == ("yes", "Said his papers are with the driver.")
    titles = {d["title"] for d in stored["deadlines"] if d["status"] == "open"}
    assert "Alert the supervising lawyer today" in titles
    risks = editor.overview.sections["risks"]
    texts = [risks.table.item(r, 0).text() for r in range(risks.table.rowCount())]
    assert texts[0] == "Screening: Clear concern"
    assert texts[1].startswith("Sharing and tracing paused")
    # The case list's flags column shows the concern.
    window.refresh()
    qtbot.waitUntil(
        lambda: any(
            window.model.summary(r).concern == "clear" for r in range(window.model.rowCount())
        ),
        timeout=5000,
    )
    row = next(r for r in range(window.model.rowCount()) if window.model.summary(r).id == case_id)
    shown = window.model.data(window.model.index(row, 8), Qt.ItemDataRole.DisplayRole)
    assert "⚠" in shown
