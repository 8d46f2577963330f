"""Demo data: deterministic per seed, varied, and valid exchange data."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from guardian_desk.errors import ConflictError
from guardian_desk.progress import Cancelled
from guardian_desk.services import exchange
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
