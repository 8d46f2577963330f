"""Duplicate candidates for an incoming child: blocking in SQL, scoring with rapidfuzz, on a
real database file (the 60 demo cases of seed 7 and a few children made here)."""

from __future__ import annotations

import copy
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from guardian_desk.domain.names import name_similarity, word_keys
from guardian_desk.services import cases, exchange, security
from guardian_desk.services.records import new_record
from guardian_desk.services.transfer.matching import (
    MAX_KEY_GROUPS,
    Candidate,
    ComparedChild,
    block_case_ids,
    duplicate_candidates,
    key_groups,
)
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database, open_database

# The children made here, by a short name of the test's own. None of their family names is
# one of the demo data's (resources/demo/names.json).
CHILDREN: dict[str, dict[str, Any]] = {
    "mohammad": {
        "given_names": "Mohammad",
        "family_name": "Baroudi",
        "given_names_native": "محمد",
        "family_name_native": "بارودي",
        "sex": "male",
        "dob": ("documented", 2013, 4, 2),
        "nationalities": ["SY"],
    },
    "ahmed": {
        "given_names": "Ahmed",
        "family_name": "Tahiri",
        "sex": "male",
        "dob": ("documented", 2011, 9, 14),
        "nationalities": ["IQ"],
    },
    "ahmed_younger": {  # another child of the same name, five months younger
        "given_names": "Ahmed",
        "family_name": "Tahiri",
        "sex": "male",
        "dob": ("documented", 2012, 2, 10),
        "nationalities": ["IQ"],
    },
    "abdulrahman": {
        "given_names": "Abdulrahman",
        "family_name": "Kaddour",
        "sex": "male",
        "dob": ("declared", 2012, 1, 20),
        "nationalities": ["SY"],
    },
    "fatima": {  # Arabic keyboard: yeh ي and teh marbuta ة
        "given_names": "Fatima",
        "family_name": "Zoubeidi",
        "given_names_native": "فاطمة",
        "family_name_native": "زبيدي",
        "sex": "female",
        "dob": ("documented", 2014, 6, 1),
        "nationalities": ["AF"],
    },
    "samira": {
        "given_names": "Samira",
        "family_name": "Lakhdar",
        "sex": "female",
        "dob": ("documented", 2012, 8, 8),
        "nationalities": ["DZ"],
        "aliases": ["Leila Mansour"],  # the name she travelled under
    },
    "yasin": {
        "given_names": "Yasin",
        "family_name": "Wakili",
        "sex": "male",
        "dob": ("estimated", 2010, None, None),
        "nationalities": ["AF"],
    },
    "omar": {
        "given_names": "Omar",
        "family_name": "Bensaid",
        "sex": "male",
        "dob": ("documented", 2020, 3, 1),
        "nationalities": ["MA"],
    },
    "omar_older": {  # the same name, ten years older: another child
        "given_names": "Omar",
        "family_name": "Bensaid",
        "sex": "male",
        "dob": ("documented", 2010, 5, 5),
        "nationalities": ["MA"],
    },
}


def _child_fields(spec: dict[str, Any]) -> dict[str, Any]:
    certainty, year, month, day = spec.get("dob") or (None, None, None, None)
    return {
        "given_names": spec["given_names"],
        "family_name": spec.get("family_name"),
        "given_names_native": spec.get("given_names_native"),
        "family_name_native": spec.get("family_name_native"),
        "native_script": "Arab" if spec.get("given_names_native") else None,
        "sex": spec["sex"],
        "dob_certainty": certainty,
        "dob_year": year,
        "dob_month": month,
        "dob_day": day,
        "nationalities": spec.get("nationalities", []),
        "languages": ["ar"],
    }


def _add_child(db: Database, spec: dict[str, Any]) -> str:
    opened = cases.new_case(cases.next_reference(db))
    draft = opened.draft()
    draft["child"].update(_child_fields(spec))
    for name in spec.get("aliases", []):
        draft["child"]["aliases"].append(new_record("aliases", name=name, script="Latn"))
    return cases.save_case(db, opened, draft).id


