"""Benchmark: every shipped report over many cases, counted, protected and charted.

    .venv/bin/python bench/reports_bench.py [--db PATH] [--cases 100000] [--rounds 3]

Without ``--db``, a demo database of ``--cases`` cases (seed 1, built around 26 November
2026) is generated once at ``/tmp/bench-reports/reports-<cases>.sqlite`` and kept for the
next run. For each report of ``resources/reports``, over the year 2026: the snapshot (every
table counted in SQL and protected as one) and every chart drawn (matplotlib, to PDF in
memory, as the printed report does), ``--rounds`` times after one warm-up. Printed: each
report's median and worst time, split into counting with protection and charts, and how
many numbers were hidden. Target (issue 20): 2 s per report over 100 000 cases. A database
made by an older version first has its hearings' week-before checks filled in (timed).
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import date
from pathlib import Path

from guardian_desk.domain.disclosure import Status
from guardian_desk.services import documents
from guardian_desk.services.exchange import demo
from guardian_desk.services.reports import figure, load_reports, make_snapshot
from guardian_desk.storage.database import open_database

AS_OF = date(2026, 11, 26)
FIRST, LAST = date(2026, 1, 1), date(2026, 12, 31)
BUDGET_S = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    path = args.db or Path("/tmp/bench-reports") / f"reports-{args.cases}.sqlite"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        db = open_database(str(path))
        started = time.perf_counter()
        demo.generate(db, args.cases, seed=1, as_of=AS_OF)
        print(f"generated {args.cases} cases in {time.perf_counter() - started:.0f} s")
        db.close()
    db = open_database(str(path))
    started = time.perf_counter()
    filled = documents.fill_file_checks(db, today=AS_OF)  # a database of an older version
    if filled:
        took = time.perf_counter() - started
        print(f"week-before checks of {filled} cases filled in {took:.0f} s")
    print(f"{path}: reports for {FIRST} to {LAST}, {args.rounds} rounds after a warm-up")
    print(
        f"{'report':<14}{'tables':>7}{'hidden':>8}{'count+protect':>15}{'charts':>9}"
        f"{'median':>9}{'worst':>9}"
    )
    worst_all = 0.0
    for report_id in sorted(load_reports().reports):
        counting: list[float] = []
        charting: list[float] = []
        hidden = tables = 0
        for round_ in range(args.rounds + 1):
            started = time.perf_counter()
            snapshot = make_snapshot(db, report_id, FIRST, LAST, today=AS_OF)
            counted = time.perf_counter()
            for table in snapshot.tables:
                drawn = figure(table)
                if drawn is not None:
                    drawn.savefig(io.BytesIO(), format="pdf")
            charted = time.perf_counter()
            if round_:
                counting.append(counted - started)
                charting.append(charted - counted)
            tables = len(snapshot.tables)
            hidden = sum(
                c.status is not Status.SHOWN for t in snapshot.tables for c in t.cells.values()
            )
        totals = [a + b for a, b in zip(counting, charting, strict=True)]
        worst_all = max(worst_all, max(totals))
        print(
            f"{report_id:<14}{tables:>7}{hidden:>8}{statistics.median(counting):>14.2f}s"
            f"{statistics.median(charting):>8.2f}s{statistics.median(totals):>8.2f}s"
            f"{max(totals):>8.2f}s"
        )
    verdict = "within" if worst_all <= BUDGET_S else "OVER"
    print(f"worst report {worst_all:.2f} s: {verdict} the {BUDGET_S:.0f} s budget")
    db.close()


if __name__ == "__main__":
    main()
