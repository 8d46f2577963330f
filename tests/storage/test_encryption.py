"""SQLite files encrypted with SQLCipher: the file, its log and its backups hold nothing in
clear, and everything works on them as on a plain file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from guardian_desk.errors import DatabaseError, KeyNeededError, WrongKeyError
from guardian_desk.services import cases, exchange
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import (
    SQLITE_HEADER,
    DamagedDatabaseError,
    _alembic_config,
    _engine,
    backup_sqlite,
    connect_sqlite,
    current_revision,
    head_revision,
    is_encrypted,
    open_database,
    refuse_damaged,
    verified_backups,
)
from tests.conftest import AS_OF

KEY = bytes(range(32))


def _names(db_path: Path, key: bytes) -> list[str]:
    """Every child's names in both scripts, the way they are stored."""
    db = open_database(str(db_path), key=key, daily_backup=False)
    found = []
    for case in exchange.export_document(db)["cases"]:
        child = case["child"]
        for field in ("given_names", "family_name", "given_names_native", "family_name_native"):
            if child.get(field) and len(child[field]) >= 5:
                found.append(child[field])
    db.close()
    return found


def _clear_in(path: Path, words: list[str]) -> list[str]:
    data = path.read_bytes()
    return [w for w in words if w.encode("utf-8") in data]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "encrypted.sqlite"
    db = open_database(str(path), key=KEY)
    demo.generate(db, 20, seed=3, as_of=AS_OF)
    db.close()
    return path


def test_a_new_file_with_a_key_holds_no_name_in_clear(encrypted: Path) -> None:
    names = _names(encrypted, KEY)
    assert len(names) >= 30
    assert any(not n.isascii() for n in names)  # native scripts are among them
    assert encrypted.read_bytes()[:16] != SQLITE_HEADER
    assert is_encrypted(encrypted)
    leftovers = [encrypted, *encrypted.parent.glob("encrypted.sqlite-*")]
    for path in [p for p in leftovers if p.is_file()]:
        assert _clear_in(path, names) == [], path.name


def test_the_same_data_in_a_plain_file_is_readable(tmp_path: Path) -> None:
    """The test above would pass on any file that lacks the names: this one has them."""
    path = tmp_path / "plain.sqlite"
    db = open_database(str(path))
    demo.generate(db, 20, seed=3, as_of=AS_OF)
    db.close()
    assert not is_encrypted(path)
    assert _clear_in(path, _plain_names(path))


def _plain_names(path: Path) -> list[str]:
    db = open_database(str(path), daily_backup=False)
    names = [c["child"]["family_name"] for c in exchange.export_document(db)["cases"]]
    db.close()
    return names


def test_search_and_export_work_on_an_encrypted_file(encrypted: Path) -> None:
    db = open_database(str(encrypted), key=KEY, daily_backup=False)
    document = exchange.export_document(db)
    name = document["cases"][4]["child"]["family_name"]
    native = next(
        c["child"]["family_name_native"]
        for c in document["cases"]
        if c["child"].get("family_name_native") and not c["child"]["family_name_native"].isascii()
    )
    assert cases.search_ids(db, name)
    assert cases.search_ids(db, native)
    db.close()


def test_without_its_key_the_file_is_refused_and_untouched(encrypted: Path) -> None:
    before = _digest(encrypted)
    with pytest.raises(KeyNeededError, match="recovery key"):
        open_database(str(encrypted))
    with pytest.raises(WrongKeyError, match="does not open"):
        open_database(str(encrypted), key=os.urandom(32))
    assert _digest(encrypted) == before


def test_a_key_is_refused_for_a_plain_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    open_database(str(path)).close()
    with pytest.raises(DatabaseError, match="not encrypted"):
        open_database(str(path), key=KEY)


def test_backups_are_encrypted_and_open_with_the_key(encrypted: Path) -> None:
    backup = backup_sqlite(encrypted, "manual", KEY)
    assert backup in verified_backups(encrypted)
    assert is_encrypted(backup)
    assert _clear_in(backup, _names(encrypted, KEY)) == []
    with pytest.raises(KeyNeededError):
        open_database(str(backup))
    copy = open_database(str(backup), key=KEY, daily_backup=False)
    assert len(cases.list_ids(copy)) == 20
    copy.close()


def test_an_older_encrypted_schema_is_upgraded_after_an_encrypted_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = _engine(f"sqlite:///{path}", KEY)
    from alembic import command

    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    engine.dispose()
    db = open_database(str(path), key=KEY)
    assert current_revision(db) == head_revision()
    db.close()
    (backup,) = verified_backups(path)
    assert "before-upgrade" in backup.name
    assert is_encrypted(backup)


def test_damage_inside_an_encrypted_file_is_found(encrypted: Path) -> None:
    size = encrypted.stat().st_size
    with encrypted.open("r+b") as handle:  # one byte in the middle of the file: a page's HMAC
        handle.seek(size // 2)
        byte = handle.read(1)
        handle.seek(size // 2)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(DamagedDatabaseError):
        refuse_damaged(encrypted, whole=True, key=KEY)


def test_a_keyed_connection_reads_and_a_bare_one_does_not(encrypted: Path) -> None:
    with connect_sqlite(encrypted, KEY, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 20
    bare = connect_sqlite(encrypted, read_only=True)
    with pytest.raises(Exception, match="not a database"):
        bare.execute("SELECT count(*) FROM cases").fetchone()
    bare.close()


def test_a_backup_taken_while_cases_are_written_is_whole_and_verified(encrypted: Path) -> None:
    """Another connection commits case after case while backups are taken: each backup is
    a verified snapshot between two transactions, keyed like the database."""
    import threading
    import time
    from contextlib import closing

    writer = open_database(str(encrypted), key=KEY, daily_backup=False)
    stop = threading.Event()
    failures: list[BaseException] = []
    written = [0]

    def write() -> None:
        seed = 100
        try:
            while not stop.is_set():
                written[0] += demo.generate(writer, 2, seed=seed, as_of=AS_OF)
                seed += 1
        except BaseException as exc:  # said by the assertion below
            failures.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    backups = []
    try:
        while written[0] == 0:
            time.sleep(0.01)
        for _ in range(4):
            backups.append(backup_sqlite(encrypted, "manual", KEY))
    finally:
        stop.set()
        thread.join(120)
    assert failures == []
    total = len(cases.list_ids(writer))
    writer.close()
    assert total > 20
    counts = []
    for backup in backups:
        assert is_encrypted(backup)
        with closing(connect_sqlite(backup, KEY)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            found = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
            children = conn.execute("SELECT count(*) FROM children").fetchone()[0]
        assert found == children  # no case without its child: a snapshot between commits
        counts.append(found)
    assert 20 < counts[0] <= counts[-1] <= total
    assert counts == sorted(counts)
