"""Benchmark: the audit log's chain at a million entries.

    .venv/bin/python bench/audit_bench.py [--entries 1000000] [--plain]

Writes the entries into a new encrypted database (plain with ``--plain``) in chunks, each
with its MAC chained to the one before (``domain/audit.py``, as ``audit.record`` computes
it), then times ``audit verify`` over all of them (target: 5 s at a million), and appending
entries through ``audit.record``: many in one transaction, and one transaction each.
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guardian_desk.domain.audit import GENESIS, entry_mac
from guardian_desk.services import audit
from guardian_desk.services.audit.log import KEY_STATE
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database, open_database

CHUNK = 20_000
ACTIONS = ("case changed", "case created", "cases exported", "filing made", "packet made")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--plain", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="gd-audit-bench-"))
    key = None if args.plain else secrets.token_bytes(32)
    db = open_database(str(work / "audit.sqlite"), key=key, daily_backup=False)
    chain_key = secrets.token_bytes(32)
    with db.unit_of_work() as session:
        repo.set_state_value(session, KEY_STATE, chain_key.hex())
    start = time.perf_counter()
    previous, first = GENESIS, datetime(2026, 1, 1, tzinfo=UTC)
    detail = json.dumps({"changed": {"identity.family_name": {"old→new": ["Karimi", "Karimy"]}}})
    for base in range(0, args.entries, CHUNK):
        rows = []
        for number in range(base + 1, min(base + CHUNK, args.entries) + 1):
            at = first + timedelta(seconds=number)
            entry = {
                "id": number,
                "at": at.isoformat(timespec="microseconds").replace("+00:00", "Z"),
                "actor": f"user{number % 17}",
                "action": ACTIONS[number % len(ACTIONS)],
                "case_id": f"{number % 5000:036d}",
                "detail": detail,
            }
            previous = entry_mac(chain_key, previous, entry)
            rows.append({**entry, "mac": previous})
        with db.unit_of_work() as session:
            session.execute(m.AuditEntry.__table__.insert(), rows)
    written = time.perf_counter() - start
    kind = "plain" if args.plain else "encrypted"
    print(f"wrote {args.entries} chained entries in {written:.1f} s ({kind} file)")

    for _ in range(2):  # the second run with a warm cache
        start = time.perf_counter()
        checked = audit.verify(db)
        took = time.perf_counter() - start
        assert checked.broken is None
        assert checked.entries == args.entries
        print(f"audit verify over {checked.entries} entries: {took:.2f} s (target: 5 s)")

    start = time.perf_counter()
    with db.unit_of_work() as session:
        for _ in range(10_000):
            audit.record(session, "case changed", case_id="x" * 36, detail={"n": 1})
    many = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(500):
        with db.unit_of_work() as session:
            audit.record(session, "case changed", case_id="x" * 36, detail={"n": 1})
    each = time.perf_counter() - start
    print(f"appending: {10_000 / many:.0f} entries/s in one transaction;", end=" ")
    print(f"{each / 500 * 1000:.1f} ms each in a transaction of its own")
    start = time.perf_counter()
    found = audit.entries(db, audit.AuditFilter(actor="user3", limit=200))
    took = (time.perf_counter() - start) * 1000
    print(f"listing the newest 200 entries of one person: {took:.0f} ms ({len(found)} found)")
    _saving(db)
    db.close()
    shutil.rmtree(work, ignore_errors=True)


def _saving(db: Database) -> None:
    """Saving a case (one field changed) with its audit entry, against the same save with the
    entry left out, alternately, on the database that holds the million entries."""
    import copy
    import statistics

    from guardian_desk.services import audit as audit_package
    from guardian_desk.services import cases
    from guardian_desk.services.exchange import demo

    demo.generate(db, 200, seed=5, as_of=datetime(2026, 11, 26).date())
    ids = cases.list_ids(db)[:100]
    real = audit_package.record
    timings: dict[str, list[float]] = {"with the audit entry": [], "without": []}
    for round_ in range(4):
        for label in timings:
            skip = label != "with the audit entry"
            audit_package.record = (lambda *a, **k: 0) if skip else real
            for case_id in ids[round_ * 25 : round_ * 25 + 25]:
                opened = cases.open_case(db, case_id)
                edited = copy.deepcopy(opened.case)
                edited["child"]["family_name"] = f"{label[:4]}{round_}"
                start = time.perf_counter()
                cases.save_case(db, opened, edited)
                timings[label].append((time.perf_counter() - start) * 1000)
    audit_package.record = real
    with_entry = statistics.median(timings["with the audit entry"])
    without = statistics.median(timings["without"])
    print(
        f"saving a case, median: {with_entry:.1f} ms with its audit entry, {without:.1f} ms "
        f"without ({with_entry / without:.2f}x; target 1.1x)"
    )


if __name__ == "__main__":
    main()
