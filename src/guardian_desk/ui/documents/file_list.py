"""A document's scans: attached from a file dialog or by dropping files on the list, with
thumbnails of the chosen scan's pages and a viewer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QPushButton

from guardian_desk.errors import ValidationError
from guardian_desk.services.documents import Scan, read_and_check_scan
from guardian_desk.services.records import new_record
from guardian_desk.ui.i18n import error_text
from guardian_desk.ui.records import EditorContext, RecordList
from guardian_desk.ui.widgets import ThumbnailStrip


class FileList(RecordList):
    """The scans of one document. A scan is checked when attached; it is stored with the case.

    Signals:
        attached(dict): a scan was checked and added (its record).
        refused(str): a file was refused; the message says why.
    """

    attached = Signal(dict)
    refused = Signal(str)

    def __init__(self, key: str, context: EditorContext) -> None:
        super().__init__(key, context)
        self.add_button.hide()  # a scan comes from a file, never empty
        self.attach_button = QPushButton(self.tr("Attach scan…"))
        self.attach_button.setObjectName("files.attach")
        self.attach_button.setToolTip(
            self.tr("PDF, JPEG, PNG or TIFF; or drop the files on the list")
        )
        self.button_row.insertWidget(0, self.attach_button)
        self.attach_button.clicked.connect(self.choose_files)
        self.list.setAcceptDrops(True)
        self.list.viewport().setAcceptDrops(True)
        self.list.viewport().installEventFilter(self)
        # The scan is the file itself: its pages show below, "View pages…" opens them.
        self.form.form_layout.setRowVisible(self.form.widgets["attachment_id"], False)
        self.thumbnails = ThumbnailStrip()
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.thumbnails)
        self.view_button = QPushButton(self.tr("View pages…"))
        self.view_button.setObjectName("files.view")
        self.view_button.clicked.connect(lambda: self.thumbnails.open_viewer(0))
        self.button_row.addWidget(self.view_button)
        self.thumbnails.ready.connect(lambda pages: self.view_button.setEnabled(pages > 0))
        self.view_button.setEnabled(False)

    def load(self, records: list[dict[str, Any]] | None) -> None:
        self.thumbnails.show_scan(None)
        super().load(records)

    def _choose(self, row: int) -> None:
        super()._choose(row)
        self.thumbnails.show_scan(None)
        self.view_button.setEnabled(False)
        if self.records is None or not 0 <= row < len(self.records):
            return
        record = self.records[row]
        chosen = record["attachment_id"]

        def show(scan: Scan) -> None:
            current, records = self.list.currentRow(), self.records or []
            if 0 <= current < len(records) and records[current]["attachment_id"] == chosen:
                named = Scan(
                    scan.sha256,
                    scan.media_type,
                    scan.data,
                    record.get("original_filename") or scan.original_filename,
                )
                self.thumbnails.show_scan(named)

        self.context.file(chosen, show)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scans"),
            QDir.homePath(),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        for path in paths:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Check a file in the background (opened in a separate process with time and memory
        limits) and add it as a scan of the document; a bad file is refused, saying why, and
        nothing is added. ``attached`` or ``refused`` says which."""
        records = self.records
        if records is None:
            return

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.context.show_error(error_text(exc))
                self.refused.emit(error_text(exc))
            else:
                raise exc

        self.context.run(
            lambda: read_and_check_scan(path),
            lambda scan: self._add_scan(records, scan),
            refused,
        )

    def _add_scan(self, records: list[dict[str, Any]], scan: Scan) -> None:
        if records is not self.records:
            return  # another document was chosen meanwhile: attach again there
        self.context.scans[scan.sha256] = scan
        record = new_record(
            "files",
            attachment_id=scan.sha256,
            original_filename=scan.original_filename,
            position=len(self.records),
        )
        self.records.append(record)
        self._add_item(record)
        self.list.setCurrentRow(len(self.records) - 1)
        self.edited.emit()
        self.attached.emit(record)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport():
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                drag = event
                assert isinstance(drag, QDragEnterEvent | QDropEvent)
                if drag.mimeData().hasUrls():
                    drag.acceptProposedAction()
                    return True
            if event.type() == QEvent.Type.Drop:
                drop = event
                assert isinstance(drop, QDropEvent)
                for url in drop.mimeData().urls():
                    if url.isLocalFile():
                        self.attach(Path(url.toLocalFile()))
                drop.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)
