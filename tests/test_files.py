"""Files written whole or not at all, private, with failures in plain words."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from guardian_desk import files
from guardian_desk.files import FileWriteError, write_atomic


def test_a_new_file_is_whole_and_private(tmp_path: Path) -> None:
    target = write_atomic(tmp_path / "notice.pdf", b"%PDF-1.7 whole")
    assert target.read_bytes() == b"%PDF-1.7 whole"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]


def test_replacing_keeps_the_old_file_until_the_new_one_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "permission denied"),
        (errno.EIO, "input/output error"),
    ],
)
def test_a_failing_write_leaves_the_old_file_and_no_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    target = tmp_path / "packet.pdf"
    target.write_bytes(b"the packet of yesterday")

    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    with pytest.raises(FileWriteError) as caught:
        write_atomic(target, b"x" * 100_000, "The packet")
    assert str(caught.value).startswith("The packet was not written: ")
    assert words in str(caught.value)
    assert target.read_bytes() == b"the packet of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["packet.pdf"]


def test_a_missing_folder_or_a_folder_as_target_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="the folder does not exist"):
        write_atomic(tmp_path / "missing" / "x.ics", b"BEGIN:VCALENDAR")
    with pytest.raises(FileWriteError, match="is a folder"):
        write_atomic(tmp_path, b"x")


def test_a_fill_that_fails_leaves_nothing(tmp_path: Path) -> None:
    def fill(temp: Path) -> None:
        temp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FileWriteError, match="the disk is full"):
        files.write_atomic_with(tmp_path / "backup.sqlite", fill, "The backup")
    assert list(tmp_path.iterdir()) == []


def test_private_folders(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    files.make_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_staged_file_is_placed_when_its_record_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "notice.pdf"
    with files.staged_file(target, b"%PDF whole", "The filing") as put_in_place:
        assert not target.exists()  # nothing in place before the record's transaction ends
        put_in_place()
        assert target.read_bytes() == b"%PDF whole"
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_staged_file_is_placed_at_the_end_when_nothing_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "notice.pdf"
    with files.staged_file(target, b"%PDF whole"):
        pass
    assert target.read_bytes() == b"%PDF whole"


def test_a_record_that_fails_after_placing_takes_the_file_back(tmp_path: Path) -> None:
    target = tmp_path / "notice.pdf"
    target.write_bytes(b"the copy made last week")
    placed = []

    def keep_then_fail() -> None:
        with files.staged_file(target, b"new") as put_in_place:
            put_in_place()
            placed.append(target.read_bytes())
            raise RuntimeError("the commit failed")

    with pytest.raises(RuntimeError):
        keep_then_fail()
    assert placed == [b"new"]
    assert target.read_bytes() == b"the copy made last week"
    assert [p.name for p in tmp_path.iterdir()] == ["notice.pdf"]


def test_a_record_that_fails_leaves_no_new_file(tmp_path: Path) -> None:
    target = tmp_path / "notice.pdf"

    def refused() -> None:
        with files.staged_file(target, b"new"):
            raise RuntimeError("the record was refused")

    with pytest.raises(RuntimeError):
        refused()
    assert list(tmp_path.iterdir()) == []
