"""Every English word of a report that reaches the window has its entry for translators, and
categories are named in the window's language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from guardian_desk.services.reports import (
    CATEGORY_NAMES,
    DIMENSION_NAMES,
    INDICATORS,
    load_reports,
)
from guardian_desk.ui import i18n
from guardian_desk.ui.reports import category_label, dimension_label, labels, report_text


def _marked(context: str) -> set[str]:
    """The texts ``labels.py`` marks for Qt Linguist in ``context``, read as lupdate reads
    them: the literal arguments of ``QT_TRANSLATE_NOOP``."""
    tree = ast.parse(Path(labels.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
        ):
            where, text = node.args
            assert isinstance(where, ast.Constant)
            assert isinstance(text, ast.Constant), "a literal, or lupdate cannot read it"
            if where.value == context:
                found.add(text.value)
    return found


def _shipped_texts(tmp_path: Path) -> Iterator[tuple[str, str]]:
    shipped = load_reports(tmp_path)  # an empty organisation folder: the shipped reports only
    assert len(shipped.reports) >= 4
    for report in shipped.reports.values():
        yield f"{report.id}.title", report.title
        yield f"{report.id}.description", report.description
        for table in report.tables:
            yield f"{report.id}.{table.id}.title", table.title


def test_every_english_text_of_the_reports_is_marked_for_translators(tmp_path: Path) -> None:
    marked = _marked("Reports")
    wanted = [
        *((f"category {k}", v) for k, v in CATEGORY_NAMES.items()),
        *((f"dimension {k}", v) for k, v in DIMENSION_NAMES.items()),
        *((f"indicator {i.id}", i.title) for i in INDICATORS.values()),
        *((f"unit of {i.id}", i.unit) for i in INDICATORS.values()),
        ("a duration's chart", "days (median)"),
        *_shipped_texts(tmp_path),
    ]
    missing = [f"{where}: {text!r}" for where, text in wanted if text not in marked]
    assert missing == [], "add to ui/reports/labels.py:\n" + "\n".join(missing)


def test_the_copies_say_what_the_services_say() -> None:
    assert dict(labels.CATEGORIES) == dict(CATEGORY_NAMES)
    assert dict(labels.DIMENSIONS) == dict(DIMENSION_NAMES)


def test_categories_are_named_for_a_reader(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert category_label("nationality", "AF") == "Afghanistan"
    assert category_label("nationality", "other") == "Other"
    assert category_label("nationality", "stateless") == "Stateless"
    assert category_label("jurisdiction", "US-CA") == "California, United States"
    assert category_label("jurisdiction", "unknown") == "Not known"
    assert category_label("language", "no") == "Norwegian"  # a language, not the answer No
    assert category_label("stateless", "no") == "No"
    assert category_label("age_band", "18+") == "18 and over"
    assert category_label("period", "2026-Q3") == "Q3 2026"
    assert category_label("kind", "child_return") == "Return of the child (Hague 1980)"
    assert category_label("status", "a_new_state") == "A new state"  # not named anywhere yet
    forum = "Tribunal judiciaire de Paris, juge des tutelles des mineurs"
    assert category_label("forum", forum) == forum
    assert category_label("form", "notice-of-hearing") == "notice-of-hearing"
    assert dimension_label("age_band") == "Age band"
    assert report_text("Caseload") == "Caseload"
    assert report_text("An organisation's own title") == "An organisation's own title"


@pytest.fixture
def in_arabic() -> Iterator[None]:
    assert i18n.apply_language("ar") == "ar"
    yield
    i18n.apply_language("en")


def test_codes_are_named_in_the_windows_language(qtbot, in_arabic: None) -> None:  # type: ignore[no-untyped-def]
    def arabic(text: str) -> bool:
        return any("\u0600" <= c <= "\u06ff" for c in text)

    assert arabic(category_label("nationality", "ER"))
    assert arabic(category_label("jurisdiction", "FR"))
    assert arabic(category_label("language", "ti"))
