"""Looking for a child's family among the people of other cases: each match with the
relative it may be, where it was found and why, then the two side by side, field by field
(the fields the matching compares); a person who recognises the same person confirms it, and
the relative is linked to them. Nothing is proposed while the case's tracing is paused, and a
relative not to be contacted is neither looked for nor shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain import codes
from guardian_desk.services import protection
from guardian_desk.services.protection import RelativeMatch, Seen
from guardian_desk.ui.i18n import translated, ui_locale
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.widgets import PROBLEM_COLOUR


def _born(birth: tuple[date, date] | None) -> str:
    if birth is None:
        return "—"
    first, last = birth
    if first == last:
        return first.isoformat()
    if first.year == last.year:
        return str(first.year)
    return f"{first.year}–{last.year}"


def _codes(kind: str, values: Any) -> str:
    name = codes.country_name if kind == "country" else codes.language_name
    found = [name(v, ui_locale()) for v in values or () if v]
    return ", ".join(found) or "—"


def _linked(member: dict[str, Any], match: RelativeMatch) -> bool:
    return member.get("matched_case_id") == match.other_case_id and (
        member.get("matched_person_id") or None
    ) == (match.other_member_id or match.other_case_id)


class TracingDialog(QDialog):
    """The matches for the relatives of ``case`` (its draft), found beforehand.

    Signals:
        confirmed(str, str, str): the family member here, the other case's id and the person
            there (a family member's id, or the other case's id for its child).
    """

    confirmed = Signal(str, str, str)

    def __init__(
        self,
        case: dict[str, Any],
        matches: list[RelativeMatch],
        parent: QWidget | None = None,
        *,
        may_link: bool = True,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.matches = matches
        self.members = {
            str(m.get("id")): m for m in case.get("family_members") or [] if isinstance(m, dict)
        }
        self.setWindowTitle(self.tr("Family tracing"))
        self.said = QLabel()
        self.said.setObjectName("tracing.said")
        self.said.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("tracing.matches")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Relative here"), self.tr("Found in case"), self.tr("Score"), self.tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.side = QTableWidget(0, 2)
        self.side.setObjectName("tracing.sideBySide")
        self.side.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.side.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.side)
        self.link = QPushButton(self.tr("Confirm: the same person"))
        self.link.setObjectName("tracing.confirm")
        self.link.setToolTip(
            self.tr("Link the relative here to this person: the case is saved, and audited.")
        )
        self.link.setEnabled(False)
        self.link.setVisible(may_link)
        self.link.clicked.connect(self._confirm)
        self.status = QLabel()
        self.status.setObjectName("tracing.status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.link, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.said)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._fill()
        self.resize(900, 640)

    # --- what is shown ----------------------------------------------------------------------

    def _fill(self) -> None:
        refusal = protection.tracing_refusal(self.case)
        withheld = sum(1 for m in self.members.values() if protection.not_to_be_contacted(m))
        lines = []
        if refusal is not None:
            lines.append(translated(refusal))
            self.said.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        elif not self.matches:
            lines.append(self.tr("No one in the other cases you may see is alike to a relative."))
        else:
            lines.append(
                self.tr(
                    "People of other cases alike to the child's relatives, most alike first. "
                    "A match is a lead, not a finding: check it before anyone is contacted."
                )
            )
        if withheld:
            lines.append(
                self.tr("%n relative(s) not to be contacted were not looked for.", "", withheld)
            )
        self.said.setText(" ".join(lines))
        self.table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            member = self.members.get(match.family_member_id, {})
            relation = choice_label(str(member.get("relationship_to_child") or "other"))
            here = f"{member.get('full_name') or '—'} ({relation})"
            there = match.other_reference
            if _linked(member, match):
                there += " ✓ " + self.tr("confirmed")
            reasons = "; ".join(translated(r) for r in match.reasons)
            for column, text in enumerate((here, there, f"{match.score:.0f}", reasons)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if self.matches:
            self.table.selectRow(0)

    def selected(self) -> RelativeMatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.matches[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        match = self.selected()
        self.side.setRowCount(0)
        self.link.setEnabled(False)
        self.status.clear()
        if match is None:
            return
        member = self.members.get(match.family_member_id, {})
        child = self.case.get("child") or {}
        other = match.other or Seen("", "", None, None, (), (), "", None, None)
        theirs = (
            choice_label(other.relationship)
            if other.relationship
            else self.tr("the child of that case")
        )
        rows = [
            (self.tr("Name"), member.get("full_name") or "—", other.name or "—"),
            (
                self.tr("Name as written"),
                member.get("full_name_native") or "—",
                other.native_name or "—",
            ),
            (
                self.tr("Relationship"),
                choice_label(str(member.get("relationship_to_child") or "other")),
                theirs,
            ),
            (self.tr("Born"), "—", _born(other.born)),
            (
                self.tr("Nationality (of the child)"),
                _codes("country", child.get("nationalities")),
                _codes("country", other.nationalities),
            ),
            (
                self.tr("Languages (of the child)"),
                _codes("language", child.get("languages")),
                _codes("language", other.languages),
            ),
            (self.tr("Last known place"), member.get("whereabouts") or "—", other.place or "—"),
            (
                self.tr("Last known country"),
                _codes("country", [member.get("whereabouts_country")]),
                _codes("country", [other.country]),
            ),
            (
                self.tr("Separated from the child on"),
                str(member.get("separated_on") or "—"),
                other.separated_on.isoformat() if other.separated_on else "—",
            ),
        ]
        self.side.setRowCount(len(rows))
        self.side.setHorizontalHeaderLabels(
            [self.tr("Here"), self.tr("In case %1").replace("%1", match.other_reference)]
        )
        self.side.setVerticalHeaderLabels([label for label, _a, _b in rows])
        for row, (_label, mine, seen) in enumerate(rows):
            self.side.setItem(row, 0, QTableWidgetItem(mine))
            self.side.setItem(row, 1, QTableWidgetItem(seen))
        if _linked(member, match):
            self.status.setText(
                self.tr("Confirmed on %1 as the same person.").replace(
                    "%1", str(member.get("matched_on") or "—")
                )
            )
        self.link.setEnabled(not _linked(member, match))

    def _confirm(self) -> None:
        match = self.selected()
        if match is None:
            return
        person = match.other_member_id or match.other_case_id
        self.confirmed.emit(match.family_member_id, match.other_case_id, person)
        self.accept()
