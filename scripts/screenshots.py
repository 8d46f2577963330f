"""Regenerates docs/screenshots/*.png: the case list on demo data, and the case editor on a
child whose name is written in Arabic script.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py guide
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py security
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py transfer
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py care
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py reports

The first takes every picture but those of the protection. The second takes only the user
guide's: a case's overview, a record tab of the case window, the calendar and a filing's
first page, in English and in Arabic, at 1280×800 and 1920×1080
(``overview-en-1280x800.png``...). The third takes only the pictures of the protection: the
recovery key asked for, and the window locked. The fourth takes those of a referral between
two organisations: the Partners page, referring a case, receiving it. The fifth takes those
of continuity of care: a child's services, and the review of family tracing matches. The
sixth takes the Reports page with this year's caseload made (``reports-page.png``), then the
court-readiness of files with its rate table (``reports-readiness.png``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from guardian_desk.services import cases, exchange
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import Database, open_database
from guardian_desk.ui.cases import CaseEditor
from guardian_desk.ui.documents import FileList
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.records import RecordList
from guardian_desk.ui.settings import Settings

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
# The user guide's pictures: each in both languages and at both window sizes.
GUIDE_LANGUAGES = ("en", "ar")
GUIDE_SIZES = ((1280, 800), (1920, 1080))


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if sys.argv[1:] == ["security"]:
        _security_shots(app)
        return
    if sys.argv[1:] == ["people"]:
        _people_shots(app)
        return
    if sys.argv[1:] == ["transfer"]:
        with tempfile.TemporaryDirectory() as scratch:
            _transfer_shots(app, Path(scratch))
        return
    if sys.argv[1:] == ["care"]:
        with tempfile.TemporaryDirectory() as scratch:
            db, window = _demo_window(app, Path(scratch))
            _care_shots(app, db, window)
            window.close()
            window.ops.wait()
            db.close()
        return
    if sys.argv[1:] == ["reports"]:
        with tempfile.TemporaryDirectory() as scratch:
            db, window = _demo_window(app, Path(scratch))
            _reports_shot(app, window)
            window.close()
            window.ops.wait()
            db.close()
        return
    if sys.argv[1:] == ["guide"]:
        with tempfile.TemporaryDirectory() as scratch:
            db, window = _demo_window(app, Path(scratch))
            _guide_shots(app, db, window)
            window.close()
            window.ops.wait()
            db.close()
        print(f"written: {', '.join(p.name for p in sorted(OUT.glob('*-*x*.png')))}")
        return
    with tempfile.TemporaryDirectory() as scratch:
        db = open_database(str(Path(scratch) / "shots.sqlite"))
        demo.generate(db, 300, seed=1, as_of=date.today())
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(db, demo=True, settings=settings)
        window.resize(1800, 860)
        window.show()
        while window.model.total == 0 or window.this_week.list.count() == 0:
            app.processEvents()
        settle = time.monotonic() + 1.5  # the Court-ready column follows the rows
        while time.monotonic() < settle:
            app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / "case-list.png"))
        arabic = next(
            s
            for s in cases.page(db, 0, 300)
            if s.name_native and "\u0600" <= s.name_native[0] <= "\u06ff"
        )
        editor = CaseEditor(db, window.ops, cases.open_case(db, arabic.id), window)
        editor.resize(1000, 860)
        editor.show()
        app.processEvents()
        editor.grab().save(str(OUT / "case-editor-arabic.png"))
        editor.tabs.setCurrentIndex(5)  # Deadlines, on the first one a rule gives
        part = editor.parts["deadlines"]
        records = part.records or []
        part.list.setCurrentRow(next((i for i, d in enumerate(records) if d["rule_id"]), 0))
        app.processEvents()
        editor.grab().save(str(OUT / "case-deadlines.png"))
        editor.tabs.setCurrentWidget(editor.readiness)  # what the documents still lack
        app.processEvents()
        editor.grab().save(str(OUT / "case-readiness.png"))
        editor.close()
        _document_shots(app, db, window)
        _filing_shots(app, db, window)
        _language_shots(app, db, window)
        window.ui.navigation.setCurrentRow(1)  # the calendar, this month
        while not window.calendar.events:
            app.processEvents()
        app.processEvents()
        window.grab().save(str(OUT / "calendar.png"))
        _guide_shots(app, db, window)
        window.close()
        window.ops.wait()
        db.close()
    print(f"written: {', '.join(p.name for p in sorted(OUT.glob('*.png')))}")


def _settle(app: QApplication, seconds: float = 1.0) -> None:
    """Let queued work, background reads and QtPdf's drawing finish."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()


