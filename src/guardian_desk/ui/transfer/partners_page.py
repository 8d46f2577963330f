"""The Partners page: our organisation's card, the partner organisations with their keys,
and the referrals sent and received with their states."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.enums import OrganisationKind, ReferralState
from guardian_desk.services import access, transfer
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import error_text
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.refresh import ReloadWhenShown
from guardian_desk.ui.widgets import PROBLEM_COLOUR, shown_instant

CARD_FILTER = "Contact cards (*.gdcard *.txt);;Pictures of a QR code (*.png *.jpg *.jpeg)"


@dataclass(frozen=True)
class _Read:
    own: transfer.Profile | None
    card: transfer.Card | None
    partners: list[transfer.PartnerView]
    referrals: list[transfer.ReferralView]
    answer_days: int


def qr_pixmap(card: transfer.Card, scale: int = 4) -> QPixmap:
    """The card's QR code as a picture to show."""
    import segno

    buffer = io.BytesIO()
    segno.make(card.text(), error="m").save(buffer, kind="png", scale=scale, border=4)
    picture = QPixmap()
    picture.loadFromData(buffer.getvalue(), "PNG")
    return picture


class PartnersPage(QWidget):
    """Partner organisations and referrals.

    Signals:
        open_case(str): a referral's row was double-clicked: open its case.
        receive(): Receive a bundle… was clicked (the main window opens the dialog).
        loaded(): the page was read.
    """

    open_case = Signal(str)
    receive = Signal()
    loaded = Signal()

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.ops = db, ops
        self.read: _Read | None = None
        allowed = access.may(db, "transfer")

        # Our organisation
        self.name = QLineEdit()
        self.name.setObjectName("partners.own.name")
        self.country = QLineEdit()
        self.country.setObjectName("partners.own.country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("e.g. DE"))
        self.kind = QComboBox()
        self.kind.setObjectName("partners.own.kind")
        for kind in OrganisationKind:
            self.kind.addItem(choice_label(kind.value), kind.value)
        self.contact = QLineEdit()
        self.contact.setObjectName("partners.own.contact")
        self.contact.setPlaceholderText(self.tr("A telephone number partners call to confirm"))
        self.save_own = QPushButton(self.tr("Save"))
        self.save_own.setObjectName("partners.own.save")
        self.save_own.clicked.connect(self._save_own)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("partners.own.fingerprint")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.qr = QLabel()
        self.qr.setObjectName("partners.own.qr")
        self.qr.setAccessibleName(self.tr("Your organisation's contact card as a QR code"))
        self.save_card = QPushButton(self.tr("Save card…"))
        self.save_card.setObjectName("partners.own.saveCard")
        self.save_card.clicked.connect(self._save_card)
        self.save_qr = QPushButton(self.tr("Save QR code…"))
        self.save_qr.setObjectName("partners.own.saveQr")
        self.save_qr.clicked.connect(self._save_qr)
        self.answer_days = QSpinBox()
        self.answer_days.setObjectName("partners.answerDays")
        self.answer_days.setRange(1, 365)
        self.answer_days.setSuffix(self.tr(" days"))
        self.answer_days.setAccessibleName(
            self.tr("Days a partner has to answer a referral before a task comes due")
        )
        self.answer_days.editingFinished.connect(self._save_answer_days)
        own_form = QFormLayout()
        own_form.addRow(self.tr("&Name"), self.name)
        own_form.addRow(self.tr("C&ountry"), self.country)
        own_form.addRow(self.tr("&Kind"), self.kind)
        own_form.addRow(self.tr("Con&tact"), self.contact)
        own_form.addRow("", self.save_own)
        own_form.addRow(self.tr("Fingerprint"), self.fingerprint)
        own_form.addRow(self.tr("Answer expected within"), self.answer_days)
        card_buttons = QVBoxLayout()
        card_buttons.addWidget(self.qr)
        card_buttons.addWidget(self.save_card)
        card_buttons.addWidget(self.save_qr)
        card_buttons.addStretch()
        own_row = QHBoxLayout()
        own_row.addLayout(own_form, 1)
        own_row.addLayout(card_buttons)
        own_box = QGroupBox(self.tr("Your organisation's contact card"))
        own_box.setLayout(own_row)

        # Partners
        self.partners = QTableWidget(0, 5)
        self.partners.setObjectName("partners.list")
        self.partners.setAccessibleName(self.tr("Partner organisations"))
        self.partners.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partners.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partners.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partners.verticalHeader().hide()
        self.partners.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.partners.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.ResizeToContents
        )
        self.partners.itemSelectionChanged.connect(self._enable)
        self.add_card = QPushButton(self.tr("Add a partner's card…"))
        self.add_card.setObjectName("partners.add")
        self.add_card.clicked.connect(self._add_card)
        self.confirm = QPushButton(self.tr("Confirm by telephone…"))
        self.confirm.setObjectName("partners.confirm")
        self.confirm.clicked.connect(self._confirm)
        self.revoke = QPushButton(self.tr("Revoke…"))
        self.revoke.setObjectName("partners.revoke")
        self.revoke.clicked.connect(self._revoke)
        partner_buttons = QHBoxLayout()
        for button in (self.add_card, self.confirm, self.revoke):
            partner_buttons.addWidget(button)
        partner_buttons.addStretch()
        partner_box = QGroupBox(self.tr("Partner organisations"))
        partner_layout = QVBoxLayout(partner_box)
        partner_layout.addWidget(self.partners)
        partner_layout.addLayout(partner_buttons)

        # Referrals
        self.referrals = QTableWidget(0, 7)
        self.referrals.setObjectName("partners.referrals")
        self.referrals.setAccessibleName(self.tr("Referrals sent and received"))
        self.referrals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals.verticalHeader().hide()
        self.referrals.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.referrals.itemSelectionChanged.connect(self._enable)
        self.referrals.cellDoubleClicked.connect(self._open_referral_case)
        self.receive_button = QPushButton(self.tr("Receive a bundle…"))
        self.receive_button.setObjectName("partners.receive")
        self.receive_button.clicked.connect(self.receive.emit)
        self.move_button = QPushButton(self.tr("Mark as…"))
        self.move_button.setObjectName("partners.move")
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        referral_buttons = QHBoxLayout()
        referral_buttons.addWidget(self.receive_button)
        referral_buttons.addWidget(self.move_button)
        referral_buttons.addStretch()
        referral_box = QGroupBox(self.tr("Referrals"))
        referral_layout = QVBoxLayout(referral_box)
        referral_layout.addWidget(self.referrals)
        referral_layout.addLayout(referral_buttons)

        self.problem = QLabel()
        self.problem.setObjectName("partners.problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(own_box)
        layout.addWidget(partner_box, 1)
        layout.addWidget(referral_box, 1)
        for widget in (own_box, self.add_card, self.confirm, self.revoke, self.receive_button):
            widget.setEnabled(allowed)
        self.move_button.setEnabled(False)
        self._retranslate_headers()
        self.freshness = ReloadWhenShown(self, ops, self.reload)

    def _retranslate_headers(self) -> None:
        self.partners.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Kind"),
                self.tr("Keys"),
                self.tr("Fingerprint"),
            ]
        )
        self.referrals.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Direction"),
                self.tr("Partner"),
                self.tr("Purpose"),
                self.tr("State"),
                self.tr("Sent or received"),
                self.tr("Answer due"),
            ]
        )

    # --- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db

        def work(_task: object) -> _Read:
            own = transfer.profile(db)
            card = transfer.own_card(db) if own is not None else None
            return _Read(
                own,
                card,
                transfer.list_partners(db),
                transfer.list_referrals(db),
                transfer.answer_days(db),
            )

        self.ops.read(work, self._show)

    def _show(self, read: _Read) -> None:
        self.read = read
        own = read.own
        self.name.setText(own.name if own else "")
        self.country.setText((own.country or "") if own else "")
        index = self.kind.findData(own.kind.value if own else OrganisationKind.LEGAL_AID.value)
        self.kind.setCurrentIndex(max(index, 0))
        self.contact.setText((own.contact or "") if own else "")
        if read.card is not None:
            self.fingerprint.setText(read.card.fingerprint)
            self.qr.setPixmap(qr_pixmap(read.card, 3))
        else:
            self.fingerprint.setText(self.tr("Give your organisation's name and save"))
            self.qr.clear()
        self.save_card.setEnabled(read.card is not None and access.may(self.db, "transfer"))
        self.save_qr.setEnabled(read.card is not None and access.may(self.db, "transfer"))
        self.answer_days.setValue(read.answer_days)
        self.partners.setRowCount(len(read.partners))
        for row, partner in enumerate(read.partners):
            keys = choice_label(partner.status.value)
            if partner.next_fingerprint:
                keys = self.tr("New keys to confirm")
            cells = [
                partner.name,
                partner.country or "",
                choice_label(partner.kind),
                keys,
                partner.next_fingerprint or partner.fingerprint,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, partner.id)
                self.partners.setItem(row, column, item)
        self.referrals.setRowCount(len(read.referrals))
        for row, referral in enumerate(read.referrals):
            when = referral.sent_at or referral.answered_at
            cells = [
                referral.reference or "—",
                choice_label(referral.direction.value),
                referral.partner,
                choice_label(referral.purpose.value),
                choice_label(referral.state.value)
                + (self.tr(" (without consent)") if referral.overridden else ""),
                shown_instant(when) if when else "",
                referral.answer_due_on.isoformat() if referral.answer_due_on else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, referral.id)
                self.referrals.setItem(row, column, item)
        self._enable()
        self.loaded.emit()

    def _selected_partner(self) -> transfer.PartnerView | None:
        rows = self.partners.selectionModel().selectedRows()
        if not rows or self.read is None:
            return None
        return self.read.partners[rows[0].row()]

    def _selected_referral(self) -> transfer.ReferralView | None:
        rows = self.referrals.selectionModel().selectedRows()
        if not rows or self.read is None:
            return None
        return self.read.referrals[rows[0].row()]

    def _enable(self) -> None:
        allowed = access.may(self.db, "transfer")
        partner = self._selected_partner()
        self.confirm.setEnabled(allowed and partner is not None)
        self.revoke.setEnabled(allowed and partner is not None)
        referral = self._selected_referral()
        self.move_button.setEnabled(
            allowed and referral is not None and bool(transfer.NEXT_STATES[referral.state])
        )

    # --- our card ----------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.problem.setText(error_text(error))
        self.problem.show()

    def _done(self) -> None:
        self.problem.hide()
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")

    def _save_own(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._failed(ValueError(self.tr("Give your organisation's name.")))
            return
        details = transfer.Profile(
            name,
            self.country.text().strip().upper() or None,
            OrganisationKind(self.kind.currentData()),
            self.contact.text().strip() or None,
        )
        db = self.db
        self.ops.write(
            lambda _task: transfer.set_profile(db, details),
            lambda _none: self._done(),
            changes={"transfer"},
            on_failure=self._failed,
        )

    def _save_answer_days(self) -> None:
        if self.read is None or self.answer_days.value() == self.read.answer_days:
            return
        db, days = self.db, self.answer_days.value()
        self.ops.write(
            lambda _task: transfer.set_answer_days(db, days),
            lambda _none: self._done(),
            changes={"transfer"},
            on_failure=self._failed,
        )

    def _save_card(self) -> None:
        if self.read is None or self.read.card is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the contact card"), "contact-card.gdcard", CARD_FILTER
        )
        if path:
            self._write_file(Path(path), (self.read.card.text() + "\n").encode("utf-8"))

    def _save_qr(self) -> None:
        if self.read is None or self.read.card is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the QR code"), "contact-card.png", self.tr("Pictures (*.png *.svg)")
        )
        if path:
            card = self.read.card
            self.ops.write(
                lambda _task: transfer.qr_code(card, Path(path)),
                lambda _none: self._done(),
                changes=set(),
                on_failure=self._failed,
            )

    def _write_file(self, path: Path, data: bytes) -> None:
        from guardian_desk.files import write_atomic

        self.ops.write(
            lambda _task: write_atomic(path, data, "The card"),
            lambda _none: self._done(),
            changes=set(),
            on_failure=self._failed,
        )

    # --- partners ----------------------------------------------------------------------------

    def _add_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A partner's contact card"), "", CARD_FILTER
        )
        if path:
            self.add_card_from(Path(path))

    def add_card_from(self, path: Path) -> None:
        """Read a card (text or a picture of its QR code) and pin the partner's keys."""
        db = self.db

        def work(_task: object) -> transfer.CardOutcome:
            return transfer.add_card(db, transfer.read_card_file(path))

        self.ops.write(work, self._card_added, changes={"transfer"}, on_failure=self._failed)

    def _card_added(self, outcome: transfer.CardOutcome) -> None:
        said = {
            "added": self.tr(
                "%1 is added. Call them and read the fingerprints to each other before you "
                "send or take anything: Confirm by telephone."
            ),
            "unchanged": self.tr("%1's card was already known; nothing changed."),
            "pinned again": self.tr(
                "%1 will be trusted anew once you confirm its fingerprint by telephone."
            ),
            "keys replaced": self.tr("%1's new keys are signed by their old ones: taken."),
            "keys to confirm": self.tr(
                "%1 was revoked: confirm its new fingerprint by telephone before anything of "
                "theirs is taken in."
            ),
            "keys waiting": self.tr(
                "%1's new keys are NOT signed by their old ones. Call them on a number you "
                "already know and confirm the new fingerprint before anything of theirs is "
                "taken in."
            ),
        }[outcome.what]
        self.problem.setText(said.replace("%1", outcome.partner.name))
        self.problem.setStyleSheet("")
        self.problem.show()

    def _confirm(self) -> None:
        partner = self._selected_partner()
        if partner is None:
            return
        dialog = ConfirmDialog(partner, self)
        dialog.setObjectName("partners.confirmDialog")
        dialog.accepted.connect(lambda: self.confirm_with(partner.id, dialog.read_out()))
        dialog.open()
        self.confirm_dialog = dialog

    def confirm_with(self, partner_id: str, read_out: str) -> None:
        db = self.db
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.ops.write(
            lambda _task: transfer.confirm_partner(db, partner_id, read_out),
            lambda _view: self._done(),
            changes={"transfer"},
            on_failure=self._failed,
        )

    def _revoke(self) -> None:
        partner = self._selected_partner()
        if partner is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Revoke %1").replace("%1", partner.name),
            self.tr(
                "Why is this partner no longer trusted? Nothing is sent to it or taken "
                "from it any more."
            ),
        )
        if not ok:
            return
        db = self.db
        self.ops.write(
            lambda _task: transfer.revoke_partner(db, partner.id, reason),
            lambda _view: self._done(),
            changes={"transfer"},
            on_failure=self._failed,
        )

    # --- referrals ---------------------------------------------------------------------------

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        referral = self._selected_referral()
        if referral is None:
            return
        for state in transfer.NEXT_STATES[referral.state]:
            action = self.move_menu.addAction(choice_label(state.value))
            action.setObjectName(f"partners.move.{state.value}")
            action.triggered.connect(
                lambda *_args, s=state, r=referral.id: self.move_referral(r, s)
            )

    def move_referral(self, referral_id: str, state: ReferralState) -> None:
        db = self.db
        self.ops.write(
            lambda _task: transfer.move_referral(db, referral_id, state),
            lambda _view: self._done(),
            changes={"transfer"},
            on_failure=self._failed,
        )

    def _open_referral_case(self, row: int, _column: int) -> None:
        if self.read is not None and self.read.referrals[row].case_id:
            self.open_case.emit(self.read.referrals[row].case_id)

    def retranslate(self) -> None:
        self._retranslate_headers()
        if self.read is not None:
            self._show(self.read)


class ConfirmDialog(QDialog):
    """Confirm a partner's keys: the fingerprint they read out on the telephone, typed."""

    def __init__(self, partner: transfer.PartnerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm %1").replace("%1", partner.name))
        explain = QLabel(
            self.tr(
                "Call %1 on a number you already know (not one from the card or an e-mail). "
                "Ask them to read out the fingerprint shown on their Partners page, and type "
                "it here. If it differs, do not trust the card."
            ).replace("%1", partner.name)
        )
        explain.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("partners.confirmDialog.fingerprint")
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.field.setAccessibleName(self.tr("The fingerprint they read out"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName(
            "partners.confirmDialog.ok"
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def read_out(self) -> str:
        return self.field.text()
