"""Lists of a case's records (hearings, documents, family members...) with a form for the
chosen one, and the editor's context that every form and list of one case shares.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain import codes
from guardian_desk.domain.text import is_right_to_left
from guardian_desk.errors import ValidationError
from guardian_desk.services.cases import FieldSpec
from guardian_desk.services.documents import Scan
from guardian_desk.services.records import new_record
from guardian_desk.services.team import TeamMemberChoice
from guardian_desk.ui.i18n import error_text
from guardian_desk.ui.records.forms import PROBLEM_COLOUR, PROBLEMS_ROLE, RecordForm
from guardian_desk.ui.records.labels import choice_label, label_for, record_label
from guardian_desk.ui.widgets import code_name, shown_instant, user_zone

SORT_ROLE = Qt.ItemDataRole.UserRole + 11  # what a cell sorts by
INDEX_ROLE = Qt.ItemDataRole.UserRole + 12  # the record's index in the case's list

# The fields a table shows (its columns), to tell its records apart.
SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "aliases": ("name", "script", "source"),
    "age_assessments": ("assessed_on", "assessor", "method", "min_age", "max_age"),
    "placements": ("kind", "provider", "jurisdiction", "started_on", "ended_on"),
    "status_history": ("status", "effective_on", "decided_by"),
    "family_members": (
        "relationship_to_child",
        "full_name",
        "whereabouts_country",
        "tracing_status",
    ),
    "guardian_appointments": ("guardian_type", "guardian_name", "started_on", "ended_on"),
    "proceedings": ("kind", "jurisdiction", "forum_name", "reference", "stage", "status"),
    "decisions": ("decided_on", "outcome", "decided_by"),
    "hearings": ("starts_at", "hearing_type", "forum", "judge", "outcome"),
    "placement_requests": ("requested_state", "planned_placement", "received_on", "consent"),
    "deadlines": ("due_on", "title", "status"),
    "documents": ("document_type", "issuing_country", "number", "issued_on", "language"),
    "files": ("original_filename",),
    "authentication_steps": ("sequence", "kind", "performed_on", "country"),
    "translations": ("source_language", "target_language", "translator_name", "kind"),
    "recognitions": ("jurisdiction", "status", "decided_on"),
    "consents": ("purpose", "recipient", "given_on", "expires_on", "withdrawn_on"),
    "risk_flags": ("indicator", "level", "status", "raised_on"),
    "actions": ("description", "owner_id", "due_on", "done_on"),
    "screenings": ("screened_on", "concern", "raised_to", "closed_on"),
    "answers": ("indicator_id", "answer", "evidence"),
    "missing_episodes": ("missing_since", "missing_from", "returned_on", "jurisdiction"),
    "best_interests": ("held_on", "kind", "review_on"),
    "care_services": ("kind", "provider", "status", "follow_up_on"),
    "care_goals": ("area", "goal", "status", "review_on"),
    "tracing_requests": ("requested_on", "agency", "status", "follow_up_on"),
    "notes": ("written_at", "kind", "author_id", "language"),
}


class RecordTable(QTableWidget):
    """A case's records of one kind as a small table, one column per telling field, sortable
    by a click on a column's header.

    It speaks in records, not rows: ``currentRow``, ``setCurrentRow`` and
    ``currentRowChanged`` give the record's index in the case's list, whatever order the
    table is sorted in; :meth:`line` is the first cell of a record's row, :meth:`text` the
    row as a person reads it.
    """

    currentRowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the records' own order
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)
        self.currentCellChanged.connect(
            lambda row, _column, _old_row, _old_column: self.currentRowChanged.emit(
                self._index_at(row)
            )
        )
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_headers(self, headers: list[str]) -> None:
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)

    def set_rows(self, rows: list[list[tuple[str, Any]]]) -> None:
        """Each record's cells: (text, what it sorts by), in the records' order."""
        self.blockSignals(True)
        self.setRowCount(len(rows))
        for index, cells in enumerate(rows):
            self._set_row(index, index, cells)
        self.blockSignals(False)
        self._apply_sort()
        self.resizeColumnsToContents()

    def set_record_row(self, index: int, cells: list[tuple[str, Any]]) -> None:
        """Show one record's cells again (after an edit), where it is now."""
        row = self._row_of(index)
        if row < 0:
            return
        self._set_row(row, index, cells)

    def _set_row(self, row: int, index: int, cells: list[tuple[str, Any]]) -> None:
        for column, (text, key) in enumerate(cells):
            item = self.item(row, column)
            if item is None:
                item = _SortItem()
                self.setItem(row, column, item)
            item.setText(text)
            item.setData(SORT_ROLE, key)
            item.setData(INDEX_ROLE, index)
            item.setToolTip(text)
            if is_right_to_left(text):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        self._sorted = (column, order)
        current = self.currentRow()
        self._apply_sort()
        self.setCurrentRow(current)

    def _apply_sort(self) -> None:
        if self._sorted is not None:
            self.sortItems(*self._sorted)

    # --- by record, not by row ------------------------------------------------------------

    def _index_at(self, row: int) -> int:
        item = self.item(row, 0) if row >= 0 else None
        index = item.data(INDEX_ROLE) if item is not None else None
        return int(index) if index is not None else -1

    def _row_of(self, index: int) -> int:
        for row in range(self.rowCount()):
            if self._index_at(row) == index:
                return row
        return -1

    def currentRow(self) -> int:
        """The index of the chosen record in the case's list (-1: none)."""
        return self._index_at(super().currentRow())

    def setCurrentRow(self, index: int) -> None:
        """Choose the record at ``index`` of the case's list (-1: none)."""
        row = self._row_of(index) if index >= 0 else -1
        if row < 0:
            self.setCurrentCell(-1, -1)
            self.clearSelection()
            return
        # The whole row is selected with its first cell (rows are selected whole).
        # selectRow() is not used: in a right-to-left window whose table is not laid out
        # yet (a tab not shown), it makes the current cell invalid and nothing is chosen.
        self.setCurrentCell(row, 0)

    def count(self) -> int:
        return self.rowCount()

    def line(self, index: int) -> QTableWidgetItem | None:
        """The first cell of a record's row (where its marks are kept)."""
        row = self._row_of(index)
        return self.item(row, 0) if row >= 0 else None

    def text(self, index: int) -> str:
        """A record's row as a person reads it: its cells joined with " · "."""
        row = self._row_of(index)
        cells = [self.item(row, c) for c in range(self.columnCount())] if row >= 0 else []
        return " · ".join(c.text() for c in cells if c is not None and c.text())

    def row_items(self, index: int) -> list[QTableWidgetItem]:
        row = self._row_of(index)
        if row < 0:
            return []
        return [i for c in range(self.columnCount()) if (i := self.item(row, c)) is not None]


