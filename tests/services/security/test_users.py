"""People who sign in: users, passphrases, key slots, failed tries, remembering."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from guardian_desk.domain.roles import passphrase_problem
from guardian_desk.errors import (
    AccessDeniedError,
    ConflictError,
    SignInError,
    SignInNeededError,
    ValidationError,
)
from guardian_desk.services import audit, security
from guardian_desk.services.security import keys, users
from guardian_desk.storage.database import Database

PASS = "river stones at dawn"


def _entries(db: Database, action: str) -> list[audit.Entry]:
    """The log's entries of one action, read as its data-protection officer would."""
    person, db.person = db.person, None
    try:
        return [e for e in audit.entries(db, audit.AuditFilter()) if e.action == action]
    finally:
        db.person = person


def test_passphrase_rules_are_about_length_not_symbols() -> None:
    assert passphrase_problem("short one", "amina") is not None
    assert passphrase_problem("aaaaaaaaaaaaaaaa", "amina") is not None
    assert passphrase_problem("amina.yusuf1", "amina.yusuf") is not None
    assert passphrase_problem("guardian desk", "x") is not None
    assert passphrase_problem("river stones at dawn", "amina") is None
    assert passphrase_problem("نهر وحجارة عند الفجر", "amina") is None  # any script


def test_the_first_user_must_be_an_administrator(db: Database) -> None:
    with pytest.raises(ValidationError, match="administrator"):
        security.add_user(db, "amina", PASS, "caseworker")
    first = security.add_user(db, "Admin", PASS, "administrator")
    assert first.username == "admin"  # names are kept in small letters
    with pytest.raises(ConflictError):
        security.add_user(db, "admin", PASS, "lawyer")
    with pytest.raises(ValidationError, match="user name"):
        security.add_user(db, "a b", PASS, "lawyer")
    with pytest.raises(ValidationError, match="at least 12"):
        security.add_user(db, "hannah", "short", "lawyer")


def test_sign_in_with_the_right_passphrase_only(db: Database) -> None:
    security.add_user(db, "admin", PASS, "administrator")
    with pytest.raises(SignInError) as wrong:
        security.sign_in(db, "admin", "river stones at dusk")
    assert "not right" in str(wrong.value)
    assert "river" not in str(wrong.value)
    with pytest.raises(SignInError):
        security.sign_in(db, "nobody", PASS)
    person = security.sign_in(db, "ADMIN ", PASS)
    assert person.username == "admin"
    assert person.role.id == "administrator"
    assert db.person == person
    failed = _entries(db, "sign-in failed")
    assert [e.actor for e in failed] == ["?", "admin"]  # newest first; no stranger named
    signed = _entries(db, "signed in")
    assert signed
    assert signed[-1].actor == "admin"


def test_failed_sign_ins_are_slowed_down(db: Database) -> None:
    security.add_user(db, "admin", PASS, "administrator")
    for _ in range(users.FREE_TRIES):
        with pytest.raises(SignInError) as caught:
            security.sign_in(db, "admin", "not the passphrase")
    assert caught.value.retry_after > 0
    # While it waits, even the right passphrase is not heard.
    with pytest.raises(SignInError, match="wait"):
        security.sign_in(db, "admin", PASS)


def test_a_suspended_or_removed_user_cannot_sign_in(db: Database) -> None:
    security.add_user(db, "admin", PASS, "administrator")
    security.sign_in(db, "admin", PASS)
    security.add_user(db, "amina", PASS, "caseworker")
    security.set_active(db, "amina", False)
    with pytest.raises(SignInError):
        security.sign_in(db, "amina", PASS)
    security.set_active(db, "amina", True)
    security.remove_user(db, "amina")
    with pytest.raises(SignInError):
        security.sign_in(db, "amina", PASS)
    with pytest.raises(ValidationError, match="yourself"):
        security.remove_user(db, "admin")