def _demo_window(app: QApplication, scratch: Path) -> tuple[Database, MainWindow]:
    """The main window on 300 demo cases, its list and "This week" read."""
    db = open_database(str(scratch / "shots.sqlite"))
    demo.generate(db, 300, seed=1, as_of=date.today())
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, demo=True, settings=settings)
    window.resize(1800, 860)
    window.show()
    while window.model.total == 0 or window.this_week.list.count() == 0:
        app.processEvents()
    _settle(app, 1.5)
    return db, window


def _guide_case(db: Database) -> dict[str, Any]:
    """A case a newcomer learns most from: an Arabic-speaking child (a name in Arabic script),
    court-ready at home but not yet abroad, a hearing to come, open deadlines, notes."""
    today = date.today().isoformat()
    found = exchange.export_document(db)["cases"]

    def score(case: dict[str, Any]) -> tuple[int, ...]:
        child = case["child"]
        hearings = [h for p in case["proceedings"] for h in p["hearings"]]
        deadlines = [d for d in case["deadlines"] if d["status"] == "open"]
        return (
            case["status"] == "open",
            (child.get("languages") or [""])[0] == "ar" and child["native_script"] == "Arab",
            int(case["reference"][-6:]) % demo.READY_EVERY == 2,  # ready at home only
            any(h["outcome"] == "scheduled" and h["starts_at"] > today for h in hearings),
            case["home_jurisdiction"].startswith("US"),
            any(d["due_on"] < today for d in deadlines),
            len(deadlines) >= 3,
            bool(case["risk_flags"]),
        )

    return max(found, key=score)


def _pdf_page(pdf: bytes, size: tuple[int, int], target: Path) -> None:
    """The first page of a PDF, rendered by poppler's pdftoppm, on a grey ground of ``size``
    as a PDF viewer shows it."""
    from PySide6.QtGui import QColor, QImage, QPainter

    width, height = size
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise SystemExit("pdftoppm is needed (Debian: apt-get install poppler-utils)")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "filing.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                tool,
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                "-scale-to",
                str(height - 40),
                str(source),
                str(Path(folder) / "page"),
            ],
            check=True,
        )
        page = QImage(str(Path(folder) / "page.png"))
    ground = QImage(width, height, QImage.Format.Format_RGB32)
    ground.fill(QColor("#8c8c8c"))
    painter = QPainter(ground)
    x, y = (width - page.width()) // 2, (height - page.height()) // 2
    painter.fillRect(x + 3, y + 3, page.width(), page.height(), QColor("#5a5a5a"))  # shadow
    painter.drawImage(x, y, page)
    painter.end()
    ground.save(str(target))


