"""The shipped recognition rules (resources/recognition), worked by hand, each with its reason."""

from __future__ import annotations

from datetime import date

import pytest

from guardian_desk.domain.enums import AuthenticationKind as A
from guardian_desk.domain.enums import DocumentType as D
from guardian_desk.domain.enums import ProceedingKind, TranslationKind
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


# Issue 17: the instruments' own waivers of legalisation, known non-parties, the tables' sources.
EXEMPT = [
    (D.GUARDIANSHIP_ORDER, "FR", "ES", date(2025, 5, 2), "2019/1111, Art. 90"),
    (D.CUSTODY_ORDER, "DE", "PL", date(2023, 1, 9), "2019/1111, Art. 90"),
    (D.GUARDIANSHIP_ORDER, "FR", "ES", date(2020, 6, 1), "2201/2003, Art. 52"),
    (D.GUARDIANSHIP_ORDER, "DK", "FR", date(2025, 5, 2), "1996, Art. 43"),  # DK not in IIb
    (D.GUARDIANSHIP_ORDER, "UA", "DE", date(2025, 5, 2), "1996, Art. 43"),
    # Brussels IIb's certificates and authentic instruments (Art. 90): a French Art. 36
    # certificate used in Spain; a French authentic instrument on parental responsibility.
    (D.EU_CERTIFICATE, "FR", "ES", date(2025, 5, 2), "2019/1111, Art. 90"),
    (D.AUTHENTIC_INSTRUMENT, "FR", "ES", date(2025, 5, 2), "2019/1111, Art. 90"),
    # an Art. 39 certificate under Brussels IIa (Art. 52)
    (D.EU_CERTIFICATE, "DE", "AT", date(2021, 3, 1), "2201/2003, Art. 52"),
]


@pytest.mark.parametrize(("kind", "issuing", "used_in", "issued", "words"), EXEMPT)
def test_decisions_under_an_instrument_need_no_apostille(
    rules: RecognitionRules, kind: D, issuing: str, used_in: str, issued: date, words: str
) -> None:
    order = DocumentFacts("o", kind, issuing, issued_on=issued)
    finding = _item(check_document(rules, order, used_in, HEARING), "authentication")
    assert finding.status is Status.NOT_REQUIRED, finding.message
    assert "no apostille" in finding.message
    assert words in finding.citation


def test_a_french_birth_certificate_in_spain_is_exempt_under_2016_1191(
    rules: RecognitionRules,
) -> None:
    found = authentication_route(rules, D.BIRTH_CERTIFICATE, "FR", "ES", HEARING)
    assert found.route is Route.EU_EXEMPT
    assert found.standard_form  # the multilingual form may replace the translation


@pytest.mark.parametrize("used_in", ["DE", "IT", "SE"])  # IT and SE: missing from the list
def test_a_us_order_goes_to_national_law_not_to_a_check(
    rules: RecognitionRules, used_in: str
) -> None:
    order = DocumentFacts("o", D.GUARDIANSHIP_ORDER, "US", issued_on=date(2025, 5, 2))
    finding = _item(check_document(rules, order, used_in, HEARING), "recognition")
    assert finding.status is Status.MISSING
    assert "not in this program's list" not in finding.message
    assert "own law" in finding.message


def test_an_objection_under_art_12_means_legalisation(rules: RecognitionRules) -> None:
    found = authentication_route(rules, D.BIRTH_CERTIFICATE, "PK", "DE", HEARING)
    assert found.route is Route.LEGALISATION
    assert "(objection)" in found.reason
    birth = DocumentFacts("b", D.BIRTH_CERTIFICATE, "PK")
    finding = _item(check_document(rules, birth, "DE", HEARING), "authentication")
    assert "§ 438(1) ZPO" in finding.message  # German missions do not legalise PK documents


def test_an_eritrean_document_for_germany_says_what_a_court_may_accept(
    rules: RecognitionRules,
) -> None:
    birth = DocumentFacts("b", D.BIRTH_CERTIFICATE, "ER")
    finding = _item(check_document(rules, birth, "DE", HEARING), "authentication")
    assert "neither legalise nor can currently verify" in finding.message
    assert "Auswärtiges Amt" in finding.citation


def test_every_party_has_a_date_and_a_source(rules: RecognitionRules) -> None:
    for treaty in (rules.apostille, rules.hague1996):
        assert treaty.parties
        for party in treaty.parties.values():
            assert isinstance(party.in_force, date), party.state
            assert party.source.strip(), f"{treaty.id}: {party.state} has no source"
        if treaty.complete:
            assert treaty.as_of is not None, f"{treaty.id}: complete without as_of"
        assert not treaty.non_parties & treaty.parties.keys()
    for gap in rules.legalisation_gaps:
        assert gap.citation
        assert gap.alternatives
        assert gap.states


@pytest.mark.parametrize("kind", list(D))
def test_every_document_used_in_a_return_proceeding_needs_no_legalisation(
    rules: RecognitionRules, kind: D
) -> None:
    """Hague 1980, Art. 23, in the shipped data: every kind of document, whoever issued it
    (an Afghan document for a German court would otherwise be looked up)."""
    found = authentication_route(
        rules, kind, "AF", "DE", HEARING, proceeding=ProceedingKind.CHILD_RETURN
    )
    assert found.route is Route.PROCEEDING_EXEMPT, found.reason
    assert "Art. 23" in found.citation
    assert "1980" in found.citation
