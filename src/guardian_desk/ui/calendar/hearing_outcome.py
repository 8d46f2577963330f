"""Recording what became of a hearing: held, adjourned (to a new date, or a task to schedule
one), decided (the decision starts the appeal clocks) or vacated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.dates import instant_to_local, local_to_instant
from guardian_desk.domain.enums import DecisionOutcome
from guardian_desk.services import calendar
from guardian_desk.ui.records import EditorContext, RecordList, choice_label
from guardian_desk.ui.widgets import add_calendar, date_hint, datetime_hint


class OutcomeDialog(QDialog):
    """Asks what became of one hearing and what follows from it."""

    OUTCOMES = ("held", "adjourned", "decided", "vacated")

    def __init__(self, hearing: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hearing = hearing
        self.zone = hearing.get("time_zone") or None
        self.setWindowTitle(self.tr("Outcome of the hearing"))
        when = instant_to_local(hearing["starts_at"], self.zone) if hearing.get("starts_at") else ""
        intro = QLabel(self.tr("Hearing of {0} ({1})").format(when, self.zone or "UTC"))
        intro.setWordWrap(True)
        self.choices = QButtonGroup(self)
        names = {
            "held": self.tr("Held"),
            "adjourned": self.tr("Adjourned"),
            "decided": self.tr("Decided"),
            "vacated": self.tr("Vacated (will not take place)"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons_by_outcome: dict[str, QRadioButton] = {}
        for outcome in self.OUTCOMES:
            button = QRadioButton(names[outcome])
            button.setObjectName(f"outcome.{outcome}")
            self.choices.addButton(button)
            self.buttons_by_outcome[outcome] = button
            layout.addWidget(button)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("outcome.reason")
        self.reason.setAccessibleName(self.tr("Why the hearing was adjourned"))
        self.next_start = QLineEdit()
        self.next_start.setObjectName("outcome.next_start")
        self.next_start.setAccessibleName(self.tr("Next hearing, local time at the forum"))
        self.next_start.setPlaceholderText(datetime_hint())
        add_calendar(self.next_start, with_time=True)
        self.no_date = QCheckBox(self.tr("No new date yet: add a task to schedule it"))
        self.no_date.setObjectName("outcome.no_date")
        self.decision = QComboBox()
        self.decision.setObjectName("outcome.decision")
        self.decision.setAccessibleName(self.tr("What was decided"))
        self.decision.addItem(self.tr("— choose —"), None)
        for value in DecisionOutcome:
            self.decision.addItem(choice_label(value.value), value.value)
        self.notified = QLineEdit()
        self.notified.setObjectName("outcome.notified")
        self.notified.setAccessibleName(self.tr("Day the decision was notified"))
        self.notified.setPlaceholderText(
            self.tr("{0}, if given at the hearing").format(date_hint())
        )
        add_calendar(self.notified)
        form.addRow(self.tr("Why adjourned"), self.reason)
        form.addRow(self.tr("Next hearing ({0})").format(self.zone or "UTC"), self.next_start)
        form.addRow("", self.no_date)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Notified on"), self.notified)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("outcome.problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.box)
        self.box.accepted.connect(self._check)
        self.box.rejected.connect(self.reject)
        self.choices.buttonToggled.connect(lambda *_: self._enable())
        self.no_date.toggled.connect(lambda *_: self._enable())
        self.buttons_by_outcome["held"].setChecked(True)
        self._enable()

    @property
    def outcome(self) -> str:
        return next(o for o, b in self.buttons_by_outcome.items() if b.isChecked())

    def _enable(self) -> None:
        adjourned = self.outcome == "adjourned"
        decided = self.outcome == "decided"
        self.reason.setEnabled(adjourned)
        self.no_date.setEnabled(adjourned)
        self.next_start.setEnabled(adjourned and not self.no_date.isChecked())
        self.decision.setEnabled(decided)
        self.notified.setEnabled(decided)
        self.problem.clear()

    def values(self) -> dict[str, Any]:
        """What to record, for :func:`guardian_desk.services.calendar.record_outcome`."""
        found: dict[str, Any] = {"outcome": self.outcome}
        if self.outcome == "adjourned":
            found["reason"] = self.reason.text().strip()
            if not self.no_date.isChecked():
                found["next_starts_at"] = local_to_instant(self.next_start.text(), self.zone)
        if self.outcome == "decided":
            found["decision_outcome"] = self.decision.currentData()
            found["notified_on"] = self.notified.text().strip() or None
        return found

    def _check(self) -> None:
        values = self.values()
        problem = ""
        if self.outcome == "adjourned" and not values["reason"]:
            problem = self.tr("Say why the hearing was adjourned.")
        elif (
            self.outcome == "adjourned"
            and not self.no_date.isChecked()
            and not values.get("next_starts_at")
        ):
            problem = self.tr(
                "Give the next hearing's date and time as {0}, or tick 'No new date yet'."
            ).format(datetime_hint())
        elif self.outcome == "decided" and not values["decision_outcome"]:
            problem = self.tr("Choose what was decided.")
        elif (
            self.outcome == "decided"
            and values["notified_on"]
            and not _is_day(values["notified_on"])
        ):
            problem = self.tr("Give the day the decision was notified as {0}.").format(date_hint())
        if problem:
            self.problem.setText(problem)
            return
        self.accept()


def _is_day(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


class HearingList(RecordList):
    """A proceeding's hearings, with "Record outcome…" for the chosen one."""

    def __init__(self, key: str, context: EditorContext) -> None:
        super().__init__(key, context)
        self.outcome_button = QPushButton(self.tr("Record outcome…"))
        self.outcome_button.setObjectName("hearings.outcome")
        self.button_row.insertWidget(2, self.outcome_button)
        self.outcome_button.clicked.connect(self.ask_outcome)
        self.dialog: OutcomeDialog | None = None

    def _choose(self, row: int) -> None:
        super()._choose(row)
        record = self.form.record
        self.outcome_button.setEnabled(
            record is not None and record.get("outcome", "scheduled") == "scheduled"
        )

    def ask_outcome(self) -> OutcomeDialog | None:
        record = self.form.record
        if record is None or not record.get("starts_at"):
            return None
        dialog = OutcomeDialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._record(record["id"], dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _record(self, hearing_id: str, values: dict[str, Any]) -> None:
        case = self.context.case
        if case is None:
            return
        calendar.record_outcome(case, hearing_id, **values)
        self.context.case_changed()
