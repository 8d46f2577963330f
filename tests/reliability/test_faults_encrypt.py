"""Encrypting a plain database in place: whatever moment the program is killed at, the
database opens (plain, or encrypted with its key) with every case, and running the command
again finishes the work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guardian_desk.services import exchange, security
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import (
    backup_sqlite,
    is_encrypted,
    open_database,
    verified_backups,
)
from tests.conftest import AS_OF, references_of
from tests.reliability.faults import command, gd, kill_at, partials, timed

pytestmark = pytest.mark.fault


def _plain(folder: Path, count: int = 60) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cases.sqlite"
    db = open_database(str(path))
    demo.generate(db, count, seed=11, as_of=AS_OF)
    db.close()
    backup_sqlite(path, "manual")
    return path


def _names(path: Path) -> list[str]:
    opened = security.open_for_work(str(path), daily_backup=False)
    try:
        children = [c["child"] for c in exchange.export_document(opened.db)["cases"]]
    finally:
        opened.db.close()
    fields = ("family_name", "family_name_native")
    # Short names such as "Bah" occur in a megabyte of random bytes by chance; long ones do not.
    return [c[f] for c in children for f in fields if c.get(f) and len(c[f].encode()) >= 6]


def test_a_plain_database_is_encrypted_in_place_with_its_backups(tmp_path: Path) -> None:
    path = _plain(tmp_path / "office")
    names, references = _names(path), references_of(path)
    assert any(n.encode() in path.read_bytes() for n in names)  # plain: the names are there
    done = gd("keys", "encrypt", db=path)
    assert done.returncode == 0, done.stderr
    assert "is encrypted now" in done.stdout
    assert "1 plain backup(s) were removed" in done.stdout
    assert "SSD" in done.stdout
    (shown,) = re.findall(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b", done.stderr)
    assert is_encrypted(path)
    assert references_of(path) == references
    backups = verified_backups(path)
    assert backups
    assert all(is_encrypted(b) for b in backups)
    for file in [path, *backups, *path.parent.glob("cases.sqlite-*")]:
        if file.is_file():
            data = file.read_bytes()
            assert [n for n in names if n.encode() in data] == [], file.name
    security.unlock(path)  # from the keyring
    from guardian_desk.services.security import keys

    keys.forget_key(security.status(path).database_id or "")
    assert security.unlock(path, shown).key  # and with the recovery key it printed
    again = gd("keys", "encrypt", db=path, timeout=60)
    assert "encrypted already" in again.stdout


def test_a_damaged_plain_database_is_not_encrypted(tmp_path: Path) -> None:
    path = _plain(tmp_path / "office", 10)
    data = bytearray(path.read_bytes())
    page = (len(data) // 2) // 4096 * 4096  # a whole page near the middle: a table's
    data[page : page + 4096] = bytes(4096)
    path.write_bytes(bytes(data))
    done = gd("keys", "encrypt", db=path)
    assert done.returncode == 1
    assert "damaged" in done.stderr
    assert not is_encrypted(path)
    assert path.read_bytes() == bytes(data)


@pytest.mark.slow
def test_encryption_killed_at_any_moment_leaves_a_database_that_opens(tmp_path: Path) -> None:
    template = _plain(tmp_path / "template", 150)
    references = references_of(template)
    trial = tmp_path / "trial"
    trial.mkdir()
    span, finished, _ = timed(command("keys", "encrypt", db=_copy(template, trial / "full")))
    assert finished.returncode == 0, finished.stderr
    states = []
    for index in range(12):  # the last moments lie past a run's length on a busy machine
        moment = span * (0.05 + 0.11 * index)
        path = _copy(template, trial / f"k{index}")
        killed = kill_at(command("keys", "encrypt", db=path), moment)
        state = "encrypted" if is_encrypted(path) else "plain"
        states.append(state if not killed.finished else "finished")
        assert references_of(path) == references, f"killed at {moment:.2f}s of {span:.2f}s"
        again = gd("keys", "encrypt", db=path)
        assert again.returncode == 0, f"killed at {moment:.2f}s, then: {again.stderr}"
        assert is_encrypted(path)
        assert all(is_encrypted(b) for b in verified_backups(path))
        assert references_of(path) == references
        assert partials(path.parent) == []
    print("states after the kill:", states)
    assert "plain" in states  # the kills fell before the swap, and after it
    assert "encrypted" in states or "finished" in states


def _copy(template: Path, folder: Path) -> Path:
    import shutil

    folder.mkdir(parents=True)
    target = folder / template.name
    shutil.copyfile(template, target)
    shutil.copytree(
        template.with_name(template.name + "-backups"),
        target.with_name(target.name + "-backups"),
    )
    return target


def test_a_damaged_page_of_an_encrypted_database_is_refused_in_one_sentence(
    tmp_path: Path,
) -> None:
    path = _plain(tmp_path / "office", 40)
    assert gd("keys", "encrypt", db=path).returncode == 0
    # The first page of the children's table: every export reads it, wherever the file's
    # layout puts it (the middle of the file may hold an index no export reads).
    opened = security.open_for_work(str(path), daily_backup=False)
    try:
        with opened.db.engine.connect() as connection:
            root = connection.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE name = 'children'"
            ).scalar_one()
            page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
    finally:
        opened.db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + page_size // 2)
        handle.write(bytes(64))
    # Every page carries an HMAC: what is read is either intact or refused. An export reads
    # every page of every case, and the check reads the whole file.
    said = gd("export", "--unencrypted", "-o", str(tmp_path / "out.json"), db=path)
    assert said.returncode == 1, said.stdout[:300]
    assert "damaged" in said.stderr
    assert "Traceback" not in said.stderr
    assert len(said.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.json").exists()
    checked = gd("check", db=path)
    assert checked.returncode == 1
    assert "damaged" in checked.stderr or "Database has problems." in checked.stdout
    writing = gd("demo-data", "--cases", "1", "--seed", "99", db=path)
    assert writing.returncode == 1  # the whole file's check before the first write
    assert "damaged" in writing.stderr
