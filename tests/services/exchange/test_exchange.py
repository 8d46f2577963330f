"""Exchange format v1: schema, round trip, and refusal of bad files with the data unchanged."""

from __future__ import annotations

import copy
import json
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest

from guardian_desk.errors import ValidationError
from guardian_desk.services import cases, exchange
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import Database


def test_shipped_schema_is_the_one_the_model_gives() -> None:
    assert exchange.shipped_schema() == exchange.build_schema(), (
        "resources/exchange/exchange-v1.schema.json is stale: regenerate it from build_schema()"
    )


def test_round_trip_is_identical(demo_db: Database, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert exchange.export_to_file(demo_db, first) == 60
    from guardian_desk.storage.database import open_database

    empty = open_database(str(tmp_path / "empty.sqlite"))
    result = exchange.import_file(empty, first)
    team = len(demo.TEAM_PLAN)
    assert (result.cases, result.team_members, result.attachments) == (60, team, 6)
    second = tmp_path / "second.json"
    exchange.export_to_file(empty, second)
    one, two = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    # Each database signs its own audit log's head; everything else is the same, byte for byte.
    assert one.pop("audit_checkpoint") != two.pop("audit_checkpoint")
    assert exchange.dumps(one) == exchange.dumps(two)
    empty.close()


def test_export_of_named_cases_only(demo_db: Database) -> None:
    document = exchange.export_document(demo_db, ["DEMO-7-000002", "DEMO-7-000005"])
    assert [c["reference"] for c in document["cases"]] == ["DEMO-7-000002", "DEMO-7-000005"]
    team_ids = {t["id"] for t in document["team"]}
    lead = {c["lead_lawyer_id"] for c in document["cases"]}
    assert lead <= team_ids
    assert len(team_ids) < 12  # only the team members these cases refer to


def test_export_is_valid_against_its_schema(demo_db: Database, db: Database) -> None:
    document = exchange.export_document(demo_db)
    exchange.validate_document(db, document)  # raises on any problem


def _one_case(demo_db: Database) -> dict[str, Any]:
    return exchange.export_document(demo_db, ["DEMO-7-000003"])


def _refused(db: Database, document: Any) -> ValidationError:
    before = exchange.dumps(exchange.export_document(db))
    with pytest.raises(ValidationError) as caught:
        exchange.import_document(db, document)
    assert exchange.dumps(exchange.export_document(db)) == before, "the database changed"
    return caught.value


def _problems(error: ValidationError) -> list[str]:
    return [str(p) for p in error.problems]


def test_bad_date_time_is_reported_with_its_path(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    document["cases"][0]["proceedings"][0]["hearings"][0]["starts_at"] = "next Tuesday"
    error = _refused(db, document)
    assert "cases[0].proceedings[0].hearings[0].starts_at: not a date-time with a time zone" in (
        _problems(error)
    )


def test_bad_dates(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    document["cases"][0]["opened_on"] = "2026-02-30"
    document["cases"][0]["child"]["last_arrival_on"] = "26/11/2026"
    problems = _problems(_refused(db, document))
    assert "cases[0].opened_on: not a date (YYYY-MM-DD)" in problems
    assert "cases[0].child.last_arrival_on: not a date (YYYY-MM-DD)" in problems


def test_unknown_country_and_language_codes(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    child = document["cases"][0]["child"]
    child["nationalities"] = ["XX"]
    child["interpreter_language"] = "klingonish"
    document["cases"][0]["proceedings"][0]["jurisdiction"] = "US-ZZ"
    problems = _problems(_refused(db, document))
    assert "cases[0].child.nationalities[0]: 'XX' is not an ISO 3166 country code" in problems
    assert (
        "cases[0].child.interpreter_language: 'klingonish' is not a BCP 47 language tag" in problems
    )
    assert (
        "cases[0].proceedings[0].jurisdiction: 'US-ZZ' is not an ISO 3166 country or "
        "subdivision code" in problems
    )


def test_ten_megabyte_name(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    document["cases"][0]["child"]["given_names"] = "A" * (10 * 1024 * 1024)
    problems = _problems(_refused(db, document))
    assert "cases[0].child.given_names: too long: 10485760 characters, at most 200" in problems


def test_nul_bytes_and_bidi_overrides(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    document["cases"][0]["child"]["family_name"] = "Ali\x00"
    document["cases"][0]["child"]["given_names"] = "Ali\u202e"
    problems = _problems(_refused(db, document))
    assert "cases[0].child.family_name: contains control character U+0000" in problems
    assert "cases[0].child.given_names: contains bidi control U+202E" in problems


def test_duplicate_ids(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    case = document["cases"][0]
    case["family_members"].append(copy.deepcopy(case["family_members"][0]))
    problems = _problems(_refused(db, document))
    assert any(
        p.startswith(
            f"cases[0].family_members[{len(case['family_members']) - 1}].id: the id is used twice"
        )
        for p in problems
    )


def test_duplicate_case_in_database(demo_db: Database) -> None:
    document = _one_case(demo_db)
    problems = _problems(_refused(demo_db, document))
    assert "cases[0].reference: a case DEMO-7-000003 is already in the database" in problems


def test_reference_to_a_missing_record(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    document["cases"][0]["lead_lawyer_id"] = "00000000-0000-4000-8000-000000000000"
    problems = _problems(_refused(db, document))
    assert "cases[0].lead_lawyer_id: refers to a team member that is not there" in problems


def test_unknown_field_and_missing_field(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    document["cases"][0]["favourite_colour"] = "blue"
    del document["cases"][0]["child"]["sex"]
    problems = _problems(_refused(db, document))
    assert "cases[0]: unknown field 'favourite_colour'" in problems
    assert "cases[0].child.sex: is required" in problems


def test_estimated_birth_date_with_a_day(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    child = document["cases"][0]["child"]
    child.update(dob_certainty="estimated", dob_year=2011, dob_month=4, dob_day=1)
    problems = _problems(_refused(db, document))
    assert (
        "cases[0].child.dob_day: an estimated date of birth is a year or a year and month, "
        "without a day" in problems
    )


def test_tampered_attachment(demo_db: Database, db: Database) -> None:
    document = exchange.export_document(demo_db)
    document["attachments"][0]["data"] = "aGVsbG8="  # "hello"
    problems = _problems(_refused(db, document))
    assert "attachments[0].sha256: does not match the attached data" in problems


def test_one_bad_case_stops_the_whole_import(demo_db: Database, db: Database) -> None:
    document = exchange.export_document(demo_db)
    document["cases"][-1]["child"]["sex"] = "unknown-value"
    _refused(db, document)
    assert cases.count(db) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "is not valid JSON: Expecting property name"),
        (b"\xff\xfe\x00", "not UTF-8 text"),
        (b"[1, 2, 3]", "is not a Guardian Desk exchange file"),
        (
            b'{"format": "guardian-desk-exchange", "format_version": 2, "cases": []}',
            "uses exchange format version 2; this program reads version 1",
        ),
        (b"", "is not valid JSON"),
        (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    ],
)
def test_unreadable_files(db: Database, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        exchange.import_file(db, path)
    assert cases.count(db) == 0


def test_json_error_names_line_and_column(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "guardian-desk-exchange",\n  "cases": [,]\n}')
    with pytest.raises(ValidationError, match="line 3, column 13"):
        exchange.import_file(db, path)


def test_json_text_is_utf8_with_native_scripts(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    exchange.export_to_file(demo_db, path)
    text = path.read_text(encoding="utf-8")
    assert "\\u06" not in text  # Arabic letters are written as themselves
    assert json.loads(text)["format_version"] == 1


def test_names_are_stored_in_nfc(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    decomposed = unicodedata.normalize("NFD", "José Núñez")
    document["cases"][0]["child"]["given_names"] = decomposed
    exchange.import_document(db, document)
    stored = exchange.export_document(db)["cases"][0]["child"]["given_names"]
    assert stored == "José Núñez"
    assert unicodedata.is_normalized("NFC", stored)
    assert cases.search(db, "Nunez")


def test_empty_text_and_malformed_ids(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    case = document["cases"][0]
    case["proceedings"][0]["jurisdiction"] = ""
    case["family_members"][0]["id"] = "not-a-uuid"
    problems = _problems(_refused(db, document))
    assert "cases[0].proceedings[0].jurisdiction: is required" in problems
    assert "cases[0].family_members[0].id: 'not-a-uuid' is not an id (a UUID in lower case)" in (
        problems
    )


def test_stateless_child_with_a_nationality(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    child = document["cases"][0]["child"]
    child.update(stateless=True, nationalities=["SY"], dob_certainty=None, dob_year=None)
    child.update(dob_month=None, dob_day=None)
    problems = _problems(_refused(db, document))
    assert "cases[0].child.stateless: a stateless child cannot also have a nationality" in problems


def test_authentication_steps_keep_numeric_order(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    template = document["cases"][0]["documents"][0]
    steps = []
    for sequence in (10, 2, 1):
        step = {
            "id": str(uuid.uuid4()),
            "sequence": sequence,
            "kind": "legalisation_notary",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
        }
        steps.append(step)
    template["authentication_steps"] = steps
    exchange.import_document(db, document)
    exported = exchange.export_document(db)["cases"][0]["documents"][0]["authentication_steps"]
    assert [s["sequence"] for s in exported] == [1, 2, 10]


# --- an import is one unit with its deadlines ----------------------------------------------


def test_an_import_brings_its_deadlines_in_the_same_transaction(
    demo_db: Database, db: Database
) -> None:
    from guardian_desk.services import calendar

    document = exchange.export_document(demo_db, ["DEMO-7-000002", "DEMO-7-000003"])
    expected = {
        (d.reference, d.rule_id, d.due)
        for d in calendar.stored_deadlines(
            demo_db, ["DEMO-7-000002", "DEMO-7-000003"], open_only=False
        )
        if d.source == "rule"
    }
    for case in document["cases"]:
        case["deadlines"] = [d for d in case["deadlines"] if d["source"] != "rule"]
    exchange.import_document(db, document)
    found = {
        (d.reference, d.rule_id, d.due) for d in calendar.stored_deadlines(db, open_only=False)
    }
    assert expected
    assert expected <= found
    assert not calendar.rules_changed(db)  # they follow the shipped rules: nothing to redo
    assert calendar.recompute(db) == 0


def test_an_import_with_a_date_the_rules_cannot_count_from_is_refused_whole(
    demo_db: Database, db: Database
) -> None:
    document = exchange.export_document(demo_db, ["DEMO-7-000002", "DEMO-7-000003"])
    proceeding = next(p for p in document["cases"][1]["proceedings"] if p["decisions"])
    proceeding["decisions"][0]["notified_on"] = "9999-12-31"
    index = document["cases"][1]["proceedings"].index(proceeding)
    error = _refused(db, document)
    assert (
        f"cases[1].proceedings[{index}].decisions[0].notified_on: 9999-12-31 is outside the "
        "years 1900 to 2100; check the year"
    ) in _problems(error)
    assert cases.count(db) == 0


def test_a_rule_that_fails_on_an_accepted_case_leaves_a_visible_problem(
    demo_db: Database, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a rule fail on facts that pass validation, the import still goes in whole;
    that case says so with a deadline due today; the other cases' deadlines are computed."""
    from guardian_desk.domain import deadlines as rules_domain
    from guardian_desk.services import calendar
    from guardian_desk.services.calendar import deadlines

    document = exchange.export_document(demo_db, ["DEMO-7-000002", "DEMO-7-000003"])
    unlucky = document["cases"][0]["child"]["last_arrival_on"]
    real = rules_domain.deadlines_for

    def failing(facts: Any, rules: Any) -> Any:
        if facts.last_arrival is not None and facts.last_arrival.isoformat() == unlucky:
            raise OverflowError("date value out of range")
        return real(facts, rules)

    monkeypatch.setattr(deadlines, "deadlines_for", failing)
    exchange.import_document(db, document)
    listed = calendar.stored_deadlines(db)
    problems = [d for d in listed if d.rule_id == deadlines.NOT_COMPUTED]
    assert [d.reference for d in problems] == ["DEMO-7-000002"]
    assert problems[0].title.startswith("Deadlines could not be computed for this case")
    assert any(d.reference == "DEMO-7-000003" and d.source == "rule" for d in listed)
    monkeypatch.undo()
    calendar.recompute(db)  # the rules work again: the problem goes, the deadlines come
    assert not [d for d in calendar.stored_deadlines(db) if d.rule_id == deadlines.NOT_COMPUTED]


# --- plain words for every problem, all at once ----------------------------------------------


def test_every_problem_is_reported_at_once_in_plain_words(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    child = document["cases"][0]["child"]
    child.update(given_names=None, family_name="   ", nationalities=[], languages=[])
    child.update(dob_certainty="documented", dob_year=2010.0, last_arrival_on="2199-01-01")
    document["cases"][0]["proceedings"][0]["hearings"][0]["starts_at"] = "0001-01-01T00:30+01:00"
    problems = _problems(_refused(db, document))
    assert problems == [
        "cases[0].child.dob_year: should be a whole number, without a decimal point (not 2010.0)",
        "cases[0].child.family_name: has no visible letters: it holds only spaces or invisible "
        "characters",
        "cases[0].child.given_names: is required",
        "cases[0].child.languages: is required: give at least one language the child speaks",
        "cases[0].child.last_arrival_on: 2199-01-01 is outside the years 1900 to 2100; check "
        "the year",
        "cases[0].child.nationalities: is required: give at least one nationality, or mark the "
        "child stateless",
        "cases[0].proceedings[0].hearings[0].starts_at: 0001-01-01 is outside the years 1900 "
        "to 2100; check the year",
    ]


def test_impossible_birth_dates_are_refused_with_a_reason(demo_db: Database, db: Database) -> None:
    document = _one_case(demo_db)
    case = document["cases"][0]
    case["opened_on"] = "2020-03-01"
    case["child"].update(dob_certainty="documented", dob_year=2021, dob_month=6, dob_day=1)
    case["child"]["last_arrival_on"] = "2019-05-05"
    problems = _problems(_refused(db, document))
    assert (
        "cases[0].child.dob_year: the child is born (2021-06-01) after the case was opened "
        "(2020-03-01)" in problems
    )
    assert (
        "cases[0].child.last_arrival_on: the child arrived (2019-05-05) before being born "
        "(2021-06-01)" in problems
    )
    case["child"].update(dob_year=2099)
    assert "cases[0].child.dob_year: the date of birth (2099-06-01) is in the future" in _problems(
        _refused(db, document)
    )
