"""Two organisations' windows, one test: Berlin names itself and confirms Lyon's card on the
Partners page, refers a child's case from the case window, Lyon receives the bundle from the
File menu, merges it into the case it already had (keeping its own spelling of the name) and
saves the receipt, and Berlin's referral becomes accepted. Every step is the button a person
clicks; file dialogs answer with the file a person would choose."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget

from guardian_desk.domain.enums import OrganisationKind
from guardian_desk.services import transfer
from guardian_desk.storage.database import Database, open_database
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings
from tests.services.transfer.test_transfer import CASE_ID, _child_case, _import


def _window(qtbot, db: Database, folder: Path, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(db, settings=settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.this_week.loaded, timeout=10000):
        shown.show()
    return shown


@pytest.fixture
def two(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    berlin_db = open_database(str(tmp_path / "berlin.sqlite"))
    lyon_db = open_database(str(tmp_path / "lyon.sqlite"))
    transfer.set_profile(
        lyon_db, transfer.Profile("Avocats Lyon", "FR", OrganisationKind.LEGAL_AID)
    )
    _import(berlin_db, _child_case(CASE_ID, "BER-1", "Selam"))
    _import(lyon_db, _child_case("7a7a7a7a-0000-4000-8000-0000000000a1", "LYO-9", "Salam",
                                 consent=False))  # fmt: skip
    berlin = _window(qtbot, berlin_db, tmp_path, "berlin")
    lyon = _window(qtbot, lyon_db, tmp_path, "lyon")
    yield berlin, lyon
    for window in (berlin, lyon):
        if shiboken6.isValid(window):
            window.ops.wait()
            for editor in list(window.editors.values()):
                editor.draft = editor.opened.case
                editor.close()
            window.close()
    berlin_db.close()
    lyon_db.close()


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _click_row(qtbot, table: QTableWidget, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_case_is_referred_merged_and_answered_through_the_windows(  # type: ignore[no-untyped-def]
    qtbot, two: tuple[MainWindow, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    berlin, lyon = two
    chosen: dict[str, Path] = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen["open"]), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen["save"]), ""))

    # Berlin opens the Partners page, names its organisation and saves.
    navigation = berlin.ui.navigation
    item = navigation.item(berlin.ui.pages.indexOf(berlin.ui.partnersPage))
    qtbot.mouseClick(
        navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=navigation.visualItemRect(item).center(),
    )
    page = berlin.partners
    qtbot.waitUntil(lambda: page.read is not None, timeout=5000)
    assert "name" in page.fingerprint.text()  # no card before the organisation has a name
    qtbot.keyClicks(page.name, "Rechtshilfe Berlin")
    qtbot.keyClicks(page.country, "de")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.save_own, Qt.MouseButton.LeftButton)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){5}", page.fingerprint.text())
    assert not page.qr.pixmap().isNull()
    # Berlin saves its card for Lyon, and reads Lyon's from a photo of its QR code.
    chosen["save"] = tmp_path / "berlin.gdcard"
    qtbot.mouseClick(page.save_card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chosen["save"].exists(), timeout=5000)
    transfer.qr_code(transfer.own_card(lyon.db), tmp_path / "lyon.png")
    chosen["open"] = tmp_path / "lyon.png"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.add_card, Qt.MouseButton.LeftButton)
    assert _cell(page.partners, 0, 0) == "Avocats Lyon"
    assert _cell(page.partners, 0, 3) == "To confirm by telephone"
    # The fingerprint Lyon reads out on the telephone, typed in.
    _click_row(qtbot, page.partners, 0)
    qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton)
    dialog = page.confirm_dialog
    qtbot.keyClicks(dialog.field, transfer.own_card(lyon.db).fingerprint.replace("-", " "))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(
            dialog.findChild(type(page.save_own), "partners.confirmDialog.ok"),
            Qt.MouseButton.LeftButton,
        )
    assert _cell(page.partners, 0, 3) == "Confirmed"
    # Lyon takes Berlin's card and confirms it (its own side, through the services).
    added = transfer.add_card(lyon.db, transfer.read_card_file(tmp_path / "berlin.gdcard"))
    transfer.confirm_partner(lyon.db, added.partner.id, transfer.own_card(berlin.db).fingerprint)

    # Berlin refers the case from the case window.
    berlin.open_case(CASE_ID)
    qtbot.waitUntil(lambda: CASE_ID in berlin.editors, timeout=5000)
    editor = berlin.editors[CASE_ID]
    qtbot.mouseClick(editor.overview.buttons["refer"], Qt.MouseButton.LeftButton)
    refer = editor.refer_dialog
    assert refer.boxes["identity"].isChecked()
    assert not refer.boxes["identity"].isEnabled()  # the purpose needs it
    family = refer.purpose.findData("family_tracing")
    refer.purpose.setCurrentIndex(family)
    qtbot.waitUntil(lambda: "No valid consent" in refer.consent.text(), timeout=5000)
    assert not refer.send_button.isEnabled()
    refer.purpose.setCurrentIndex(refer.purpose.findData("legal_representation"))
    qtbot.waitUntil(lambda: refer.send_button.isEnabled(), timeout=5000)
    assert "consent covers" in refer.consent.text()
    chosen["save"] = tmp_path / "referral.gdbundle"
    qtbot.mouseClick(refer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chosen["save"].exists(), timeout=5000)
    qtbot.waitUntil(lambda: berlin.ops.last_information is not None, timeout=5000)
    assert "only they can open it" in berlin.ops.last_information

    # Lyon receives it from the File menu and sees its own case proposed.
    chosen["open"] = tmp_path / "referral.gdbundle"
    lyon.ui.actionReceive.trigger()
    qtbot.waitUntil(lambda: hasattr(lyon, "receive_dialog"), timeout=5000)
    review = lyon.receive_dialog
    assert review.candidates.count() >= 1
    assert review.candidates.item(0).text().startswith("LYO-9")
    qtbot.waitUntil(lambda: _cell(review.side_by_side, 0, 1) == "Salam", timeout=5000)
    assert _cell(review.side_by_side, 0, 0) == "Selam"
    qtbot.mouseClick(review.merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.pages.currentIndex() == 1, timeout=5000)
    table = review.diff_table
    name_row = next(r for r in range(table.rowCount()) if "Given names" in _cell(table, r, 0))
    assert (_cell(table, name_row, 1), _cell(table, name_row, 2)) == ("Salam", "Selam")
    cell = table.item(name_row, 2)
    rect = table.visualItemRect(cell)
    # the tick box sits at the cell's left edge: a person unticks it to keep "Salam"
    tick = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=tick)
    assert cell.checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(review.taken, timeout=5000):
        qtbot.mouseClick(review.take_button, Qt.MouseButton.LeftButton)
    assert "1 kept as they were here" in review.done_label.text()
    chosen["save"] = tmp_path / "receipt.gdbundle"
    qtbot.mouseClick(review.receipt, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chosen["save"].exists(), timeout=5000)

    # Berlin receives the receipt: the referral is accepted.
    chosen["open"] = tmp_path / "receipt.gdbundle"
    berlin.ui.actionReceive.trigger()
    qtbot.waitUntil(lambda: "now" in (berlin.ops.last_information or "") and "ccepted" in (
        berlin.ops.last_information or ""), timeout=5000)  # fmt: skip
    navigation.setCurrentRow(berlin.ui.pages.indexOf(berlin.ui.partnersPage))
    qtbot.waitUntil(lambda: _cell(page.referrals, 0, 4) == "Accepted", timeout=5000)
    assert _cell(page.referrals, 0, 0) == "BER-1"

    # A bundle changed by one byte is refused with its sentence, and nothing is shown.
    damaged = bytearray((tmp_path / "referral.gdbundle").read_bytes())
    damaged[-5] ^= 0x01
    (tmp_path / "bad.gdbundle").write_bytes(bytes(damaged))
    chosen["open"] = tmp_path / "bad.gdbundle"
    lyon.ops.last_error = None
    lyon.ui.actionReceive.trigger()
    qtbot.waitUntil(lambda: lyon.ops.last_error is not None, timeout=5000)
    assert "changed after it was signed" in lyon.ops.last_error


def test_take_in_as_new_refuse_revoke_and_mark_through_the_windows(  # type: ignore[no-untyped-def]
    qtbot, two: tuple[MainWindow, MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from guardian_desk.domain.enums import ConsentPurpose

    berlin, lyon = two
    transfer.set_profile(berlin.db, transfer.Profile("Rechtshilfe Berlin", "DE"))
    for me, other in ((berlin.db, lyon.db), (lyon.db, berlin.db)):
        card = transfer.own_card(other)
        transfer.confirm_partner(me, transfer.add_card(me, card).partner.id, card.fingerprint)
    request = transfer.ReferralRequest(CASE_ID, "Avocats Lyon", ConsentPurpose.LEGAL_REPRESENTATION)
    bundles = []
    for n in range(2):
        path = tmp_path / f"r{n}.gdbundle"
        transfer.send_referral(berlin.db, transfer.prepare_referral(berlin.db, request), path)
        bundles.append(path)
    chosen: dict[str, Path] = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen["open"]), ""))

    # Lyon takes the first in as a new case, with the button a person clicks.
    chosen["open"] = bundles[0]
    lyon.ui.actionReceive.trigger()
    qtbot.waitUntil(lambda: hasattr(lyon, "receive_dialog"), timeout=5000)
    review = lyon.receive_dialog
    with qtbot.waitSignal(review.taken, timeout=5000):
        qtbot.mouseClick(review.as_new, Qt.MouseButton.LeftButton)
    assert "new case" in review.done_label.text()
    assert "BER-1" in {s.reference for s in transfer.list_referrals(lyon.db) if s.reference}
    review.close()
    del lyon.receive_dialog

    # The second is refused: nothing of it is written.
    chosen["open"] = bundles[1]
    lyon.ui.actionReceive.trigger()
    qtbot.waitUntil(lambda: hasattr(lyon, "receive_dialog"), timeout=5000)
    review = lyon.receive_dialog
    with qtbot.waitSignal(review.taken, timeout=5000):
        qtbot.mouseClick(review.refuse, Qt.MouseButton.LeftButton)
    assert "nothing of the case was written" in review.done_label.text()
    states = sorted(r.state.value for r in transfer.list_referrals(lyon.db))
    assert states == ["accepted", "rejected"]

    # Berlin marks its first referral done by hand (Mark as…), then revokes Lyon.
    navigation = berlin.ui.navigation
    navigation.setCurrentRow(berlin.ui.pages.indexOf(berlin.ui.partnersPage))
    page = berlin.partners
    qtbot.waitUntil(lambda: page.referrals.rowCount() == 2, timeout=5000)
    _click_row(qtbot, page.referrals, 0)
    assert page.move_button.isEnabled()
    page._fill_move_menu()
    revoke_action = next(
        a for a in page.move_menu.actions() if a.objectName() == "partners.move.revoked"
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        revoke_action.trigger()
    assert "Revoked" in {_cell(page.referrals, r, 4) for r in range(2)}
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("A laptop was stolen in Berlin.", True)
    )
    _click_row(qtbot, page.partners, 0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.revoke, Qt.MouseButton.LeftButton)
    assert _cell(page.partners, 0, 3) == "Revoked"
