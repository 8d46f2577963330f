"""Lists of a case's records (hearings, documents, family members...) with a form for the
chosen one, and the editor's context that every form and list of one case shares.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import ValidationError
from guardian_desk.services import cases
from guardian_desk.services.cases import FieldSpec
from guardian_desk.services.documents import Scan
from guardian_desk.services.records import new_record
from guardian_desk.services.team import TeamMemberChoice
from guardian_desk.ui.records.forms import (
    PROBLEM_COLOUR,
    PROBLEMS_ROLE,
    RecordForm,
    choice_label,
    label_for,
)
from guardian_desk.ui.widgets import shown_instant, user_zone

# The fields a list shows to tell its records apart.
SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "aliases": ("name",),
    "age_assessments": ("assessed_on", "min_age", "max_age"),
    "placements": ("kind", "provider", "started_on"),
    "status_history": ("status", "effective_on"),
    "family_members": ("relationship_to_child", "full_name", "tracing_status"),
    "guardian_appointments": ("guardian_type", "guardian_name", "started_on"),
    "proceedings": ("kind", "jurisdiction", "reference"),
    "decisions": ("decided_on", "outcome"),
    "hearings": ("starts_at", "outcome"),
    "deadlines": ("due_on", "title"),
    "documents": ("document_type", "issuing_country", "number"),
    "files": ("original_filename",),
    "authentication_steps": ("sequence", "kind"),
    "translations": ("source_language", "target_language", "translator_name"),
    "recognitions": ("jurisdiction", "status"),
    "consents": ("purpose", "recipient"),
    "risk_flags": ("indicator", "level", "status"),
    "actions": ("description", "due_on"),
    "notes": ("kind", "written_at"),
}


class RecordList(QWidget):
    """A list of records of one kind, with Add and Remove, and a form for the chosen one."""

    edited = Signal()

    def __init__(self, key: str, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.context = context
        self.records: list[dict[str, Any]] | None = None
        name = cases.RECORD_NAMES.get(key, key)
        self.list = QListWidget()
        self.list.setAccessibleName(name.capitalize() + " list")
        self.list.setObjectName(f"{key}.list")
        self.record_name = name
        self.add_button = QPushButton(self.tr("Add {0}").format(name))
        self.add_button.setObjectName(f"{key}.add")
        self.remove_button = QPushButton(self.tr("Remove {0}").format(name))
        self.remove_button.setObjectName(f"{key}.remove")
        self.form = RecordForm(key, context)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._choose)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.form.edited.connect(self._form_edited)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.add_button.setText(self.tr("Add {0}").format(self.record_name))
            self.remove_button.setText(self.tr("Remove {0}").format(self.record_name))
        super().changeEvent(event)

    def load(self, records: list[dict[str, Any]] | None) -> None:
        self.records = records
        self.list.clear()
        for record in records or []:
            self._add_item(record)
        self.setEnabled(records is not None)
        self.list.setCurrentRow(0 if records else -1)
        self.form.load(records[0] if records else None)
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

    def _add_item(self, record: dict[str, Any]) -> None:
        self.list.addItem(self._summary(record))
        item = self.list.item(self.list.count() - 1)
        self._style_item(item, record)
        self._mark_item(item, record)

    def _mark_item(self, item: QListWidgetItem, record: dict[str, Any]) -> None:
        """A record with a problem, in it or in a record below it, is marked in the list."""
        found = self.context.problems_within(record.get("id", ""))
        item.setData(PROBLEMS_ROLE, found or None)
        if found:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setForeground(QBrush(QColor(PROBLEM_COLOUR)))
            item.setToolTip("\n".join(found))
        elif not item.icon().isNull():
            item.setIcon(QIcon())
            item.setForeground(QBrush())
            item.setToolTip("")
            self._style_item(item, record)

    def _style_item(self, item: QListWidgetItem, record: dict[str, Any]) -> None:
        """Hook: how a record's line looks beyond its text (colour, tooltip)."""

    def _summary(self, record: dict[str, Any]) -> str:
        fields = {f.name: f for f in self.form.spec.fields}
        parts = [
            self.context.shown(fields[name], record)
            for name in SUMMARY_FIELDS.get(self.key, ())
            if name in fields
        ]
        return " · ".join(p for p in parts if p) or self.tr("(new)")

    def _choose(self, row: int) -> None:
        if self.records is not None and 0 <= row < len(self.records):
            self.form.load(self.records[row])
        else:
            self.form.load(None)

    def _form_edited(self) -> None:
        row = self.list.currentRow()
        if self.records is not None and 0 <= row < len(self.records):
            self.list.item(row).setText(self._summary(self.records[row]))
            self._style_item(self.list.item(row), self.records[row])
            self._mark_item(self.list.item(row), self.records[row])
        self.edited.emit()

    def add(self) -> dict[str, Any] | None:
        if self.records is None:
            return None
        defaults = self.context.defaults_for(self.key, self.records)
        record = new_record(self.key, **defaults)
        self.records.append(record)
        self._add_item(record)
        self.list.setCurrentRow(len(self.records) - 1)
        self.edited.emit()
        return record

    def remove(self) -> None:
        row = self.list.currentRow()
        if self.records is None or not 0 <= row < len(self.records):
            return
        del self.records[row]
        self.list.takeItem(row)
        self._choose(self.list.currentRow())
        self.edited.emit()

    def show_problems(self) -> None:
        """Mark the records with a problem; show the first of them if the one shown has none."""
        for row, record in enumerate(self.records or []):
            self._mark_item(self.list.item(row), record)
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
            self.show_error(str(exc))

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
        return str(value)

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
                            p.get("jurisdiction"),
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
                            d.get("issuing_country"),
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
        if key == "authentication_steps":  # the next step of the chain
            return {"sequence": max((s.get("sequence") or 0 for s in siblings), default=0) + 1}
        return {}


def _choice(value: str | None) -> str | None:
    return choice_label(value) if value else None


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p) or "?"
