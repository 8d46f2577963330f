"""Exemptions from legalisation, known non-parties and complete treaty tables, on a small data
set: each case worked by hand (issue 17, items 3 and 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from guardian_desk.domain.enums import AuthenticationKind as A
from guardian_desk.domain.enums import DocumentType as D
from guardian_desk.domain.enums import ProceedingKind
from guardian_desk.domain.recognition import (
    DocumentFacts,
    RecognitionRules,
    Route,
    Status,
    Step,
    authentication_route,
    check_document,
    read_recognition,
)
from guardian_desk.errors import ValidationError

APOSTILLE = """
id = "hcch1961"
title = "Apostille Convention"
citation = "HCCH 1961"
complete = {complete}
{as_of}
non_parties = ["AF"]
[[parties]]
state = "DE"
in_force = 1966-02-13
source = "test"
[[parties]]
state = "FR"
in_force = 1965-01-24
source = "test"
[[parties]]
state = "ES"
in_force = 1978-09-25
source = "test"
[[parties]]
state = "DK"
in_force = 2006-12-29
source = "test"
[[parties]]
state = "US"
in_force = 1981-10-15
source = "test"
[[parties]]
state = "PK"
in_force = 2023-03-09
objected_by = ["DE"]
source = "test"
"""

FILES = {
    "apostille-1961.toml": APOSTILLE.format(complete="false", as_of=""),
    "hague-1996.toml": """
id = "hcch1996"
title = "Child Protection Convention"
citation = "HCCH 1996, Art. 23"
complete = false
non_parties = ["US"]
[no_legalisation]
citation = "HCCH 1996, Art. 43"
document_types = ["custody_order", "guardianship_order"]
[[parties]]
state = "DE"
in_force = 2011-01-01
[[parties]]
state = "FR"
in_force = 2011-02-01
[[parties]]
state = "ES"
in_force = 2011-01-01
[[parties]]
state = "DK"
in_force = 2011-10-01
""",
    "eu.toml": """
id = "eu"
title = "EU"
[[members]]
state = "DE"
member_since = 1958-01-01
[[members]]
state = "FR"
member_since = 1958-01-01
[[members]]
state = "ES"
member_since = 1986-01-01
[[members]]
state = "DK"
member_since = 1973-01-01
brussels2b = false
[regulation_2016_1191]
citation = "Regulation (EU) 2016/1191, Art. 4"
applies_from = 2019-02-16
document_types = ["birth_certificate"]
standard_forms = ["birth_certificate"]
[regulation_2019_1111]
citation = "Regulation (EU) 2019/1111"
applies_from = 2022-08-01
[regulation_2019_1111.no_legalisation]
citation = "Regulation (EU) 2019/1111, Art. 90"
document_types = ["custody_order", "guardianship_order", "eu_certificate", "authentic_instrument"]
[regulation_2201_2003]
citation = "Regulation (EC) No 2201/2003"
applies_from = 2005-03-01
applies_until = 2022-07-31
[regulation_2201_2003.no_legalisation]
citation = "Regulation (EC) No 2201/2003, Art. 52"
document_types = ["custody_order", "guardianship_order", "eu_certificate"]
""",
    "hague-1980.toml": """
id = "hcch1980"
title = "Child Abduction Convention"
[no_legalisation]
citation = "HCCH 1980, Art. 23"
proceeding_kinds = ["child_return"]
document_types = ["birth_certificate", "passport", "custody_order", "guardianship_order"]
""",
    "bilateral.toml": """
[[legalisation_unavailable]]
destination = "DE"
states = ["PK"]
citation = "Foreign Office list"
alternatives = "The court weighs the document freely; ask for verification by the mission."
[[legalisation_unavailable]]
destination = "DE"
states = ["AF"]
verification = false
citation = "Foreign Office list (**)"
alternatives = "Bring supplementary evidence."
""",
    "requirements.toml": """
