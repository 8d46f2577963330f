"""A full disk and a read-only one: one clear sentence, exit 1, the database as it was, and no
part of a file left behind.

Where the machine allows it (root, ``mount -t tmpfs``) the disk is real: a small tmpfs holds
the database and the output folder and is filled to within a few pages. Everywhere, the same
failures are also injected in the process (``OSError(ENOSPC)`` from the file calls, SQLite's
own "database or disk is full" through ``max_page_count``), so the suite runs on any machine.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from guardian_desk import cli
from tests.reliability.faults import (
    ROOT,
    assert_one_clear_message,
    assert_opens,
    command,
    copy_database,
    fill,
    integrity,
    partials,
    private_words,
    read_only,
    small_disk,
    snapshot,
    valid_exchange,
    valid_pdf,
)

AS_OF = date(2026, 11, 26)
FULL = ("disk is full",)
READ_ONLY = ("read-only", "may not be written")
BACKUP_CODE = (
    "import sys; from pathlib import Path\n"
    "from guardian_desk.errors import GuardianDeskError\n"
    "from guardian_desk.storage.database import backup_sqlite\n"
    "try:\n"
    "    print(backup_sqlite(Path(sys.argv[1]), 'manual'))\n"
    "except GuardianDeskError as exc:\n"
    "    print(exc, file=sys.stderr); raise SystemExit(1)\n"
)


@pytest.fixture(scope="module")
def small(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template's 60 demo cases with today's verified backup (no backup is due)."""
    from guardian_desk.storage.database import backup_sqlite

    db = copy_database(demo_template, tmp_path_factory.mktemp("disk-small"))
    backup_sqlite(db, "manual")
    return db