def _guide_shots(app: QApplication, db: Database, window: MainWindow) -> None:
    """The user guide's pictures, in English and Arabic at both sizes: a case's overview,
    its Deadlines tab on an overdue deadline, the calendar, a notice of hearing's first page."""
    from guardian_desk.domain.enums import FilingFormat
    from guardian_desk.services import filings
    from guardian_desk.ui.i18n import apply_language

    case = _guide_case(db)
    OUT.mkdir(parents=True, exist_ok=True)
    for language in GUIDE_LANGUAGES:
        apply_language(language)
        _settle(app, 0.5)
        for width, height in GUIDE_SIZES:
            tag = f"{language}-{width}x{height}"
            editor = CaseEditor(db, window.ops, cases.open_case(db, case["id"]), window)
            editor.show()
            editor.resize(width, height)
            _settle(app)
            editor.grab().save(str(OUT / f"overview-{tag}.png"))
            # The Deadlines tab, on the first overdue deadline: what the rule says, and why.
            editor.tabs.setCurrentWidget(editor.pages["deadlines"])
            _settle(app, 0.5)
            part = editor.parts["deadlines"]
            assert isinstance(part, RecordList)
            today = date.today().isoformat()
            overdue = sorted(
                (d for d in case["deadlines"] if d["status"] == "open" and d["due_on"] < today),
                key=lambda d: str(d["due_on"]),
            )
            if overdue:  # chosen with the mouse, as a person does
                from PySide6.QtCore import Qt
                from PySide6.QtTest import QTest

                table = part.list
                row = next(
                    r
                    for r in range(table.rowCount())
                    if part.records[table._index_at(r)]["id"] == overdue[0]["id"]
                )
                where = table.visualItemRect(table.item(row, 0)).center()
                QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
            _settle(app)
            editor.grab().save(str(OUT / f"editor-{tag}.png"))
            editor.draft = editor.opened.case  # nothing to save
            editor.close()
            window.resize(width, height)
            window.ui.navigation.setCurrentRow(window.ui.pages.indexOf(window.ui.calendarPage))
            while not window.calendar.events:
                app.processEvents()
            _settle(app)
            window.grab().save(str(OUT / f"calendar-{tag}.png"))
            window.ui.navigation.setCurrentRow(0)
        request = filings.Request(case["id"], "notice-of-hearing", language)
        made = filings.make(db, filings.prepare(db, request), FilingFormat.PDF, keep=False)
        for size in GUIDE_SIZES:
            _pdf_page(made.data, size, OUT / f"filing-{language}-{size[0]}x{size[1]}.png")
    apply_language("en")
    _settle(app, 0.5)


def _document_shots(app: QApplication, db: Database, window: MainWindow) -> None:
    """A scan's pages as thumbnails, and an apostille entered box by box."""
    case_id, index = next(
        (c["id"], i)
        for c in exchange.export_document(db)["cases"]
        for i, d in enumerate(c["documents"])
        if d["files"]
    )
    editor = CaseEditor(db, window.ops, cases.open_case(db, case_id), window)
    editor.resize(1000, 860)
    editor.show()
    editor.tabs.setCurrentIndex(6)  # Documents
    documents = editor.parts["documents"]
    documents.list.setCurrentRow(index)
    files = documents.form.lists["files"]
    assert isinstance(files, FileList)
    files.list.setCurrentRow(0)
    strip = files.thumbnails
    while not (strip.count() and not strip.item(0).icon().isNull()):
        app.processEvents()
    files.grab().save(str(OUT / "scan-pages.png"))
    steps = documents.form.lists["authentication_steps"]
    assert isinstance(steps, RecordList)
    steps.add()
    record = steps.form.record
    assert record is not None
    record.update(
        kind="apostille",
        country="MA",
        signed_by="Fatima Zahra Alaoui",
        acting_as="Civil registrar",
        seal_of="Civil registry of Rabat-Agdal",
        place="Rabat",
        performed_on="2025-03-04",
        authority="Ministry of Justice",
        reference="AP-2025-004512",
        seal_present=True,
        signature_present=True,
    )
    steps.form.load(record)
    steps.resize(900, 700)
    app.processEvents()
    steps.grab().save(str(OUT / "apostille.png"))
    editor.draft = editor.opened.case  # nothing to save
    editor.close()


def _filing_shots(app: QApplication, db: Database, window: MainWindow) -> None:
    """The filing wizard's preview of a notice, and the clerk's batch page."""
    from guardian_desk.ui.filings import FilingWizard

    case_id = next(
        c["id"]
        for c in exchange.export_document(db)["cases"]
        if any(
            p["jurisdiction"] == "US-CA"
            and p["kind"] == "guardianship"
            and any(h["outcome"] == "scheduled" for h in p["hearings"])
            for p in c["proceedings"]
        )
    )
    wizard = FilingWizard(db, window.ops, case_id, window, form_id="notice-of-hearing")
    wizard.resize(900, 980)
    wizard.show()
    shown: list[int] = []
    wizard.previewed.connect(shown.append)
    wizard.next()
    wizard.next()
    while not shown:
        app.processEvents()
    settle = time.monotonic() + 1.0  # QtPdf draws the pages on its threads
    while time.monotonic() < settle:
        app.processEvents()
    wizard.grab().save(str(OUT / "filing-wizard.png"))
    wizard.close()
    window.ui.navigation.setCurrentRow(window.ui.pages.indexOf(window.ui.filingsPage))
    page = window.filings
    while not page.hearings:
        app.processEvents()
    app.processEvents()
    window.grab().save(str(OUT / "filings-batch.png"))


