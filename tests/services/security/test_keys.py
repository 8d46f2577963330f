"""The database key: in the keyring for daily use, wrapped under a recovery key beside the
database, and never lost with the keyring."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from guardian_desk.errors import DatabaseError, KeyNeededError, ValidationError, WrongKeyError
from guardian_desk.services import cases, security
from guardian_desk.services.exchange import demo
from guardian_desk.services.security import keys
from guardian_desk.storage.database import DamagedDatabaseError, backup_dir, is_encrypted
from tests.conftest import AS_OF
from tests.keyring_backend import SuiteKeyring


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, security.NewKeys]:
    """A new encrypted database with ten demo cases, closed, and the keys it was made with."""
    path = tmp_path / "office" / "cases.sqlite"
    opened = security.open_for_work(str(path))
    assert opened.new_keys is not None
    demo.generate(opened.db, 10, seed=5, as_of=AS_OF)
    opened.db.close()
    return path, opened.new_keys


@pytest.fixture
def no_keyring() -> Iterator[None]:
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(SuiteKeyring())


def _case_count(opened: security.Opened) -> int:
    count = len(cases.list_ids(opened.db))
    opened.db.close()
    return count


def test_a_new_database_is_encrypted_and_opens_from_the_keyring(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    assert is_encrypted(path)
    assert new.keyring_note is None
    again = security.open_for_work(str(path))
    assert again.unlocked is not None
    assert again.unlocked.source == "keyring"
    assert _case_count(again) == 10


def test_the_key_file_holds_no_key_in_clear(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    text = security.key_file_of(path).read_text(encoding="utf-8")
    assert new.key.hex() not in text
    assert new.recovery_key.replace("-", "") not in text.replace("-", "")
    data = json.loads(text)
    assert data["database_id"] == new.database_id
    assert data["recovery"]["kdf"] == "scrypt"
    assert (backup_dir(path) / security.key_file_of(path).name).read_text() == text


def test_a_recovery_key_is_eight_groups_of_four_and_read_generously() -> None:
    made = security.new_recovery_key()
    groups = made.split("-")
    assert [len(g) for g in groups] == [4] * 8
    assert security.normalise_recovery_key(made.lower().replace("-", " ")) == made.replace("-", "")
    assert security.new_recovery_key() != made
    with pytest.raises(ValidationError, match="32 characters"):
        security.normalise_recovery_key(made[:-2])
    with pytest.raises(ValidationError, match="no U"):
        security.normalise_recovery_key("U" + made[1:])


def test_a_deleted_keyring_entry_is_recovered_with_the_recovery_key(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    keys.forget_key(new.database_id)
    with pytest.raises(KeyNeededError, match="does not hold its key") as raised:
        security.open_for_work(str(path))
    assert "recovery key" in str(raised.value)
    opened = security.open_for_work(str(path), recovery_key=new.recovery_key.lower())
    assert opened.unlocked is not None
    assert opened.unlocked.source == "recovery key"
    assert _case_count(opened) == 10
    # and the key is back in the keyring: the next start needs nothing typed
    assert security.open_for_work(str(path)).unlocked.source == "keyring"  # type: ignore[union-attr]


def test_a_changed_keyring_entry_is_not_taken_for_the_key(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    keys.store_key(new.database_id, bytes(32))  # another key under its name
    with pytest.raises(KeyNeededError, match="holds another key"):
        security.open_for_work(str(path))
    opened = security.open_for_work(str(path), recovery_key=new.recovery_key)
    assert _case_count(opened) == 10


def test_a_wrong_recovery_key_is_refused_and_nothing_changes(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    keys.forget_key(new.database_id)
    before = path.read_bytes()
    with pytest.raises(WrongKeyError, match="recovery sheet"):
        security.open_for_work(str(path), recovery_key=security.new_recovery_key())
    assert path.read_bytes() == before


def test_without_a_keyring_the_recovery_key_opens_and_nothing_is_plain(  # type: ignore[no-untyped-def]
    made, no_keyring
) -> None:
    path, new = made
    assert "no keyring running" in (security.keyring_problem() or "")
    with pytest.raises(KeyNeededError, match="no keyring running"):
        security.open_for_work(str(path))
    assert _case_count(security.open_for_work(str(path), recovery_key=new.recovery_key)) == 10


def test_a_database_made_without_a_keyring_is_still_encrypted(tmp_path: Path, no_keyring) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cases.sqlite"
    opened = security.open_for_work(str(path))
    opened.db.close()
    assert opened.new_keys is not None
    assert "no keyring running" in (opened.new_keys.keyring_note or "")
    assert is_encrypted(path)
    with pytest.raises(KeyNeededError):
        security.open_for_work(str(path))
    again = security.open_for_work(str(path), recovery_key=opened.new_keys.recovery_key)
    again.db.close()


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()])
def test_keyrings_that_keep_nothing_are_refused(backend: object) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    try:
        assert security.keyring_problem() is not None
    finally:
        keyring.set_keyring(SuiteKeyring())


def test_a_plaintext_keyring_is_refused() -> None:
    class PlaintextKeyring(SuiteKeyring):  # what keyrings.alt calls its plain file
        pass

    keyring.set_keyring(PlaintextKeyring())
    try:
        assert "plain file" in (security.keyring_problem() or "")
    finally:
        keyring.set_keyring(SuiteKeyring())


def test_a_moved_database_finds_its_key(made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    elsewhere = tmp_path / "moved" / "renamed.sqlite"
    elsewhere.parent.mkdir()
    shutil.copyfile(path, elsewhere)
    shutil.copyfile(security.key_file_of(path), security.key_file_of(elsewhere))
    assert _case_count(security.open_for_work(str(elsewhere))) == 10


def test_a_lost_key_file_is_replaced_by_its_copy(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    security.key_file_of(path).unlink()
    keys.forget_key(new.database_id)
    assert _case_count(security.open_for_work(str(path), recovery_key=new.recovery_key)) == 10


def test_without_any_key_file_the_message_says_what_to_copy(made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    security.key_file_of(path).unlink()
    (backup_dir(path) / security.key_file_of(path).name).unlink()
    with pytest.raises(DatabaseError, match=r"cases\.sqlite\.key is missing"):
        security.open_for_work(str(path))


def test_a_new_recovery_key_replaces_the_old_one(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    fresh = security.replace_recovery_key(path, new.key)
    keys.forget_key(new.database_id)
    with pytest.raises(WrongKeyError):
        security.unlock(path, new.recovery_key)
    assert security.unlock(path, fresh).key == new.key


def test_status_tells_without_showing_a_key(made) -> None:  # type: ignore[no-untyped-def]
    path, new = made
    found = security.status(path)
    assert found.encrypted
    assert found.in_keyring
    assert found.database_id == new.database_id
    assert new.key.hex() not in repr(found)
    keys.forget_key(new.database_id)
    assert not security.status(path).in_keyring


def test_a_damaged_encrypted_file_with_the_right_key_is_called_damaged(made) -> None:  # type: ignore[no-untyped-def]
    path, _ = made
    data = bytearray(path.read_bytes())
    data[20:40] = bytes(20)  # the first page's own bytes, after its salt
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        security.open_for_work(str(path))


def test_a_plain_database_still_opens_as_it_is(tmp_path: Path) -> None:
    from guardian_desk.storage.database import open_database

    path = tmp_path / "plain.sqlite"
    open_database(str(path)).close()
    opened = security.open_for_work(str(path))
    assert opened.new_keys is None
    assert opened.unlocked is None
    assert not opened.db.encrypted
    opened.db.close()


def test_a_keyring_that_fails_to_start_leads_to_the_recovery_key(made, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, new = made

    def broken() -> object:
        raise ModuleNotFoundError("a backend named in the settings is not installed")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert "could not be started" in (security.keyring_problem() or "")
    with pytest.raises(KeyNeededError, match="could not be started"):
        security.open_for_work(str(path))
    assert _case_count(security.open_for_work(str(path), recovery_key=new.recovery_key)) == 10
