"""The Audit page: the audit log as its reader sees it — newest first, filtered by person,
case, action and period, its chain checked, and the chosen entries exported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import audit, cases
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.refresh import ReloadWhenShown
from guardian_desk.ui.widgets import PROBLEM_COLOUR, shown_instant

NO_DAY = QDate(2000, 1, 1)  # a date field at its lowest means "any day"

# What each action the log records is called on the page (the log keeps the English words).
ACTION_NAMES = {
    "case opened": QT_TRANSLATE_NOOP("AuditPage", "case opened"),
    "case created": QT_TRANSLATE_NOOP("AuditPage", "case created"),
    "case changed": QT_TRANSLATE_NOOP("AuditPage", "case changed"),
    "cases imported": QT_TRANSLATE_NOOP("AuditPage", "cases imported"),
    "cases exported": QT_TRANSLATE_NOOP("AuditPage", "cases exported"),
    "demo cases added": QT_TRANSLATE_NOOP("AuditPage", "demo cases added"),
    "filing made": QT_TRANSLATE_NOOP("AuditPage", "filing made"),
    "packet made": QT_TRANSLATE_NOOP("AuditPage", "packet made"),
    "audit exported": QT_TRANSLATE_NOOP("AuditPage", "audit exported"),
    "organisation changed": QT_TRANSLATE_NOOP("AuditPage", "organisation changed"),
    "organisation keys replaced": QT_TRANSLATE_NOOP("AuditPage", "organisation keys replaced"),
    "partner card added": QT_TRANSLATE_NOOP("AuditPage", "partner card added"),
    "partner card unchanged": QT_TRANSLATE_NOOP("AuditPage", "partner card unchanged"),
    "partner card keys replaced": QT_TRANSLATE_NOOP("AuditPage", "partner card keys replaced"),
    "partner card keys waiting": QT_TRANSLATE_NOOP("AuditPage", "partner card keys waiting"),
    "partner card pinned again": QT_TRANSLATE_NOOP("AuditPage", "partner card pinned again"),
    "partner confirmed": QT_TRANSLATE_NOOP("AuditPage", "partner confirmed"),
    "partner confirmation refused": QT_TRANSLATE_NOOP("AuditPage", "partner confirmation refused"),
    "partner revoked": QT_TRANSLATE_NOOP("AuditPage", "partner revoked"),
    "case referred": QT_TRANSLATE_NOOP("AuditPage", "case referred"),
    "consent overridden": QT_TRANSLATE_NOOP("AuditPage", "consent overridden"),
    "bundle refused": QT_TRANSLATE_NOOP("AuditPage", "bundle refused"),
    "case received": QT_TRANSLATE_NOOP("AuditPage", "case received"),
    "case merged from a referral": QT_TRANSLATE_NOOP("AuditPage", "case merged from a referral"),
    "referral refused": QT_TRANSLATE_NOOP("AuditPage", "referral refused"),
    "receipt sent": QT_TRANSLATE_NOOP("AuditPage", "receipt sent"),
    "referral moved": QT_TRANSLATE_NOOP("AuditPage", "referral moved"),
    "referral answer days changed": QT_TRANSLATE_NOOP("AuditPage", "referral answer days changed"),
    "report made": QT_TRANSLATE_NOOP("AuditPage", "report made"),
    "report exported": QT_TRANSLATE_NOOP("AuditPage", "report exported"),
}


def action_name(action: str) -> str:
    """An action as the page shows it, in the window's language where it is known."""
    known = ACTION_NAMES.get(action)
    return QCoreApplication.translate("AuditPage", known) if known else action


@dataclass(frozen=True)
class _Found:
    entries: list[audit.Entry]
    people: list[str]
    actions: list[str]


