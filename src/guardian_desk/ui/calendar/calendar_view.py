"""The calendar page (month, week, agenda) and the "this week" panel.

Hearings, deadlines and tasks of every case, coloured by kind; overdue deadlines in red;
filter by person, forum or case; double-click opens the case. Everything is read in the
background and read again after each change.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.services import calendar, cases
from guardian_desk.services.calendar import CalendarFilter, Event, EventKind
from guardian_desk.services.team import TeamMemberChoice, team_members
from guardian_desk.storage.database import Database
from guardian_desk.ui.i18n import rule_text, translated
from guardian_desk.ui.ops import Ops
from guardian_desk.ui.records import choice_label
from guardian_desk.ui.refresh import ReloadWhenShown
from guardian_desk.ui.widgets import user_zone

COLOURS = {
    EventKind.HEARING: QColor("#1f5fa8"),
    EventKind.DEADLINE: QColor("#8a5a00"),
    EventKind.TASK: QColor("#2e7d32"),
}
OVERDUE = QColor("#b3261e")
SETTLED = QColor("#7a7a7a")
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


def _shown(day: QDate, form: str) -> str:
    """A day in the window's language ("Monday 7 December"): QDate.toString alone says it in
    English whatever the language."""
    return QLocale().toString(day, form)


def colour_of(event: Event, today: date) -> QColor:
    if event.overdue(today):
        return OVERDUE
    if event.status not in ("open", "scheduled"):
        return SETTLED
    return COLOURS[event.kind]


def describe(event: Event, today: date) -> str:
    """One line: ``09:30 Hearing · DEMO-1-000004 · Houston Immigration Court``."""
    kind = {
        EventKind.HEARING: QCoreApplication.translate("Calendar", "Hearing"),
        EventKind.DEADLINE: QCoreApplication.translate("Calendar", "Deadline"),
        EventKind.TASK: QCoreApplication.translate("Calendar", "Task"),
    }[event.kind]
    time = event.local_time()
    if time and event.time_zone and event.time_zone != user_zone():
        time += f" ({event.time_zone})"  # the forum's clock, not this computer's
    parts = [p for p in (time, kind) if p]
    # A rule's deadline is titled by its rule (translated); a hearing by its type as typed.
    title = translated(event.title) if event.kind is EventKind.HEARING else rule_text(event.title)
    text = " ".join(parts) + f" · {event.reference} · {title}"
    if event.kind is EventKind.HEARING and event.forum:
        text += f" · {event.forum}"
    if event.due_latest and event.due_latest != event.day:
        text += " " + QCoreApplication.translate("Calendar", "(uncertain: as late as {0})").format(
            event.due_latest.isoformat()
        )
    if event.to_confirm:
        text += " " + QCoreApplication.translate("Calendar", "(rule to confirm)")
    if event.assumption:  # counted on an assumption: a fact of the case is not recorded
        text += " · " + QCoreApplication.translate("Calendar", "ASSUMED")
    if event.overdue(today):
        text += " · " + QCoreApplication.translate("Calendar", "OVERDUE")
    elif event.status not in ("open", "scheduled"):
        text += f" · {choice_label(event.status)}"
    return text


def event_item(event: Event, today: date) -> QListWidgetItem:
    item = QListWidgetItem(describe(event, today))
    item.setForeground(QBrush(colour_of(event, today)))
    item.setData(EVENT_ROLE, event)
    tip = [text for text in (event.assumption, event.citation) if text]
    if tip:
        item.setToolTip("\n\n".join(tip))
    return item


class MonthCalendar(QCalendarWidget):
    """A month with the first events of each day written in its cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_day: dict[date, list[Event]] = {}
        self.today = date.today()
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setAccessibleName(self.tr("Month"))
        self.setLocale(QLocale())  # month and day names in the window's language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setLocale(QLocale())
            self.setAccessibleName(self.tr("Month"))
        super().changeEvent(event)

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        """The day's number at the top right, its first events below it, one a line."""
        painter.save()
        palette = self.palette()
        selected = day == self.selectedDate()
        in_month = day.month() == self.monthShown()
        painter.fillRect(rect, palette.highlight() if selected else palette.base())
        font = QFont(painter.font())
        font.setBold(day == QDate.currentDate())
        painter.setFont(font)
        if selected:
            painter.setPen(palette.highlightedText().color())
        else:
            painter.setPen(palette.text().color() if in_month else SETTLED)
        line = painter.fontMetrics().height()
        painter.drawText(
            rect.adjusted(3, 1, -4, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            str(day.day()),
        )
        found = self.by_day.get(date(day.year(), day.month(), day.day()), [])
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.0))
        painter.setFont(small)
        height = painter.fontMetrics().height()
        width = rect.width() - 6
        top = rect.top() + line + 1
        for index, event in enumerate(found):
            if top + 2 * height > rect.bottom() and index < len(found) - 1:
                painter.setPen(palette.highlightedText().color() if selected else SETTLED)
                painter.drawText(rect.left() + 3, top + height - 3, f"+{len(found) - index}")
                break
            painter.setPen(
                palette.highlightedText().color() if selected else colour_of(event, self.today)
            )
            text = f"{event.local_time()} {event.reference}".strip()
            painter.drawText(
                QRect(rect.left() + 3, top, width, height),
                Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            top += height
        painter.restore()


class CalendarView(QWidget):
    """Month, week and agenda of hearings and deadlines; ``open_case`` asks to open one."""

    open_case = Signal(str)
    loaded = Signal(int)

    MONTH, WEEK, AGENDA = 0, 1, 2
    AGENDA_DAYS = 42
    MOST = 3000  # events one view shows; beyond, a filter narrows it down

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ops = ops
        self.today = date.today()
        self.anchor = self.today
        self.events: list[Event] = []
        self._generation = 0

        self.modes = QButtonGroup(self)
        row = QHBoxLayout()
        for index, text in enumerate((self.tr("Month"), self.tr("Week"), self.tr("Agenda"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setObjectName(f"calendar.mode{index}")
            self.modes.addButton(button, index)
            row.addWidget(button)
        self.previous = QPushButton("◀")
        self.previous.setAccessibleName(self.tr("Earlier"))
        self.previous.setObjectName("calendar.previous")
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("calendar.today")
        self.next = QPushButton("▶")
        self.next.setAccessibleName(self.tr("Later"))
        self.next.setObjectName("calendar.next")
        self.period = QLabel()
        self.period.setObjectName("calendar.period")
        font = self.period.font()
        font.setBold(True)
        self.period.setFont(font)
        for control in (self.previous, self.today_button, self.next, self.period):
            row.addWidget(control)
        row.addStretch()

        filters = QGridLayout()
        self.person = QComboBox()
        self.person.setObjectName("calendar.person")
        self.person.setAccessibleName(self.tr("Only the hearings and deadlines of"))
        self.person.addItem(self.tr("Everyone"), None)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.setMinimumContentsLength(12)
        self.forum = QComboBox()
        self.forum.setObjectName("calendar.forum")
        self.forum.setAccessibleName(self.tr("Only before the forum"))
        self.forum.addItem(self.tr("All forums"), None)
        self.forum.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.forum.setMinimumContentsLength(14)
        self.case = QLineEdit()
        self.case.setObjectName("calendar.case")
        self.case.setAccessibleName(self.tr("Only the case with the reference"))
        self.case.setPlaceholderText(self.tr("Case reference"))
        self.case.setClearButtonEnabled(True)
        self.settled = QCheckBox(self.tr("Show done, waived and past"))
        self.settled.setObjectName("calendar.settled")
        self.settled.setChecked(True)
        labelled: list[tuple[str, QWidget]] = [
            (self.tr("Person"), self.person),
            (self.tr("Forum"), self.forum),
            (self.tr("Case"), self.case),
        ]
        for index, (label, field) in enumerate(labelled):
            caption = QLabel(label)
            caption.setBuddy(field)
            filters.addWidget(caption, index // 2, 2 * (index % 2))
            filters.addWidget(field, index // 2, 2 * (index % 2) + 1)
        filters.addWidget(self.settled, 1, 2, 1, 2)
        filters.setColumnStretch(4, 1)

        self.month = MonthCalendar()
        self.day_list = QListWidget()
        self.day_list.setObjectName("calendar.day")
        self.day_list.setAccessibleName(self.tr("Hearings and deadlines of the chosen day"))
        month_page = QSplitter(Qt.Orientation.Vertical)
        month_page.addWidget(self.month)
        month_page.addWidget(self.day_list)
        month_page.setStretchFactor(0, 3)
        self.week = QTableWidget(0, 7)
        self.week.setObjectName("calendar.week")
        self.week.setAccessibleName(self.tr("Week"))
        self.week.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week.setWordWrap(True)
        self.week.verticalHeader().hide()
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.agenda = QListWidget()
        self.agenda.setObjectName("calendar.agenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.pages = QStackedWidget()
        for page in (month_page, self.week, self.agenda):
            self.pages.addWidget(page)
        self.empty = QLabel()
        self.empty.setObjectName("calendar.empty")

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(filters)
        layout.addWidget(self.pages)
        layout.addWidget(self.empty)

        self.modes.idClicked.connect(self.set_mode)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.forum.currentIndexChanged.connect(lambda _i: self.reload())
        self.case.editingFinished.connect(self.reload)
        self.settled.toggled.connect(lambda _on: self.reload())
        self.month.currentPageChanged.connect(self._month_paged)
        self.month.selectionChanged.connect(self._show_day)
        self.month.activated.connect(lambda _d: self._open_first_of_day())
        for events_list in (self.day_list, self.agenda):
            events_list.itemDoubleClicked.connect(self._open_item)
        self.week.itemDoubleClicked.connect(self._open_cell)
        self.modes.button(self.MONTH).setChecked(True)
        self.freshness = ReloadWhenShown(self, ops, self._read_all)

    def _read_all(self) -> None:
        self.fill_choices()
        self.reload()

    # --- what is shown -------------------------------------------------------------------

    @property
    def mode(self) -> int:
        return self.modes.checkedId()

    def set_mode(self, mode: int) -> None:
        self.modes.button(mode).setChecked(True)
        self.pages.setCurrentIndex(mode)
        self.reload()

    def span(self) -> tuple[date, date]:
        """The first and last day the current view shows."""
        if self.mode == self.MONTH:
            first = self.anchor.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return first, following - timedelta(days=1)
        if self.mode == self.WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=6)
        return self.anchor, self.anchor + timedelta(days=self.AGENDA_DAYS - 1)

    def step(self, direction: int) -> None:
        if self.mode == self.MONTH:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        elif self.mode == self.WEEK:
            self.anchor += timedelta(weeks=direction)
        else:
            self.anchor += timedelta(days=direction * self.AGENDA_DAYS)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.today
        self.reload()

    def fill_choices(self) -> None:
        """The people and forums to filter by (read in the background)."""
        db = self.db

        def read(_task: object) -> tuple[list[TeamMemberChoice], list[str]]:
            return team_members(db), calendar.forums(db)

        # Handed back as bound methods, never closures: Ops drops a result whose receiver was
        # deleted meanwhile, as this page is when the window changes language.
        self.ops.read(read, self._show_choices)

    def _show_choices(self, found: tuple[list[TeamMemberChoice], list[str]]) -> None:
        members, forums = found
        for member in members:
            if self.person.findData(member.id) < 0:
                self.person.addItem(member.name, member.id)
        for forum in forums:
            if self.forum.findData(forum) < 0:
                self.forum.addItem(forum, forum)

    def wanted(self) -> CalendarFilter:
        return CalendarFilter(
            person_id=self.person.currentData(),
            forum=self.forum.currentData(),
            case_id=None,
            include_settled=self.settled.isChecked(),
        )

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        first, last = self.span()
        db, wanted, reference = self.db, self.wanted(), self.case.text().strip()
        self._show_period(first, last)

        def read(_task: object) -> tuple[int, list[Event]]:
            case_id = None
            if reference:
                found = cases.case_id_of(db, reference)
                if found is None:
                    return generation, []
                case_id = found
            return generation, calendar.events(
                db,
                first,
                last,
                CalendarFilter(wanted.person_id, wanted.forum, case_id, wanted.include_settled),
                self.MOST,
            )

        self.ops.read(read, self._show)  # bound: dropped if this page is gone (fill_choices)

    def _show_period(self, first: date, last: date) -> None:
        if self.mode == self.MONTH:
            text = _shown(QDate(first.year, first.month, 1), "MMMM yyyy")
            self.month.blockSignals(True)
            self.month.setCurrentPage(first.year, first.month)
            self.month.blockSignals(False)
        elif self.mode == self.WEEK:
            text = self.tr("Week {0}: {1} to {2}").format(
                first.isocalendar()[1], first.isoformat(), last.isoformat()
            )
        else:
            text = self.tr("{0} to {1}").format(first.isoformat(), last.isoformat())
        self.period.setText(text)

    def _show(self, read: tuple[int, list[Event]]) -> None:
        generation, found = read
        if generation != self._generation:
            return  # an older request; a newer one is on its way
        self.events = found
        by_day: dict[date, list[Event]] = {}
        for event in found:
            by_day.setdefault(event.day, []).append(event)
        self.month.by_day = by_day
        self.month.today = self.today
        self.month.updateCells()
        self._show_day()
        self._fill_week(by_day)
        self.agenda.clear()
        for day in sorted(by_day):
            header = QListWidgetItem(
                _shown(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
            )
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.agenda.addItem(header)
            for event in by_day[day]:
                self.agenda.addItem(event_item(event, self.today))
        if len(found) >= self.MOST:
            self.empty.setText(
                self.tr(
                    "The first %n items of this period; filter by person, forum or case for "
                    "the rest.",
                    "",
                    len(found),
                )
            )
        elif found:
            self.empty.setText(self.tr("%n item(s).", "", len(found)))
        else:
            self.empty.setText(self.tr("Nothing in this period."))
        self.loaded.emit(len(found))

    def _fill_week(self, by_day: dict[date, list[Event]]) -> None:
        first, _last = (
            self.span()
            if self.mode == self.WEEK
            else (
                self.anchor - timedelta(days=self.anchor.weekday()),
                None,
            )
        )
        days = [first + timedelta(days=i) for i in range(7)]
        self.week.clear()
        self.week.setHorizontalHeaderLabels(
            [_shown(QDate(d.year, d.month, d.day), "ddd d MMM") for d in days]
        )
        self.week.setRowCount(max([len(by_day.get(d, [])) for d in days] + [0]))
        for column, day in enumerate(days):
            for row, event in enumerate(by_day.get(day, [])):
                cell = QTableWidgetItem(describe(event, self.today))
                cell.setForeground(QBrush(colour_of(event, self.today)))
                cell.setData(EVENT_ROLE, event)
                cell.setToolTip(describe(event, self.today))
                self.week.setItem(row, column, cell)
        self.week.resizeRowsToContents()

    def _month_paged(self, year: int, month: int) -> None:
        self.anchor = date(year, month, 1)
        self.reload()

    def _show_day(self) -> None:
        chosen = self.month.selectedDate()
        day = date(chosen.year(), chosen.month(), chosen.day())
        self.day_list.clear()
        for event in self.month.by_day.get(day, []):
            self.day_list.addItem(event_item(event, self.today))

    def _open_item(self, item: QListWidgetItem) -> None:
        event = item.data(EVENT_ROLE)
        if isinstance(event, Event):
            self.open_case.emit(event.case_id)

    def _open_cell(self, cell: QTableWidgetItem) -> None:
        event = cell.data(EVENT_ROLE)
        if isinstance(event, Event):
            self.open_case.emit(event.case_id)

    def _open_first_of_day(self) -> None:
        if self.day_list.count():
            self._open_item(self.day_list.item(0))


class ThisWeek(QWidget):
    """Overdue deadlines in red, then the coming seven days' hearings and deadlines."""

    open_case = Signal(str)
    loaded = Signal(int, int)  # overdue, coming

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ops = ops
        self.today = date.today()
        self.list = QListWidget()
        self.list.setObjectName("thisWeek.list")
        self.list.setAccessibleName(self.tr("This week: overdue, hearings and deadlines"))
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(120)  # the window must fit a small screen at 200 %
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        self.list.itemDoubleClicked.connect(self._open)
        self.ops.changed.connect(lambda _what: self.reload())

    def retranslate(self) -> None:
        """Read the week again, its headings in the window's language."""
        self.reload()

    def reload(self) -> None:
        db, today = self.db, self.today
        self.ops.read(lambda _task: calendar.this_week(db, today), self._show)

    def _show(self, week: calendar.Week) -> None:
        self.list.clear()

        def heading(text: str, colour: QColor | None = None) -> None:
            item = QListWidgetItem(text)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            if colour is not None:
                item.setForeground(QBrush(colour))
            self.list.addItem(item)

        if week.overdue:
            count = len(week.overdue)
            if count >= calendar.SHORT_LIST:
                text = self.tr("Overdue (the latest %n; the Calendar has them all)", "", count)
            else:
                text = self.tr("Overdue (%n)", "", count)
            heading(text, OVERDUE)
            for event in week.overdue:
                self.list.addItem(self._item(event, show_day=True))
        day: date | None = None
        for event in week.coming:
            if event.day != day:
                day = event.day
                heading(_shown(QDate(day.year, day.month, day.day), "dddd d MMMM"))
            self.list.addItem(self._item(event))
        if len(week.coming) >= calendar.SHORT_LIST:
            heading(self.tr("… and more: see the Calendar, or filter it by person."))
        if not week.overdue and not week.coming:
            heading(self.tr("Nothing due this week."))
        self.loaded.emit(len(week.overdue), len(week.coming))

    def _item(self, event: Event, *, show_day: bool = False) -> QListWidgetItem:
        item = event_item(event, self.today)
        if show_day:
            item.setText(f"{event.day.isoformat()} {item.text()}")
        return item

    def _open(self, item: QListWidgetItem) -> None:
        event: Any = item.data(EVENT_ROLE)
        if isinstance(event, Event):
            self.open_case.emit(event.case_id)
