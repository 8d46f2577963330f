"""Choosing a code by its name: countries, jurisdictions, languages, scripts, time zones and
people, found by typing any part of the name in the window's language (or the code).

A picker shows "Dari — دری" and stores ``prs``. Its list is filled the first time it is
needed (a click, a key), so that a form with many pickers opens at once. What is typed and
matches nothing is kept as typed, for saving to refuse it with a reason at the field: nothing
a person typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain import codes

Choices = Callable[[str], Iterable[tuple[str, str]]]  # ui locale → (code, name)

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _locale() -> str:
    return QLocale().name()


# What each kind of code is chosen from, in the window's language.
CHOICES: dict[str, Choices] = {
    "country": codes.countries,
    "jurisdiction": codes.jurisdictions,
    "language": codes.languages,
    "script": codes.scripts,
    "time_zone": codes.time_zones,
}
NAMES: dict[str, Callable[[str, str], str]] = {
    "country": codes.country_name,
    "jurisdiction": codes.jurisdiction_name,
    "language": codes.language_label,
    "script": codes.script_name,
    "time_zone": codes.time_zone_name,
}


class CodePicker(QComboBox):
    """One code chosen by name, with type-to-find (any part of the name, or the code).

    Signals:
        picked(): the value changed by the person (not by :meth:`set_value`).
    """

    picked = Signal()

    def __init__(
        self,
        kind: str,
        parent: QWidget | None = None,
        *,
        choices: Choices | None = None,
        name: Callable[[str, str], str] | None = None,
        first: Callable[[], list[str]] | None = None,
        suggests: bool = False,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        # True: the list only suggests (forums): a name typed whole that is not in it is a new
        # one, kept as typed, never taken for the first name that begins like it.
        self.suggests = suggests
        self._choices = choices or CHOICES[kind]
        self._name = name or NAMES.get(kind, lambda code, _locale: code)
        self._first = first or (lambda: [])  # codes offered before all others
        self._filled_for: str | None = None
        self._setting = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.line = QLineEdit()
        self.line.setClearButtonEnabled(True)
        self.setLineEdit(self.line)
        completer = QCompleter(self._model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCompletionRole(SEARCH_ROLE)  # the name and the code: "Dari — دری prs"
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated.connect(self._completed)
        self._value: str | None = None
        self.line.installEventFilter(self)
        self.line.editingFinished.connect(self._typed)
        self.line.returnPressed.connect(self._entered)
        self.activated.connect(self._chosen)
        self._show(None)

    # --- the list, filled when first needed ----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            self.fill()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes what is typed here (the field has heard it) and goes no further: in a
        dialog it would press the default button, saving a form half filled."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def fill(self) -> None:
        """Fill the list in the window's language (again, after the language changed)."""
        locale = _locale()
        if self._filled_for == locale:
            return
        self._setting = True
        text = self.line.text()
        self._model.clear()
        first = [c for c in self._first() if c]
        rows = list(self._choices(locale))
        by_code = dict(rows)
        ordered = [(c, by_code.get(c) or self._name(c, locale)) for c in first]
        ordered += [(c, n) for c, n in rows if c not in first]
        for code, name in ordered:
            item = QStandardItem(name)
            item.setData(code, CODE_ROLE)
            item.setData(f"{name} · {code}", SEARCH_ROLE)
            item.setToolTip(code)
            self._model.appendRow(item)
        self._filled_for = locale
        index = self.findData(self._value, CODE_ROLE) if self._value else -1
        self.setCurrentIndex(index)
        self.line.setText(text)
        self._setting = False

    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    # --- the value ------------------------------------------------------------------------

    def value(self) -> str | None:
        return self._value

    def set_value(self, code: str | None) -> None:
        self._setting = True
        self._value = code or None
        self._show(self._value)
        self._setting = False

    def _show(self, code: str | None) -> None:
        index = self.findData(code, CODE_ROLE) if code and self._filled_for else -1
        self.setCurrentIndex(index)
        self.line.setText(self._name(code, _locale()) if code else "")
        self.setToolTip(code or "")

    def _chosen(self, index: int) -> None:
        if self._setting or index < 0:
            return
        self._set_by_person(self.itemData(index, CODE_ROLE))

    def _completed(self, text: str) -> None:
        index = self.findData(text, SEARCH_ROLE)
        if index >= 0:
            self._set_by_person(self.itemData(index, CODE_ROLE))
        else:
            self._typed()

    def _typed(self) -> None:
        """What was typed: a name or a code of the list, or kept as typed."""
        if self._setting or self._listing() is not None:
            return  # the person is choosing in the list
        self._take_typed()

    def _entered(self) -> None:
        """Enter in the field: what is typed is taken, the list closed."""
        listing = self._listing()
        if listing is not None:
            if listing.currentIndex().isValid():
                return  # the list takes the line chosen in it
            listing.hide()
        if not self._setting:
            self._take_typed()

    def _listing(self) -> QAbstractItemView | None:
        """The list of names that have what is typed, while it is shown."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        return popup if popup is not None and popup.isVisible() else None

    def _take_typed(self) -> None:
        text = self.line.text().strip()
        if not text:
            self._set_by_person(None)
            return
        if self._value and text == self._name(self._value, _locale()):
            return  # unchanged
        self.fill()
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)  # the name, any case
        if found < 0:
            found = self.findData(text, CODE_ROLE)
        if found < 0:
            found = self.findData(text, SEARCH_ROLE)
        if found < 0:  # a code typed in another case ("af", "de-by")
            upper = text.upper() if self.kind in ("country", "jurisdiction") else text
            found = self.findData(upper, CODE_ROLE)
        if found >= 0:
            self._set_by_person(self.itemData(found, CODE_ROLE))
            return
        if self.suggests:
            self._set_by_person(text)
            return
        # Part of a name ("dari"): the first name that has it, as the list showed it.
        completer = self.completer()
        if completer is not None:
            completer.setCompletionPrefix(text)
            folded = text.casefold()
            for row in range(completer.completionCount()):
                completer.setCurrentRow(row)
                index = completer.currentIndex()
                words = str(index.data(Qt.ItemDataRole.DisplayRole) or "").casefold().split()
                if any(word.startswith(folded) for word in words):  # "afghan", not "zz"
                    self._set_by_person(str(index.data(CODE_ROLE)))
                    return
        self._set_by_person(text)  # kept as typed, for saving to refuse with a reason

    def _set_by_person(self, code: str | None) -> None:
        if code == self._value:
            self._show(code)
            return
        self._value = code
        self._setting = True
        self._show(code)
        self._setting = False
        self.picked.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._filled_for is not None:
            self._filled_for = None
            self.fill()
            self._show(self._value)
        super().changeEvent(event)


class CodeListPicker(QWidget):
    """Several codes (nationalities, languages): each chosen one shown by name with a button
    to take it away, and a picker to add another.

    Signals:
        picked(): the list changed by the person.
    """

    picked = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._values: list[str] = []
        self.chosen = QHBoxLayout()
        self.chosen.setContentsMargins(0, 0, 0, 0)
        self.adder = CodePicker(kind)
        self.adder.setObjectName("adder")
        self.adder.set_placeholder(self.tr("Type to add…"))
        self.adder.picked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QWidget()
        row.setLayout(self.chosen)
        layout.addWidget(row)
        layout.addWidget(self.adder)
        self._buttons: list[QToolButton] = []
        self._render()

    def values(self) -> list[str]:
        return list(self._values)

    def set_values(self, values: list[str]) -> None:
        self._values = list(values)
        self._render()

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)
        self.adder.setVisible(enabled)

    def _add(self) -> None:
        code = self.adder.value()
        self.adder.set_value(None)
        if code and code not in self._values:
            self._values.append(code)
            self._render()
            self.picked.emit()

    def _remove(self, code: str) -> None:
        if code in self._values:
            self._values.remove(code)
            self._render()
            self.picked.emit()

    def _render(self) -> None:
        while self.chosen.count():
            item = self.chosen.takeAt(0)
            shown = item.widget() if item is not None else None
            if shown is not None:
                shown.deleteLater()
        self._buttons = []
        name = NAMES.get(self.kind, lambda code, _locale: code)
        for code in self._values:
            button = QToolButton()
            text = name(code, _locale())
            button.setText(f"{text}  ✕")
            button.setObjectName(f"chosen.{code}")
            button.setToolTip(self.tr("Remove {0}").format(text))
            button.setAccessibleName(self.tr("Remove {0}").format(text))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked, *, c=code: self._remove(c))
            self.chosen.addWidget(button)
            self._buttons.append(button)
        if not self._values:
            none = QLabel(self.tr("None chosen"))
            none.setEnabled(False)
            self.chosen.addWidget(none)
        self.chosen.addStretch()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.adder.set_placeholder(self.tr("Type to add…"))
            self._render()
        super().changeEvent(event)


def code_name(kind: str, code: str) -> str:
    """A code by its name in the window's language (``prs`` is "Dari — دری")."""
    name = NAMES.get(kind)
    return name(code, _locale()) if name else code
