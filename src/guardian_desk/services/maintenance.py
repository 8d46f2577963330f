"""Checking a database, and recovering what is still readable from a damaged one.

``check`` asks the database engine about its structure (SQLite's integrity check, foreign
keys, the full-text index) and then reads every case as an export would, and every stored
file against its SHA-256: a flipped byte in a name is found there, not only a broken page.
``recover`` reads a damaged file without writing to it and exports every case it can still
read, naming those it cannot.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from guardian_desk import __version__
from guardian_desk.files import write_atomic
from guardian_desk.services import access
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database, current_revision, head_revision
from guardian_desk.storage.tree import ATTACHMENTS, TEAM

log = logging.getLogger("guardian_desk.services.maintenance")

CHUNK = 200  # cases read together; a chunk that fails is read again case by case


@dataclass(frozen=True)
class CheckReport:
    schema_revision: str | None
    expected_revision: str
    cases: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.schema_revision == self.expected_revision


@dataclass(frozen=True)
class RecoveryReport:
    """What ``recover`` wrote and what it could not read."""

    exported: int
    unreadable: tuple[str, ...]  # case references (or row ids where even that is unreadable)
    damaged_files: int
    path: Path


def _refuse_unless_administrator(db: Database, what: str) -> None:
    if not access.may(db, "manage_users"):
        access.deny(
            db,
            "manage_users",
            message=f"Only a role that manages users may {what} of the database.",
        )


def check(db: Database) -> CheckReport:
    """What the database engine and Guardian Desk's own reading find wrong, if anything.

    Raises:
        AccessDeniedError: the person's role may not manage users (reading every case is an
            administrator's work).
    """
    _refuse_unless_administrator(db, "check every case")
    revision = current_revision(db)
    with db.reading() as session:
        problems = list(repo.integrity_problems(session))
        cases = repo.count_cases(session)
    _, unreadable = _read_cases(db, lambda _trees: None)
    problems += [f"case {ref} cannot be read: its stored data is damaged" for ref in unreadable]
    damaged = _damaged_files(db)
    if damaged:
        problems.append(f"{len(damaged)} stored file(s) no longer match their SHA-256")
    return CheckReport(revision, head_revision(), cases, tuple(problems))


def _case_keys(db: Database) -> list[tuple[str, str]]:
    """(id, reference) of every case, reading row by row so one damaged row does not hide all."""
    keys: list[tuple[str, str]] = []
    with db.reading() as session:
        rowids = list(session.scalars(select(m.Case.__table__.c.id)))
        for case_id in rowids:
            try:
                reference = session.scalar(select(m.Case.reference).where(m.Case.id == case_id))
            except (SQLAlchemyError, ValueError, UnicodeError):
                reference = None
            keys.append((case_id, reference or f"(row {case_id})"))
    return keys


def _read_cases(
    db: Database, sink: Callable[[list[dict[str, Any]]], None]
) -> tuple[int, list[str]]:
    """Read every case tree; hand the readable ones to ``sink``; return their count and the
    references of the unreadable ones."""
    from guardian_desk.services.records import case_trees

    unreadable: list[str] = []
    readable = 0

    def attempt(keys: Sequence[tuple[str, str]]) -> None:
        nonlocal readable
        try:
            with db.reading() as session:
                trees = case_trees(session, [k for k, _ in keys])
        except (SQLAlchemyError, ValueError, UnicodeError, TypeError, KeyError, OverflowError):
            if len(keys) == 1:
                unreadable.append(keys[0][1])
                return
            half = len(keys) // 2
            attempt(keys[:half])
            attempt(keys[half:])
            return
        readable += len(trees)
        sink(trees)

    keys = _case_keys(db)
    for start in range(0, len(keys), CHUNK):
        attempt(keys[start : start + CHUNK])
    return readable, unreadable


def _damaged_files(db: Database) -> set[str]:
    """SHA-256 of the stored files whose bytes no longer hash to their name."""
    damaged: set[str] = set()
    with db.reading() as session:
        for sha256 in session.scalars(select(m.Attachment.sha256)):
            try:
                found = repo.attachment(session, sha256)
            except (SQLAlchemyError, ValueError):
                damaged.add(sha256)
                continue
            if found is None or hashlib.sha256(found[1]).hexdigest() != sha256:
                damaged.add(sha256)
    return damaged


def recover(db: Database, output: Path) -> RecoveryReport:
    """Export every case still readable to an exchange file, and name those that are not.

    A case that refers to a stored file whose bytes are damaged is not exported either
    (importing it would bring the damage along); it is named with the unreadable ones.
    Nothing is written to the database. The file is written whole or not at all.

    Raises:
        AccessDeniedError: the person's role may not manage users (a rescue copy of every
            case is an administrator's work).
    """
    _refuse_unless_administrator(db, "rescue every case")
    from guardian_desk.services.exchange import FORMAT, FORMAT_VERSION, dumps
    from guardian_desk.services.records import items_of, referenced_attachments

    damaged = _damaged_files(db)
    cases: list[dict[str, Any]] = []
    unusable: list[str] = []

    def keep(trees: list[dict[str, Any]]) -> None:
        for tree in trees:
            if referenced_attachments([tree]) & damaged:
                unusable.append(str(tree.get("reference")))
            else:
                cases.append(tree)

    _, unreadable = _read_cases(db, keep)
    with db.reading() as session:
        team_rows = _readable_rows(session, TEAM.model)
        blobs = [
            r
            for r in repo.rows_where_in(
                session, ATTACHMENTS.model, "sha256", sorted(referenced_attachments(cases))
            )
            if r["sha256"] not in damaged
        ]
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"Guardian Desk {__version__} (recovery)",
        "team": items_of(TEAM, team_rows),
        "attachments": items_of(ATTACHMENTS, blobs),
        "cases": cases,
    }
    write_atomic(output, dumps(document), "The recovered cases")
    log.info("recovery exported %d cases; %d unreadable", len(cases), len(unreadable))
    return RecoveryReport(len(cases), tuple(unreadable + unusable), len(damaged), output)


def _readable_rows(session: Any, model: type[m.Base]) -> list[dict[str, Any]]:
    try:
        return repo.all_rows(session, model)
    except (SQLAlchemyError, ValueError, UnicodeError):
        return []