def _incoming(**child: Any) -> dict[str, Any]:
    """An incoming case tree (exchange format) whose child has these fields."""
    case = new_record("cases", reference="PARTNER-2026-0042", opened_on="2026-10-01")
    case["child"] = new_record("child")
    dob = child.pop("dob", None)
    aliases = child.pop("aliases", [])
    case["child"].update(_child_fields({"sex": "unknown", **child, "dob": dob}))
    case["child"]["aliases"] = [new_record("aliases", name=a) for a in aliases]
    return case


@pytest.fixture(scope="module")
def matching_db(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, dict[str, str]]]:
    """The demo cases and the children of :data:`CHILDREN`, with their case ids; only read."""
    path = tmp_path_factory.mktemp("matching") / "cases.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path))
    ids = {key: _add_child(db, spec) for key, spec in CHILDREN.items()}
    yield db, ids
    db.close()


def _candidates(db: Database, incoming: dict[str, Any], **options: Any) -> list[Candidate]:
    with db.reading() as session:
        return duplicate_candidates(session, incoming, **options)


def _exported(db: Database, case_id: str) -> dict[str, Any]:
    with db.reading() as session:
        reference = session.scalar(select(m.Case.reference).where(m.Case.id == case_id))
    assert reference is not None
    return exchange.export_document(db, [reference])["cases"][0]


# --- whole cases ----------------------------------------------------------------------------


def test_an_exact_duplicate_ranks_first(matching_db: tuple[Database, dict[str, str]]) -> None:
    db, ids = matching_db
    incoming = _exported(db, ids["mohammad"])
    found = _candidates(db, incoming)
    assert found[0].case_id == ids["mohammad"]
    assert found[0].score == 100.0
    assert found[0].reference == incoming["reference"]
    assert found[0].reasons == (
        "names alike (100)",
        "native-script names alike (100)",
        "same date of birth",
        "same nationality",
    )
    assert all(c.score < 100.0 for c in found[1:])


def test_a_demo_case_finds_itself_first(matching_db: tuple[Database, dict[str, str]]) -> None:
    """Names, aliases and birth dates as demo data writes them, in several scripts."""
    db, _ids = matching_db
    for reference in ("DEMO-7-000003", "DEMO-7-000017", "DEMO-7-000042"):
        incoming = exchange.export_document(db, [reference])["cases"][0]
        found = _candidates(db, incoming)
        assert found[0].case_id == incoming["id"], reference
        assert found[0].score >= 97.0


@pytest.mark.parametrize(
    ("existing", "given", "family"),
    [
        ("mohammad", "Muhammad", "Baroudi"),
        ("mohammad", "Mohamed", "Barudi"),
        ("mohammad", "Mohammed", "Baroudy"),
        ("ahmed", "Ahmad", "Tahiri"),
        ("abdulrahman", "Abdul Rahman", "Kaddour"),
        ("abdulrahman", "Abdelrahman", "Kadour"),
    ],
)
def test_transliteration_variants_are_found(
    matching_db: tuple[Database, dict[str, str]], existing: str, given: str, family: str
) -> None:
    db, ids = matching_db
    spec = CHILDREN[existing]
    incoming = _incoming(
        given_names=given,
        family_name=family,
        sex=spec["sex"],
        dob=spec["dob"],
        nationalities=spec["nationalities"],
    )
    found = _candidates(db, incoming)
    assert found[0].case_id == ids[existing]
    assert found[0].score >= 90.0
    assert found[0].reasons[-2:] == ("same date of birth", "same nationality")


