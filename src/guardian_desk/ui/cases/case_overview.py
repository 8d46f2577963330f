"""A case at a glance, the first thing its window shows: the child, the open proceedings with
their next hearing and whether they are court-ready, deadlines (overdue first), open risk
concerns, documents still to do, the latest filings and notes; each line opens its detail,
and the day's commonest work is one click away.

It is drawn from the case as it stands in the editor (saved or not), so it always agrees with
the tabs behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain import codes
from guardian_desk.domain.dates import DateOfBirth, age_label
from guardian_desk.domain.enums import DobCertainty
from guardian_desk.domain.text import is_right_to_left
from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import documents, protection
from guardian_desk.ui.i18n import rule_text, translated
from guardian_desk.ui.records import EditorContext, choice_label
from guardian_desk.ui.widgets import PROBLEM_COLOUR, shown_instant

RECORD_ROLE = Qt.ItemDataRole.UserRole + 3  # (tab key, record id) a line opens
SHOWN = 8  # lines of a section before "and n more"
WARNING_COLOUR = "#8a5a00"


class Section(QWidget):
    """A heading and a small table; activating a line (double click, Enter) opens it."""

    opened = Signal(str, str)  # tab key, record id

    def __init__(self, name: str, columns: int, stretch: int = 1) -> None:
        super().__init__()
        self.stretch = stretch  # the column that takes the width left (its text elided)
        self.setObjectName(f"overview.{name}")
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.table = QTableWidget(0, columns)
        self.table.setObjectName(f"overview.{name}.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.itemActivated.connect(self._activated)
        self.table.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.more = QLabel()
        self.more.setEnabled(False)
        layout.addWidget(self.more)

    def fill(
        self,
        heading: str,
        headers: list[str],
        rows: Sequence[tuple[Sequence[str], tuple[str, str], str | None]],
        empty: str,
        more: str = "",
    ) -> None:
        """``rows``: (cells, (tab key, record id), colour or None)."""
        self.heading.setText(heading)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for row, (cells, target, colour) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RECORD_ROLE, target)
                item.setToolTip(text)
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                if is_right_to_left(text):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        height = sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(height + header.sizeHint().height() + 4)
        self.table.setVisible(bool(rows))
        self.empty.setText(empty)
        self.empty.setVisible(not rows)
        self.more.setText(more)
        self.more.setVisible(bool(more))

    def _activated(self, item: QTableWidgetItem) -> None:
        target = item.data(RECORD_ROLE)
        if target:
            self.opened.emit(str(target[0]), str(target[1]))


class CaseOverview(QWidget):
    """The case at a glance.

    Signals:
        opened(str, str): a line was opened: the tab's key and the record's id.
        action(str): a quick action: "hearing", "outcome", "filing", "note", "screen",
            "tracing" or "refer".
    """

    opened = Signal(str, str)
    action = Signal(str)

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.context = context
        self.case: dict[str, Any] = {}
        self.filings: list[Any] = []
        self.title = QLabel()
        self.title.setObjectName("overview.child")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("overview.facts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key in ("hearing", "outcome", "filing", "note", "screen", "tracing", "refer"):
            button = QPushButton()
            button.setObjectName(f"overview.{key}")
            button.clicked.connect(lambda _checked, *, k=key: self.action.emit(k))
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch()
        self.sections = {
            "proceedings": Section("proceedings", 5),
            "deadlines": Section("deadlines", 3),
            "risks": Section("risks", 3),
            "todo": Section("todo", 2),
            "filings": Section("filings", 3),
            "notes": Section("notes", 3, stretch=2),
        }
        for section in self.sections.values():
            section.opened.connect(self.opened)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.sections["proceedings"], 0, 0, 1, 2, top)
        grid.addWidget(self.sections["deadlines"], 1, 0, top)
        grid.addWidget(self.sections["risks"], 1, 1, top)
        grid.addWidget(self.sections["todo"], 2, 0, top)
        grid.addWidget(self.sections["filings"], 2, 1, top)
        grid.addWidget(self.sections["notes"], 3, 0, 1, 2, top)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addLayout(grid)
        layout.addStretch()
        self._texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
            if self.case:
                self.show_case(self.case)
        elif event.type() == QEvent.Type.LayoutDirectionChange and self.case:
            self.show_case(self.case)  # the child's facts read from the other side
        super().changeEvent(event)

    def _texts(self) -> None:
        self.buttons["hearing"].setText(self.tr("Add a hearing…"))
        self.buttons["outcome"].setText(self.tr("Record an outcome…"))
        self.buttons["filing"].setText(self.tr("Make a filing…"))
        self.buttons["note"].setText(self.tr("Add a note"))
        self.buttons["refer"].setText(self.tr("Refer to a partner…"))
        self.buttons["screen"].setText(self.tr("Screen for trafficking risk…"))
        self.buttons["tracing"].setText(self.tr("Look for the family…"))

    # --- drawing --------------------------------------------------------------------------

    def set_filings(self, kept: list[Any]) -> None:
        """The filings kept in the case (read with the Filings tab)."""
        self.filings = list(kept)
        if self.case:
            self._fill_filings()

    def show_case(self, case: dict[str, Any], today: date | None = None) -> None:
        self.case = case
        today = today or date.today()
        self._child(case, today)
        readiness = self._readiness(case)
        self._proceedings(case, readiness)
        self._deadlines(case, today)
        self._risks(case)
        self._todo(readiness)
        self._fill_filings()
        self._notes(case)
        self.buttons["outcome"].setEnabled(any(True for _ in _hearings(case)))

    def _child(self, case: dict[str, Any], today: date) -> None:
        child = case.get("child") or {}
        latin = " ".join(p for p in (child.get("given_names"), child.get("family_name")) if p)
        native = " ".join(
            p for p in (child.get("given_names_native"), child.get("family_name_native")) if p
        )
        parts = [f"<span style='font-size:150%; font-weight:600'>{escape(latin or '—')}</span>"]
        if native:
            direction = "rtl" if is_right_to_left(native) else "ltr"
            parts.append(
                f"<span style='font-size:150%' dir='{direction}'>&#x2068;{escape(native)}"
                "&#x2069;</span>"
            )
        parts.append(
            f"<span style='color:#6b6b6b'>{escape(str(case.get('reference') or ''))}</span>"
        )
        side = "rtl" if self.isRightToLeft() else "ltr"  # begins where the window reads from
        self.title.setText(f"<p dir='{side}'>" + "&nbsp;&nbsp;".join(parts) + "</p>")
        locale = QLocale().name()
        facts: list[tuple[str, str]] = []
        facts.append((self.tr("Age"), self._age(child, case, today)))
        if child.get("sex"):
            facts.append((self.tr("Sex"), choice_label(str(child["sex"]))))
        nationalities = [codes.country_name(c, locale) for c in child.get("nationalities") or []]
        if child.get("stateless"):
            nationalities.append(self.tr("stateless"))
        facts.append((self.tr("Nationality"), ", ".join(nationalities) or "—"))
        languages = [codes.language_label(t, locale) for t in child.get("languages") or []]
        facts.append((self.tr("Languages"), ", ".join(languages) or "—"))
        if child.get("interpreter_language"):
            facts.append(
                (
                    self.tr("Interpreter"),
                    codes.language_label(str(child["interpreter_language"]), locale),
                )
            )
        placement = _current_placement(child)
        if placement:
            where = ", ".join(
                p
                for p in (
                    choice_label(str(placement.get("kind") or "")),
                    placement.get("provider"),
                    codes.jurisdiction_name(placement["jurisdiction"], locale)
                    if placement.get("jurisdiction")
                    else None,
                )
                if p
            )
            facts.append((self.tr("Placement"), where))
        assigned = [
            (self.tr("Lead lawyer"), self._member(case.get("lead_lawyer_id"))),
            (self.tr("Caseworker"), self._member(case.get("caseworker_id"))),
        ]
        for appointment in case.get("guardian_appointments") or []:
            if appointment.get("ended_on"):
                continue
            name = appointment.get("guardian_name") or self._member(
                appointment.get("team_member_id")
            )
            assigned.append((choice_label(str(appointment.get("guardian_type") or "")), name))
        facts += [(label, name) for label, name in assigned if name]
        # The label first from where the window's language reads: on the right in Arabic
        # (rich text lays a table's columns out left to right whatever the direction).
        rtl = self.isRightToLeft()
        rows = []
        for label, value in facts:
            name = f"<td style='color:#555555' align='{'right' if rtl else 'left'}'>"
            name += f"{escape(label)}</td>"
            shown = f"<td align='{'right' if rtl else 'left'}'>&#x2068;{escape(value)}&#x2069;</td>"
            gap = "<td width='12'></td>"
            rows.append("<tr>" + (shown + gap + name if rtl else name + gap + shown) + "</tr>")
        align = "right" if rtl else "left"
        self.facts.setText(
            f"<table cellspacing='0' cellpadding='2' align='{align}'>" + "".join(rows) + "</table>"
        )

    def _age(self, child: dict[str, Any], case: dict[str, Any], today: date) -> str:
        certainty = child.get("dob_certainty")
        try:
            dob = DateOfBirth(
                DobCertainty(str(certainty)),
                int(child.get("dob_year")),  # type: ignore[arg-type]
                child.get("dob_month"),
                child.get("dob_day"),
            )
        except (TypeError, ValueError, GuardianDeskError):
            dob = None
        if dob is None:
            assessments = sorted(
                (a for a in child.get("age_assessments") or [] if a.get("min_age") is not None),
                key=lambda a: str(a.get("assessed_on") or ""),
            )
            if assessments:
                last = assessments[-1]
                return self.tr("{0}–{1} (age assessed on {2})").format(
                    last.get("min_age"),
                    last.get("max_age") or last.get("min_age"),
                    last.get("assessed_on") or "?",
                )
            return self.tr("not known")
        shown = age_label(dob, today)
        born = dob.iso()
        return self.tr("{0} (born {1}, {2})").format(
            shown, born, choice_label(str(certainty)).lower()
        )

    def _member(self, member_id: Any) -> str:
        if not member_id:
            return ""
        return next((m.name for m in self.context.team if m.id == member_id), "")

    def _readiness(self, case: dict[str, Any]) -> list[Any]:
        try:
            return list(documents.readiness_of_case(case))
        except (GuardianDeskError, KeyError, ValueError, TypeError):
            return []  # a half-typed record: the Court-readiness tab says why

    def _proceedings(self, case: dict[str, Any], readiness: list[Any]) -> None:
        ready = {r.proceeding_id: r for r in readiness}
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        rows = []
        for proceeding in case.get("proceedings") or []:
            if proceeding.get("status") == "closed":
                continue
            upcoming = sorted(
                (
                    h
                    for h in proceeding.get("hearings") or []
                    if (h.get("starts_at") or "") >= now and h.get("outcome") == "scheduled"
                ),
                key=lambda h: str(h.get("starts_at")),
            )
            hearing = (
                shown_instant(upcoming[0]["starts_at"], upcoming[0].get("time_zone") or None)
                if upcoming
                else self.tr("none set")
            )
            check = ready.get(proceeding.get("id"))
            colour = None
            if check is None:
                state = "—"
            elif check.ready:
                state = self.tr("ready")
            else:
                state = self.tr("%n to do", "", check.missing)
                colour = WARNING_COLOUR
            rows.append(
                (
                    [
                        choice_label(str(proceeding.get("kind") or "")),
                        str(proceeding.get("forum_name") or ""),
                        str(proceeding.get("stage") or ""),
                        hearing,
                        state,
                    ],
                    ("proceedings", str(proceeding.get("id"))),
                    colour,
                )
            )
        self.sections["proceedings"].fill(
            self.tr("Open proceedings"),
            [
                self.tr("Proceeding"),
                self.tr("Forum"),
                self.tr("Stage"),
                self.tr("Next hearing"),
                self.tr("Court-ready"),
            ],
            rows,
            self.tr("No open proceeding."),
        )

    def _deadlines(self, case: dict[str, Any], today: date) -> None:
        open_ = sorted(
            (d for d in case.get("deadlines") or [] if d.get("status") == "open"),
            key=lambda d: str(d.get("due_on") or "9999"),
        )
        overdue = sum(1 for d in open_ if str(d.get("due_on") or "9999") < today.isoformat())
        rows = []
        for deadline in open_[:SHOWN]:
            due = str(deadline.get("due_on") or "")
            late = bool(due) and due < today.isoformat()
            kind = self.tr("Task") if deadline.get("task") else self.tr("Deadline")
            rows.append(
                (
                    [
                        due,
                        rule_text(deadline.get("title")),
                        self.tr("OVERDUE") if late else kind,
                    ],
                    ("deadlines", str(deadline.get("id"))),
                    PROBLEM_COLOUR if late else None,
                )
            )
        heading = self.tr("Open deadlines")
        if overdue:
            heading += " · " + self.tr("%n overdue", "", overdue)
        self.sections["deadlines"].fill(
            heading,
            [self.tr("Due"), self.tr("What"), self.tr("Kind")],
            rows,
            self.tr("No open deadline."),
            self._more(len(open_)),
        )

    def _risks(self, case: dict[str, Any]) -> None:
        flags = [f for f in case.get("risk_flags") or [] if f.get("status") == "open"]
        order = {"high": 0, "medium": 1, "low": 2}
        flags.sort(key=lambda f: (order.get(str(f.get("level")), 3), str(f.get("raised_on"))))
        rows = [
            (
                [
                    choice_label(str(f.get("indicator") or "")),
                    choice_label(str(f.get("level") or "")),
                    str(f.get("raised_on") or ""),
                ],
                ("risk_flags", str(f.get("id"))),
                PROBLEM_COLOUR if f.get("level") == "high" else None,
            )
            for f in flags[:SHOWN]
        ]
        concern = protection.concern_of(case)
        if concern.screening_id is not None and concern.level != "none":
            rows.insert(
                0,
                (
                    [
                        self.tr("Screening: %1").replace("%1", choice_label(concern.level.value)),
                        "",
                        concern.screened_on.isoformat() if concern.screened_on else "",
                    ],
                    ("screenings", concern.screening_id),
                    PROBLEM_COLOUR if concern.level == "clear" else None,
                ),
            )
        if protection.paused(case, "transfer") is not None:
            said = self.tr("Sharing and tracing paused: a best-interests assessment is needed")
            rows.insert(1, ([said, "", ""], ("best_interests", ""), PROBLEM_COLOUR))
        self.sections["risks"].fill(
            self.tr("Open risk concerns"),
            [self.tr("Concern"), self.tr("Level"), self.tr("Raised on")],
            rows,
            self.tr("No open risk concern."),
            self._more(len(flags)),
        )

    def _todo(self, readiness: list[Any]) -> None:
        seen: set[tuple[str, str]] = set()
        rows = []
        for proceeding in readiness:
            for document in proceeding.documents:
                for finding in document.findings:
                    if not finding.blocking:
                        continue
                    key = (document.document_id, str(finding.message))
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append(
                        (
                            [
                                self._document(document.document_id, document.label),
                                translated(finding.message),
                            ],
                            ("documents", document.document_id),
                            WARNING_COLOUR,
                        )
                    )
        self.sections["todo"].fill(
            self.tr("Documents still to do"),
            [self.tr("Document"), self.tr("What is missing")],
            rows[:SHOWN],
            self.tr("Nothing: every document is ready for its proceedings."),
            self._more(len(rows)),
        )

    def _document(self, document_id: str, fallback: str) -> str:
        """A document as a clerk names it: "Birth certificate · Afghanistan · B3127858"."""
        locale = QLocale().name()
        for document in self.case.get("documents") or []:
            if document.get("id") == document_id:
                country = document.get("issuing_country")
                return " · ".join(
                    p
                    for p in (
                        choice_label(str(document.get("document_type") or "")),
                        codes.country_name(country, locale) if country else None,
                        document.get("number"),
                    )
                    if p
                )
        return fallback

    def _fill_filings(self) -> None:
        latest = sorted(self.filings, key=lambda k: k.made_at, reverse=True)
        locale = QLocale().name()
        rows = [
            (
                [k.title, codes.language_name(k.language, locale), shown_instant(k.made_at)],
                ("filings", k.id),
                None,
            )
            for k in latest[:5]
        ]
        self.sections["filings"].fill(
            self.tr("Latest filings"),
            [self.tr("Filing"), self.tr("Language"), self.tr("Made")],
            rows,
            self.tr("No filing made yet."),
            self._more(len(latest), 5),
        )

    def _notes(self, case: dict[str, Any]) -> None:
        notes = sorted(
            case.get("notes") or [], key=lambda n: str(n.get("written_at") or ""), reverse=True
        )
        rows = []
        for note in notes[:5]:
            text = str(note.get("text") or "").strip().splitlines()
            first = text[0] if text else ""
            rows.append(
                (
                    [
                        shown_instant(note["written_at"]) if note.get("written_at") else "",
                        choice_label(str(note.get("kind") or "")),
                        first[:160],
                    ],
                    ("notes", str(note.get("id"))),
                    None,
                )
            )
        self.sections["notes"].fill(
            self.tr("Latest notes"),
            [self.tr("Written"), self.tr("Kind"), self.tr("Note")],
            rows,
            self.tr("No note yet."),
            self._more(len(notes), 5),
        )

    def _more(self, total: int, shown: int = SHOWN) -> str:
        return self.tr("and %n more, in its tab", "", total - shown) if total > shown else ""


def _current_placement(child: dict[str, Any]) -> dict[str, Any] | None:
    current = [p for p in child.get("placements") or [] if not p.get("ended_on")]
    current.sort(key=lambda p: str(p.get("started_on") or ""))
    return current[-1] if current else None


def _hearings(case: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for proceeding in case.get("proceedings") or []:
        yield from proceeding.get("hearings") or []
