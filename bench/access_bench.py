"""Benchmark: the access policy and the audit log on, against the same work without them,
in one run on one file.

    .venv/bin/python bench/access_bench.py --db PATH [--rounds N]

PATH is a demo database (``search_bench.py --keep`` or ``demo-data`` makes one; 100 000 cases
for the figures in docs/performance.md). The benchmark copies it, so the file is not changed.
On the copy it measures, first with no one signed in (no users: no policy, and the audit
log's actor is the computer's account) and then signed in as each of three roles — a lawyer
(assigned cases), a clerk (the team's cases, some sections hidden) and an administrator (all):

- search p95 (ids, and with the list rows), over the queries of ``search_bench.py``;
- keystroke to list p95: what the case list asks when a letter is typed (the matching ids,
  their count and the first page of rows);
- start to the first page: opening the file, signing in (from the keyring's remembered key,
  as a daily start does; a typed passphrase adds scrypt's ~0.1 s once), counting and reading
  the first page;
- saving a case: opening it and saving one changed field of a proceeding, with its audit
  entry.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from guardian_desk.services import cases, security
from guardian_desk.services.security.users import sign_in_remembered
from guardian_desk.storage.database import Database, open_database

PAGE = 100
ROLES = (("lawyer", "lawyer"), ("clerk", "clerk"), ("admin", "administrator"))


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed(work: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _queries(db: Database) -> list[str]:
    ids = cases.page_ids(db, 0, 3)
    found = cases.summaries(db, ids)
    words = [s.name_latin.split()[0] for s in found] + [s.reference for s in found]
    return [*words, "Ahmad", "Mohammed", "Oleksandr", "Núñez", "محمد", "Коваль", "DEMO-1-0456"]


def _keystroke(db: Database, typed: str) -> None:
    """What the list asks for one letter typed in the search box."""
    ids = cases.search_ids(db, typed, limit=500)
    cases.summaries(db, ids[:PAGE])


def _start(path: Path, remembered: tuple[str, bytes] | None) -> float:
    started = time.perf_counter()
    db = open_database(str(path), check_integrity=False, daily_backup=False)
    if remembered is not None:
        sign_in_remembered(db, *remembered)
    cases.count(db)
    cases.page(db, 0, PAGE)
    took = (time.perf_counter() - started) * 1000
    db.close()
    return took


def _save(db: Database, case_id: str) -> None:
    opened = cases.open_case(db, case_id)
    edited = opened.draft()
    for proceeding in edited.get("proceedings") or []:  # every role measured writes these
        proceeding["forum_name"] = proceeding["forum_name"].removesuffix(" ·") + " ·"
        break
    cases.save_case(db, opened, edited)


def measure(path: Path, rounds: int, remembered: tuple[str, bytes] | None) -> dict[str, float]:
    db = open_database(str(path), check_integrity=False, daily_backup=False)
    if remembered is not None:
        sign_in_remembered(db, *remembered)
    queries = _queries(db)
    for query in queries:  # warm the caches once
        cases.search(db, query)
    search_ids = [t for q in queries for t in _timed(lambda q=q: cases.search_ids(db, q), rounds)]
    search_rows = [t for q in queries for t in _timed(lambda q=q: cases.search(db, q), rounds)]
    letters = [q[: n + 1] for q in queries[:4] for n in range(4)]
    keystrokes = [t for q in letters for t in _timed(lambda q=q: _keystroke(db, q), rounds)]
    case_ids = cases.page_ids(db, 0, 10)
    saves = [t for c in case_ids for t in _timed(lambda c=c: _save(db, c), 2)]
    db.close()
    starts = [_start(path, remembered) for _ in range(5)]
    return {
        "search (ids) p95": _p95(search_ids),
        "search (list rows) p95": _p95(search_rows),
        "keystroke to list p95": _p95(keystrokes),
        "start to first page (median)": statistics.median(starts),
        "save a case p95": _p95(saves),
        "cases in the list": 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gd-access-bench-"))
    path = folder / "access.sqlite"
    shutil.copyfile(args.db, path)
    results: dict[str, dict[str, float]] = {}
    db = open_database(str(path), check_integrity=False, daily_backup=False)
    count_all = cases.count(db)
    db.close()
    results["off"] = measure(path, args.rounds, None)
    results["off"]["cases in the list"] = count_all
    db = open_database(str(path), check_integrity=False, daily_backup=False)
    security.add_demo_users(db)
    slot_keys = {u: bytes.fromhex(k) for u, k in _slot_keys(db).items()}
    db.close()
    for name, _role in ROLES:
        remembered = (name, slot_keys[name])
        results[name] = measure(path, args.rounds, remembered)
        db = open_database(str(path), check_integrity=False, daily_backup=False)
        sign_in_remembered(db, *remembered)
        results[name]["cases in the list"] = cases.count(db)
        db.close()
    labels = list(results["off"])
    print(f"{'ms':32}" + "".join(f"{k:>12}" for k in results))
    for label in labels:
        print(f"{label:32}" + "".join(f"{results[k][label]:12.1f}" for k in results))
    print("ratio to off (p95 and median):")
    for name, _role in ROLES:
        ratios = ", ".join(
            f"{_short(label)} {results[name][label] / results['off'][label]:.2f}x"
            for label in labels[:-1]
        )
        print(f"  {name}: {ratios}")
    shutil.rmtree(folder, ignore_errors=True)


def _short(label: str) -> str:
    return label.split(" p95")[0].split(" (median")[0]


def _slot_keys(db: Database) -> dict[str, str]:
    from sqlalchemy import select

    from guardian_desk.storage import models as m

    with db.reading() as session:
        return dict(session.execute(select(m.User.username, m.User.slot_key)).all())


if __name__ == "__main__":
    main()
