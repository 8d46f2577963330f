"""The case editor, used as a person uses it: typing, saving, conflicts, closing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from guardian_desk.services import cases, exchange
from guardian_desk.services.records import new_record
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.documents.readiness_view import document_label, proceeding_label
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import RecordList
from tests.ui.typing_helpers import type_into


def _field(editor: CaseEditor, name: str) -> QLineEdit:
    found = editor.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def _type(qtbot, editor: CaseEditor, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, editor, name, text)


def _answer_next_question(button: QMessageBox.StandardButton) -> None:
    """Click ``button`` in the next message box that opens."""

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.button(button).click()
                return
        QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_type_a_new_case_save_it_and_find_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = next(iter(window.editors.values()))
    reference = _field(editor, "cases.reference").text()
    assert reference.startswith("GD-")
    _type(qtbot, editor, "child.given_names", "Selam")
    _type(qtbot, editor, "child.family_name", "Tesfay")
    _type(qtbot, editor, "child.given_names_native", "ሰላም")
    _type(qtbot, editor, "child.family_name_native", "ተስፋይ")
    sex = editor.findChild(QComboBox, "child.sex")
    sex.setCurrentIndex(sex.findData("female"))
    certainty = editor.findChild(QComboBox, "child.dob_certainty")
    certainty.setCurrentIndex(certainty.findData("estimated"))
    _type(qtbot, editor, "child.dob_date", "2010")
    _type(qtbot, editor, "child.nationalities", "Eritrea")
    _type(qtbot, editor, "child.languages", "tigrinya")  # a name: Tigrinya — ትግርኛ
    assert editor.draft["child"]["nationalities"] == ["ER"]
    assert editor.draft["child"]["languages"] == ["ti"]
    assert editor.draft["child"]["native_script"] == "Ethi"  # seen in the names typed
    assert editor.windowTitle().startswith("• ")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.windowTitle().startswith("• ")
    qtbot.waitUntil(lambda: window.model.total == 61, timeout=5000)
    found = cases.search(window.db, "ተስፋይ")
    assert [s.reference for s in found] == [reference]
    assert found[0].age.startswith(("≈", "1"))  # an estimate is shown as one


def test_problems_are_shown_at_their_fields(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.new_case()
    _type(qtbot, editor, "child.given_names", "Test")
    certainty = editor.findChild(QComboBox, "child.dob_certainty")
    certainty.setCurrentIndex(certainty.findData("documented"))
    _type(qtbot, editor, "child.dob_date", "2011")
    _type(qtbot, editor, "child.last_arrival_on", "yesterday")
    editor.save()
    qtbot.waitUntil(lambda: bool(editor.problems), timeout=10000)
    day = editor.findChild(QWidget, "child.dob")
    assert "needs a full date" in day.toolTip()
    arrival = _field(editor, "child.last_arrival_on")
    assert "not a date" in arrival.toolTip()
    assert editor.problem_list.isVisible()
    assert cases.count(window.db) == 60  # nothing was saved
    editor.draft = editor.opened.case  # leave without the prompt


def test_edit_a_list_record_and_save(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(0).id
    with qtbot.waitSignal(window.ops.busy, timeout=5000):
        window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    editor.tabs.setCurrentIndex(2)  # Family, as a person clicks on its tab
    assert editor.tabs.tabText(2) == "Family"
    family = editor.parts["family_members"]
    assert isinstance(family, RecordList)
    before = len(family.records or [])
    qtbot.mouseClick(family.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, editor, "family_members.full_name", "Hanna Bekele")
    relation = family.form.widgets["relationship_to_child"]
    assert isinstance(relation, QComboBox)
    relation.setCurrentIndex(relation.findData("aunt_uncle"))
    tracing = family.form.widgets["tracing_status"]
    assert isinstance(tracing, QComboBox)
    tracing.setCurrentIndex(tracing.findData("tracing"))
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    stored = cases.open_case(window.db, case_id).case["family_members"]
    assert len(stored) == before + 1
    assert any(m["full_name"] == "Hanna Bekele" for m in stored)
    assert [s.id for s in cases.search(window.db, "Hanna Bekele")] == [case_id]


def test_conflict_with_an_edit_made_elsewhere(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(1).id
    editor = window._show_editor(cases.open_case(window.db, case_id))
    qtbot.waitUntil(lambda: editor.fully_built)  # its tabs, built after the overview
    # Someone else changes the placement and saves first.
    theirs = cases.open_case(window.db, case_id)
    their_draft = theirs.draft()
    their_draft["child"]["placements"][0]["provider"] = "Changed by a colleague"
    cases.save_case(window.db, theirs, their_draft)
    placements = editor.parts["child"].lists["placements"]
    assert isinstance(placements, RecordList)
    _type(qtbot, editor, "placements.provider", "My change")
    editor.save()
    qtbot.waitUntil(lambda: window.ops.last_error is not None, timeout=10000)
    assert "changed since you opened it: placement" in (window.ops.last_error or "")
    stored = cases.open_case(window.db, case_id).case["child"]["placements"][0]
    assert stored["provider"] == "Changed by a colleague"
    assert editor.windowTitle().startswith("• ")  # my edits are still there to redo
    editor.draft = editor.opened.case


def test_unsaved_changes_prompt(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(2).id
    editor = window._show_editor(cases.open_case(window.db, case_id))
    qtbot.waitUntil(lambda: editor.fully_built)  # its tabs, built after the overview
    _type(qtbot, editor, "child.school_grade", "8")
    _answer_next_question(QMessageBox.StandardButton.Cancel)
    editor.close()
    assert editor.isVisible()  # Cancel keeps the editor open
    _answer_next_question(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.close()
    qtbot.waitUntil(lambda: case_id not in window.editors, timeout=5000)
    assert cases.open_case(window.db, case_id).case["child"]["school_grade"] == "8"


def test_discarding_keeps_the_case_as_it_was(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(3).id
    before = exchange.export_document(window.db, [window.model.summary(3).reference])
    editor = window._show_editor(cases.open_case(window.db, case_id))
    qtbot.waitUntil(lambda: editor.fully_built)  # its tabs, built after the overview
    _type(qtbot, editor, "child.school_grade", "9")
    _answer_next_question(QMessageBox.StandardButton.Discard)
    editor.close()
    qtbot.waitUntil(lambda: case_id not in window.editors, timeout=5000)
    after = exchange.export_document(window.db, [window.model.summary(3).reference])
    assert after == before


def test_arabic_name_reads_right_to_left(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.new_case()
    _type(qtbot, editor, "child.given_names_native", "مريم")
    assert _field(editor, "child.given_names_native").layoutDirection() == (
        Qt.LayoutDirection.RightToLeft
    )
    assert _field(editor, "child.given_names").layoutDirection() == Qt.LayoutDirection.LeftToRight
    editor.draft = editor.opened.case
    assert editor.findChildren(QPushButton)


def test_hearing_time_is_typed_in_the_forums_local_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(4).id
    editor = window._show_editor(cases.open_case(window.db, case_id))
    qtbot.waitUntil(lambda: editor.fully_built)  # its tabs, built after the overview
    editor.tabs.setCurrentIndex(4)  # Proceedings
    proceedings = editor.parts["proceedings"]
    assert isinstance(proceedings, RecordList)
    hearings = proceedings.form.lists["hearings"]
    assert isinstance(hearings, RecordList)
    hearing = hearings.add()
    assert hearing is not None
    _type(qtbot, editor, "hearings.time_zone", "Europe/Paris")
    _type(qtbot, editor, "hearings.starts_at", "2027-03-01 10:00")
    assert hearing["starts_at"] == "2027-03-01T09:00:00Z"  # Paris is UTC+1 in March
    hearing["duration_minutes"] = 60
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    shown = editor.findChild(QLineEdit, "hearings.starts_at")
    stored = cases.open_case(window.db, case_id).case["proceedings"]
    assert any(h["starts_at"] == "2027-03-01T09:00:00Z" for p in stored for h in p["hearings"])
    assert shown is not None


def test_a_date_is_picked_from_a_calendar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QTableView, QToolButton

    from guardian_desk.ui.widgets.date_picker import CalendarPopup

    editor = window.new_case()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(1)  # Identity
    arrival = _field(editor, "child.last_arrival_on")
    button = next(b for b in arrival.findChildren(QToolButton) if b.isVisible())
    assert button.defaultAction().text() == "Choose from a calendar"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CalendarPopup))
    qtbot.waitExposed(popup)
    assert popup.calendar.selectedDate() == QDate.currentDate()  # an empty field starts today
    popup.calendar.setSelectedDate(QDate(2025, 3, 2))
    days = popup.calendar.findChild(QTableView)
    qtbot.keyClick(days, Qt.Key.Key_Left)  # one day back, as with the arrow keys
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert arrival.text() == "2025-03-01"
    assert editor.draft["child"]["last_arrival_on"] == "2025-03-01"
    assert not popup.isVisible()
    editor.draft = editor.opened.case


def _open(qtbot, window: MainWindow, case_id: str) -> CaseEditor:  # type: ignore[no-untyped-def]
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitExposed(editor)
    return editor


def test_waive_a_rules_deadline_with_a_reason(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.services import calendar

    rule_deadline = next(
        d
        for d in calendar.stored_deadlines(window.db)
        if d.source == "rule" and d.due > date.today()
    )
    case_id = exchange.export_document(window.db, [rule_deadline.reference])["cases"][0]["id"]
    editor = _open(qtbot, window, case_id)
    editor.tabs.setCurrentIndex(6)
    assert editor.tabs.tabText(6) == "Deadlines"
    part = editor.parts["deadlines"]
    row = next(i for i, d in enumerate(part.records or []) if d["id"] == rule_deadline.id)
    part.list.setCurrentRow(row)
    assert rule_deadline.title in part.list.text(row)
    due = _field(editor, "deadlines.due_on")
    assert due.isReadOnly()  # the rule decides the day
    assert rule_deadline.citation in _text(editor, "deadlines.citation")
    assert _text(editor, "deadlines.explanation")  # how it was counted
    qtbot.mouseClick(part.waive_button, Qt.MouseButton.LeftButton)
    assert "waived" in part.list.text(row)
    editor.save()
    qtbot.waitUntil(lambda: bool(editor.problems), timeout=10000)
    assert "say why the deadline is waived" in [p.message for p in editor.problems]
    from PySide6.QtWidgets import QPlainTextEdit

    reason = editor.findChild(QPlainTextEdit, "deadlines.status_reason")
    assert reason.hasFocus() or not editor.isActiveWindow()  # Waive put the cursor there
    qtbot.keyClicks(reason, "Court extended the time limit")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    (kept,) = [
        d for d in calendar.stored_deadlines(window.db, open_only=False) if d.id == rule_deadline.id
    ]
    assert kept.status == "waived"
    assert kept.due == rule_deadline.due


def test_add_a_deadline_by_hand(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.services import calendar

    case_id = window.model.summary(0).id
    reference = window.model.summary(0).reference
    editor = _open(qtbot, window, case_id)
    editor.tabs.setCurrentIndex(6)  # Deadlines
    part = editor.parts["deadlines"]
    qtbot.mouseClick(part.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, editor, "deadlines.title", "Send the school report to the guardian")
    _type(qtbot, editor, "deadlines.due_on", "2027-02-03")
    assert not _field(editor, "deadlines.due_on").isReadOnly()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    mine = [d for d in calendar.stored_deadlines(window.db, [reference]) if d.source == "manual"]
    assert ("Send the school report to the guardian", date(2027, 2, 3)) in [
        (d.title, d.due) for d in mine
    ]


def _text(editor: CaseEditor, name: str) -> str:
    from PySide6.QtWidgets import QPlainTextEdit

    found = editor.findChild(QPlainTextEdit, name) or editor.findChild(QLineEdit, name)
    assert found is not None, name
    return found.toPlainText() if isinstance(found, QPlainTextEdit) else found.text()


def _case_with_a_scheduled_hearing(window: MainWindow) -> tuple[str, dict]:  # type: ignore[type-arg]
    from guardian_desk.services.calendar import scheduling

    for case in exchange.export_document(window.db)["cases"]:
        for proceeding_index, proceeding in enumerate(case["proceedings"]):
            for hearing in proceeding["hearings"]:
                if scheduling.bookings_of(case, {hearing["id"]}):
                    return case["id"], {"proceeding": proceeding_index, **hearing}
    raise AssertionError("demo data has scheduled hearings")


def test_adjourn_a_hearing_to_a_new_date(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.ui.calendar import HearingList

    case_id, hearing = _case_with_a_scheduled_hearing(window)
    editor = _open(qtbot, window, case_id)
    editor.tabs.setCurrentIndex(4)  # Proceedings
    proceedings = editor.parts["proceedings"]
    proceedings.list.setCurrentRow(hearing["proceeding"])
    hearings = proceedings.form.lists["hearings"]
    assert isinstance(hearings, HearingList)
    row = next(i for i, h in enumerate(hearings.records or []) if h["id"] == hearing["id"])
    hearings.list.setCurrentRow(row)
    qtbot.mouseClick(hearings.outcome_button, Qt.MouseButton.LeftButton)
    dialog = hearings.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    adjourned = dialog.buttons_by_outcome["adjourned"]
    qtbot.mouseClick(adjourned, Qt.MouseButton.LeftButton, pos=QPoint(8, adjourned.height() // 2))
    assert adjourned.isChecked()
    dialog.box.button(dialog.box.StandardButton.Ok).click()
    assert "why" in dialog.problem.text()  # a reason is needed
    qtbot.keyClicks(dialog.reason, "The child's interpreter did not come")
    qtbot.keyClicks(dialog.next_start, "2031-03-04 10:00")
    dialog.box.button(dialog.box.StandardButton.Ok).click()
    assert editor.windowTitle().startswith("• ")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    stored = cases.open_case(window.db, case_id).case["proceedings"][hearing["proceeding"]]
    old = next(h for h in stored["hearings"] if h["id"] == hearing["id"])
    assert old["outcome"] == "adjourned"
    assert old["adjournment_reason"] == "The child's interpreter did not come"
    new = next(h for h in stored["hearings"] if h["id"] == old["next_hearing_id"])
    assert new["outcome"] == "scheduled"
    assert new["time_zone"] == old["time_zone"]
    from guardian_desk.domain.dates import instant_to_local

    assert instant_to_local(new["starts_at"], new["time_zone"]) == "2031-03-04 10:00"


def test_a_double_booking_is_warned_about_before_saving(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.domain.dates import instant_to_local

    case_id, hearing = _case_with_a_scheduled_hearing(window)
    other_id = next(
        window.model.summary(r).id
        for r in range(window.model.rowCount())
        if window.model.summary(r).id != case_id
    )
    editor = _open(qtbot, window, other_id)
    proceeding = editor.draft["proceedings"][0]
    lawyer = (
        next(
            p.get("assigned_lawyer_id")
            for p in cases.open_case(window.db, case_id).case["proceedings"]
            if any(h["id"] == hearing["id"] for h in p["hearings"])
        )
        or cases.open_case(window.db, case_id).case["lead_lawyer_id"]
    )
    proceeding["assigned_lawyer_id"] = lawyer
    proceeding["hearings"].append(
        new_record("hearings", starts_at=hearing["starts_at"], time_zone=hearing["time_zone"])
    )
    editor._load()
    editor.save()
    qtbot.waitUntil(
        lambda: editor.warning is not None and editor.warning.isVisible(), timeout=10000
    )
    assert editor.warning is not None
    text = editor.warning.informativeText()
    assert "at the same time as" in text
    assert instant_to_local(hearing["starts_at"], hearing["time_zone"]) in text
    editor.warning.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(200)
    assert editor.windowTitle().startswith("• ")  # not saved: the person goes back to it
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
        qtbot.waitUntil(
            lambda: editor.warning is not None and editor.warning.isVisible(), timeout=10000
        )
        editor.warning.button(QMessageBox.StandardButton.Save).click()


def test_the_court_readiness_checklist(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id = window.model.summary(1).id
    editor = _open(qtbot, window, case_id)
    index = next(
        i for i in range(editor.tabs.count()) if editor.tabs.tabText(i) == "Court-readiness"
    )
    editor.tabs.setCurrentIndex(index)  # as a click on the tab: it checks the case
    view = editor.readiness
    assert view.found
    shown = view.checklist.toPlainText()
    assert all(proceeding_label(p) in shown for p in view.found)
    assert "authentication:" in shown
    assert "translation:" in shown
    assert "missing — " in shown or "pending — " in shown
    places = sorted({p.jurisdiction for p in view.found})
    matrix = view.matrix
    assert sorted(matrix.horizontalHeaderItem(c).text() for c in range(matrix.columnCount())) == (
        places
    )
    labels = {document_label(d) for p in view.found for d in p.documents}
    assert {matrix.verticalHeaderItem(r).text() for r in range(matrix.rowCount())} == labels
    cells = {matrix.item(r, c).text() for r in range(matrix.rowCount()) for c in range(len(places))}
    assert cells & {"missing", "pending", "stale", "refused"}
    # Record a sworn translation into the forum's language and check again: one less to do.
    before = sum(p.missing for p in view.found)
    proceeding, document = next(
        (p, d)
        for p in view.found
        for d in p.documents
        if any(f.item == "translation" and f.status.value == "missing" for f in d.findings)
    )
    record = next(d for d in editor.draft["documents"] if d["id"] == document.document_id)
    forum = proceeding.jurisdiction
    from guardian_desk.services.documents import readiness

    wanted = readiness.shipped_rules().destination(forum)
    assert wanted is not None
    record["translations"].append(
        new_record(
            "translations",
            source_language=record.get("language") or "ar",
            target_language=wanted.languages[0],
            translator_name="A. Translator",
            kind="sworn",
            sworn_in_jurisdiction=forum,
        )
    )
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert sum(p.missing for p in view.found) < before
    editor.draft = editor.opened.case


def test_refusal_grounds_are_ticked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.ui.records import ChoiceChecks

    case_id, index = next(
        (c["id"], i)
        for c in exchange.export_document(window.db)["cases"]
        for i, d in enumerate(c["documents"])
        if d["document_type"] == "guardianship_order"
    )
    editor = _open(qtbot, window, case_id)
    editor.tabs.setCurrentIndex(7)
    assert editor.tabs.tabText(7) == "Documents"
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(index)
    recognitions = documents.form.lists["recognitions"]
    qtbot.mouseClick(recognitions.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, editor, "recognitions.jurisdiction", "DE")
    status = editor.findChild(QComboBox, "recognitions.status")
    status.setCurrentIndex(status.findData("refused"))
    grounds = recognitions.form.widgets["refusal_grounds"]
    assert isinstance(grounds, ChoiceChecks)
    box = grounds.boxes["art23_2_b"]
    assert "child was not heard" in box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    stored = cases.open_case(window.db, case_id).case["documents"][index]["recognitions"]
    assert ("DE", "refused", ["art23_2_b"]) in [
        (r["jurisdiction"], r["status"], r["refusal_grounds"]) for r in stored
    ]


def test_attach_scans_by_dropping_and_refuse_a_bad_file(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDropEvent

    from guardian_desk.services.exchange.demo import specimens
    from guardian_desk.ui.documents import FileList

    scan = tmp_path / "acte de naissance.pdf"
    scan.write_bytes(__import__("base64").b64decode(specimens()[0]["data"]))
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"PK\x03\x04 not an image")
    case_id = window.model.summary(2).id
    editor = _open(qtbot, window, case_id)
    editor.tabs.setCurrentIndex(7)  # Documents
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(0)
    files = documents.form.lists["files"]
    assert isinstance(files, FileList)
    before = len(files.records or [])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(
        files.list.viewport().rect().center().toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt hands a drop to the list only during a real drag; the list's handler is given the
    # event as Qt would give it. The file is checked in the background, then added.
    with qtbot.waitSignal(files.attached, timeout=30000):
        assert files.eventFilter(files.list.viewport(), drop)
    assert len(files.records or []) == before + 1
    with qtbot.waitSignal(files.refused, timeout=30000):
        files.attach(bad)  # refused, saying why
    assert "is not a PDF, JPEG, PNG or TIFF" in window.ops.last_error
    assert len(files.records or []) == before + 1
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    stored = cases.open_case(window.db, case_id).case["documents"][0]["files"]
    assert "acte de naissance.pdf" in [f["original_filename"] for f in stored]


def test_record_a_placement_request_and_its_art82_task_follows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.services import calendar

    case_id = window.model.summary(0).id
    reference = window.model.summary(0).reference
    editor = _open(qtbot, window, case_id)
    editor.tabs.setCurrentIndex(5)
    assert editor.tabs.tabText(5) == "Placements abroad"  # beside the proceedings
    part = editor.parts["placement_requests"]
    assert isinstance(part, RecordList)
    qtbot.mouseClick(part.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, editor, "placement_requests.requesting_state", "DE")
    _type(qtbot, editor, "placement_requests.requested_state", "FR")
    _type(qtbot, editor, "placement_requests.received_on", "2026-10-05")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    (request,) = cases.open_case(window.db, case_id).case["placement_requests"]
    assert (request["requested_state"], request["consent"]) == ("FR", "pending")
    due = [
        d.due
        for d in calendar.stored_deadlines(window.db, [reference])
        if d.rule_id == "eu.brussels2b.art82_placement_consent"
    ]
    assert due == [date(2027, 1, 5)]
