"""Files the program writes: whole or not at all, private to the user, failures in plain words.

Every file Guardian Desk writes (filings, packets, exports, calendars, backups, crash reports)
goes through :func:`write_atomic`: the bytes go to a temporary file in the same folder, which
is flushed and fsynced, then renamed over the target, and the folder is fsynced. A full disk, a
read-only folder or a kill at any moment leaves either the old file or the new one, never a
part of one. Files are created readable by their owner only (0600) and folders made here are
0700 on POSIX; on Windows the user profile's permissions apply.

No Qt here: the command line uses this module too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from guardian_desk.errors import GuardianDeskError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_TEMP_PREFIX = ".gd-partial-"


class FileWriteError(GuardianDeskError):
    """A file could not be written; nothing was left half-written."""


def os_error_words(exc: OSError) -> str:
    """One sentence a clerk understands for an operating-system error (no path, no data)."""
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return "the disk is full"
    if code == errno.EROFS:
        return "the disk is read-only"
    if code in (errno.EACCES, errno.EPERM):
        return "this folder or file may not be written (permission denied)"
    if code == errno.ENOENT:
        return "the folder does not exist"
    if code == errno.EISDIR:
        return "that is a folder, not a file"
    if code == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    if code == errno.ENAMETOOLONG:
        return "the file name is too long"
    if code == errno.EIO:
        return "the disk reported an input/output error"
    return exc.strerror.lower() if exc.strerror else "the operating system refused"


def make_private_dir(folder: Path) -> None:
    """Make ``folder`` (and missing parents) readable by the user only (0700 on POSIX)."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)


def make_private(path: Path) -> None:
    """Make an existing file readable by its owner only; ignored where chmod is meaningless."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_FILE)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temporary(path: Path, what: str) -> tuple[int, Path]:
    """A new private temporary file beside ``path`` (same folder: the rename stays atomic),
    open for writing: its descriptor and its path."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise FileWriteError(f"{what} was not written: {path.name} is a folder.")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileWriteError(f"{what} was not written: {os_error_words(exc)}.") from None
    return fd, Path(temp_name)


def _not_written(exc: OSError, what: str) -> FileWriteError:
    return FileWriteError(f"{what} was not written: {os_error_words(exc)}. Nothing was saved.")


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _put_in_place(temp: Path, path: Path) -> None:
    os.replace(temp, path)
    _fsync_dir(path.parent if str(path.parent) else Path("."))


@contextlib.contextmanager
def atomic_file(path: Path, what: str = "The file") -> Iterator[BinaryIO]:
    """A binary file object whose content replaces ``path`` only when the block succeeds.

    Raises:
        FileWriteError: the file cannot be written (disk full, read-only, no permission...);
            the target is as it was and no temporary file is left behind.
    """
    path = Path(path)
    fd, temp = _temporary(path, what)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _put_in_place(temp, path)
    except OSError as exc:
        raise _not_written(exc, what) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes | str, what: str = "The file") -> Path:
    """Write ``data`` to ``path`` whole or not at all, private to the user.

    Raises:
        FileWriteError: nothing was written; the message says why in plain words.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_file(path, what) as handle:
        handle.write(raw)
    return path


@contextlib.contextmanager
def staged_file(path: Path, data: bytes, what: str = "The file") -> Iterator[Callable[[], None]]:
    """``data`` written whole to a temporary file beside ``path``, for a file and the record
    of it to exist together or not at all.

    The block is given a function that puts the file in place; it calls it as the last step
    of the transaction that records the file (see ``before_commit`` of the services' keep
    functions), or the file is put in place when the block ends. If anything in the block
    fails, the temporary file is removed and a file already put in place is taken away again
    (a file that was there before comes back).

    Raises:
        FileWriteError: the file cannot be written; nothing was saved.
    """
    path = Path(path)
    fd, temp = _temporary(path, what)
    placed = False
    earlier: Path | None = None  # the file that was there before, kept until the block ends

    def put_in_place() -> None:
        nonlocal placed, earlier
        if placed:
            return
        try:
            if path.is_file():
                earlier = temp.with_name(temp.name + ".earlier")
                try:
                    os.link(path, earlier)
                except OSError:  # a file system without hard links: no way back, but whole
                    earlier = None
            _put_in_place(temp, path)
        except OSError as exc:
            raise _not_written(exc, what) from None
        placed = True

    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise _not_written(exc, what) from None
        try:
            yield put_in_place
        except BaseException:
            if placed:
                with contextlib.suppress(OSError):
                    if earlier is not None:
                        os.replace(earlier, path)  # the file as it was
                    else:
                        path.unlink()
            raise
        put_in_place()
    finally:
        for left in (temp, earlier):
            if left is not None:
                with contextlib.suppress(OSError):
                    left.unlink(missing_ok=True)


def write_atomic_with(path: Path, fill: Callable[[Path], None], what: str = "The file") -> Path:
    """Let ``fill`` write a temporary file by name (e.g. SQLite's backup), then put it in place.

    The temporary file is in the target's folder, private, and removed if ``fill`` fails.
    """
    path = Path(path)
    fd, temp = _temporary(path, what)
    os.close(fd)
    try:
        fill(temp)
        _sync(temp)
        _put_in_place(temp, path)
    except OSError as exc:
        raise _not_written(exc, what) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return path


def is_partial(path: Path) -> bool:
    """Whether ``path`` is a temporary file left by a write that was killed."""
    return path.name.startswith(_TEMP_PREFIX)


@contextlib.contextmanager
def private_temp_folder() -> Iterator[Path]:
    """A temporary folder of this process alone (0700) for as long as the block runs, then
    removed with all it holds: everything that makes temporary files while the window runs
    (Qt's print jobs and previews, a copy opened in the word processor, the libraries that
    draw filings) writes there, through ``TMPDIR`` and :data:`tempfile.tempdir`.
    """
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="guardian-desk-"))
    os.chmod(folder, PRIVATE_DIR)
    before_env, before_module = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = before_module
        if before_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = before_env
        shutil.rmtree(folder, ignore_errors=True)