def test_arabic_letter_variants_are_one_name(
    matching_db: tuple[Database, dict[str, str]],
) -> None:
    """Written on a Persian or Urdu keyboard (ی, ہ), with no Latin name at all: found by the
    native-script name alone, as the same name."""
    db, ids = matching_db
    incoming = _incoming(
        given_names="",
        given_names_native="فاطمہ",
        family_name_native="زبیدی",
        sex="female",
        dob=("documented", 2014, 6, 1),
    )
    found = _candidates(db, incoming)
    assert found[0].case_id == ids["fatima"]
    assert found[0].reasons[0] == "native-script names alike (100)"
    assert found[0].score >= 90.0


def test_an_alias_matches(matching_db: tuple[Database, dict[str, str]]) -> None:
    db, ids = matching_db
    incoming = _incoming(
        given_names="Leila",
        family_name="Mansour",
        sex="female",
        dob=("documented", 2012, 8, 8),
        nationalities=["DZ"],
    )
    found = _candidates(db, incoming)
    assert found[0].case_id == ids["samira"]
    assert "alias matches (100)" in found[0].reasons
    assert found[0].score >= 90.0
    # Her own name is far from the one she travelled under: the alias made the match.
    assert found[0].reasons[0].startswith("names alike (")
    assert int(found[0].reasons[0].split("(")[1].rstrip(")")) < 60


def test_an_incoming_alias_matches_an_existing_name(
    matching_db: tuple[Database, dict[str, str]],
) -> None:
    db, ids = matching_db
    incoming = _incoming(
        given_names="Yousra",
        family_name="Haddou",
        sex="female",
        aliases=["Samira Lakhdar"],
        dob=("estimated", 2012, None, None),
    )
    found = _candidates(db, incoming)
    assert found[0].case_id == ids["samira"]
    assert "alias matches (100)" in found[0].reasons


@pytest.mark.parametrize(
    ("dob", "reason"),
    [
        (("documented", 2010, 7, 15), "born the same year"),  # inside the estimated year
        (("estimated", 2010, 11, None), "born the same year"),  # a month of that year
        (("estimated", 2011, None, None), "born within a year"),
    ],
)
def test_an_estimated_birth_date_is_a_range(
    matching_db: tuple[Database, dict[str, str]], dob: tuple[Any, ...], reason: str
) -> None:
    db, ids = matching_db
    incoming = _incoming(given_names="Yaseen", family_name="Wakily", sex="male", dob=dob)
    found = _candidates(db, incoming)
    assert found[0].case_id == ids["yasin"]
    assert reason in found[0].reasons


def test_overlapping_ranges_given_as_bounds(matching_db: tuple[Database, dict[str, str]]) -> None:
    """Bounds already worked out (an age assessment's range) overlap the estimated year."""
    db, ids = matching_db
    incoming = _incoming(given_names="Yasin", family_name="Wakili", sex="male")
    incoming["child"].update(dob_earliest="2009-03-01", dob_latest="2010-02-28")
    found = _candidates(db, incoming)
    assert found[0].case_id == ids["yasin"]
    assert "birth dates overlap" in found[0].reasons


def test_the_same_name_ten_years_apart_is_not_proposed(
    matching_db: tuple[Database, dict[str, str]],
) -> None:
    db, ids = matching_db
    incoming = _incoming(
        given_names="Omar",
        family_name="Bensaid",
        sex="male",
        dob=("documented", 2020, 3, 1),
        nationalities=["MA"],
    )
    found = [c.case_id for c in _candidates(db, incoming, limit=50)]
    assert found[0] == ids["omar"]
    assert ids["omar_older"] not in found


def test_no_birth_date_still_finds_names(matching_db: tuple[Database, dict[str, str]]) -> None:
    db, ids = matching_db
    incoming = _incoming(given_names="Omar", family_name="Bensaid", sex="male")
    found = {c.case_id: c for c in _candidates(db, incoming, limit=50)}
    assert {ids["omar"], ids["omar_older"]} <= set(found)
    assert "no birth date to compare" in found[ids["omar"]].reasons
    assert found[ids["omar"]].score == found[ids["omar_older"]].score


