"""Importing an exchange document: validated first, then all or nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from guardian_desk.errors import NotFoundError, Problem, ValidationError
from guardian_desk.progress import Progress, report
from guardian_desk.services.exchange.sealed import is_sealed, unseal
from guardian_desk.services.exchange.validation import parse_document, validate_document
from guardian_desk.services.records import rows_for, write_rows
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

MAX_FILE_BYTES = 2 * 1024**3
IMPORT_CHUNK = 200  # cases written between two progress reports


@dataclass(frozen=True)
class ImportResult:
    cases: int
    team_members: int
    attachments: int
    case_ids: tuple[str, ...] = ()


def import_document(
    db: Database,
    document: dict[str, Any],
    source: str = "the file",
    progress: Progress | None = None,
) -> ImportResult:
    """Validate, then import every case of the document with its deadlines in one
    transaction (all or nothing).

    The deadlines the rules give for each case are computed before its rows are written and
    written with them, as saving a case in the window does: there is no moment where the
    cases are in and their deadlines are not, and nothing to do after an import.

    A case that would break the deadline arithmetic has a date outside the years 1900–2100
    (a decision notified 9999-12-31): validation refuses the whole file, naming the date and
    its path, and nothing is written. That protects the child best: the clerk corrects one
    date in the file and imports again, and no case is ever in the database with clocks that
    silently do not run. Should a rule still fail on facts that pass validation, the case is
    imported with a deadline due today saying that its deadlines could not be computed and
    what to check (see :func:`guardian_desk.services.calendar.reconcile`): the team sees it
    the same day, and the other children's cases are not held back.

    ``progress`` hears of validation as the first half of the work and of writing as the
    second; when it says to stop, Cancelled is raised and nothing is written.
    """
    # (audit and calendar read cases through this module)
    from guardian_desk.services import audit, calendar, documents

    cases = document.get("cases", [])
    total = 2 * len(cases) + 1
    report(progress, 0, total)
    validate_document(db, document, source)
    report(progress, len(cases), total)
    # The database's deadlines follow the shipped rules: the new cases' will too, so the
    # record of which rules were applied stays true (and is set on a first import).
    current = not calendar.rules_changed(db)
    try:
        with db.unit_of_work() as session:
            team, blobs = document.get("team", []), document.get("attachments", [])
            for start in range(0, max(len(cases), 1), IMPORT_CHUNK):
                part = [
                    {**case, "deadlines": calendar.reconcile(case)}
                    for case in cases[start : start + IMPORT_CHUNK]
                ]
                write_rows(session, team, blobs, rows_for(part))
                documents.write_file_checks(session, part)
                team, blobs = [], []  # all written with the first part
                report(progress, len(cases) + start + len(part), total)
            if current and cases:
                repo.set_state_value(session, calendar.RULES_KEY, calendar.rules_fingerprint())
            audit.record(
                session,
                "cases imported",
                detail={"cases": len(cases), "references": [c["reference"] for c in cases][:50]},
            )
    except IntegrityError as exc:
        raise ValidationError(
            f"{source} breaks a rule of the data and was not imported; nothing was changed.",
            [Problem("", _constraint_words(str(exc.orig)))],
        ) from None
    return ImportResult(
        len(document["cases"]),
        len(document.get("team", [])),
        len(document.get("attachments", [])),
        tuple(case["id"] for case in cases),
    )


def _constraint_words(message: str) -> str:
    name = re.search(r"ck_(\w+)", message)
    return f"the rule '{name.group(1)}' is not met" if name else message.splitlines()[0][:200]


def import_file(
    db: Database,
    path: Path,
    progress: Progress | None = None,
    *,
    passphrase: str | None = None,
    identities: Sequence[object] = (),
) -> ImportResult:
    """Import an exchange file, clear or sealed with age; nothing is written unless the whole
    file opens and is valid."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(f"{path.name} is too large to import ({size} bytes).")
        raw = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(f"{path} cannot be read: {exc.strerror}.") from None
    if is_sealed(raw):
        raw = unseal(raw, path.name, passphrase=passphrase, identities=identities)
    document = parse_document(raw, path.name)
    return import_document(db, document, path.name, progress)
