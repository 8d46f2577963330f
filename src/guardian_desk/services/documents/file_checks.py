"""Whether the child's documents were court-ready for each hearing a week before it: the
fact the reports count ("children still without a court-ready file a week before their
hearing", the court-readiness rate of documents) in SQL.

Each hearing's check is written with the case, in the transaction of every save, import or
received referral: how many civil documents the case holds and how many meet, for the
hearing's proceeding and forum, every requirement the recognition rules set for the hearing's
day (``readiness.py``). Until the day a week before the hearing has passed the check is worked
out again at every write, so that it follows what the team records; after that day it stays as
the records then stood. A hearing first checked after its day (one set within a week, or
recorded before checks were kept) is checked as the records stand then, and its
``checked_on`` says so. A vacated hearing has no check (it was not held).

Once every hearing of a database has its check (``fill``), the database remembers it, so
that a report need not look for unchecked hearings again: every writer of this version
writes the checks, and an older version cannot open the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from guardian_desk.domain.enums import ProceedingKind
from guardian_desk.domain.recognition import RecognitionRules, check_document
from guardian_desk.progress import Progress, report
from guardian_desk.services.documents.readiness import document_facts, hearing_day, shipped_rules
from guardian_desk.services.records import case_trees
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

WEEK = timedelta(days=7)
FILL_CHUNK = 200  # cases read and written together when checks are filled in
STATE_KEY = "hearing_file_checks"  # "complete": every hearing has its check
VACATED = "vacated"


def checks_of(
    case: dict[str, Any], today: date, rules: RecognitionRules | None = None
) -> list[dict[str, Any]]:
    """The week-before check of every hearing of ``case`` (exchange format), as rows of
    ``hearing_file_checks`` worked out on ``today``."""
    rules = rules or shipped_rules()
    facts = [document_facts(d) for d in case.get("documents", [])]
    rows = []
    for proceeding in case.get("proceedings", []):
        kind = ProceedingKind(proceeding["kind"])
        where = proceeding["jurisdiction"]
        for hearing in proceeding.get("hearings", []):
            if hearing.get("outcome") == VACATED:
                continue
            day = hearing_day(hearing)
            ready = sum(
                1
                for doc in facts
                if not any(
                    f.blocking for f in check_document(rules, doc, where, day, proceeding=kind)
                )
            )
            rows.append(
                {
                    "hearing_id": hearing["id"],
                    "case_id": case["id"],
                    "hearing_on": day,
                    "checked_for": day - WEEK,
                    "checked_on": today,
                    "documents": len(facts),
                    "ready": ready,
                }
            )
    return rows


def write_checks(
    session: Session, cases: Iterable[dict[str, Any]], today: date | None = None
) -> None:
    """Bring the week-before checks of these cases' hearings up to date, in ``session``:
    a check whose day has passed is kept as it was, unless its hearing moved."""
    today = today or date.today()
    cases = list(cases)
    stored = repo.file_checks_of(session, [c["id"] for c in cases])
    rows = []
    for case in cases:
        for row in checks_of(case, today):
            kept = stored.pop(row["hearing_id"], None)
            if kept == (row["hearing_on"], row["checked_for"]) and row["checked_for"] < today:
                continue  # the day has passed: the check stays as the records then stood
            rows.append(row)
    # what is left is a vacated hearing's (a hearing removed takes its check with it)
    repo.replace_file_checks(session, rows, removed=list(stored))


def write_checks_for(session: Session, case_ids: Sequence[str], today: date | None = None) -> None:
    """:func:`write_checks` for the cases with these ids, read in ``session``."""
    if case_ids:
        write_checks(session, case_trees(session, case_ids, {"proceedings", "documents"}), today)


def unchecked_case_ids(db: Database) -> list[str]:
    """The cases with a hearing not checked yet (recorded before checks were kept); none
    once the database remembers that every hearing has its check."""
    with db.reading() as session:
        if repo.state_value(session, STATE_KEY) == "complete":
            return []
        return repo.cases_with_unchecked_hearings(session)


def all_checked(db: Database) -> None:
    """Remember that every hearing of the database has its check."""
    with db.unit_of_work() as session:
        repo.set_state_value(session, STATE_KEY, "complete")


def fill(
    db: Database,
    case_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> int:
    """Check the hearings not checked yet, of these cases (default: every case that has one,
    and then the database remembers that all are checked), a few hundred cases per
    transaction. Returns the number of cases checked."""
    ids = list(unchecked_case_ids(db) if case_ids is None else case_ids)
    for start in range(0, len(ids), FILL_CHUNK):
        part = ids[start : start + FILL_CHUNK]
        with db.unit_of_work() as session:
            write_checks_for(session, part, today)
        report(progress, start + len(part), len(ids))
    if case_ids is None:
        all_checked(db)
    return len(ids)
