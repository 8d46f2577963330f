"""A document's files in the case editor: scans' pages as thumbnails and in a viewer, and the
authentication chain entered as each kind of step is written (an apostille box by box)."""

from __future__ import annotations

import base64
import hashlib
import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from guardian_desk.services import cases, exchange
from guardian_desk.services.exchange.demo import specimens
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.documents import FileList
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import AttachmentField, RecordList
from guardian_desk.ui.widgets import ScanViewer
from tests.ui.typing_helpers import type_into


def _open(qtbot, window: MainWindow, case_id: str) -> CaseEditor:  # type: ignore[no-untyped-def]
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(7)
    assert editor.tabs.tabText(7) == "Documents"
    return editor


def _three_page_tiff(path: Path) -> Path:
    pages = [Image.new("RGB", (850, 1100), colour) for colour in ("white", "gray", "black")]
    buffer = io.BytesIO()
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:])
    path.write_bytes(buffer.getvalue())
    return path


def _viewer() -> ScanViewer:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ScanViewer)]
    assert found, "no page viewer opened"
    return found[-1]


def test_a_scans_pages_show_as_thumbnails_and_in_the_viewer(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    case_id = window.model.summary(1).id
    editor = _open(qtbot, window, case_id)
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(0)
    files = documents.form.lists["files"]
    assert isinstance(files, FileList)
    with qtbot.waitSignal(files.attached, timeout=30000):
        files.attach(_three_page_tiff(tmp_path / "passport pages.tif"))
    strip = files.thumbnails
    qtbot.waitUntil(lambda: strip.count() == 3, timeout=10000)
    assert [strip.item(i).text() for i in range(3)] == ["Page 1", "Page 2", "Page 3"]
    assert all(not strip.item(i).icon().isNull() for i in range(3))
    qtbot.mouseClick(files.view_button, Qt.MouseButton.LeftButton)
    viewer = _viewer()
    assert viewer.windowTitle() == "passport pages.tif"
    assert viewer.of_pages.text() == "of 3"
    viewer.page.setValue(3)  # the last page: black
    pixmap = viewer.image_label.pixmap() if viewer.image_label else None
    assert pixmap is not None
    assert not pixmap.isNull()
    assert pixmap.toImage().pixelColor(10, 10).lightness() < 10
    viewer.close()


def test_a_stored_pdf_scan_is_drawn_by_qtpdf(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case_id, index = next(
        (c["id"], i)
        for c in exchange.export_document(window.db)["cases"]
        for i, d in enumerate(c["documents"])
        if d["files"]
    )
    editor = _open(qtbot, window, case_id)
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(index)
    files = documents.form.lists["files"]
    assert isinstance(files, FileList)
    files.list.setCurrentRow(0)
    strip = files.thumbnails
    # Read from the database in the background, then drawn on QtPdf's threads.
    qtbot.waitUntil(lambda: strip.count() >= 1 and not strip.item(0).icon().isNull(), timeout=10000)
    qtbot.waitUntil(files.view_button.isEnabled, timeout=5000)
    files.thumbnails.itemActivated.emit(strip.item(0))  # Enter or a double-click on a page
    viewer = _viewer()
    assert viewer.pdf_view is not None
    assert viewer.pdf_view.document().pageCount() == strip.count()
    viewer.close()


def test_an_apostille_box_by_box_and_an_e_apostille_with_its_file(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    case_id = window.model.summary(3).id
    editor = _open(qtbot, window, case_id)
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(0)
    steps = documents.form.lists["authentication_steps"]
    assert isinstance(steps, RecordList)
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    form = steps.form
    before = [s["sequence"] for s in steps.records or [] if s is not form.record]
    assert form.widgets["sequence"].text() == str(max(before, default=0) + 1)  # the next step
    kind = form.widgets["kind"]
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("apostille"))

    def caption(name: str) -> str:
        label = form.captions[name]
        assert isinstance(label, QLabel)
        return label.text()

    # The ten numbered boxes of the certificate, in the certificate's order.
    shown = [name for name in form.captions if not form.captions[name].isHidden()]
    numbered = [caption(n) for n in shown if caption(n)[0].isdigit()]
    assert [text.split(".")[0] for text in numbered] == [str(n) for n in range(1, 11)]
    assert caption("signed_by") == "2. Has been signed by"
    assert form.captions["e_register_reference"].isHidden()
    assert form.widgets["attachment_id"].isHidden()

    type_into(qtbot, form, "authentication_steps.country", "Morocco")
    assert form.record is not None
    assert form.record["country"] == "MA"
    for name, text in [
        ("signed_by", "Fatima Zahra Alaoui"),
        ("acting_as", "Officier de l'état civil"),
        ("place", "Rabat"),
        ("performed_on", "2025-03-04"),
        ("authority", "Ministère de la Justice"),
    ]:
        line = form.widgets[name]
        assert isinstance(line, QLineEdit)
        if text.isascii():
            qtbot.keyClicks(line, text)
        else:  # QTest types ASCII only; other letters arrive from the input method
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(line, event)

    # The same step as an e-Apostille: its e-Register reference and its file.
    kind.setCurrentIndex(kind.findData("e_apostille"))
    assert not form.captions["e_register_reference"].isHidden()
    assert caption("attachment_id") == "e-Apostille file"
    qtbot.keyClicks(form.widgets["e_register_reference"], "MA-ER-2025-004512")
    pdf = base64.b64decode(specimens()[1]["data"])
    path = tmp_path / "e-apostille.pdf"
    path.write_bytes(pdf)
    field = form.widgets["attachment_id"]
    assert isinstance(field, AttachmentField)
    with qtbot.waitSignal(field.changed, timeout=30000):
        field.attach(path)  # checked in the background, as a scan is
    assert "e-apostille.pdf" in field.status.text()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()

    stored = cases.open_case(window.db, case_id).case["documents"][0]["authentication_steps"]
    step = next(s for s in stored if s.get("e_register_reference") == "MA-ER-2025-004512")
    assert step["kind"] == "e_apostille"
    assert (step["country"], step["signed_by"], step["place"]) == (
        "MA",
        "Fatima Zahra Alaoui",
        "Rabat",
    )
    assert step["performed_on"] == "2025-03-04"
    assert step["attachment_id"] == hashlib.sha256(pdf).hexdigest()
    exported = exchange.export_document(window.db, [editor.opened.case["reference"]])
    kept = next(a for a in exported["attachments"] if a["sha256"] == step["attachment_id"])
    assert base64.b64decode(kept["data"]) == pdf


def test_a_bad_e_apostille_file_is_refused_and_nothing_changes(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    editor = _open(qtbot, window, window.model.summary(4).id)
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(0)
    steps = documents.form.lists["authentication_steps"]
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    kind = steps.form.widgets["kind"]
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("e_apostille"))
    field = steps.form.widgets["attachment_id"]
    assert isinstance(field, AttachmentField)
    bad = tmp_path / "apostille.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    field.attach(bad)
    qtbot.waitUntil(
        lambda: "apostille.pdf was not attached" in (window.ops.last_error or ""), timeout=30000
    )
    assert field.value() is None
    assert field.status.text() == "No file attached"


def test_a_file_qt_cannot_draw_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.services.documents import Scan
    from guardian_desk.ui.widgets import ThumbnailStrip

    strip = ThumbnailStrip()
    qtbot.addWidget(strip)
    with qtbot.waitSignal(strip.ready) as ready:
        strip.show_scan(Scan("0" * 64, "image/png", b"\x89PNG\r\n\x1a\nbroken", "x.png"))
    assert ready.args == [0]
    assert strip.item(0).text() == "This file cannot be shown here"
