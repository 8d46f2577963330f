"""The tools of the fault-injection suites: run the program as a user does, kill it, fill its
disk, make its folder read-only, hold its locks, damage its bytes, and then look at what is
left with SQLite's own eyes.

Nothing here belongs to the program: these helpers read the database with ``sqlite3`` directly
so that a fault in the program's own reading cannot hide a fault in its writing.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = os.name == "posix" and os.geteuid() == 0
# Words that must never reach a person's screen: a traceback, SQL, its parameters.
LEAKS = ("Traceback", "sqlalchemy", "[SQL", "parameters", "sqlite3.", 'File "')
PARTIAL = ".gd-partial-"


# --- running the program ----------------------------------------------------------------------


def command(*args: str, db: Path | None = None) -> list[str]:
    """The command line of ``python -m guardian_desk`` with ``--db`` first when given."""
    line = [sys.executable, "-m", "guardian_desk"]
    if db is not None:
        line += ["--db", str(db)]
    return [*line, *args]


def gd(
    *args: str, db: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the program to its end, as a separate process, and return what it said."""
    return subprocess.run(
        command(*args, db=db), capture_output=True, text=True, timeout=timeout, check=False
    )


def python(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run a few lines of Python that use the program's modules, as a separate process."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=False
    )


# A slow disk: every fsync of Python's takes 0.4 s, so that a kill "while it writes" lands
# while a file is half-way to its place (SQLite's own syncs are not slowed).
_SLOW_DISK = (
    "import os, sys, time\n"
    "_fsync = os.fsync\n"
    "def _slow(fd):\n"
    "    time.sleep(0.4)\n"
    "    return _fsync(fd)\n"
    "os.fsync = _slow\n"
)
_MAIN = "from guardian_desk.cli import main\nsys.exit(main(sys.argv[1:]))\n"


def on_a_slow_disk(line: Sequence[str]) -> list[str]:
    """The same command line (``-m guardian_desk ...`` or ``-c CODE ...``) on a slow disk."""
    if line[1] == "-m":
        return [line[0], "-c", _SLOW_DISK + _MAIN, *line[3:]]
    assert line[1] == "-c"
    return [line[0], "-c", _SLOW_DISK + line[2], *line[3:]]


@dataclass(frozen=True)
class Killed:
    """What a run killed with SIGKILL at ``moment`` seconds left behind."""

    moment: float
    finished: bool  # the command ended on its own before the kill came
    returncode: int | None