@pytest.fixture(scope="module")
def other_cases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An exchange file of 40 demo cases of another seed (they import into ``small``)."""
    from guardian_desk.services import exchange
    from guardian_desk.services.exchange import demo
    from guardian_desk.storage.database import open_database

    folder = tmp_path_factory.mktemp("disk-exchange")
    database = open_database(str(folder / "other.sqlite"), daily_backup=False)
    demo.generate(database, 40, seed=12, as_of=AS_OF)
    exchange.export_to_file(database, folder / "other.json")
    database.close()
    return folder / "other.json"


def _hearing(db: Path) -> tuple[str, str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        row = conn.execute(
            "SELECT c.reference, h.id FROM cases c JOIN proceedings p ON p.case_id = c.id "
            "JOIN hearings h ON h.proceeding_id = p.id WHERE h.outcome = 'scheduled' "
            "ORDER BY c.reference LIMIT 1"
        ).fetchone()
    return str(row[0]), str(row[1])


def _arguments(name: str, db: Path, out: Path, exchange_file: Path) -> list[str]:
    """The command line (after ``--db``) of a writing command, its output in ``out``."""
    reference, hearing = _hearing(db)
    return {
        "import": ["import", str(exchange_file)],
        "demo-data": ["demo-data", "--cases", "300", "--seed", "2", "--as-of", AS_OF.isoformat()],
        "export": ["export", "--unencrypted", "-o", str(out / "export.json")],
        "filing": [
            "filing",
            "--case",
            reference,
            "--form",
            "notice-of-hearing",
            "--hearing",
            hearing,
            "--format",
            "pdf",
            "-o",
            str(out / "notice.pdf"),
        ],
    }[name]


def _backups(db: Path) -> list[Path]:
    from guardian_desk.storage.database import verified_backups

    found = verified_backups(db)
    for backup in found:
        assert integrity(backup) == "ok", f"{backup.name} counts as a backup but is not sound"
    return found


def _assert_nothing_changed(
    db: Path, before: dict[str, Any], backups: list[Path], out: Path | None
) -> None:
    assert_opens(db)
    assert snapshot(db) == before, "the database's content changed"
    assert _backups(db) == backups, "the backups changed"
    assert not partials(db.with_name(db.name + "-backups")), "a partial backup was left"
    if out is not None:
        leftovers = [p.name for p in out.iterdir()] if out.is_dir() else []
        assert not leftovers, f"a file was left in the output folder: {leftovers}"


# --- a real full disk ---------------------------------------------------------------------------

DISK_COMMANDS = ["import", "demo-data", "export", "filing", "backup"]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", "8m") as disk:
        yield disk


@pytest.mark.fault
@pytest.mark.slow
@pytest.mark.parametrize("name", DISK_COMMANDS)
def test_full_disk_says_so_and_changes_nothing(
    name: str, small: Path, other_cases: Path, full_disk: Path
) -> None:
    db = copy_database(small, full_disk / "data")
    out = full_disk / "out"
    out.mkdir()
    private = private_words(db)
    before, backups = snapshot(db), _backups(db)
    line = (
        [command()[0], "-c", BACKUP_CODE, str(db)]
        if name == "backup"
        else command(*_arguments(name, db, out, other_cases), db=db)
    )
    filler = fill(full_disk, leave=40 * 1024)
    result = subprocess.run(line, capture_output=True, text=True, timeout=120, check=False)
    where = f"{name} on a full disk"
    assert result.returncode == 1, f"{where}: exit {result.returncode}\n{result.stderr}"
    assert_one_clear_message(result.stderr, any_of=FULL, private=private)
    filler.unlink()  # what is left must be sound once there is room again
    _assert_nothing_changed(db, before, backups, out)


# --- the same failures, injected in the process ---------------------------------------------------


class _FullDiskFile:
    """A file whose disk fills after ``room`` bytes: it writes what fits, then ENOSPC."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            self._handle.write(data[: self._room])
            self._handle.flush()
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        written: int = self._handle.write(data)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDiskFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _enospc(*_args: object, **_kwargs: object) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _half_written(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _FullDiskFile(real(fd, *args, **kwargs), room=4096)

    monkeypatch.setattr(os, "fdopen", fdopen)


def _sqlite_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's own SQLITE_FULL: the file may not grow by a page (max_page_count)."""
    from guardian_desk.storage import database

    real = database._set_sqlite_pragmas

    def pragmas(connection: Any, record: Any) -> None:
        real(connection, record)
        cursor = connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        cursor.close()

    monkeypatch.setattr(database, "_set_sqlite_pragmas", pragmas)


INJECTED: list[tuple[str, str, Callable[[pytest.MonkeyPatch], None]]] = [
    ("export", "write-half", _half_written),
    ("export", "fsync", lambda mp: mp.setattr(os, "fsync", _enospc)),
    ("export", "rename", lambda mp: mp.setattr(os, "replace", _enospc)),
    ("export", "create", lambda mp: mp.setattr(tempfile, "mkstemp", _enospc)),
    ("filing", "write-half", _half_written),
    ("filing", "fsync", lambda mp: mp.setattr(os, "fsync", _enospc)),
    ("filing", "rename", lambda mp: mp.setattr(os, "replace", _enospc)),
    ("import", "sqlite-full", _sqlite_full),
    ("demo-data", "sqlite-full", _sqlite_full),
    ("filing", "sqlite-full", _sqlite_full),
]


@pytest.mark.fault
@pytest.mark.parametrize(
    ("name", "where", "inject"), INJECTED, ids=[f"{n}-{w}" for n, w, _ in INJECTED]
)
def test_injected_full_disk_says_so_and_changes_nothing(
    name: str,
    where: str,
    inject: Callable[[pytest.MonkeyPatch], None],
    small: Path,
    other_cases: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = copy_database(small, tmp_path / "data")
    out = tmp_path / "out"
    out.mkdir()
    private = private_words(db)
    before, backups = snapshot(db), _backups(db)
    argv = ["--db", str(db), *_arguments(name, db, out, other_cases)]
    with monkeypatch.context() as patched:
        inject(patched)
        code = cli.main(argv)
    said = capsys.readouterr()
    assert code == 1, f"{name}, disk full at {where}: exit {code}\n{said.err}"
    assert_one_clear_message(said.err, any_of=FULL, private=private)
    left = out / "notice.pdf"
    if name == "filing" and where == "sqlite-full" and left.exists():
        # the file was written whole before the case could record it: then say so, not
        # "nothing was saved" (or take the file away again)
        assert valid_pdf(left)
        assert "nothing was saved" not in said.err.lower(), (
            f"notice.pdf was written and left, not recorded in the case, yet: {said.err}"
        )
        left.unlink()
    _assert_nothing_changed(db, before, backups, out)


@pytest.mark.fault
@pytest.mark.parametrize("where", ["fsync", "rename", "sqlite-write"])
def test_injected_full_disk_during_a_backup_leaves_no_backup(
    where: str, small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desk.errors import GuardianDeskError
    from guardian_desk.storage import database

    db = copy_database(small, tmp_path / "data")
    before, backups = snapshot(db), _backups(db)
    real_connect = database.sqlcipher.connect

    def full_copy(target: Any, *args: Any, **kwargs: Any) -> Any:
        conn = real_connect(target, *args, **kwargs)
        if Path(str(target)).name.startswith(".gd-partial-"):
            conn.execute("PRAGMA max_page_count = 2")  # the copy may not grow: SQLITE_FULL
        return conn

    with monkeypatch.context() as patched:
        if where == "fsync":
            patched.setattr(os, "fsync", _enospc)
        elif where == "rename":
            patched.setattr(os, "replace", _enospc)
        else:
            patched.setattr(database.sqlcipher, "connect", full_copy)
        with pytest.raises(GuardianDeskError) as raised:
            database.backup_sqlite(db, "manual")
    assert_one_clear_message(str(raised.value), any_of=FULL)
    _assert_nothing_changed(db, before, backups, None)


@pytest.mark.fault
@pytest.mark.slow
def test_full_disk_when_the_daily_backup_is_due(
    small: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reading command whose daily backup cannot be written: it says why, and no backup
    that is not whole counts as today's (else backups would stop for a day)."""
    db = copy_database(small, full_disk / "data")
    shutil.rmtree(db.with_name(db.name + "-backups"))
    before = snapshot(db)
    private = private_words(db)
    filler = fill(full_disk, leave=200 * 1024)
    code = cli.main(["--db", str(db), "cases", "--limit", "3"])
    said = capsys.readouterr()
    if code != 0:
        assert code == 1, said.err
        assert_one_clear_message(said.err, any_of=FULL, private=private)
    else:
        assert said.out.count("\n") == 3
        assert "Traceback" not in said.err
    assert _backups(db) == []
    assert not partials(db.with_name(db.name + "-backups"))
    filler.unlink()
    assert snapshot(db) == before
    assert cli.main(["--db", str(db), "cases", "--limit", "1"]) == 0, capsys.readouterr().err
    assert len(_backups(db)) == 1, "with room again, the day's backup is taken"


# --- read-only ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _unwritable_folder(folder: Path, how: str) -> Iterator[None]:
    if how == "mount":
        with read_only(folder):
            yield
        return
    if ROOT:
        pytest.skip("root may write into a folder of mode 0555; the mount variant covers it")
    folder.chmod(0o555)
    try:
        yield
    finally:
        folder.chmod(0o700)


@pytest.mark.fault
@pytest.mark.parametrize("how", ["mount", "chmod"])
@pytest.mark.parametrize("name", ["export", "filing"])
def test_output_to_a_read_only_folder_says_so(
    name: str,
    how: str,
    small: Path,
    other_cases: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = copy_database(small, tmp_path / "data")
    out = tmp_path / "out"
    out.mkdir()
    private = private_words(db)
    before, backups = snapshot(db), _backups(db)
    with _unwritable_folder(out, how):
        code = cli.main(["--db", str(db), *_arguments(name, db, out, other_cases)])
        said = capsys.readouterr()
        assert code == 1, f"{name} into a read-only folder: exit {code}\n{said.err}"
        assert_one_clear_message(said.err, any_of=READ_ONLY, private=private)
        assert "damaged" not in said.err
        assert not list(out.iterdir())
    _assert_nothing_changed(db, before, backups, out)  # the filing is not recorded


@pytest.mark.fault
@pytest.mark.parametrize(
    "error", [errno.EROFS, errno.EACCES], ids=["read-only-disk", "permission-denied"]
)
@pytest.mark.parametrize("name", ["export", "filing"])
def test_injected_read_only_output_says_so(
    name: str,
    error: int,
    small: Path,
    other_cases: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = copy_database(small, tmp_path / "data")
    out = tmp_path / "out"
    out.mkdir()
    before, backups = snapshot(db), _backups(db)
    argv = ["--db", str(db), *_arguments(name, db, out, other_cases)]

    def refuse(*_args: object, **_kwargs: object) -> Any:
        raise OSError(error, os.strerror(error))

    with monkeypatch.context() as patched:
        patched.setattr(tempfile, "mkstemp", refuse)
        code = cli.main(argv)
    said = capsys.readouterr()
    assert code == 1, said.err
    assert_one_clear_message(said.err, any_of=READ_ONLY, private=private_words(db))
    _assert_nothing_changed(db, before, backups, out)


@pytest.mark.fault
@pytest.mark.slow
@pytest.mark.parametrize("what", ["folder", "file"])
def test_database_on_a_read_only_disk(
    what: str,
    small: Path,
    other_cases: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Reading commands work or say why; writing commands say the database is read-only,
    never that it is damaged; nothing changes."""
    folder = tmp_path / "data"
    db = copy_database(small, folder)
    out = tmp_path / "out"
    out.mkdir()
    private = private_words(db)
    before, backups = snapshot(db), _backups(db)
    with read_only(folder if what == "folder" else db):
        for reading in (
            ["cases", "--limit", "2"],
            ["export", "--unencrypted", "-o", str(out / "export.json")],
        ):
            code = cli.main(["--db", str(db), *reading])
            said = capsys.readouterr()
            if code != 0:
                assert code == 1, f"{reading[0]}: {said.err}"
                assert_one_clear_message(said.err, any_of=READ_ONLY, private=private)
                assert "damaged" not in said.err, f"{reading[0]}: {said.err}"
        for writing in (
            ["demo-data", "--cases", "5", "--seed", "2", "--as-of", AS_OF.isoformat()],
            ["import", str(other_cases)],
        ):
            code = cli.main(["--db", str(db), *writing])
            said = capsys.readouterr()
            assert code == 1, f"{writing[0]}: {said.out}{said.err}"
            assert_one_clear_message(said.err, any_of=READ_ONLY, private=private)
            assert "damaged" not in said.err, f"{writing[0]}: {said.err}"
        if what == "folder":  # its backups are in the read-only folder too
            from guardian_desk.errors import GuardianDeskError
            from guardian_desk.storage.database import backup_sqlite

            with pytest.raises(GuardianDeskError) as raised:
                backup_sqlite(db, "manual")
            assert_one_clear_message(str(raised.value), any_of=READ_ONLY)
    if (out / "export.json").exists():
        assert valid_exchange(out / "export.json") is not None, "a half-written export"
    _assert_nothing_changed(db, before, backups, None)
