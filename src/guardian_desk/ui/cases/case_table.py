"""The case list model: ordered case ids from the database, rows loaded as they scroll in.

A reload (new filter, new search, new sort, or data changed) asks the database in the
background for the ids in order and the first page of rows; more rows are fetched a page at
a time with ``canFetchMore``/``fetchMore``. Filtering and sorting happen in SQL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from guardian_desk.domain.codes import country_name
from guardian_desk.domain.text import is_right_to_left
from guardian_desk.services import cases
from guardian_desk.services.cases import CaseFilter, CaseSummary
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP, ui_locale
from guardian_desk.ui.ops import Ops, Task

Index = QModelIndex | QPersistentModelIndex

# (header, sort key in SQL or None when the column cannot be sorted); the headers are marked
# for Qt Linguist and translated when the model is made.
COLUMNS: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("CaseTableModel", "Reference"), "reference"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Name (native script)"), "native_name"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Age"), "age"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Nationality"), "nationality"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Active proceedings"), None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Next hearing"), "next_hearing"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline"), None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Flags"), None),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Court-ready"), None),
]


class CaseTableModel(QAbstractTableModel):
    """Cases for the list: filtered, searched and sorted by the database.

    Signals:
        loaded(int): a reload finished; the number of cases it found.
    """

    PAGE = 200  # rows fetched when the view scrolls near the end
    FIRST_PAGE = 60  # rows loaded with a reload: a screenful and some, so it is quick
    SEARCH_LIMIT = 500
    loaded = Signal(int)

    def __init__(self, db: Database, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ops = ops
        self._ids: list[str] = []
        self._rows: list[CaseSummary] = []
        self._filter = CaseFilter()
        self._search = ""
        self._generation = 0
        self.headers = [
            QCoreApplication.translate("CaseTableModel", title) for title, _key in COLUMNS
        ]
        # Court-readiness per case id, read after the rows show (it needs each case's
        # documents): missing requirements, 0 when ready, -1 when there is nothing to check.
        self._ready: dict[str, int] = {}
        self._ready_wanted: list[str] = []
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(self.READY_DELAY_MS)
        self._ready_timer.timeout.connect(self._read_readiness_now)

    # --- what to show --------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    def set_search(self, text: str) -> None:
        self._search = text
        self.reload()

    def reload(self) -> None:
        """Ask the database again, in the background; stale answers are dropped."""
        self._generation += 1
        generation = self._generation
        case_filter, text, page = self._filter, self._search.strip(), self.FIRST_PAGE
        db = self._db

        def first_page(_task: Task[Any]) -> tuple[list[str], list[CaseSummary]]:
            if text:
                ids = cases.search_ids(db, text, self.SEARCH_LIMIT, case_filter)
            else:
                ids = cases.page_ids(db, 0, page, case_filter)
            return ids, cases.summaries(db, ids[:page])

        def shown(result: tuple[list[str], list[CaseSummary]]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._ids, self._rows = result
            self._ready = {}
            self.endResetModel()
            self._read_readiness(self._rows)
            if text or len(self._ids) < page:
                self.loaded.emit(len(self._ids))
            else:  # the first screen is there; the rest of the ids follow in the background
                self._ops.read(lambda _task: cases.list_ids(db, case_filter), all_ids)

        def all_ids(ids: list[str]) -> None:
            if generation != self._generation:
                return
            self._ids = ids  # the rows shown are its first ones: nothing to redraw
            self.loaded.emit(len(ids))

        self._ops.read(first_page, shown)

    @property
    def total(self) -> int:
        """How many cases the current filter and search keep."""
        return len(self._ids)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    # --- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        more = cases.summaries(self._db, self._ids[start : start + self.PAGE])
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows += more
        self.endInsertRows()
        self._read_readiness(more)

    READY_COLUMN = 9
    READY_DELAY_MS = 400  # typing goes first: read readiness once the list has settled

    def _read_readiness(self, rows: list[CaseSummary]) -> None:
        """Read the court-readiness of these rows in the background, once the list has
        stayed as it is for a moment (a search typed letter by letter reloads it often)."""
        self._ready_wanted = [r.id for r in rows if r.id not in self._ready]
        if self._ready_wanted:
            self._ready_timer.start()  # restarts: only the list that stays is read

    def _read_readiness_now(self) -> None:
        ids, self._ready_wanted = self._ready_wanted, []
        if not ids or not shiboken6.isValid(self._ops):  # the window went away meanwhile
            return
        from guardian_desk.services import documents  # loads the recognition rules

        db, generation = self._db, self._generation

        def shown(found: dict[str, int]) -> None:
            if generation != self._generation or not self._rows:
                return
            self._ready.update(found)
            column = self.READY_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

        self._ops.read(lambda _task: documents.readiness_badges(db, ids), shown)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filter.sort, self._filter.descending):
            self.set_filter(replace(self._filter, sort=key, descending=descending))

    def retranslate(self) -> None:
        """The column titles in the language just chosen."""
        self.headers = [
            QCoreApplication.translate("CaseTableModel", title) for title, _key in COLUMNS
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        self.layoutChanged.emit()  # countries named in the new language

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return self.tr("This column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 2 and row.name_native and is_right_to_left(row.name_native):
                # Right-to-left names read from the right, as their readers expect.
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column in (3, 5, 8, self.READY_COLUMN):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.READY_COLUMN:
            missing = self._ready.get(row.id, -1)
            if missing > 0:
                return QColor("#b3261e")
            return QColor("#2e7d32") if missing == 0 else None
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and row.next_deadline:
            if row.next_deadline < date.today():
                return QColor("#b3261e")  # overdue: red, as in the calendar
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 7 and row.next_deadline and row.next_deadline < date.today():
                return self.tr("Overdue")
            if column == 3 and row.date_of_birth:
                certainty = row.date_of_birth.certainty.value.replace("_", " ")
                return self.tr("Born {0} ({1})").format(row.date_of_birth.iso(), certainty)
            if column == self.READY_COLUMN and self._ready.get(row.id, -1) >= 0:
                return self.tr(
                    "Court-readiness of the documents for the open proceedings: see the "
                    "case's Court-readiness tab"
                )
            if column == 8 and (row.open_flags or row.concern):
                said = []
                if row.concern == "clear":
                    said.append(self.tr("A clear trafficking concern is open"))
                elif row.concern == "possible":
                    said.append(self.tr("A possible trafficking concern is open"))
                if row.open_flags:
                    said.append(self.tr("Open trafficking-risk flags: {0}").format(row.open_flags))
                return "\n".join(said)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: CaseSummary, column: int) -> str:
        if column == 0:
            return row.reference
        if column == 1:
            return row.name_latin
        if column == 2:
            return row.name_native or ""
        if column == 3:
            return row.age
        if column == 4:
            if row.stateless:
                return self.tr("Stateless")
            return ", ".join(country_name(c, ui_locale()) for c in row.nationalities)
        if column == 5:
            return str(row.active_proceedings)
        if column == 6:
            return row.next_hearing.strftime("%Y-%m-%d %H:%M %Z") if row.next_hearing else ""
        if column == 7:
            return row.next_deadline.isoformat() if row.next_deadline else ""
        if column == 8:
            badge = {"clear": self.tr("⚠ clear"), "possible": self.tr("⚠ possible")}.get(
                row.concern or "", ""
            )
            flags = "⚑ " + str(row.open_flags) if row.open_flags else ""
            return " ".join(part for part in (badge, flags) if part)
        if column == self.READY_COLUMN:
            missing = self._ready.get(row.id, -1)
            if missing < 0:
                return ""
            return self.tr("✓ ready") if missing == 0 else self.tr("%n to do", "", missing)
        return ""
