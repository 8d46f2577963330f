"""Search: every script, accent-insensitive, numbers, and hostile input."""

from __future__ import annotations

import pytest

from guardian_desk.services import cases
from guardian_desk.services.exchange import export_document
from guardian_desk.storage.database import Database


def _first_case(db: Database) -> dict:
    return export_document(db, ["DEMO-7-000001"])["cases"][0]


def test_finds_by_latin_name_without_accents(demo_db: Database) -> None:
    child = _first_case(demo_db)["child"]
    found = cases.search(demo_db, child["given_names"].upper())
    assert "DEMO-7-000001" in [s.reference for s in found]


def test_finds_by_native_script_name(demo_db: Database) -> None:
    child = _first_case(demo_db)["child"]
    found = cases.search(demo_db, child["family_name_native"])
    assert "DEMO-7-000001" in [s.reference for s in found]


def test_accent_insensitive_alias(demo_db: Database) -> None:
    results = cases.search(demo_db, "Ahmad")
    assert results, "demo data holds Aḥmad-like spellings"
    accented = cases.search(demo_db, "Aḥmad")
    assert [s.id for s in accented] == [s.id for s in results]


def test_finds_by_docket_and_document_number(demo_db: Database) -> None:
    case = _first_case(demo_db)
    docket = case["proceedings"][0]["reference"]
    number = case["documents"][0]["number"]
    assert "DEMO-7-000001" in [s.reference for s in cases.search(demo_db, docket, limit=500)]
    assert [s.reference for s in cases.search(demo_db, number)] == ["DEMO-7-000001"]


def test_prefix_as_you_type(demo_db: Database) -> None:
    assert cases.search(demo_db, "DEMO-7-00001")  # 000010..000019
    assert len(cases.search(demo_db, "DEMO-7-00001", limit=100)) == 10


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "AND",
        "OR NOT",
        "(",
        ")",
        "'; DROP TABLE cases; --",
        "NEAR(a b)",
        "a:b",
        "^",
        "-",
        "\\",
        "%",
        "_",
        "\x00",
        " ",
        "",
        "🙂",
        "ﷺ",
    ],
)
def test_hostile_text_is_a_literal_query(demo_db: Database, text: str) -> None:
    found = cases.search(demo_db, text)
    assert isinstance(found, list)
    assert cases.count(demo_db) == 60  # nothing was dropped


# --- one name as the Arabic, Persian/Dari, Pashto and Urdu keyboards type it ---------------

# (as recorded, as typed in the search box, what differs). Each pair is one name.
KEYBOARD_SPELLINGS = [
    ("قادری", "قادري", "Persian yeh recorded, Arabic yeh typed"),
    ("قادري", "قادری", "Arabic yeh recorded, Persian yeh typed"),
    ("مصطفى", "مصطفی", "alef maksura (Egyptian) and Persian yeh"),
    ("کریمی", "كريمي", "Persian keheh and yeh, Arabic kaf and yeh"),
    ("كريم", "کریم", "Arabic kaf, Urdu/Persian keheh"),
    ("فاطمة", "فاطمه", "teh marbuta (Arabic), heh (Persian/Dari)"),
    ("فاطمہ", "فاطمة", "heh goal (Urdu), teh marbuta (Arabic)"),
    ("زهرة", "زہرہ", "Arabic heh and teh marbuta, Urdu heh goal"),
    ("أحمد", "احمد", "alef with hamza above, bare alef"),
    ("إبراهيم", "ابراهیم", "alef with hamza below, bare alef and Persian yeh"),
    ("آمنة", "امنه", "alef with madda, bare alef"),
    ("ٱلياس", "الیاس", "alef wasla, bare alef"),
    ("مؤمن", "مومن", "waw with hamza, bare waw"),
    ("عائشة", "عایشه", "yeh with hamza, Persian yeh"),
    ("مُحَمَّد", "محمد", "harakat and shadda"),
    ("محـــمد", "محمد", "tatweel"),
    ("رحمٰن", "رحمن", "superscript alef"),
    ("ګل احمد", "گل احمد", "Pashto gaf (kaf with ring), Persian gaf"),
    ("وږمه", "وژمه", "Pashto zhe, Dari zhe"),
    ("پښتون", "پشتون", "Pashto shin, Dari sheen"),
    ("ځدران", "زدران", "Pashto dze, Dari ze"),
    ("ډېر", "ڈیر", "Pashto retroflex dal and e, Urdu retroflex dal and yeh"),
    ("ټولنه", "ٹولنہ", "Pashto retroflex teh, Urdu tteh and heh goal"),
    ("بھٹی", "بهتی", "Urdu do-chashmi heh and tteh, as a Persian keyboard types them"),
    ("ناصرے", "ناصري", "Urdu yeh barree, Arabic yeh"),
    ("مېرمنۍ", "میرمنی", "Pashto e and yeh with tail, Persian yeh"),
    ("محمد\u200cرضا", "محمدرضا", "Persian ZWNJ recorded, typed joined"),
    ("محمد\u200cرضا", "محمد رضا", "Persian ZWNJ recorded, typed with a space"),
    ("محمدرضا", "محمد\u200cرضا", "joined recorded, typed with a ZWNJ"),
    ("ﻗﺎﺩﺭﻱ", "قادری", "presentation forms (from an old PDF), Persian yeh"),
]
NUMBER_SPELLINGS = [
    ("P-123456", "P-١٢٣٤٥٦", "Arabic-Indic digits"),
    ("P-123456", "P-۱۲۳۴۵۶", "Extended Arabic-Indic digits (Persian, Urdu)"),
    ("P-۱۲۳۴۵۶", "P-123456", "Persian digits recorded, ASCII typed"),
]


