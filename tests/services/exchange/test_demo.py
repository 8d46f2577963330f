"""Demo data: deterministic per seed, varied, and valid exchange data."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from guardian_desk.domain.periods import holiday_name, is_business_day
from guardian_desk.errors import ConflictError
from guardian_desk.progress import Cancelled
from guardian_desk.services import documents, exchange
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import Database, open_database
from tests.conftest import AS_OF


def test_same_seed_same_data(tmp_path: Path) -> None:
    texts = []
    for name in ("one", "two"):
        database = open_database(str(tmp_path / f"{name}.sqlite"))
        demo.generate(database, 15, seed=42, as_of=AS_OF)
        texts.append(exchange.dumps(exchange.export_document(database)))
        database.close()
    assert texts[0] == texts[1]


def test_other_seed_other_data() -> None:
    one = demo.demo_document(5, seed=1, as_of=AS_OF)["cases"]
    two = demo.demo_document(5, seed=2, as_of=AS_OF)["cases"]
    assert [c["child"]["given_names"] for c in one] != [c["child"]["given_names"] for c in two]


def test_the_same_seed_twice_is_refused(demo_db: Database) -> None:
    with pytest.raises(ConflictError, match="seed 7 is already in this database"):
        demo.generate(demo_db, 5, seed=7, as_of=AS_OF)


def test_cancel_keeps_nothing(db: Database) -> None:
    with pytest.raises(Cancelled):
        demo.generate(db, 2500, seed=3, as_of=AS_OF, progress=lambda done, total: done < 1000)
    from guardian_desk.services.cases import count

    assert count(db) == 0


def test_demo_data_is_varied_and_realistic(demo_db: Database) -> None:
    cases = exchange.export_document(demo_db)["cases"]
    scripts = Counter(c["child"]["native_script"] for c in cases)
    assert {"Arab", "Cyrl", "Ethi", "Latn"} <= set(scripts)
    certainties = {c["child"]["dob_certainty"] for c in cases}
    assert certainties == {"documented", "declared", "estimated", "age_assessed"}
    for case in cases:
        child = case["child"]
        assert len({p["jurisdiction"][:2] for p in case["proceedings"]}) >= 2
        if child["dob_certainty"] == "estimated":
            assert child["dob_day"] is None
        for name in (child["given_names_native"], child["family_name_native"]):
            assert unicodedata.is_normalized("NFC", name)
        assert case["reference"].startswith("DEMO-")  # clearly fictional
    starts = [h["starts_at"][:10] for c in cases for p in c["proceedings"] for h in p["hearings"]]
    assert min(starts) < AS_OF.isoformat() < max(starts)  # past and future hearings
    kinds = {
        tuple(s["kind"] for s in d["authentication_steps"]) for c in cases for d in c["documents"]
    }
    assert {(), ("apostille",), ("e_apostille",), ("notarised_copy",)} <= kinds
    assert ("legalisation_notary", "legalisation_ministry", "legalisation_consulate") in kinds
    assert ("eu_2016_1191_exemption", "multilingual_standard_form") in kinds
    views = [n for c in cases for n in c["notes"] if n["kind"] == "childs_views"]
    assert any("\u200c" in n["text"] for n in views)  # Dari keeps its zero-width non-joiner
    aliases = [a["name"] for c in cases for a in c["child"]["aliases"]]
    assert aliases


def test_demo_hearings_carry_the_forum_zone() -> None:
    case = demo.demo_document(1, seed=9, as_of=date(2026, 7, 1))["cases"][0]
    hearing = case["proceedings"][0]["hearings"][0]
    assert hearing["starts_at"].endswith("Z")
    assert "/" in hearing["time_zone"]


@pytest.mark.parametrize("as_of", [date(9999, 12, 1), date(1, 1, 1), date(2099, 1, 1)])
def test_a_day_out_of_range_is_refused_in_plain_words(db: Database, as_of: date) -> None:
    """Demo data made up around 9999-12-01 would overflow the date arithmetic (and put its
    births and deadlines beyond what validation accepts): refused before anything is made."""
    from guardian_desk.errors import GuardianDeskError
    from guardian_desk.services.cases import count

    with pytest.raises(GuardianDeskError) as caught:
        demo.generate(db, 3, seed=1, as_of=as_of)
    assert str(caught.value) == (
        f"Demo data cannot be built around {as_of.isoformat()}: choose a day between "
        "1920-01-01 and 2060-12-31, so that every date it makes up (births, hearings, "
        "deadlines) falls between 1900 and 2100."
    )
    assert count(db) == 0


def test_demo_data_at_the_edges_of_its_range_stays_in_range(db: Database) -> None:
    exchange.validate_document(db, demo.demo_document(4, seed=5, as_of=demo.FIRST_AS_OF))
    # Around the last day its births are in the future (refused on import), but every date
    # it makes up is within the range and its deadlines can be counted.
    assert demo.generate(db, 4, seed=6, as_of=demo.LAST_AS_OF) == 4


def _local(hearing: dict[str, Any]) -> datetime:
    moment = datetime.fromisoformat(hearing["starts_at"].replace("Z", "+00:00"))
    return moment.astimezone(ZoneInfo(hearing["time_zone"]))


def test_hearings_are_on_business_days_of_the_forum_at_court_hours() -> None:
    """No weekend, no public holiday of the forum's jurisdiction (the deadline code's own
    calendar), between 9:00 and 14:30 of the forum's own day."""
    cases = demo.demo_document(300, seed=11, as_of=AS_OF)["cases"]
    checked = 0
    for case in cases:
        for proceeding in case["proceedings"]:
            for hearing in proceeding["hearings"]:
                local = _local(hearing)
                where = proceeding["jurisdiction"]
                assert is_business_day(local.date(), where), (local, where)
                assert local.weekday() < 5
                assert holiday_name(local.date(), where) is None
                assert time(9) <= local.time() <= time(14, 30)
                checked += 1
    assert checked > 500


