"""The case editor: every part of a child's file, one tab per part, saved in one go.

Forms are built from the record descriptions of :mod:`guardian_desk.services.cases.editing`, so
every field of the data model can be edited and a new field appears without new UI code.
Each widget writes into the draft as it changes; saving validates the whole case, names each
problem at its field, and writes everything or nothing in the background.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.roles import section_of
from guardian_desk.errors import ConflictError, Problem, ValidationError
from guardian_desk.services import access, calendar, cases, documents, filings
from guardian_desk.services.cases import OpenedCase
from guardian_desk.services.team import team_members
from guardian_desk.storage.database import Database
from guardian_desk.ui.calendar import DeadlineList, HearingList
from guardian_desk.ui.cases.case_overview import CaseOverview
from guardian_desk.ui.documents import FileList, ReadinessView
from guardian_desk.ui.filings import FilingList
from guardian_desk.ui.i18n import error_text, translated
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.records import (
    PROBLEM_COLOUR,
    TABS,
    EditorContext,
    RecordForm,
    RecordList,
    label_for,
)
from guardian_desk.ui.widgets import fit_to_screen

# The forums of each open database's proceedings, once read (see CaseEditor._offer_forums).
_KNOWN_FORUMS: dict[str, list[str]] = {}  # by the database's address


class CaseEditor(QDialog):
    """Edits one case; Save writes it in one transaction in the background.

    Signals:
        saved(str): the case id, after a successful save.
    """

    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        ops: Ops,
        opened: OpenedCase,
        parent: QWidget | None = None,
        *,
        travel_buffer_minutes: int = 30,
    ) -> None:
        super().__init__(parent)
        self.travel_buffer_minutes = travel_buffer_minutes
        self.warning: QMessageBox | None = None  # scheduling warnings before a save
        self.db = db
        self.ops = ops
        self.opened = opened
        self.draft = opened.draft()
        self.problems: list[Problem] = []
        self.context = EditorContext(
            team_members(db),
            lists={"deadlines": DeadlineList, "hearings": HearingList, "files": FileList},
        )
        self.context.case_changed = self._case_changed
        self.context.me = getattr(db.person, "team_member_id", None)
        self.context.show_error = ops.show_error
        self.context.stored_file = lambda sha256: documents.stored_file(db, sha256)
        self.context.run = lambda work, done, failed: ops.read(
            lambda _task: work(), done, on_failure=failed
        )
        self.setObjectName("CaseEditor")
        fit_to_screen(self, QSize(960, 760))

        # The case's own fields; its parts have tabs of their own, each built when it is
        # first shown (or asked for), so that a case opens on its overview at once.
        self._case_form: RecordForm | None = None  # built with the first part's tab
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.parts: dict[str, RecordForm | RecordList] = _Parts(self._build_part)
        self.pages: dict[str, QWidget] = {}  # the tab of each part
        for key, title in TABS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            self.pages[key] = scroll
            self.tabs.addTab(scroll, QCoreApplication.translate("CaseEditor", title))
        self.tabs.currentChanged.connect(self._tab_shown)
        # What the documents still lack for each proceeding, checked on the unsaved draft.
        self.readiness = ReadinessView(lambda: self.draft)
        after_documents = [key for key, _title in TABS].index("documents") + 1
        self.tabs.insertTab(after_documents, self.readiness, self.tr("Court-readiness"))
        self.tabs.currentChanged.connect(
            lambda index: (
                self.readiness.refresh() if self.tabs.widget(index) is self.readiness else None
            )
        )
        # Filings made from forms for this case (kept in the database as they are made).
        self.filings = FilingList(db, ops, opened.id)
        self.tabs.addTab(self.filings, self.tr("Filings"))
        # The case at a glance, first: each of its lines opens its record in its tab.
        self.overview = CaseOverview(self.context)
        overview_scroll = QScrollArea()
        overview_scroll.setWidgetResizable(True)
        overview_scroll.setWidget(self.overview)
        self.overview_page = overview_scroll
        self.tabs.insertTab(0, overview_scroll, self.tr("Overview"))
        self.tabs.setCurrentIndex(0)
        self.overview.opened.connect(self.open_record)
        self.overview.action.connect(self.quick_action)
        self.filings.loaded.connect(lambda _count: self.overview.set_filings(self.filings.filings))
        self.tabs.currentChanged.connect(
            lambda index: (
                self.overview.show_case(self.draft)
                if self.tabs.widget(index) is self.overview_page
                else None
            )
        )
        # The parts the signed-in person's role may not read are not shown at all (the
        # service has left them out of the case; a restricted note is left out on its own).
        hidden = [
            page for key, page in self.pages.items() if not access.may_read(db, section_of(key))
        ]
        if not access.may_read(db, "documents"):
            hidden.append(self.readiness)
        if not access.may_read(db, "filings"):
            hidden.append(self.filings)
            self.overview.sections["filings"].hide()
        self.overview.buttons["filing"].setVisible(
            access.may(db, "make_filings") and access.may_read(db, "filings")
        )
        self.overview.buttons["hearing"].setVisible(access.may_write(db, section_of("hearings")))
        self.overview.buttons["outcome"].setVisible(access.may_write(db, section_of("hearings")))
        self.overview.buttons["note"].setVisible(access.may_write(db, section_of("notes")))
        self.overview.buttons["refer"].setVisible(access.may(db, "transfer") and not opened.is_new)
        self.overview.buttons["screen"].setVisible(access.may_write(db, "protection"))
        self.overview.buttons["tracing"].setVisible(access.may_read(db, "family"))
        for name, key in (("risks", "risk_flags"), ("notes", "notes"), ("deadlines", "deadlines")):
            if not access.may_read(db, section_of(key)):
                self.overview.sections[name].hide()
        if not access.may_read(db, "documents"):
            self.overview.sections["todo"].hide()
        for page in hidden:
            self.tabs.setTabVisible(self.tabs.indexOf(page), False)
        if opened.is_new:
            self.filings.new_button.setEnabled(False)
            self.filings.new_button.setToolTip(self.tr("Save the new case first"))
        else:
            self.filings.show_kept(filings.kept(opened.case))  # read with the case

        self.problem_heading = QLabel()
        self.problem_heading.setObjectName("problems.heading")
        self.problem_heading.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.problem_heading.setWordWrap(True)
        self.problem_heading.hide()
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems.list")
        self.problem_list.setAccessibleName(self.tr("Problems to correct before saving"))
        self.problem_list.setMaximumHeight(130)
        self.problem_list.hide()
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem_heading)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self._load()
        if opened.is_new:  # nothing to overview yet: the case opens on its first part
            self.tabs.setCurrentWidget(self.pages[TABS[0][0]])
            self.parts[TABS[0][0]]
        # The parts not shown yet are built one per turn of the event loop once the window
        # is up, so that a tab is ready when it is clicked and the opening stays quick.
        self._to_build = [key for key, _title in TABS]
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_next)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._to_build:  # once the overview is painted
            QTimer.singleShot(150, self._builder.start)
            self._offer_forums()

    def _build_next(self) -> None:
        while self._to_build and self._to_build[0] in self.parts:
            self._to_build.pop(0)
        if not self._to_build:
            self._builder.stop()
            return
        self.parts[self._to_build.pop(0)]

    def _offer_forums(self) -> None:
        """The forums the team's proceedings name, for the forum pickers: read once per
        database (a read of every proceeding), again after a save."""
        known = _KNOWN_FORUMS.get(self.db.url)
        if known is not None:
            self.context.forums = known
            return
        db, context = self.db, self.context

        def found(forums: list[str]) -> None:
            _KNOWN_FORUMS[db.url] = forums
            context.forums = forums

        self.ops.read(lambda _task: calendar.forums(db), found)

    @property
    def fully_built(self) -> bool:
        """Every part of the case has its form or list (they are built after the overview)."""
        return all(key in self.parts for key, _title in TABS)

    @property
    def case_form(self) -> RecordForm:
        """The case's own fields (reference, status, dates), above the first part's."""
        if self._case_form is None:
            form = RecordForm("cases", self.context, nested=False)
            if not access.may_write(self.db, "identity"):
                form.set_read_only()
            form.load(self.draft)
            form.edited.connect(self._edited)
            self._case_form = form
        return self._case_form

    def _build_part(self, key: str) -> RecordForm | RecordList:
        """A part's form or list, put in its tab, loaded with the draft and its problems."""
        db = self.db
        part: RecordForm | RecordList
        part = RecordForm(key, self.context) if key == "child" else self.context.list_for(key)
        part.edited.connect(self._edited)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        if key == TABS[0][0]:
            page_layout.addWidget(self.case_form)
        page_layout.addWidget(part)
        scroll = self.pages[key]
        assert isinstance(scroll, QScrollArea)
        scroll.setWidget(page)
        # A section the role may read but not change is shown, and cannot be edited; a part
        # of another section inside a form (the child's age assessments) follows its own.
        if not access.may_write(db, section_of(key)):
            part.set_read_only()
        if isinstance(part, RecordForm):
            for inner, sub in part.lists.items():
                if not access.may_read(db, section_of(inner)):
                    sub.hide()
                    part.headings[inner].hide()
                elif not access.may_write(db, section_of(inner)):
                    sub.set_read_only()
        part.load(self.draft.get(key))
        if self.problems:
            part.show_problems()
            if key == TABS[0][0]:
                self.case_form.show_problems()
        return part

    def _tab_shown(self, index: int) -> None:
        """A part's tab shown for the first time builds it."""
        widget = self.tabs.widget(index)
        for key, page in self.pages.items():
            if page is widget:
                self.parts[key]
                return

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for key, title in TABS:
                at = self.tabs.indexOf(self.pages[key])
                self.tabs.setTabText(at, QCoreApplication.translate("CaseEditor", title))
            self.tabs.setTabText(self.tabs.indexOf(self.overview_page), self.tr("Overview"))
            self.tabs.setTabText(self.tabs.indexOf(self.readiness), self.tr("Court-readiness"))
            self.tabs.setTabText(self.tabs.indexOf(self.filings), self.tr("Filings"))
            self._update_title()
        super().changeEvent(event)

    # --- state ---------------------------------------------------------------------------

    def _load(self) -> None:
        self.context.case = self.draft  # what record fields choose from
        if self._case_form is not None:
            self._case_form.load(self.draft)
        for key, part in self.parts.items():
            part.load(self.draft.get(key))
        self.overview.show_case(self.draft)
        self._update_title()

    def _case_changed(self) -> None:
        """A part changed the case beyond its own records: show all of it again."""
        tab = self.tabs.currentIndex()
        self._load()
        self.tabs.setCurrentIndex(tab)

    @property
    def dirty(self) -> bool:
        return self.draft != self.opened.case

    def _edited(self) -> None:
        self._update_title()
        if self.problems:
            self._mark_tabs()  # a mended field no longer counts

    def _update_title(self) -> None:
        child = self.draft.get("child") or {}
        name = " ".join(p for p in (child.get("given_names"), child.get("family_name")) if p)
        title = f"{self.draft.get('reference')} — {name or self.tr('new case')}"
        self.setWindowTitle(("• " if self.dirty else "") + title)

    # --- from the overview ---------------------------------------------------------------

    def open_record(self, key: str, record_id: str) -> None:
        """Show a record in its tab, chosen in its list (a proceeding, a deadline, a note...)."""
        if key == "filings":
            self.tabs.setCurrentWidget(self.filings)
            for row, kept in enumerate(self.filings.filings):
                if kept.id == record_id:
                    self.filings.table.selectRow(row)
            return
        page = self.pages.get(key)
        if page is None:
            return
        self.tabs.setCurrentWidget(page)
        part = self.parts[key]
        if isinstance(part, RecordList):
            part.select(record_id)
            part.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def quick_action(self, action: str) -> None:
        """The overview's buttons: a new hearing in the proceeding whose hearing comes next,
        the outcome of the last hearing held without one, a filing, a note."""
        proceedings = self.parts["proceedings"]
        assert isinstance(proceedings, RecordList)
        if action == "note":
            notes = self.parts["notes"]
            self.tabs.setCurrentWidget(self.pages["notes"])
            assert isinstance(notes, RecordList)
            notes.add()
            notes.form.widgets["text"].setFocus(Qt.FocusReason.OtherFocusReason)
        elif action == "refer":
            self.refer()
        elif action == "screen":
            self.screen_child()
        elif action == "tracing":
            self.look_for_family()
        elif action == "filing":
            if not self.opened.is_new:
                self.tabs.setCurrentWidget(self.filings)
                self.filings.new_filing()
        elif action in ("hearing", "outcome"):
            found = _hearing_to_act_on(self.draft, action)
            if found is None:
                self.tabs.setCurrentWidget(self.pages["proceedings"])
                return
            proceeding_id, hearing_id = found
            self.tabs.setCurrentWidget(self.pages["proceedings"])
            proceedings.select(proceeding_id)
            hearings = proceedings.form.lists.get("hearings")
            if not isinstance(hearings, HearingList):
                return
            if action == "hearing":
                hearings.add()
                hearings.form.widgets["starts_at"].setFocus(Qt.FocusReason.OtherFocusReason)
            elif hearing_id and hearings.select(hearing_id):
                hearings.ask_outcome()

    def screen_child(self) -> QDialog:
        """Screen the child for trafficking risk; the screening is added to the case and the
        case saved, so that the actions its level requires become tasks at once."""
        from guardian_desk.ui.protection import ScreeningDialog

        team = [(member.id, member.name) for member in self.context.team]
        dialog = ScreeningDialog(self.draft, team, self)
        dialog.setObjectName("screeningDialog")
        dialog.recorded.connect(self._add_screening)
        dialog.open()
        self.screening_dialog = dialog
        return dialog

    def _add_screening(self, record: dict[str, Any]) -> None:
        self.draft.setdefault("screenings", []).append(record)
        self._load()
        self.save()

    def look_for_family(self) -> None:
        """Look for the child's relatives among the people of other cases (the search is
        recorded in the audit log), then review the matches side by side; one confirmed links
        the relative to that person and the case is saved."""
        from guardian_desk.services import protection
        from guardian_desk.ui.protection import TracingDialog

        case = self.draft
        may_link = access.may_write(self.db, "family")

        def shown(matches: list[Any]) -> None:
            dialog = TracingDialog(case, matches, self, may_link=may_link)
            dialog.setObjectName("tracingDialog")
            dialog.confirmed.connect(self._link_relative)
            dialog.open()
            self.tracing_dialog = dialog

        if protection.tracing_refusal(case) is not None:
            shown([])  # the dialog says why nothing is looked for
            return
        db = self.db
        self.ops.write(
            lambda _task: protection.family_matches(db, case),
            shown,
            changes={"audit"},
            label=self.tr("Looking for the family…"),
        )

    def _link_relative(self, member_id: str, case_id: str, person_id: str) -> None:
        person = access.person_of(self.db)
        for member in self.draft.get("family_members") or []:
            if member.get("id") == member_id:
                member["matched_case_id"] = case_id
                member["matched_person_id"] = person_id
                member["matched_on"] = date.today().isoformat()
                member["matched_by_id"] = person.team_member_id if person else None
        self._load()
        self.save()

    def refer(self) -> QDialog | None:
        """Refer the case to a partner organisation: the case as saved goes, so unsaved
        changes are saved first."""
        from guardian_desk.ui.transfer import ReferDialog

        if self.opened.is_new:
            return None
        if self.dirty:
            self.ops.show_error(self.tr("Save the case first: the case goes as it is saved."))
            return None
        dialog = ReferDialog(
            self.db, self.ops, self.opened.id, str(self.opened.case.get("reference")), self
        )
        dialog.setObjectName("referDialog")
        dialog.sent.connect(
            lambda path: self.ops.show_information(
                self.tr(
                    "The bundle is written to %1. Send the file to the partner by any means: "
                    "only they can open it."
                ).replace("%1", path)
            )
        )
        dialog.open()
        self.refer_dialog = dialog
        return dialog

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Check new or moved hearings for double bookings and the interpreter's language
        (a warning, to save anyway or go back), then validate and save in the background;
        problems are shown at their fields.

        It takes no argument, so that a signal connected to it (``clicked(bool)``) has
        nothing to fill in."""
        self._save(then=None)

    def _save(self, then: Callable[[], object] | None) -> None:
        draft = copy.deepcopy(self.draft)
        db, opened, buffer = self.db, self.opened, self.travel_buffer_minutes
        team = self.context.team
        moved = calendar.changed_hearings(None if opened.is_new else opened.case, draft)
        if not moved:
            self._write(draft, then)
            return

        def check(_task: object) -> list[str]:
            clashes = calendar.conflicts(db, draft, buffer, moved)
            found = [c.message() for c in clashes]
            return found + calendar.interpreter_problems(draft, team, moved)

        self.ops.read(check, lambda found: self._warn_or_write(found, draft, then))

    def _warn_or_write(
        self, warnings: list[str], draft: dict[str, Any], then: Callable[[], object] | None
    ) -> None:
        if not warnings:
            self._write(draft, then)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Check the hearing"),
            self.tr("Save this case anyway?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText("\n\n".join(translated(w) for w in warnings))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        save = box.button(QMessageBox.StandardButton.Save)
        save.setText(self.tr("Save anyway"))
        answered = box.clickedButton
        box.finished.connect(lambda _result: setattr(self, "warning", None))
        box.finished.connect(
            lambda _result: self._write(draft, then) if answered() is save else None
        )
        self.warning = box
        box.open()

    def _write(self, draft: dict[str, Any], then: Callable[[], object] | None) -> None:
        db, opened, scans = self.db, self.opened, list(self.context.scans.values())

        def done(stored: OpenedCase) -> None:
            _KNOWN_FORUMS.pop(self.db.url, None)  # a forum may be new: read them again next time
            self.opened = stored
            self.draft = stored.draft()
            self._show_problems([])
            self._load()
            self.filings.new_button.setEnabled(True)  # a new case, once saved
            self.filings.new_button.setToolTip("")
            self.saved.emit(stored.id)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._show_problems(exc.problems)
            elif isinstance(exc, ConflictError):
                self.ops.show_error(error_text(exc))
            else:
                self.ops.on_unexpected(exc)

        self.ops.write(
            lambda _task: cases.save_case(db, opened, draft, scans),
            done,
            changes={"cases"},
            on_failure=failed,
        )

    def _show_problems(self, problems: list[Problem]) -> None:
        """Show every problem at once: each at its field (framed in red, the message as its
        tooltip), each record and tab that holds one marked, and all of them listed under the
        tabs, where a click on one goes to its field."""
        self.problems = list(problems)
        context = self.context
        context.problems.clear()
        context.problem_owners.clear()
        self.problem_list.clear()
        for problem in problems:
            chain, field = _locate(self.draft, problem.path)
            record = chain[-1] if chain else None
            if record is not None and field and record.get("id"):
                key = (str(record["id"]), field)
                earlier = context.problems.get(key)
                message = translated(problem.message)
                context.problems[key] = f"{earlier}; {message}" if earlier else message
                context.problem_owners[key] = tuple(str(r["id"]) for r in chain if r.get("id"))
            tab = self._tab_of(problem.path)
            where = self.tabs.tabText(tab)
            text = (
                self.tr("{0} › {1}: {2}").format(
                    where, label_for(field), translated(problem.message)
                )
                if field
                else self.tr("{0}: {1}").format(where, translated(problem.message))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            item.setForeground(QBrush(QColor(PROBLEM_COLOUR)))
            self.problem_list.addItem(item)
        self.problem_heading.setText(
            self.tr(
                "Not saved: %n problem(s) to correct, each marked at its field.", "", len(problems)
            )
        )
        self.problem_heading.setVisible(bool(problems))
        self.problem_list.setVisible(bool(problems))
        if self._case_form is not None:
            self._case_form.show_problems()
        for part in self.parts.values():
            part.show_problems()
        self._mark_tabs()
        if problems:  # the first problem's tab, in front
            self.tabs.setCurrentIndex(self._tab_of(problems[0].path))

    def _tab_of(self, path: str) -> int:
        """The tab a problem's field is on (the case's own fields are on the first)."""
        parts = path.split(".")
        key = parts[1].split("[", 1)[0] if len(parts) > 2 else ""
        page = self.pages.get(key) or self.pages[TABS[0][0]]
        return self.tabs.indexOf(page)

    def _mark_tabs(self) -> None:
        """A tab with problems left on it shows a warning sign and says how many."""
        counts: dict[int, int] = {}
        for key in self.context.problems:
            owners = self.context.problem_owners.get(key, (key[0],))
            tab = next(
                (
                    self.tabs.indexOf(self.pages[part])
                    for part, records in self._records_by_part().items()
                    if records & set(owners)
                ),
                self.tabs.indexOf(self.pages[TABS[0][0]]),  # the case's own fields
            )
            counts[tab] = counts.get(tab, 0) + 1
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            count = counts.get(index, 0)
            self.tabs.setTabIcon(index, warning if count else QIcon())
            self.tabs.setTabToolTip(
                index, self.tr("%n problem(s) to correct here", "", count) if count else ""
            )
            bar.setTabTextColor(index, QColor(PROBLEM_COLOUR) if count else QColor())

    def _records_by_part(self) -> dict[str, set[str]]:
        """The ids of the records each tab holds (a part's records and those below them)."""
        found: dict[str, set[str]] = {}
        for key, _title in TABS:
            value = self.draft.get(key)
            found[key] = {
                str(r["id"]) for item in _as_list(value) for r in _walk(item) if r.get("id")
            }
        return found

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        """Bring a problem's field to view, its tab in front, its records chosen."""
        path = str(item.data(Qt.ItemDataRole.UserRole) or "")
        chain, field = _locate(self.draft, path)
        self.tabs.setCurrentIndex(self._tab_of(path))
        ids = [str(r["id"]) for r in chain if r.get("id")]
        for listed in self.findChildren(RecordList):
            for record_id in ids:
                listed.select(record_id)
        if not field or not chain:
            return
        key = _key_of(path)
        for form in self.findChildren(RecordForm):
            widget = form.widgets.get(field)
            if form.key == key and widget is not None and form.record is chain[-1]:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.dirty:
            event.accept()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved. Save them before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
        elif answer == QMessageBox.StandardButton.Discard:
            event.accept()
        else:
            event.ignore()
            self._save(then=self.close)


def _hearing_to_act_on(case: dict[str, Any], action: str) -> tuple[str, str | None] | None:
    """(proceeding id, hearing id) for a quick action: for a new hearing, the open
    proceeding with the nearest hearing (or the first open one); for an outcome, the latest
    hearing that has begun and is still only scheduled (else the next one)."""
    from datetime import UTC, datetime

    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    open_ = [p for p in case.get("proceedings") or [] if p.get("status") != "closed"]
    scheduled = [
        (str(h.get("starts_at") or ""), str(p["id"]), str(h["id"]))
        for p in open_
        for h in p.get("hearings") or []
        if h.get("outcome", "scheduled") == "scheduled" and h.get("starts_at")
    ]
    if action == "outcome":
        past = sorted(s for s in scheduled if s[0] <= now)
        future = sorted(s for s in scheduled if s[0] > now)
        chosen = past[-1] if past else future[0] if future else None
        return (chosen[1], chosen[2]) if chosen else None
    upcoming = sorted(s for s in scheduled if s[0] > now)
    if upcoming:
        return upcoming[0][1], None
    return (str(open_[0]["id"]), None) if open_ else None


def _locate(case: dict[str, Any], path: str) -> tuple[list[dict[str, Any]], str | None]:
    """The records a problem path (``cases[0].child.placements[1].ended_on``) goes through,
    from the case down to the one that holds the field, and the field's name."""
    parts = path.split(".")
    if not parts or not parts[0].startswith("cases"):
        return [], None
    chain: list[dict[str, Any]] = [case]
    record: Any = case
    for part in parts[1:-1]:
        name, _, index = part.partition("[")
        record = record.get(name) if isinstance(record, dict) else None
        if index and isinstance(record, list):
            position = int(index.rstrip("]")) if index.rstrip("]").isdigit() else len(record)
            record = record[position] if position < len(record) else None
        if not isinstance(record, dict):
            return chain, None  # the record is not in the draft (any more)
        chain.append(record)
    last = parts[-1].split("[", 1)[0] if len(parts) > 1 else None
    return chain, last


def _key_of(path: str) -> str:
    """The kind of record that holds a problem's field: ``cases[0].child.dob_day`` → child."""
    parts = path.split(".")
    return parts[-2].split("[", 1)[0] if len(parts) > 2 else "cases"


class _Parts(dict[str, Any]):
    """The parts of a case built so far; asking for one not yet built builds it."""

    def __init__(self, build: Callable[[str], Any]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Any:
        if key not in {k for k, _title in TABS}:
            raise KeyError(key)
        part = self._build(key)
        self[key] = part
        return part


def _as_list(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    return [v for v in value or [] if isinstance(v, dict)]


def _walk(record: dict[str, Any]) -> list[dict[str, Any]]:
    """A record and every record below it."""
    found = [record]
    for value in record.values():
        if isinstance(value, dict | list):
            for child in _as_list(value):
                found += _walk(child)
    return found
