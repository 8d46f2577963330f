"""Refer a case to a partner: the partner, the purpose, the sections (at least the
purpose's minimum), whether a consent covers it — said while the person chooses — and, for a
role that may, going on without one for a written reason. The bundle is written where the
person says; only the partner can open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.consent import (
    MINIMUM_SECTIONS,
    REFERRAL_PURPOSES,
    RESTRICTED_SECTIONS,
    SHORTEST_REASON,
    ConsentAnswer,
)
from guardian_desk.domain.enums import ConsentPurpose, PartnerStatus
from guardian_desk.domain.roles import SECTIONS
from guardian_desk.services import access, transfer
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import error_text, translated
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.widgets import PROBLEM_COLOUR

OK_COLOUR = "#1b5e20"


class ReferDialog(QDialog):
    """Refer one (saved) case.

    Signals:
        sent(str): the bundle's path, once written and the referral recorded.
    """

    sent = Signal(str)

    def __init__(
        self, db: Database, ops: Ops, case_id: str, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.ops, self.case_id = db, ops, case_id
        self.answer: ConsentAnswer | None = None
        self.setWindowTitle(self.tr("Refer %1 to a partner").replace("%1", reference))
        self.partner = QComboBox()
        self.partner.setObjectName("refer.partner")
        self.partners = [
            p for p in transfer.list_partners(db) if p.status == PartnerStatus.CONFIRMED
        ]
        for partner in self.partners:
            self.partner.addItem(f"{partner.name} ({partner.country or '—'})", partner.id)
        self.purpose = QComboBox()
        self.purpose.setObjectName("refer.purpose")
        for purpose in REFERRAL_PURPOSES:
            self.purpose.addItem(choice_label(purpose.value), purpose.value)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, section in enumerate(SECTIONS):
            box = QCheckBox(choice_label(section))
            box.setObjectName(f"refer.section.{section}")
            if not access.may_read(db, section):
                box.setEnabled(False)
                box.setToolTip(self.tr("Your role may not read this section, so not send it"))
            box.toggled.connect(self._changed)
            self.boxes[section] = box
            grid.addWidget(box, index // 2, index % 2)
        self.restricted_note = QLabel(
            self.tr(
                "The child's views, health and protection go only where the consent names them."
            )
        )
        self.restricted_note.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("refer.note")
        self.note.setPlaceholderText(self.tr("A note for the partner (optional)"))
        self.note.setMaximumHeight(70)
        self.consent = QLabel()
        self.consent.setObjectName("refer.consent")
        self.consent.setWordWrap(True)
        self.consent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.override = QCheckBox(self.tr("Send it without a valid consent, for this reason:"))
        self.override.setObjectName("refer.override")
        self.override.setVisible(access.may(db, "override_consent"))
        self.override.toggled.connect(self._changed)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("refer.reason")
        self.reason.setPlaceholderText(
            self.tr("Why it cannot wait for consent (kept in the audit log)")
        )
        self.reason.setMaximumHeight(70)
        self.reason.setVisible(False)
        self.reason.textChanged.connect(self._enable)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.send_button.setText(self.tr("Write the bundle…"))
        self.send_button.setObjectName("refer.send")
        self.send_button.clicked.connect(self._ask_path)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Partner"), self.partner)
        form.addRow(self.tr("P&urpose"), self.purpose)
        layout = QVBoxLayout(self)
        if not self.partners:
            missing = QLabel(
                self.tr(
                    "No partner is confirmed yet: add its card and confirm it by telephone on "
                    "the Partners page first."
                )
            )
            missing.setObjectName("refer.noPartner")
            missing.setWordWrap(True)
            layout.addWidget(missing)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sections sent (at least what the purpose needs):")))
        layout.addLayout(grid)
        layout.addWidget(self.restricted_note)
        layout.addWidget(self.note)
        layout.addWidget(self.consent)
        layout.addWidget(self.override)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.partner.currentIndexChanged.connect(self._changed)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._checking = QTimer(self)
        self._checking.setSingleShot(True)
        self._checking.setInterval(150)
        self._checking.timeout.connect(self._check)
        self._purpose_changed()
        self.setMinimumWidth(620)

    # --- choosing ----------------------------------------------------------------------------

    def chosen_purpose(self) -> ConsentPurpose:
        return ConsentPurpose(self.purpose.currentData())

    def chosen_sections(self) -> list[str]:
        return [s for s, box in self.boxes.items() if box.isChecked()]

    def request(self) -> transfer.ReferralRequest:
        reason = self.reason.toPlainText().strip() if self.override.isChecked() else None
        return transfer.ReferralRequest(
            self.case_id,
            str(self.partner.currentData() or ""),
            self.chosen_purpose(),
            tuple(self.chosen_sections()),
            self.note.toPlainText().strip() or None,
            reason or None,
        )

    def _purpose_changed(self) -> None:
        minimum = set(MINIMUM_SECTIONS[self.chosen_purpose()])
        for section, box in self.boxes.items():
            box.blockSignals(True)
            needed = section in minimum
            box.setChecked(needed)
            if needed:
                box.setEnabled(False)  # the purpose needs it: it goes
                box.setToolTip(self.tr("The purpose needs this section"))
            elif access.may_read(self.db, section):
                box.setEnabled(True)
                box.setToolTip("")
            box.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self.reason.setVisible(self.override.isChecked())
        self.restricted_note.setVisible(
            any(s in RESTRICTED_SECTIONS for s in self.chosen_sections())
        )
        self._enable()
        self._checking.start()

    def _check(self) -> None:
        """Ask, in the background, whether a consent covers the referral as chosen."""
        if not self.partners:
            return
        db, request = self.db, self.request()
        self.ops.read(
            lambda _task: transfer.consent_for(db, request),
            self._show_answer,
            on_failure=self._show_failure,
        )

    def _show_answer(self, answer: ConsentAnswer) -> None:
        self.answer = answer
        if answer.covered:
            self.consent.setStyleSheet(f"color: {OK_COLOUR};")
            self.consent.setText(self.tr("A recorded consent covers this referral."))
            self.override.setChecked(False)
            self.override.setEnabled(False)
        else:
            self.consent.setStyleSheet(f"color: {PROBLEM_COLOUR};")
            self.consent.setText(translated(answer.refusal()))
            self.override.setEnabled(True)
        self._enable()

    def _show_failure(self, error: BaseException) -> None:
        self.answer = None
        self.consent.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.consent.setText(error_text(error))
        self._enable()

    def _enable(self) -> None:
        covered = self.answer is not None and self.answer.covered
        reason = self.reason.toPlainText().strip()
        overridden = self.override.isChecked() and len(reason) >= SHORTEST_REASON
        self.send_button.setEnabled(bool(self.partners) and (covered or overridden))

    # --- sending -----------------------------------------------------------------------------

    def _ask_path(self) -> None:
        partner = self.partner.currentText().split(" (")[0]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to write the bundle for %1").replace("%1", partner),
            "referral.gdbundle",
            self.tr("Guardian Desk bundles (*.gdbundle)"),
        )
        if path:
            self.send_to(Path(path))

    def send_to(self, path: Path) -> None:
        """Check everything again, write the bundle and record the referral."""
        db, request = self.db, self.request()

        def work(_task: object) -> transfer.Sent:
            return transfer.send_referral(db, transfer.prepare_referral(db, request), path)

        self.send_button.setEnabled(False)
        self.ops.write(work, self._sent, changes={"transfer", "cases"}, on_failure=self._failed)

    def _sent(self, sent: transfer.Sent) -> None:
        self.sent.emit(str(sent.path))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._show_failure(error)
