"""Editing a case: one transaction, only what changed, conflicts never overwritten."""

from __future__ import annotations

import pytest

from guardian_desk.errors import ConflictError, ValidationError
from guardian_desk.services import cases, exchange
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database


def _case_id(db: Database, reference: str) -> str:
    return exchange.export_document(db, [reference])["cases"][0]["id"]


def test_new_case_is_saved_and_found(db: Database) -> None:
    reference = cases.next_reference(db)
    opened = cases.new_case(reference)
    draft = opened.draft()
    draft["child"].update(
        given_names="Mariam",
        family_name="Haddad",
        given_names_native="مريم",
        family_name_native="حداد",
        native_script="Arab",
        sex="female",
        dob_certainty="estimated",
        dob_year=2011,
        nationalities=["SY"],
        languages=["ar"],
    )
    draft["child"]["aliases"].append(new_record("aliases", name="Maryam Hadad"))
    saved = cases.save_case(db, opened, draft)
    assert not saved.is_new
    assert [s.reference for s in cases.search(db, "حداد")] == [reference]
    assert [s.reference for s in cases.search(db, "Maryam")] == [reference]
    assert saved.case["child"]["dob_day"] is None


def test_invalid_edit_names_the_field_and_saves_nothing(demo_db: Database) -> None:
    opened = cases.open_case(demo_db, _case_id(demo_db, "DEMO-7-000002"))
    draft = opened.draft()
    draft["child"].update(dob_certainty="documented", dob_day=None)
    draft["child"]["nationalities"] = ["ZZ"]
    with pytest.raises(ValidationError) as caught:
        cases.save_case(demo_db, opened, draft)
    paths = {p.path for p in caught.value.problems}
    assert {"cases[0].child.dob_day", "cases[0].child.nationalities[0]"} <= paths
    assert caught.value.summary == "This case cannot be saved:"
    assert cases.open_case(demo_db, opened.id).case == opened.case


def test_only_what_changed_is_written(demo_db: Database) -> None:
    opened = cases.open_case(demo_db, _case_id(demo_db, "DEMO-7-000003"))
    draft = opened.draft()
    placement = draft["child"]["placements"][-1]
    placement["address"] = "12 New Road"
    removed = draft["family_members"].pop()
    draft["notes"].append(
        new_record(
            "notes", kind="general", text="Called the school.", written_at="2026-11-26T10:00:00Z"
        )
    )
    saved = cases.save_case(demo_db, opened, draft)
    assert saved.versions[placement["id"]] == opened.versions[placement["id"]] + 1
    assert saved.versions[draft["child"]["id"]] == opened.versions[draft["child"]["id"]]
    assert removed["id"] not in saved.versions
    assert saved.case["child"]["placements"][-1]["address"] == "12 New Road"
    assert any(n["text"] == "Called the school." for n in saved.case["notes"])


def test_edit_made_elsewhere_is_never_overwritten(demo_db: Database) -> None:
    case_id = _case_id(demo_db, "DEMO-7-000004")
    mine = cases.open_case(demo_db, case_id)
    theirs = cases.open_case(demo_db, case_id)
    their_draft = theirs.draft()
    their_draft["child"]["placements"][0]["provider"] = "Their shelter"
    cases.save_case(demo_db, theirs, their_draft)

    my_draft = mine.draft()
    my_draft["child"]["placements"][0]["provider"] = "My shelter"
    my_draft["child"]["school_name"] = "Changed by me too"
    with pytest.raises(ConflictError, match="changed since you opened it: placement"):
        cases.save_case(demo_db, mine, my_draft)
    now = cases.open_case(demo_db, case_id).case["child"]
    assert now["placements"][0]["provider"] == "Their shelter"
    assert now["school_name"] != "Changed by me too"  # nothing of the refused save was kept


def test_rows_added_elsewhere_are_kept(demo_db: Database) -> None:
    case_id = _case_id(demo_db, "DEMO-7-000005")
    mine = cases.open_case(demo_db, case_id)
    theirs = cases.open_case(demo_db, case_id)
    their_draft = theirs.draft()
    their_draft["notes"].append(
        new_record("notes", kind="general", text="Their note", written_at="2026-11-26T09:00:00Z")
    )
    cases.save_case(demo_db, theirs, their_draft)
    my_draft = mine.draft()
    my_draft["child"]["school_grade"] = "7"
    saved = cases.save_case(demo_db, mine, my_draft)
    assert any(n["text"] == "Their note" for n in saved.case["notes"])
    assert saved.case["child"]["school_grade"] == "7"


def test_adjourned_hearing_link_is_saved(demo_db: Database) -> None:
    opened = cases.open_case(demo_db, _case_id(demo_db, "DEMO-7-000006"))
    draft = opened.draft()
    proceeding = draft["proceedings"][0]
    first = proceeding["hearings"][0]
    later = new_record(
        "hearings",
        starts_at="2027-02-01T09:00:00Z",
        time_zone="Europe/Paris",
        duration_minutes=60,
    )
    proceeding["hearings"].append(later)
    first.update(
        outcome="adjourned", adjournment_reason="Interpreter ill", next_hearing_id=later["id"]
    )
    saved = cases.save_case(demo_db, opened, draft)
    stored = {h["id"]: h for h in saved.case["proceedings"][0]["hearings"]}
    assert stored[first["id"]]["next_hearing_id"] == later["id"]


def test_reference_of_another_case_is_refused(demo_db: Database) -> None:
    opened = cases.open_case(demo_db, _case_id(demo_db, "DEMO-7-000007"))
    draft = opened.draft()
    draft["reference"] = "DEMO-7-000008"
    with pytest.raises(ValidationError, match="cannot be saved"):
        cases.save_case(demo_db, opened, draft)


def test_next_reference_is_unused(db: Database) -> None:
    first = cases.next_reference(db)
    opened = cases.new_case(first)
    draft = opened.draft()
    draft["child"].update(given_names="Test", nationalities=["SY"], languages=["ar"])
    cases.save_case(db, opened, draft)
    assert cases.next_reference(db) != first