class AuditPage(QWidget):
    """The audit log.

    Signals:
        open_case(str): a row of a case was double-clicked: open it.
        loaded(int): the entries shown, after each reading.
        verified(str): the chain was checked: what was found, in words.
    """

    open_case = Signal(str)
    loaded = Signal(int)
    verified = Signal(str)
    SHOWN = 500

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ops = ops
        self.entries: list[audit.Entry] = []
        heading = QLabel(self.tr("<b>Audit log</b>"))
        explain = QLabel(
            self.tr(
                "Every case opened, every change to a case, every import, export, filing and "
                "packet, with who did it and when. Each entry is chained to the one before: "
                "Verify finds any that was changed or removed."
            )
        )
        explain.setWordWrap(True)
        self.person = QComboBox()
        self.person.setObjectName("audit.person")
        self.person.setAccessibleName(self.tr("Only the entries of this person"))
        self.action = QComboBox()
        self.action.setObjectName("audit.action")
        self.action.setAccessibleName(self.tr("Only the entries of this action"))
        self.case = QLineEdit()
        self.case.setObjectName("audit.case")
        self.case.setPlaceholderText(self.tr("Case reference"))
        self.case.setAccessibleName(self.tr("Only the entries about this case"))
        self.first, self.last = self._day_field("audit.from"), self._day_field("audit.to")
        filters = QFormLayout()
        filters.addRow(self.tr("&Person"), self.person)
        filters.addRow(self.tr("A&ction"), self.action)
        filters.addRow(self.tr("C&ase"), self.case)
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.last)
        period.addStretch()
        period_label = QLabel(self.tr("Per&iod"))
        period_label.setBuddy(self.first)  # a row of two fields: its label names the first
        filters.addRow(period_label, period)
        self.search_button = QPushButton(self.tr("&Show"))
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.export_button = QPushButton(self.tr("&Export…"))
        buttons = QHBoxLayout()
        for button in (self.search_button, self.verify_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.result = QLabel()
        self.result.setObjectName("audit.result")
        self.result.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit.table")
        self.table.setAccessibleName(self.tr("Audit log entries, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Case"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        for part in (heading, explain):
            layout.addWidget(part)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search_button.clicked.connect(self.reload)
        self.case.returnPressed.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(lambda: self.export())
        self.table.cellDoubleClicked.connect(self._open_row)
        self.freshness = ReloadWhenShown(self, ops, self.reload)

    def _day_field(self, name: str) -> QDateEdit:
        field = QDateEdit()
        field.setObjectName(name)
        field.setCalendarPopup(True)
        field.setMinimumDate(NO_DAY)
        field.setSpecialValueText(self.tr("any day"))
        field.setDate(NO_DAY)
        field.setDisplayFormat("yyyy-MM-dd")
        return field

    @staticmethod
    def _day(field: QDateEdit) -> date | None:
        chosen = field.date()
        return None if chosen == NO_DAY else date(chosen.year(), chosen.month(), chosen.day())

    def chosen(self) -> tuple[audit.AuditFilter, str]:
        """The filter as set, and the case reference typed (to be found)."""
        return (
            audit.AuditFilter(
                actor=self.person.currentData() or None,
                action=self.action.currentData() or None,
                first_day=self._day(self.first),
                last_day=self._day(self.last),
                limit=self.SHOWN,
            ),
            self.case.text().strip(),
        )

    def reload(self) -> None:
        db, (chosen, reference) = self.db, self.chosen()

        def work(_task: object) -> _Found:
            if reference:
                case_id = cases.case_id_of(db, reference)
                if case_id is None:
                    raise GuardianDeskError(f"There is no case {reference}.")
                chosen_case = audit.AuditFilter(**{**chosen.__dict__, "case_id": case_id})
            else:
                chosen_case = chosen
            return _Found(audit.entries(db, chosen_case), audit.people(db), audit.actions(db))

        self.ops.read(work, self._show, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._say(str(exc) if isinstance(exc, GuardianDeskError) else self.tr("Not read."), True)
        self.table.setRowCount(0)
        self.loaded.emit(0)

    def _show(self, found: _Found) -> None:
        self._fill(self.person, [(p, p) for p in found.people], self.tr("Everyone"))
        actions = [(action_name(a), a) for a in found.actions]
        self._fill(self.action, actions, self.tr("Every action"))
        self.entries = found.entries
        self.table.setRowCount(len(found.entries))
        for row, entry in enumerate(found.entries):
            cells = [
                str(entry.number),
                shown_instant(entry.at),
                entry.actor,
                action_name(entry.action),
                entry.case_reference or "",
                summary(entry.detail),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        shown = len(found.entries)
        self.count.setText(
            self.tr("The newest %n entries; narrow the filters to see older ones.", "", shown)
            if shown >= self.SHOWN
            else self.tr("Entries: %n.", "", shown)
        )
        self.loaded.emit(shown)

    @staticmethod
    def _fill(box: QComboBox, values: list[tuple[str, str]], everyone: str) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everyone, "")
        for shown, value in values:
            box.addItem(shown, value)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def _say(self, text: str, problem: bool = False) -> None:
        self.result.setStyleSheet(f"color: {PROBLEM_COLOUR};" if problem else "")
        self.result.setText(text)

    def verify(self) -> None:
        db = self.db

        def done(checked: audit.Verified) -> None:
            broken = checked.broken
            if broken is None:
                text = self.tr(
                    "The chain is whole. Entries: %n, each chained to the one before.",
                    "",
                    checked.entries,
                )
            else:
                text = self.tr(
                    "The log was tampered with: entry {0} was changed, removed or moved; the "
                    "{1} entries before it are whole."
                ).format(broken.entry_id, broken.position - 1)
            self._say(text, broken is not None)
            self.verified.emit(text)

        label = self.tr("Verifying the audit log…")
        self.ops.read(lambda _task: audit.verify(db), done, label=label)

    def export(self, path: Path | None = None) -> Any:
        """The entries as filtered, as a CSV file: a clear copy, said to be one."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit log"),
                "audit-log.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        db, (chosen, _reference) = self.db, self.chosen()
        target = path

        def done(count: int) -> None:
            self._say(
                self.tr(
                    "Entries written to {0}: %n. It is a clear copy that names cases: keep it "
                    "safe and delete it when it is no longer needed.",
                    "",
                    count,
                ).format(target.name)
            )

        return self.ops.write(
            lambda _task: audit.write_csv(db, target, chosen),
            done,
            changes={"audit"},
            label=self.tr("Exporting the audit log…"),
        )

    def _open_row(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.entries) and self.entries[row].case_id:
            self.open_case.emit(self.entries[row].case_id)


# What the details of an entry are called (other keys are shown as recorded).
DETAIL_NAMES = {
    "what": QT_TRANSLATE_NOOP("Audit", "what"),
    "action": QT_TRANSLATE_NOOP("Audit", "action"),
    "entries": QT_TRANSLATE_NOOP("Audit", "entries"),
    "sections": QT_TRANSLATE_NOOP("Audit", "sections"),
    "form": QT_TRANSLATE_NOOP("Audit", "form"),
    "format": QT_TRANSLATE_NOOP("Audit", "format"),
    "cases": QT_TRANSLATE_NOOP("Audit", "cases"),
    "seed": QT_TRANSLATE_NOOP("Audit", "seed"),
    "references": QT_TRANSLATE_NOOP("Audit", "references"),
    "user": QT_TRANSLATE_NOOP("Audit", "user"),
    "role": QT_TRANSLATE_NOOP("Audit", "role"),
    "reason": QT_TRANSLATE_NOOP("Audit", "reason"),
    "how": QT_TRANSLATE_NOOP("Audit", "how"),
    "failed before": QT_TRANSLATE_NOOP("Audit", "failed before"),
    "at": QT_TRANSLATE_NOOP("Audit", "at"),
    "report": QT_TRANSLATE_NOOP("Audit", "report"),
    "from": QT_TRANSLATE_NOOP("Audit", "from"),
    "to": QT_TRANSLATE_NOOP("Audit", "to"),
    "filters": QT_TRANSLATE_NOOP("Audit", "filters"),
}


def summary(detail: dict[str, Any]) -> str:
    """An entry's detail in one line: what changed (old → new), what was added or removed,
    how many cases."""
    parts: list[str] = []
    for field, change in (detail.get("changed") or {}).items():
        values = change.get("old→new") if isinstance(change, dict) else None
        if values and len(values) == 2:
            old, new = ("—" if v in (None, "") else str(v) for v in values)
            parts.append(f"{field}: {old} → {new}")
        else:
            parts.append(field)
    for key in ("added", "removed"):
        for what, count in (detail.get(key) or {}).items():
            parts.append(f"{'+' if key == 'added' else '−'}{count} {what}")
    for key, value in detail.items():
        if key not in ("changed", "added", "removed"):
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            name = DETAIL_NAMES.get(key)
            parts.append(f"{QCoreApplication.translate('Audit', name) if name else key}: {shown}")
    return "; ".join(parts)