class _SortItem(QTableWidgetItem):
    """A cell that sorts by what it means (a date as a date, a number as a number)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        try:
            return bool((mine is None, mine) < (theirs is None, theirs))
        except TypeError:
            return str(mine) < str(theirs)


class RecordList(QWidget):
    """A case's records of one kind as a table, with Add and Remove, and a form for the chosen
    one below it."""

    edited = Signal()

    def __init__(self, key: str, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.context = context
        self.records: list[dict[str, Any]] | None = None
        self.list = RecordTable()
        self.list.setObjectName(f"{key}.list")
        # Five records and the header in sight, whatever room the form below asks for.
        self.list.setMinimumHeight(self.list.verticalHeader().defaultSectionSize() * 6 + 6)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{key}.add")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"{key}.remove")
        self.form = RecordForm(key, context)
        self.fields = {f.name: f for f in self.form.spec.fields}
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        self.button_row = buttons  # a kind of list may add buttons of its own
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._choose)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.form.edited.connect(self._form_edited)
        self._texts()

    def _texts(self) -> None:
        self.list.setAccessibleName(record_label(self.key))
        self.add_button.setText(record_label(self.key, 1))
        self.remove_button.setText(record_label(self.key, 2))
        self.list.set_headers(self.headers())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
            if self.records is not None:
                self._fill()
        super().changeEvent(event)

    # --- what the table shows --------------------------------------------------------------

    def headers(self) -> list[str]:
        """The table's column titles."""
        return [label_for(name) for name in self._columns()] or [record_label(self.key)]

    def cells(self, record: dict[str, Any]) -> list[tuple[str, Any]]:
        """A record's cells: (text, what the column sorts by)."""
        columns = self._columns()
        if not columns:
            return [(self.tr("(new)"), None)]
        return [
            (self.context.shown(self.fields[name], record), record.get(name)) for name in columns
        ]

    def _columns(self) -> list[str]:
        return [n for n in SUMMARY_FIELDS.get(self.key, ()) if n in self.fields]

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.set_rows([self.cells(r) for r in self.records or []])
        for index, record in enumerate(self.records or []):
            self._restyle(index, record)
        self.list.setCurrentRow(current)

    def _restyle(self, index: int, record: dict[str, Any]) -> None:
        for item in self.list.row_items(index):
            self._style_item(item, record)
        line = self.list.line(index)
        if line is not None:
            self._mark_item(line, record, index)

    def load(self, records: list[dict[str, Any]] | None) -> None:
        self.records = records
        self.list.blockSignals(True)
        self.list.set_rows([self.cells(r) for r in records or []])
        for index, record in enumerate(records or []):
            self._restyle(index, record)
        self.list.setCurrentRow(0 if records else -1)
        self.list.blockSignals(False)
        self.setEnabled(records is not None)
        self._choose(0 if records else -1)
        self._buttons_follow_read_only()

    read_only = False

    def set_read_only(self, read_only: bool = True) -> None:
        """Its records can be looked through, not added, removed or changed."""
        self.read_only = read_only
        self.form.set_read_only(read_only)
        self._buttons_follow_read_only()

    def _buttons_follow_read_only(self) -> None:
        if self.read_only:
            self.add_button.setEnabled(False)
            self.remove_button.setEnabled(False)

    def _mark_item(self, item: QTableWidgetItem, record: dict[str, Any], index: int) -> None:
        """A record with a problem, in it or in a record below it, is marked in the table."""
        found = self.context.problems_within(record.get("id", ""))
        item.setData(PROBLEMS_ROLE, found or None)
        if found:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            for cell in self.list.row_items(index):
                cell.setForeground(QBrush(QColor(PROBLEM_COLOUR)))
                cell.setToolTip("\n".join(found))
        elif not item.icon().isNull():
            item.setIcon(QIcon())
            for cell in self.list.row_items(index):
                cell.setForeground(QBrush())
                cell.setToolTip(cell.text())
                self._style_item(cell, record)

    def _style_item(self, item: QTableWidgetItem, record: dict[str, Any]) -> None:
        """Hook: how a record's cells look beyond their text (colour, tooltip)."""

    def _choose(self, row: int) -> None:
        if self.records is not None and 0 <= row < len(self.records):
            self.form.load(self.records[row])
        else:
            self.form.load(None)

    def _form_edited(self) -> None:
        row = self.list.currentRow()
        if self.records is not None and 0 <= row < len(self.records):
            self.list.set_record_row(row, self.cells(self.records[row]))
            self._restyle(row, self.records[row])
        self.edited.emit()

    def add(self) -> dict[str, Any] | None:
        if self.records is None:
            return None
        defaults = self.context.defaults_for(self.key, self.records)
        record = new_record(self.key, **defaults)
        self.records.append(record)
        self._fill()
        self.list.setCurrentRow(len(self.records) - 1)
        self.edited.emit()
        return record

    def _add_item(self, record: dict[str, Any]) -> None:
        """Show a record just appended to :attr:`records`."""
        self._fill()

    def remove(self) -> None:
        row = self.list.currentRow()
        if self.records is None or not 0 <= row < len(self.records):
            return
        del self.records[row]
        self.list.blockSignals(True)
        self._fill()
        self.list.setCurrentRow(min(row, len(self.records) - 1))
        self.list.blockSignals(False)
        self._choose(self.list.currentRow())
        self.edited.emit()

    def show_problems(self) -> None:
        """Mark the records with a problem; show the first of them if the one shown has none."""
        for index, record in enumerate(self.records or []):
            self._restyle(index, record)
        row = self.list.currentRow()
        shown = self.records[row] if self.records and 0 <= row < len(self.records) else None
        if shown is None or not self.context.problems_within(shown.get("id", "")):
            first = next(
                (
                    i
                    for i, r in enumerate(self.records or [])
                    if self.context.problems_within(r.get("id", ""))
                ),
                None,
            )
            if first is not None:
                self.list.setCurrentRow(first)
        self.form.show_problems()

    def select(self, record_id: str) -> bool:
        """Show the record with this id, if it is in this list."""
        for row, record in enumerate(self.records or []):
            if record.get("id") == record_id:
                self.list.setCurrentRow(row)
                return True
        return False


