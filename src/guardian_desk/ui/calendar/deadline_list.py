"""The case's deadlines: the rules' (with the law they apply and how they were counted) and
those set by hand, each marked done or waived with a reason, overdue ones in red."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from guardian_desk.domain.enums import DeadlineSource, DeadlineStatus
from guardian_desk.services.calendar import texts_of, to_confirm
from guardian_desk.ui.i18n import rule_text, translated
from guardian_desk.ui.records import EditorContext, RecordList
from guardian_desk.ui.widgets import set_editable

OVERDUE = QColor("#b3261e")
SETTLED = QColor("#6b6b6b")

# What a rule decides: shown, not edited (the next save would compute them again).
RULE_FIELDS = (
    "proceeding_id",
    "hearing_id",
    "document_id",
    "placement_id",
    "placement_request_id",
    "title",
    "task",
    "due_on",
    "due_latest_on",
    "source",
    "rule_id",
    "citation",
    "explanation",
    "assumption",
)
# Shown, never typed: what the rules computed or assumed.
READ_ONLY = ("rule_id", "citation", "explanation", "assumption")


class DeadlineList(RecordList):
    """Deadlines of one case; a rule's deadline can be marked done or waived, not edited."""

    def __init__(self, key: str, context: EditorContext) -> None:
        super().__init__(key, context)
        self.today = date.today()
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("deadlines.done")
        self.waive_button = QPushButton(self.tr("Waive…"))
        self.waive_button.setObjectName("deadlines.waive")
        self.waive_button.setToolTip(self.tr("Waive it and say why"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("deadlines.reopen")
        row = QHBoxLayout()
        for button in (self.done_button, self.waive_button, self.reopen_button):
            row.addWidget(button)
        row.addStretch()
        form_layout = self.form.layout()
        assert isinstance(form_layout, QVBoxLayout)
        form_layout.insertLayout(0, row)
        self.done_button.clicked.connect(self.mark_done)
        self.waive_button.clicked.connect(self.waive)
        self.reopen_button.clicked.connect(self.reopen)
        self._texts()

    def _texts(self) -> None:
        super()._texts()
        self.add_button.setText(self.tr("Add a deadline by hand"))

    # --- how each line reads -------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("What"), self.tr("State"), self.tr("From")]

    def cells(self, record: dict[str, Any]) -> list[tuple[str, Any]]:
        due = record.get("due_on") or "?"
        if record.get("due_latest_on"):
            due = self.tr("{0} to {1}").format(due, record["due_latest_on"])
        state = record.get("status") or DeadlineStatus.OPEN.value
        if self._overdue(record):
            state = self.tr("OVERDUE")
        elif state == DeadlineStatus.DONE:
            state = self.tr("done")
        elif state == DeadlineStatus.WAIVED:
            state = self.tr("waived")
        else:
            state = self.tr("open")
        if record.get("assumption"):  # counted on an assumption: a fact is not recorded
            state = self.tr("{0} · assumed").format(state)
        title = rule_text(record.get("title")) or self.tr("(new deadline)")
        if record.get("source") == DeadlineSource.RULE and to_confirm(record.get("rule_id")):
            title = self.tr("{0} [to confirm]").format(title)
        origin = str(
            record.get("citation") or record.get("rule_id") or ""
            if record.get("source") == DeadlineSource.RULE
            else self._source_name(record.get("source"))
        )  # a rule's deadline by the law it follows, not the rule's code
        return [
            (due, record.get("due_on")),
            (title, title),
            (state, state),
            (origin, origin),
        ]

    def _source_name(self, source: str | None) -> str:
        if source == DeadlineSource.COURT_ORDER:
            return self.tr("court order")
        return self.tr("set by hand")

    def _overdue(self, record: dict[str, Any]) -> bool:
        due = record.get("due_on")
        return (
            record.get("status", DeadlineStatus.OPEN) == DeadlineStatus.OPEN
            and isinstance(due, str)
            and due < self.today.isoformat()
        )

    def _style_item(self, item: QTableWidgetItem, record: dict[str, Any]) -> None:
        if self._overdue(record):
            item.setForeground(QBrush(OVERDUE))
        elif record.get("status", DeadlineStatus.OPEN) != DeadlineStatus.OPEN:
            item.setForeground(QBrush(SETTLED))
        else:
            item.setForeground(QBrush())
        tip = [t for t in (record.get("assumption"), record.get("citation")) if t]
        item.setToolTip("\n\n".join(tip))

    # --- the chosen deadline ---------------------------------------------------------------

    def _choose(self, row: int) -> None:
        super()._choose(row)
        record = self.form.record
        from_rule = record is not None and record.get("source") == DeadlineSource.RULE
        for name in RULE_FIELDS:
            widget = self.form.widgets.get(name)
            fixed = from_rule or name in READ_ONLY
            if isinstance(widget, QLineEdit):
                set_editable(widget, not fixed)
            elif isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(fixed)
            elif widget is not None:
                widget.setEnabled(not from_rule and name not in ("source",))
        if record is not None and from_rule:
            self._say_in_language(record)
        status = record.get("status") if record else None
        self.done_button.setEnabled(status == DeadlineStatus.OPEN)
        self.waive_button.setEnabled(status == DeadlineStatus.OPEN)
        self.reopen_button.setEnabled(record is not None and status != DeadlineStatus.OPEN)
        self.remove_button.setEnabled(record is not None and not from_rule)

    def _say_in_language(self, record: dict[str, Any]) -> None:
        """A rule's title and how its day was counted, in the window's language: shown, not
        written into the record (it keeps the English the rules give)."""
        title = self.form.widgets.get("title")
        if isinstance(title, QLineEdit) and record.get("title"):
            title.blockSignals(True)
            title.setText(rule_text(record["title"]))
            title.blockSignals(False)
        if self.context.case is None:
            return
        try:
            fresh = texts_of(self.context.case, record)
        except (KeyError, ValueError, TypeError):  # a half-typed case: the stored text stands
            fresh = None
        for name in ("explanation", "assumption"):
            shown = self.form.widgets.get(name)
            said = fresh.get(name) if fresh is not None else None
            if isinstance(shown, QPlainTextEdit) and said and str(said) == record.get(name):
                shown.blockSignals(True)
                shown.setPlainText(translated(said))
                shown.blockSignals(False)

    def _set_status(self, status: DeadlineStatus, **fields: Any) -> None:
        row = self.list.currentRow()
        if self.records is None or not 0 <= row < len(self.records):
            return
        self.records[row].update(status=status.value, **fields)
        self._choose(row)
        self._form_edited()

    def mark_done(self) -> None:
        self._set_status(DeadlineStatus.DONE, completed_on=date.today().isoformat())

    def waive(self) -> None:
        """Waive the deadline; the reason field waits for why (saving asks for it)."""
        self._set_status(DeadlineStatus.WAIVED, completed_on=None)
        reason = self.form.widgets["status_reason"]
        reason.setFocus()

    def reopen(self) -> None:
        self._set_status(DeadlineStatus.OPEN, completed_on=None, status_reason=None)
