"""Damaged bytes: a flipped run of bytes in a data page of cases or children, a scrambled b-tree
page, a zero-filled page, a truncated file, a file that is no database at all.

Commands that read or write refuse with the damaged-database sentence (naming the last verified
backup and ``recover``) and write nothing: the file's SHA-256 stays as it was. ``check`` reports
the problems (exit 1). ``recover -o FILE`` exports every case still readable, as an exchange file
that imports into a fresh database, and names the ones it cannot read.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from guardian_desk import cli
from tests.conftest import raw_connection
from tests.reliability.faults import (
    assert_one_clear_message,
    copy_database,
    file_digest,
    flip_cells,
    flip_header,
    pages_of,
    private_words,
    valid_exchange,
    zero_page,
)

AS_OF = date(2026, 11, 26)


@pytest.fixture(scope="module")
def small(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template's 60 demo cases with a verified backup, and an exchange file of others."""
    from guardian_desk.services import exchange
    from guardian_desk.services.exchange import demo
    from guardian_desk.storage.database import backup_sqlite, open_database

    folder = tmp_path_factory.mktemp("damage-small")
    db = copy_database(demo_template, folder)
    backup_sqlite(db, "manual")
    other = open_database(str(folder / "other.sqlite"), daily_backup=False)
    demo.generate(other, 10, seed=14, as_of=AS_OF)
    exchange.export_to_file(other, folder / "other.json")
    other.close()
    return db


def _middle(pages: list[int]) -> int:
    assert pages, "no such page in the demo database"
    return pages[len(pages) // 2]


def _btree_page(db: Path, table: str) -> int:
    return _middle(pages_of(db, table, "internal") or pages_of(db, table, "leaf"))


def _truncate(db: Path) -> None:
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.truncate(size * 6 // 10)


def _not_a_database(db: Path) -> None:
    db.write_bytes(b"These are the minutes of the team meeting, not a database.\n" * 500)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "cases-data-page": lambda db: flip_cells(db, _middle(pages_of(db, "cases", "leaf"))),
    "children-data-page": lambda db: flip_cells(db, _middle(pages_of(db, "children", "leaf"))),
    "cases-btree-page": lambda db: flip_header(db, _btree_page(db, "cases")),
    "children-btree-page": lambda db: flip_header(db, _btree_page(db, "children")),
    "children-zero-page": lambda db: zero_page(db, _middle(pages_of(db, "children", "leaf"))),
    "truncated": _truncate,
    "not-a-database": _not_a_database,
}
NOT_RECOVERABLE = ("truncated", "not-a-database")


def _damaged(small: Path, folder: Path, how: str) -> tuple[Path, list[str], str]:
    """A damaged copy, what of it must never be printed, and the name of its last backup."""
    from guardian_desk.storage.database import verified_backups

    db = copy_database(small, folder)
    private = private_words(db)
    backup = verified_backups(db)[-1].name
    DAMAGE[how](db)
    return db, private, backup


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # pragma: no cover - argparse
        code = exc.code if isinstance(exc.code, int) else 2
    said = capsys.readouterr()
    return code, said.out, said.err


@pytest.mark.fault
@pytest.mark.parametrize("how", list(DAMAGE))
@pytest.mark.parametrize("name", ["cases", "export", "import"])
def test_damaged_database_is_refused_and_not_written(
    name: str, how: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, private, backup = _damaged(small, tmp_path / "data", how)
    before = file_digest(db)
    out = tmp_path / "out.json"
    arguments = {
        "cases": ["cases"],
        "export": ["export", "--unencrypted", "-o", str(out)],
        "import": ["import", str(small.parent / "other.json")],
    }[name]
    code, stdout, err = _run(["--db", str(db), *arguments], capsys)
    assert code == 1, f"{name} on a database with a damaged {how}: exit {code}\n{stdout}{err}"
    must = ["damaged", backup] + ([] if how == "not-a-database" else ["recover"])
    assert_one_clear_message(err, *must, private=private)
    assert file_digest(db) == before, "a byte of the damaged database changed"
    assert not out.exists(), "an export of a damaged database was written"
    assert not stdout.strip(), f"{name} printed data of a damaged database:\n{stdout[:500]}"


@pytest.mark.fault
@pytest.mark.parametrize("how", list(DAMAGE))
def test_check_finds_the_damage(
    how: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, private, _ = _damaged(small, tmp_path / "data", how)
    before = file_digest(db)
    code, stdout, err = _run(["--db", str(db), "check"], capsys)
    assert code == 1, f"check of a damaged {how}: exit {code}\n{stdout}{err}"
    for leak in ("Traceback", "[SQL", "sqlalchemy"):
        assert leak not in err + stdout
    if err.strip():
        assert_one_clear_message(err, "damaged", private=private)
    else:
        assert "Database has problems." in stdout, stdout
        assert "Problem:" in stdout, stdout
    assert file_digest(db) == before, "check changed a byte of the damaged database"


@pytest.mark.fault
@pytest.mark.parametrize("how", list(DAMAGE))
def test_recover_exports_what_is_readable_and_names_the_rest(
    how: str, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, private, _ = _damaged(small, tmp_path / "data", how)
    with contextlib.closing(sqlite3.connect(small)) as conn:
        total = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        references = {r[0] for r in conn.execute("SELECT reference FROM cases")}
    before = file_digest(db)
    out = tmp_path / "recovered.json"
    code, stdout, err = _run(["--db", str(db), "recover", "-o", str(out)], capsys)
    assert file_digest(db) == before, "recover changed a byte of the damaged database"
    for leak in ("Traceback", "[SQL", "sqlalchemy"):
        assert leak not in err + stdout
    if how in NOT_RECOVERABLE and code == 1 and not out.exists():
        # nothing is readable: one sentence says so
        assert_one_clear_message(err, private=private)
        return
    assert code in (0, 1), f"recover of a damaged {how}: exit {code}\n{stdout}{err}"
    document = valid_exchange(out)
    assert document is not None, "the recovered file is not a whole exchange file"
    recovered = document["cases"]
    assert isinstance(recovered, list)
    named = [line.removeprefix("Not readable: ") for line in stdout.splitlines()]
    named = [n for n in named if n in references or n.startswith("(row")]
    assert len(recovered) + len(named) == total, (
        f"{len(recovered)} recovered and {len(named)} named of {total} cases:\n{stdout}{err}"
    )
    assert (code == 1) == bool(named), f"exit {code} with {len(named)} unreadable case(s)"
    if how not in NOT_RECOVERABLE:
        assert named, f"a damaged {how}, yet every case was read back: is the damage unseen?"
    # what was recovered imports into a fresh database
    fresh = tmp_path / "fresh.sqlite"
    code, stdout, err = _run(["--db", str(fresh), "import", str(out)], capsys)
    assert code == 0, f"the recovered file does not import: {err}"
    assert f"Imported {len(recovered)} cases" in stdout
    with contextlib.closing(raw_connection(fresh)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = {r[0] for r in conn.execute("SELECT reference FROM cases")}
    assert found == {c["reference"] for c in recovered if isinstance(c, dict)}
    assert json.loads(out.read_bytes())["format"]