def _language_shots(app: QApplication, db: Database, window: MainWindow) -> None:
    """An English and Arabic notice of hearing (its first page), and the window in Arabic."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from guardian_desk.domain.enums import FilingFormat
    from guardian_desk.services import filings
    from guardian_desk.ui.i18n import apply_language

    case = next(
        c
        for c in exchange.export_document(db)["cases"]
        if "ar" in (c["child"].get("languages") or [])
        and any(
            p["jurisdiction"].startswith("US")
            and any(h["outcome"] == "scheduled" for h in p["hearings"])
            for p in c["proceedings"]
        )
    )
    request = filings.Request(
        case["id"], "notice-of-hearing", "en", second_language="ar", arrangement="columns"
    )
    made = filings.make(db, filings.prepare(db, request), FilingFormat.PDF, keep=False)
    raw = QByteArray(made.data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    pdf.load(buffer)
    pdf.render(0, QSize(1275, 1650)).save(str(OUT / "notice-en-ar.png"))
    apply_language("ar")
    app.processEvents()
    window.ui.navigation.setCurrentRow(0)
    settle = time.monotonic() + 1.0
    while time.monotonic() < settle:
        app.processEvents()
    window.grab().save(str(OUT / "window-arabic.png"))
    apply_language("en")


def _security_shots(app: QApplication) -> None:
    """The recovery key asked for (a mistyped one said), and the window locked with the
    unlock dialog over it, as a person sees them."""
    import os

    from PySide6.QtGui import QColor, QPainter

    from guardian_desk.errors import KeyNeededError
    from guardian_desk.services import security
    from guardian_desk.ui.security import RecoveryKeyPrompt

    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("XDG_DATA_HOME", scratch)
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())  # as on a computer without the key in its keyring
        path = Path(scratch) / "office.sqlite"
        opened = security.open_for_work(str(path))
        demo.generate(opened.db, 300, seed=1, as_of=date.today())
        opened.db.close()
        try:
            security.open_for_work(str(path))
        except KeyNeededError as exc:
            reason = str(exc)
        prompt = RecoveryKeyPrompt(str(path), reason, {"daily_backup": False})
        prompt.show()
        prompt.key_field.setText("7K3Q-M2XD-4H9P-0RTV-YB6S-3JWA-8CNE-5FGZ")
        prompt.open_button.click()  # a key of another database: said, and asked again
        app.processEvents()
        prompt.grab().save(str(OUT / "recovery-prompt.png"))
        prompt.close()
        assert opened.new_keys is not None
        db = security.open_for_work(
            str(path), recovery_key=opened.new_keys.recovery_key, daily_backup=False
        ).db
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(db, settings=settings)
        window.resize(1400, 760)
        window.show()
        while window.model.total == 0:
            app.processEvents()
        window.session_lock.lock(window.session_lock.tr("the screen was locked."))
        dialog = window.session_lock.dialog
        assert dialog is not None
        for _ in range(20):
            app.processEvents()
        shot = window.grab()
        painter = QPainter(shot)
        over = dialog.grab()  # drawn where the desktop puts it, framed as a window is
        x, y = (shot.width() - over.width()) // 2, (shot.height() - over.height()) // 2
        painter.drawPixmap(x, y, over)
        painter.setPen(QColor("#7a7a7a"))
        painter.drawRect(x - 1, y - 1, over.width() + 1, over.height() + 1)
        painter.end()
        shot.save(str(OUT / "locked.png"))
        window.session_lock.unlock(opened.new_keys.recovery_key)
        _audit_shot(app, db, window)
        window.close()
        window.ops.wait()
        db.close()
    print("written: recovery-prompt.png, locked.png, audit.png")


def _people_shots(app: QApplication) -> None:
    """The demo's sign-in, the administrator's list of users, and a clerk's case window
    (no Family, Protection or child's views)."""
    from guardian_desk.services import security
    from guardian_desk.ui.security import SignInDialog, UsersDialog

    with tempfile.TemporaryDirectory() as scratch:
        db = open_database(str(Path(scratch) / "people.sqlite"))
        demo.generate(db, 200, seed=1, as_of=date.today())
        security.add_demo_users(db)
        dialog = SignInDialog(db=db, hint=SignInDialog.demo_hint(security.DEMO_PASSPHRASE))
        dialog.show()
        dialog.username.setText("clerk")
        dialog.passphrase.setText("not the passphrase")
        dialog.sign_in_button.click()  # refused, and said
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(OUT / "sign-in.png"))
        dialog.close()
        security.sign_in(db, "admin", security.DEMO_PASSPHRASE)
        users = UsersDialog(db)
        users.resize(760, 420)
        users.show()
        app.processEvents()
        users.grab().save(str(OUT / "users.png"))
        users.close()
        security.sign_in(db, "clerk", security.DEMO_PASSPHRASE)
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(db, settings=settings)
        window.resize(1400, 760)
        window.show()
        while window.model.total == 0:
            app.processEvents()
        editor = CaseEditor(db, window.ops, cases.view_case(db, cases.list_ids(db)[0]), window)
        editor.resize(1100, 760)
        editor.show()
        for _ in range(30):
            app.processEvents()
        editor.grab().save(str(OUT / "case-editor-clerk.png"))
        editor.close()
        window.close()
        window.ops.wait()
        db.close()
    print("written: sign-in.png, users.png, case-editor-clerk.png")


