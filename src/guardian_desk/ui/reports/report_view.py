"""A report as the window shows it: for each table its heading, its numbers (hidden ones as
``<5`` or ``*``, saying why) and its chart, then the notes, the disclosure rule first.

Numbers are written for the window's locale; categories are named in its language
(``labels.py``). Nothing here counts or hides: every number comes from the protected
snapshot, and each chart is drawn from the protected table only (``services.reports.figure``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.disclosure import Cell, Status
from guardian_desk.services.reports import ShownTable, Snapshot, figure, measure_unit
from guardian_desk.ui.i18n import translated
from guardian_desk.ui.reports.labels import (
    category_label,
    dimension_label,
    report_text,
)
from guardian_desk.ui.widgets import shown_instant

CATEGORY_WIDTH = 340  # a long category (a forum) wraps beyond this many pixels
# A chart taller than this (one bar a line, for many long names) is drawn more tightly.
CHART_MAX_INCHES = 5.0
CHART_SIZE = (5.4, 2.5)  # inches at 100 dots an inch: beside a table, not over the page
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def shown_number(value: float) -> str:
    """A count or a number of days as the window's locale writes it (a half day kept)."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def shown_rate(value: float) -> str:
    """A rate as the window's locale writes it, to two decimals (0.26 changes a year)."""
    return QLocale().toString(float(value), "f", 2)


def cell_text(cell: Cell) -> str:
    """``12``, ``<5`` or ``*``, the numbers in the window's locale."""
    if cell.status is Status.SHOWN:
        return shown_number(cell.value or 0)
    if cell.status is Status.SMALL:
        return "<" + shown_number(cell.below or 0)
    return cell.text


def shown_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


