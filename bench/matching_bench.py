"""Benchmark: duplicate candidates for an incoming child among many cases.

    .venv/bin/python bench/matching_bench.py [--db PATH|URL] [--cases 100000] [--rounds 5]
                                             [--no-copy]

PATH is a demo database (``search_bench.py --keep`` or ``demo-data`` makes one; 100 000 cases
for the figures in docs/performance.md). The benchmark copies it first (opening a file may
upgrade its schema), unless ``--no-copy``; without ``--db`` it generates ``--cases`` demo
cases in a new file. A PostgreSQL URL (demo data of seed 1 on a team server) is used as it
is.

Twenty incoming children are taken from the data itself: eight exported as they are, eight
written again the way another organisation would (another transliteration of the given
name, the Arabic-script names typed on a Persian keyboard, the birth date known only as a
year or a year off), and four children who are not in the data, with common given names.
Each is looked up ``--rounds`` times, each time in a new reading session, as the receiving
window does. Printed: p50/p95 of the whole lookup and of the SQL blocking alone, the sizes
of the blocks (and how many cases matched a key before the block was cut), and where the
right case came in the list.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from guardian_desk.services import exchange
from guardian_desk.services.exchange import demo
from guardian_desk.services.transfer.matching import (
    ComparedChild,
    block_case_ids,
    duplicate_candidates,
    key_groups,
)
from guardian_desk.storage import models as m
from guardian_desk.storage.database import Database, open_database

SEED = 1
PRESENT = (7, 1234, 45678, 99999, 2, 8, 31337, 77777)
RESPELLED = (3, 5, 1111, 22222, 33333, 44444, 55555, 88888)
# A common given name with a family name that is not in the demo data.
ABSENT = (
    ("Mohammed", "Zaferani", "male", 2014),
    ("Ahmad", "Quraishi", "male", 2012),
    ("Fatima", "Benali", "female", 2016),
    ("Olena", "Shevchuk", "female", 2011),
)
# Transliterations of one name: the first that applies after the first letter is used.
RESPELLINGS = (
    ("mm", "m"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("e", "a"),
    ("a", "e"),
    ("o", "u"),
    ("u", "o"),
    ("i", "ee"),
)
# The Persian keyboard's letters for the Arabic ones (fold makes them one).
PERSIAN_KEYBOARD = str.maketrans({"ي": "ی", "ك": "ک", "ة": "ه", "أ": "ا"})


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _respelled(name: str) -> str:
    for spelled, other in RESPELLINGS:
        at = name.find(spelled, 1)
        if at > 0:
            return name[:at] + other + name[at + len(spelled) :]
    return name


def _written_again(case: dict[str, Any], number: int) -> dict[str, Any]:
    """The case as another organisation recorded the same child."""
    again = copy.deepcopy(case)
    child = again["child"]
    child["given_names"] = _respelled(child["given_names"])
    for key in ("given_names_native", "family_name_native"):
        if child.get(key):
            child[key] = child[key].translate(PERSIAN_KEYBOARD)
    if number % 2:  # only the year is known
        child.update(dob_certainty="estimated", dob_month=None, dob_day=None)
    elif child.get("dob_day"):  # a year misheard
        child.update(dob_year=child["dob_year"] + 1, dob_month=child["dob_month"], dob_day=1)
    child["aliases"] = child["aliases"][:1]
    return again


def _absent(given: str, family: str, sex: str, year: int) -> dict[str, Any]:
    return {
        "id": "absent",
        "reference": "PARTNER-1",
        "child": {
            "given_names": given,
            "family_name": family,
            "sex": sex,
            "dob_certainty": "estimated",
            "dob_year": year,
            "nationalities": [],
            "aliases": [],
        },
    }


def _incoming(db: Database) -> list[tuple[str, dict[str, Any], str | None]]:
    """(kind, incoming case, id of the case it is) for the twenty children."""
    references = [f"DEMO-{SEED}-{n:06d}" for n in (*PRESENT, *RESPELLED)]
    trees = {t["reference"]: t for t in exchange.export_document(db, references)["cases"]}
    found: list[tuple[str, dict[str, Any], str | None]] = []
    for n in PRESENT:
        tree = trees[f"DEMO-{SEED}-{n:06d}"]
        found.append(("present", tree, tree["id"]))
    for n in RESPELLED:
        tree = trees[f"DEMO-{SEED}-{n:06d}"]
        found.append(("respelled", _written_again(tree, n), tree["id"]))
    found += [("absent", _absent(*child), None) for child in ABSENT]
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-copy", action="store_true")
    args = parser.parse_args()
    copied = args.db is None or not (args.no_copy or "://" in args.db)
    folder = Path(tempfile.mkdtemp(prefix="gd-matching-bench-")) if copied else Path()
    if args.db is None:
        path = folder / "bench.sqlite"
        db = open_database(str(path))
        started = time.perf_counter()
        demo.generate(db, args.cases, seed=SEED, as_of=date(2026, 11, 26))
        print(f"generated {args.cases} cases in {time.perf_counter() - started:.1f} s")
        db.close()
    elif not copied:
        path = args.db
    else:
        path = folder / Path(args.db).name
        started = time.perf_counter()
        for suffix in ("", "-wal"):  # the write-ahead log may hold the last transactions
            if Path(f"{args.db}{suffix}").exists():
                shutil.copyfile(f"{args.db}{suffix}", f"{path}{suffix}")
        print(f"copied {args.db} in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    db = open_database(str(path), check_integrity=False, daily_backup=False)
    print(f"opened in {time.perf_counter() - started:.1f} s ({path})")
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(m.Case)) or 0
    print(f"{total} cases")

    children = _incoming(db)
    whole: list[float] = []
    blocking: list[float] = []
    blocks: list[int] = []
    matched: list[int] = []
    ranks: dict[str, list[int | None]] = {"present": [], "respelled": []}
    best_absent: list[float] = []
    for kind, incoming, expected in children:
        child = ComparedChild.of_incoming(incoming["child"])
        groups = key_groups(child.forms)
        for round_ in range(args.rounds + 1):  # the first round warms the caches
            started = time.perf_counter()
            with db.reading() as session:
                block = block_case_ids(session, groups, child.birth)
            blocked = time.perf_counter()
            with db.reading() as session:
                found = duplicate_candidates(session, incoming)
            done = time.perf_counter()
            if round_:
                blocking.append((blocked - started) * 1000)
                whole.append((done - blocked) * 1000)
        blocks.append(len(block))
        with db.reading() as session:
            matched.append(len(block_case_ids(session, groups, child.birth, size=total)))
        ids = [c.case_id for c in found]
        if expected is None:
            best_absent.append(found[0].score if found else 0.0)
        else:
            ranks[kind].append(ids.index(expected) + 1 if expected in ids else None)

    print(f"{len(children)} incoming children x {args.rounds} rounds, times in ms:")
    print(f"{'':36}{'p50':>8}{'p95':>8}{'max':>8}")
    for label, samples in (("blocking (SQL only)", blocking), ("duplicate_candidates", whole)):
        p50, p95 = _percentiles(samples)
        print(f"{label:36}{p50:8.1f}{p95:8.1f}{max(samples):8.1f}")
    print(
        f"block sizes: min {min(blocks)}, median {statistics.median(blocks):.0f}, "
        f"max {max(blocks)} (of {total} cases)"
    )
    print(
        f"cases matching a key in the birth window, before the cut: min {min(matched)}, "
        f"median {statistics.median(matched):.0f}, max {max(matched)}"
    )
    for kind, found_ranks in ranks.items():
        shown = ", ".join("missed" if r is None else str(r) for r in found_ranks)
        print(f"rank of the right case, {kind}: {shown}")
    print(f"best score of a child not in the data: {', '.join(f'{s:.0f}' for s in best_absent)}")
    _, p95 = _percentiles(whole)
    print(f"p95 {p95:.0f} ms: {'within' if p95 <= 1000 else 'OVER'} the 1 s budget")
    db.close()
    if copied:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
