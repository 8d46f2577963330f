"""The date of birth as one field with its certainty: a full date when it is documented or
declared, a year or a year and month when it is estimated, whatever the authority fixed when
it was age-assessed (with what the latest assessment found beside it)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from guardian_desk.domain.dates import DateOfBirth, age_label
from guardian_desk.domain.enums import DobCertainty
from guardian_desk.errors import GuardianDeskError
from guardian_desk.ui.records.labels import choice_label
from guardian_desk.ui.widgets import add_calendar, date_hint, month_hint, year_hint

FIELDS = ("dob_certainty", "dob_year", "dob_month", "dob_day")
_PARTS = re.compile(r"^\s*(\d{1,4})(?:\s*-\s*(\d{1,2}))?(?:\s*-\s*(\d{1,2}))?\s*$")


def parse(text: str) -> tuple[Any, Any, Any]:
    """``2012-02-31`` as (2012, 2, 31), ``2011-05`` as (2011, 5, None), ``2011`` as (2011,
    None, None); what is not a date in that shape is kept as typed, in the year, for saving
    to refuse with a reason at the field."""
    if not text.strip():
        return None, None, None
    found = _PARTS.match(text)
    if found is None:
        return text.strip(), None, None
    year, month, day = found.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def shown(year: Any, month: Any, day: Any) -> str:
    if year is None or year == "":
        return ""
    if not isinstance(year, int):
        return str(year)
    text = f"{year:04d}"
    if isinstance(month, int):
        text += f"-{month:02d}"
        if isinstance(day, int):
            text += f"-{day:02d}"
    return text


class BirthDateField(QWidget):
    """The certainty and the date together.

    Signals:
        changed(): the person changed the certainty or the date.
    """

    changed = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.certainty = QComboBox()
        self.certainty.setObjectName(f"{key}.dob_certainty")
        self.certainty.addItem("", None)
        for value in DobCertainty:
            self.certainty.addItem(choice_label(value.value), value.value)
        self.date = QLineEdit()
        self.date.setObjectName(f"{key}.dob_date")
        add_calendar(self.date)
        self.age = QLabel()
        self.age.setObjectName(f"{key}.dob_age")
        self.age.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.certainty)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.age, 1)
        self.setFocusProxy(self.date)
        self._loading = False
        self.assessments: list[dict[str, Any]] = []
        self.certainty.currentIndexChanged.connect(lambda _i: self._edited())
        self.date.textChanged.connect(lambda _t: self._edited())
        self._texts()

    def _texts(self) -> None:
        self.certainty.setItemText(0, self.tr("— how sure —"))
        for index in range(1, self.certainty.count()):
            self.certainty.setItemText(index, choice_label(str(self.certainty.itemData(index))))
        self.certainty.setAccessibleName(self.tr("How sure the date of birth is"))
        self.date.setAccessibleName(self.tr("Date of birth"))
        self._hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
        super().changeEvent(event)

    def set_values(self, record: dict[str, Any] | None) -> None:
        self._loading = True
        record = record or {}
        self.certainty.setCurrentIndex(max(self.certainty.findData(record.get("dob_certainty")), 0))
        self.date.setText(
            shown(record.get("dob_year"), record.get("dob_month"), record.get("dob_day"))
        )
        self.assessments = list(record.get("age_assessments") or [])
        self._loading = False
        self._hint()

    def values(self) -> dict[str, Any]:
        year, month, day = parse(self.date.text())
        return {
            "dob_certainty": self.certainty.currentData(),
            "dob_year": year,
            "dob_month": month,
            "dob_day": day,
        }

    def _edited(self) -> None:
        self._hint()
        if not self._loading:
            self.changed.emit()

    def _hint(self) -> None:
        """What to type for this certainty, and the age it gives (or the assessment's)."""
        certainty = self.certainty.currentData()
        if certainty in ("documented", "declared"):
            self.date.setPlaceholderText(date_hint())
        elif certainty == "estimated":
            self.date.setPlaceholderText(self.tr("{0} or {1}").format(year_hint(), month_hint()))
        else:
            self.date.setPlaceholderText(
                self.tr("{0}, {1} or {2}").format(year_hint(), month_hint(), date_hint())
            )
        values = self.values()
        text = ""
        try:
            dob = DateOfBirth(
                DobCertainty(values["dob_certainty"]),
                values["dob_year"],
                values["dob_month"],
                values["dob_day"],
            )
            text = self.tr("age today: {0}").format(age_label(dob, date.today()))
        except (TypeError, ValueError, GuardianDeskError):
            text = ""
        if certainty == "age_assessed":
            done = sorted(
                (a for a in self.assessments if a.get("min_age") is not None),
                key=lambda a: str(a.get("assessed_on") or ""),
            )
            if done:
                last = done[-1]
                found = self.tr("assessed {0}–{1} by {2} on {3}").format(
                    last.get("min_age"),
                    last.get("max_age") if last.get("max_age") is not None else "?",
                    last.get("assessor") or "?",
                    last.get("assessed_on") or "?",
                )
                text = f"{text} · {found}" if text else found
            else:
                text = self.tr("no age assessment recorded yet (see below)")
        self.age.setText(text)
