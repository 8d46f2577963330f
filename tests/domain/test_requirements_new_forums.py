"""What the newer destinations (Switzerland, Canada, Mexico) require of a foreign document's
language and translation, read from resources/recognition/requirements.toml."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from guardian_desk.domain.enums import DocumentType as D
from guardian_desk.domain.enums import TranslationKind
from guardian_desk.domain.recognition import (
    DocumentFacts,
    Finding,
    RecognitionRules,
    Status,
    TranslationFacts,
    check_document,
    read_recognition,
)
from guardian_desk.resources import resource_path

HEARING = date(2026, 12, 3)


@pytest.fixture(scope="module")
def rules() -> RecognitionRules:
    return read_recognition(resource_path("recognition"))


def _translation(rules: RecognitionRules, doc: DocumentFacts, used_in: str) -> Finding:
    return next(f for f in check_document(rules, doc, used_in, HEARING) if f.item == "translation")


# (forum, whose entry applies, its languages, the kind of translation)
ENTRIES = [
    ("CH", "CH", ("de", "fr", "it", "rm"), "certified"),
    ("CH-GE", "CH", ("de", "fr", "it", "rm"), "certified"),  # no cantonal entry: the federal one
    ("CH-ZH", "CH-ZH", ("de",), "certified"),  # Zurich's courts work in German (Art. 129 ZPO)
    ("CA", "CA", ("en", "fr"), "certified"),
    ("CA-ON", "CA", ("en", "fr"), "certified"),  # the federal IRB rule
    ("MX", "MX", ("es",), "any"),  # CFPC art. 271: a plain translation, an expert if disputed
    ("GB-ENG", "GB", ("en",), "certified"),  # England takes the existing GB entry
]


@pytest.mark.parametrize(("forum", "entry", "languages", "kind"), ENTRIES)
def test_new_destinations(
    rules: RecognitionRules, forum: str, entry: str, languages: tuple[str, ...], kind: str
) -> None:
    found = rules.destination(forum)
    assert found is not None
    assert found.jurisdiction == entry
    assert found.languages == languages
    assert found.translation == kind
    assert found.translation_citation


def test_a_plain_translation_is_enough_in_mexico_but_not_in_canada(
    rules: RecognitionRules,
) -> None:
    plain = TranslationFacts("es", TranslationKind.PLAIN)
    birth = DocumentFacts("d", D.BIRTH_CERTIFICATE, "HN", language="en", translations=(plain,))
    assert _translation(rules, birth, "MX").status is Status.OK
    english = DocumentFacts(
        "d",
        D.BIRTH_CERTIFICATE,
        "AF",
        language="prs",
        translations=(TranslationFacts("en", TranslationKind.PLAIN),),
    )
    assert _translation(rules, english, "CA").status is not Status.OK  # a declaration is needed
    certified = DocumentFacts(
        "d",
        D.BIRTH_CERTIFICATE,
        "AF",
        language="prs",
        translations=(TranslationFacts("fr", TranslationKind.CERTIFIED),),
    )
    assert _translation(rules, certified, "CA-QC").status is Status.OK  # French counts too


def test_a_french_document_needs_no_translation_in_geneva_but_does_in_zurich(
    rules: RecognitionRules,
) -> None:
    french = DocumentFacts("d", D.BIRTH_CERTIFICATE, "FR", language="fr")
    assert _translation(rules, french, "CH-GE").status is Status.NOT_REQUIRED
    assert _translation(rules, french, "CH-ZH").status is not Status.NOT_REQUIRED


def test_what_is_not_confirmed_is_said_in_the_notes_too() -> None:
    # The program does not read to_confirm in this file: the notes must say it as well.
    data = tomllib.loads(
        resource_path("recognition", "requirements.toml").read_text(encoding="utf-8")
    )
    for item in data["destinations"]:
        if item.get("to_confirm"):
            assert item.get("to_confirm_note", "").strip(), item["jurisdiction"]
            assert "to confirm" in item["translation_notes"].lower(), item["jurisdiction"]
