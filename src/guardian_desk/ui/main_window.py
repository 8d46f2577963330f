"""The main window: the case list with search as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.storage.database import Database
from guardian_desk.ui.models.case_table import CaseTableModel


class MainWindow(QMainWindow):
    """The case list of one database."""

    SEARCH_DELAY_MS = 150

    def __init__(self, db: Database, *, demo: bool = False) -> None:
        super().__init__()
        self.db = db
        title = self.tr("Guardian Desk")
        if demo:
            title += " — " + self.tr("demo data (throw-away)")
        self.setWindowTitle(title)
        self.resize(1200, 720)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names in any script, aliases, docket or document numbers")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cases"))
        self.model = CaseTableModel(db, self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate([150, 240, 240, 60, 160]):
            self.table.setColumnWidth(column, width)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(body)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._debounce.start)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self._update_count()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _run_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        if self.search.text().strip():
            text = self.tr("Found: %n", "", self.model.rowCount())
        else:
            from guardian_desk.services import cases

            text = self.tr("Cases: %n", "", cases.count(self.db))
        self.count_label.setText(text)