def test_the_rolled_day_is_the_first_business_day() -> None:
    # Thanksgiving 2026 is on Thursday 26 November, and California also closes its courts
    # the day after; Christmas Day 2026 is on a Friday.
    assert demo._business_day(date(2026, 11, 26), "US-CA") == date(2026, 11, 30)
    assert demo._business_day(date(2026, 11, 26), "DE-BY") == date(2026, 11, 26)
    assert demo._business_day(date(2026, 12, 25), "DE-BY") == date(2026, 12, 28)
    assert demo._business_day(date(2026, 12, 1), "FR") == date(2026, 12, 1)


def test_some_cases_are_court_ready_and_some_are_not(demo_db: Database) -> None:
    """What a newcomer sees: on the case list, cases that are court-ready and cases that are
    not; on a case's Overview, "ready" for some proceedings and "N to do" for others."""
    cases = exchange.export_document(demo_db)["cases"]
    states: Counter[str] = Counter()
    for case in cases:
        found = documents.readiness_of_case(case, AS_OF)
        ready = {p.ready for p in found}
        states["both" if ready == {True, False} else "ready" if True in ready else "to do"] += 1
    assert states["ready"] >= 10
    assert states["to do"] >= 10
    assert states["both"] >= 10  # ready at home, not yet abroad
    badges = documents.readiness_badges(demo_db, [c["id"] for c in cases], AS_OF)
    assert 0 in badges.values()
    assert any(n > 0 for n in badges.values())


def test_ready_cases_have_what_each_forum_requires() -> None:
    """Of every three cases, the first is ready before every forum, the second before the
    courts at home."""
    for case in demo.demo_document(30, seed=4, as_of=AS_OF)["cases"]:
        plan = int(case["reference"][-6:]) % demo.READY_EVERY
        for proceeding in documents.readiness_of_case(case, AS_OF):
            at_home = proceeding.jurisdiction == case["home_jurisdiction"]
            if plan == 1 or (plan == 2 and at_home):
                assert proceeding.ready, [
                    f.message for d in proceeding.documents for f in d.findings if f.blocking
                ]


