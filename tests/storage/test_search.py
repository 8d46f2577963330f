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
