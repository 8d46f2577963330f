"""The case editor's "Court-readiness" tab: for each proceeding, what each document lacks."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.recognition import Status
from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import documents

COLOURS = {
    Status.OK: QColor("#2e7d32"),
    Status.NOT_REQUIRED: QColor("#6b6b6b"),
    Status.MISSING: QColor("#b3261e"),
    Status.STALE: QColor("#b3261e"),
    Status.REFUSED: QColor("#b3261e"),
    Status.PENDING: QColor("#8a5a00"),
}


class ReadinessView(QWidget):
    """Shows the readiness of the draft case; ``refresh`` reads the draft again.

    The checklist is text a clerk can read, select, copy and print: each proceeding, each
    document, each requirement with its status and the rule that asks for it.
    """

    def __init__(self, draft: Callable[[], dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.summary = QLabel()
        self.summary.setObjectName("readiness.summary")
        self.summary.setWordWrap(True)
        self.matrix = QTableWidget(0, 0)
        self.matrix.setObjectName("readiness.matrix")
        self.matrix.setAccessibleName(self.tr("Documents by jurisdiction"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist = QTextBrowser()
        self.checklist.setObjectName("readiness.checklist")
        self.checklist.setAccessibleName(self.tr("What each proceeding's documents still lack"))
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.refresh_button.setObjectName("readiness.refresh")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.matrix)
        layout.addWidget(self.checklist)
        layout.addWidget(self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.found: list[documents.ProceedingReadiness] = []

    def refresh(self) -> None:
        """Check the case as it stands in the editor, saved or not."""
        self.checklist.clear()
        try:
            self.found = documents.readiness_of_case(self.draft())
        except (GuardianDeskError, KeyError, ValueError) as exc:
            # A half-typed record (no document type yet) or unreadable rules: say so.
            self.found = []
            self.summary.setText(self.tr("Cannot check yet: {0}").format(exc))
            return
        if not self.found:
            self.summary.setText(self.tr("This case has no open proceeding to check."))
            return
        ready = sum(1 for p in self.found if p.ready)
        self.summary.setText(
            self.tr("%n proceeding(s) checked; ", "", len(self.found))
            + self.tr("%n ready.", "", ready)
        )
        self.checklist.setHtml("".join(self._proceeding(p) for p in self.found))
        self._fill_matrix(documents.readiness_matrix(self.found))

    def _fill_matrix(self, grid: documents.Matrix) -> None:
        """One row per document, one column per jurisdiction: its worst requirement there."""
        self.matrix.clear()
        self.matrix.setRowCount(len(grid.documents))
        self.matrix.setColumnCount(len(grid.jurisdictions))
        self.matrix.setVerticalHeaderLabels(list(grid.documents))
        self.matrix.setHorizontalHeaderLabels(list(grid.jurisdictions))
        for (row, column), (status, findings) in grid.cells.items():
            cell = QTableWidgetItem(status.value.replace("_", " "))
            cell.setForeground(COLOURS[status])
            cell.setToolTip("\n".join(f"{f.status.value}: {f.item}: {f.message}" for f in findings))
            self.matrix.setItem(row, column, cell)
        self.matrix.resizeColumnsToContents()
        rows = sum(self.matrix.rowHeight(r) for r in range(self.matrix.rowCount()))
        frame = 2 * self.matrix.frameWidth()
        header = self.matrix.horizontalHeader().height()
        self.matrix.setFixedHeight(min(rows + header + frame + 4, 200))

    def _proceeding(self, proceeding: documents.ProceedingReadiness) -> str:
        day = proceeding.on.isoformat()
        if proceeding.hearing:
            when = self.tr("for the hearing on {0}").format(day)
        else:
            when = self.tr("no hearing set; checked for {0}").format(day)
        if proceeding.ready:
            verdict = _coloured(Status.OK, self.tr("ready"))
        else:
            verdict = _coloured(Status.MISSING, self.tr("%n to do", "", proceeding.missing))
        parts = [f"<h3>{escape(proceeding.label)}</h3><p>{escape(when)} — {verdict}</p>"]
        for document in proceeding.documents:
            mark = self.tr("ready") if document.ready else self.tr("not ready")
            parts.append(f"<p><b>{escape(document.label)}</b> — {escape(mark)}</p><ul>")
            for f in document.findings:
                status = _coloured(f.status, f.status.value.replace("_", " "))
                cite = (
                    f"<br><small style='color:#6b6b6b'>{escape(f.citation)}</small>"
                    if f.citation
                    else ""
                )
                parts.append(f"<li>{status} — {escape(f.item)}: {escape(f.message)}{cite}</li>")
            parts.append("</ul>")
        return "".join(parts)


def _coloured(status: Status, text: str) -> str:
    return f"<b style='color:{COLOURS[status].name()}'>{escape(text)}</b>"
