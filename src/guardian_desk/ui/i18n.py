"""The window's language: Qt Linguist translations, loaded and switched while running.

Interface text is marked with ``tr()`` (or :func:`QT_TRANSLATE_NOOP` where it is written down
before it is shown); ``scripts/build-translations`` gathers it into
``resources/translations/guardian_desk_<lang>.ts`` for translators and builds the ``.qm``
files loaded here. Switching the language posts a LanguageChange event to every window, which
sets its texts again; a right-to-left language lays the whole window out from the right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from guardian_desk.domain import codes
from guardian_desk.domain.text import RTL_LANGUAGES
from guardian_desk.errors import Message, Named, ValidationError
from guardian_desk.resources import resource_path

RIGHT_TO_LEFT = RTL_LANGUAGES

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt Linguist (lupdate finds it by this name); translated on use with
    ``QCoreApplication.translate(context, text)``."""
    return text


def translated(text: Any) -> str:
    """Text from below the window in the window's language.

    A :class:`~guardian_desk.errors.Message` is translated in its context and filled with its
    parameters, each Message among them translated too; other text is shown as it is (a
    name, a reference, what a person typed). A translation that lost a field falls back to
    the English sentence rather than failing.
    """
    if isinstance(text, Named):
        name = _NAMES.get(text.kind)
        return name(text.code, ui_locale()) if name else str(text)
    if not isinstance(text, Message):
        return str(text)
    params = {
        name: translated(value) if isinstance(value, Message) else value
        for name, value in text.params.items()
    }
    template = (
        QCoreApplication.translate(text.context, text.template) if text.context else text.template
    )
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):
        return str(text)


_NAMES = {
    "country": codes.country_name,
    "jurisdiction": codes.jurisdiction_name,
    "language": codes.language_name,
    "script": codes.script_name,
    "time_zone": codes.time_zone_name,
}


def rule_text(text: str | None) -> str:
    """A deadline rule's title as stored with a deadline, in the window's language (a title
    typed by a person has no translation and is shown as typed)."""
    return QCoreApplication.translate("Rules", text) if text else ""


def form_text(text: str) -> str:
    """A filing form's title, description or input label (forms/*/form.toml, written in
    English) in the window's language."""
    return QCoreApplication.translate("Forms", text.strip()) if text else ""


def error_text(error: BaseException) -> str:
    """What a person reads for an expected error, in the window's language: its message, and
    for a ValidationError its summary with each problem on a line of its own."""
    if not isinstance(error, ValidationError):
        return translated(error.args[0]) if error.args else str(error)
    limit = 20
    lines = [translated(error.summary)]
    for problem in error.problems[:limit]:
        message = translated(problem.message)
        lines.append(f"  {problem.path}: {message}" if problem.path else f"  {message}")
    if len(error.problems) > limit:
        more = len(error.problems) - limit
        lines.append(
            "  " + QCoreApplication.translate("Errors", "… and {0} more problems").format(more)
        )
    return "\n".join(lines)


def ui_locale() -> str:
    """The window's language as a locale name ("ar_EG"), for names of countries and
    languages shown in it."""
    return QLocale().name()


def available() -> list[str]:
    """The languages the window is translated into (English is its own)."""
    folder = resource_path("translations")
    found = {p.stem.removeprefix("guardian_desk_") for p in folder.glob("*.qm")} - {"en"}
    return ["en", *sorted(found)]  # English's own file holds only its plural forms


def apply_language(tag: str | None) -> str:
    """Show the window in ``tag`` (BCP 47; empty: the system's language) from now on: load
    its translations, Qt's own for standard buttons, its layout direction and number and date
    formats. Open windows re-translate themselves. Returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None
    language = (tag or QLocale.system().name()).replace("_", "-").split("-")[0] or "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = resource_path("translations", f"guardian_desk_{language}.qm")
    # A language the window is not translated into shows English, with English plurals.
    shown = ours if ours.is_file() else resource_path("translations", "guardian_desk_en.qm")
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (shown, qt_folder / f"qtbase_{language}.qm"):
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return language if (ours.is_file() or language == "en") else "en"
