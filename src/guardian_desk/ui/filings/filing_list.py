"""A case's filings: every file made from a form, newest first; a new one made with the filing
wizard, an earlier one opened, saved again or made again from the case as it is now."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.enums import FilingFormat
from guardian_desk.errors import GuardianDeskError
from guardian_desk.files import write_atomic
from guardian_desk.services import cases, filings
from guardian_desk.services.documents import Scan
from guardian_desk.storage.database import Database
from guardian_desk.ui.filings.languages import languages_named
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.widgets import shown_instant


class FilingList(QWidget):
    """The filings kept in one case.

    Signals:
        loaded(int): the list was read; how many filings it shows.
    """

    loaded = Signal(int)

    def __init__(self, db: Database, ops: Ops, case_id: str) -> None:
        super().__init__()
        self.db = db
        self.ops = ops
        self.case_id = case_id
        self.filings: list[filings.Kept] = []
        self.wizard: QWidget | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("filings.table")
        self.table.setAccessibleName(self.tr("Filings made for this case"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Filing"),
                self.tr("Language"),
                self.tr("Format"),
                self.tr("Made by"),
                self.tr("Made"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.open_chosen())
        self.new_button = QPushButton(self.tr("New filing…"))
        self.new_button.setObjectName("filings.new")
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.again_button = QPushButton(self.tr("Make again"))
        self.again_button.setToolTip(
            self.tr("The same form, languages and typed values, from the case as it is now")
        )
        self.new_button.clicked.connect(lambda: self.new_filing())
        self.open_button.clicked.connect(self.open_chosen)
        self.save_button.clicked.connect(lambda: self.save_chosen())
        self.again_button.clicked.connect(self.make_again)
        self.note = QLabel(
            self.tr(
                "Filings are kept here as they were made; the case's unsaved changes are "
                "not in them until it is saved."
            )
        )
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.save_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        self._chosen_changed()
        self.ops.changed.connect(self._changed)

    def _changed(self, what: object) -> None:
        if isinstance(what, set) and "filings" in what:
            self.reload()

    def reload(self) -> None:
        db, case_id = self.db, self.case_id
        self.ops.read(lambda _task: filings.kept(cases.open_case(db, case_id).case), self._show)

    def show_kept(self, kept: list[filings.Kept]) -> None:
        """Show the filings of the case as read with it (``filings.kept(case)``)."""
        self._show(kept)

    def _show(self, kept: list[filings.Kept]) -> None:
        self.filings = kept
        self.table.setRowCount(len(kept))
        for row, filing in enumerate(kept):
            made = shown_instant(filing.made_at)  # this computer's time
            for column, text in enumerate(
                [
                    filing.title,
                    languages_named(filing.languages),  # "French + Dari"
                    filing.format.value.upper(),
                    filing.made_by or "",
                    made,
                ]
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._chosen_changed()
        self.loaded.emit(len(kept))

    def chosen(self) -> filings.Kept | None:
        rows = self.table.selectionModel().selectedRows()
        return self.filings[rows[0].row()] if rows else None

    def _chosen_changed(self) -> None:
        some = self.chosen() is not None
        for button in (self.open_button, self.save_button, self.again_button):
            button.setEnabled(some)

    def new_filing(self, hearing_id: str | None = None) -> QWidget:
        from guardian_desk.ui.filings.filing_wizard import FilingWizard

        wizard = FilingWizard(self.db, self.ops, self.case_id, self.window(), hearing_id=hearing_id)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        self.wizard = wizard
        return wizard

    def _with_file(self, then: object) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        db = self.db
        self.ops.read(lambda _task: filings.kept_file(db, chosen), then)  # type: ignore[arg-type]

    def open_chosen(self) -> None:
        """A PDF opens in the program's viewer; a DOCX in the computer's word processor."""
        chosen = self.chosen()
        if chosen is None:
            return

        def show(data: bytes | None) -> None:
            if data is None:
                self.ops.show_error(self.tr("This filing's file is no longer in the database."))
                return
            if chosen.format is FilingFormat.PDF:
                from guardian_desk.ui.widgets import open_viewer

                open_viewer(
                    Scan(chosen.sha256, "application/pdf", data, chosen.title), self.window()
                )
                return
            # The word processor needs a file: a private folder (0700) inside the window's own
            # temporary folder, both removed when Guardian Desk quits.
            folder = Path(tempfile.mkdtemp(prefix="open-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            path = folder / f"{chosen.title}.docx"
            write_atomic(path, data, "The copy to open")
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._with_file(show)

    def save_chosen(self, path: Path | None = None) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy"), f"{chosen.title}.{chosen.format.value}"
            )
            if not name:
                return
            path = Path(name)
        target = path

        def write(data: bytes | None) -> None:
            if data is not None:
                try:
                    write_atomic(target, data, "The filing")
                except GuardianDeskError as exc:  # a full disk, a read-only folder: say so
                    self.ops.show_error(str(exc))

        self._with_file(write)

    def make_again(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        db, case_id = self.db, self.case_id
        self.ops.write(
            lambda _task: filings.make_again(db, case_id, chosen),
            lambda _made: None,
            changes={"filings"},
            label=self.tr("Making the filing again…"),
        )