def _record_name(db: Database, reference: str, native: str, number: str | None = None) -> None:
    """Give one case's child a family name in its native script (and a document number)."""
    from sqlalchemy import update

    from guardian_desk.storage import models as m
    from guardian_desk.storage import repositories as repo

    case_id = cases.case_id_of(db, reference)
    assert case_id is not None
    with db.unit_of_work() as session:
        session.execute(
            update(m.Child).where(m.Child.case_id == case_id).values(family_name_native=native)
        )
        if number is not None:
            session.execute(
                update(m.CivilDocument)
                .where(m.CivilDocument.case_id == case_id)
                .values(number=number)
            )
        repo.rebuild_search(session, [case_id])


@pytest.mark.parametrize(("recorded", "typed", "why"), KEYBOARD_SPELLINGS)
def test_a_name_typed_on_another_keyboard_is_found(
    demo_db: Database, recorded: str, typed: str, why: str
) -> None:
    _record_name(demo_db, "DEMO-7-000009", recorded)
    found = [s.reference for s in cases.search(demo_db, typed, limit=500)]
    assert "DEMO-7-000009" in found, why


@pytest.mark.parametrize(("recorded", "typed", "why"), NUMBER_SPELLINGS)
def test_a_number_in_other_digits_is_found(
    demo_db: Database, recorded: str, typed: str, why: str
) -> None:
    _record_name(demo_db, "DEMO-7-000011", "نمونه", number=recorded)
    assert "DEMO-7-000011" in [s.reference for s in cases.search(demo_db, typed)], why


def test_different_names_stay_apart(demo_db: Database) -> None:
    """Folding joins spellings of one letter, not different letters: پ is not ب."""
    _record_name(demo_db, "DEMO-7-000012", "پروین")
    assert "DEMO-7-000012" not in [s.reference for s in cases.search(demo_db, "بروين")]


@pytest.mark.postgres
def test_keyboard_spellings_on_postgresql(pg_url: str) -> None:
    """The same folding on a team database, which matches with LIKE instead of FTS5."""
    from guardian_desk.services.exchange import demo
    from guardian_desk.storage.database import open_database
    from tests.conftest import AS_OF

    db = open_database(pg_url)
    try:
        demo.generate(db, 3, seed=12, as_of=AS_OF)
        for recorded, typed, why in [*KEYBOARD_SPELLINGS, *NUMBER_SPELLINGS]:
            number = recorded if recorded.startswith("P-") else None
            _record_name(db, "DEMO-12-000002", recorded if number is None else "نمونه", number)
            found = [s.reference for s in cases.search(db, typed)]
            assert "DEMO-12-000002" in found, why
    finally:
        db.close()
