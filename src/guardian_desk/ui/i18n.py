"""The window's language: Qt Linguist translations, loaded and switched while running.

Interface text is marked with ``tr()`` (or :func:`QT_TRANSLATE_NOOP` where it is written down
before it is shown); ``scripts/build-translations`` gathers it into
``resources/translations/guardian_desk_<lang>.ts`` for translators and builds the ``.qm``
files loaded here. Switching the language posts a LanguageChange event to every window, which
sets its texts again; a right-to-left language lays the whole window out from the right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from guardian_desk.domain.text import RTL_LANGUAGES
from guardian_desk.resources import resource_path

RIGHT_TO_LEFT = RTL_LANGUAGES

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt Linguist (lupdate finds it by this name); translated on use with
    ``QCoreApplication.translate(context, text)``."""
    return text


def ui_locale() -> str:
    """The window's language as a locale name ("ar_EG"), for names of countries and
    languages shown in it."""
    return QLocale().name()


def available() -> list[str]:
    """The languages the window is translated into (English is its own)."""
    folder = resource_path("translations")
    return ["en", *sorted(p.stem.removeprefix("guardian_desk_") for p in folder.glob("*.qm"))]


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
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (ours, qt_folder / f"qtbase_{language}.qm"):
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
