"""The whole window in Arabic: every page, a demo case with each of its tabs and the form of
each kind of record, the settings dialog and every menu, read as a person sees them; no
English word may be left.

What a person typed is shown as typed (a child's name, a forum, a note in the demo cases), so
the words of the demo database's own text are allowed; so are a few names and codes that are
the same in every language (below). Anything else in Latin letters is interface text that
missed its translation.
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from guardian_desk.domain import codes
from guardian_desk.domain.codes import is_jurisdiction, jurisdiction_name
from guardian_desk.resources import resource_path
from guardian_desk.services.records import case_trees
from guardian_desk.services.team import team_members
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.ui import i18n
from guardian_desk.ui.main_window import MainWindow

# Words the same in every language: the product's name, file formats and standards named by
# their letters, and the format a calendar file has.
ALLOWED = {
    "guardian", "desk",  # the product's name
    "pdf", "docx", "csv", "xlsx", "ics", "json", "png", "jpeg", "tiff",  # file formats
    "iso", "utc", "bcp", "eoir",  # standards and bodies named by their letters
    "sijs",  # a status of US law, its letters kept beside its Arabic name for the lawyer
    "ctrl", "alt", "shift",  # keys, named as on the keyboard
}  # fmt: skip
# A word in Latin letters (2 or more): what may be English.
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
# A case reference (DEMO-1-000004), a code (US-CA; AF, a country; CET, a time zone), a key
# (Ctrl+F), a path or an address.
# (An Arabic letter may touch a code: "وES", and ES.)
CODES = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]{2,}(?:-[A-Z0-9]+)+|[A-Z0-9]+-\d[\d-]*|[A-Z]{2,3})(?![A-Za-z])"
    r"|\b(?:Ctrl|Alt|Shift)\+|\S+[/\\@]\S+"
)

# Fields of a rule's deadline that hold what the rules wrote, not a person: their words must
# be translated, so they are not taken as typed.
WRITTEN_BY_THE_PROGRAM = {"title", "explanation"}


@pytest.fixture
def in_arabic() -> Iterator[None]:
    assert i18n.apply_language("ar") == "ar"
    yield
    i18n.apply_language("en")


def _typed(db: Database) -> re.Pattern[str]:
    """What the demo database holds as it was typed (names, forums, notes, deadlines set by
    hand), the team's names, the computer's account in the audit log, places and languages
    with no Arabic name (Bayern; Deutsch beside الألمانية) and the citations of the law: each
    is taken out of a text whole before its words are read."""
    found: set[str] = {getpass.getuser()}

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            by_rule = value.get("source") == "rule"  # a rule's deadline: the rule's words
            for name, inner in value.items():
                if not (by_rule and name in WRITTEN_BY_THE_PROGRAM):
                    walk(inner, name)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, key)
        elif isinstance(value, str) and LATIN_WORD.search(value):
            found.add(value.strip())
            if key.endswith("jurisdiction") and is_jurisdiction(value):
                walk(jurisdiction_name(value, "ar"))
        elif isinstance(value, str) and key.endswith("jurisdiction") and is_jurisdiction(value):
            walk(jurisdiction_name(value, "ar"))

    with db.reading() as session:
        walk(case_trees(session, repo.all_case_ids(session)))
    for member in team_members(db):
        walk(member.name)
    for _code, name in codes.languages("ar"):  # "الألمانية — Deutsch": named in itself too
        walk(name.rpartition(" — ")[2])
    data_files = [*resource_path("rules").glob("*.toml"), *resource_path("recognition").glob("*")]
    for path in data_files:  # a citation names the law as it is written ("Code civil, art. 375")
        walk(re.findall(r'citation = "([^"]*)"', path.read_text(encoding="utf-8")))
    longest_first = sorted((t for t in found if len(t) > 1), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, longest_first))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a widget and the widgets in it show."""
    shown = [widget, *widget.findChildren(QWidget)]
    for item in shown:
        if not item.isVisible():
            continue
        name = f"{type(item).__name__} {item.objectName()}".strip()
        if item.isWindow() and item.windowTitle():
            yield f"{name} (title)", item.windowTitle()
        if isinstance(item, QLabel):
            text = item.text()
            rich = "<" in text and ">" in text
            yield name, QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text
        elif isinstance(item, QAbstractButton):
            yield name, item.text()
        elif isinstance(item, QGroupBox):
            yield name, item.title()
        elif isinstance(item, QTextBrowser):
            yield name, item.toPlainText()
        elif isinstance(item, QLineEdit):
            yield f"{name} (placeholder)", item.placeholderText()
        if isinstance(item, QComboBox):
            for row in range(item.count()):
                yield f"{name} item", item.itemText(row)
            if item.lineEdit() is not None:
                yield f"{name} (placeholder)", item.lineEdit().placeholderText()
        elif isinstance(item, QTabWidget):
            for index in range(item.count()):
                yield f"{name} tab", item.tabText(index)
        elif isinstance(item, QListWidget):
            for row in range(item.count()):
                yield f"{name} line", item.item(row).text()
        elif isinstance(item, QAbstractItemView) and item.model() is not None:
            model = item.model()
            for section in range(model.columnCount()):
                yield (
                    f"{name} header",
                    str(model.headerData(section, Qt.Orientation.Horizontal) or ""),
                )
            for row in range(min(model.rowCount(), 40)):
                for column in range(model.columnCount()):
                    yield f"{name} cell", str(model.index(row, column).data() or "")


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield f"menu {menu.objectName()}", menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu())
        elif not action.isSeparator():
            yield f"menu {menu.objectName()} action", action.text()


