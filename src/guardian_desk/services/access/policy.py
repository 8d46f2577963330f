"""The access policy: what the signed-in person may see and do. It decides here, once; the
services ask it before they read or write, and the window only hides what it denies.

- **Record scope** (which cases): the SQL of ``storage.repositories.case_scope`` on every
  list, count, search, calendar and deadline query, so that a hidden case shows in no count,
  hit or order; :func:`require_case` before a case is opened, exported or filed.
- **Sections** (which parts of a case): :func:`visible_tree` takes out of an opened case what
  the role may not read; :func:`check_edits` refuses a save that would change a section the
  role may not write; :func:`with_hidden` puts the hidden parts back before a save, so that
  what a person cannot see is neither lost nor changed.
- **Actions** (export, print, make filings...): :func:`require`.

Each denial is a sentence that says what the role may not do, never what is hidden, and is
written in the audit log. A database without users (a new one until its administrator is
made) has no one to ask about: everything is allowed, as before people signed in.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any, NoReturn

from guardian_desk.domain.roles import ACTIONS, SECTION_NAMES, Person, section_of
from guardian_desk.errors import AccessDeniedError
from guardian_desk.services import audit
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.tree import CASE, Node

# The parts of a case that hang from the case or the child: the only places a section starts
# (a part below them, such as a proceeding's hearings, is in its parent's section).
_CASE_PARTS: tuple[Node, ...] = tuple(CASE.children)
_CHILD_PARTS: tuple[Node, ...] = next(n for n in CASE.children if n.key == "child").children


def person_of(db: Database) -> Person | None:
    return db.person


def may(db: Database, action: str) -> bool:
    person = db.person
    return person is None or person.role.may(action)


def may_read(db: Database, section: str) -> bool:
    person = db.person
    return person is None or person.role.may_read(section)


def may_write(db: Database, section: str) -> bool:
    person = db.person
    return person is None or person.role.may_write(section)


def deny(
    db: Database,
    action: str,
    *,
    case_id: str | None = None,
    message: str | None = None,
    detail: dict[str, Any] | None = None,
) -> NoReturn:
    """Write the denial in the audit log and raise it (the entry is committed on its own, so
    that it stays when the caller's work is rolled back)."""
    person = db.person
    role = person.role.name if person else ""
    if db.damaged is None:  # a damaged file is written to by nothing, its audit log neither
        with db.unit_of_work() as session:
            audit.record(
                session,
                "access denied",
                case_id=case_id,
                detail={"action": action, **(detail or {})},
            )
    raise AccessDeniedError(message or f"Your role ({role}) may not {ACTIONS.get(action, action)}.")


def require(db: Database, action: str, *, case_id: str | None = None) -> None:
    """Go on only if the signed-in person's role has this action (``domain/roles.ACTIONS``).

    Raises:
        AccessDeniedError: it has not (written in the audit log).
    """
    if not may(db, action):
        deny(db, action, case_id=case_id)


def require_case(db: Database, case_id: str, what: str = "open") -> None:
    """Go on only if the case is within the person's record scope.

    Raises:
        AccessDeniedError: it is not (written in the audit log).
    """
    if db.person is None:
        return
    with db.reading() as session:
        if repo.cases_in_scope(session, [case_id]):
            return
    deny(
        db,
        f"{what} a case",
        case_id=case_id,
        message="This case is not among the cases your role lets you open; the lawyer or "
        "caseworker assigned to it, or an administrator, can.",
    )


def cases_in_scope(db: Database, case_ids: Iterable[str]) -> list[str]:
    """Those of ``case_ids`` within the person's record scope, in their order."""
    ids = list(case_ids)
    if db.person is None:
        return ids
    with db.reading() as session:
        kept = repo.cases_in_scope(session, ids)
    return [i for i in ids if i in kept]


def _sees(person: Person, node: Node, record: dict[str, Any]) -> bool:
    return person.sees_section(node.key, record)


def visible_tree(person: Person | None, case: dict[str, Any]) -> dict[str, Any]:
    """The case tree without what the person's role may not read (a copy)."""
    if person is None:
        return case
    shown = copy.deepcopy(case)
    for holder, parts in ((shown, _CASE_PARTS), (shown.get("child") or {}, _CHILD_PARTS)):
        for node in parts:
            if node.one:
                continue
            holder[node.key] = [r for r in holder.get(node.key) or [] if _sees(person, node, r)]
    return shown


def only_sections(case: dict[str, Any], sections: Iterable[str]) -> dict[str, Any]:
    """The case tree with only the records of these sections (a copy): what a referral
    carries. The case and the child themselves are the "identity" section, always sent."""
    kept = set(sections) | {"identity"}
    shown = copy.deepcopy(case)
    for holder, parts in ((shown, _CASE_PARTS), (shown.get("child") or {}, _CHILD_PARTS)):
        for node in parts:
            if node.one:
                continue
            holder[node.key] = [
                r for r in holder.get(node.key) or [] if section_of(node.key, r) in kept
            ]
    return shown


def hides_anything(person: Person | None) -> bool:
    return person is not None and any(
        not person.role.may_read(section) for section in SECTION_NAMES
    )


def with_hidden(
    person: Person | None, tree: dict[str, Any], whole: dict[str, Any]
) -> dict[str, Any]:
    """``tree`` (as the person saw or edited it) with the records of ``whole`` (the case as
    stored) that the person may not read put back as they are stored."""
    if person is None:
        return tree
    merged = copy.deepcopy(tree)
    pairs = ((merged, whole, _CASE_PARTS), (merged.get("child"), whole.get("child"), _CHILD_PARTS))
    for mine, stored, parts in pairs:
        if not mine or not stored:
            continue
        for node in parts:
            if node.one:
                continue
            hidden = [r for r in stored.get(node.key) or [] if not _sees(person, node, r)]
            if hidden:
                mine[node.key] = [*(mine.get(node.key) or []), *copy.deepcopy(hidden)]
    return merged


def check_edits(
    db: Database,
    changes: Iterable[tuple[str, dict[str, Any] | None, dict[str, Any] | None]],
    case_id: str,
) -> None:
    """Refuse a save that adds, changes or removes a record of a section the role may not
    write. ``changes`` are (part, record as opened or None, record as edited or None).

    Raises:
        AccessDeniedError: naming the sections (written in the audit log).
    """
    person = db.person
    if person is None:
        return
    refused: list[str] = []
    for part, old, new in changes:
        for record in (old, new):
            if record is None:
                continue
            section = section_of(part, record)
            if not person.role.may_write(section) and section not in refused:
                refused.append(section)
    if refused:
        names = ", ".join(SECTION_NAMES[s] for s in refused)
        deny(
            db,
            "change a section",
            case_id=case_id,
            detail={"sections": refused},
            message=f"Your role ({person.role.name}) may not change {names}; nothing was saved.",
        )
