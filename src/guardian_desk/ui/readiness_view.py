"""The case editor's "Court-readiness" tab: for each proceeding, what each document lacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.recognition import Status
from guardian_desk.errors import GuardianDeskError
from guardian_desk.services import readiness

COLOURS = {
    Status.OK: QColor("#2e7d32"),
    Status.NOT_REQUIRED: QColor("#6b6b6b"),
    Status.MISSING: QColor("#b3261e"),
    Status.STALE: QColor("#b3261e"),
    Status.REFUSED: QColor("#b3261e"),
    Status.PENDING: QColor("#8a5a00"),
}


class ReadinessView(QWidget):
    """Shows the readiness of the draft case; ``refresh`` reads the draft again."""

    def __init__(self, draft: Callable[[], dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.summary = QLabel()
        self.summary.setObjectName("readiness.summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("readiness.tree")
        self.tree.setAccessibleName(self.tr("What each proceeding's documents still lack"))
        self.tree.setHeaderLabels([self.tr("Requirement"), self.tr("Status"), self.tr("Rule")])
        self.tree.setWordWrap(True)
        self.tree.setColumnWidth(0, 520)
        self.tree.setColumnWidth(1, 110)
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.refresh_button.setObjectName("readiness.refresh")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.found: list[readiness.ProceedingReadiness] = []

    def refresh(self) -> None:
        """Check the case as it stands in the editor, saved or not."""
        self.tree.clear()
        try:
            self.found = readiness.of_case(self.draft())
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
        for proceeding in self.found:
            when = (
                self.tr("next hearing {0}")
                if proceeding.hearing
                else self.tr("no hearing set; {0}")
            ).format(proceeding.on.isoformat())
            verdict = (
                self.tr("ready")
                if proceeding.ready
                else self.tr("%n to do", "", proceeding.missing)
            )
            top = QTreeWidgetItem([f"{proceeding.label} ({when})", verdict, ""])
            top.setForeground(1, QBrush(COLOURS[Status.OK if proceeding.ready else Status.MISSING]))
            self.tree.addTopLevelItem(top)
            for document in proceeding.documents:
                mark = self.tr("ready") if document.ready else self.tr("not ready")
                node = QTreeWidgetItem([document.label, mark, ""])
                top.addChild(node)
                for finding in document.findings:
                    line = QTreeWidgetItem(
                        [
                            f"{finding.item}: {finding.message}",
                            finding.status.value.replace("_", " "),
                            finding.citation,
                        ]
                    )
                    line.setForeground(1, QBrush(COLOURS[finding.status]))
                    line.setToolTip(0, finding.message)
                    line.setToolTip(2, finding.citation)
                    node.addChild(line)
                node.setExpanded(not document.ready)
            top.setExpanded(True)