def test_siblings_share_documents_for_the_duplicate_finder(demo_db: Database) -> None:
    """Cases 20 and 21, 40 and 41 are siblings: the same family register extract in both,
    once typed with a space and a dash."""
    groups = documents.duplicates(demo_db)
    references = {frozenset(r.reference for r in g.records) for g in groups}
    assert frozenset({"DEMO-7-000020", "DEMO-7-000021"}) in references
    assert frozenset({"DEMO-7-000040", "DEMO-7-000041"}) in references
    assert {g.document_type for g in groups} >= {"family_register_extract"}
    assert any(len({r.number for r in g.records}) > 1 for g in groups)  # typed differently
    children = {
        c["reference"]: c["child"]
        for c in exchange.export_document(demo_db, ["DEMO-7-000020", "DEMO-7-000021"])["cases"]
    }
    assert children["DEMO-7-000020"]["family_name"] == children["DEMO-7-000021"]["family_name"]


def test_the_team_speaks_the_childrens_languages() -> None:
    document = demo.demo_document(200, seed=3, as_of=AS_OF)
    team = {m["id"]: m for m in document["team"]}
    interpreters = {
        language
        for m in team.values()
        if "interpreter" in m["roles"]
        for language in m["languages"]
    }
    caseworkers = {
        language for m in team.values() if "caseworker" in m["roles"] for language in m["languages"]
    }
    spoken = {c["child"]["languages"][0] for c in document["cases"]}
    assert {"prs", "ps", "ar", "ti", "uk"} <= spoken
    assert spoken <= interpreters
    assert spoken <= caseworkers
    booked = 0
    for case in document["cases"]:
        child = case["child"]
        assert child["languages"][0] in team[case["caseworker_id"]]["languages"]
        for proceeding in case["proceedings"]:
            for hearing in proceeding["hearings"]:
                assert hearing["interpreter_language"] == child["interpreter_language"]
                if hearing["interpreter_language"]:
                    interpreter = team[hearing["interpreter_id"]]
                    assert hearing["interpreter_language"] in interpreter["languages"]
                    assert hearing["interpreter_name"] == interpreter["full_name"]
                    booked += 1
    assert booked > 100


def test_the_demo_has_a_refused_return_and_a_placement_request_with_their_deadlines(
    demo_db: Database,
) -> None:
    """Issue 17: a child whose return was refused (Art. 29 certificate issued) and a request
    for consent to a placement abroad, each with its Brussels IIb deadline, open and on a
    business day of the jurisdiction it is counted in."""
    cases = exchange.export_document(demo_db)["cases"]
    refusals = [
        (case, decision)
        for case in cases
        for p in case["proceedings"]
        if p["kind"] == "child_return"
        for decision in p["decisions"]
    ]
    assert refusals
    for case, decision in refusals:
        assert decision["outcome"] == "return_refused"
        assert "art_13_1_b" in decision["return_refusal_grounds"]
        assert decision["art29_certificate_issued_on"]
        assert decision["notified_on"] > decision["decided_on"]
        (art29,) = [
            d for d in case["deadlines"] if d["rule_id"] == "eu.brussels2b.art29_seise_court"
        ]
        assert art29["status"] == "open"
        assert art29["due_on"] > AS_OF.isoformat()
        where = next(p["jurisdiction"] for p in case["proceedings"] if p["kind"] == "child_return")
        for day in (decision["decided_on"], decision["notified_on"], art29["due_on"]):
            assert is_business_day(date.fromisoformat(day), where), (day, where)
    requests = [(case, r) for case in cases for r in case["placement_requests"]]
    assert requests
    for case, request in requests:
        assert request["consent"] == "pending"
        assert request["requested_state"] != request["requesting_state"]
        (art82,) = [
            d for d in case["deadlines"] if d["rule_id"] == "eu.brussels2b.art82_placement_consent"
        ]
        assert art82["status"] == "open"
        assert art82["due_on"] > AS_OF.isoformat()
        assert is_business_day(date.fromisoformat(art82["due_on"]), request["requested_state"])
        assert is_business_day(
            date.fromisoformat(request["received_on"]), request["requested_state"]
        )
