"""The main window: navigation, the case list with filters and search, and the menus.

The layout comes from ``ui/main_window.ui``; this class wires it to the services. Database
work runs through :class:`~guardian_desk.ui.ops.Ops`, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDir, QEvent, QModelIndex, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
)

from guardian_desk import __version__
from guardian_desk.config import log_dir
from guardian_desk.domain.codes import jurisdiction_name
from guardian_desk.domain.enums import CaseStatus
from guardian_desk.services import cases
from guardian_desk.services.cases import AGE_BANDS, CaseFilter
from guardian_desk.storage.database import Database
from guardian_desk.ui.calendar import CalendarView, Reminders, ThisWeek
from guardian_desk.ui.cases import CaseTableModel
from guardian_desk.ui.documents import DocumentsPage
from guardian_desk.ui.forms.ui_main_window import Ui_MainWindow
from guardian_desk.ui.i18n import apply_language, ui_locale
from guardian_desk.ui.ops import Ops, Task
from guardian_desk.ui.settings import Settings
from guardian_desk.ui.widgets import ClipboardGuard, fit_to_screen, keep_on_screen

if TYPE_CHECKING:  # loaded when first used, so the case list shows sooner
    from guardian_desk.services import cases
    from guardian_desk.ui.cases import CaseEditor
    from guardian_desk.ui.help_window import UserGuide
    from guardian_desk.ui.settings_dialog import SettingsDialog

WINDOW_NAME = "main_window"


class MainWindow(QMainWindow):
    """The window on one database.

    Signals are those of its parts: ``ops.changed`` refreshes the list after every write.
    """

    SEARCH_DELAY_MS = 25  # waits for a pause in typing, short enough to feel immediate

    def __init__(
        self, db: Database, *, demo: bool = False, settings: Settings | None = None
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or Settings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.demo = demo
        if demo:
            self.setWindowTitle(self.tr("Guardian Desk — demo data (throw-away)"))
        self.ops = Ops(self, db.path)
        self.editors: dict[str, CaseEditor] = {}
        self.model = CaseTableModel(db, self.ops, self)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(self.tr("Found: %n", "", 1000000))
        )
        self.statusBar().addPermanentWidget(self.count_label)

        self._setup_table()
        self._setup_filters()
        self._setup_navigation()
        self._setup_actions()
        self._setup_calendar()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.model.set_search(self.ui.search.text()))
        self.ui.search.textChanged.connect(self._debounce.start)
        self.model.loaded.connect(self._show_count)
        self.ops.changed.connect(lambda _what: self.refresh())
        self._setup_plain_banner()
        self._setup_lock()
        self._restore_window()
        self.model.reload()

    # --- locked when left alone ---------------------------------------------------------------

    def _setup_lock(self) -> None:
        """The window locks after the idle time of the settings, when the screen locks, and
        with File › Lock (Ctrl+L); what is copied leaves the clipboard after 30 s."""
        from guardian_desk.ui.security import SessionLock

        self.session_lock = SessionLock(
            self,
            self.db,
            minutes=self.settings.lock_after_minutes,
            demo=self.demo,
            writing=self.ops,
        )
        self.session_lock.locked_changed.connect(self._lock_changed)
        self.clipboard_guard = ClipboardGuard(self)
        action = QAction(self.tr("&Lock"), self)
        action.setObjectName("actionLock")
        action.setShortcut("Ctrl+L")
        action.setStatusTip(self.tr("Hide every case until you unlock it"))
        action.triggered.connect(lambda: self.session_lock.lock(self.tr("it was asked to.")))
        self.ui.menuFile.insertAction(self.ui.actionQuit, action)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        self.action_lock = action
        self._setup_people()

    # --- people who sign in ------------------------------------------------------------------

    def _setup_people(self) -> None:
        """File › Switch user…, File › Change passphrase…, Edit › Users…"""
        switch = QAction(self.tr("S&witch user…"), self)
        switch.setObjectName("actionSwitchUser")
        switch.triggered.connect(lambda: self.switch_user())
        change = QAction(self.tr("Change &passphrase…"), self)
        change.setObjectName("actionChangePassphrase")
        change.triggered.connect(lambda: self.change_passphrase())
        self.ui.menuFile.insertAction(self.action_lock, switch)
        self.ui.menuFile.insertAction(self.action_lock, change)
        users = QAction(self.tr("&Users…"), self)
        users.setObjectName("actionUsers")
        users.triggered.connect(lambda: self.manage_users())
        self.ui.menuEdit.addAction(users)
        self.action_switch_user, self.action_change_passphrase = switch, change
        self.action_users = users
        self._apply_access()

    def switch_user(self) -> bool:
        """Another person signs in at this window (their passphrase always asked): the open
        cases close first, and everything is read again as the new person may see it."""
        from guardian_desk.ui.security import SignInDialog

        for editor in list(self.editors.values()):
            if not editor.close():
                return False  # unsaved work the person chose to keep
        before = self.db.person
        dialog = SignInDialog(db=self.db, parent=self)
        if dialog.exec() != SignInDialog.DialogCode.Accepted:
            self.db.person = before
            return False
        self._apply_access()
        self._forget_reports()  # counted in the scope of the person before
        self.refresh()
        self.this_week.reload()
        return True

    def change_passphrase(self) -> bool:
        from guardian_desk.ui.security import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.db, self)
        return dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted

    def manage_users(self) -> None:
        from guardian_desk.ui.security import UsersDialog

        self.users_dialog = UsersDialog(self.db, self)
        self.users_dialog.open()

    def _lock_changed(self, locked: bool) -> None:
        if not locked:  # what was read while locked was not shown: read it again
            self.refresh()
            self.this_week.reload()
            self.reminders.check()

    # --- a plain database ----------------------------------------------------------------------

    ENCRYPT_AND_REOPEN = 75  # the exit code that asks the application to encrypt and reopen

    def _setup_plain_banner(self) -> None:
        """A plain SQLite file says so above the case list, with the way to encrypt it."""
        self.plain_banner = QFrame()
        self.plain_banner.setObjectName("plainBanner")
        self.plain_banner.setStyleSheet(
            "#plainBanner { background: #fdecea; border: 1px solid #c0392b; border-radius: 3px; }"
        )
        row = QHBoxLayout(self.plain_banner)
        self.plain_label = QLabel()
        self.plain_label.setWordWrap(True)
        row.addWidget(self.plain_label, 1)
        self.encrypt_button = QPushButton()
        self.encrypt_button.setObjectName("encryptDatabase")
        self.encrypt_button.clicked.connect(self.ask_to_encrypt)
        row.addWidget(self.encrypt_button)
        self.ui.casesLayout.insertWidget(0, self.plain_banner)
        self.encrypt_requested = False
        self._retranslate_banner()
        plain = self.db.path is not None and not self.db.encrypted and not self.demo
        self.plain_banner.setVisible(plain)

    def _retranslate_banner(self) -> None:
        self.plain_label.setText(
            self.tr(
                "This database is not encrypted: anyone who copies the file can read every "
                "child's data in it."
            )
        )
        self.encrypt_button.setText(self.tr("Encrypt…"))

    def ask_to_encrypt(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Encrypt the database"),
            self.tr(
                "Guardian Desk closes the database, encrypts it (a verified encrypted copy "
                "takes its place, and its plain backups are removed), then opens it again and "
                "shows its recovery key once. Encrypt it now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.encrypt_requested = True
        if self.close():  # open editors and running work are asked about first
            QCoreApplication.exit(self.ENCRYPT_AND_REOPEN)
        else:
            self.encrypt_requested = False

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if hasattr(self, "plain_banner"):
                self._retranslate_banner()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the language just chosen (Settings › Language)."""
        ui = self.ui
        ui.retranslateUi(self)
        if self.demo:
            self.setWindowTitle(self.tr("Guardian Desk — demo data (throw-away)"))
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.this_week_dock.setWindowTitle(self.tr("This week"))
        self.this_week_dock.toggleViewAction().setText(self.tr("This &week"))
        self.action_export_calendar.setText(self.tr("Export &calendar (.ics)…"))
        self.action_user_guide.setText(self.tr("&User guide"))
        self.action_user_guide.setStatusTip(self.tr("How to do the day's work in Guardian Desk"))
        self.action_organisation_files.setText(self.tr("&Organisation's files…"))
        self.action_organisation_files.setStatusTip(
            self.tr(
                "The organisation's own roles, instruments and reports, and any that cannot be used"
            )
        )
        self.action_lock.setText(self.tr("&Lock"))
        self.action_lock.setStatusTip(self.tr("Hide every case until you unlock it"))
        self.action_switch_user.setText(self.tr("S&witch user…"))
        self.action_change_passphrase.setText(self.tr("Change &passphrase…"))
        self.action_users.setText(self.tr("&Users…"))
        for combo, texts in (
            (
                ui.statusFilter,
                [self.tr("All"), self.tr("Open"), self.tr("Closed"), self.tr("Archived")],
            ),
            (ui.ageFilter, [self.tr("All ages")]),
        ):
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        self.model.retranslate()
        self._fill_choices()
        self._show_count(self.model.total)
        self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        """The pages built on first use (Calendar, Documents, Filings) are views of the
        database: in a new language they are built again when next shown; "This week" is
        read again now."""
        current = self.ui.pages.currentIndex()
        for attribute in ("_calendar", "_documents", "_filings", "_audit", "_partners"):
            page = getattr(self, attribute)
            if page is not None:
                page.setParent(None)
                page.deleteLater()
                setattr(self, attribute, None)
        if self.ui.filingsInfo.isHidden():
            self.ui.filingsInfo.show()
        self._show_page(current)
        self.this_week.retranslate()

    # --- set-up ----------------------------------------------------------------------------

    def _setup_calendar(self) -> None:
        """The "this week" panel (read once the case list is shown); the Calendar page is
        built when first shown."""
        self._calendar: CalendarView | None = None
        self._documents: DocumentsPage | None = None
        self._filings: Any = None
        self._audit: Any = None
        self._partners: Any = None
        self._reports: Any = None
        self.this_week = ThisWeek(self.db, self.ops)
        self.this_week.open_case.connect(self.open_case)
        dock = QDockWidget(self.tr("This week"), self)
        dock.setObjectName("thisWeekDock")
        dock.setWidget(self.this_week)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.this_week_dock = dock
        toggle = dock.toggleViewAction()
        toggle.setText(self.tr("This &week"))
        toggle.setShortcut("Ctrl+Shift+W")
        self.ui.menuView.addSeparator()
        self.ui.menuView.addAction(toggle)
        self.reminders = Reminders(self, self.db, self.ops, self.settings)
        self.model.loaded.connect(self._first_list_shown)
        export = QAction(self.tr("Export &calendar (.ics)…"), self)
        export.setObjectName("actionExportCalendar")
        export.triggered.connect(lambda: self.export_calendar())
        self.ui.menuFile.insertAction(self.ui.actionExport, export)
        self.action_export_calendar = export

    @property
    def calendar(self) -> CalendarView:
        """The Calendar page's view, built on first use."""
        if self._calendar is None:
            self._calendar = CalendarView(self.db, self.ops)
            self._calendar.setObjectName("calendarView")
            self.ui.calendarLayout.addWidget(self._calendar)
            self._calendar.open_case.connect(self.open_case)
        return self._calendar

    @property
    def documents(self) -> DocumentsPage:
        """The Documents page, built on first use."""
        if self._documents is None:
            self._documents = DocumentsPage(self.db, self.ops)
            self._documents.setObjectName("documentsView")
            self.ui.documentsLayout.addWidget(self._documents)
            self._documents.open_case.connect(self.open_case)
        return self._documents

    @property
    def filings(self) -> Any:
        """The Filings page (a clerk's batch), built on first use."""
        if self._filings is None:
            from guardian_desk.ui.filings import FilingsPage

            self._filings = FilingsPage(self.db, self.ops)
            self._filings.setObjectName("filingsView")
            self.ui.filingsInfo.hide()
            self.ui.filingsLayout.addWidget(self._filings)
            self._filings.open_case.connect(self.open_case)
            self._filings.find_hearings()
        return self._filings

    @property
    def audit(self) -> Any:
        """The Audit page, built on first use."""
        if self._audit is None:
            from guardian_desk.ui.audit import AuditPage

            self._audit = AuditPage(self.db, self.ops)
            self._audit.setObjectName("auditView")
            self.ui.auditLayout.addWidget(self._audit)
            self._audit.open_case.connect(self.open_case)
        return self._audit

    @property
    def partners(self) -> Any:
        """The Partners page, built on first use."""
        if self._partners is None:
            from guardian_desk.ui.transfer import PartnersPage

            self._partners = PartnersPage(self.db, self.ops)
            self._partners.setObjectName("partnersView")
            self.ui.partnersLayout.addWidget(self._partners)
            self._partners.open_case.connect(self.open_case)
            self._partners.receive.connect(lambda: self.receive_bundle())
        return self._partners

    @property
    def reports(self) -> Any:
        """The Reports page, built on first use. It says itself in a new language, the
        report shown kept (not rebuilt: making a report again would be audited again)."""
        if self._reports is None:
            from guardian_desk.ui.reports import ReportsPage

            self._reports = ReportsPage(self.db, self.ops)
            self._reports.setObjectName("reportsView")
            self.ui.reportsLayout.addWidget(self._reports)
        return self._reports

    def _forget_reports(self) -> None:
        """The report shown leaves with the person who made it."""
        if self._reports is not None:
            self._reports.setParent(None)
            self._reports.deleteLater()
            self._reports = None
            if self.ui.pages.currentWidget() is self.ui.reportsPage:
                _ = self.reports

    def receive_bundle(self, path: str | None = None) -> None:
        """Ask for a bundle a partner sent, check it, and review it (File › Receive)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Receive a case from a partner"),
                QDir.homePath(),
                self.tr("Guardian Desk bundles (*.gdbundle);;All files (*)"),
            )
        if not path:
            return
        from guardian_desk.ui.transfer import open_receive

        open_receive(self.db, self.ops, self, Path(path))

    def _show_page(self, row: int) -> None:
        if row == self.ui.pages.indexOf(self.ui.calendarPage):
            _ = self.calendar  # built before it is shown
        if row == self.ui.pages.indexOf(self.ui.documentsPage):
            _ = self.documents
        if row == self.ui.pages.indexOf(self.ui.filingsPage):
            _ = self.filings
        if row == self.ui.pages.indexOf(self.ui.auditPage):
            _ = self.audit
        if row == self.ui.pages.indexOf(self.ui.partnersPage):
            _ = self.partners
        if row == self.ui.pages.indexOf(self.ui.reportsPage):
            _ = self.reports
        self.ui.pages.setCurrentIndex(row)

    def _first_list_shown(self, _count: int) -> None:
        self.model.loaded.disconnect(self._first_list_shown)
        self.this_week.reload()
        self.reminders.start()
        from guardian_desk.services.calendar import (
            stale_case_ids,  # loads the rules: not before the list
        )
        from guardian_desk.services.documents import unchecked_case_ids

        db = self.db
        self.ops.read(lambda _task: stale_case_ids(db), lambda ids: self.update_deadlines(ids))
        self.ops.read(lambda _task: unchecked_case_ids(db), lambda ids: self.fill_file_checks(ids))
        from guardian_desk.ui.organisation_files import organisation_folders

        self.ops.read(lambda _task: organisation_folders(), self._say_organisation_files)

    def fill_file_checks(self, case_ids: list[str]) -> None:
        """Hearings recorded before the week-before checks were kept (a database made by an
        older version): check them in the background, a few cases per write."""
        from guardian_desk.services.documents import all_file_checked, fill_file_checks

        if not case_ids:
            return
        db = self.db
        part, rest = case_ids[: self.RECOMPUTE_CHUNK], case_ids[self.RECOMPUTE_CHUNK :]

        def work(_task: object) -> int:
            count = fill_file_checks(db, part)
            if not rest:
                all_file_checked(db)  # a report need not look for unchecked hearings again
            return count

        self.ops.write(work, lambda _count: self.fill_file_checks(rest), changes=set())

    RECOMPUTE_CHUNK = 100  # cases per write: a person's own save never waits long behind it

    def update_deadlines(self, case_ids: list[str], changed: int = 0) -> None:
        """The rule files changed since the deadlines were computed: compute them again, a
        few cases at a time in the background, and say so in the status bar."""
        if not case_ids:
            return
        from guardian_desk.services.calendar import recompute, rules_applied

        db = self.db
        part, rest = case_ids[: self.RECOMPUTE_CHUNK], case_ids[self.RECOMPUTE_CHUNK :]
        self.statusBar().showMessage(
            self.tr(
                "The deadline rules changed: updating deadlines, %n case(s) to go…",
                "",
                len(case_ids),
            )
        )

        def work(_task: object) -> int:
            count = recompute(db, part)
            if not rest:
                rules_applied(db)
            return count

        def done(count: int) -> None:
            if rest:
                self.update_deadlines(rest, changed + count)
            else:
                self.statusBar().showMessage(
                    self.tr(
                        "Deadlines updated to the current rules (%n case(s) changed).",
                        "",
                        changed + count,
                    ),
                    15000,
                )

        self.ops.write(work, done, changes={"cases"} if not rest else set())

    def export_calendar(self, path: str | None = None) -> Task[Any] | None:
        """Write the coming year's hearings and deadlines (the calendar's filters apply) to
        an iCalendar file; titles name the child only if the settings say so."""
        from guardian_desk.services.calendar import export_ics

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export calendar"),
                str(Path(QDir.homePath()) / "guardian-desk.ics"),
                self.tr("iCalendar files (*.ics)"),
            )
        if not path:
            return None
        target, db = Path(path), self.db
        wanted = self.calendar.wanted()
        reference = self.calendar.case.text().strip()
        names = self.settings.ics_titles_show_child_name
        leads = self.settings.reminder_lead_days
        first = date.today() - timedelta(days=30)
        last = date.today() + timedelta(days=365)

        def work(_task: object) -> int:
            case_id = cases.case_id_of(db, reference) if reference else None
            chosen = replace(wanted, case_id=case_id)
            return export_ics(
                db, target, first, last, chosen, child_names=names, reminder_days=leads
            )

        def done(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("Wrote %n hearing(s) and deadline(s) to {0}.", "", count).format(
                    target.name
                ),
                10000,
            )

        return self.ops.read(work, done, label=self.tr("Exporting the calendar…"))

    def _setup_table(self) -> None:
        table = self.ui.caseTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate([150, 220, 220, 60, 150, 90, 170, 110, 60, 90]):
            # Never narrower than the header's own text, in any language or font size.
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.statusFilter.addItem(self.tr("All"), None)
        for status, label in (
            (CaseStatus.OPEN, self.tr("Open")),
            (CaseStatus.CLOSED, self.tr("Closed")),
            (CaseStatus.ARCHIVED, self.tr("Archived")),
        ):
            ui.statusFilter.addItem(label, status.value)
        ui.ageFilter.addItem(self.tr("All ages"), None)
        for band in AGE_BANDS:
            ui.ageFilter.addItem(band, band)
        self._fill_choices()
        # The lists keep the width the .ui gives them (long names are cut, shown in full when
        # open), so that the window still fits a small screen at 200 %.
        for combo in (ui.statusFilter, ui.jurisdictionFilter, ui.lawyerFilter, ui.ageFilter):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.hearingFilter.toggled.connect(self._filters_changed)
        ui.hearingDays.valueChanged.connect(self._filters_changed)
        ui.hearingDays.setEnabled(False)

    def _fill_choices(self) -> None:
        """(Re)fill the jurisdiction and lawyer filters from the data, in the background."""
        db = self.db
        self.ops.read(lambda _task: cases.filter_choices(db), self._show_choices)

    def _show_choices(self, choices: cases.FilterChoices) -> None:
        ui = self.ui
        for combo, everything, items in (
            (
                ui.jurisdictionFilter,
                self.tr("All jurisdictions"),
                [
                    (j, jurisdiction_name(j, ui_locale()))
                    for j in self._with_countries(choices.jurisdictions)
                ],
            ),
            (ui.lawyerFilter, self.tr("All lawyers"), list(choices.lawyers)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, label in items:
                combo.addItem(label, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    @staticmethod
    def _with_countries(codes: tuple[str, ...]) -> list[str]:
        """Each jurisdiction, preceded by its country when it is a subdivision."""
        found: list[str] = []
        for code in codes:
            country = code.split("-", 1)[0]
            for item in (country, code):
                if item not in found:
                    found.append(item)
        return found

    def _setup_navigation(self) -> None:
        ui = self.ui
        # Wide enough for the longest section name in any language, at any scaling.
        ui.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.navigation.setMaximumWidth(16777215)
        ui.navigation.setFixedWidth(ui.navigation.sizeHintForColumn(0) + 24)
        ui.navigation.currentRowChanged.connect(self._show_page)
        ui.navigation.setCurrentRow(0)
        for row, action in enumerate(
            [
                ui.actionShowCases,
                ui.actionShowCalendar,
                ui.actionShowDocuments,
                ui.actionShowFilings,
                ui.actionShowReports,
                ui.actionShowAudit,
                ui.actionShowPartners,
            ]
        ):
            action.triggered.connect(lambda _checked, *, r=row: ui.navigation.setCurrentRow(r))
        self._apply_access()

    def _apply_access(self) -> None:
        """What the signed-in person's role does not allow is not offered (the services refuse
        it anyway)."""
        from guardian_desk.services import access

        ui = self.ui
        for page, action, allowed in (
            (ui.auditPage, ui.actionShowAudit, access.may(self.db, "read_audit")),
            (ui.documentsPage, ui.actionShowDocuments, access.may_read(self.db, "documents")),
            (ui.filingsPage, ui.actionShowFilings, access.may(self.db, "make_filings")),
            (ui.partnersPage, ui.actionShowPartners, access.may(self.db, "transfer")),
            (ui.reportsPage, ui.actionShowReports, access.may(self.db, "see_reports")),
        ):
            ui.navigation.item(ui.pages.indexOf(page)).setHidden(not allowed)
            action.setVisible(allowed)
        current = ui.navigation.currentItem()
        if current is not None and current.isHidden():  # a page the new person may not see
            ui.navigation.setCurrentRow(0)
        ui.actionReceive.setVisible(access.may(self.db, "transfer"))
        exports = access.may(self.db, "export")
        ui.actionExport.setEnabled(exports)
        ui.actionExport.setToolTip("" if exports else self.tr("Your role may not export cases"))
        signed_in = self.db.person is not None
        for name in ("action_switch_user", "action_change_passphrase"):
            if hasattr(self, name):
                getattr(self, name).setVisible(signed_in)
        if hasattr(self, "action_users"):
            self.action_users.setVisible(signed_in and access.may(self.db, "manage_users"))

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionFind.triggered.connect(self.focus_search)
        # Not connected directly: triggered(bool) would fill their optional path or count.
        ui.actionImport.triggered.connect(lambda: self.import_cases())
        ui.actionExport.triggered.connect(lambda: self.export_cases())
        ui.actionDemoData.triggered.connect(lambda: self.add_demo_data())
        ui.actionReceive.triggered.connect(lambda: self.receive_bundle())
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        self._setup_help()
        ui.actionOpenLogFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
        )
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.caseTable.activated.connect(self._open_row)
        ui.actionSettings.triggered.connect(self.edit_settings)
        # Save and Close belong to each case's own window (Ctrl+S, Ctrl+W there).
        for action in (ui.actionSave, ui.actionCloseCase):
            action.setVisible(False)

    # --- reacting ------------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        ui = self.ui
        ui.hearingDays.setEnabled(ui.hearingFilter.isChecked())
        self.model.set_filter(
            replace(
                self.model.case_filter,
                status=ui.statusFilter.currentData(),
                jurisdiction=ui.jurisdictionFilter.currentData(),
                lawyer_id=ui.lawyerFilter.currentData(),
                age_band=ui.ageFilter.currentData(),
                hearing_within_days=(
                    ui.hearingDays.value() if ui.hearingFilter.isChecked() else None
                ),
            )
        )

    def _show_count(self, found: int) -> None:
        searching = bool(self.ui.search.text().strip())
        text = self.tr("Found: %n", "", found) if searching else self.tr("Cases: %n", "", found)
        self.count_label.setText(text)
        if not found and not searching and self.model.case_filter == CaseFilter():
            self.statusBar().showMessage(
                self.tr(
                    "No cases yet. Ctrl+N opens a new case; File › Import cases reads an "
                    "exchange file; File › Add demo data shows what Guardian Desk can do."
                )
            )

    def refresh(self) -> None:
        """Read the filters' choices and the case list again (after a change, or F5)."""
        self._fill_choices()
        self.model.reload()

    def focus_search(self) -> None:
        self.ui.navigation.setCurrentRow(0)
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()

    # --- commands ------------------------------------------------------------------------------

    def import_cases(
        self, path: str | None = None, passphrase: str | None = None
    ) -> Task[Any] | None:
        """Ask for an exchange file (clear, or sealed: then its passphrase) and import it in
        the background, with progress."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import cases"),
                QDir.homePath(),
                self.tr("Guardian Desk exchange files (*.age *.json);;All files (*)"),
            )
        if not path:
            return None
        from guardian_desk.services import exchange
        from guardian_desk.services.calendar import recompute

        source = Path(path)
        db = self.db
        if passphrase is None and _sealed(source):
            passphrase, accepted = QInputDialog.getText(
                self,
                self.tr("Open a sealed file"),
                self.tr("Passphrase of {0}:").format(source.name),
                QLineEdit.EchoMode.Password,
            )
            if not accepted:
                return None

        def done(result: exchange.ImportResult) -> None:
            self.statusBar().showMessage(
                self.tr("Imported %n case(s) from {0}.", "", result.cases).format(source.name),
                10000,
            )

        def work(task: Task[Any]) -> exchange.ImportResult:
            result = exchange.import_file(db, source, task.progress, passphrase=passphrase)
            recompute(db, result.case_ids)  # imported: no cancelling any more
            return result

        return self.ops.write(
            work,
            done,
            changes={"cases", "team"},
            label=self.tr("Importing cases from {0}…").format(source.name),
        )

    def export_cases(
        self, path: str | None = None, passphrase: str | None = None, *, clear: bool = False
    ) -> Task[Any] | None:
        """Ask how to protect it and where to, and export every case to an exchange file in
        the background: sealed to a passphrase, or a clear copy the person chose."""
        if passphrase is None and not clear:
            from guardian_desk.ui.security import SealDialog

            asked = SealDialog(self)
            if asked.exec() != QDialog.DialogCode.Accepted:
                return None
            passphrase, clear = asked.passphrase, asked.passphrase is None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export all cases"),
                str(Path(QDir.homePath()) / f"guardian-desk-export.{'json' if clear else 'age'}"),
                self.tr("Guardian Desk exchange files (*.age *.json)"),
            )
        if not path:
            return None
        from guardian_desk.services import exchange

        target = Path(path)
        db = self.db

        def done(count: int) -> None:
            self.statusBar().showMessage(
                self.tr("Exported %n case(s) to {0}.", "", count).format(target.name), 10000
            )

        # A write: the export is recorded in the audit log as its file is put in place.
        return self.ops.write(
            lambda _task: exchange.export_to_file(db, target, passphrase=passphrase),
            done,
            changes={"audit"},
            label=self.tr("Exporting cases to {0}…").format(target.name),
        )

    def add_demo_data(self, count: int | None = None) -> Task[Any] | None:
        """Add fictional demo cases in the background, with progress and Cancel."""
        if count is None:
            count, accepted = QInputDialog.getInt(
                self,
                self.tr("Add demo data"),
                self.tr("How many fictional demo cases should be added?"),
                200,
                1,
                100000,
            )
            if not accepted:
                return None
        from guardian_desk.services.exchange import demo  # only when asked for: it loads name lists

        db = self.db
        seed = demo.next_free_seed(db)

        def done(made: int) -> None:
            self.statusBar().showMessage(self.tr("Added %n demo case(s).", "", made), 10000)

        return self.ops.write(
            lambda task: demo.generate(db, count, seed=seed, progress=task.progress),
            done,
            changes={"cases", "team"},
            label=self.tr("Adding demo cases…"),
        )

    def _open_row(self, index: QModelIndex) -> None:
        self.open_case(self.model.summary(index.row()).id)

    def open_case(self, case_id: str) -> Task[Any] | None:
        """Open a case in its own editor window (or bring it forward if already open)."""
        existing = self.editors.get(case_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return None
        from guardian_desk.services import cases

        db = self.db
        # Recorded in the audit log before the case is shown; not shown if it cannot be.
        return self.ops.read(lambda _task: cases.view_case(db, case_id), self._show_editor)

    def new_case(self) -> CaseEditor:
        """Open an editor on a new, unsaved case with the next free reference."""
        from guardian_desk.services import cases

        opened = cases.new_case(cases.next_reference(self.db))
        opened.case["home_jurisdiction"] = self.settings.default_jurisdiction or None
        return self._show_editor(opened)

    def edit_settings(self) -> SettingsDialog:
        from guardian_desk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        before = self.settings.ui_language

        def accepted() -> None:
            if self.settings.ui_language != before:
                apply_language(self.settings.ui_language)
            self.session_lock.set_minutes(self.settings.lock_after_minutes)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _show_editor(self, opened: cases.OpenedCase) -> CaseEditor:
        from guardian_desk.ui.cases import CaseEditor

        editor = CaseEditor(
            self.db,
            self.ops,
            opened,
            self,
            travel_buffer_minutes=self.settings.hearing_travel_buffer_minutes,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editors[opened.id] = editor
        editor.destroyed.connect(lambda *_obj, key=opened.id: self.editors.pop(key, None))
        editor.show()
        return editor

    def _setup_help(self) -> None:
        """Help › User guide (F1), first in the Help menu."""
        guide = QAction(self.tr("&User guide"), self)
        guide.setObjectName("actionUserGuide")
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.setStatusTip(self.tr("How to do the day's work in Guardian Desk"))
        guide.triggered.connect(lambda: self.show_user_guide())
        first = self.ui.menuHelp.actions()[0]  # Open log folder, from the .ui
        self.ui.menuHelp.insertAction(first, guide)
        self.ui.menuHelp.insertSeparator(first)
        files = QAction(self.tr("&Organisation's files…"), self)
        files.setObjectName("actionOrganisationFiles")
        files.setStatusTip(
            self.tr(
                "The organisation's own roles, instruments and reports, and any that cannot be used"
            )
        )
        files.triggered.connect(lambda: self.show_organisation_files())
        self.ui.menuHelp.insertAction(first, files)
        self.action_user_guide = guide
        self.action_organisation_files = files
        self.user_guide: UserGuide | None = None

    def show_organisation_files(self) -> Task[Any]:
        """Help › Organisation's files…: each folder and the files in it that cannot be used."""
        from guardian_desk.ui import organisation_files

        return self.ops.read(
            lambda _task: organisation_files.organisation_folders(),
            lambda states: organisation_files.show(self, states),
        )

    def _say_organisation_files(self, states: list[Any]) -> None:
        """At start-up: a file of the organisation that cannot be used is said, not missed."""
        from guardian_desk.ui import organisation_files

        count = organisation_files.faulty(states)
        if count:
            self.statusBar().showMessage(
                self.tr(
                    "%n of the organisation's files cannot be used and are left out: see "
                    "Help › Organisation's files…",
                    "",
                    count,
                ),
                60000,
            )

    def show_user_guide(self) -> UserGuide:
        """The user guide in its own window (brought forward when it is open already)."""
        from guardian_desk.ui.help_window import UserGuide

        if self.user_guide is None:
            self.user_guide = UserGuide(self)
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()
        return self.user_guide

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Guardian Desk"),
            self.tr(
                "Guardian Desk {0}\n\nCase management for legal-aid teams representing "
                "displaced and unaccompanied children."
            ).format(__version__),
        )

    # --- window state --------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry, state = self.settings.load_window(WINDOW_NAME)
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, QSize(1280, 800))
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once styled and filled, the window may need more room than it was given.
        QTimer.singleShot(0, lambda: keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ops.writing:
            answer = QMessageBox.question(
                self,
                self.tr("Guardian Desk"),
                self.tr(
                    "Cases are still being written. Stop that (nothing of it is kept) and close?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.ops.cancel_all()
        self.ops.wait()
        self.settings.save_window(WINDOW_NAME, self.saveGeometry(), self.saveState())
        super().closeEvent(event)


def _sealed(path: Path) -> bool:
    from guardian_desk.services import exchange

    try:
        with path.open("rb") as handle:
            return exchange.is_sealed(handle.read(32))
    except OSError:
        return False  # the import says why the file cannot be read
