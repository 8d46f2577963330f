"""The filing wizard: choose a form for a case (or one of its hearings), check and fill what it
needs, see it, then save it as PDF or DOCX or print it. Each file made is kept in the case."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from guardian_desk.domain.enums import FilingFormat
from guardian_desk.files import staged_file
from guardian_desk.services import cases, filings
from guardian_desk.storage.database import Database
from guardian_desk.ui.filings.languages import LanguageBox, languages_named, why_first, why_second
from guardian_desk.ui.i18n import form_text, translated
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.widgets import fit_to_screen, shown_instant


class FormPage(QWizardPage):
    """Which form, for which proceeding and hearing, in which language."""

    def __init__(self, wizard: FilingWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the form"))
        self.setSubTitle(self.tr("The forms listed are those meant for the chosen proceeding."))
        self.proceeding = QComboBox()
        self.proceeding.setObjectName("filing.proceeding")
        self.hearing = QComboBox()
        self.hearing.setObjectName("filing.hearing")
        self.forms = QListWidget()
        self.forms.setObjectName("filing.forms")
        self.forms.setAccessibleName(self.tr("Forms"))
        self.language = LanguageBox()
        self.language.setObjectName("filing.language")
        self.language.setToolTip(self.tr("The court's language unless you choose another"))
        self.second_language = LanguageBox(self.tr("— none —"))
        self.second_language.setObjectName("filing.second_language")
        self.second_language.setToolTip(
            self.tr("The child's language, beside the court's or after it")
        )
        self.why = QLabel()
        self.why.setObjectName("filing.languages_why")
        self.why.setWordWrap(True)
        self.rule: filings.DefaultLanguages | None = None  # the languages proposed, and why
        self.arrangement = QComboBox()
        self.arrangement.setObjectName("filing.arrangement")
        self.arrangement.addItem(self.tr("Side by side, paragraph by paragraph"), "columns")
        self.arrangement.addItem(self.tr("One after the other"), "sequential")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Proceeding"), self.proceeding)
        layout.addRow(self.tr("Hearing"), self.hearing)
        layout.addRow(self.tr("Form"), self.forms)
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.tr("Second language"), self.second_language)
        layout.addRow("", self.why)
        layout.addRow(self.tr("Two languages"), self.arrangement)
        self.native_digits = QCheckBox(self.tr("Arabic-Indic digits in Arabic, Dari or Pashto"))
        self.native_digits.setObjectName("filing.native_digits")
        self.native_digits.setToolTip(self.tr("Where the forum wants them (٠١٢٣ rather than 0123)"))
        layout.addRow("", self.native_digits)
        self.language.chosen.connect(self._first_chosen)
        self.second_language.chosen.connect(self._languages_changed)
        self.proceeding.currentIndexChanged.connect(self._proceeding_chosen)
        self.hearing.activated.connect(lambda _index: self._propose_languages())
        self.forms.currentRowChanged.connect(self._form_chosen)

    def initializePage(self) -> None:
        case = self.wizard_.case
        self.proceeding.blockSignals(True)
        self.proceeding.clear()
        for p in case.get("proceedings", []):
            parts = (choice_label(p["kind"]), p["forum_name"], p.get("reference"))
            self.proceeding.addItem(" · ".join(str(x) for x in parts if x), p["id"])
        if self.wizard_.hearing_id is None:  # the case's next hearing, when there is one
            today = date.today().isoformat()
            upcoming = sorted(
                (h["starts_at"], h["id"])
                for p in case.get("proceedings", [])
                for h in p.get("hearings", [])
                if h["outcome"] == "scheduled" and h["starts_at"] >= today
            )
            self.wizard_.hearing_id = upcoming[0][1] if upcoming else None
        wanted = self.wizard_.hearing_id
        for index, p in enumerate(case.get("proceedings", [])):
            if any(h["id"] == wanted for h in p.get("hearings", [])):
                self.proceeding.setCurrentIndex(index)
        self.proceeding.blockSignals(False)
        self._proceeding_chosen()

    def _proceeding(self) -> dict[str, Any]:
        chosen = self.proceeding.currentData()
        return next((p for p in self.wizard_.case.get("proceedings", []) if p["id"] == chosen), {})

    def _proceeding_chosen(self) -> None:
        proceeding = self._proceeding()
        self.hearing.clear()
        self.hearing.addItem(self.tr("— no hearing —"), None)
        hearings = sorted(proceeding.get("hearings", []), key=lambda h: h["starts_at"])
        for h in hearings:
            # The forum's time, with its zone named, as the case window shows it.
            when = shown_instant(h["starts_at"], h.get("time_zone") or None)
            parts = (when, h.get("hearing_type"), choice_label(h.get("outcome") or ""))
            self.hearing.addItem(" · ".join(p for p in parts if p), h["id"])
        at = self.hearing.findData(self.wizard_.hearing_id)
        if at < 0:  # the next scheduled hearing
            upcoming = [i + 1 for i, h in enumerate(hearings) if h.get("outcome") == "scheduled"]
            at = upcoming[0] if upcoming else 0
        self.hearing.setCurrentIndex(at)
        self.forms.clear()
        shown = sorted(self.wizard_.catalogue.forms.values(), key=lambda f: form_text(f.title))
        for form in shown:
            if form.serves(proceeding.get("kind"), proceeding.get("jurisdiction")):
                item = QListWidgetItem(form_text(form.title))
                item.setData(Qt.ItemDataRole.UserRole, form.id)
                item.setToolTip(form_text(form.description))
                self.forms.addItem(item)
        if self.wizard_.form_id:
            for row in range(self.forms.count()):
                if self.forms.item(row).data(Qt.ItemDataRole.UserRole) == self.wizard_.form_id:
                    self.forms.setCurrentRow(row)
        self.completeChanged.emit()

    def _form_chosen(self) -> None:
        form = self.form()
        codes = form.languages if form else ()
        self.language.set_languages(codes)
        self.second_language.set_languages(codes)
        if form is not None:
            self.arrangement.setCurrentIndex(max(self.arrangement.findData(form.arrangement), 0))
        self._propose_languages()
        self.completeChanged.emit()

    def _propose_languages(self) -> None:
        """The court's language first and the child's beside it, as the rule proposes them
        for this form and forum (:func:`filings.default_languages`)."""
        form = self.form()
        if form is None:
            self.rule = None
            self._languages_changed()
            return
        self.rule = filings.filing_languages(
            form,
            self.wizard_.case,
            hearing_id=self.hearing.currentData(),
            proceeding_id=self.proceeding.currentData(),
        )
        self.language.set_value(self.rule.first)
        self.second_language.set_value(self.rule.second)
        self._languages_changed()

    def _first_chosen(self) -> None:
        """Another first language: the second is the child's beside it, unless chosen."""
        form, first = self.form(), self.language.value()
        if form is not None and first and self.second_language.value() in (None, first):
            second, _why = filings.second_language(
                form, first, filings.child_languages(self.wizard_.case)
            )
            self.second_language.set_value(second)
        self._languages_changed()

    def _languages_changed(self) -> None:
        self.arrangement.setEnabled(self.second_language.value() is not None)
        self.why.setText(self._why())

    def _why(self) -> str:
        """Why each language: the rule's reason where it is the one proposed."""
        rule = self.rule
        if rule is None:
            return ""
        first, second = self.language.value(), self.second_language.value()
        lines = [
            why_first(rule)
            if first == rule.first
            else self.tr("{0} — chosen by you").format(languages_named([first]))
        ]
        if second == rule.second:
            lines.append(why_second(rule))
        elif second:
            lines.append(self.tr("{0} — chosen by you").format(languages_named([second])))
        else:
            lines.append(self.tr("no second language — chosen by you"))
        return "\n".join(lines)

    def form(self) -> filings.Form | None:
        item = self.forms.currentItem()
        if item is None:
            return None
        return self.wizard_.catalogue.form(item.data(Qt.ItemDataRole.UserRole))

    def isComplete(self) -> bool:
        return self.form() is not None and self.proceeding.count() > 0


