"""The Documents page: civil documents recorded in more than one case, side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.services import documents
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP, translated
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.refresh import ReloadWhenShown
from guardian_desk.ui.widgets import code_name

DIFFERENT = QColor("#fff1c2")  # a field on which the records disagree

FIELDS = [
    ("reference", QT_TRANSLATE_NOOP("DocumentsPage", "Case")),
    ("holder", QT_TRANSLATE_NOOP("DocumentsPage", "Whose")),
    ("number", QT_TRANSLATE_NOOP("DocumentsPage", "Number as recorded")),
    ("issuing_authority", QT_TRANSLATE_NOOP("DocumentsPage", "Issuing authority")),
    ("issued_on", QT_TRANSLATE_NOOP("DocumentsPage", "Issued on")),
    ("expires_on", QT_TRANSLATE_NOOP("DocumentsPage", "Expires on")),
    ("language", QT_TRANSLATE_NOOP("DocumentsPage", "Language")),
    ("copy_kind", QT_TRANSLATE_NOOP("DocumentsPage", "Original or copy")),
]


class DocumentsPage(QWidget):
    """Possible duplicates for review; ``open_case`` asks to open one of the cases."""

    open_case = Signal(str)
    loaded = Signal(int)

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ops = ops
        self.groups: list[documents.DuplicateGroup] = []
        heading = QLabel(self.tr("<b>Documents recorded in more than one case</b>"))
        explain = QLabel(
            self.tr(
                "The same kind of document from the same country with the same number, in "
                "several cases: the same child recorded twice, one document used for two "
                "children, or a typing mistake. Compare them and correct the case that is wrong."
            )
        )
        explain.setWordWrap(True)
        self.groups_list = QListWidget()
        self.groups_list.setObjectName("documents.duplicates")
        self.groups_list.setAccessibleName(self.tr("Documents recorded in more than one case"))
        self.compare = QTableWidget(0, 0)
        self.compare.setObjectName("documents.compare")
        self.compare.setAccessibleName(self.tr("The records side by side"))
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_button = QPushButton(self.tr("Open the chosen record's case"))
        self.open_button.setObjectName("documents.open")
        self.status = QLabel()
        self.status.setObjectName("documents.status")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.groups_list)
        splitter.addWidget(self.compare)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.status)
        layout.addWidget(splitter)
        layout.addWidget(self.open_button)
        self.groups_list.currentRowChanged.connect(self._show_group)
        self.open_button.clicked.connect(self._open_chosen)
        self.compare.cellDoubleClicked.connect(lambda _r, column: self._open_column(column))
        self.freshness = ReloadWhenShown(self, ops, self.reload)

    def reload(self) -> None:
        db = self.db
        self.ops.read(lambda _task: documents.duplicates(db), self._show)

    def _show(self, groups: list[documents.DuplicateGroup]) -> None:
        self.groups = groups
        self.groups_list.clear()
        for group in groups:
            self.groups_list.addItem(self._title(group))
        self.status.setText(
            self.tr("%n to review.", "", len(groups)) if groups else self.tr("None found.")
        )
        self.groups_list.setCurrentRow(0 if groups else -1)
        if not groups:
            self.compare.clear()
            self.compare.setRowCount(0)
            self.compare.setColumnCount(0)
        self.loaded.emit(len(groups))

    def _title(self, group: documents.DuplicateGroup) -> str:
        """``Birth certificate (Syria) No. 123 — in 2 cases``, in the window's language."""
        cases = len({r.case_id for r in group.records})
        return self.tr("{0} ({1}) No. {2} — in %n case(s)", "", cases).format(
            choice_label(group.document_type),
            code_name("country", group.issuing_country),
            group.number,
        )

    def _show_group(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            return
        group = self.groups[row]
        different = group.differences()
        self.compare.clear()
        self.compare.setRowCount(len(FIELDS))
        self.compare.setColumnCount(len(group.records))
        self.compare.setVerticalHeaderLabels(
            [QCoreApplication.translate("DocumentsPage", label) for _name, label in FIELDS]
        )
        self.compare.setHorizontalHeaderLabels([r.reference for r in group.records])
        for column, record in enumerate(group.records):
            for line, (name, _label) in enumerate(FIELDS):
                value = getattr(record, name)
                if value is None:
                    shown = "—"
                elif name == "copy_kind":
                    shown = choice_label(str(value))
                elif name == "holder":
                    shown = translated(value)
                elif name == "language":
                    shown = code_name("language", str(value))
                else:
                    shown = str(value)
                cell = QTableWidgetItem(shown)
                if name in different:
                    cell.setBackground(QBrush(DIFFERENT))
                self.compare.setItem(line, column, cell)
        self.compare.resizeColumnsToContents()

    def _open_column(self, column: int) -> None:
        row = self.groups_list.currentRow()
        if 0 <= row < len(self.groups) and 0 <= column < len(self.groups[row].records):
            self.open_case.emit(self.groups[row].records[column].case_id)

    def _open_chosen(self) -> None:
        self._open_column(max(self.compare.currentColumn(), 0))
