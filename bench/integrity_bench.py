"""Benchmark: what checking a database for damage costs, at scale.

    .venv/bin/python bench/integrity_bench.py [--cases 100000] [--db PATH] [--runs 3]

Generates the cases (unless ``--db`` names an existing file), then times, warm (the file in
the page cache) and cold where the machine lets the cache be dropped:

- the check every open runs (``refuse_damaged``: the file's length, SQLite's quick check of
  the schema and the integrity check, rows against their indexes, of ``cases`` and
  ``children``);
- the check before a bulk write from the command line (``refuse_damaged(whole=True)``: the
  same and the quick check of the whole file);
- ``PRAGMA quick_check`` and ``PRAGMA integrity_check`` of the whole file;
- ``guardian-desk check`` (every case read back, every attachment's SHA-256).
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from guardian_desk.services import maintenance
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import open_database, refuse_damaged


def _drop_caches() -> bool:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    return False


def _pragma(path: Path, pragma: str) -> Callable[[], None]:
    def run() -> None:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            found = conn.execute(pragma).fetchall()
            assert found == [("ok",)], found

    return run


def _timed(run: Callable[[], object], runs: int) -> tuple[float, float | None]:
    cold = None
    if _drop_caches():
        start = time.perf_counter()
        run()
        cold = time.perf_counter() - start
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), cold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gd-integrity-bench-"))
    path = args.db or folder / "bench.sqlite"
    if not path.exists():
        db = open_database(str(path), daily_backup=False)
        start = time.perf_counter()
        demo.generate(db, args.cases, seed=1, as_of=date(2026, 11, 26))
        db.close()
        print(f"generated {args.cases} cases in {time.perf_counter() - start:.0f} s")
    size = path.stat().st_size / 2**30
    with contextlib.closing(sqlite3.connect(path)) as conn:
        count = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    print(f"database: {count} cases, {size:.2f} GiB")

    def whole_check() -> None:
        db = open_database(str(path), check_integrity=False, daily_backup=False)
        try:
            report = maintenance.check(db)
            assert report.ok, report
        finally:
            db.close()

    checks: list[tuple[str, Callable[[], object]]] = [
        (
            "every open: length, schema, integrity check of cases and children",
            lambda: refuse_damaged(path),
        ),
        (
            "before a bulk write: the same and the quick check of the whole file",
            lambda: refuse_damaged(path, whole=True),
        ),
        ("PRAGMA quick_check, whole file", _pragma(path, "PRAGMA quick_check")),
        ("PRAGMA integrity_check, whole file", _pragma(path, "PRAGMA integrity_check")),
        ("guardian-desk check (every case read, attachments hashed)", whole_check),
    ]
    for name, run in checks:
        warm, cold = _timed(run, args.runs if "guardian-desk" not in name else 1)
        cold_words = f", cold {cold:.2f} s" if cold is not None else ""
        print(f"{name}: warm {warm:.2f} s{cold_words}")


if __name__ == "__main__":
    main()
