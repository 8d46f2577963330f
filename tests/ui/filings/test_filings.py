"""Filings in the window, used as a clerk uses them: the wizard from a case's Filings tab
(form, data, preview, save, print), and the batch of notices for the hearings of a span."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import docx
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QComboBox, QWizard

from guardian_desk.domain.codes import language_name
from guardian_desk.domain.enums import FilingFormat
from guardian_desk.services import cases, exchange, filings, security
from guardian_desk.storage.database import Database
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.filings import FilingWizard
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings
from guardian_desk.ui.widgets.printing import paint_pdfs
from tests.conftest import AS_OF
from tests.services.filings.assessments import record_best_interests


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


def _pick(qtbot, combo: QComboBox, data: object) -> None:  # type: ignore[no-untyped-def]
    """Choose an entry of a drop-down as a person does: click it open, click the entry."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    index = combo.model().index(combo.findData(data), 0)
    assert index.isValid(), data
    view.scrollTo(index)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release this soon is the opening
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5000)
    assert combo.currentData() == data


def _german_case(window: MainWindow) -> tuple[dict[str, Any], dict[str, Any]]:
    """A case with scanned documents, a proceeding before a German court with a hearing to
    come, and a child whose first language the forms are written in; that proceeding."""
    for case in exchange.export_document(window.db)["cases"]:
        child = case["child"]["languages"][0]
        scanned = any(d["files"] for d in case["documents"])
        for p in case["proceedings"]:
            upcoming = [
                h
                for h in p["hearings"]
                if h["outcome"] == "scheduled" and h["starts_at"] > AS_OF.isoformat()
            ]
            german = p["jurisdiction"].startswith("DE-") and upcoming and scanned
            if german and child in filings.shipped_forms().form("notice-of-hearing").languages:
                return case, p
    raise AssertionError("no such demo case")


def test_the_wizard_proposes_the_courts_language_and_the_childs(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    case, proceeding = _german_case(window)
    child = case["child"]["languages"][0]
    child_name = language_name(child)
    editor = _editor(qtbot, window, case["id"])
    wizard = _wizard(qtbot, editor)
    page = wizard.form_page
    _pick(qtbot, page.proceeding, proceeding["id"])
    _choose(qtbot, wizard, "notice-of-hearing")
    # German, the court's language; the child's beside it; and why, in words.
    assert page.language.currentText().startswith("German")
    assert page.language.value() == "de"
    assert page.second_language.value() == child
    assert page.why.text() == f"German — the court's language\n{child_name} — the child's language"
    assert page.arrangement.isEnabled()
    # The clerk makes it in French instead, by name; the child's language stays beside it.
    _pick(qtbot, page.language, "fr")
    assert page.language.currentText().startswith("French")
    assert page.second_language.value() == child
    assert page.why.text().startswith("French — chosen by you\n")
    _next(qtbot, wizard)
    with qtbot.waitSignal(wizard.previewed, timeout=20000):
        _next(qtbot, wizard)
    preview = wizard.preview_page
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf or b"")).pages)
    assert "AVIS D" in text  # the French title
    assert "NOTICE OF HEARING" not in text
    with qtbot.waitSignal(preview.kept, timeout=20000):
        preview.save(FilingFormat.PDF, tmp_path / "notice.pdf")
    # The case's Filings tab names both languages.
    qtbot.waitUntil(lambda: editor.filings.table.rowCount() == 1, timeout=10000)
    assert editor.filings.table.item(0, 1).text() == f"French + {child_name}"

    # The packet in German: its contents page, slip sheets and the notice that leads it.
    assert preview.packet_language.value() == "fr"  # the filing's, unless chosen
    _pick(qtbot, preview.packet_language, "de")
    packet = tmp_path / "packet.pdf"
    with qtbot.waitSignal(preview.kept, timeout=30000):
        preview.save_packet(packet)
    pages = [p.extract_text() or "" for p in PdfReader(str(packet)).pages]
    assert "Terminsunterlagen" in pages[0]
    assert any("ANLAGE A" in t for t in pages)
    assert any("TERMINSMITTEILUNG" in t for t in pages)
    assert not any("EXHIBIT A" in t or "PIÈCE A" in t for t in pages)
    qtbot.waitUntil(lambda: editor.filings.table.rowCount() == 2, timeout=10000)
    packet_row = next(
        r for r in range(2) if editor.filings.filings[r].form_id.startswith(filings.PACKET_PREFIX)
    )
    assert editor.filings.table.item(packet_row, 1).text() == f"German + {child_name}"
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
    # Each row's language is its court's: German for a German court, English for a US one.
    trees = {c["id"]: c for c in exchange.export_document(window.db)["cases"]}

    def jurisdiction(row: int) -> str:
        event = page.hearings[row]
        return next(
            p["jurisdiction"]
            for p in trees[event.case_id]["proceedings"]
            if any(h["id"] == event.id for h in p["hearings"])
        )

    rows = range(len(page.hearings))
    german = next(r for r in rows if jurisdiction(r).startswith("DE"))
    american = next(r for r in rows if jurisdiction(r).startswith("US"))
    assert page.table.horizontalHeaderItem(4).text() == "Language"
    cells = [page.table.cellWidget(r, 4) for r in rows]
    assert cells[german].first.currentText().startswith("German")
    assert cells[german].first.value() == "de"
    assert "German — the court's language" in cells[german].toolTip()
    assert cells[american].first.value() == "en"
    assert cells[american].first.currentText().startswith("English")
    # Only these two; the American one made in Spanish alone, chosen in its row.
    for row in rows:
        if row not in (german, american):
            page.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    _pick(qtbot, cells[american].first, "es")
    _pick(qtbot, cells[american].second, None)
    assert cells[american].text() == "Spanish"
    german_second = cells[german].second.value()
    with qtbot.waitSignal(page.made, timeout=60000) as made:
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    outcome = made.args[0]
    assert not outcome.failed, outcome.failed
    by_hearing = dict(outcome.made)
    assert set(by_hearing) == {page.hearings[german].id, page.hearings[american].id}
    assert page.summary.text().startswith("Made 2;")
    written = {p.name: p for p in page.save_all(tmp_path)}
    assert len(written) == 2
    for row, language, second, title in (
        (german, "de", german_second, "TERMINSMITTEILUNG"),
        (american, "es", None, "AVISO DE AUDIENCIA"),
    ):
        made_file = by_hearing[page.hearings[row].id]
        assert (made_file.filing.language, made_file.filing.second_language) == (language, second)
        path = next(p for name, p in written.items() if name.endswith(made_file.file_name))
        text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
        assert title in text
        kept = filings.kept(_tree(window, page.hearings[row].case_id))
        assert (kept[0].language, kept[0].second_language) == (language, second)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.waitUntil(lambda: isinstance(page.print_preview, QPrintPreviewDialog), timeout=20000)
    page.print_preview.close()
    from guardian_desk.services import audit

    printed = audit.entries(page.db, audit.AuditFilter(action="printed"))
    hearings = {event.id: event.case_id for event in page.hearings}
    assert {e.case_id for e in printed} == {hearings[h] for h, _m in outcome.made}


