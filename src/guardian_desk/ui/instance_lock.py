"""One Guardian Desk at a time on a database file."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo

from guardian_desk.errors import ConflictError, DatabaseError
from guardian_desk.storage.database import to_url

log = logging.getLogger("guardian_desk.ui.instance_lock")


def _process_runs(pid: int) -> bool:
    """Whether process ``pid`` runs on this computer; when unsure, True."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would end the process on Windows; Qt's own check in tryLock()
        # already took over locks of ended processes there.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


def _owner_is_gone(lock: QLockFile) -> bool:
    """Whether the lock file's owner was a process on this computer that has ended."""
    pid, host, _app = lock.getLockInfo()
    return pid > 0 and host == QSysInfo.machineHostName() and not _process_runs(pid)


class InstanceLock:
    """Keeps a second Guardian Desk from opening the same SQLite file.

    - For a SQLite database (a file path or a ``sqlite:///`` URL) it holds a ``QLockFile``
      on ``<database file>.lock`` from :meth:`acquire` until :meth:`release`.
    - A lock left behind by a Guardian Desk that ended without releasing it (a crash, a
      power cut) is taken over, when its process no longer runs on this computer.
    - A lock held by a running Guardian Desk, here or on another computer sharing the
      folder, raises :class:`ConflictError` naming its process, computer and program.
    - For a server database (``postgresql://...``) it does nothing: in team mode many
      clients share one database.

    Usable as a context manager: ``with InstanceLock(target): ...``.

    Args:
        target: the database as the user gave it, a file path or a URL.

    Raises:
        DatabaseError: ``target`` is not a database address Guardian Desk understands.
    """

    def __init__(self, target: str | Path) -> None:
        url = to_url(str(target))
        self._path: Path | None = None
        self._lock: QLockFile | None = None
        database = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else ""
        if database and database != ":memory:":
            self._path = Path(database + ".lock")
            self._lock = QLockFile(str(self._path))
            # Guardian Desk holds the lock for a whole session, so the lock's age says nothing
            # about whether its owner still runs. Qt's default (30 s) would let a second
            # computer on a shared folder take the lock from a running Guardian Desk.
            self._lock.setStaleLockTime(0)

    @property
    def path(self) -> Path | None:
        """The lock file, or None when there is nothing to lock (a server database)."""
        return self._path

    @property
    def held(self) -> bool:
        """Whether this lock holds its lock file now."""
        return self._lock is not None and self._lock.isLocked()

    def acquire(self) -> None:
        """Take the lock; returns at once, without waiting for another instance.

        Raises:
            ConflictError: a running Guardian Desk has the database open.
            DatabaseError: the lock file cannot be made (e.g. a read-only folder).
        """
        lock, path = self._lock, self._path
        if lock is None or path is None or lock.isLocked():
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                QCoreApplication.translate(
                    "InstanceLock", "The folder {folder} cannot be made: {reason}"
                ).format(folder=path.parent, reason=exc.strerror or exc)
            ) from None
        if lock.tryLock(0):
            return
        if lock.error() == QLockFile.LockError.LockFailedError and _owner_is_gone(lock):
            log.info("taking over a lock file left by a process that has ended")
            if lock.removeStaleLockFile() and lock.tryLock(0):
                return
        self._raise_for(lock)

    def release(self) -> None:
        """Give the lock up, if held; the next Guardian Desk may then open the database."""
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def _raise_for(self, lock: QLockFile) -> NoReturn:
        error = lock.error()
        if error == QLockFile.LockError.LockFailedError:
            pid, host, app = lock.getLockInfo()
            if pid > 0:
                raise ConflictError(
                    QCoreApplication.translate(
                        "InstanceLock",
                        "This database is already open in {app} (process {pid} on host "
                        "{host}). Close it there first, or open another database.",
                    ).format(
                        app=app or QCoreApplication.translate("InstanceLock", "another program"),
                        pid=pid,
                        host=host or "?",
                    )
                )
            # The owner's details cannot be read: it is writing them at this moment, or
            # the file is damaged. Either way, someone holds it.
            raise ConflictError(
                QCoreApplication.translate(
                    "InstanceLock",
                    "This database is already open in another Guardian Desk. "
                    "Close it there first, or open another database.",
                )
            )
        if error == QLockFile.LockError.PermissionError:
            raise DatabaseError(
                QCoreApplication.translate(
                    "InstanceLock",
                    "Guardian Desk may not write in the folder of this database, so it "
                    "cannot make sure no one else has it open: {path}",
                ).format(path=self._path)
            )
        raise DatabaseError(
            QCoreApplication.translate(
                "InstanceLock", "Guardian Desk cannot create the lock file {path}."
            ).format(path=self._path)
        )
