"""The case list's filters and sorting, checked against the exported data itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from guardian_desk.domain.dates import DateOfBirth
from guardian_desk.domain.enums import DobCertainty
from guardian_desk.services import cases
from guardian_desk.services.cases import CaseFilter
from guardian_desk.services.exchange import export_document
from guardian_desk.storage.database import Database


@pytest.fixture
def data(demo_db: Database) -> list[dict[str, Any]]:
    return list(export_document(demo_db)["cases"])


def _all(db: Database, case_filter: CaseFilter) -> list[str]:
    return [s.reference for s in cases.page(db, 0, 1000, case_filter)]


def test_no_filter_lists_every_case_by_reference(demo_db: Database, data: list[dict]) -> None:
    assert _all(demo_db, CaseFilter()) == sorted(c["reference"] for c in data)
    assert cases.count(demo_db, CaseFilter()) == 60


def test_status_filter(demo_db: Database, data: list[dict]) -> None:
    closed = sorted(c["reference"] for c in data if c["status"] == "closed")
    assert closed, "demo data has closed cases"
    assert _all(demo_db, CaseFilter(status="closed")) == closed
    assert cases.count(demo_db, CaseFilter(status="closed")) == len(closed)


def test_country_filter_matches_subdivisions(demo_db: Database, data: list[dict]) -> None:
    def in_us(case: dict) -> bool:
        places = [case["home_jurisdiction"]] + [p["jurisdiction"] for p in case["proceedings"]]
        return any(p == "US" or p.startswith("US-") for p in places)

    expected = sorted(c["reference"] for c in data if in_us(c))
    assert expected
    assert _all(demo_db, CaseFilter(jurisdiction="US")) == expected
    only_ca = _all(demo_db, CaseFilter(jurisdiction="US-CA"))
    assert set(only_ca) < set(expected) or set(only_ca) == set(expected)


def test_lawyer_filter(demo_db: Database, data: list[dict]) -> None:
    choices = cases.filter_choices(demo_db)
    lawyer_id, _name = choices.lawyers[0]
    expected = sorted(
        c["reference"]
        for c in data
        if c["lead_lawyer_id"] == lawyer_id
        or any(p["assigned_lawyer_id"] == lawyer_id for p in c["proceedings"])
    )
    assert _all(demo_db, CaseFilter(lawyer_id=lawyer_id)) == expected


def test_age_band_keeps_uncertain_ages_that_may_fall_in_it(
    demo_db: Database, data: list[dict]
) -> None:
    today = date.today()

    def may_be(case: dict, low: int, high: int) -> bool:
        child = case["child"]
        dob = DateOfBirth(
            DobCertainty(child["dob_certainty"]),
            child["dob_year"],
            child["dob_month"],
            child["dob_day"],
        )
        age = dob.age_on(today)
        return age.youngest <= high and age.oldest >= low

    for band, (low, high) in cases.AGE_BANDS.items():
        expected = sorted(c["reference"] for c in data if may_be(c, low, high))
        assert _all(demo_db, CaseFilter(age_band=band)) == expected, band


def test_hearing_within_days(demo_db: Database, data: list[dict]) -> None:
    now = datetime.now(UTC)
    limit = now + timedelta(days=30)

    def soon(case: dict) -> bool:
        for proceeding in case["proceedings"]:
            for hearing in proceeding["hearings"]:
                start = datetime.fromisoformat(hearing["starts_at"].replace("Z", "+00:00"))
                if now <= start <= limit:
                    return True
        return False

    expected = sorted(c["reference"] for c in data if soon(c))
    assert _all(demo_db, CaseFilter(hearing_within_days=30)) == expected


def test_sort_by_name_and_age(demo_db: Database) -> None:
    by_name = cases.page(demo_db, 0, 100, CaseFilter(sort="name"))
    names = [s.name_latin.split()[-1] for s in by_name]
    assert len(by_name) == 60
    ages = cases.page(demo_db, 0, 100, CaseFilter(sort="age"))
    earliest = [s.date_of_birth.latest() for s in ages if s.date_of_birth]
    assert earliest == sorted(earliest, reverse=True)  # youngest first
    older_first = cases.page(demo_db, 0, 100, CaseFilter(sort="age", descending=True))
    assert older_first[0].date_of_birth is not None
    assert older_first[0].date_of_birth.latest() == min(earliest)
    assert names  # family names present for every child


def test_sort_by_next_hearing_puts_cases_without_one_last(demo_db: Database) -> None:
    rows = cases.page(demo_db, 0, 100, CaseFilter(sort="next_hearing"))
    starts = [s.next_hearing for s in rows]
    known = [s for s in starts if s is not None]
    assert known == sorted(known)
    assert starts[: len(known)] == known


def test_list_columns_count_what_the_case_holds(demo_db: Database, data: list[dict]) -> None:
    first = cases.page(demo_db, 0, 1)[0]
    case = next(c for c in data if c["reference"] == first.reference)
    assert first.active_proceedings == sum(p["status"] == "active" for p in case["proceedings"])
    open_due = [d["due_on"] for d in case["deadlines"] if d["status"] == "open"]
    assert (first.next_deadline.isoformat() if first.next_deadline else None) == (
        min(open_due) if open_due else None
    )
    assert first.open_flags == sum(f["status"] == "open" for f in case["risk_flags"])


def test_search_within_a_filter(demo_db: Database, data: list[dict]) -> None:
    reference = data[0]["reference"]
    status = data[0]["status"]
    other = "closed" if status == "open" else "open"
    assert [
        s.reference for s in cases.search(demo_db, reference, case_filter=CaseFilter(status=status))
    ] == [reference]
    assert cases.search(demo_db, reference, case_filter=CaseFilter(status=other)) == []
