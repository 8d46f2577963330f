"""A damaged database is caught before anything writes to it, and what is readable is saved."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from guardian_desk import cli
from guardian_desk.services import exchange, maintenance
from guardian_desk.storage.database import (
    DamagedDatabaseError,
    backup_dir,
    backup_sqlite,
    open_database,
    verified_backups,
    verify,
)
from tests.reliability.conftest import digest


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def _a_child_name(path: Path) -> tuple[str, str]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT c.reference, ch.given_names FROM cases c JOIN children ch "
            "ON ch.case_id = c.id WHERE length(ch.given_names) >= 6 ORDER BY c.reference LIMIT 1"
        ).fetchone()


def _flip_text(path: Path, text: str) -> None:
    """Put an invalid UTF-8 byte in the middle of a stored name, as a failing disk would."""
    data = bytearray(path.read_bytes())
    raw = text.encode("utf-8")
    where = data.find(raw)
    assert where > 0
    while where > 0:  # in the table and in the index of names alike
        data[where + 2] = 0xFF
        where = data.find(raw, where + 1)
    path.write_bytes(bytes(data))


def _zero_page_of(path: Path, table: str) -> None:
    """Overwrite a b-tree page of ``table`` (its root's first child, or its root) with zeros."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,))
        page = root.fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start : start + page_size] = bytes(page_size)
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_a_name_is_found_by_check_and_export_says_damaged(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference, name = _a_child_name(demo_copy)
    _flip_text(demo_copy, name)
    before = digest(demo_copy)

    assert (
        cli.main(
            ["export", "--unencrypted", "--db", str(demo_copy), "-o", str(tmp_path / "all.json")]
        )
        == 1
    )
    said = capsys.readouterr().err
    assert "damaged" in said
    assert "Traceback" not in said
    assert name not in said
    assert reference not in said
    assert not (tmp_path / "all.json").exists()

    db = open_database(str(demo_copy), check_integrity=False, daily_backup=False)
    report = maintenance.check(db)
    db.close()
    assert not report.ok
    assert f"case {reference} cannot be read: its stored data is damaged" in report.problems
    assert digest(demo_copy) == before


def test_recover_exports_every_readable_case_and_names_the_others(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference, name = _a_child_name(demo_copy)
    with sqlite3.connect(demo_copy) as conn:
        total = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    _flip_text(demo_copy, name)
    before = digest(demo_copy)
    out = tmp_path / "recovered.json"

    code = cli.main(["recover", "--db", str(demo_copy), "-o", str(out)])
    said = capsys.readouterr()
    assert code == 1
    assert f"Exported {total - 1} readable cases" in said.out
    assert f"Not readable: {reference}" in said.out
    assert digest(demo_copy) == before  # recovery writes nothing to the damaged file
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    fresh = open_database(str(tmp_path / "fresh.sqlite"))
    imported = exchange.import_file(fresh, out)
    fresh.close()
    assert imported.cases == total - 1
    assert reference not in {c["reference"] for c in json.loads(out.read_text())["cases"]}


def test_structural_damage_is_refused_before_any_write_naming_the_last_backup(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backup_sqlite(demo_copy, "daily")
    _zero_page_of(demo_copy, "cases")
    before = digest(demo_copy)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(str(demo_copy))
    assert str(backup) in str(caught.value)
    assert "recover" in str(caught.value)

    exported = tmp_path / "in.json"
    exported.write_text('{"format": "guardian-desk-exchange"}', encoding="utf-8")
    assert cli.main(["import", "--db", str(demo_copy), str(exported)]) == 1
    said = capsys.readouterr().err
    assert "is damaged" in said
    assert str(backup) in said
    assert digest(demo_copy) == before


def test_damage_outside_the_core_tables_stops_the_first_write(demo_copy: Path) -> None:
    _zero_page_of(demo_copy, "hearings")
    before = digest(demo_copy)
    db = open_database(str(demo_copy), daily_backup=False)  # the quick part passes
    with pytest.raises(DamagedDatabaseError):
        verify(db)
    with pytest.raises(DamagedDatabaseError), db.unit_of_work():
        pass
    db.close()
    assert digest(demo_copy) == before


def test_a_backup_killed_half_way_never_counts(demo_copy: Path) -> None:
    folder = backup_dir(demo_copy)
    folder.mkdir()
    (folder / ".gd-partial-abc.tmp").write_bytes(b"")  # what a kill -9 leaves
    (folder / f"{demo_copy.stem}-20261204T000000000000Z-daily.sqlite").write_bytes(b"")
    assert verified_backups(demo_copy) == []
    made = backup_sqlite(demo_copy, "daily")
    assert verified_backups(demo_copy) == [made]
    assert not (folder / ".gd-partial-abc.tmp").exists()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_a_backup_that_cannot_be_verified_is_not_kept(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from guardian_desk.storage import database

    monkeypatch.setattr(database, "_integrity_of", lambda conn, quick=False: "page 7: bad")
    with pytest.raises(DamagedDatabaseError, match="fails its integrity check, so nothing"):
        backup_sqlite(demo_copy, "daily")
    assert list(backup_dir(demo_copy).iterdir()) == []


def test_a_truncated_file_is_damaged(demo_copy: Path) -> None:
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDatabaseError, match="is damaged"):
        open_database(str(demo_copy))


def test_new_databases_and_their_backups_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "cases.sqlite"
    db = open_database(str(path))
    db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    backup_sqlite(path, "daily")
    assert stat.S_IMODE(backup_dir(path).stat().st_mode) == 0o700