def _audit_shot(app: QApplication, db: Database, window: MainWindow) -> None:
    """The Audit page after a morning's work: saves, an export, a filing."""
    import copy

    for case_id, name in zip(
        cases.list_ids(db)[:4], ("Karimy", "Haidari", "Tesfay", "Bah"), strict=True
    ):
        opened = cases.open_case(db, case_id)
        edited = copy.deepcopy(opened.case)
        edited["child"]["family_name"] = name
        cases.save_case(db, opened, edited)
    with tempfile.TemporaryDirectory() as folder:
        exchange.export_to_file(
            db, Path(folder) / "partner.age", passphrase="a long passphrase here"
        )
    window.ui.actionShowAudit.trigger()
    page = window.audit
    while page.table.rowCount() == 0:
        app.processEvents()
    page.verify()
    settle = time.monotonic() + 1.0
    while time.monotonic() < settle:
        app.processEvents()
    window.grab().save(str(OUT / "audit.png"))


def _transfer_shots(app: QApplication, scratch: Path) -> None:
    """Two organisations with each other's cards confirmed: Berlin's Partners page, its
    referral of a child's case, and Lyon's review of the bundle beside the case it had."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.services.transfer.test_transfer import CASE_ID, _child_case, _import

    from guardian_desk.domain.enums import OrganisationKind
    from guardian_desk.services import transfer

    berlin = open_database(str(scratch / "berlin.sqlite"))
    lyon = open_database(str(scratch / "lyon.sqlite"))
    for db, name, country, phone in (
        (berlin, "Rechtshilfe Berlin", "DE", "+49 30 555 0100"),
        (lyon, "Avocats Lyon", "FR", "+33 4 55 50 01 00"),
    ):
        transfer.set_profile(db, transfer.Profile(name, country, OrganisationKind.LEGAL_AID, phone))
    for me, other in ((berlin, lyon), (lyon, berlin)):
        card = transfer.own_card(other)
        transfer.confirm_partner(me, transfer.add_card(me, card).partner.id, card.fingerprint)
    _import(berlin, _child_case(CASE_ID, "BER-1", "Selam"))
    _import(lyon, _child_case("7a7a7a7a-0000-4000-8000-0000000000a1", "LYO-9", "Salam",
                              consent=False))  # fmt: skip
    windows = []
    for db, name in ((berlin, "b"), (lyon, "l")):
        settings = Settings(QSettings(str(scratch / f"{name}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(db, settings=settings)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
    _settle(app, 1.0)
    sending, receiving = windows
    OUT.mkdir(parents=True, exist_ok=True)
    sending.ui.navigation.setCurrentRow(sending.ui.pages.indexOf(sending.ui.partnersPage))
    _settle(app, 1.0)
    sending.grab().save(str(OUT / "partners-en-1280x800.png"))
    sending.open_case(CASE_ID)
    _settle(app, 1.0)
    dialog = sending.editors[CASE_ID].refer()
    assert dialog is not None
    _settle(app, 1.0)
    dialog.grab().save(str(OUT / "refer-en.png"))
    dialog.send_to(scratch / "referral.gdbundle")
    _settle(app, 1.5)
    receiving.receive_bundle(str(scratch / "referral.gdbundle"))
    _settle(app, 1.5)
    receiving.receive_dialog.grab().save(str(OUT / "receive-en.png"))
    for window in windows:
        for editor in list(window.editors.values()):
            editor.draft = editor.opened.case
            editor.close()
        window.ops.wait()
        window.close()
    berlin.close()
    lyon.close()
    print("written: partners-en-1280x800.png, refer-en.png, receive-en.png")


def _care_shots(app: QApplication, db: Database, window: MainWindow) -> None:
    """A child's services (a school place with its grade and earlier studies), and the
    review of a family tracing match side by side (``care-services.png``,
    ``tracing-review.png``)."""
    from tests.services.protection.test_tracing import Family, _import

    family = Family()
    family.a["care_services"] = [
        {
            "id": "5c0e1a2b-0000-4000-8000-00000000c001",
            "kind": "education",
            "provider": "Gesamtschule am Lindenhof",
            "contact": "Frau Yilmaz, school office, 030 555 0192",
            "status": "ongoing",
            "referred_on": "2026-10-05",
            "started_on": "2026-10-19",
            "enrolled_on": "2026-10-19",
            "grade": "Year 7, welcome class",
            "earlier_studies": "requested",
            "follow_up_on": "2026-12-18",
        }
    ]
    _import(db, *family.all)
    editor = CaseEditor(db, window.ops, cases.open_case(db, family.a["id"]), window)
    editor.resize(1100, 800)
    editor.show()
    while not editor.fully_built:
        app.processEvents()
    editor.tabs.setCurrentWidget(editor.pages["care_services"])
    part = editor.parts["care_services"]
    assert isinstance(part, RecordList)
    part.list.setCurrentRow(0)
    _settle(app, 0.5)
    OUT.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(OUT / "care-services.png"))
    editor.tabs.setCurrentIndex(0)
    editor.tracing_dialog = None
    editor.look_for_family()
    while editor.tracing_dialog is None:
        app.processEvents()
    dialog = editor.tracing_dialog
    row = next(
        r for r, m in enumerate(dialog.matches) if m.other_member_id == family.b_mother["id"]
    )
    dialog.table.selectRow(row)
    _settle(app, 0.5)
    dialog.grab().save(str(OUT / "tracing-review.png"))
    dialog.reject()
    editor.close()


def _reports_shot(app: QApplication, window: MainWindow) -> None:
    """The Reports page at 1280×800: this year's caseload, its first tables and a chart."""
    window.this_week_dock.hide()  # the page's width for its tables, as a reader would
    window.resize(1280, 800)
    window.ui.actionShowReports.trigger()
    page = window.reports
    page.report.setCurrentIndex(page.report.findData("caseload"))
    page.quick["this_year"].click()
    page.make_button.click()
    while page.view is None:
        app.processEvents()
    _settle(app, 1.0)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "reports-page.png"))
    print(f"written: {OUT / 'reports-page.png'}")
    # The court-readiness of files: the share of documents ready, a rate beside its numbers.
    page.report.setCurrentIndex(page.report.findData("readiness"))
    page.view = None
    page.make_button.click()
    while page.view is None:
        app.processEvents()
    _settle(app, 1.0)
    rates = page.findChild(QWidget, "reports.table.documents-jurisdiction")
    if rates is not None:  # the table's title at the top of the area
        top = rates.mapTo(page.area.widget(), QPoint(0, 0)).y()
        page.area.verticalScrollBar().setValue(top - 40)
    _settle(app, 0.5)
    window.grab().save(str(OUT / "reports-readiness.png"))
    print(f"written: {OUT / 'reports-readiness.png'}")


if __name__ == "__main__":
    main()