def timed(
    line: Sequence[str], trigger: Callable[[], bool] | None = None
) -> tuple[float, subprocess.CompletedProcess[str], float | None]:
    """Run a command to its end: how long it took, what it said, and when ``trigger`` (a sign
    that it has begun to write) first held, in seconds from its start."""
    start = time.monotonic()
    process = subprocess.Popen(
        list(line), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    seen: float | None = None
    while trigger is not None and seen is None and process.poll() is None:
        if trigger():
            seen = time.monotonic() - start
        time.sleep(0.005)
    out, err = process.communicate(timeout=300)
    span = time.monotonic() - start
    done = subprocess.CompletedProcess(list(line), process.returncode, out, err)
    return span, done, seen


def kill_at(
    line: Sequence[str], moment: float, trigger: Callable[[], bool] | None = None
) -> Killed:
    """Start a command and kill it with SIGKILL (no clean-up possible) ``moment`` s later;
    with ``trigger``, ``moment`` s after the trigger first holds."""
    process = subprocess.Popen(
        list(line), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    while trigger is not None and process.poll() is None and not trigger():
        time.sleep(0.002)
    try:
        process.wait(timeout=moment)
        return Killed(moment, True, process.returncode)
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return Killed(moment, False, process.returncode)


# --- the clear message ------------------------------------------------------------------------


def private_words(db: Path) -> list[str]:
    """What of a database's contents must never be printed by an error: children's full
    names, family names, and case references."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        names = conn.execute("SELECT given_names, family_name FROM children").fetchall()
        references = [r[0] for r in conn.execute("SELECT reference FROM cases")]
    words = [f"{given} {family}" for given, family in names if given and family]
    words += [family for _, family in names if family and len(family) >= 5]
    return words + references


def assert_one_clear_message(
    stderr: str, *must: str, private: Sequence[str] = (), any_of: Sequence[str] = ()
) -> None:
    """A person reads one plain sentence: no traceback, no SQL, no one's data.

    ``must``: texts that must all appear; ``any_of``: at least one of these must appear.
    """
    text = stderr.strip()
    assert text, "the program said nothing"
    for leak in LEAKS:
        assert leak not in text, f"{leak!r} in the message:\n{text}"
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) <= 3, f"more than one message:\n{text}"
    for word in must:
        assert word.lower() in text.lower(), f"{word!r} not in the message:\n{text}"
    if any_of:
        assert any(w.lower() in text.lower() for w in any_of), f"none of {any_of}:\n{text}"
    for word in private:
        assert not re.search(rf"\b{re.escape(word)}\b", text), f"{word!r} was printed:\n{text}"


# --- what is in a database --------------------------------------------------------------------


def integrity(path: Path) -> str:
    """SQLite's full integrity check of a file ("ok" when sound)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    return "; ".join(r[0] for r in rows[:5])


def tables(conn: sqlite3.Connection) -> list[str]:
    """The program's own tables (not SQLite's, not the full-text index's shadow tables)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' ORDER BY name"
        )
    ]


Snapshot = dict[str, frozenset[tuple[object, ...]]]


def snapshot(path: Path) -> Snapshot:
    """Every row of every table, as SQLite reads it (read-only: not a byte is written)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {
            table: frozenset(tuple(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
            for table in tables(conn)
        }


def counts(shot: Snapshot) -> dict[str, int]:
    return {table: len(rows) for table, rows in shot.items()}


def keys(shot: Snapshot, table: str) -> frozenset[object]:
    """The primary keys (first column: the id) of a table's rows."""
    return frozenset(row[0] for row in shot[table])


def case_digest(shot: Snapshot) -> str:
    """SHA-256 of the cases' ids and references, sorted: what a lost case would change."""
    pairs = sorted((str(r[0]), str(r[1])) for r in shot["cases"])
    return hashlib.sha256(json.dumps(pairs).encode()).hexdigest()


def assert_kept(before: Snapshot, after: Snapshot) -> None:
    """Every row committed before is still there, unchanged, in every table."""
    assert case_digest({"cases": after["cases"] & before["cases"]}) == case_digest(before)
    for table, rows in before.items():
        lost = rows - after.get(table, frozenset())
        assert not lost, f"{len(lost)} committed row(s) of {table} lost or changed"


def assert_opens(path: Path) -> None:
    """The program opens the database (its own checks included) and SQLite finds it sound."""
    from guardian_desk.storage.database import open_database

    database = open_database(str(path), daily_backup=False)
    database.close()
    assert integrity(path) == "ok"


def file_digest(path: Path) -> str:
    """SHA-256 of a database file and of its write-ahead log, if any."""
    h = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            h.update(part.read_bytes())
    return h.hexdigest()


def partials(folder: Path) -> list[Path]:
    """Temporary files of a write that did not finish, left in ``folder``."""
    return sorted(folder.glob(f"{PARTIAL}*")) if folder.is_dir() else []


def copy_database(source: Path, folder: Path, name: str = "cases.sqlite") -> Path:
    """A copy of a closed database file and of its backup folder (so no backup is due)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    backups = source.with_name(source.name + "-backups")
    if backups.is_dir():
        stem_old, stem_new = source.stem, target.stem
        destination = target.with_name(target.name + "-backups")
        destination.mkdir(exist_ok=True)
        for backup in backups.glob(f"{stem_old}-*.sqlite"):
            fresh = destination / backup.name.replace(stem_old, stem_new, 1)
            shutil.copyfile(backup, fresh)
    return target


def valid_pdf(path: Path) -> bool:
    """Whether a PDF is complete: pypdf reads every page of it."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path), strict=True)
        return len(reader.pages) > 0 and all(p.extract_text() is not None for p in reader.pages)
    except Exception:
        return False


def valid_exchange(path: Path) -> dict[str, object] | None:
    """The exchange document in ``path`` if it is complete JSON of the right format."""
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or "cases" not in document:
        return None
    return document


# --- the disk: full, read-only ----------------------------------------------------------------


def mount_works() -> str | None:
    """None when this machine lets the tests mount a tmpfs; else why not."""
    if not ROOT or not shutil.which("mount"):
        return "mounting a small disk needs root and mount(8)"
    probe = Path(tempfile.mkdtemp(prefix="gd-mount-probe-"))
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            return f"mount -t tmpfs failed: {done.stderr.strip()[:200]}"
        subprocess.run(["umount", str(probe)], check=False)
        return None
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"mount {' '.join(args)} failed: {done.stderr.strip()[:200]}")


def _umount(where: Path) -> None:
    for _ in range(20):
        if subprocess.run(["umount", str(where)], capture_output=True, check=False).returncode == 0:
            return
        time.sleep(0.1)
    subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


@contextlib.contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` (skipped with the reason if it cannot be)."""
    reason = mount_works()
    if reason:
        pytest.skip(reason)
    where.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
    try:
        yield where
    finally:
        _umount(where)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until about ``leave`` bytes are free; returns the filler file."""
    filler = disk / "filler.bin"
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with filler.open("wb") as handle:
        chunk = b"\0" * 65536
        remaining = max(free - leave, 0)
        while remaining > 0:
            piece = chunk[: min(len(chunk), remaining)]
            try:
                handle.write(piece)
                handle.flush()
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
            remaining -= len(piece)
    return filler


def free_bytes(disk: Path) -> int:
    stat = os.statvfs(disk)
    return stat.f_bavail * stat.f_frsize


@contextlib.contextmanager
def read_only(where: Path) -> Iterator[Path]:
    """``where`` (a folder or a file) made read-only for everyone, root included, by a
    read-only bind mount of it onto itself (skipped with the reason if it cannot be)."""
    reason = mount_works()
    if reason:
        pytest.skip(reason)
    _mount("--bind", str(where), str(where))
    try:
        done = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(where)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"a read-only bind mount failed: {done.stderr.strip()[:200]}")
        yield where
    finally:
        _umount(where)


# --- locks --------------------------------------------------------------------------------------


@contextlib.contextmanager
def sleeper() -> Iterator[subprocess.Popen[bytes]]:
    """A live process that does nothing (its pid stands for a running window)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        yield process
    finally:
        process.kill()
        process.wait(timeout=30)


def dead_pid() -> int:
    """The pid of a process that has ended (and was reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait(timeout=30)
    return process.pid


def write_qlockfile(db: Path, pid: int, host: str | None = None) -> Path:
    """The window's instance lock on ``db`` as Qt's QLockFile writes it."""
    import socket

    lock = Path(f"{db}.lock")
    lock.write_text(f"{pid}\nguardian-desk\n{host or socket.gethostname()}\n", encoding="utf-8")
    return lock


@contextlib.contextmanager
def write_transaction(db: Path, seconds: float = 600) -> Iterator[subprocess.Popen[str]]:
    """Another process holds a write transaction (BEGIN IMMEDIATE) open on ``db``."""
    code = (
        "import sqlite3, sys, time\n"
        f"conn = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "print('held', flush=True)\n"
        f"time.sleep({seconds})\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "held", process.stderr.read() if process.stderr else ""
        yield process
    finally:
        process.kill()
        process.wait(timeout=30)


# --- damaged bytes ------------------------------------------------------------------------------


def pages_of(path: Path, table: str, kind: str) -> list[int]:
    """Page numbers of a table's (or index's) b-tree pages of a kind: leaf or internal."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
                (table, kind),
            )
        ]


def page_size(path: Path) -> int:
    with path.open("rb") as handle:
        header = handle.read(100)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def flip_cells(path: Path, page: int, length: int = 48) -> None:
    """Invert ``length`` bytes in the middle of the cells of a b-tree page (its data)."""
    size = page_size(path)
    start = (page - 1) * size
    with path.open("r+b") as handle:
        handle.seek(start + (100 if page == 1 else 0))
        header = handle.read(12)
        content = int.from_bytes(header[5:7], "big") or 65536
        middle = start + (content + size) // 2 - length // 2
        handle.seek(middle)
        data = handle.read(length)
        handle.seek(middle)
        handle.write(bytes(b ^ 0xFF for b in data))


def flip_header(path: Path, page: int) -> None:
    """Scramble a b-tree page's own header (its kind, cell count and pointers)."""
    size = page_size(path)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        data = handle.read(16)
        handle.seek((page - 1) * size)
        handle.write(bytes(b ^ 0xA5 for b in data))


def zero_page(path: Path, page: int) -> None:
    size = page_size(path)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\0" * size)
