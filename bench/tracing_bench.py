"""Benchmark: family tracing matches for one child among many cases.

    .venv/bin/python bench/tracing_bench.py [--db PATH] [--rounds 5] [--no-copy]

PATH is a demo database of seed 1 (``search_bench.py --keep`` or ``demo-data`` makes one;
100 000 cases for the figures in docs/performance.md), by default
``/tmp/bench100k/bench.sqlite``. The benchmark copies it first (opening a file may upgrade
its schema), unless ``--no-copy``.

Twenty children with recorded family members are taken from the data; for each, the
matches of all its relatives (other cases' family members and children) are looked up
``--rounds`` times, each time in a new reading session, as a window would. Printed: p50/p95
of a child's whole lookup, how many relatives each child has and how many matches came back.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from guardian_desk.services import exchange, protection
from guardian_desk.storage import models as m
from guardian_desk.storage.database import Database, open_database

SEED = 1
# Cases looked at from here, the first twenty with family members recorded are used.
START = (7, 1234, 45678, 99999, 2, 8, 31337, 77777, 3, 5, 1111, 22222, 33333, 44444)
BUDGET_MS = 2000


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _children(db: Database, wanted: int = 20) -> list[dict[str, Any]]:
    """Twenty case trees whose child has family members recorded."""
    numbers = [*START, *range(50_000, 50_400, 7)]
    references = [f"DEMO-{SEED}-{n:06d}" for n in numbers]
    trees = exchange.export_document(db, references)["cases"]
    by_reference = {t["reference"]: t for t in trees}
    found = [
        by_reference[r]
        for r in references
        if r in by_reference and by_reference[r].get("family_members")
    ]
    return found[:wanted]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench100k/bench.sqlite")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-copy", action="store_true")
    args = parser.parse_args()
    folder = None if args.no_copy else Path(tempfile.mkdtemp(prefix="gd-tracing-bench-"))
    if folder is None:
        path = Path(args.db)
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
        members = session.scalar(select(func.count()).select_from(m.FamilyMember)) or 0
    print(f"{total} cases, {members} family members")

    children = _children(db)
    times: list[float] = []
    relatives: list[int] = []
    counts: list[int] = []
    for tree in children:
        for round_ in range(args.rounds + 1):  # the first round warms the caches
            started = time.perf_counter()
            with db.reading() as session:
                found = protection.relative_matches(session, tree)
            if round_:
                times.append((time.perf_counter() - started) * 1000)
        relatives.append(len(tree["family_members"]))
        counts.append(len(found))

    print(f"{len(children)} children x {args.rounds} rounds, times in ms:")
    print(f"{'':24}{'p50':>8}{'p95':>8}{'max':>8}")
    p50, p95 = _percentiles(times)
    print(f"{'relative_matches':24}{p50:8.1f}{p95:8.1f}{max(times):8.1f}")
    print(f"relatives per child: {', '.join(map(str, relatives))}")
    print(f"matches per child (limit 20): {', '.join(map(str, counts))}")
    print(f"p95 {p95:.0f} ms: {'within' if p95 <= BUDGET_MS else 'OVER'} the 2 s budget")
    db.close()
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
