"""The Filings page, a clerk's batch: choose the hearings of a span of days (next week's, say),
make one form for each in one go, with progress, then print them all or save them to a folder;
what could not be made is listed with the reason. Each hearing's filing is in the court's
language and the child's unless the clerk chooses others in its row."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import GuardianDeskError
from guardian_desk.files import write_atomic
from guardian_desk.services import filings
from guardian_desk.storage.database import Database
from guardian_desk.ui.filings.languages import LanguagesCell
from guardian_desk.ui.i18n import form_text
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.widgets import shown_instant


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FilingsPage(QWidget):
    """Signals:
    found(int): the hearings of the span were listed; how many.
    made(object): a batch finished; its :class:`filings.BatchOutcome`.
    open_case(str): the person asked to open a case (its id).
    """

    found = Signal(int)
    made = Signal(object)
    open_case = Signal(str)

    def __init__(self, db: Database, ops: Ops) -> None:
        super().__init__()
        self.db = db
        self.ops = ops
        self.hearings: list[Any] = []
        self.cells: list[LanguagesCell] = []  # each row's languages
        self.outcome: filings.BatchOutcome | None = None
        self.print_preview: Any = None
        today = date.today()
        self.first = QDateEdit(_qdate(today))
        self.last = QDateEdit(_qdate(today + timedelta(days=7)))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.form = QComboBox()
        self.form.setObjectName("batch.form")
        catalogue = filings.shipped_forms()
        for form in sorted(
            catalogue.forms.values(), key=lambda f: (not f.needs_hearing, form_text(f.title))
        ):
            self.form.addItem(form_text(form.title), form.id)
        self.form.setCurrentIndex(max(self.form.findData("notice-of-hearing"), 0))
        self.form.activated.connect(lambda _index: self._form_chosen())
        self.find_button = QPushButton(self.tr("Find hearings"))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("batch.hearings")
        self.table.setAccessibleName(self.tr("Hearings to make the filing for"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When (at the forum)"),
                self.tr("Case"),
                self.tr("Hearing"),
                self.tr("Forum"),
                self.tr("Language"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._open_row)
        self.make_button = QPushButton(self.tr("Make filings"))
        self.make_button.setObjectName("batch.make")
        self.print_button = QPushButton(self.tr("Print all…"))
        self.save_button = QPushButton(self.tr("Save all to a folder…"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.failures = QListWidget()
        self.failures.setObjectName("batch.failures")
        self.failures.setAccessibleName(self.tr("Filings that could not be made, and why"))
        self.failures.setMaximumHeight(140)
        self.failures.hide()
        span = QHBoxLayout()
        span.addWidget(QLabel(self.tr("From")))
        span.addWidget(self.first)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.last)
        span.addWidget(QLabel(self.tr("Form")))
        span.addWidget(self.form, 1)
        span.addWidget(self.find_button)
        actions = QHBoxLayout()
        actions.addWidget(self.make_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(span)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.failures)
        self.find_button.clicked.connect(self.find_hearings)
        self.make_button.clicked.connect(self.make_all)
        self.print_button.clicked.connect(self.print_all)
        self.save_button.clicked.connect(lambda: self.save_all())
        self._enable()

    def _enable(self) -> None:
        self.make_button.setEnabled(bool(self.hearings))
        done = self.outcome is not None and bool(self.outcome.made)
        self.print_button.setEnabled(done)
        self.save_button.setEnabled(done)

    def find_hearings(self) -> None:
        db, first, last = self.db, _day(self.first.date()), _day(self.last.date())
        form_id = self.form.currentData()

        def read(_task: object) -> tuple[list[Any], dict[str, filings.DefaultLanguages]]:
            hearings = filings.hearings_to_come(db, first, last)
            pairs = [(event.case_id, event.id) for event in hearings]
            return hearings, filings.batch_languages(db, pairs, form_id)

        self.ops.read(read, self._list)

    def _form_chosen(self) -> None:
        """Another form: each row's languages proposed again for it."""
        if not self.hearings:
            return
        db, form_id = self.db, self.form.currentData()
        pairs = [(event.case_id, event.id) for event in self.hearings]
        self.ops.read(
            lambda _task: filings.batch_languages(db, pairs, form_id), self._show_languages
        )

    def _list(self, found: tuple[list[Any], dict[str, filings.DefaultLanguages]]) -> None:
        hearings, languages = found
        self.hearings = hearings
        self.outcome = None
        self.table.setRowCount(len(hearings))
        for row, event in enumerate(hearings):
            when = shown_instant(event.starts_at, event.time_zone)
            check = QTableWidgetItem(when)
            check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            for column, text in enumerate([event.reference, event.title, event.forum], 1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._show_languages(languages)
        self.summary.setText(
            self.tr("%n hearing(s); untick those that need no filing.", "", len(hearings))
        )
        self.failures.hide()
        self._enable()
        self.found.emit(len(hearings))

    def _show_languages(self, languages: dict[str, filings.DefaultLanguages]) -> None:
        """Each row's languages, as proposed for its forum and child, to change in the row."""
        form = filings.shipped_forms().form(self.form.currentData())
        self.cells = []
        for row, event in enumerate(self.hearings):
            rule = languages.get(event.id) or filings.default_languages(form, None)
            cell = LanguagesCell(rule, form.languages)
            self.table.setCellWidget(row, 4, cell)
            self.cells.append(cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def languages(self, row: int) -> tuple[str, str | None]:
        """The languages a row's filing is made in (as its cell shows them)."""
        return self.cells[row].languages()

    def _open_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.hearings):
            self.open_case.emit(self.hearings[row].case_id)

    def chosen(self) -> list[Any]:
        ticked = []
        for row, event in enumerate(self.hearings):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ticked.append(event)
        return ticked

    def make_all(self) -> None:
        """Make the chosen form for every ticked hearing, in the background, with progress."""
        chosen = self.chosen()
        if not chosen:
            return
        db, form_id = self.db, self.form.currentData()
        pairs = [(event.case_id, event.id) for event in chosen]
        rows = {event.id: row for row, event in enumerate(self.hearings)}
        languages = {event.id: self.languages(rows[event.id]) for event in chosen}
        self.ops.write(
            lambda task: filings.batch(
                db, pairs, form_id, languages=languages, progress=task.progress
            ),
            self._made,
            changes={"filings"},
            label=self.tr("Making %n filing(s)…", "", len(pairs)),
        )

    def _made(self, outcome: filings.BatchOutcome) -> None:
        self.outcome = outcome
        by_id = {event.id: event for event in self.hearings}
        self.summary.setText(
            self.tr("Made {0}; could not make {1}. Each filing made is kept in its case.").format(
                len(outcome.made), len(outcome.failed)
            )
        )
        self.failures.clear()
        for hearing_id, why in outcome.failed:
            event = by_id.get(hearing_id)
            where = f"{event.reference} ({event.day.isoformat()})" if event else hearing_id
            self.failures.addItem(f"{where}: {why}")
        self.failures.setVisible(bool(outcome.failed))
        self._enable()
        self.made.emit(outcome)

    def print_all(self) -> None:
        """Every filing of the batch in one print job, after a preview."""
        if self.outcome is None or not self.outcome.made:
            return
        from guardian_desk.ui.widgets import print_with_preview

        documents = [made.data for _id, made in self.outcome.made]
        by_id = {event.id: event for event in self.hearings}
        printed = [by_id[h].case_id for h, _made in self.outcome.made if h in by_id]

        def shown(_none: None) -> None:
            self.print_preview = print_with_preview(self.window(), documents, self.tr("Filings"))

        # The role must have "print", and each case printed from is in the audit log first.
        self.ops.write(
            lambda _task: filings.record_print(self.db, printed, "the clerk's batch"),
            shown,
            changes={"audit"},
            label=self.tr("Preparing to print…"),
        )

    def save_all(self, folder: Path | None = None) -> list[Path]:
        """Write every filing of the batch to a folder; the files written."""
        if self.outcome is None:
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the filings to"))
            if not chosen:
                return []
            folder = Path(chosen)
        by_id = {event.id: event for event in self.hearings}
        written: list[Path] = []
        for hearing_id, made in self.outcome.made:
            event = by_id.get(hearing_id)
            path = folder / (
                f"{event.day.isoformat()} {made.file_name}" if event else made.file_name
            )
            try:
                write_atomic(path, made.data, "The filing")
            except GuardianDeskError as exc:  # a full disk, a read-only folder: say so
                self.summary.setText(str(exc))
                return written
            written.append(path)
        self.summary.setText(self.tr("Saved %n file(s) to {0}.", "", len(written)).format(folder))
        return written
