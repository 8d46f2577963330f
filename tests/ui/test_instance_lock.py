"""One Guardian Desk per database file: conflicts, release, stale locks, team mode."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo

from guardian_desk.errors import ConflictError
from guardian_desk.ui.instance_lock import InstanceLock, _owner_is_gone

LOCK_AND_EXIT = textwrap.dedent(
    """\
    import os, sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    # os._exit skips every destructor, as a crash would: the lock file stays behind.
    os._exit(0 if lock.tryLock(0) else 1)
    """
)

LOCK_AND_WAIT = textwrap.dedent(
    """\
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    print("locked" if lock.tryLock(0) else "failed", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture
def lock(db_path: Path) -> Iterator[InstanceLock]:
    held = InstanceLock(str(db_path))
    yield held
    held.release()


def test_lock_file_sits_next_to_the_database(lock: InstanceLock, db_path: Path) -> None:
    assert lock.path == db_path.with_name(db_path.name + ".lock")
    lock.acquire()
    assert lock.held
    assert db_path.with_name("cases.sqlite.lock").exists()


def test_a_second_instance_is_refused_naming_the_holder(lock: InstanceLock, db_path: Path) -> None:
    lock.acquire()
    with pytest.raises(ConflictError) as refused:
        InstanceLock(str(db_path)).acquire()
    message = str(refused.value)
    assert message.startswith("This database is already open in ")
    assert f"process {os.getpid()} on host {QSysInfo.machineHostName()}" in message
    assert message.endswith("Close it there first, or open another database.")


def test_a_sqlite_url_locks_the_same_file(lock: InstanceLock, db_path: Path) -> None:
    lock.acquire()
    with pytest.raises(ConflictError):
        InstanceLock(f"sqlite:///{db_path}").acquire()


def test_after_release_another_instance_may_open_it(lock: InstanceLock, db_path: Path) -> None:
    lock.acquire()
    lock.acquire()  # taking a held lock again is harmless
    lock.release()
    assert not lock.held
    assert lock.path is not None
    assert not lock.path.exists()
    with InstanceLock(str(db_path)) as second:
        assert second.held
    assert not second.held
    lock.acquire()
    assert lock.held


def test_the_folder_of_a_new_database_is_made(tmp_path: Path) -> None:
    with InstanceLock(str(tmp_path / "new" / "cases.sqlite")) as lock:
        assert lock.held


@pytest.mark.slow
def test_a_lock_left_by_an_ended_process_is_taken_over(lock: InstanceLock) -> None:
    assert lock.path is not None
    subprocess.run([sys.executable, "-c", LOCK_AND_EXIT, str(lock.path)], check=True, timeout=60)
    assert lock.path.exists()

    lock.acquire()

    assert lock.held
    owner = QLockFile(str(lock.path))
    pid, host, _app = owner.getLockInfo()
    assert (pid, host) == (os.getpid(), QSysInfo.machineHostName())


@pytest.mark.slow
def test_a_lock_held_by_another_running_process_is_respected(lock: InstanceLock) -> None:
    assert lock.path is not None
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_AND_WAIT, str(lock.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(ConflictError, match=f"process {holder.pid} on host"):
            lock.acquire()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
    lock.acquire()
    assert lock.held


def test_a_lock_from_another_computer_is_never_taken_over_by_age(
    lock: InstanceLock,
) -> None:
    # A database in a shared folder, open on a colleague's laptop since yesterday.
    assert lock.path is not None
    lock.path.write_text("4242\nGuardian Desk\nlawyer-laptop\n", encoding="utf-8")
    day_ago = lock.path.stat().st_mtime - 24 * 3600
    os.utime(lock.path, (day_ago, day_ago))

    with pytest.raises(ConflictError) as refused:
        lock.acquire()

    assert str(refused.value) == (
        "This database is already open in Guardian Desk (process 4242 on host "
        "lawyer-laptop). Close it there first, or open another database."
    )
    assert not lock.held


@pytest.mark.parametrize(
    "url", ["postgresql://clerk@db.example.org/guardian", "postgresql+psycopg://db/guardian"]
)
def test_a_server_database_is_never_locked(url: str) -> None:
    first, second = InstanceLock(url), InstanceLock(url)
    assert first.path is None
    first.acquire()
    second.acquire()
    with second:
        pass
    assert not first.held
    first.release()


@pytest.mark.slow
def test_only_an_ended_process_on_this_computer_counts_as_gone(tmp_path: Path) -> None:
    ended_pid = subprocess.Popen([sys.executable, "-c", "pass"])
    ended_pid.wait(timeout=60)
    here = QSysInfo.machineHostName()
    path = tmp_path / "cases.sqlite.lock"

    def gone(pid: int, host: str) -> bool:
        path.write_text(f"{pid}\nGuardian Desk\n{host}\n", encoding="utf-8")
        return _owner_is_gone(QLockFile(str(path)))

    assert gone(ended_pid.pid, here)
    assert not gone(os.getpid(), here)
    assert not gone(ended_pid.pid, "lawyer-laptop")
