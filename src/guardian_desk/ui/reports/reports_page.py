"""The Reports page: anonymised statistics of the team's cases for a period, made in the
background (each one is recorded in the audit log), shown with their charts, narrowed by
double-clicking a category, and exported as PDF, CSV or XLSX.

Only a role with the ``see_reports`` action sees the page (the service refuses the others
anyway). A hidden count cannot be opened: a drill-down into it is refused, as the service
says (``services.reports.drill_down``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import cases, reports
from guardian_desk.services.reports import ShownTable, Snapshot
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import error_text, translated
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.refresh import ReloadWhenShown
from guardian_desk.ui.reports.labels import category_label, dimension_label, report_text
from guardian_desk.ui.reports.report_view import SnapshotView
from guardian_desk.ui.widgets import PROBLEM_COLOUR

# The filters offered beside the report (others come from a drill-down).
SEXES = ("female", "male", "other", "unknown")
FORMATS = ("pdf", "csv", "xlsx")
# services/reports/exports.py's export_snapshot, taken from the package's front door when used
# (it lands beside this page: written in parallel, merged together).


@dataclass(frozen=True)
class Request:
    """What a report is made of: the report, the days (both counted) and the filters."""

    report_id: str
    first: date
    last: date
    filters: Mapping[str, str]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def quarter_of(day: date) -> tuple[date, date]:
    """The first and the last day of the quarter ``day`` is in."""
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    after = date(first.year + (first.month == 10), (first.month + 2) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def quick_period(choice: str, today: date) -> tuple[date, date]:
    """The days of a quick choice: ``this_quarter`` and ``this_year`` end today, ``last_quarter``
    and ``last_year`` are whole."""
    if choice == "this_quarter":
        return quarter_of(today)[0], today
    if choice == "last_quarter":
        return quarter_of(quarter_of(today)[0] - timedelta(days=1))
    if choice == "this_year":
        return date(today.year, 1, 1), today
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(choice)


class ReportsPage(QWidget):
    """Choose a report, a period and filters; make it; read it; narrow it; export it.

    Signals:
        shown(object): a report was made and is shown: its :class:`Snapshot`.
        exported(object): a report was written: the file's :class:`~pathlib.Path`.
    """

    shown = Signal(object)
    exported = Signal(object)
    QUICK = ("this_quarter", "last_quarter", "this_year", "last_year")

    def __init__(
        self, db: Database, ops: Ops, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.ops = db, ops
        self.today = today or date.today()
        self.snapshot: Snapshot | None = None
        self.view: SnapshotView | None = None
        self.history: list[dict[str, str]] = []  # the filters before each narrowing, for Back
        self.narrowed: dict[str, str] = {}  # filters of a drill-down beyond those offered
        self.jurisdictions: list[str] = []
        self.making = False

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.report = QComboBox()
        self.report.setObjectName("reports.report")
        self.report.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.description = QLabel()
        self.description.setObjectName("reports.description")
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: palette(placeholder-text);")
        self.first, self.last = self._day_field("reports.from"), self._day_field("reports.to")
        self.quick: dict[str, QPushButton] = {}
        for choice in self.QUICK:
            button = QPushButton()
            button.setObjectName(f"reports.{choice}")
            button.clicked.connect(lambda _checked, *, c=choice: self.set_period(c))
            self.quick[choice] = button
        self.jurisdiction = QComboBox()
        self.jurisdiction.setObjectName("reports.jurisdiction")
        self.sex = QComboBox()
        self.sex.setObjectName("reports.sex")
        self.narrowed_label = QLabel()
        self.narrowed_label.setObjectName("reports.narrowed")
        self.narrowed_label.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("reports.back")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("reports.clear")
        self.make_button = QPushButton()
        self.make_button.setObjectName("reports.make")
        self.make_button.setDefault(True)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton()
            button.setObjectName(f"reports.export.{fmt}")
            button.clicked.connect(lambda _checked, *, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
        self.result = QLabel()
        self.result.setObjectName("reports.result")
        self.result.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("reports.problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problems.hide()
        self.area = QScrollArea()
        self.area.setObjectName("reports.scroll")
        self.area.setWidgetResizable(True)
        self.area.hide()  # until a report is shown
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._lay_out()
        self.report.currentIndexChanged.connect(lambda _index: self._describe())
        self.back_button.clicked.connect(self.back)
        self.clear_button.clicked.connect(self.clear_filters)
        self.make_button.clicked.connect(lambda: self.make())
        self._retranslate()
        self.set_period("last_quarter")
        self._enable()
        self.freshness = ReloadWhenShown(self, ops, self.reload_choices)

    def _day_field(self, name: str) -> QDateEdit:
        field = QDateEdit()
        field.setObjectName(name)
        field.setCalendarPopup(True)
        field.setDisplayFormat("yyyy-MM-dd")
        field.setMinimumDate(QDate(1990, 1, 1))
        return field

    def _lay_out(self) -> None:
        self.report_label, self.period_label = QLabel(), QLabel()
        self.to_label, self.filters_label = QLabel(), QLabel()
        self.jurisdiction_label, self.sex_label = QLabel(), QLabel()
        self.report_label.setBuddy(self.report)
        self.period_label.setBuddy(self.first)
        self.jurisdiction_label.setBuddy(self.jurisdiction)
        self.sex_label.setBuddy(self.sex)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.report_label, 0, 0)
        grid.addWidget(self.report, 0, 1)
        grid.addWidget(self.description, 0, 2)
        period = QHBoxLayout()
        for part in (self.first, self.to_label, self.last):
            period.addWidget(part)
        period.addSpacing(12)
        for button in self.quick.values():
            period.addWidget(button)
        period.addStretch()
        grid.addWidget(self.period_label, 1, 0)
        grid.addLayout(period, 1, 1, 1, 2)
        filters = QHBoxLayout()
        filters.addWidget(self.jurisdiction_label)
        filters.addWidget(self.jurisdiction)
        filters.addSpacing(12)
        filters.addWidget(self.sex_label)
        filters.addWidget(self.sex)
        filters.addSpacing(12)
        filters.addWidget(self.narrowed_label, 1)
        filters.addWidget(self.back_button)
        filters.addWidget(self.clear_button)
        grid.addWidget(self.filters_label, 2, 0)
        grid.addLayout(filters, 2, 1, 1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.make_button)
        actions.addSpacing(24)
        self.export_label = QLabel()
        actions.addWidget(self.export_label)
        for button in self.export_buttons.values():
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.area, 1)

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.snapshot is not None:  # the same numbers, said in the new language
                self._show(self.snapshot, made=False)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Reports"))
        self.explain.setText(
            self.tr(
                "Anonymised statistics of the team's cases for a period. Small counts are "
                "hidden (<5), and further counts where needed (*), so that no child can be "
                "picked out. Double-click a category to narrow the report to it."
            )
        )
        self.report_label.setText(self.tr("&Report"))
        self.period_label.setText(self.tr("&Period"))
        self.to_label.setText(self.tr("to"))
        self.filters_label.setText(self.tr("Filters"))
        self.jurisdiction_label.setText(self.tr("&Jurisdiction"))
        self.sex_label.setText(self.tr("&Sex"))
        texts = {
            "this_quarter": self.tr("This quarter"),
            "last_quarter": self.tr("Last quarter"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
        }
        for choice, button in self.quick.items():
            button.setText(texts[choice])
        self.first.setAccessibleName(self.tr("First day of the period"))
        self.last.setAccessibleName(self.tr("Last day of the period"))
        self.report.setAccessibleName(self.tr("The report to make"))
        self.jurisdiction.setAccessibleName(self.tr("Only the cases of this jurisdiction"))
        self.sex.setAccessibleName(self.tr("Only the children of this sex"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("The report as it was before it was narrowed"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self.make_button.setText(self.tr("&Make the report"))
        self.export_label.setText(self.tr("Export:"))
        for fmt, button in self.export_buttons.items():
            button.setText(fmt.upper())
            button.setAccessibleName(self.tr("Export the report as {0}").format(fmt.upper()))
        self.placeholder.setText(
            self.tr("Choose a report and a period, then click Make the report.")
        )
        self._fill_reports()
        self._fill_filters()
        self._show_narrowed()

    def _fill_reports(self) -> None:
        found = reports.load_reports()
        current = self.report.currentData()
        self.report.blockSignals(True)
        self.report.clear()
        titled = sorted(found.reports.values(), key=lambda r: report_text(r.title).casefold())
        for definition in titled:
            self.report.addItem(report_text(definition.title), definition.id)
        self.report.setCurrentIndex(max(self.report.findData(current), 0))
        self.report.blockSignals(False)
        if found.problems:
            self.problems.setText(
                self.tr("These report files cannot be used:") + "\n" + "\n".join(found.problems)
            )
        self.problems.setVisible(bool(found.problems))
        self._describe()

    def _describe(self) -> None:
        chosen = reports.load_reports().reports.get(self.report.currentData() or "")
        self.description.setText(report_text(chosen.description) if chosen else "")

    def _fill_filters(self) -> None:
        self._fill(
            self.jurisdiction,
            self.tr("All jurisdictions"),
            [(j, category_label("jurisdiction", j)) for j in self.jurisdictions],
        )
        self._fill(self.sex, self.tr("All"), [(s, category_label("sex", s)) for s in SEXES])

    @staticmethod
    def _fill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value, label in items:
            box.addItem(label, value)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def reload_choices(self) -> None:
        """The jurisdictions of the team's cases, read in the background."""
        db = self.db

        def done(choices: Any) -> None:
            self.jurisdictions = list(choices.jurisdictions)
            self._fill_filters()

        self.ops.read(lambda _task: cases.filter_choices(db), done)

    # --- the request --------------------------------------------------------------------------

    def set_period(self, choice: str) -> None:
        """Put a quick choice's days in the period's fields."""
        first, last = quick_period(choice, self.today)
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def filters(self) -> dict[str, str]:
        """The filters as the controls are set."""
        chosen = dict(self.narrowed)
        for name, box in (("jurisdiction", self.jurisdiction), ("sex", self.sex)):
            chosen.pop(name, None)
            if box.currentData():
                chosen[name] = str(box.currentData())
        return chosen

    def request(self, filters: Mapping[str, str] | None = None) -> Request:
        return Request(
            str(self.report.currentData() or ""),
            _day(self.first.date()),
            _day(self.last.date()),
            dict(self.filters() if filters is None else filters),
        )

    def _set_filters(self, filters: Mapping[str, str]) -> None:
        """Put filters in the controls: those offered in their lists, the rest as narrowed."""
        for name, box in (("jurisdiction", self.jurisdiction), ("sex", self.sex)):
            value = filters.get(name)
            if value is not None and box.findData(value) < 0:
                box.addItem(category_label(name, value), value)
            box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
        self.narrowed = {k: v for k, v in filters.items() if k not in ("jurisdiction", "sex")}
        self._show_narrowed()

    def _show_narrowed(self) -> None:
        self.narrowed_label.setText(
            "; ".join(
                f"{dimension_label(d)}: {category_label(d, c)}" for d, c in self.narrowed.items()
            )
        )

    def _enable(self) -> None:
        self.make_button.setEnabled(not self.making and self.report.count() > 0)
        for button in self.export_buttons.values():
            button.setEnabled(self.snapshot is not None and not self.making)
        self.back_button.setEnabled(bool(self.history) and not self.making)
        shown_filters = bool(self.snapshot.filters) if self.snapshot is not None else False
        self.clear_button.setEnabled((bool(self.filters()) or shown_filters) and not self.making)

    # --- making and showing --------------------------------------------------------------------

    def make(self, request: Request | None = None, *, going_back: bool = False) -> Any:
        """Make the report as asked (the controls' choices by default) in the background, and
        show it; a refusal (a period that ends before it starts, filters some table cannot
        take) is said and the report shown stays as it was."""
        asked = request or self.request()
        if not asked.report_id or self.making:
            return None
        db = self.db
        self.making = True
        self._enable()
        self.result.setText(self.tr("Making the report…"))

        def work(_task: object) -> Snapshot:
            return reports.make_snapshot(
                db, asked.report_id, asked.first, asked.last, asked.filters
            )

        def done(snapshot: Snapshot) -> None:
            self.making = False
            previous = self.snapshot
            if going_back:
                self.history.pop()
            elif previous is not None and dict(previous.filters) != dict(snapshot.filters):
                self.history.append(dict(previous.filters))
            self._set_filters(snapshot.filters)
            self._show(snapshot)

        return self.ops.write(
            work,
            done,
            changes={"audit"},  # each report made is in the audit log
            label=self.tr("Making the report…"),
            on_failure=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.making = False
        self._say_shown()
        self._enable()
        if isinstance(exc, GuardianDeskError):
            self.ops.show_error(error_text(exc))
        else:
            self.ops.on_unexpected(exc)

    def _show(self, snapshot: Snapshot, *, made: bool = True) -> None:
        self.snapshot = snapshot
        view = SnapshotView(snapshot)
        view.chosen.connect(self.drill_down)
        self.area.setWidget(view)  # the report shown before is deleted with its charts
        self.view = view
        self.placeholder.hide()
        self.area.show()
        self._say_shown()
        self._enable()
        if made:
            self.shown.emit(snapshot)

    def _say_shown(self) -> None:
        if self.snapshot is None:
            self.result.setText("")
            return
        tables = len(self.snapshot.tables)
        self.result.setText(
            self.tr("Tables: %n. Double-click a category to narrow the report.", "", tables)
        )

    # --- narrowing ---------------------------------------------------------------------------

    def drill_down(self, table: ShownTable, row: str | None, column: str | None) -> None:
        """Narrow the report to a row's category (and a column's, for a cell), unless the
        count there is hidden or is not one category (the other nationalities)."""
        if self.snapshot is None or self.making or (row is None and column is None):
            return
        refused = reports.drill_down(table, row, column)
        if refused is not None:
            self.ops.show_error(translated(refused))
            return
        wanted = dict(self.snapshot.filters)
        for dimension, category in ((table.spec.rows, row), (table.spec.columns, column)):
            if dimension is None or category is None:
                continue
            if dimension == "nationality" and category == "other":
                self.ops.show_error(
                    self.tr(
                        "The other nationalities are counted together: the report cannot be "
                        "narrowed to them."
                    )
                )
                return
            wanted[dimension] = category
        if wanted == dict(self.snapshot.filters):
            return
        snapshot = self.snapshot
        self.make(Request(snapshot.report.id, snapshot.period.first, snapshot.period.last, wanted))

    def back(self) -> None:
        """The report as it was before it was last narrowed."""
        if not self.history or self.snapshot is None:
            return
        filters = self.history[-1]
        snapshot = self.snapshot
        asked = Request(snapshot.report.id, snapshot.period.first, snapshot.period.last, filters)
        self.make(asked, going_back=True)

    def clear_filters(self) -> None:
        """Every filter taken off; the report shown is made again without them."""
        self._set_filters({})
        if self.snapshot is not None and self.snapshot.filters:
            snapshot = self.snapshot
            self.make(Request(snapshot.report.id, snapshot.period.first, snapshot.period.last, {}))
        self._enable()

    # --- exporting ---------------------------------------------------------------------------

    def export(self, fmt: str, path: Path | None = None) -> Any:
        """The report shown, written as ``fmt`` (pdf, csv, xlsx) where the person chooses."""
        snapshot = self.snapshot
        if snapshot is None:
            return None
        if path is None:
            filters = {
                "pdf": self.tr("PDF documents (*.pdf)"),
                "csv": self.tr("CSV files (*.csv)"),
                "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            }
            suggested = (
                f"{snapshot.report.id}-{snapshot.period.first.isoformat()}-"
                f"{snapshot.period.last.isoformat()}.{fmt}"
            )
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the report"), suggested, filters[fmt]
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        db, target = self.db, path
        exporter = reports.export_snapshot

        def done(written: Path) -> None:
            self.ops.show_information(self.tr("The report was written to {0}.").format(written))
            self.exported.emit(written)

        return self.ops.write(
            lambda _task: exporter(db, snapshot, target, fmt),
            done,
            changes={"audit"},
            label=self.tr("Exporting the report…"),
            on_failure=self._failed,
        )