class ReportTable(QTableWidget):
    """One table of a report: a row per category and a Total row; a column per category and
    a Total column (a one-way table has one column of numbers; a duration's table has the
    number, the first quartile, the median and the third quartile of days; a rate's table the
    number and the rate).

    ``place(row, column)`` gives the categories (None for a total) a cell counts.
    """

    def __init__(self, table: ShownTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = table
        self.setObjectName(f"reports.table.{table.spec.id}")
        self.setAccessibleName(report_text(table.spec.title))
        self.setAccessibleDescription(report_text(table.indicator.title))
        self.row_keys: list[str | None] = [*table.rows, None]
        self.measured = table.indicator.measured
        self.column_keys: list[str | None] = (
            [] if self.measured else ([*table.columns, None] if table.columns else [None])
        )
        headers = [dimension_label(table.spec.rows)]
        if table.indicator.duration:
            headers += [
                self.tr("Number"),
                self.tr("First quartile"),
                self.tr("Median"),
                self.tr("Third quartile"),
            ]
        elif table.indicator.rate is not None:
            # what is counted (hearings, children), not "Number": the rate counts another
            unit = report_text(table.indicator.unit)
            headers += [unit[:1].upper() + unit[1:], report_text(table.indicator.rate)]
        elif table.columns:
            headers += [category_label(table.spec.columns or "", c) for c in table.columns]
            headers.append(self.tr("Total"))
        else:
            headers.append(self.tr("Number"))
        self.setColumnCount(len(headers))
        self.setRowCount(len(self.row_keys))
        self.setHorizontalHeaderLabels(headers)
        if table.columns:  # the columns' dimension, for a reader who hovers the headers
            columns_name = dimension_label(table.spec.columns or "")
            for index in range(1, len(headers) - 1):
                header = self.horizontalHeaderItem(index)
                if header is not None:
                    header.setToolTip(f"{columns_name}: {headers[index]}")
        self._fill()
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        top = self.horizontalHeader()
        top.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        top.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.resizeColumnsToContents()
        if self.columnWidth(0) > CATEGORY_WIDTH:
            self.setColumnWidth(0, CATEGORY_WIDTH)
        for column in range(1, self.columnCount()):
            self.setColumnWidth(column, max(self.columnWidth(column), 72))
        self.resizeRowsToContents()
        # Exactly as large as its cells: the page scrolls, not each table.
        frame = 2 * self.frameWidth()
        self.setFixedSize(
            sum(self.columnWidth(c) for c in range(self.columnCount())) + frame,
            top.sizeHint().height()
            + sum(self.rowHeight(r) for r in range(self.rowCount()))
            + frame,
        )

    def _fill(self) -> None:
        table = self.shown
        bold = QFont(self.font())
        bold.setBold(True)
        total_shade = self.palette().alternateBase()
        for row, key in enumerate(self.row_keys):
            name = self.tr("Total") if key is None else category_label(table.spec.rows, key)
            heading = QTableWidgetItem(name)
            heading.setToolTip(name)
            if key is None:
                heading.setFont(bold)
                heading.setBackground(total_shade)
            self.setItem(row, 0, heading)
            cells = self._row_cells(key)
            for offset, (text, tip, hidden, total) in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
                if tip:
                    item.setToolTip(tip)
                if hidden:
                    shade = QFont(self.font())
                    shade.setItalic(True)
                    item.setFont(shade)
                    item.setForeground(self.palette().placeholderText())
                elif total or key is None:
                    item.setFont(bold)
                if total or key is None:
                    item.setBackground(total_shade)
                self.setItem(row, offset, item)

    def _row_cells(self, key: str | None) -> list[tuple[str, str, bool, bool]]:
        """(text, tooltip, hidden, a total) of each number of a row."""
        table = self.shown
        if self.measured:
            cell = table.cell(key, None)
            found = [(cell_text(cell), self.why(cell), cell.status is not Status.SHOWN, False)]
            if table.indicator.rate is not None:
                value = table.headline(key)
                if value is None:
                    tip = self.tr("Not shown: the number of this group is hidden")
                    found.append(("—", tip, True, False))
                else:
                    found.append((shown_rate(value), "", False, False))
                return found
            days = table.days.get(key)
            for value in (None, None, None) if days is None else (days.q1, days.median, days.q3):
                if value is None:
                    tip = self.tr("Not shown: the number of this group is hidden")
                    found.append(("—", tip, True, False))
                else:
                    found.append((shown_number(value), "", False, False))
            return found
        cells = []
        for column in self.column_keys:
            cell = table.cell(key, column)
            hidden = cell.status is not Status.SHOWN
            total = column is None and bool(table.columns)
            cells.append((cell_text(cell), self.why(cell), hidden, total))
        return cells

    def why(self, cell: Cell) -> str:
        """What a hidden number's tooltip says."""
        if cell.status is Status.SMALL:
            return self.tr("Hidden: fewer than {0}, so that no child can be picked out").format(
                shown_number(cell.below or 0)
            )
        if cell.status is Status.COMPLEMENT:
            return self.tr(
                "Hidden so that a small count cannot be worked out from the totals or from "
                "another table"
            )
        return ""

    def place(self, row: int, column: int) -> tuple[str | None, str | None]:
        """The row's and the column's categories of a cell (None: a total, or no category)."""
        row_key = self.row_keys[row] if 0 <= row < len(self.row_keys) else None
        keys = self.column_keys
        column_key = keys[column - 1] if keys and 1 <= column <= len(keys) else None
        if self.measured or not self.shown.columns:
            column_key = None
        return row_key, column_key

    def cell_at(self, row_key: str | None, column_key: str | None = None) -> QTableWidgetItem:
        """The item showing the number of a place (a duration's: its Number)."""
        row = self.row_keys.index(row_key)
        column = (
            1
            if (self.measured or not self.shown.columns)
            else 1 + self.column_keys.index(column_key)
        )
        item = self.item(row, column)
        assert item is not None
        return item


class ChartCanvas(QWidget):
    """A table's chart, drawn by matplotlib in the window (its Qt canvas, on PySide6: the
    binding already loaded), at the figure's own size."""

    def __init__(self, table: ShownTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"reports.chart.{table.spec.id}")
        self.canvas: Any = None
        if not _anything_to_draw(table):
            return
        # The note on hidden bars is said below the chart, where it cannot cover its labels.
        drawn = figure(
            table, category_label, width=CHART_SIZE[0], height=CHART_SIZE[1], hidden_note=""
        )
        if drawn is None:
            return
        _in_the_windows_words(drawn, table)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class Canvas(FigureCanvasQTAgg):
            def wheelEvent(self, event: QWheelEvent) -> None:
                event.ignore()  # the page scrolls; the chart has nothing to zoom

        self.canvas = Canvas(drawn)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The context named: lupdate would give a text after the nested class to "Canvas".
        said = QCoreApplication.translate("ChartCanvas", "Chart: {0}")
        self.canvas.setAccessibleName(said.format(report_text(table.spec.title)))
        self.canvas.setFixedSize(self.canvas.sizeHint())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.canvas)
        self.hidden_note: QLabel | None = None
        if _hides_some(table):
            self.hidden_note = QLabel(
                QCoreApplication.translate(
                    "ChartCanvas", "* Hidden to protect the children counted"
                )
            )
            self.hidden_note.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(self.hidden_note)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