class English:
    """The English words found, with where they were seen."""

    def __init__(self, typed: re.Pattern[str]) -> None:
        self.typed = typed
        self.found: dict[str, str] = {}
        self.read_texts = 0

    def read(self, texts: Iterator[tuple[str, str]], place: str) -> None:
        for where, text in texts:
            self.read_texts += 1
            cleaned = CODES.sub(" ", self.typed.sub(" ", text).replace("&", ""))
            for word in LATIN_WORD.findall(cleaned):
                if word.casefold() not in ALLOWED:
                    self.found.setdefault(word, f"{place}: {where}: {text[:120]!r}")


def _settle(qtbot: Any, window: MainWindow) -> None:
    qtbot.wait(50)
    qtbot.waitUntil(lambda: window.ops.running == 0, timeout=20000)
    QApplication.processEvents()


def test_every_page_tab_dialog_and_menu_speaks_arabic(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, window: MainWindow, in_arabic: None
) -> None:
    english = English(_typed(demo_db))
    qtbot.waitUntil(lambda: window.ui.navigation.item(0).text() != "Cases", timeout=5000)
    _settle(qtbot, window)

    for row in range(window.ui.navigation.count()):  # each main page
        window.ui.navigation.setCurrentRow(row)
        _settle(qtbot, window)
        english.read(_texts(window), f"page {row}")
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar():
            english.read(_menu_texts(menu), "menus")

    reports = window.reports  # each shipped report, made and read with its tables and notes
    window.ui.navigation.setCurrentRow(window.ui.pages.indexOf(window.ui.reportsPage))
    reports.first.setDate(QDate(2026, 1, 1))
    reports.last.setDate(QDate(2026, 11, 26))
    for index in range(reports.report.count()):
        reports.report.setCurrentIndex(index)
        with qtbot.waitSignal(reports.shown, timeout=20000):
            reports.make_button.click()
        _settle(qtbot, window)
        english.read(_texts(window), f"report {reports.report.currentData()}")

    first = window.model.summary(0).id  # a demo case, each of its tabs and record forms
    window.open_case(first)
    qtbot.waitUntil(lambda: first in window.editors, timeout=20000)
    editor = window.editors[first]
    qtbot.waitUntil(lambda: editor.fully_built, timeout=20000)
    for index in range(editor.tabs.count()):
        if not editor.tabs.isTabVisible(index):
            continue
        editor.tabs.setCurrentIndex(index)
        _settle(qtbot, window)
        page = editor.tabs.widget(index)
        lists = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]
        for view in lists:  # each record's form: the first of each list chosen
            if view.model() is not None and view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))
        _settle(qtbot, window)
        english.read(_texts(editor), f"case tab {editor.tabs.tabText(index)}")

    dialog = window.edit_settings()  # the settings dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    english.read(_texts(dialog), "settings")
    dialog.reject()
    for found in window.findChildren(QDialog):
        if found.isVisible():
            english.read(_texts(found), "dialog")

    assert english.read_texts > 2000  # the walk saw the window, not an empty shell
    assert not english.found, "English left in the Arabic window:\n" + "\n".join(
        f"  {word} — {where}" for word, where in sorted(english.found.items())
    )
