"""The shipped recognition rules (resources/recognition), worked by hand, each with its reason."""

from __future__ import annotations

from datetime import date

import pytest

from guardian_desk.domain.enums import AuthenticationKind as A
from guardian_desk.domain.enums import DocumentType as D
from guardian_desk.domain.enums import TranslationKind
from guardian_desk.domain.recognition import (
    DocumentFacts,
    RecognitionRules,
    Route,
    Status,
    Step,
    TranslationFacts,
    authentication_route,
    check_document,
    read_recognition,
)
from guardian_desk.resources import resource_path

HEARING = date(2026, 12, 3)


@pytest.fixture(scope="module")
def rules() -> RecognitionRules:
    return read_recognition(resource_path("recognition"))


# (kind, issuing state, used in, route, why)
ROUTES = [
    (D.BIRTH_CERTIFICATE, "US", "DE", Route.APOSTILLE, "both parties (US 1981, DE 1966)"),
    (D.BIRTH_CERTIFICATE, "SV", "US-CA", Route.APOSTILLE, "El Salvador a party since 1996"),
    (D.BIRTH_CERTIFICATE, "HN", "ES", Route.APOSTILLE, "Honduras a party since 2004"),
    (D.BIRTH_CERTIFICATE, "GR", "DE", Route.EU_EXEMPT, "EU to EU: Reg. 2016/1191 Art. 4"),
    (D.BIRTH_CERTIFICATE, "GB", "DE", Route.APOSTILLE, "no longer in the EU since 2020"),
    (D.PASSPORT, "FR", "IT", Route.AGREEMENT, "1987 Brussels Convention (FR, IT)"),
    (D.BIRTH_CERTIFICATE, "UA", "PL", Route.AGREEMENT, "Poland-Ukraine 1993 agreement"),
    (D.BIRTH_CERTIFICATE, "ES", "ES-MD", Route.NONE, "used where it was issued"),
    (D.BIRTH_CERTIFICATE, "AF", "DE", Route.CHECK, "not in the (incomplete) list: look it up"),
]


@pytest.mark.parametrize(("kind", "issuing", "used_in", "route", "why"), ROUTES)
def test_routes_between_real_states(
    rules: RecognitionRules, kind: D, issuing: str, used_in: str, route: Route, why: str
) -> None:
    found = authentication_route(rules, kind, issuing, used_in, HEARING)
    assert found.route is route, f"{why}: {found.reason}"


def test_chinas_apostille_counts_only_from_its_entry_into_force(rules: RecognitionRules) -> None:
    early = DocumentFacts(
        "d", D.BIRTH_CERTIFICATE, "CN", steps=(Step(A.APOSTILLE, date(2023, 10, 2)),)
    )
    finding = check_document(rules, early, "US", HEARING)[0]
    assert finding.status is Status.MISSING
    assert "2023-11-07" in finding.message
    later = DocumentFacts(
        "d", D.BIRTH_CERTIFICATE, "CN", steps=(Step(A.APOSTILLE, date(2023, 11, 20)),)
    )
    assert check_document(rules, later, "US", HEARING)[0].status is Status.OK


def _item(found: list, item: str):  # type: ignore[no-untyped-def, type-arg]
    return next(f for f in found if f.item == item)


@pytest.mark.parametrize(
    ("issuing", "used_in", "status", "words"),
    [
        ("FR", "DE", Status.MISSING, "Art. 36"),  # Brussels IIb: the certificate
        ("UA", "DE", Status.OK, "operation of law"),  # Hague 1996: UA 2008, DE 2011
        ("US", "DE", Status.MISSING, "own law"),  # the US is not a party to Hague 1996
        ("DK", "FR", Status.OK, "operation of law"),  # Denmark: Hague 1996, not Brussels IIb
    ],
)
def test_guardianship_orders_between_real_states(
    rules: RecognitionRules, issuing: str, used_in: str, status: Status, words: str
) -> None:
    order = DocumentFacts("o", D.GUARDIANSHIP_ORDER, issuing, issued_on=date(2025, 5, 2))
    finding = _item(check_document(rules, order, used_in, HEARING), "recognition")
    assert finding.status is status, finding.message
    assert words in finding.message


def test_translations_each_forum_wants(rules: RecognitionRules) -> None:
    arabic = DocumentFacts("d", D.BIRTH_CERTIFICATE, "SY", language="ar")
    german = _item(check_document(rules, arabic, "DE", HEARING), "translation")
    assert german.status is Status.MISSING
    assert "sworn in DE" in german.message
    assert german.citation  # the provision that requires it
    plain_spanish = DocumentFacts(
        "d",
        D.BIRTH_CERTIFICATE,
        "SV",
        language="en",
        translations=(TranslationFacts("es", TranslationKind.PLAIN),),
    )
    assert _item(check_document(rules, plain_spanish, "ES", HEARING), "translation").status is (
        Status.OK
    )  # Spain's courts take a private translation (LEC art. 144.2)
    plain_english = DocumentFacts(
        "d",
        D.BIRTH_CERTIFICATE,
        "GT",
        language="es",
        translations=(TranslationFacts("en", TranslationKind.PLAIN),),
    )
    assert _item(check_document(rules, plain_english, "US-NY", HEARING), "translation").status is (
        Status.MISSING
    )  # New York wants a certified translation


def test_an_italian_family_register_extract_is_fresh_for_six_months(
    rules: RecognitionRules,
) -> None:
    old = DocumentFacts(
        "d", D.FAMILY_REGISTER_EXTRACT, "IT", language="it", issued_on=date(2026, 5, 2)
    )
    assert _item(check_document(rules, old, "IT", HEARING), "freshness").status is Status.STALE
    new = DocumentFacts(
        "d", D.FAMILY_REGISTER_EXTRACT, "IT", language="it", issued_on=date(2026, 6, 4)
    )
    assert _item(check_document(rules, new, "IT", HEARING), "freshness").status is Status.OK