def test_exclude_is_honoured(matching_db: tuple[Database, dict[str, str]]) -> None:
    db, ids = matching_db
    incoming = _exported(db, ids["ahmed"])
    assert _candidates(db, incoming)[0].case_id == ids["ahmed"]
    found = [c.case_id for c in _candidates(db, incoming, exclude={ids["ahmed"]})]
    assert ids["ahmed"] not in found
    assert found[0] == ids["ahmed_younger"]


def test_results_are_ordered_by_score(matching_db: tuple[Database, dict[str, str]]) -> None:
    db, ids = matching_db
    incoming = _incoming(
        given_names="Ahmad",
        family_name="Tahiri",
        sex="male",
        dob=("documented", 2011, 9, 14),
        nationalities=["IQ"],
    )
    found = _candidates(db, incoming, limit=50)
    assert [c.case_id for c in found[:2]] == [ids["ahmed"], ids["ahmed_younger"]]
    assert found[0].score > found[1].score
    scores = [c.score for c in found]
    assert scores == sorted(scores, reverse=True)
    assert len(found) > 2  # other Ahmeds and Ahmads of the demo data, further down
    assert _candidates(db, incoming, limit=1) == found[:1]
    assert _candidates(db, incoming, limit=0) == []


def test_a_different_sex_or_nationality_counts_against(
    matching_db: tuple[Database, dict[str, str]],
) -> None:
    db, ids = matching_db
    same = _incoming(
        given_names="Omar",
        family_name="Bensaid",
        sex="male",
        dob=("documented", 2020, 3, 1),
        nationalities=["MA"],
    )
    other = copy.deepcopy(same)
    other["child"].update(sex="female", nationalities=["TN"])
    first = _candidates(db, same)[0]
    second = _candidates(db, other)[0]
    assert first.case_id == second.case_id == ids["omar"]
    assert second.score < first.score
    assert {"different sex", "different nationality"} <= set(second.reasons)


def test_no_one_alike_gives_no_candidates(matching_db: tuple[Database, dict[str, str]]) -> None:
    db, _ids = matching_db
    assert _candidates(db, _incoming(given_names="Xenia", family_name="Quill", sex="female")) == []
    assert _candidates(db, _incoming(given_names="", sex="female")) == []
    assert _candidates(db, {"id": "x", "child": None}) == []


# --- blocking -------------------------------------------------------------------------------


def test_blocking_reads_only_the_block(matching_db: tuple[Database, dict[str, str]]) -> None:
    """The block holds the cases sharing a name key within the birth window, not every
    case; a child of the same name ten years older is left out in SQL already."""
    db, ids = matching_db
    incoming = _incoming(given_names="Omar", family_name="Bensaid", sex="male")
    incoming["child"].update(dob_certainty="documented", dob_year=2020, dob_month=3, dob_day=1)
    child = ComparedChild.of_incoming(incoming["child"])
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(m.Case))
        block = block_case_ids(session, key_groups(child.forms), child.birth)
        undated = block_case_ids(session, key_groups(child.forms), None)
    assert ids["omar"] in block
    assert ids["omar_older"] not in block
    assert ids["omar_older"] in undated
    assert total is not None
    assert 0 < len(block) < len(undated) < total
    assert block[0] == ids["omar"]  # both its names matched: ranked before one name


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("mohammad", "muhammad"),
        ("mohammed", "mohamed"),
        ("ahmed", "ahmad"),
        ("yusuf", "yousef"),
        ("zainab", "zeynab"),
        ("aisha", "ayesha"),
        ("omar", "umar"),
        ("qaderi", "kaderi"),
        ("alhassan", "hassan"),
        ("فاطمه", "فاطمه"),
    ],
)
def test_spellings_of_a_name_share_a_key(first: str, second: str) -> None:
    assert word_keys(first) & word_keys(second)


