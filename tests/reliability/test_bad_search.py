"""Hostile searches: every query returns matches or nothing, quickly, and changes nothing.

The search box and ``guardian-desk search`` pass the person's text to ``cases.search``. Only
folded letters and digits reach the FTS5 query (see ``storage.repositories.fts_query``), so
FTS5 syntax, SQL, control and invisible characters are plain text or nothing at all.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest

from guardian_desk.services import cases
from guardian_desk.storage.database import open_database

# (row id, query, a case it must find or None when nothing in particular)
QUERIES: list[tuple[str, str, str | None]] = [
    ("double-quote", '"', None),
    ("unbalanced-quotes", '"DEMO-7-000001', "DEMO-7-000001"),
    ("star", "*", None),
    ("star-prefix", "*DEMO", None),
    ("near", "NEAR(", None),
    ("near-group", "NEAR(DEMO 7, 2)", None),
    ("or", "OR", None),
    ("and-not", "DEMO AND NOT 7", None),
    ("minus", "-", None),
    ("minus-word", "-DEMO", None),
    ("caret", "^", None),
    ("caret-word", "^DEMO-7-000002", "DEMO-7-000002"),
    ("column-filter", "body: DEMO", None),
    ("braces", "{body} : x", None),
    ("sql-or", "' OR 1=1 --", None),
    ("sql-drop", "'; DROP TABLE cases; --", None),
    ("sql-union", "x' UNION SELECT id FROM cases --", None),
    ("like-wildcards", "%_%", None),
    ("backslash", "\\", None),
    ("10000-characters", "a" * 10_000, None),
    ("5000-words", "DEMO " * 5_000, None),
    ("only-punctuation", "!@#$%^&*()[]{}<>?/|~`", None),
    ("arabic-punctuation", "،؛؟٪", None),
    ("only-zero-width", "\u200b\u200c\u200d\u2060\ufeff", None),
    ("only-tatweel", "ـــ", None),
    ("only-combining-marks", "\u0301\u0308\u064e", None),
    ("nul", "\x00", None),
    ("nul-inside", "DEMO-7-\x00000003", None),
    ("bidi-override-around", "\u202eDEMO-7-000003\u202c", "DEMO-7-000003"),
    ("bidi-isolates-around", "\u2067DEMO-7-000004\u2069", "DEMO-7-000004"),
    ("marks-around", "\u200eDEMO-7-000005\u200f", "DEMO-7-000005"),
    ("line-breaks", "DEMO-7-000006\r\n\t", "DEMO-7-000006"),
    ("lone-surrogate", "\ud800DEMO", None),
    ("emoji", "🙂👨‍👩‍👧", None),
    ("arabic-indic-number", "DEMO-٧-٠٠٠٠٠٧", "DEMO-7-000007"),
    ("persian-number", "DEMO-۷-۰۰۰۰۰۸", "DEMO-7-000008"),
    ("fullwidth", "ＤＥＭＯ-７-０００００９", "DEMO-7-000009"),
    ("empty", "", None),
    ("spaces", "   \u00a0\u3000", None),
]


@pytest.fixture(scope="module")
def database(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "cases.sqlite"
    shutil.copyfile(demo_template, path)
    open_database(str(path)).close()  # let opening do whatever it does once, before hashing
    return path


def _digest(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(b"\0wal\0" + wal.read_bytes())
    return digest.hexdigest()


@pytest.mark.bad_input
@pytest.mark.parametrize(("query", "finds"), [q[1:] for q in QUERIES], ids=[q[0] for q in QUERIES])
def test_a_hostile_query_finds_or_finds_nothing(
    database: Path, query: str, finds: str | None
) -> None:
    before = _digest(database)
    db = open_database(str(database))
    try:
        started = time.monotonic()
        found = cases.search(db, query)
        elapsed = time.monotonic() - started
        assert cases.count(db) == 60  # nothing was dropped
    finally:
        db.close()
    assert isinstance(found, list)
    assert elapsed < 5, f"{elapsed:.1f} s for one search"
    if finds is not None:
        assert finds in [s.reference for s in found]
    assert _digest(database) == before, "a search changed the database"


@pytest.mark.bad_input
@pytest.mark.postgres
def test_hostile_queries_on_postgresql(pg_url: str) -> None:
    """The same rows on a team database, where search is LIKE over the folded text."""
    from guardian_desk.services.exchange import demo
    from tests.conftest import AS_OF

    db = open_database(pg_url)
    try:
        demo.generate(db, 12, seed=7, as_of=AS_OF)
        for name, query, finds in QUERIES:
            found = cases.search(db, query)
            assert isinstance(found, list), name
            if finds is not None:
                assert finds in [s.reference for s in found], name
        assert cases.count(db) == 12
    finally:
        db.close()
