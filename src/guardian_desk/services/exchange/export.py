"""Exporting cases as an exchange document."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from guardian_desk import __version__
from guardian_desk.services import access
from guardian_desk.services.exchange.schema import FORMAT, FORMAT_VERSION
from guardian_desk.services.records import (
    attachment_items,
    case_ids_of,
    case_trees,
    referenced_attachments,
    referenced_team,
    team_items,
)
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database


def export_document(
    db: Database, references: Sequence[str] | None = None, *, whole: bool = False
) -> dict[str, Any]:
    """The exchange document of the named cases (all cases when ``references`` is None), as
    the signed-in person may see them: only cases in their scope, only the sections they may
    read. ``whole`` is for the services' own use (a save puts hidden parts back).

    Raises:
        NotFoundError: a named case reference does not exist.
        AccessDeniedError: a named case is not in the person's scope.
    """
    person = None if whole else db.person
    with db.reading() as session:
        if references:
            case_ids = case_ids_of(session, references)
            if person is not None:
                for case_id in case_ids:
                    access.require_case(db, case_id, "export")
            cases = case_trees(session, case_ids)
            team = team_items(session, sorted(referenced_team(cases)))
        else:
            case_ids = repo.all_case_ids(session)
            if person is not None:
                kept = repo.cases_in_scope(session, case_ids)
                case_ids = [c for c in case_ids if c in kept]
            cases = case_trees(session, case_ids)
            team = team_items(session, sorted(referenced_team(cases)) if person else None)
        if person is not None:
            cases = [access.visible_tree(person, case) for case in cases]
        attachments = attachment_items(session, sorted(referenced_attachments(cases)))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"Guardian Desk {__version__}",
        "team": team,
        "attachments": attachments,
        "cases": cases,
    }


def dumps(document: dict[str, Any]) -> str:
    """The exchange document as text: UTF-8, indented, stable key order."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_to_file(
    db: Database,
    path: Path,
    references: Sequence[str] | None = None,
    *,
    passphrase: str | None = None,
    recipients: Sequence[str] = (),
) -> int:
    """Write the exchange document to ``path`` (atomically); returns the number of cases.

    With a passphrase or recipients the file is sealed with age; without, it is a clear copy,
    which a person must have asked for.
    """
    from guardian_desk.files import staged_file
    from guardian_desk.services import audit
    from guardian_desk.services.exchange.sealed import seal

    access.require(db, "export")
    document = export_document(db, references)
    # The audit log's head as this file leaves: cutting entries off the log is then found.
    document["audit_checkpoint"] = audit.take_checkpoint(db).text()
    data = dumps(document).encode("utf-8")
    sealed = passphrase is not None or bool(recipients)
    if sealed:
        data = seal(data, passphrase=passphrase, recipients=recipients)
    detail = {
        "cases": len(document["cases"]),
        "references": [c["reference"] for c in document["cases"]][:50],
        "sealed": "to recipients" if recipients else "to a passphrase" if sealed else "no",
    }
    # The file and the audit entry that says it was written exist together or not at all.
    with staged_file(path, data, "The export") as put_in_place, db.unit_of_work() as session:
        audit.record(session, "cases exported", detail=detail)
        session.flush()
        put_in_place()
    return len(document["cases"])


# --- validation -----------------------------------------------------------------------------
