"""Receive a bundle from a partner: every check first (a bad bundle gets its one sentence),
then the review — the incoming child beside the cases here that may be the same child, or,
for a case already here, each difference old beside new — and the person's choice: take it
in as new, merge it field by field, or refuse it. Nothing is written before that choice. Then
the receipt for the sender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.services import cases, transfer
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import error_text
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.records import choice_label, label_for, record_label
from guardian_desk.ui.widgets import PROBLEM_COLOUR, code_name

# The facts of a child compared side by side with a candidate.
COMPARED = (
    "given_names",
    "family_name",
    "given_names_native",
    "family_name_native",
    "sex",
    "dob_year",
    "dob_month",
    "dob_day",
    "nationalities",
    "languages",
    "birth_place",
)


_CODES = {"nationalities": "country", "languages": "language"}


def _shown(value: Any, field: str | None = None) -> str:
    """A value as a person reads it: closed lists by their names, countries and languages by
    theirs, a whole record by what names it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        kind = _CODES.get(field or "")
        return ", ".join(code_name(kind, str(v)) if kind else str(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dict):  # a whole record
        for key in ("full_name", "name", "title", "number", "purpose", "kind", "document_type"):
            if value.get(key):
                return (
                    str(value[key])
                    if key in ("full_name", "name", "title", "number")
                    else (choice_label(str(value[key])))
                )
        return "…"
    if isinstance(value, str) and field in _CHOICES:
        return choice_label(value)
    return str(value)


# Fields whose values are of a closed list (said by their names).
_CHOICES = {"sex", "dob_certainty", "status", "kind", "purpose", "document_type", "outcome"}


def open_receive(db: Database, ops: Ops, parent: QWidget, path: Path) -> None:
    """Check the bundle in the background; then the review, or the answer to a receipt, or
    the one sentence that says why it is refused."""

    def opened(arrival: transfer.Arrival) -> None:
        if arrival.kind == "receipt":
            ops.write(
                lambda _task: transfer.take_receipt(db, arrival),
                lambda state: ops.show_information(
                    parent.tr("Receipt from %1: the referral is now %2.")
                    .replace("%1", arrival.partner.name)
                    .replace("%2", choice_label(state))
                ),
                changes={"transfer", "cases"},
                on_failure=lambda error: _say(ops, error),
            )
            return
        dialog = ReceiveDialog(db, ops, arrival, parent)
        dialog.setObjectName("receiveDialog")
        dialog.open()
        parent.receive_dialog = dialog  # type: ignore[attr-defined]

    # Refusals are written in the audit log: this is a write.
    ops.write(
        lambda _task: transfer.open_bundle(db, path),
        opened,
        changes={"audit"},
        on_failure=lambda error: _say(ops, error),
    )


def _say(ops: Ops, error: BaseException) -> None:
    ops.show_error(error_text(error))


class ReceiveDialog(QDialog):
    """The review of a referral that arrived.

    Signals:
        taken(str): the choice was written ("new", "merge" or "refuse").
    """

    taken = Signal(str)

    def __init__(
        self, db: Database, ops: Ops, arrival: transfer.Arrival, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.ops, self.arrival = db, ops, arrival
        self.outcome: transfer.Outcome | None = None
        self.differences: list[transfer.Difference] = []
        self.setWindowTitle(self.tr("A case from %1").replace("%1", arrival.partner.name))
        child = (arrival.case or {}).get("child") or {}
        sections = ", ".join(choice_label(s) for s in arrival.sections)
        purpose = choice_label(arrival.purpose.value) if arrival.purpose else ""
        heading = QLabel(
            self.tr("<b>%1</b> sends %2 for %3.<br>Sections: %4")
            .replace("%1", arrival.partner.name)
            .replace(
                "%2", " ".join(p for p in (child.get("given_names"), child.get("family_name")) if p)
            )
            .replace("%3", purpose)
            .replace("%4", sections)
        )
        heading.setObjectName("receive.heading")
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if arrival.override_reason:
            warning = QLabel(
                self.tr("Sent WITHOUT consent, for this reason: %1").replace(
                    "%1", arrival.override_reason
                )
            )
            warning.setObjectName("receive.override")
            warning.setWordWrap(True)
            warning.setStyleSheet(f"color: {PROBLEM_COLOUR};")
            layout.addWidget(warning)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        # Page 1: the cases here that may be the same child
        self.candidates = QListWidget()
        self.candidates.setObjectName("receive.candidates")
        self.candidates.setAccessibleName(self.tr("Cases here that may be the same child"))
        self.candidates.setWordWrap(True)
        for candidate in arrival.candidates:
            item = QListWidgetItem(
                f"{candidate.reference} — {round(candidate.score)}\n" + "\n".join(candidate.reasons)
            )
            item.setData(Qt.ItemDataRole.UserRole, candidate.case_id)
            self.candidates.addItem(item)
        self.candidates.currentRowChanged.connect(self._compare)
        self.side_by_side = QTableWidget(len(COMPARED), 2)
        self.side_by_side.setObjectName("receive.sideBySide")
        self.side_by_side.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.side_by_side.setVerticalHeaderLabels([label_for(f) for f in COMPARED])
        self.side_by_side.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, field in enumerate(COMPARED):
            self.side_by_side.setItem(row, 0, QTableWidgetItem(_shown(child.get(field), field)))
        self.side_by_side.setHorizontalHeaderLabels([self.tr("Arriving"), self.tr("Here")])
        found_text = (
            self.tr("Cases here that may be the same child:")
            if arrival.candidates
            else self.tr("No case here looks like the same child.")
        )
        if arrival.hidden_candidates:
            found_text += " " + self.tr(
                "%n alike case(s) are outside the cases your role opens: ask a supervisor to "
                "review this bundle.",
                "",
                arrival.hidden_candidates,
            )
        found = QLabel(found_text)
        found.setWordWrap(True)
        self.as_new = QPushButton(self.tr("Take it in as a new case"))
        self.as_new.setObjectName("receive.asNew")
        self.as_new.clicked.connect(lambda: self.take("new"))
        self.merge = QPushButton(self.tr("Merge into the chosen case…"))
        self.merge.setObjectName("receive.merge")
        self.merge.setEnabled(False)
        self.merge.clicked.connect(self._review_merge)
        match_page = QWidget()
        match_layout = QVBoxLayout(match_page)
        match_layout.addWidget(found)
        beside = QHBoxLayout()
        beside.addWidget(self.candidates, 1)
        beside.addWidget(self.side_by_side, 2)
        match_layout.addLayout(beside, 1)
        choices = QHBoxLayout()
        choices.addWidget(self.as_new)
        choices.addWidget(self.merge)
        choices.addStretch()
        match_layout.addLayout(choices)
        self.pages.addWidget(match_page)

        # Page 2: the differences, each taken or kept
        self.diff_heading = QLabel()
        self.diff_heading.setWordWrap(True)
        self.diff_table = QTableWidget(0, 3)
        self.diff_table.setObjectName("receive.differences")
        self.diff_table.setAccessibleName(self.tr("Differences: tick those to take"))
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff_table.verticalHeader().hide()
        self.diff_table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Here now"), self.tr("Arriving (tick to take)")]
        )
        self.take_button = QPushButton(self.tr("Take the ticked changes"))
        self.take_button.setObjectName("receive.takeChanges")
        self.take_button.clicked.connect(lambda: self.take("merge"))
        diff_page = QWidget()
        diff_layout = QVBoxLayout(diff_page)
        diff_layout.addWidget(self.diff_heading)
        diff_layout.addWidget(self.diff_table, 1)
        diff_buttons = QHBoxLayout()
        diff_buttons.addWidget(self.take_button)
        diff_buttons.addStretch()
        diff_layout.addLayout(diff_buttons)
        self.pages.addWidget(diff_page)

        # Page 3: done; the receipt
        self.done_label = QLabel()
        self.done_label.setObjectName("receive.done")
        self.done_label.setWordWrap(True)
        self.receipt = QPushButton(self.tr("Save the receipt for the sender…"))
        self.receipt.setObjectName("receive.receipt")
        self.receipt.clicked.connect(self._ask_receipt_path)
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_label)
        done_layout.addWidget(self.receipt)
        done_layout.addStretch()
        self.pages.addWidget(done_page)

        self.problem = QLabel()
        self.problem.setObjectName("receive.problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refuse = self.buttons.addButton(
            self.tr("Refuse it"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.refuse.setObjectName("receive.refuse")
        self.refuse.clicked.connect(lambda: self.take("refuse"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(980, 620)
        if arrival.stored_case_id:  # an update of a case already here
            self._show_differences(arrival.stored_case_id)
        elif arrival.candidates:
            self.candidates.setCurrentRow(0)

    # --- the review ----------------------------------------------------------------------------

    def _compare(self, row: int) -> None:
        self.merge.setEnabled(row >= 0)
        if row < 0:
            return
        case_id = self.arrival.candidates[row].case_id
        db = self.db
        self.ops.read(
            lambda _task: cases.open_case(db, case_id).case.get("child") or {},
            self._show_candidate,
            on_failure=self._failed,
        )

    def _show_candidate(self, child: dict[str, Any]) -> None:
        incoming = (self.arrival.case or {}).get("child") or {}
        for row, field in enumerate(COMPARED):
            item = QTableWidgetItem(_shown(child.get(field), field))
            if child.get(field) != incoming.get(field):
                item.setForeground(Qt.GlobalColor.darkRed)
            self.side_by_side.setItem(row, 1, item)

    def _review_merge(self) -> None:
        item = self.candidates.currentItem()
        if item is not None:
            self._show_differences(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_differences(self, into: str) -> None:
        self.into = into
        db, arrival = self.db, self.arrival
        self.ops.read(
            lambda _task: transfer.differences(db, arrival, into),
            self._fill_differences,
            on_failure=self._failed,
        )

    def _fill_differences(self, found: list[transfer.Difference]) -> None:
        self.differences = found
        self.diff_heading.setText(
            self.tr(
                "%n difference(s) between the case here and the one arriving. Tick what to "
                "take; what is not ticked stays as it is here. Records only the case here has "
                "are kept.",
                "",
                len(found),
            )
        )
        self.diff_table.setRowCount(len(found))
        for row, difference in enumerate(found):
            what = record_label(difference.part)
            if difference.field is not None:
                what += " — " + label_for(difference.field)
            else:
                what += " — " + self.tr("new record")
            self.diff_table.setItem(row, 0, QTableWidgetItem(what))
            old = _shown(difference.old, difference.field)
            self.diff_table.setItem(row, 1, QTableWidgetItem(old))
            new = QTableWidgetItem(_shown(difference.new, difference.field))
            new.setFlags(new.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            new.setCheckState(Qt.CheckState.Checked)
            new.setData(Qt.ItemDataRole.UserRole, difference.key)
            self.diff_table.setItem(row, 2, new)
        self.pages.setCurrentIndex(1)

    def accepted_keys(self) -> list[str]:
        items = [self.diff_table.item(row, 2) for row in range(self.diff_table.rowCount())]
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    # --- the choice ----------------------------------------------------------------------------

    def take(self, choice: str) -> None:
        db, arrival = self.db, self.arrival
        into = getattr(self, "into", None) if choice == "merge" else None
        accepted = self.accepted_keys() if choice == "merge" else None

        def work(_task: object) -> transfer.Outcome:
            return transfer.take_in(db, arrival, choice, into=into, accepted=accepted)  # type: ignore[arg-type]

        for button in (self.as_new, self.merge, self.take_button, self.refuse):
            button.setEnabled(False)
        self.ops.write(work, self._taken, changes={"cases", "transfer"}, on_failure=self._failed)

    def _taken(self, outcome: transfer.Outcome) -> None:
        self.outcome = outcome
        said = {
            "new": self.tr("The case was taken in as a new case."),
            "merge": self.tr("Merged: %1 change(s) taken, %2 kept as they were here.")
            .replace("%1", str(outcome.accepted))
            .replace("%2", str(outcome.kept)),
            "refuse": self.tr("Refused: nothing of the case was written."),
        }[outcome.choice]
        self.done_label.setText(
            said
            + " "
            + self.tr("Send the receipt so that %1 knows.").replace("%1", self.arrival.partner.name)
        )
        self.refuse.hide()
        self.problem.hide()
        self.pages.setCurrentIndex(2)
        self.taken.emit(outcome.choice)

    def _ask_receipt_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to write the receipt"),
            "receipt.gdbundle",
            self.tr("Guardian Desk bundles (*.gdbundle)"),
        )
        if path:
            self.write_receipt(Path(path))

    def write_receipt(self, path: Path) -> None:
        if self.outcome is None or self.outcome.referral_id is None:
            return
        db, referral_id = self.db, self.outcome.referral_id
        self.ops.write(
            lambda _task: transfer.make_receipt(db, referral_id, path),
            lambda _size: self.done_label.setText(
                self.tr("The receipt is written: send it to %1.").replace(
                    "%1", self.arrival.partner.name
                )
            ),
            changes={"audit"},
            on_failure=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.problem.setText(error_text(error))
        self.problem.show()
        for button in (self.as_new, self.take_button, self.refuse):
            button.setEnabled(True)
        self.merge.setEnabled(self.candidates.currentRow() >= 0)
