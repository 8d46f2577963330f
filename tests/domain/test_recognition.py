"""Recognition rules on a small, known data set: each route and each requirement, worked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from guardian_desk.domain.enums import (
    AuthenticationKind as A,
)
from guardian_desk.domain.enums import (
    CertificateKind,
    DocumentType,
    RecognitionStatus,
    TranslationKind,
)
from guardian_desk.domain.recognition import (
    DocumentFacts,
    RecognitionFacts,
    RecognitionRules,
    Route,
    Status,
    Step,
    TranslationFacts,
    authentication_route,
    check_document,
    read_recognition,
)
from guardian_desk.errors import ValidationError

FILES = {
    "apostille-1961.toml": """
id = "hcch1961"
title = "Apostille Convention"
citation = "HCCH 1961"
[[parties]]
state = "DE"
in_force = 1966-02-13
[[parties]]
state = "FR"
in_force = 1965-01-24
[[parties]]
state = "US"
in_force = 1981-10-15
[[parties]]
state = "CN"
in_force = 2023-11-07
[[parties]]
state = "MA"
in_force = 2016-08-14
[[parties]]
state = "IN"
in_force = 2005-07-14
objected_by = ["DE"]
""",
    "hague-1996.toml": """
id = "hcch1996"
title = "Child Protection Convention"
citation = "HCCH 1996, Art. 23"
[[parties]]
state = "DE"
in_force = 2011-01-01
[[parties]]
state = "FR"
in_force = 2011-02-01
[[parties]]
state = "MA"
in_force = 2002-12-01
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
state = "DK"
member_since = 1973-01-01
brussels2b = false
[regulation_2016_1191]
citation = "Regulation (EU) 2016/1191"
applies_from = 2019-02-16
document_types = ["birth_certificate", "marriage_certificate"]
standard_forms = ["birth_certificate"]
[regulation_2019_1111]
citation = "Regulation (EU) 2019/1111"
applies_from = 2022-08-01
""",
    "bilateral.toml": """
[[agreements]]
id = "test-fr-ma"
title = "A test agreement between France and Morocco"
citation = "Test agreement, Art. 1"
parties = ["FR", "MA"]
document_types = ["birth_certificate"]
""",
    "requirements.toml": """
