"""Filings in the window, used as a clerk uses them: the wizard from a case's Filings tab
(form, data, preview, save, print), and the batch of notices for the hearings of a span."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import docx
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWizard

from guardian_desk.domain.enums import FilingFormat
from guardian_desk.services import exchange
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.filings import FilingWizard
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.widgets.printing import paint_pdfs
from tests.conftest import AS_OF


def _case(window: MainWindow, *, hearing: bool) -> dict[str, Any]:
    """A case with (or without) a hearing to come; with one, also with scanned documents."""
    for case in exchange.export_document(window.db)["cases"]:
        upcoming = [
            h
            for p in case["proceedings"]
            for h in p["hearings"]
            if h["outcome"] == "scheduled" and h["starts_at"] > AS_OF.isoformat()
        ]
        scanned = any(d["files"] for d in case["documents"])
        if bool(upcoming) == hearing and case["proceedings"] and (scanned or not hearing):
            return case
    raise AssertionError("no such demo case")


def _editor(qtbot, window: MainWindow, case_id: str) -> CaseEditor:  # type: ignore[no-untyped-def]
    window.open_case(case_id)
    qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
    editor = window.editors[case_id]
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentWidget(editor.filings)
    return editor


def _wizard(qtbot, editor: CaseEditor) -> FilingWizard:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(editor.filings.new_button, Qt.MouseButton.LeftButton)
    wizard = editor.filings.wizard
    assert isinstance(wizard, FilingWizard)
    qtbot.waitExposed(wizard)
    return wizard


def _choose(qtbot, wizard: FilingWizard, form_id: str) -> None:  # type: ignore[no-untyped-def]
    forms = wizard.form_page.forms
    row = next(
        r for r in range(forms.count()) if forms.item(r).data(Qt.ItemDataRole.UserRole) == form_id
    )
    rect = forms.visualItemRect(forms.item(row))
    qtbot.mouseClick(forms.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.form_page.form().id == form_id


def _next(qtbot, wizard: FilingWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_the_wizard_previews_saves_and_prints_a_notice(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    case = _case(window, hearing=True)
    editor = _editor(qtbot, window, case["id"])
    wizard = _wizard(qtbot, editor)
    _choose(qtbot, wizard, "notice-of-hearing")
    _next(qtbot, wizard)
    data = wizard.data_page
    assert data.isComplete()
    assert data.missing_label.text() == "The case has everything this form needs."
    qtbot.keyClicks(data.fields["organisation"], "Children's Legal Aid")
    with qtbot.waitSignal(wizard.previewed, timeout=20000) as shown:
        _next(qtbot, wizard)
    assert shown.args[0] >= 1
    preview = wizard.preview_page
    assert preview.document.pageCount() == shown.args[0]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf or b"")).pages)
    assert "NOTICE OF HEARING" in text
    assert "Children's Legal Aid" in text

    pdf, word = tmp_path / "notice.pdf", tmp_path / "notice.docx"
    with qtbot.waitSignal(preview.kept, timeout=20000):
        preview.save(FilingFormat.PDF, pdf)
    with qtbot.waitSignal(preview.kept, timeout=20000):
        preview.save(FilingFormat.DOCX, word)
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "NOTICE OF HEARING" in [p.text for p in docx.Document(str(word)).paragraphs]
    # Both are kept in the case: the Filings tab lists them.
    qtbot.waitUntil(lambda: editor.filings.table.rowCount() == 2, timeout=10000)
    assert {editor.filings.table.item(r, 2).text() for r in range(2)} == {"PDF", "DOCX"}

    # Print: Qt's preview, whose pages are the filing's (printed here to a PDF file).
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.waitUntil(lambda: isinstance(wizard.print_preview, QPrintPreviewDialog), timeout=20000)
    wizard.print_preview.close()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdfs(printer, [preview.pdf or b""]) == shown.args[0]
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == shown.args[0]
    qtbot.waitUntil(lambda: editor.filings.table.rowCount() == 3, timeout=10000)

    # The hearing packet: this notice, then the documents with scans, ticked by default.
    exhibits = wizard.data_page.exhibits
    ticked = [
        exhibits.item(r).text()
        for r in range(exhibits.count())
        if exhibits.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert ticked
    assert all("scan" in text and "no scan" not in text for text in ticked)
    packet = tmp_path / "packet.pdf"
    with qtbot.waitSignal(preview.kept, timeout=30000):
        preview.save_packet(packet)
    pages = PdfReader(str(packet)).pages
    assert len(pages) > shown.args[0] + len(ticked)  # contents, notice, slip sheets, scans
    assert "EXHIBIT A" in " ".join(p.extract_text() for p in pages)
    qtbot.waitUntil(lambda: editor.filings.table.rowCount() == 4, timeout=10000)
    wizard.close()


def test_the_wizard_says_what_the_case_lacks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case = _case(window, hearing=False)
    editor = _editor(qtbot, window, case["id"])
    wizard = _wizard(qtbot, editor)
    _choose(qtbot, wizard, "notice-of-hearing")
    _next(qtbot, wizard)
    missing = [
        wizard.data_page.missing.item(i).text() for i in range(wizard.data_page.missing.count())
    ]
    assert "a scheduled hearing" in missing
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.close()


def test_a_clerks_batch_of_notices(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    window.ui.navigation.setCurrentRow(window.ui.pages.indexOf(window.ui.filingsPage))
    page = window.filings
    qtbot.waitUntil(lambda: window.ops.running == 0, timeout=10000)  # the coming week, listed
    last = AS_OF + timedelta(days=10)
    page.first.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    page.last.setDate(QDate(last.year, last.month, last.day))
    with qtbot.waitSignal(page.found, timeout=10000) as found:
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert found.args[0] >= 2
    first = page.table.item(0, 0)
    first.setCheckState(Qt.CheckState.Unchecked)  # this one needs no notice
    with qtbot.waitSignal(page.made, timeout=60000) as made:
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    outcome = made.args[0]
    assert len(outcome.made) + len(outcome.failed) == found.args[0] - 1
    assert outcome.made
    assert page.hearings[0].id not in {h for h, _m in outcome.made}
    assert page.summary.text().startswith(f"Made {len(outcome.made)};")
    written = page.save_all(tmp_path)
    assert len(written) == len(outcome.made)
    assert all(p.read_bytes().startswith(b"%PDF-") for p in written)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.waitUntil(lambda: isinstance(page.print_preview, QPrintPreviewDialog), timeout=20000)
    page.print_preview.close()
    from guardian_desk.services import audit

    printed = audit.entries(page.db, audit.AuditFilter(action="printed"))
    hearings = {event.id: event.case_id for event in page.hearings}
    assert {e.case_id for e in printed} == {hearings[h] for h, _m in outcome.made}


def test_a_bilingual_notice_from_the_wizard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case = _case(window, hearing=True)
    editor = _editor(qtbot, window, case["id"])
    wizard = _wizard(qtbot, editor)
    _choose(qtbot, wizard, "notice-of-hearing")
    page = wizard.form_page
    page.second_language.setCurrentIndex(page.second_language.findData("ar"))
    assert page.arrangement.isEnabled()
    assert page.arrangement.currentData() == "columns"  # the notice's own arrangement
    _next(qtbot, wizard)
    with qtbot.waitSignal(wizard.previewed, timeout=20000):
        _next(qtbot, wizard)
    text = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(wizard.preview_page.pdf or b"")).pages
    )
    assert "NOTICE OF HEARING" in text
    assert "إشعار" in text  # the Arabic title beside it
    assert "UNREVIEWED TRANSLATION" in text
    wizard.close()
