"""The same civil document recorded in two cases, found for review."""

from __future__ import annotations

from datetime import date

from guardian_desk.services import cases, documents, exchange
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database


def _recorded_once(db: Database) -> dict:  # type: ignore[type-arg]
    """A demo document with a number that no other case records (the demo records a few
    twice, for the Documents page to show)."""
    twice = {r.document_id for g in documents.duplicates(db) for r in g.records}
    return next(
        d
        for c in exchange.export_document(db)["cases"]
        for d in c["documents"]
        if d.get("number") and d["id"] not in twice and d["document_type"] != "school_record"
    )


def _copy_into_a_new_case(db: Database, number: str) -> tuple[dict, cases.OpenedCase]:  # type: ignore[type-arg]
    """A demo case's document typed again, differently spaced, into a new case."""
    original = _recorded_once(db)
    opened = cases.new_case(cases.next_reference(db), date(2026, 11, 1))
    case = opened.draft()
    case["child"].update(
        given_names="Test",
        sex="male",
        dob_certainty="estimated",
        dob_year=2011,
        nationalities=[original["issuing_country"]],
        languages=["en"],
    )
    case["documents"].append(
        new_record(
            "documents",
            document_type=original["document_type"],
            issuing_country=original["issuing_country"],
            number=number,
            copy_kind="plain_copy",
        )
    )
    return original, cases.save_case(db, opened, case)


def test_the_same_number_in_two_cases_is_found(demo_db: Database) -> None:
    before = documents.duplicates(demo_db)
    assert before  # the demo records a few documents twice (siblings' family documents)
    original = _recorded_once(demo_db)
    spaced = " ".join(original["number"][i : i + 3] for i in range(0, len(original["number"]), 3))
    original, saved = _copy_into_a_new_case(demo_db, spaced.lower())
    after = documents.duplicates(demo_db)
    assert len(after) == len(before) + 1
    (group,) = [g for g in after if g not in before]
    assert {r.document_id for r in group.records} == {
        original["id"],
        saved.case["documents"][0]["id"],
    }
    assert {r.reference for r in group.records} >= {saved.case["reference"]}
    assert "in 2 cases" in group.title
    assert "copy_kind" in group.differences()  # what to compare side by side


def test_another_type_or_country_is_not_a_duplicate(demo_db: Database) -> None:
    before = documents.duplicates(demo_db)
    original = _recorded_once(demo_db)
    opened = cases.new_case(cases.next_reference(demo_db), date(2026, 11, 1))
    case = opened.draft()
    case["child"].update(
        given_names="Other", sex="female", dob_certainty="estimated", dob_year=2012
    )
    case["child"]["nationalities"] = ["ER"]
    case["child"]["languages"] = ["ti"]
    case["documents"].append(
        new_record(
            "documents",
            document_type="school_record",
            issuing_country=original["issuing_country"],
            number=original["number"],
            copy_kind="original",
        )
    )
    cases.save_case(demo_db, opened, case)
    assert documents.duplicates(demo_db) == before
