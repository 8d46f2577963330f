"""A document's scans: attached from a file dialog or by dropping files on the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QPushButton

from guardian_desk.errors import ValidationError
from guardian_desk.services import editing
from guardian_desk.services.attachments import read_scan
from guardian_desk.ui.record_forms import EditorContext, RecordList


class FileList(RecordList):
    """The scans of one document. A scan is checked when attached; it is stored with the case."""

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

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scans"),
            QDir.homePath(),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        for path in paths:
            self.attach(Path(path))

    def attach(self, path: Path) -> dict[str, Any] | None:
        """Check a file and add it as a scan of the document; a bad file is refused, saying
        why, and nothing is added."""
        if self.records is None:
            return None
        try:
            scan = read_scan(path)
        except ValidationError as exc:
            self.context.show_error(str(exc))
            return None
        self.context.scans[scan.sha256] = scan
        record = editing.new_record(
            "files",
            attachment_id=scan.sha256,
            original_filename=scan.original_filename,
            position=len(self.records),
        )
        self.records.append(record)
        self._add_item(record)
        self.list.setCurrentRow(len(self.records) - 1)
        self.edited.emit()
        return record

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
