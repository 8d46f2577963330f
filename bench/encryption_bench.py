"""Benchmark: an encrypted database against the same data in a plain file, in one run.

    .venv/bin/python bench/encryption_bench.py --plain PATH [--rounds 15] [--sample 2000]

PATH is a plain database (``bench/search_bench.py --keep`` makes one of 100 000 cases). The
bench copies it, encrypts the copy in place as ``guardian-desk keys encrypt`` does, and then
measures on both files, alternately: opening to the case list's first page, search p95 (ids,
and the list's rows: what a keystroke in the search box waits for), recomputing the
deadlines of a sample of cases, and the import throughput of demo cases into a new file. It
also times unlocking a database from the keyring (an in-memory keyring here: the bench
machine has none), unlocking a locked window's database with the recovery key (scrypt, then
the first page read), and giving the encrypted copy a new key as ``keys rekey`` does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

from guardian_desk.services import calendar, cases
from guardian_desk.services.exchange import demo
from guardian_desk.services.security import keys
from guardian_desk.services.security.encrypting import encrypt
from guardian_desk.services.security.rekeying import rekey
from guardian_desk.storage.database import Database, open_database

QUERIES = ("Ahmad", "Mohammed", "Oleksandr", "Núñez", "محمد", "ዳዊት", "Коваль", "DEMO-1-0456")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed(work: Callable[[], object], rounds: int) -> list[float]:
    found = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        found.append((time.perf_counter() - start) * 1000)
    return found


def _open(path: Path, key: bytes | None) -> Database:
    return open_database(str(path), key=key, daily_backup=False)


def _first_page(path: Path, key: bytes | None) -> None:
    db = _open(path, key)
    cases.count(db)
    cases.page(db, 0, 60)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plain", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--import-cases", type=int, default=2000)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="gd-encryption-bench-"))
    plain = work / "plain.sqlite"
    shutil.copyfile(args.plain, plain)
    encrypted = work / "encrypted.sqlite"
    shutil.copyfile(args.plain, encrypted)
    start = time.perf_counter()
    done = encrypt(encrypted)
    assert done.new_keys is not None
    key = done.new_keys.key
    size = os.path.getsize
    print(
        f"encrypting a copy in place: {time.perf_counter() - start:.1f} s; "
        f"{size(plain) / 2**20:.0f} MiB plain, {size(encrypted) / 2**20:.0f} MiB encrypted"
    )
    files = {"plain": (plain, None), "encrypted": (encrypted, key)}
    results: dict[str, dict[str, float]] = {name: {} for name in files}

    for path, k in files.values():  # warm both caches alike
        _first_page(path, k)
    for name, (path, k) in files.items():
        results[name]["open to first page p50"] = statistics.median(
            _timed(lambda p=path, kk=k: _first_page(p, kk), args.rounds)
        )
    for name, (path, k) in files.items():
        db = _open(path, k)
        ids, rows = [], []
        for _ in range(args.rounds):
            for text in QUERIES:
                ids += _timed(lambda d=db, t=text: cases.search_ids(d, t), 1)
                rows += _timed(lambda d=db, t=text: cases.search(d, t, 50), 1)
        results[name]["search ids p95"] = _p95(ids)
        results[name]["search list rows p95"] = _p95(rows)
        sample = cases.list_ids(db)[: args.sample]
        start = time.perf_counter()
        calendar.recompute(db, sample)
        results[name][f"recompute deadlines of {len(sample)} cases"] = (
            time.perf_counter() - start
        ) * 1000
        db.close()
    for name, (_, k) in files.items():
        target = work / f"import-{name}.sqlite"
        db = open_database(str(target), key=k)
        start = time.perf_counter()
        demo.generate(db, args.import_cases, seed=9, as_of=date(2026, 11, 26))
        seconds = time.perf_counter() - start
        db.close()
        results[name]["import, cases per second"] = args.import_cases / seconds
    unlock = _timed(lambda: keys.unlock(encrypted), args.rounds)
    recovery_key = done.new_keys.recovery_key
    db = _open(encrypted, key)
    locked: list[float] = []
    for _ in range(5):
        db.lock()
        start = time.perf_counter()
        db.unlock(keys.key_from_recovery_key(encrypted, recovery_key))
        cases.page(db, 0, 60)
        locked.append((time.perf_counter() - start) * 1000)
    db.close()
    start = time.perf_counter()
    rekeyed = rekey(encrypted, lambda _shown: None)
    rekey_seconds = time.perf_counter() - start
    assert rekeyed.recovery_key

    print(f"{'':42} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
    for measure in results["plain"]:
        a, b = results["plain"][measure], results["encrypted"][measure]
        ratio = a / b if "per second" in measure else b / a
        unit = "" if "per second" in measure else " ms"
        print(f"{measure:42} {a:>9.1f}{unit:3} {b:>9.1f}{unit:3} {ratio:>6.2f}x")
    took = statistics.median(unlock)
    print(f"unlocking from the keyring (key file, keyring, check): p50 {took:.1f} ms")
    print(
        "unlocking a locked window with the recovery key, to its first page: "
        f"p50 {statistics.median(locked):.0f} ms"
    )
    print(f"keys rekey (backup, verified copy under a new key, backup): {rekey_seconds:.1f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
