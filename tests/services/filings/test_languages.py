"""A filing's languages unless the clerk chooses others: the court's (from the destination
requirements, else CLDR), restricted to the form's, English where the form lacks it; the
child's beside it. Checked with real forums, then with the demo cases a clerk's batch makes
notices for, read back from the files made."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import pytest
from pypdf import PdfReader

from guardian_desk.domain.enums import FilingFormat
from guardian_desk.services import cases, exchange, filings
from guardian_desk.storage.database import Database
from tests.conftest import AS_OF

Why = filings.Why


def _notice() -> filings.Form:
    return filings.shipped_forms().form("notice-of-hearing")


@pytest.mark.parametrize(
    ("jurisdiction", "first", "why"),
    [
        ("DE-BY", "de", Why.COURT),  # Bavaria: Germany's entry covers its Länder
        ("DE-BE", "de", Why.COURT),
        ("ES", "es", Why.COURT),
        ("IT", "it", Why.COURT),
        ("FR", "fr", Why.COURT),
        ("GR", "en", Why.NOT_WRITTEN),  # Greek: no form is written in it yet
        ("US", "en", Why.COURT),
        ("US-CA", "en", Why.COURT),
        ("MX", "es", Why.COURT),  # its requirements entry names the court's language
        ("CO", "es", Why.OFFICIAL),  # no requirements entry: CLDR's official language
        ("LI", "de", Why.OFFICIAL),
        (None, "en", Why.NO_FORUM),
    ],
)
def test_the_first_language_is_the_courts(
    jurisdiction: str | None, first: str, why: filings.Why
) -> None:
    rule = filings.default_languages(_notice(), jurisdiction)
    assert (rule.first, rule.why_first) == (first, why)
    assert (rule.second, rule.why_second) == (None, Why.NO_CHILD_LANGUAGE)


def test_greek_is_named_though_the_form_is_in_english() -> None:
    rule = filings.default_languages(_notice(), "GR", ["uk"])
    assert (rule.first, rule.court) == ("en", "el")
    assert tuple(rule) == ("en", "uk")


def test_a_form_not_written_in_the_courts_language_falls_back_to_english() -> None:
    form = dataclasses.replace(_notice(), languages=("en", "fr", "prs"))
    rule = filings.default_languages(form, "DE-BE", ["de"])
    assert (rule.first, rule.why_first, rule.court) == ("en", Why.NOT_WRITTEN, "de")
    assert (rule.second, rule.why_second) == (None, Why.CHILD_NOT_WRITTEN)


@pytest.mark.parametrize(
    ("jurisdiction", "child", "second", "why"),
    [
        ("DE-BY", ["prs", "en"], "prs", Why.CHILD),  # the first (primary) of the child's
        ("FR", ["ar"], "ar", Why.CHILD),
        ("US-TX", ["es", "en"], "es", Why.CHILD),
        ("ES", ["es"], None, Why.SAME),
        ("IT", ["so"], None, Why.CHILD_NOT_WRITTEN),  # no form is written in Somali
        ("GR", ["ti-ER"], "ti", Why.CHILD),  # the form's own tag for the language
        ("US", [], None, Why.NO_CHILD_LANGUAGE),
    ],
)
def test_the_second_language_is_the_childs(
    jurisdiction: str, child: list[str], second: str | None, why: filings.Why
) -> None:
    rule = filings.default_languages(_notice(), jurisdiction, child)
    assert (rule.second, rule.why_second) == (second, why)


def test_the_childs_language_beside_another_first_chosen() -> None:
    assert filings.second_language(_notice(), "en", ["fr"]) == ("fr", Why.CHILD)
    assert filings.second_language(_notice(), "fr", ["fr"]) == (None, Why.SAME)


def test_dari_is_found_under_cldrs_name_for_it() -> None:
    # CLDR says Afghanistan speaks "fa" (Dari is fa-AF); the forms write Dari as "prs".
    assert filings.default_languages(_notice(), "AF").first == "prs"


# --- the demo cases: a case's forum and child -------------------------------------------------


def _hearing_at(db: Database, country: str) -> tuple[dict[str, Any], str]:
    """A case with a hearing to come in a proceeding of that country; the hearing's id."""
    for case in exchange.export_document(db)["cases"]:
        for p in case["proceedings"]:
            if p["jurisdiction"].split("-")[0] != country:
                continue
            for h in p["hearings"]:
                if h["outcome"] == "scheduled" and h["starts_at"] > AS_OF.isoformat():
                    return case, h["id"]
    raise AssertionError(f"no hearing to come in {country}")