def test_different_names_share_no_key() -> None:
    assert not word_keys("mohammad") & word_keys("ahmad")
    assert not word_keys("omar") & word_keys("ali")
    assert word_keys("al") == set()  # a particle
    assert word_keys("2012") == set()


@pytest.mark.parametrize(
    ("first", "second", "low", "high"),
    [
        ("mohammad baroudi", "muhammad baroudi", 100, 100),
        ("mohamed ahmed", "muhammad ahmad", 100, 100),
        ("abdulrahman kaddour", "abdul rahman kaddour", 100, 100),
        ("zainab noori", "zeinab nouri", 100, 100),
        ("mahmoud", "mohammed", 0, 70),  # two names, not two spellings
        ("ahmed haddad", "omar haddad", 0, 80),  # siblings share a family name only
    ],
)
def test_name_similarity(first: str, second: str, low: float, high: float) -> None:
    assert low <= name_similarity(first, second, latin=True) <= high


# --- the record scope and the team server ---------------------------------------------------


def test_only_cases_in_the_persons_scope_are_proposed(demo_db: Database) -> None:
    security.add_demo_users(demo_db)
    references = [f"DEMO-7-{n:06d}" for n in range(1, 61)]
    trees = exchange.export_document(demo_db, references)["cases"]
    demo_db.person = None
    security.sign_in(demo_db, "lawyer", security.DEMO_PASSPHRASE)
    person = demo_db.person
    assert person is not None
    with demo_db.reading() as session:
        mine = set(
            session.scalars(select(m.Case.id).where(repo.assigned_to(person.team_member_id)))
        )
    assert mine
    theirs = next(t for t in trees if t["id"] not in mine)
    own = next(t for t in trees if t["id"] in mine)
    assert theirs["id"] not in {c.case_id for c in _candidates(demo_db, theirs)}
    assert _candidates(demo_db, own)[0].case_id == own["id"]


def test_candidates_on_a_team_server(pg_url: str) -> None:
    """The same blocking through PostgreSQL (LIKE on word starts instead of FTS5)."""
    db = open_database(pg_url)
    try:
        ids = {key: _add_child(db, CHILDREN[key]) for key in ("mohammad", "omar", "omar_older")}
        variant = _incoming(
            given_names="Muhammad",
            family_name="Barudi",
            sex="male",
            dob=("documented", 2013, 4, 2),
            nationalities=["SY"],
        )
        assert _candidates(db, variant)[0].case_id == ids["mohammad"]
        omar = _incoming(
            given_names="Omar", family_name="Bensaid", sex="male", dob=("documented", 2020, 3, 1)
        )
        assert [c.case_id for c in _candidates(db, omar)] == [ids["omar"]]
        arabic = _incoming(given_names="", given_names_native="محمّد", family_name_native="بارودی")
        assert _candidates(db, arabic)[0].case_id == ids["mohammad"]
    finally:
        db.close()


def test_a_record_with_a_thousand_names_is_bounded(
    matching_db: tuple[Database, dict[str, str]],
) -> None:
    """An incoming file is another organisation's: a thousand aliases and a name of two
    hundred words cost what a few names cost, and the child's own name is still found."""
    db, ids = matching_db
    words = ["".join(p) for p in itertools.product("bdfgklmnprstvz", "aeiou", "lmnrst", "aiu")]
    incoming = _incoming(
        given_names="Omar " + " ".join(words[:200]),
        family_name="Bensaid",
        sex="male",
        dob=("documented", 2020, 3, 1),
        aliases=[f"{a} {b}" for a, b in itertools.pairwise(words[200:1201])],
    )
    child = ComparedChild.of_incoming(incoming["child"])
    assert len(key_groups(child.forms)) <= MAX_KEY_GROUPS
    assert ids["omar"] in {c.case_id for c in _candidates(db, incoming, limit=50)}