[[destinations]]
jurisdiction = "DE"
languages = ["de"]
translation = "sworn"
translation_citation = "§ 184 GVG"
[[destinations]]
jurisdiction = "US"
languages = ["en"]
translation = "certified"
translation_citation = "8 CFR 1003.33"
[[destinations]]
jurisdiction = "FR"
languages = ["fr"]
translation = "sworn"
translation_citation = "CPC"
[[destinations.freshness]]
document_types = ["birth_certificate"]
months = 3
citation = "three months"
""",
}

HEARING = date(2026, 12, 3)


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RecognitionRules:
    folder = tmp_path_factory.mktemp("recognition")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return read_recognition(folder)


def _doc(kind: DocumentType, issuing: str, **facts: object) -> DocumentFacts:
    return DocumentFacts("d-1", kind, issuing, **facts)  # type: ignore[arg-type]


def _by_item(found: list) -> dict:  # type: ignore[type-arg]
    return {f.item: f for f in found}


BIRTH = DocumentType.BIRTH_CERTIFICATE


# (document type, issuing state, used in, day, route, why) — each worked by hand.
ROUTES = [
    (BIRTH, "DE", "DE-BY", HEARING, Route.NONE, "used where it was issued"),
    (BIRTH, "FR", "DE", HEARING, Route.EU_EXEMPT, "EU to EU, within Reg. 2016/1191"),
    (BIRTH, "FR", "DE", date(2019, 2, 15), Route.APOSTILLE, "the day before the Regulation"),
    (DocumentType.SCHOOL_RECORD, "FR", "DE", HEARING, Route.APOSTILLE, "outside its scope"),
    (BIRTH, "US", "DE", HEARING, Route.APOSTILLE, "both parties"),
    (BIRTH, "US", "DE-BE", HEARING, Route.APOSTILLE, "a Land is in Germany"),
    (BIRTH, "CN", "DE", date(2023, 11, 6), Route.LEGALISATION, "China joined on 7 Nov 2023"),
    (BIRTH, "CN", "DE", date(2023, 11, 7), Route.APOSTILLE, "from that day on"),
    (BIRTH, "IN", "DE", HEARING, Route.LEGALISATION, "Germany objected to India's accession"),
    (BIRTH, "IN", "FR", HEARING, Route.APOSTILLE, "France did not object"),
    (BIRTH, "AF", "DE", HEARING, Route.LEGALISATION, "Afghanistan is not a party"),
    (BIRTH, "MA", "FR", HEARING, Route.AGREEMENT, "a bilateral waiver"),
    (DocumentType.PASSPORT, "MA", "FR", HEARING, Route.APOSTILLE, "the waiver's scope"),
    (BIRTH, "DK", "FR", HEARING, Route.EU_EXEMPT, "Denmark applies 2016/1191"),
]


@pytest.mark.parametrize(("kind", "issuing", "used_in", "day", "route", "why"), ROUTES)
def test_authentication_routes(
    rules: RecognitionRules,
    kind: DocumentType,
    issuing: str,
    used_in: str,
    day: date,
    route: Route,
    why: str,
) -> None:
    found = authentication_route(rules, kind, issuing, used_in, day)
    assert found.route is route, f"{why}: {found.reason}"
    assert found.reason


def test_an_apostille_from_before_the_convention_applied_is_not_enough(
    rules: RecognitionRules,
) -> None:
    early = _doc(BIRTH, "CN", steps=(Step(A.APOSTILLE, date(2023, 6, 1)),), language="zh")
    finding = _by_item(check_document(rules, early, "DE", HEARING))["authentication"]
    assert finding.status is Status.MISSING
    assert "before the Convention applied between CN and DE (2023-11-07)" in finding.message
    later = _doc(BIRTH, "CN", steps=(Step(A.APOSTILLE, date(2024, 1, 10)),))
    assert _by_item(check_document(rules, later, "DE", HEARING))["authentication"].status is (
        Status.OK
    )


def test_legalisation_says_what_is_done_and_what_is_missing(rules: RecognitionRules) -> None:
    halfway = _doc(BIRTH, "AF", steps=(Step(A.LEGALISATION_NOTARY), Step(A.LEGALISATION_MINISTRY)))
    finding = _by_item(check_document(rules, halfway, "DE", HEARING))["authentication"]
    assert finding.status is Status.MISSING
    assert "legalisation notary, legalisation ministry" in finding.message
    assert "DE's consulate" in finding.message
    done = _doc(BIRTH, "AF", steps=(Step(A.LEGALISATION_CONSULATE, date(2026, 5, 1)),))
    assert _by_item(check_document(rules, done, "DE", HEARING))["authentication"].status is (
        Status.OK
    )


def test_translations_of_the_kind_the_forum_wants(rules: RecognitionRules) -> None:
    certified = TranslationFacts("de", TranslationKind.CERTIFIED)
    sworn_elsewhere = TranslationFacts("de", TranslationKind.SWORN, "AT")
    sworn_here = TranslationFacts("de", TranslationKind.SWORN, "DE-BY")
    for translations, status in [
        ((), Status.MISSING),
        ((certified,), Status.MISSING),
        ((sworn_elsewhere,), Status.MISSING),
        ((sworn_here,), Status.OK),
    ]:
        doc = _doc(BIRTH, "US", language="en", translations=translations)
        finding = _by_item(check_document(rules, doc, "DE", HEARING))["translation"]
        assert finding.status is status, translations
        assert finding.citation == "§ 184 GVG" or status is Status.OK
    in_english = _doc(BIRTH, "GB", language="en-GB")
    assert _by_item(check_document(rules, in_english, "US-CA", HEARING))["translation"].status is (
        Status.NOT_REQUIRED
    )
    certified_en = _doc(
        BIRTH,
        "AF",
        language="prs",
        translations=(TranslationFacts("en", TranslationKind.CERTIFIED),),
    )
    assert _by_item(check_document(rules, certified_en, "US", HEARING))["translation"].status is (
        Status.OK
    )


def test_a_multilingual_standard_form_replaces_the_translation(rules: RecognitionRules) -> None:
    bare = _doc(BIRTH, "FR", language="fr")
    finding = _by_item(check_document(rules, bare, "DE", HEARING))["translation"]
    assert finding.status is Status.MISSING
    assert "multilingual standard form" in finding.message
    with_form = _doc(BIRTH, "FR", language="fr", steps=(Step(A.MULTILINGUAL_STANDARD_FORM),))
    assert _by_item(check_document(rules, with_form, "DE", HEARING))["translation"].status is (
        Status.NOT_REQUIRED
    )


def test_freshness_and_expiry(rules: RecognitionRules) -> None:
    old = _doc(BIRTH, "MA", language="fr", issued_on=date(2026, 8, 2))
    finding = _by_item(check_document(rules, old, "FR", HEARING))["freshness"]
    assert finding.status is Status.STALE
    assert "more than 3 months before 2026-12-03" in finding.message
    fresh = _doc(BIRTH, "MA", language="fr", issued_on=date(2026, 9, 3))
    assert _by_item(check_document(rules, fresh, "FR", HEARING))["freshness"].status is Status.OK
    unknown = _doc(BIRTH, "MA", language="fr")
    assert _by_item(check_document(rules, unknown, "FR", HEARING))["freshness"].status is (
        Status.MISSING
    )
    passport = _doc(DocumentType.PASSPORT, "US", language="en", expires_on=date(2026, 11, 30))
    assert _by_item(check_document(rules, passport, "US", HEARING))["expiry"].status is (
        Status.STALE
    )


ORDER = DocumentType.GUARDIANSHIP_ORDER


@pytest.mark.parametrize(
    ("issuing", "used_in", "recorded", "status", "words"),
    [
        ("FR", "FR", (), Status.NOT_REQUIRED, "an order of FR itself"),
        ("MA", "DE", (), Status.OK, "operation of law"),
        ("US", "DE", (), Status.MISSING, "own law"),
        ("FR", "DE", (), Status.MISSING, "Art. 36"),
        ("DK", "DE", (), Status.OK, "operation of law"),  # Denmark: Hague 1996, not Brussels IIb
        (
            "FR",
            "DE",
            (
                RecognitionFacts(
                    "DE", RecognitionStatus.RECOGNISED, (), CertificateKind.BRUSSELS_IIB_ART36
                ),
            ),
            Status.OK,
            "recognised in DE with the certificate of Art. 36",
        ),
        # A return order travels with the certificate of Art. 47.
        (
            "IT",
            "ES",
            (
                RecognitionFacts(
                    "ES", RecognitionStatus.RECOGNISED, (), CertificateKind.BRUSSELS_IIB_ART47
                ),
            ),
            Status.OK,
            "certificate of Art. 47",
        ),
        # Between member states a Hague certificate does not stand in for the Regulation's.
        (
            "FR",
            "DE",
            (
                RecognitionFacts(
                    "DE", RecognitionStatus.RECOGNISED, (), CertificateKind.HAGUE_1996_ART40
                ),
            ),
            Status.MISSING,
            "the guardian's powers), is not one of the Regulation's",
        ),
        (
            "MA",
            "DE",
            (RecognitionFacts("DE", RecognitionStatus.RECOGNISED, advance=True),),
            Status.OK,
            "recognised in DE in advance (Art. 24)",
        ),
        ("US", "DE", (RecognitionFacts("DE-BE", RecognitionStatus.PENDING),), Status.PENDING, ""),
        (
            "MA",
            "DE",
            (RecognitionFacts("DE", RecognitionStatus.REFUSED, ("art23_2_b",)),),
            Status.REFUSED,
            "art23_2_b",
        ),
    ],
)
def test_recognition_of_guardianship_orders(
    rules: RecognitionRules,
    issuing: str,
    used_in: str,
    recorded: tuple[RecognitionFacts, ...],
    status: Status,
    words: str,
) -> None:
    doc = _doc(ORDER, issuing, issued_on=date(2025, 3, 1), language="de", recognitions=recorded)
    finding = _by_item(check_document(rules, doc, used_in, HEARING))["recognition"]
    assert finding.status is status
    assert words in finding.message


def test_a_mistake_in_a_file_names_the_file_and_the_field(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "requirements.toml").write_text(
        FILES["requirements.toml"].replace('translation = "certified"', 'translation = "notarial"'),
        encoding="utf-8",
    )
    (tmp_path / "hague-1996.toml").write_text(
        FILES["hague-1996.toml"].replace('state = "MA"', 'state = "Morocco"'), encoding="utf-8"
    )
    with pytest.raises(ValidationError) as caught:
        read_recognition(tmp_path)
    paths = {p.path for p in caught.value.problems}
    assert "requirements.toml: destinations[1].translation" in paths
    assert "hague-1996.toml: parties[2].state" in paths
