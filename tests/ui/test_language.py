"""The window in another language: translations built from their Qt Linguist sources, Arabic
laid out from the right, and a switch of language taken by open windows without a restart."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guardian_desk.resources import resource_path
from guardian_desk.ui import i18n
from guardian_desk.ui.main_window import MainWindow

TRANSLATIONS = resource_path("translations")


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.apply_language("en")


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.stem)
def test_each_translation_is_built_from_its_source(ts: Path, tmp_path: Path) -> None:
    """The .qm files shipped are those the .ts sources give (scripts/build-translations)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    built = tmp_path / f"{ts.stem}.qm"
    subprocess.run(
        [
            str(lrelease if lrelease.exists() else shutil.which("pyside6-lrelease")),
            "-silent",
            str(ts),
            "-qm",
            str(built),
        ],
        check=True,
        timeout=120,
    )
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"run scripts/build-translations: {shipped.name} is missing"
    assert built.read_bytes() == shipped.read_bytes(), f"{shipped.name} is older than its .ts"
    unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
    assert unfinished == 0, f"{ts.name}: {unfinished} strings still untranslated"


def test_the_window_in_arabic_reads_from_the_right(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, back_to_english: None
) -> None:
    navigation = window.ui.navigation
    assert navigation.item(0).text() == "Cases"
    assert "ar" in i18n.available()
    assert i18n.apply_language("ar") == "ar"
    qtbot.waitUntil(lambda: navigation.item(0).text() != "Cases", timeout=5000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    arabic = navigation.item(0).text()
    assert any("\u0600" <= c <= "\u06ff" for c in arabic)  # the window, re-translated
    header = window.model.headerData(0, Qt.Orientation.Horizontal)
    assert any("\u0600" <= c <= "\u06ff" for c in header)  # the case list's columns too
    i18n.apply_language("en")  # and back, still without a restart
    qtbot.waitUntil(lambda: navigation.item(0).text() == "Cases", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language", ["es", "fr"])
def test_spanish_and_french_windows(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, back_to_english: None, language: str
) -> None:
    i18n.apply_language(language)
    qtbot.waitUntil(lambda: window.ui.navigation.item(1).text() != "Calendar", timeout=5000)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.this_week_dock.windowTitle() != "This week"


def test_every_interface_string_is_translated(tmp_path: Path) -> None:
    """lupdate run over the interface's sources finds nothing new to translate."""
    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [
        *sorted((root / "ui").glob("*.ui")),
        *sorted(p for p in (root / "src/guardian_desk/ui").rglob("*.py") if "forms" not in p.parts),
    ]
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        copy = tmp_path / ts.name
        shutil.copyfile(ts, copy)
        english = ["-pluralonly"] if ts.stem.endswith("_en") else []  # plural forms only
        subprocess.run(
            [
                str(lupdate),
                "-no-obsolete",
                *english,
                "-extensions",
                "py,ui",
                *map(str, sources),
                "-ts",
                str(copy),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        unfinished = copy.read_text(encoding="utf-8").count('type="unfinished"')
        assert unfinished == 0, (
            f"{ts.name}: {unfinished} interface strings are new or changed: translate them, "
            "then run scripts/build-translations"
        )


def test_the_pages_follow_a_change_of_language(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, back_to_english: None
) -> None:
    from PySide6.QtWidgets import QPushButton

    window.ui.navigation.setCurrentRow(window.ui.pages.indexOf(window.ui.filingsPage))
    english = window.filings.make_button.text()
    assert english == "Make filings"
    i18n.apply_language("fr")
    qtbot.waitUntil(lambda: window.filings.make_button.text() != english, timeout=5000)
    assert window.ui.pages.currentWidget() is window.ui.filingsPage  # still on the page
    buttons = [b.text() for b in window.filings.findChildren(QPushButton)]
    assert "Make filings" not in buttons


def test_the_calendar_and_this_week_speak_arabic(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, back_to_english: None
) -> None:
    """An overdue deadline in the calendar and This week, in the window's language: the
    words were once missing from every translation file."""
    from datetime import date, timedelta

    from guardian_desk.services.calendar import Event, EventKind
    from guardian_desk.ui.calendar.calendar_view import describe

    today = date(2026, 12, 6)
    late = Event(
        EventKind.DEADLINE, "d1", "c1", "DEMO-1-000001", "Appeal", today - timedelta(days=2)
    )
    assert i18n.apply_language("ar") == "ar"
    line = describe(late, today)
    assert "موعد نهائي" in line
    assert "متأخر" in line
    assert "Deadline" not in line
    assert "OVERDUE" not in line
    i18n.apply_language("fr")
    assert "EN RETARD" in describe(late, today)


def test_the_texts_from_below_the_window_are_gathered_for_translators() -> None:
    """ui/catalogue_strings.py holds every rule title, finding and message template of the
    domain and the services (scripts/build-catalogue writes it; lupdate reads it)."""
    root = Path(__file__).resolve().parents[2]
    fresh = subprocess.run(
        [sys.executable, str(root / "scripts/build-catalogue"), "--print"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    shipped = root / "src/guardian_desk/ui/catalogue_strings.py"
    assert shipped.read_text(encoding="utf-8") == fresh, (
        "ui/catalogue_strings.py is stale: run scripts/build-translations"
    )


# How a day is typed, in each language: one hint, the same in every field and message.
DATE_HINTS = {"fr": "AAAA-MM-JJ", "es": "AAAA-MM-DD", "ar": "سسسس-شش-يي"}


@pytest.mark.parametrize("language", sorted(DATE_HINTS))
def test_the_date_hint_follows_the_language(  # type: ignore[no-untyped-def]
    qtbot, back_to_english: None, language: str
) -> None:
    from guardian_desk.ui.widgets import date_hint, datetime_hint

    ts = (TRANSLATIONS / f"guardian_desk_{language}.ts").read_text(encoding="utf-8")
    translations = [t for t in ts.split("<translation") if "YYYY" in t.split("</translation")[0]]
    assert not translations, f"an English date hint is left in {language}"
    assert date_hint() == "YYYY-MM-DD"
    i18n.apply_language(language)
    assert date_hint() == DATE_HINTS[language]
    assert datetime_hint().startswith(DATE_HINTS[language])


def test_messages_from_below_are_said_in_the_windows_language(  # type: ignore[no-untyped-def]
    qtbot, back_to_english: None
) -> None:
    """A reminder, a deadline's explanation and a finding are made in English by the services
    and the domain; the window says them in its language."""
    from datetime import date

    from guardian_desk.domain.deadlines import explain
    from guardian_desk.domain.enums import DocumentType
    from guardian_desk.domain.periods import Period, Roll, Unit, compute
    from guardian_desk.domain.recognition import DocumentFacts, check_document
    from guardian_desk.services.calendar import Event, EventKind, Reminder
    from guardian_desk.services.documents.readiness import shipped_rules

    certificate = DocumentFacts("d1", DocumentType.BIRTH_CERTIFICATE, "SY", date(2026, 1, 5))
    findings = check_document(shipped_rules(), certificate, "FR", date(2026, 12, 1))
    late = Reminder(
        Event(
            EventKind.DEADLINE,
            "d1",
            "c1",
            "DEMO-1-000001",
            "Passport expires in six months: renew it",
            date(2026, 12, 1),
        ),
        -5,
    )
    counted = explain(
        compute(date(2026, 12, 21), Period(5, Unit.CALENDAR_DAYS), "FR", Roll.NEXT), "FR"
    )
    assert str(late.message()).startswith("Deadline overdue since 2026-12-01")
    assert "Saturday 2026-12-26" in counted
    i18n.apply_language("fr")
    assert i18n.translated(late.message()).startswith("Échéance en retard depuis le 2026-12-01")
    assert "passeport" in i18n.translated(late.message())
    assert "samedi 2026-12-26" in i18n.translated(counted)
    for finding in findings:  # each requirement of a Syrian birth certificate in France
        assert i18n.translated(finding.message) != finding.message
    assert any("traduction" in i18n.translated(f.message) for f in findings)
    i18n.apply_language("ar")
    said = i18n.translated(counted)
    assert "Saturday" not in said
    assert "السبت" in said
