"""Background work for the window: one way to read, one way to write.

Reads run on a thread pool; writes run one at a time on a pool of a single thread, so two
writes never race. Each runs off the GUI thread, can show a progress dialog with Cancel,
and calls back on the GUI thread. After a successful write, :attr:`Ops.changed` tells every
view what kind of data changed, and views refresh themselves.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from guardian_desk.errors import GuardianDeskError, SessionLockedError
from guardian_desk.progress import Cancelled
from guardian_desk.storage.database import explain

log = logging.getLogger("guardian_desk.ui.ops")
T = TypeVar("T")


class _Relay(QObject):
    """Tells the GUI thread that a worker is done (it lives there; signals are queued).

    The outcome itself stays on the task: Python objects are not sent through queued
    signals, which has been seen to corrupt reference counts with large results.
    """

    succeeded = Signal()
    failed = Signal()
    cancelled = Signal()
    progressed = Signal(int, int)


class Task(Generic[T]):
    """A piece of background work in flight; ``cancel()`` asks it to stop."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.relay = _Relay()
        self.writes = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def progress(self, done: int, total: int) -> bool:
        """Called by the work from its thread; False tells it to stop."""
        self.relay.progressed.emit(done, total)
        return not self._stop.is_set()


class _Runner(QRunnable):
    def __init__(self, task: Task[Any], work: Callable[[Task[Any]], Any]) -> None:
        super().__init__()
        self.task = task
        self.work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            self.task.result = self.work(self.task)
        except Cancelled:
            self.task.relay.cancelled.emit()
        except BaseException as exc:  # reported on the GUI thread, never swallowed
            self.task.error = exc
            self.task.relay.failed.emit()
        else:
            self.task.relay.succeeded.emit()


class Ops(QObject):
    """Runs reads and writes in the background for one window.

    Signals:
        changed(object): after each successful write, the set of names of what changed
            (``{"cases"}``, ``{"team"}``...).
        busy(bool): True while any work runs, False when all is done.
    """

    changed = Signal(object)
    busy = Signal(bool)

    def __init__(self, window: QWidget, database_file: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._database_file = database_file  # a damaged one's message names its backup
        self._reads = QThreadPool(self)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._running: set[Task[Any]] = set()
        self.on_unexpected: Callable[[BaseException], None] = _log_unexpected
        self.last_error: str | None = None
        self.last_information: str | None = None

    def read(
        self,
        work: Callable[[Task[T]], T],
        on_success: Callable[[T], object],
        *,
        label: str | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task[T]:
        """Run ``work`` on a reader thread and hand its result to ``on_success``."""
        return self._start(self._reads, work, on_success, label, on_failure, None)

    def write(
        self,
        work: Callable[[Task[T]], T],
        on_success: Callable[[T], object],
        *,
        changes: set[str],
        label: str | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task[T]:
        """Run ``work`` on the single writer thread; announce ``changes`` when it succeeds."""
        return self._start(self._writes, work, on_success, label, on_failure, changes)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for all work to finish (on closing, and in tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)

    @property
    def running(self) -> int:
        return len(self._running)

    def show_error(self, message: str) -> QMessageBox:
        """Say what went wrong in a window-modal box that does not block the event loop."""
        self.last_error = message
        return self._say(QMessageBox.Icon.Warning, message)

    def show_information(self, message: str) -> QMessageBox:
        """Say what was done, in a window-modal box that does not block the event loop."""
        self.last_information = message
        return self._say(QMessageBox.Icon.Information, message)

    def _say(self, icon: QMessageBox.Icon, message: str) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Guardian Desk"), message)
        box.setParent(self._window, box.windowFlags())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    @property
    def writing(self) -> int:
        """How many writes are running or waiting."""
        return sum(1 for task in self._running if task.writes)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[Task[T]], T],
        on_success: Callable[[T], object],
        label: str | None,
        on_failure: Callable[[BaseException], None] | None,
        changes: set[str] | None,
    ) -> Task[T]:
        task: Task[T] = Task()
        task.writes = changes is not None
        dialog = self._progress_dialog(task, label) if label else None

        def finish() -> bool:
            """Bookkeeping; False when the window went away while the work ran."""
            if not shiboken6.isValid(self):
                return False
            self._running.discard(task)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            if not self._running:
                self.busy.emit(False)
            return True

        def succeeded() -> None:
            if not finish():
                return
            result, task.result = task.result, None
            receiver = getattr(on_success, "__self__", None)
            # The view that asked may have been closed (or rebuilt) meanwhile.
            if not isinstance(receiver, QObject) or shiboken6.isValid(receiver):
                on_success(result)
            if changes:
                self.changed.emit(set(changes))

        def failed() -> None:
            if not finish():
                return
            exc = task.error
            assert exc is not None
            if isinstance(exc, SessionLockedError):
                return  # locked while it ran: the views read again when unlocked
            # A locked database, a full disk, a read-only folder: a sentence, not a crash.
            known = exc if isinstance(exc, GuardianDeskError) else explain(exc, self._database_file)
            if on_failure is not None:
                on_failure(known or exc)
            elif known is not None:
                self.show_error(str(known))
            else:
                self.on_unexpected(exc)

        connection = Qt.ConnectionType.QueuedConnection
        task.relay.succeeded.connect(succeeded, connection)
        task.relay.failed.connect(failed, connection)
        task.relay.cancelled.connect(finish, connection)
        self._running.add(task)
        self.busy.emit(True)
        pool.start(_Runner(task, work))
        return task

    def _progress_dialog(self, task: Task[Any], label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        dialog.setWindowTitle(self.tr("Guardian Desk"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)

        def progressed(done: int, total: int) -> None:
            if dialog.wasCanceled():
                return
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def cancel() -> None:
            task.cancel()
            dialog.setLabelText(self.tr("Cancelling… nothing will be kept."))

        task.relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
        dialog.canceled.connect(cancel)
        return dialog


def _log_unexpected(exc: BaseException) -> None:
    log.error("unexpected error in background work", exc_info=exc)