def _tree(window: MainWindow, case_id: str) -> dict[str, Any]:
    return next(c for c in exchange.export_document(window.db)["cases"] if c["id"] == case_id)


def test_a_yes_or_no_of_a_form_is_a_box_to_tick_in_any_language(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """ "Include the child's recorded views" is ticked by default; unticked with the mouse, the
    declaration leaves the child's recorded words out (no 'no' to type, in no language)."""
    from PySide6.QtWidgets import QCheckBox

    case = next(
        c
        for c in exchange.export_document(window.db)["cases"]
        if c["proceedings"]
        and any(n["kind"] == "childs_views" and n["text"].isascii() for n in c["notes"])
    )  # words in Latin letters, which a PDF gives back as they were written
    words = next(
        n["text"] for n in case["notes"] if n["kind"] == "childs_views" and n["text"].isascii()
    )
    editor = _editor(qtbot, window, case["id"])
    wizard = _wizard(qtbot, editor)
    _choose(qtbot, wizard, "declaration-child")
    _next(qtbot, wizard)
    data = wizard.data_page
    box = data.fields["include_views"]
    assert isinstance(box, QCheckBox)
    assert box.isChecked()
    assert box.text() == "Include the child's recorded views"
    qtbot.keyClicks(data.fields["statement"], "I came with my cousin.")
    with qtbot.waitSignal(wizard.previewed, timeout=20000):
        _next(qtbot, wizard)
    flat = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(wizard.preview_page.pdf or b"")).pages
        ).split()
    )
    assert " ".join(words.split())[:30] in flat
    wizard.back()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert not box.isChecked()
    assert wizard.typed["include_views"] == "no"
    with qtbot.waitSignal(wizard.previewed, timeout=20000):
        _next(qtbot, wizard)
    flat = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(wizard.preview_page.pdf or b"")).pages
        ).split()
    )
    assert "I came with my cousin." in flat
    assert " ".join(words.split())[:30] not in flat
    wizard.close()


def test_a_clerk_is_told_why_the_best_interests_form_is_not_theirs(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    """The best-interests form is made from the protection section, which a clerk may not
    read: the wizard says so in one sentence, lists nothing as missing from the case (it has
    an assessment) and goes no further."""
    security.add_demo_users(demo_db)
    security.sign_in(demo_db, "clerk", security.DEMO_PASSPHRASE)
    case_id = cases.list_ids(demo_db)[0]
    demo_db.person = None
    record_best_interests(demo_db, case_id)
    security.sign_in(demo_db, "clerk", security.DEMO_PASSPHRASE)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.this_week.loaded, timeout=15000):
        window.show()
    editor = _editor(qtbot, window, case_id)
    wizard = _wizard(qtbot, editor)
    _choose(qtbot, wizard, "best-interests")
    _next(qtbot, wizard)
    data = wizard.data_page
    qtbot.keyClicks(data.fields["signer_name"], "Amira Haddad")
    assert data.missing_label.text() == (
        "Your role (Clerk) may not read the case's protection and risk, which this form is "
        "made from; someone whose role may read them can make it."
    )
    assert data.missing.isHidden()
    assert data.check_again.isHidden()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.close()
    window.ops.wait()
    for opened in list(window.editors.values()):
        opened.draft = opened.opened.case
        opened.close()
