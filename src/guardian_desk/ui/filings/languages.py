"""A filing's languages in the window: chosen by name among those the form is written in,
with why the proposed ones were proposed ("German — the court's language")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from guardian_desk.domain.codes import country_name, language_label, language_name
from guardian_desk.services import filings


def _locale() -> str:
    return QLocale().name()


def _tr(text: str) -> str:
    return QCoreApplication.translate("FilingLanguages", text)


def languages_named(codes: Sequence[str | None]) -> str:
    """ "French + Dari": a filing's languages by name, in the window's language."""
    return " + ".join(language_name(code, _locale()) for code in codes if code)


def why_first(rule: filings.DefaultLanguages) -> str:
    """Why the first language was proposed: "German — the court's language"."""
    name = language_name(rule.first, _locale())
    if rule.why_first is filings.Why.COURT:
        return _tr("{0} — the court's language").format(name)
    if rule.why_first is filings.Why.OFFICIAL:
        country = country_name((rule.jurisdiction or "").split("-")[0], _locale())
        return _tr("{0} — the official language of {1}").format(name, country)
    if rule.why_first is filings.Why.NOT_WRITTEN and rule.court:
        court = language_name(rule.court, _locale())
        return _tr("{0} — the form is not written in {1}, the court's language").format(name, court)
    return _tr("{0} — the forum's language is not known").format(name)


def why_second(rule: filings.DefaultLanguages) -> str:
    """Why the second language was proposed, or none was: "Dari — the child's language"."""
    child = language_name(rule.child, _locale()) if rule.child else ""
    if rule.why_second is filings.Why.CHILD and rule.second:
        return _tr("{0} — the child's language").format(language_name(rule.second, _locale()))
    if rule.why_second is filings.Why.SAME:
        return _tr("no second language — the child's language, {0}, is the first").format(child)
    if rule.why_second is filings.Why.CHILD_NOT_WRITTEN:
        return _tr("no second language — the form is not written in {0}, the child's").format(child)
    return _tr("no second language — the case records no language for the child")


class LanguageBox(QComboBox):
    """One of a form's languages, chosen by name ("Dari — دری"); the code is its data.

    Signals:
        chosen(): the person chose another language (not :meth:`set_value`).
    """

    chosen = Signal()

    def __init__(self, none: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none = none  # the text of "no language", offered first; None: one is needed
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(lambda _index: self.chosen.emit())

    def set_languages(self, codes: Sequence[str]) -> None:
        """Offer ``codes`` (the form's languages), keeping the one chosen where it is one."""
        kept = self.value()
        self.blockSignals(True)
        self.clear()
        if self._none is not None:
            self.addItem(self._none, None)
        for code in codes:
            self.addItem(language_label(code, _locale()), code)
            self.setItemData(self.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.set_value(kept)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, code: str | None) -> None:
        at = self.findData(code) if code else (0 if self._none is not None else -1)
        self.blockSignals(True)
        self.setCurrentIndex(max(at, 0) if self.count() else -1)
        self.blockSignals(False)


class LanguagesCell(QWidget):
    """A row's languages in the clerk's batch: the first and, beside it, a second or none;
    its tooltip says why the proposed ones were proposed.

    Signals:
        chosen(): the person chose another language for the row.
    """

    chosen = Signal()

    def __init__(self, rule: filings.DefaultLanguages, languages: Sequence[str]) -> None:
        super().__init__()
        self.setObjectName("batch.language")
        self.rule = rule
        self.first = LanguageBox()
        self.first.setObjectName("first")
        self.first.setAccessibleName(self.tr("Language"))
        self.second = LanguageBox(self.tr("— none —"))
        self.second.setObjectName("second")
        self.second.setAccessibleName(self.tr("Second language"))
        self.first.set_languages(languages)
        self.second.set_languages(languages)
        self.first.set_value(rule.first)
        self.second.set_value(rule.second)
        self.setToolTip(f"{why_first(rule)}\n{why_second(rule)}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.addWidget(self.first)
        layout.addWidget(QLabel("+"))
        layout.addWidget(self.second)
        self.first.chosen.connect(self._first_chosen)
        self.second.chosen.connect(self.chosen)

    def _first_chosen(self) -> None:
        if self.second.value() == self.first.value():  # not twice the same
            self.second.set_value(None)
        self.chosen.emit()

    def languages(self) -> tuple[str, str | None]:
        """The row's first language and its second, if any."""
        first = self.first.value() or self.rule.first
        second = self.second.value()
        return first, (second if second != first else None)

    def text(self) -> str:
        """ "German + Dari", as the row is made."""
        return languages_named(self.languages())