def test_change_and_reset_of_a_passphrase(db: Database) -> None:
    security.add_user(db, "admin", PASS, "administrator")
    security.sign_in(db, "admin", PASS)
    security.add_user(db, "amina", PASS, "caseworker")
    with pytest.raises(SignInError):
        security.change_passphrase(db, "amina", "wrong old one", "a new river at noon")
    security.change_passphrase(db, "amina", PASS, "a new river at noon")
    with pytest.raises(SignInError):
        security.sign_in(db, "amina", PASS)
    security.reset_passphrase(db, "amina", "temporary words here")
    assert [u.must_change for u in security.list_users(db) if u.username == "amina"] == [True]
    assert security.sign_in(db, "amina", "temporary words here").username == "amina"


def test_only_a_user_manager_manages_users(db: Database) -> None:
    security.add_user(db, "admin", PASS, "administrator")
    security.sign_in(db, "admin", PASS)
    security.add_user(db, "clerk", PASS, "clerk")
    security.sign_in(db, "clerk", PASS)
    with pytest.raises(AccessDeniedError, match="Clerk"):
        security.add_user(db, "eve", PASS, "administrator")
    with pytest.raises(AccessDeniedError):
        security.list_users(db)
    assert _entries(db, "access denied")


def _encrypted_with_admin(path: Path) -> Database:
    opened = security.open_for_work(str(path), daily_backup=False)
    db = opened.db
    security.add_user(db, "admin", PASS, "administrator")
    security.sign_in(db, "admin", PASS)
    return db


def test_an_encrypted_database_opens_with_a_users_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    db = _encrypted_with_admin(path)
    security.add_user(db, "amina", PASS, "caseworker")
    db.close()
    key_file = json.loads(keys.key_file_of(path).read_text())
    assert sorted(key_file["slots"]) == ["admin", "amina"]
    assert PASS not in keys.key_file_of(path).read_text()
    # The keyring no longer holds the database's key: a start needs a person.
    with pytest.raises(SignInNeededError):
        security.open_for_work(str(path), daily_backup=False)
    with pytest.raises(SignInError):
        security.open_for_work(
            str(path), daily_backup=False, sign_in=security.SignIn("amina", "wrong words here")
        )
    opened = security.open_for_work(
        str(path), daily_backup=False, sign_in=security.SignIn("amina", PASS, remember=True)
    )
    assert opened.db.person is not None
    assert opened.db.person.username == "amina"
    # The failed try made before the file could be read is in its audit log now.
    assert [e.actor for e in _entries(opened.db, "sign-in failed")] == ["amina"]
    opened.db.close()
    # Remembered on this computer: the next start needs nothing typed.
    again = security.open_for_work(str(path), daily_backup=False)
    assert again.unlocked is not None
    assert again.unlocked.source == "remembered"
    assert again.db.person is not None
    assert again.db.person.username == "amina"
    again.db.close()


def test_a_removed_users_old_key_file_opens_nothing_after_a_rekey(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite"
    db = _encrypted_with_admin(path)
    security.add_user(db, "amina", PASS, "caseworker")
    old_copy = tmp_path / "old.key"
    shutil.copy(keys.key_file_of(path), old_copy)
    advice = security.remove_user(db, "amina")
    assert "old copy" in advice or "copy of the key file" in advice
    key = db.key
    db.close()
    assert "amina" not in json.loads(keys.key_file_of(path).read_text())["slots"]
    security.rekey(path, lambda _key: None, key=key)
    # Everyone left keeps their passphrase across the new key.
    opened = security.open_for_work(
        str(path), daily_backup=False, sign_in=security.SignIn("admin", PASS)
    )
    opened.db.close()
    # The old key file still has the removed user's slot, but what it gives opens nothing.
    shutil.copy(old_copy, keys.key_file_of(path))
    assert keys.key_from_passphrase(path, "amina", PASS) is not None
    from guardian_desk.storage.database import key_opens

    assert not key_opens(path, keys.key_from_passphrase(path, "amina", PASS) or b"")
