"""A new database key (``keys rekey``): the data stays, the old key and the old recovery key
open nothing any more, and the backups under the old key are gone."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from guardian_desk.errors import DatabaseError, KeyNeededError, WrongKeyError
from guardian_desk.services import security
from guardian_desk.services.exchange import demo
from guardian_desk.services.security import keys
from guardian_desk.storage.database import (
    backup_sqlite,
    is_encrypted,
    key_opens,
    open_database,
    verified_backups,
)
from tests.conftest import AS_OF, references_of
from tests.reliability.faults import gd


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, security.NewKeys]:
    path = tmp_path / "office" / "cases.sqlite"
    opened = security.open_for_work(str(path))
    assert opened.new_keys is not None
    demo.generate(opened.db, 12, seed=8, as_of=AS_OF)
    opened.db.close()
    backup_sqlite(path, "manual", opened.new_keys.key)
    return path, opened.new_keys


def test_a_rekey_keeps_the_data_and_retires_the_old_key(made) -> None:  # type: ignore[no-untyped-def]
    path, old = made
    before = references_of(path)
    shown: list[str] = []
    done = security.rekey(path, shown.append)
    assert shown == [done.recovery_key]
    assert done.keyring_note is None
    assert done.old_backups_removed == 2  # the manual one and the one taken before the rekey
    assert not done.finished_interrupted
    assert is_encrypted(path)
    assert references_of(path) == before  # from the keyring: nothing typed
    # The old key opens neither the file nor any backup, and the old recovery key is refused.
    assert not key_opens(path, old.key)
    backups = verified_backups(path)
    assert len(backups) == 1
    assert "rekeyed" in backups[0].name
    assert not key_opens(backups[0], old.key)
    with pytest.raises(DatabaseError):
        open_database(str(path), key=old.key, daily_backup=False)
    keys.forget_key(old.database_id)
    with pytest.raises(WrongKeyError):
        security.unlock(path, old.recovery_key)
    # The new recovery key opens it, and its key is kept in the keyring again.
    assert references_of(path, done.recovery_key) == before
    assert security.unlock(path).source == "keyring"
    file = json.loads(security.key_file_of(path).read_text(encoding="utf-8"))
    assert "pending" not in file
    assert file["database_id"] == old.database_id  # the keyring entry keeps its name


def test_a_plain_database_is_not_rekeyed(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    open_database(str(path)).close()
    with pytest.raises(DatabaseError, match="not encrypted"):
        security.rekey(path, lambda _key: None)


def test_without_the_keyring_the_recovery_key_is_needed(made) -> None:  # type: ignore[no-untyped-def]
    path, old = made
    keys.forget_key(old.database_id)
    with pytest.raises(KeyNeededError):
        security.rekey(path, lambda _key: None)
    assert key_opens(path, old.key)  # nothing changed
    done = security.rekey(path, lambda _key: None, recovery_key=old.recovery_key)
    assert references_of(path, done.recovery_key)


def test_a_new_recovery_key_waits_for_an_interrupted_rekey(made) -> None:  # type: ignore[no-untyped-def]
    path, old = made
    file = keys.read_key_file(path)
    assert file is not None
    pending = keys.wrap_pending(old.key, b"n" * 32, file.database_id)
    keys.write_key_file(path, replace(file, pending=pending))
    assert security.status(path).rekey_interrupted
    with pytest.raises(DatabaseError, match="interrupted"):
        security.replace_recovery_key(path, old.key)


def test_the_command_line_rekeys_and_shows_the_new_recovery_key(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, old = made
    sheet = tmp_path / "sheet.pdf"
    done = gd("keys", "rekey", "--sheet", str(sheet), db=path)
    assert done.returncode == 0, done.stderr
    (shown,) = re.findall(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b", done.stderr)
    assert "no longer open it" in done.stdout
    assert "2 backup(s) under the old key were removed" in done.stdout
    assert sheet.read_bytes().startswith(b"%PDF")
    keys.forget_key(old.database_id)
    refused = gd("cases", db=path)
    assert refused.returncode == 1
    assert "recovery key" in refused.stderr
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(shown, encoding="utf-8")
    opened = gd("cases", "--recovery-key-file", str(key_file), db=path)
    assert opened.returncode == 0, opened.stderr
    assert len(opened.stdout.splitlines()) == 12
    old_key_file = tmp_path / "old.txt"
    old_key_file.write_text(old.recovery_key, encoding="utf-8")
    keys.forget_key(old.database_id)
    again = gd("keys", "rekey", "--recovery-key-file", str(old_key_file), db=path)
    assert again.returncode == 1
    assert "does not open" in again.stderr
    assert "Traceback" not in again.stderr