[[destinations]]
jurisdiction = "DE"
languages = ["de"]
translation = "sworn"
translation_citation = "§ 184 GVG"
[[destinations]]
jurisdiction = "ES"
languages = ["es"]
translation = "any"
translation_citation = "LEC art. 144"
""",
}

HEARING = date(2026, 12, 3)
ORDER = D.GUARDIANSHIP_ORDER


def _write(folder: Path, **replaced: str) -> Path:
    for name, text in {**FILES, **replaced}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RecognitionRules:
    return read_recognition(_write(tmp_path_factory.mktemp("recognition")))


@pytest.fixture(scope="module")
def complete(tmp_path_factory: pytest.TempPathFactory) -> RecognitionRules:
    """The same rules with the Apostille list declared complete as of 14 January 2026."""
    text = APOSTILLE.format(complete="true", as_of="as_of = 2026-01-14")
    return read_recognition(
        _write(tmp_path_factory.mktemp("complete"), **{"apostille-1961.toml": text})
    )


# (kind, issuing, used in, issued on, route, words in the reason) — each worked by hand.
CASES = [
    # Brussels IIb, Art. 90: a French guardianship order of 2025 used in Spain.
    (ORDER, "FR", "ES", date(2025, 5, 2), Route.INSTRUMENT_EXEMPT, "2019/1111, Art. 90"),
    (D.CUSTODY_ORDER, "FR", "ES", date(2025, 5, 2), Route.INSTRUMENT_EXEMPT, "Art. 90"),
    # An order of 2019, before Brussels IIb applied: Brussels IIa, Art. 52.
    (ORDER, "FR", "ES", date(2019, 5, 2), Route.INSTRUMENT_EXEMPT, "2201/2003, Art. 52"),
    # Denmark is bound by neither regulation; the Hague 1996 Convention, Art. 43, applies.
    (ORDER, "DK", "FR", date(2025, 5, 2), Route.INSTRUMENT_EXEMPT, "HCCH 1996, Art. 43"),
    # ... but only once the Convention applied between them (DK 1 October 2011).
    (ORDER, "DK", "FR", date(2011, 5, 2), Route.APOSTILLE, "Apostille Convention"),
    # A US order: the US is not a party to Hague 1996: an apostille as before.
    (ORDER, "US", "DE", date(2025, 5, 2), Route.APOSTILLE, "an apostille from US"),
    # The Regulation's certificates and authentic instruments (issue 17): Art. 90 too. A French
    # Art. 36 certificate of 2025 used in Spain, and a French authentic instrument.
    (D.EU_CERTIFICATE, "FR", "ES", date(2025, 5, 2), Route.INSTRUMENT_EXEMPT, "Art. 90"),
    (D.AUTHENTIC_INSTRUMENT, "FR", "ES", date(2025, 5, 2), Route.INSTRUMENT_EXEMPT, "Art. 90"),
    # An Art. 39 certificate of 2019 (Brussels IIa): Art. 52 names it.
    (D.EU_CERTIFICATE, "FR", "ES", date(2019, 5, 2), Route.INSTRUMENT_EXEMPT, "Art. 52"),
    # An authentic instrument of 2019: Art. 52 does not name it; an apostille as before.
    (D.AUTHENTIC_INSTRUMENT, "FR", "ES", date(2019, 5, 2), Route.APOSTILLE, "since 1978"),
    # Denmark is not bound by Brussels IIb: its certificate gets no Art. 90.
    (D.EU_CERTIFICATE, "DK", "FR", date(2025, 5, 2), Route.APOSTILLE, "since 2006"),
    # A birth certificate is not a decision: Regulation 2016/1191, as before.
    (D.BIRTH_CERTIFICATE, "FR", "ES", date(2025, 5, 2), Route.EU_EXEMPT, "(Art. 4)"),
    # A passport is in no exemption: an apostille.
    (D.PASSPORT, "FR", "ES", date(2025, 5, 2), Route.APOSTILLE, "between them since 1978"),
    # Art. 12 objection: Germany objected to Pakistan's accession.
    (D.BIRTH_CERTIFICATE, "PK", "DE", None, Route.LEGALISATION, "(objection)"),
    # A known non-party (AF) needs legalisation whatever the other state (SY is unknown).
    (D.BIRTH_CERTIFICATE, "AF", "SY", None, Route.LEGALISATION, "AF is not a party"),
    # A state missing from the incomplete list: look it up.
    (D.BIRTH_CERTIFICATE, "SY", "DE", None, Route.CHECK, "not complete"),
]


@pytest.mark.parametrize(("kind", "issuing", "used_in", "issued", "route", "words"), CASES)
def test_authentication_routes_with_exemptions(
    rules: RecognitionRules,
    kind: D,
    issuing: str,
    used_in: str,
    issued: date | None,
    route: Route,
    words: str,
) -> None:
    found = authentication_route(rules, kind, issuing, used_in, HEARING, issued_on=issued)
    assert found.route is route, found.reason
    assert words in found.reason


def _item(found: list, item: str):  # type: ignore[no-untyped-def, type-arg]
    return next(f for f in found if f.item == item)


def test_a_french_guardianship_order_needs_no_apostille_in_spain(rules: RecognitionRules) -> None:
    order = DocumentFacts("o", ORDER, "FR", issued_on=date(2025, 5, 2), language="fr")
    finding = _item(check_document(rules, order, "ES", HEARING), "authentication")
    assert finding.status is Status.NOT_REQUIRED
    assert "no apostille" in finding.message
    assert finding.citation == "Regulation (EU) 2019/1111, Art. 90"


def test_a_french_birth_certificate_in_spain_as_before(rules: RecognitionRules) -> None:
    birth = DocumentFacts(
        "b", D.BIRTH_CERTIFICATE, "FR", language="fr", steps=(Step(A.MULTILINGUAL_STANDARD_FORM),)
    )
    found = check_document(rules, birth, "ES", HEARING)
    assert _item(found, "authentication").status is Status.NOT_REQUIRED
    assert _item(found, "authentication").citation == "Regulation (EU) 2016/1191, Art. 4"
    assert _item(found, "translation").status is Status.NOT_REQUIRED  # the standard form


def test_a_known_non_party_leads_to_national_law_not_to_a_check(rules: RecognitionRules) -> None:
    # IT is missing from the incomplete Hague 1996 list, but the US is known not to be a party.
    for there in ("DE", "IT"):
        order = DocumentFacts("o", ORDER, "US", issued_on=date(2025, 5, 2))
        finding = _item(check_document(rules, order, there, HEARING), "recognition")
        assert finding.status is Status.MISSING
        assert "not in this program's list" not in finding.message
        assert "US is not a party to the Hague 1996 Convention" in finding.message
        assert f"recognition under {there}'s own law" in finding.message


def test_an_objection_means_legalisation_and_says_what_else_a_court_may_take(
    rules: RecognitionRules,
) -> None:
    birth = DocumentFacts("b", D.BIRTH_CERTIFICATE, "PK", steps=(Step(A.APOSTILLE),))
    finding = _item(check_document(rules, birth, "DE", HEARING), "authentication")
    assert finding.status is Status.MISSING
    assert "legalisation missing" in finding.message
    assert "(objection)" in finding.message
    assert "do not legalise documents from PK" in finding.message
    assert "verification by the mission" in finding.message
    assert "Foreign Office list" in finding.citation


def test_where_missions_cannot_verify_either_the_finding_says_so(rules: RecognitionRules) -> None:
    birth = DocumentFacts("b", D.BIRTH_CERTIFICATE, "AF")
    finding = _item(check_document(rules, birth, "DE", HEARING), "authentication")
    assert finding.status is Status.MISSING
    assert "neither legalise nor can currently verify" in finding.message
    assert "supplementary evidence" in finding.message


def test_absent_from_a_complete_table_means_legalisation_with_its_date(
    rules: RecognitionRules, complete: RecognitionRules
) -> None:
    assert authentication_route(rules, D.BIRTH_CERTIFICATE, "SY", "DE", HEARING).route is (
        Route.CHECK
    )
    found = authentication_route(complete, D.BIRTH_CERTIFICATE, "SY", "DE", HEARING)
    assert found.route is Route.LEGALISATION
    assert "SY is not a party to the Apostille Convention (table of 2026-01-14)" in found.reason


def test_a_complete_table_must_say_as_of_when(tmp_path: Path) -> None:
    text = APOSTILLE.format(complete="true", as_of="")
    with pytest.raises(ValidationError) as caught:
        read_recognition(_write(tmp_path, **{"apostille-1961.toml": text}))
    assert "apostille-1961.toml: as_of" in {p.path for p in caught.value.problems}


def test_an_exemption_must_name_its_documents(tmp_path: Path) -> None:
    text = FILES["hague-1996.toml"].replace(
        'document_types = ["custody_order", "guardianship_order"]', "document_types = []"
    )
    with pytest.raises(ValidationError) as caught:
        read_recognition(_write(tmp_path, **{"hague-1996.toml": text}))
    assert "hague-1996.toml: no_legalisation.document_types" in {
        p.path for p in caught.value.problems
    }


def test_a_french_art_36_certificate_and_an_authentic_instrument_need_no_apostille_in_spain(
    rules: RecognitionRules,
) -> None:
    for kind in (D.EU_CERTIFICATE, D.AUTHENTIC_INSTRUMENT):
        doc = DocumentFacts("c", kind, "FR", issued_on=date(2025, 5, 2), language="fr")
        finding = _item(check_document(rules, doc, "ES", HEARING), "authentication")
        assert finding.status is Status.NOT_REQUIRED, finding.message
        assert "no apostille" in finding.message
        assert finding.citation == "Regulation (EU) 2019/1111, Art. 90"
        # a certificate is not an order: no recognition of its own is asked for
        assert "recognition" not in {f.item for f in check_document(rules, doc, "ES", HEARING)}


# Hague 1980, Art. 23: documents used in a proceeding for the child's return (issue 17).
RETURN = ProceedingKind.CHILD_RETURN


@pytest.mark.parametrize(
    ("kind", "issuing", "used_in"),
    [
        (D.PASSPORT, "FR", "ES"),  # would need an apostille (both parties, no other waiver)
        (D.BIRTH_CERTIFICATE, "SY", "DE"),  # would be "check the list"
        (D.BIRTH_CERTIFICATE, "AF", "DE"),  # would need legalisation (AF a known non-party)
        (ORDER, "US", "DE"),  # would need an apostille (no Hague 1996 between them)
    ],
)
def test_documents_used_in_a_return_proceeding_need_no_legalisation(
    rules: RecognitionRules, kind: D, issuing: str, used_in: str
) -> None:
    other = authentication_route(rules, kind, issuing, used_in, HEARING)
    assert other.route in (Route.APOSTILLE, Route.CHECK, Route.LEGALISATION)
    found = authentication_route(rules, kind, issuing, used_in, HEARING, proceeding=RETURN)
    assert found.route is Route.PROCEEDING_EXEMPT
    assert found.citation == "HCCH 1980, Art. 23"
    assert "return of a child" in found.reason
    doc = DocumentFacts("d", kind, issuing, issued_on=date(2025, 5, 2))
    finding = _item(
        check_document(rules, doc, used_in, HEARING, proceeding=RETURN), "authentication"
    )
    assert finding.status is Status.NOT_REQUIRED
    assert finding.citation == "HCCH 1980, Art. 23"


def test_the_return_waiver_stays_in_its_proceedings_and_its_document_types(
    rules: RecognitionRules,
) -> None:
    # the same passport for a guardianship proceeding: an apostille, as before
    guardianship = authentication_route(
        rules, D.PASSPORT, "FR", "ES", HEARING, proceeding=ProceedingKind.GUARDIANSHIP
    )
    assert guardianship.route is Route.APOSTILLE
    # a school record is not among this data set's document types for the waiver
    school = authentication_route(rules, D.SCHOOL_RECORD, "FR", "ES", HEARING, proceeding=RETURN)
    assert school.route is Route.APOSTILLE
    # a document used where it was issued needs nothing, whatever the proceeding
    here = authentication_route(rules, D.PASSPORT, "ES", "ES", HEARING, proceeding=RETURN)
    assert here.route is Route.NONE


def test_a_proceeding_waiver_must_name_its_proceedings(tmp_path: Path) -> None:
    text = FILES["hague-1980.toml"].replace('proceeding_kinds = ["child_return"]', "")
    with pytest.raises(ValidationError) as caught:
        read_recognition(_write(tmp_path, **{"hague-1980.toml": text}))
    assert "hague-1980.toml: no_legalisation.proceeding_kinds" in {
        p.path for p in caught.value.problems
    }
    wrong = FILES["hague-1980.toml"].replace('"child_return"', '"abduction"')
    with pytest.raises(ValidationError) as caught:
        read_recognition(_write(tmp_path, **{"hague-1980.toml": wrong}))
    assert "hague-1980.toml: no_legalisation.proceeding_kinds[0]" in {
        p.path for p in caught.value.problems
    }
