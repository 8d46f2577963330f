"""A case's records as plain data: read as one tree, made new, written back as rows."""

from __future__ import annotations

import re

import pytest

from guardian_desk.errors import NotFoundError
from guardian_desk.services import records
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.tree import CASE, TEAM

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _references(db: Database, count: int) -> list[str]:
    with db.reading() as session:
        ids = repo.all_case_ids(session)[:count]
        return [t["reference"] for t in records.case_trees(session, ids)]


def test_cases_are_found_by_reference_in_the_order_asked(demo_db: Database) -> None:
    first, second = _references(demo_db, 2)
    with demo_db.reading() as session:
        ids = records.case_ids_of(session, [second, first, second])
        trees = records.case_trees(session, ids)
    assert len(ids) == 2  # each case once
    assert {t["reference"] for t in trees} == {first, second}


def test_an_unknown_reference_is_named(demo_db: Database) -> None:
    (known,) = _references(demo_db, 1)
    with demo_db.reading() as session, pytest.raises(NotFoundError, match="NO-SUCH-CASE"):
        records.case_ids_of(session, [known, "NO-SUCH-CASE"])


def test_a_tree_holds_plain_values_and_only_the_parts_asked(demo_db: Database) -> None:
    with demo_db.reading() as session:
        ids = repo.all_case_ids(session)[:1]
        (whole,) = records.case_trees(session, ids)
        (part,) = records.case_trees(session, ids, {"documents"})
    assert set(whole) >= {child.key for child in CASE.children}
    assert "documents" in part
    assert "proceedings" not in part
    assert "family_members" not in part
    assert part["documents"] == whole["documents"]
    assert ISO_DAY.match(whole["opened_on"])  # a day as ISO text, not a date object
    assert isinstance(whole["status"], str)  # an enum as its value


def test_team_members_and_files_a_case_names_are_read_with_it(demo_db: Database) -> None:
    with demo_db.reading() as session:
        trees = records.case_trees(session, repo.all_case_ids(session))
        named = sorted(records.referenced_team(trees))
        members = records.team_items(session, named)
        everyone = records.team_items(session)
        files = records.attachment_items(session, sorted(records.referenced_attachments(trees)))
    assert named
    assert [m["id"] for m in members] == [
        m["id"] for m in everyone if m["id"] in set(named)
    ]  # the same order whichever way they are asked for
    assert len(everyone) >= len(members)
    assert {f["sha256"] for f in files} == records.referenced_attachments(trees)
    assert all(isinstance(f["data"], str) for f in files)  # base64 text


def test_items_are_in_the_order_of_their_node(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = repo.all_rows(session, TEAM.model)
    shuffled = list(reversed(rows))
    assert records.items_of(TEAM, shuffled) == records.items_of(TEAM, rows)


def test_a_new_record_has_every_field_and_its_own_id() -> None:
    first = records.new_record("hearings", forum="Family Court")
    second = records.new_record("hearings")
    node = next(n for n in CASE.walk() if n.key == "hearings")
    assert {c.name for c in node.fields()} <= set(first)
    assert first["forum"] == "Family Court"
    assert first["id"] != second["id"]
    assert second["forum"] is None


def test_trees_written_as_rows_read_back_the_same(demo_db: Database, db: Database) -> None:
    """Rows of a tree, written into another database, give back the same tree."""
    with demo_db.reading() as session:
        ids = repo.all_case_ids(session)[:3]
        trees = records.case_trees(session, ids)
        team = records.team_items(session, sorted(records.referenced_team(trees)))
        files = records.attachment_items(session, sorted(records.referenced_attachments(trees)))
    with db.unit_of_work() as session:
        records.write_rows(session, team, files, records.rows_for(trees))
    with db.reading() as session:
        again = records.case_trees(session, ids)
    assert [t["reference"] for t in again] == [t["reference"] for t in trees]
    assert _without_stamps(again) == _without_stamps(trees)


def _without_stamps(value: object) -> object:
    """Row versions start again at 1 in the new database; the rest must be equal."""
    if isinstance(value, dict):
        return {k: _without_stamps(v) for k, v in value.items() if k != "version"}
    if isinstance(value, list):
        return [_without_stamps(v) for v in value]
    return value
