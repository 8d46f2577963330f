"""The case list model: holds summaries of the rows shown and fetches more as they scroll in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from guardian_desk.domain.codes import country_name
from guardian_desk.services import cases
from guardian_desk.services.cases import CaseSummary
from guardian_desk.storage.database import Database

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Cases in reference order, a page at a time; or the results of a search."""

    PAGE = 200

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._search = ""
        self.headers = [
            self.tr("Reference"),
            self.tr("Name"),
            self.tr("Name (native script)"),
            self.tr("Age"),
            self.tr("Nationality"),
            self.tr("Next hearing"),
        ]
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (or the search results)."""
        self.beginResetModel()
        if self._search.strip():
            self._rows = cases.search(self._db, self._search, limit=500)
            self._total = len(self._rows)
        else:
            self._total = cases.count(self._db)
            self._rows = cases.page(self._db, 0, self.PAGE)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self._search = text
        self.reload()

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._search.strip():
            return
        more = cases.page(self._db, len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            # Native names are often right-to-left; align them as their readers expect.
            return int(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter) | (
                int(Qt.AlignmentFlag.AlignRight)
                if row.name_native and _is_rtl(row.name_native)
                else int(Qt.AlignmentFlag.AlignLeft)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.date_of_birth:
            return self.tr("Date of birth {0} ({1})").format(
                row.date_of_birth.iso(), row.date_of_birth.certainty.value.replace("_", " ")
            )
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
            return ", ".join(country_name(c) for c in row.nationalities)
        if column == 5:
            return row.next_hearing.strftime("%Y-%m-%d %H:%M %Z") if row.next_hearing else ""
        return ""


def _is_rtl(text: str) -> bool:
    import unicodedata

    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