def _anything_to_draw(table: ShownTable) -> bool:
    """Whether a bar would be drawn: a chart of hidden counts only would be empty axes."""
    if table.indicator.measured:
        return any(table.headline(row) is not None for row in table.rows)
    columns: list[str | None] = list(table.columns) or [None]
    return any(
        cell.status is Status.SHOWN and (cell.value or 0) > 0
        for cell in (table.cell(row, column) for row in table.rows for column in columns)
    )


def _hides_some(table: ShownTable) -> bool:
    """Whether the chart leaves out a hidden bar (and marks its place)."""
    if table.indicator.measured:
        return any(table.headline(row) is None for row in table.rows)
    columns: list[str | None] = list(table.columns) or [None]
    return any(
        table.cell(row, column).status is not Status.SHOWN
        for row in table.rows
        for column in columns
    )


def _in_the_windows_words(drawn: Any, table: ShownTable) -> None:
    """The axis' unit in the window's language, and a tall chart (many long names, one bar a
    line) drawn more tightly than the printed one."""
    unit = measure_unit(table)
    for axes in drawn.axes:
        if axes.get_ylabel():
            axes.set_ylabel(report_text(unit))
        if axes.get_xlabel():
            axes.set_xlabel(report_text(unit))
    width, height = drawn.get_size_inches()
    if height > CHART_MAX_INCHES:
        rows = len(table.rows)
        drawn.set_size_inches(width, max(CHART_SIZE[1], min(height, 0.36 * rows + 1.2)))
        for axes in drawn.axes:
            axes.tick_params(axis="y", labelsize="small")


class SnapshotView(QWidget):
    """A snapshot shown whole: its title, period and filters, each table with its chart,
    then the notes.

    Signals:
        chosen(object, object, object): a cell or a category was activated: the
            :class:`ShownTable`, the row's category and the column's (None for a total).
    """

    chosen = Signal(object, object, object)

    def __init__(self, snapshot: Snapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports.snapshot")
        self.snapshot = snapshot
        self.tables: dict[str, ReportTable] = {}
        self.charts: dict[str, ChartCanvas] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        title = QLabel(report_text(snapshot.report.title))
        title.setObjectName("reports.title")
        title.setStyleSheet("font-size: 150%; font-weight: 600;")
        layout.addWidget(title)
        about = QLabel(self._about())
        about.setObjectName("reports.about")
        about.setWordWrap(True)
        layout.addWidget(about)
        by_id = {t.spec.id: t for t in snapshot.tables}
        for spec in snapshot.report.tables:  # in the report's order
            table = by_id[spec.id]
            heading = QLabel(report_text(spec.title))
            heading.setObjectName(f"reports.heading.{spec.id}")
            heading.setStyleSheet("font-size: 120%; font-weight: 600; margin-top: 18px;")
            heading.setWordWrap(True)
            layout.addWidget(heading)
            if not table.rows:
                nobody = QLabel(self.tr("Nothing to count in this period."))
                nobody.setObjectName(f"reports.empty.{spec.id}")
                layout.addWidget(nobody)
                continue
            shown = ReportTable(table)
            # Activated: double-clicked, or Enter pressed on it (and a single click where the
            # desktop opens items so).
            shown.cellActivated.connect(
                lambda row, column, *, t=shown: self.chosen.emit(t.shown, *t.place(row, column))
            )
            self.tables[spec.id] = shown
            layout.addWidget(shown, 0, Qt.AlignmentFlag.AlignLeading)
            chart = ChartCanvas(table)
            if chart.canvas is not None:
                self.charts[spec.id] = chart
                layout.addWidget(chart, 0, Qt.AlignmentFlag.AlignLeading)
        notes = QLabel(self.tr("Notes"))
        notes.setStyleSheet("font-size: 120%; font-weight: 600; margin-top: 18px;")
        layout.addWidget(notes)
        self.notes: list[QLabel] = []
        for note in snapshot.notes:
            line = QLabel(translated(note))
            line.setObjectName("reports.note")
            line.setWordWrap(True)
            line.setMaximumWidth(900)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.notes.append(line)
            layout.addWidget(line)
        layout.addStretch()

    def _about(self) -> str:
        snapshot = self.snapshot
        period = self.tr("From {0} to {1}").format(
            shown_day(snapshot.period.first), shown_day(snapshot.period.last)
        )
        parts = [period]
        if snapshot.filters:
            narrowed = "; ".join(
                f"{dimension_label(d)}: {category_label(d, c)}" for d, c in snapshot.filters.items()
            )
            parts.append(self.tr("Only: {0}").format(narrowed))
        parts.append(self.tr("Made {0}").format(shown_instant(snapshot.made_at)))
        return " · ".join(parts)