class DataPage(QWizardPage):
    """What the form still lacks from the case, and what the clerk types for this filing."""

    def __init__(self, wizard: FilingWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the data"))
        self.missing = QListWidget()
        self.missing.setObjectName("filing.missing")
        self.missing.setAccessibleName(self.tr("What the case still lacks"))
        self.missing.setMaximumHeight(130)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.check_again = QPushButton(self.tr("Check again"))
        self.check_again.setToolTip(self.tr("After correcting the case in its window"))
        self.check_again.clicked.connect(self.initializePage)
        self.inputs = QFormLayout()
        self.fields: dict[str, QLineEdit | QCheckBox] = {}
        self.exhibits = QListWidget()
        self.exhibits.setObjectName("filing.exhibits")
        self.exhibits.setAccessibleName(self.tr("Documents to attach as exhibits"))
        self.exhibits.setMaximumHeight(150)
        self.exhibits.itemChanged.connect(lambda _item: self._exhibits_changed())
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.check_again)
        layout.addLayout(row)
        layout.addLayout(self.inputs)
        layout.addWidget(QLabel(self.tr("Exhibits (in this order, A, B, C…):")))
        layout.addWidget(self.exhibits)
        layout.addStretch()
        self.prepared: filings.Prepared | None = None

    def initializePage(self) -> None:
        self.wizard_.reload_case()
        self._prepare()

    def _prepare(self) -> None:
        form = self.wizard_.form_page.form()
        assert form is not None
        while self.inputs.rowCount():
            self.inputs.removeRow(0)
        self.fields = {}
        for item in form.inputs:
            value = self.wizard_.typed.get(item.name, item.default)
            if item.kind == "yes_no":  # ticked or not, in any language: "yes" or "no"
                box = QCheckBox(form_text(item.label))
                box.setObjectName(f"input.{item.name}")
                box.setChecked(value.strip().lower() != "no")
                box.toggled.connect(lambda on, *, n=item.name: self._answered(n, on))
                self.fields[item.name] = box
                self.inputs.addRow("", box)
                continue
            line = QLineEdit(value)
            line.setObjectName(f"input.{item.name}")
            line.setAccessibleName(form_text(item.label))
            line.textChanged.connect(lambda _t, *, n=item.name, w=line: self._typed(n, w))
            self.fields[item.name] = line
            self.inputs.addRow(form_text(item.label) + (" *" if item.required else ""), line)
        self.exhibits.blockSignals(True)
        self.exhibits.clear()
        for document in self.wizard_.case.get("documents", []):
            parts = (
                choice_label(document["document_type"]),
                document["issuing_country"],
                document.get("number"),
            )
            text = " · ".join(str(x) for x in parts if x)
            scans = len(document.get("files", []))
            row = QListWidgetItem(
                self.tr("{0} (%n scan(s))", "", scans).format(text)
                if scans
                else self.tr("{0} (no scan)").format(text)
            )
            row.setData(Qt.ItemDataRole.UserRole, document["id"])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = self.wizard_.exhibit_ids
            chosen = document["id"] in wanted if wanted is not None else bool(scans)
            row.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.exhibits.addItem(row)
        self.exhibits.blockSignals(False)
        self._exhibits_changed()

    def _exhibits_changed(self) -> None:
        self.wizard_.exhibit_ids = tuple(
            self.exhibits.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.exhibits.count())
            if self.exhibits.item(row).checkState() == Qt.CheckState.Checked
        )
        self._refresh()

    def _answered(self, name: str, yes: bool) -> None:
        self.wizard_.typed[name] = "yes" if yes else "no"
        self._refresh()

    def _typed(self, name: str, line: QLineEdit) -> None:
        self.wizard_.typed[name] = line.text()
        self._refresh()

    def _refresh(self) -> None:
        self.prepared = self.wizard_.prepare()
        self.missing.clear()
        refused = self.prepared.refused  # the form is made from what the role may not read
        lacking = [
            words
            for words in self.prepared.missing
            if words not in {i.label for i in self.prepared.form.inputs}
        ]
        if refused is not None:
            lacking = []  # nothing to add to the case: the sentence says why, on its own
        for words in lacking:
            self.missing.addItem(translated(words))
        self.missing.setVisible(bool(lacking))
        self.check_again.setVisible(bool(lacking))
        if refused is not None:
            self.missing_label.setText(translated(refused))
        else:
            self.missing_label.setText(
                self.tr(
                    "The case lacks what is listed below. Add it in the case's window, save, "
                    "then Check again."
                )
                if lacking
                else self.tr("The case has everything this form needs.")
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.prepared is not None and not self.prepared.missing


class PreviewPage(QWizardPage):
    """The filing as it will print; saved as PDF or DOCX, or printed, from here.

    Signals:
        kept(str): a file was made and kept in the case (the record's id).
    """

    kept = Signal(str)

    def __init__(self, wizard: FilingWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Preview"))
        self.status = QLabel()
        self.view = QPdfView()
        self.view.setObjectName("filing.preview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.document = QPdfDocument(self)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None
        self.pdf: bytes | None = None
        self.save_pdf = QPushButton(self.tr("Save as PDF…"))
        self.save_docx = QPushButton(self.tr("Save as DOCX…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.packet_button = QPushButton(self.tr("Save hearing packet…"))
        self.packet_button.setToolTip(
            self.tr(
                "This filing and the exhibits chosen, with their scans and translations, "
                "in one Bates-numbered PDF"
            )
        )
        self.packet_button.clicked.connect(lambda: self.save_packet())
        self.packet_language = LanguageBox()
        self.packet_language.setObjectName("filing.packet_language")
        self.packet_language.setAccessibleName(self.tr("The packet's language"))
        self.packet_language.setToolTip(
            self.tr(
                "The language of the packet: its filing, contents page, slip sheets and "
                "exhibit descriptions"
            )
        )
        for button in (self.save_pdf, self.save_docx, self.print_button, self.packet_button):
            button.setEnabled(False)
        self.save_pdf.clicked.connect(lambda: self.save(FilingFormat.PDF))
        self.save_docx.clicked.connect(lambda: self.save(FilingFormat.DOCX))
        self.print_button.clicked.connect(self.print_filing)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_pdf, self.save_docx, self.print_button):
            buttons.addWidget(button)
        buttons.addWidget(self.packet_language)
        buttons.addWidget(self.packet_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        prepared = self.wizard_.data_page.prepared
        assert prepared is not None
        self.packet_language.set_languages(prepared.form.languages)
        self.packet_language.set_value(prepared.request.language)
        self.status.setText(self.tr("Preparing the preview…"))
        db = self.wizard_.db
        self.wizard_.ops.read(
            lambda _task: filings.make(db, prepared, FilingFormat.PDF, keep=False),
            self._show,
            label=self.tr("Preparing the preview…"),
        )

    def _show(self, made: filings.Made) -> None:
        self.pdf = made.data
        self._bytes = QByteArray(made.data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n page(s)", "", pages))
        for button in (self.save_pdf, self.save_docx, self.print_button):
            button.setEnabled(True)
        self.packet_button.setEnabled(bool(self.wizard_.exhibit_ids))
        self.wizard_.previewed.emit(pages)

    def save(self, fmt: FilingFormat, path: Path | None = None) -> None:
        """Make the filing in ``fmt``, keep it in the case and write it to ``path`` (asked
        for when not given)."""
        prepared = self.wizard_.data_page.prepared
        assert prepared is not None
        if path is None:
            suggested = filings.file_name(
                prepared.build(self.wizard_.catalogue),
                str(self.wizard_.case.get("reference") or ""),
                fmt,
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the filing"),
                suggested,
                "PDF (*.pdf)" if fmt is FilingFormat.PDF else "Word (*.docx)",
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        db = self.wizard_.db

        def done(made: filings.Made) -> None:
            self.status.setText(self.tr("Saved to {0} and kept in the case.").format(target))
            if made.record_id:
                self.kept.emit(made.record_id)

        def work(_task: object) -> filings.Made:
            made = filings.make(db, prepared, fmt, keep=False)
            with staged_file(target, made.data, "The filing") as put_in_place:
                # The file and its record in the case together or not at all.
                kept = filings.keep_made(db, prepared, made, before_commit=put_in_place)
            return dataclasses.replace(made, record_id=kept)

        self.wizard_.ops.write(work, done, changes={"filings"}, label=self.tr("Saving the filing…"))

    def save_packet(self, path: Path | None = None) -> None:
        """The hearing packet (this filing, then its exhibits), kept in the case and written
        to ``path`` (asked for when not given), in the language chosen beside its button:
        the filing that leads it too, with its second language when it has one."""
        prepared = self.wizard_.data_page.prepared
        assert prepared is not None
        language = self.packet_language.value() or prepared.request.language
        second = prepared.request.second_language
        request = dataclasses.replace(
            prepared.request,
            language=language,
            second_language=second if second != language else None,
        )
        catalogue, case = self.wizard_.catalogue, self.wizard_.case
        if path is None:
            reference = str(self.wizard_.case.get("reference") or "")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the hearing packet"),
                f"{reference} hearing packet.pdf",
                "PDF (*.pdf)",
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        db = self.wizard_.db

        def work(_task: object) -> Any:
            from guardian_desk.services import filings

            lead = prepared
            if request != prepared.request:  # the packet in another language
                lead = filings.prepare(db, request, case=case, catalogue=catalogue)
            packet = filings.make_packet(db, lead, keep=False)
            with staged_file(target, packet.data, "The packet") as put_in_place:
                # The file and its record in the case together or not at all.
                kept = filings.keep_packet(db, lead, packet, before_commit=put_in_place)
            return dataclasses.replace(packet, record_id=kept)

        def done(packet: Any) -> None:
            self.status.setText(
                self.tr("Packet of {0} pages saved to {1} and kept in the case.").format(
                    packet.pages, target
                )
                + "".join(f" {note}" for note in packet.notes)
            )
            if packet.record_id:
                self.kept.emit(packet.record_id)

        self.wizard_.ops.write(
            work, done, changes={"filings"}, label=self.tr("Making the hearing packet…")
        )

    def print_filing(self) -> None:
        """Keep the PDF in the case, then show the print preview (Print opens the dialog)."""
        prepared = self.wizard_.data_page.prepared
        assert prepared is not None
        db = self.wizard_.db

        def done(made: filings.Made) -> None:
            from guardian_desk.ui.widgets import print_with_preview

            self.wizard_.print_preview = print_with_preview(
                self.wizard_, [made.data], made.filing.title
            )
            if made.record_id:
                self.kept.emit(made.record_id)

        def work(_task: object) -> filings.Made:
            # The role must have "print", and the print is written in the audit log first.
            filings.record_print(db, [prepared.request.case_id], prepared.form.title)
            return filings.make(db, prepared, FilingFormat.PDF)

        self.wizard_.ops.write(
            work, done, changes={"filings"}, label=self.tr("Preparing to print…")
        )


class FilingWizard(QWizard):
    """Makes a filing for one case.

    Signals:
        previewed(int): the preview is shown; its number of pages.
    """

    previewed = Signal(int)

    def __init__(
        self,
        db: Database,
        ops: Ops,
        case_id: str,
        parent: QWidget | None = None,
        *,
        hearing_id: str | None = None,
        form_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FilingWizard")
        self.setWindowTitle(self.tr("New filing"))
        self.db = db
        self.ops = ops
        self.case_id = case_id
        self.hearing_id = hearing_id
        self.form_id = form_id
        self.catalogue = filings.shipped_forms()
        self.case: dict[str, Any] = cases.open_case(db, case_id).case
        self.typed: dict[str, str] = {}
        self.exhibit_ids: tuple[str, ...] | None = None  # None: the documents with scans
        self.print_preview: Any = None
        self.form_page = FormPage(self)
        self.data_page = DataPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.form_page, self.data_page, self.preview_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        fit_to_screen(self, QSize(820, 860))

    def reload_case(self) -> None:
        """The case as it is now (corrected in its window since the wizard opened)."""
        self.case = cases.open_case(self.db, self.case_id).case

    def prepare(self) -> filings.Prepared:
        form = self.form_page.form()
        assert form is not None
        request = filings.Request(
            self.case_id,
            form.id,
            self.form_page.language.value() or form.languages[0],
            hearing_id=self.form_page.hearing.currentData(),
            proceeding_id=self.form_page.proceeding.currentData(),
            inputs=dict(self.typed),
            exhibit_ids=self.exhibit_ids,
            second_language=self.form_page.second_language.value(),
            arrangement=self.form_page.arrangement.currentData(),
            native_digits=True if self.form_page.native_digits.isChecked() else None,
        )
        return filings.prepare(self.db, request, case=self.case, catalogue=self.catalogue)