class EditorContext:
    """What every form of one editor shares: the team to choose from, defaults."""

    def __init__(
        self,
        team: list[TeamMemberChoice],
        lists: dict[str, Callable[[str, EditorContext], RecordList]] | None = None,
    ) -> None:
        self.team = team
        self.case: dict[str, Any] | None = None  # the draft being edited
        self.lists = lists or {}  # lists of some kinds of record that do more
        # Called when a part changed the case elsewhere than in its own records (a hearing's
        # outcome adds a deadline): the editor shows the whole case again.
        self.case_changed: Callable[[], None] = lambda: None
        # Scans attached since the case was opened, by SHA-256: stored when it is saved.
        self.scans: dict[str, Scan] = {}
        # Says what went wrong (a refused file) without blocking the window.
        self.show_error: Callable[[str], object] = lambda _message: None
        # Runs work off the window's thread: (work, on success, on failure).
        self.run: Callable[
            [Callable[[], Any], Callable[[Any], object], Callable[[BaseException], None]],
            object,
        ] = lambda work, done, _failed: done(work())
        self.local_zone = user_zone()
        self.me: str | None = None  # the team member signed in, if any
        self.forums: list[str] = []  # every forum the team's proceedings name (read later)
        # A file kept in the database, read by its SHA-256 (the editor reads it from there).
        self.stored_file: Callable[[str], Scan | None] = lambda _sha256: None
        # The problems the last save found, by (record id, field), and for each the ids of
        # the records it is in (the case, a proceeding, its hearing): marked until mended.
        self.problems: dict[tuple[str, str], str] = {}
        self.problem_owners: dict[tuple[str, str], tuple[str, ...]] = {}

    def problems_within(self, record_id: str) -> list[str]:
        """The problems of a record and of the records below it."""
        return [
            message
            for key, message in self.problems.items()
            if record_id in self.problem_owners.get(key, (key[0],))
        ]

    def file(self, sha256: str, shown: Callable[[Scan], object]) -> None:
        """The file with this SHA-256, attached since the case was opened or kept before,
        handed to ``shown`` (read in the background when it has to come from the database)."""
        scan = self.scans.get(sha256)
        if scan is not None:
            shown(scan)
            return

        def read() -> Scan:
            found = self.stored_file(sha256)
            if found is None:
                raise ValidationError("The file is no longer kept in the database.")
            return found

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ValidationError):
                raise exc
            self.show_error(error_text(exc))

        self.run(read, shown, failed)

    def view_file(self, sha256: str, parent: QWidget | None) -> None:
        """Open a file's pages in a viewer window."""
        from guardian_desk.ui.widgets import open_viewer

        self.file(sha256, lambda scan: open_viewer(scan, parent))

    def shown(self, field: FieldSpec, record: dict[str, Any]) -> str:
        """A field's value as a person reads it in a list: a choice by its label, a time in
        the record's own zone (a hearing's forum, named) or else the user's; empty if unset."""
        value = record.get(field.name)
        if value is None or value == "" or value == []:
            return ""
        if field.kind == "choice":
            return choice_label(str(value))
        if field.kind == "datetime":
            return shown_instant(str(value), record.get("time_zone") or None)
        if field.kind == "codes" and isinstance(value, list):
            return ", ".join(choice_label(str(v)) if field.choices else str(v) for v in value)
        if field.kind == "team":
            return next((m.name for m in self.team if m.id == value), str(value))
        if field.kind == "boolean":
            return label_for(field.name) if value else ""
        if field.code and isinstance(value, str):
            return code_name(field.code, value)
        if field.code and isinstance(value, list):
            return ", ".join(code_name(field.code, str(v)) for v in value)
        if field.kind == "record" and field.ref:
            return dict(self.record_choices(field.ref)).get(str(value), "")
        return str(value)

    def team_first(self, field: str, record: dict[str, Any] | None) -> list[str]:
        """The team members a person field offers first: for an interpreter, those who speak
        the hearing's language; for a lawyer, the lawyers; for a guardian, the guardians."""
        wanted = {
            "interpreter_id": "interpreter",
            "lead_lawyer_id": "lawyer",
            "assigned_lawyer_id": "lawyer",
            "caseworker_id": "caseworker",
        }.get(field)
        if field == "team_member_id":
            wanted = "guardian_ad_litem"
        language = (record or {}).get("interpreter_language")
        first = [
            m.id
            for m in self.team
            if (wanted is None or wanted in m.roles)
            and (field != "interpreter_id" or not language or language in m.languages)
        ]
        return first if wanted else []

    def codes_first(self, field: FieldSpec, record: dict[str, Any] | None) -> list[str]:
        """The codes a picker offers first: a hearing's forum's time zones, the child's
        languages for a language, the child's nationalities for a country."""
        case = self.case or {}
        child = case.get("child") or {}
        if field.code == "time_zone" and record is not None:
            return self.zones_for(record)
        if field.code == "language":
            return [*child.get("languages", []), child.get("interpreter_language") or ""]
        if field.code == "country":
            return list(child.get("nationalities", []))
        if field.code == "jurisdiction":
            return sorted(
                {
                    str(p.get("jurisdiction"))
                    for p in case.get("proceedings", [])
                    if p.get("jurisdiction")
                }
            )
        return []

    def zones_for(self, hearing: dict[str, Any]) -> list[str]:
        """The time zones where a hearing can be: its forum's, from the proceeding's
        jurisdiction (and the zones its other hearings used)."""
        for proceeding in (self.case or {}).get("proceedings", []):
            hearings = proceeding.get("hearings") or []
            if any(h is hearing for h in hearings):
                used = [str(h["time_zone"]) for h in hearings if h.get("time_zone")]
                zones = codes.zones_for(str(proceeding.get("jurisdiction") or ""))
                return list(dict.fromkeys([*used, *zones]))
        return []

    def list_for(self, key: str) -> RecordList:
        """The list widget for records of ``key``."""
        return self.lists.get(key, RecordList)(key, self)

    def record_choices(self, kind: str) -> list[tuple[str, str]]:
        """(id, what a person reads) for each record of ``kind`` in the case."""
        case = self.case or {}
        found: list[tuple[str, str]] = []
        if kind == "proceeding":
            for p in case.get("proceedings", []):
                found.append(
                    (
                        p["id"],
                        _join(
                            _choice(p.get("kind")),
                            code_name("jurisdiction", p["jurisdiction"])
                            if p.get("jurisdiction")
                            else None,
                            p.get("reference"),
                        ),
                    )
                )
        elif kind == "hearing":
            for p in case.get("proceedings", []):
                for h in p.get("hearings", []):
                    when = shown_instant(h.get("starts_at"), h.get("time_zone") or None)
                    found.append((h["id"], _join(when, h.get("forum") or p.get("forum_name"))))
        elif kind == "document":
            for d in case.get("documents", []):
                found.append(
                    (
                        d["id"],
                        _join(
                            _choice(d.get("document_type")),
                            code_name("country", d["issuing_country"])
                            if d.get("issuing_country")
                            else None,
                            d.get("number"),
                        ),
                    )
                )
        elif kind == "placement":
            for pl in (case.get("child") or {}).get("placements", []):
                found.append(
                    (
                        pl["id"],
                        _join(
                            _choice(pl.get("kind")),
                            pl.get("provider"),
                            pl.get("started_on"),
                        ),
                    )
                )
        elif kind == "placement_request":
            for r in case.get("placement_requests", []):
                found.append(
                    (
                        r["id"],
                        _join(
                            code_name("country", r["requested_state"])
                            if r.get("requested_state")
                            else None,
                            r.get("planned_placement"),
                            r.get("received_on"),
                        ),
                    )
                )
        elif kind == "family_member":
            for f in case.get("family_members", []):
                found.append(
                    (
                        f["id"],
                        _join(_choice(f.get("relationship_to_child")), f.get("full_name")),
                    )
                )
        return found

    def defaults_for(self, key: str, siblings: list[dict[str, Any]]) -> dict[str, Any]:
        """Values a new record of this kind starts with, beside the records already there."""
        if key == "deadlines":
            return {"source": "manual"}  # a deadline added in the editor is the person's
        if key == "notes":  # written now, by the person signed in
            now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
            return {"written_at": now, "author_id": self.me} if self.me else {"written_at": now}
        if key == "authentication_steps":  # the next step of the chain
            return {"sequence": max((s.get("sequence") or 0 for s in siblings), default=0) + 1}
        if key == "hearings":  # where the forum is: its time zone, when there is only one
            for proceeding in (self.case or {}).get("proceedings", []):
                if proceeding.get("hearings") is not siblings:
                    continue
                used = [h["time_zone"] for h in siblings if h.get("time_zone")]
                zones = codes.zones_for(str(proceeding.get("jurisdiction") or ""))
                zone = used[-1] if used else zones[0] if len(zones) == 1 else None
                found: dict[str, Any] = {
                    "outcome": "scheduled",
                    "forum": proceeding.get("forum_name"),
                }
                if zone:
                    found["time_zone"] = zone
                return {k: v for k, v in found.items() if v}
        return {}


def _choice(value: str | None) -> str | None:
    return choice_label(value) if value else None


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p) or "?"
