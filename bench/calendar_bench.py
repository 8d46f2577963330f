"""Benchmark: deadlines and the calendar on a large database.

    .venv/bin/python bench/calendar_bench.py --db PATH [--sample 2000]

PATH is a database with many cases (bench/search_bench.py makes one of 100 000). Prints:
- recomputing the rules' deadlines of ``--sample`` cases when nothing changed (what every
  case costs when the rule files change: reading, reconciling, comparing);
- the "this week" panel, the reminders, a month of the calendar (first 3000 events);
- the deadlines due within a week (CLI `deadlines --due-within 7`) and a week as .ics.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from guardian_desk.services import calendar
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import open_database


def _timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"  {label:<52} {(time.perf_counter() - start) * 1000:8.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--sample", type=int, default=2000)
    args = parser.parse_args()
    db = open_database(args.db, daily_backup=False)
    today = date.today()
    with db.reading() as session:
        ids = repo.all_case_ids(session)
        stored = session.execute(text("SELECT count(*) FROM deadlines")).scalar()
    print(f"{len(ids)} cases, {stored} deadlines kept")
    sample = ids[: args.sample]
    changed = _timed(
        f"recompute {len(sample)} cases (nothing to change)",
        lambda: calendar.recompute(db, sample),
    )
    print(f"    cases changed: {changed}")
    week = _timed("this week (overdue and the next 7 days)", lambda: calendar.this_week(db, today))
    print(f"    overdue listed: {len(week.overdue)}, coming listed: {len(week.coming)}")
    found = _timed(
        "reminders (lead times 1, 7, 14 days)",
        lambda: calendar.reminders(db, today, (1, 7, 14)),
    )
    print(f"    reminders: {len(found)}")
    first = today.replace(day=1)
    month = _timed(
        "calendar month (first 3000 events)",
        lambda: calendar.events(db, first, first + timedelta(days=30), limit=3000),
    )
    print(f"    events: {len(month)}")
    due = _timed(
        "open deadlines due within 7 days (CLI deadlines)",
        lambda: calendar.stored_deadlines(db, due_until=today + timedelta(days=7)),
    )
    print(f"    deadlines: {len(due)}")
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "week.ics"
        written = _timed(
            "a week of every case as .ics",
            lambda: calendar.export_ics(db, target, today, today + timedelta(days=6)),
        )
        print(f"    events: {written}, file: {target.stat().st_size / 1024:.0f} KiB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MiB")
    db.close()


if __name__ == "__main__":
    main()
