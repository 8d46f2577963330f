"""Benchmark: demo data at scale and search latency, against a raw FTS5 query.

    .venv/bin/python bench/search_bench.py [--cases 100000] [--db PATH] [--keep]

Generates the cases (reporting time and database size), then runs 20 typical queries many
times each through Guardian Desk's search (ids only, and with the list summaries) and as a
raw FTS5 query on the same file in the same run, and prints p50/p95 for each.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from guardian_desk.services import cases, exchange
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import open_database
from guardian_desk.storage.repositories import fts_query

SEED = 1
ROUNDS = 15


def _queries(db_path: Path) -> list[str]:
    """20 typical queries, taken from the generated data itself."""
    db = open_database(str(db_path))
    sample = exchange.export_document(db, [f"DEMO-{SEED}-{n:06d}" for n in (7, 1234, 45678)])
    db.close()
    a, b, c = sample["cases"]
    return [
        a["child"]["given_names"],
        a["child"]["family_name"],
        f"{b['child']['given_names']} {b['child']['family_name']}",
        b["child"]["family_name_native"],
        c["child"]["given_names_native"],
        c["child"]["given_names"][:3],
        "Ahmad",
        "Aḥmad",
        "Mohammed",
        "Oleksandr",
        "Núñez",
        "محمد",
        "ዳዊት",
        "Коваль",
        a["reference"],
        f"DEMO-{SEED}-0456",
        a["proceedings"][0]["reference"],
        b["documents"][0]["number"],
        c["child"]["aliases"][0]["name"] if c["child"]["aliases"] else "Fatma",
        "'; DROP TABLE cases; --",
    ]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gd-bench-"))
    path = args.db or folder / "bench.sqlite"
    if not path.exists():
        db = open_database(str(path))
        started = time.perf_counter()
        demo.generate(db, args.cases, seed=SEED, as_of=date(2026, 11, 26))
        took = time.perf_counter() - started
        db.close()
        print(f"generated {args.cases} cases in {took:.1f} s ({args.cases / took:.0f} cases/s)")
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    print(f"database size: {size / 1024**2:.1f} MiB ({path})")

    queries = _queries(path)
    db = open_database(str(path))
    raw = sqlite3.connect(path)
    raw_sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50"
    ours_ids: list[float] = []
    ours_full: list[float] = []
    raw_times: list[float] = []
    for query in queries:  # warm caches once
        cases.search(db, query)
    for _ in range(ROUNDS):
        for query in queries:
            t0 = time.perf_counter()
            cases.search_ids(db, query)
            t1 = time.perf_counter()
            cases.search(db, query)
            t2 = time.perf_counter()
            match = fts_query(query)
            if match:
                raw.execute(raw_sql, (match,)).fetchall()
            t3 = time.perf_counter()
            ours_ids.append((t1 - t0) * 1000)
            ours_full.append((t2 - t1) * 1000)
            raw_times.append((t3 - t2) * 1000)
    print(f"{len(queries)} queries x {ROUNDS} rounds, times in ms:")
    print(f"{'':32}{'p50':>8}{'p95':>8}")
    for label, samples in (
        ("raw FTS5 query", raw_times),
        ("search (ids)", ours_ids),
        ("search (list rows)", ours_full),
    ):
        p50, p95 = _percentiles(samples)
        print(f"{label:32}{p50:8.2f}{p95:8.2f}")
    _, raw95 = _percentiles(raw_times)
    _, ids95 = _percentiles(ours_ids)
    _, full95 = _percentiles(ours_full)
    print(f"p95 ratio to raw: ids {ids95 / raw95:.2f}x, list rows {full95 / raw95:.2f}x")
    db.close()


if __name__ == "__main__":
    main()
