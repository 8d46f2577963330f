"""Family tracing matches on a real database file: a mother found in another case under
another transliteration and another Arabic spelling, a sibling found as another case's
child, relatives not to be contacted never proposed (looked for or found), nothing while a
clear concern pauses tracing, and the order by score."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest

from guardian_desk.services import exchange, protection
from guardian_desk.services.protection.tracing import RelativeMatch
from guardian_desk.storage.database import Database

DAY = date(2026, 12, 1)
STRONG = next(
    i.id for i in protection.instrument("gd-child-v1").indicators if i.strength == "strong"
)


def _id() -> str:
    return str(uuid.uuid4())


def _member(
    relationship: str, name: str, native: str | None = None, **fields: Any
) -> dict[str, Any]:
    return {
        "id": _id(),
        "relationship_to_child": relationship,
        "full_name": name,
        "full_name_native": native,
        "tracing_status": "tracing",
        "safe_to_contact": True,
        **fields,
    }


def _case(
    reference: str, given: str, year: int, *members: dict[str, Any], **child: Any
) -> dict[str, Any]:
    return {
        "id": _id(),
        "reference": reference,
        "opened_on": "2026-10-01",
        "home_jurisdiction": "DE",
        "child": {
            "id": _id(),
            "given_names": given,
            "family_name": "Haddad",
            "sex": "female",
            "dob_certainty": "documented",
            "dob_year": year,
            "dob_month": 3,
            "dob_day": 9,
            "nationalities": ["SY"],
            "languages": ["ar"],
            **child,
        },
        "family_members": list(members),
    }


def _import(db: Database, *cases: dict[str, Any]) -> None:
    exchange.import_document(
        db,
        {
            "format": exchange.FORMAT,
            "format_version": exchange.FORMAT_VERSION,
            "cases": list(cases),
        },
    )


def _matches(db: Database, case: dict[str, Any]) -> list[RelativeMatch]:
    with db.reading() as session:
        return protection.relative_matches(session, case, limit=50)


class Family:
    """Case A asks for its relatives; the other cases hold them, alike or not to be proposed."""

    def __init__(self) -> None:
        self.mother = _member("mother", "Fatima Al-Sayed", "فاطمة السيد", whereabouts_country="TR")
        self.father = _member("father", "Mohammed Haddad", "محمد حداد")
        self.brother = _member("sibling", "Yusuf Haddad")
        self.uncle = _member("aunt_uncle", "Khaled Haddad", safe_to_contact=False)
        self.a = _case("TR-A", "Amal", 2014, self.mother, self.father, self.brother, self.uncle)
        # B: Amal's sister, her mother and father under other transliterations.
        self.b_mother = _member("mother", "Fatma Alsayed", whereabouts_country="TR")
        self.b_father = _member("father", "Muhammad Hadad")
        self.b = _case("TR-B", "Rania", 2011, self.b_mother, self.b_father)
        # C: the mother known by another name in Latin letters, her Arabic name spelled
        # otherwise (ه for ة, the article's lam doubled by a shadda).
        self.c_mother = _member("mother", "Umm Rami", "فاطمه السيّد")
        self.c = _case("TR-C", "Rami", 2009, self.c_mother, languages=["ar", "tr"])
        # D: the brother, a separated child himself.
        self.d = _case("TR-D", "Yousef", 2010)
        # E: the uncle, found alike but he must not be looked for.
        self.e_uncle = _member("aunt_uncle", "Khalid Haddad")
        self.e = _case("TR-E", "Layla", 2012, self.e_uncle)
        # F, G: a woman alike to the mother, not to be contacted; a suspected trafficker.
        self.f_unsafe = _member("mother", "Fatima Alsayed", safe_to_contact=False)
        self.f = _case("TR-F", "Nour", 2013, self.f_unsafe)
        self.g_suspect = _member(
            "mother",
            "Fatima Al Sayed",
            safe_to_contact=None,
            safety_note="Police report: suspected trafficker, recruited children in Gaziantep.",
        )
        self.g = _case("TR-G", "Hiba", 2012, self.g_suspect)
        # H: a child named as the mother, two years older than Amal: she cannot be her mother.
        self.h = _case("TR-H", "Fatima", 2012, family_name="Alsayed")
        self.all = (self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h)


@pytest.fixture
def family(demo_db: Database) -> Family:
    made = Family()
    _import(demo_db, *made.all)
    return made


def _found(matches: list[RelativeMatch], member: dict[str, Any]) -> dict[str | None, RelativeMatch]:
    return {
        m.other_member_id or m.other_case_id: m
        for m in matches
        if m.family_member_id == member["id"]
    }


def test_the_mother_is_found_under_other_transliterations_and_arabic_spellings(
    demo_db: Database, family: Family
) -> None:
    found = _found(_matches(demo_db, family.a), family.mother)
    assert family.b_mother["id"] in found  # Fatima Al-Sayed / Fatma Alsayed
    assert family.c_mother["id"] in found  # فاطمة السيد / فاطمه السيّد, in Arabic letters only
    in_b, in_c = found[family.b_mother["id"]], found[family.c_mother["id"]]
    assert in_b.other_case_id == family.b["id"]
    assert in_b.other_reference == "TR-B"
    assert any("names alike" in r for r in in_b.reasons)
    assert any("same relationship (Mother)" in r for r in in_b.reasons)
    assert any("native-script names alike" in r for r in in_c.reasons)
    assert in_b.score >= 80
    fathers = _found(_matches(demo_db, family.a), family.father)
    assert family.b_father["id"] in fathers  # Mohammed Haddad / Muhammad Hadad


def test_a_sibling_is_found_as_the_child_of_another_case(demo_db: Database, family: Family) -> None:
    found = _found(_matches(demo_db, family.a), family.brother)
    assert family.d["id"] in found
    match = found[family.d["id"]]
    assert match.other_member_id is None
    assert match.other_reference == "TR-D"


def test_a_child_too_young_to_be_the_mother_is_not_proposed(
    demo_db: Database, family: Family
) -> None:
    found = _found(_matches(demo_db, family.a), family.mother)
    assert family.h["id"] not in found


def test_relatives_not_to_be_contacted_are_never_proposed(
    demo_db: Database, family: Family
) -> None:
    matches = _matches(demo_db, family.a)
    # Looked for: the uncle not safe to contact is not searched for, though Khalid is alike.
    assert not _found(matches, family.uncle)
    # Found: the unsafe woman and the suspected trafficker in F and G are never proposed.
    proposed = {m.other_member_id for m in matches}
    assert family.f_unsafe["id"] not in proposed
    assert family.g_suspect["id"] not in proposed
    members_there = {
        m.other_member_id for m in matches if m.other_case_id in (family.f["id"], family.g["id"])
    }
    assert members_there <= {None}  # their children may be alike to a brother, never the women
    # And from the other side: F's and G's women are not looked for either.
    assert _matches(demo_db, family.f) == []
    assert _matches(demo_db, family.g) == []
    # Once the uncle is safe to contact again, he is looked for and found.
    family.uncle["safe_to_contact"] = None
    assert family.e_uncle["id"] in _found(_matches(demo_db, family.a), family.uncle)


def test_not_to_be_contacted_reads_the_status_and_the_safety_note() -> None:
    assert protection.not_to_be_contacted({"safe_to_contact": False})
    assert protection.not_to_be_contacted({"tracing_status": "not_to_be_contacted"})
    assert protection.not_to_be_contacted({"safety_note": "Présumé TRAFIQUANT (police)."})
    assert protection.not_to_be_contacted({"safety_note": "يشتبه بأنه مهرب"})
    assert not protection.not_to_be_contacted({"safe_to_contact": None, "safety_note": "Deaf."})


def test_nothing_is_proposed_while_a_clear_concern_pauses_tracing(demo_db: Database) -> None:
    made = Family()
    screening = protection.new_screening(made.a, {STRONG: "yes"}, DAY)
    assert screening["concern"] == "clear"
    made.a["screenings"] = [screening]
    _import(demo_db, *made.all)
    assert _matches(demo_db, made.a) == []
    refusal = protection.tracing_refusal(made.a)
    assert refusal is not None
    assert "paused" in str(refusal)
    assert protection.tracing_refusal(made.b) is None
    assert _matches(demo_db, made.b)  # B's mother still finds A's


def test_matches_come_most_alike_first_within_the_limit(demo_db: Database, family: Family) -> None:
    matches = _matches(demo_db, family.a)
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)
    mothers = _found(matches, family.mother)
    # Same relationship, country and language beat a name alike in Arabic letters alone.
    assert mothers[family.b_mother["id"]].score > mothers[family.c_mother["id"]].score
    with demo_db.reading() as session:
        assert len(protection.relative_matches(session, family.a, limit=2)) == 2
        assert protection.relative_matches(session, family.a, limit=0) == []


def test_a_separation_about_the_same_time_counts_and_the_review_sees_the_fields(
    demo_db: Database,
) -> None:
    mother = _member(
        "mother", "Hawa Tesfay", whereabouts="Khartoum", separated_on="2025-06-10",
        separated_at="Khartoum bus station",
    )  # fmt: skip
    same = _member("mother", "Hawa Tesfai", whereabouts="Khartoum", separated_on="2025-07-01")
    later = _member("mother", "Hawa Tesfaye", whereabouts="Khartoum", separated_on="2024-01-05")
    asking = _case("SEP-A", "Selam", 2012, mother)
    _import(
        demo_db, asking, _case("SEP-B", "Ruth", 2010, same), _case("SEP-C", "Eden", 2011, later)
    )
    found = _found(_matches(demo_db, asking), mother)
    near, far = found[same["id"]], found[later["id"]]
    assert any("about the same time" in r for r in near.reasons)
    assert not any("about the same time" in r for r in far.reasons)
    assert near.score > far.score
    assert near.other is not None
    assert (near.other.name, near.other.relationship, near.other.place) == (
        "Hawa Tesfai",
        "mother",
        "Khartoum",
    )
    assert near.other.separated_on == date(2025, 7, 1)
    assert near.other.nationalities == ("SY",)


def test_the_people_of_a_case_under_its_own_tracing_pause_are_not_proposed(
    demo_db: Database, family: Family
) -> None:
    from guardian_desk.services.cases import open_case, save_case

    before = _found(_matches(demo_db, family.a), family.mother)
    assert family.b_mother["id"] in before
    opened = open_case(demo_db, family.b["id"])
    edited = opened.draft()
    edited["screenings"] = [protection.new_screening(edited, {STRONG: "yes"}, DAY)]
    save_case(demo_db, opened, edited)
    matches = _matches(demo_db, family.a)
    assert family.b["id"] not in {m.other_case_id for m in matches}  # nor B's child
    assert family.c_mother["id"] in _found(matches, family.mother)  # the others still are


def test_a_relative_marked_a_suspected_trafficker_is_never_proposed(demo_db: Database) -> None:
    aunt = _member("aunt_uncle", "Mariam Yousef")
    asking = _case("SUS-A", "Sara", 2013, aunt)
    marked = _member("aunt_uncle", "Maryam Yusuf", suspected_trafficker=True)
    plain = _member("aunt_uncle", "Mariam Yusef")
    _import(
        demo_db, asking, _case("SUS-B", "Dana", 2011, marked), _case("SUS-C", "Rim", 2012, plain)
    )
    found = _found(_matches(demo_db, asking), aunt)
    assert plain["id"] in found
    assert marked["id"] not in found  # the mark alone keeps her out, whatever else is said
    assert protection.not_to_be_contacted({"suspected_trafficker": True, "safe_to_contact": True})
