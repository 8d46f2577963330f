"""The case editor's "Court-readiness" tab: for each proceeding, what each document lacks."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
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

from guardian_desk.domain.recognition import Finding, Status
from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import documents
from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP, error_text, translated
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.widgets import code_name

COLOURS = {
    Status.OK: QColor("#2e7d32"),
    Status.NOT_REQUIRED: QColor("#6b6b6b"),
    Status.MISSING: QColor("#b3261e"),
    Status.STALE: QColor("#b3261e"),
    Status.REFUSED: QColor("#b3261e"),
    Status.PENDING: QColor("#8a5a00"),
}


# What a requirement's state and kind are called (context "Readiness").
STATUS_NAMES = {
    Status.OK: QT_TRANSLATE_NOOP("Readiness", "ok"),
    Status.NOT_REQUIRED: QT_TRANSLATE_NOOP("Readiness", "not required"),
    Status.MISSING: QT_TRANSLATE_NOOP("Readiness", "missing"),
    Status.PENDING: QT_TRANSLATE_NOOP("Readiness", "pending"),
    Status.STALE: QT_TRANSLATE_NOOP("Readiness", "stale"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Readiness", "refused"),
}
ITEM_NAMES = {
    "authentication": QT_TRANSLATE_NOOP("Readiness", "authentication"),
    "translation": QT_TRANSLATE_NOOP("Readiness", "translation"),
    "freshness": QT_TRANSLATE_NOOP("Readiness", "freshness"),
    "expiry": QT_TRANSLATE_NOOP("Readiness", "expiry"),
    "recognition": QT_TRANSLATE_NOOP("Readiness", "recognition"),
}


def status_name(status: Status) -> str:
    """A requirement's state in the window's language ("missing")."""
    return QCoreApplication.translate("Readiness", STATUS_NAMES[status])


def finding_text(finding: Finding) -> str:
    """``translation: a certified translation into German is missing``, in the window's
    language."""
    item = ITEM_NAMES.get(finding.item)
    what = QCoreApplication.translate("Readiness", item) if item else finding.item
    return QCoreApplication.translate("Readiness", "{0}: {1}").format(
        what, translated(finding.message)
    )


def document_label(document: documents.DocumentReadiness) -> str:
    """``Birth certificate (Syria, No. 123)`` in the window's language."""
    if not document.document_type:
        return document.label
    country = code_name("country", document.issuing_country)
    if document.number:
        return QCoreApplication.translate("Readiness", "{0} ({1}, No. {2})").format(
            choice_label(document.document_type), country, document.number
        )
    return QCoreApplication.translate("Readiness", "{0} ({1})").format(
        choice_label(document.document_type), country
    )


def proceeding_label(proceeding: documents.ProceedingReadiness) -> str:
    """``Asylum · California, United States · San Francisco Immigration Court``."""
    if not proceeding.kind:
        return proceeding.label
    parts = [
        choice_label(proceeding.kind),
        code_name("jurisdiction", proceeding.jurisdiction),
        proceeding.forum,
    ]
    return " · ".join(p for p in parts if p)


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
            self.summary.setText(self.tr("Cannot check yet: {0}").format(error_text(exc)))
            return
        self._render()

    def _render(self) -> None:
        """The summary, the checklist and the matrix of what was found, in the window's
        language."""
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.matrix.setAccessibleName(self.tr("Documents by jurisdiction"))
            self.checklist.setAccessibleName(self.tr("What each proceeding's documents still lack"))
            self.refresh_button.setText(self.tr("Check again"))
            if self.found:
                self._render()
        super().changeEvent(event)

    def _fill_matrix(self, grid: documents.Matrix) -> None:
        """One row per document, one column per jurisdiction: its worst requirement there."""
        self.matrix.clear()
        self.matrix.setRowCount(len(grid.documents))
        self.matrix.setColumnCount(len(grid.jurisdictions))
        names = {d.document_id: document_label(d) for p in self.found for d in p.documents}
        self.matrix.setVerticalHeaderLabels(
            [
                names.get(i, label)
                for i, label in zip(grid.document_ids, grid.documents, strict=False)
            ]
            if grid.document_ids
            else list(grid.documents)
        )
        self.matrix.setHorizontalHeaderLabels(list(grid.jurisdictions))
        for (row, column), (status, findings) in grid.cells.items():
            cell = QTableWidgetItem(status_name(status))
            cell.setForeground(COLOURS[status])
            cell.setToolTip(
                "\n".join(f"{status_name(f.status)} — {finding_text(f)}" for f in findings)
            )
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
        title = escape(proceeding_label(proceeding))
        parts = [f"<h3>{title}</h3><p>{escape(when)} — {verdict}</p>"]
        for document in proceeding.documents:
            mark = self.tr("ready") if document.ready else self.tr("not ready")
            label = escape(document_label(document))
            parts.append(f"<p><b>{label}</b> — {escape(mark)}</p><ul>")
            for f in document.findings:
                status = _coloured(f.status, status_name(f.status))
                cite = (
                    f"<br><small style='color:#6b6b6b'>{escape(f.citation)}</small>"
                    if f.citation
                    else ""
                )
                parts.append(f"<li>{status} — {escape(finding_text(f))}{cite}</li>")
            parts.append("</ul>")
        return "".join(parts)


def _coloured(status: Status, text: str) -> str:
    return f"<b style='color:{COLOURS[status].name()}'>{escape(text)}</b>"
