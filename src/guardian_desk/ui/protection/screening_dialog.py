"""A screening for trafficking risk, as a caseworker does it with the child: the date, who
asks, the interpreter and the language, each question in the window's language with Yes, No
or Not known and what the answer rests on; the concern the instrument's rule gives, said as
it is answered, with the instrument's own warning; the level raised by the person's
judgement, with why. Saved with the case: the actions the level requires become tasks."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.screening import Answer, Concern, Instrument
from guardian_desk.services import protection
from guardian_desk.ui.i18n import ui_locale
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.widgets import PROBLEM_COLOUR

LEVEL_COLOURS = {Concern.CLEAR: PROBLEM_COLOUR, Concern.POSSIBLE: "#8a5a00", Concern.NONE: ""}


class ScreeningDialog(QDialog):
    """One screening of the case open in ``case`` (its draft).

    Signals:
        recorded(dict): the screening record (with its answers), to add to the case.
    """

    recorded = Signal(dict)

    def __init__(
        self,
        case: dict[str, Any],
        team: list[tuple[str, str]],
        parent: QWidget | None = None,
        instrument_id: str = "gd-child-v1",
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.tool: Instrument = protection.instrument(instrument_id)
        language = ui_locale().split("_")[0]
        self.setWindowTitle(self.tr("Screening for trafficking risk"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("screening.day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.asked_by = QComboBox()
        self.asked_by.setObjectName("screening.askedBy")
        self.interpreter = QComboBox()
        self.interpreter.setObjectName("screening.interpreter")
        self.interpreter.addItem(self.tr("No interpreter"), None)
        for member_id, name in team:
            self.asked_by.addItem(name, member_id)
            self.interpreter.addItem(name, member_id)
        caseworker = case.get("caseworker_id")
        if caseworker:
            self.asked_by.setCurrentIndex(max(self.asked_by.findData(caseworker), 0))
        self.language = QLineEdit()
        self.language.setObjectName("screening.language")
        child = case.get("child") or {}
        self.language.setText(child.get("interpreter_language") or "")
        self.language.setPlaceholderText(self.tr("The child's language (e.g. ti, prs, ar)"))
        form = QFormLayout()
        form.addRow(self.tr("&Screened on"), self.day)
        form.addRow(self.tr("&Asked by"), self.asked_by)
        form.addRow(self.tr("&Interpreter"), self.interpreter)
        form.addRow(self.tr("In the &language"), self.language)

        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        self.evidence: dict[str, QLineEdit] = {}
        for row, indicator in enumerate(self.tool.indicators):
            question = QLabel(indicator.text(language))
            question.setWordWrap(True)
            question.setObjectName(f"screening.q.{indicator.id}")
            group = QButtonGroup(self)
            buttons = QWidget()
            line = QVBoxLayout(buttons)
            line.setContentsMargins(0, 0, 0, 0)
            for answer, text in (
                (Answer.YES, self.tr("Yes")),
                (Answer.NO, self.tr("No")),
                (Answer.UNKNOWN, self.tr("Not known")),
            ):
                button = QRadioButton(text)
                button.setObjectName(f"screening.{indicator.id}.{answer.value}")
                button.setProperty("answer", answer.value)
                group.addButton(button)
                line.addWidget(button)
                if answer == Answer.UNKNOWN:
                    button.setChecked(True)
            group.buttonToggled.connect(self._answered)
            evidence = QLineEdit()
            evidence.setObjectName(f"screening.{indicator.id}.evidence")
            evidence.setPlaceholderText(self.tr("What the answer rests on (optional)"))
            self.groups[indicator.id] = group
            self.evidence[indicator.id] = evidence
            grid.addWidget(question, row * 2, 0)
            grid.addWidget(buttons, row * 2, 1, 2, 1)
            grid.addWidget(evidence, row * 2 + 1, 0)
        grid.setColumnStretch(0, 1)
        questions = QWidget()
        questions.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(questions)

        self.concern = QLabel()
        self.concern.setObjectName("screening.concern")
        self.concern.setWordWrap(True)
        warning = QLabel(self.tr(
            "The concern level comes from this program's rule, not from a validated cut-off: "
            "it screens, it does not decide, and it never says that a child is a victim. "
            "Your judgement may raise it."
        ))  # fmt: skip
        warning.setWordWrap(True)
        self.raise_to = QComboBox()
        self.raise_to.setObjectName("screening.raiseTo")
        self.raise_to.addItem(self.tr("Keep the rule's level"), None)
        for level in (Concern.POSSIBLE, Concern.CLEAR):
            self.raise_to.addItem(choice_label(level.value), level.value)
        self.raise_to.currentIndexChanged.connect(self._answered)
        self.because = QLineEdit()
        self.because.setObjectName("screening.because")
        self.because.setPlaceholderText(self.tr("Why you raise it (required to raise it)"))
        self.because.textChanged.connect(self._answered)
        judgement = QFormLayout()
        judgement.addRow(self.tr("&Raise the level to"), self.raise_to)
        judgement.addRow(self.tr("&Because"), self.because)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.record_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText(self.tr("Record the screening"))
        self.record_button.setObjectName("screening.record")
        self.buttons.accepted.connect(self._record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.concern)
        layout.addWidget(warning)
        layout.addLayout(judgement)
        layout.addWidget(self.buttons)
        self.resize(860, 720)
        self._answered()

    def answers(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for indicator_id, group in self.groups.items():
            checked = group.checkedButton()
            answer = str(checked.property("answer")) if checked else Answer.UNKNOWN.value
            found[indicator_id] = {
                "answer": answer,
                "evidence": self.evidence[indicator_id].text().strip() or None,
            }
        return found

    def level(self) -> Concern:
        return self.tool.concern(self.answers())

    def _answered(self, *_args: object) -> None:
        level = self.level()
        self.concern.setText(
            self.tr("Concern by the program's rule: %1").replace("%1", choice_label(level.value))
        )
        self.concern.setStyleSheet(
            f"color: {LEVEL_COLOURS[level]}; font-weight: bold;" if LEVEL_COLOURS[level] else ""
        )
        raising = self.raise_to.currentData() is not None
        self.record_button.setEnabled(not raising or bool(self.because.text().strip()))

    def _record(self) -> None:
        qday = self.day.date()
        record = protection.new_screening(
            self.case,
            self.answers(),
            date(qday.year(), qday.month(), qday.day()),
            instrument_id=self.tool.id,
            screened_by_id=self.asked_by.currentData(),
            interpreter_id=self.interpreter.currentData(),
            language=self.language.text().strip() or None,
            raised_to=self.raise_to.currentData(),
            raised_because=self.because.text().strip() or None,
        )
        self.recorded.emit(record)
        self.accept()