@pytest.mark.parametrize(
    ("country", "first"), [("DE", "de"), ("ES", "es"), ("IT", "it"), ("FR", "fr"), ("GR", "en")]
)
def test_a_cases_filing_is_in_its_forums_language(
    demo_db: Database, country: str, first: str
) -> None:
    case, hearing = _hearing_at(demo_db, country)
    rule = filings.filing_languages(_notice(), case, hearing_id=hearing, today=AS_OF)
    assert rule.first == first
    assert rule.child == case["child"]["languages"][0]


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_the_batch_makes_each_notice_in_its_courts_language(demo_db: Database) -> None:
    german, german_hearing = _hearing_at(demo_db, "DE")
    us, us_hearing = _hearing_at(demo_db, "US")
    pairs = [(german["id"], german_hearing), (us["id"], us_hearing)]
    proposed = filings.batch_languages(demo_db, pairs, "notice-of-hearing")
    assert proposed[german_hearing].first == "de"
    assert proposed[us_hearing].first == "en"

    outcome = filings.batch(demo_db, pairs, "notice-of-hearing")
    assert not outcome.failed, outcome.failed
    made = dict(outcome.made)
    assert made[german_hearing].filing.language == "de"
    assert "TERMINSMITTEILUNG" in _text(made[german_hearing].data)
    assert made[german_hearing].filing.second_language == proposed[german_hearing].second
    assert made[us_hearing].filing.language == "en"
    assert "NOTICE OF HEARING" in _text(made[us_hearing].data)
    [kept] = filings.kept(cases.open_case(demo_db, german["id"]).case)
    assert (kept.language, kept.second_language) == ("de", proposed[german_hearing].second)


def test_the_batch_makes_a_row_in_the_language_chosen_for_it(demo_db: Database) -> None:
    german, hearing = _hearing_at(demo_db, "DE")
    outcome = filings.batch(
        demo_db,
        [(german["id"], hearing)],
        "notice-of-hearing",
        languages={hearing: ("es", None)},
    )
    [(_id, made)] = outcome.made
    assert (made.filing.language, made.filing.second_language) == ("es", None)
    assert "AVISO DE AUDIENCIA" in _text(made.data)
    [kept] = filings.kept(cases.open_case(demo_db, german["id"]).case)
    assert kept.languages == ("es",)


def test_a_bilingual_filing_is_kept_and_made_again_in_both_languages(demo_db: Database) -> None:
    case, hearing = _hearing_at(demo_db, "FR")
    request = filings.Request(
        case["id"],
        "notice-of-hearing",
        "fr",
        hearing_id=hearing,
        second_language="prs",
        arrangement="sequential",
    )
    prepared = filings.prepare(demo_db, request)
    made = filings.make(demo_db, prepared, FilingFormat.PDF)
    [kept] = filings.kept(cases.open_case(demo_db, case["id"]).case)
    assert kept.languages == ("fr", "prs")
    assert kept.arrangement == "sequential"
    assert kept.inputs == {}  # what the clerk typed, without the languages
    again = filings.make_again(demo_db, case["id"], kept)
    assert (again.filing.language, again.filing.second_language) == ("fr", "prs")
    assert made.file_name.endswith("fr+prs.pdf")
