"""Reading cases for lists and search: plain, frozen summaries, never ORM objects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from guardian_desk.domain.dates import DateOfBirth, age_label
from guardian_desk.domain.enums import DobCertainty
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: str
    reference: str
    status: str
    name_latin: str
    name_native: str | None
    date_of_birth: DateOfBirth | None
    age: str
    nationalities: tuple[str, ...]
    stateless: bool
    next_hearing: datetime | None  # in the forum's own time zone

    def as_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "status": self.status,
            "name": self.name_latin,
            "name_native": self.name_native,
            "date_of_birth": self.date_of_birth.iso() if self.date_of_birth else None,
            "date_of_birth_certainty": (
                self.date_of_birth.certainty.value if self.date_of_birth else None
            ),
            "age": self.age,
            "nationalities": list(self.nationalities),
            "stateless": self.stateless,
            "next_hearing": self.next_hearing.isoformat() if self.next_hearing else None,
        }


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def summaries(
    db: Database, case_ids: Sequence[str], today: date | None = None
) -> list[CaseSummary]:
    """Summaries of the given cases, in the order of ``case_ids``."""
    day = today or date.today()
    now = datetime.now(UTC)
    with db.reading() as session:
        rows = {r.id: r for r in repo.case_rows(session, case_ids)}
        hearings = repo.next_hearings(session, case_ids, now)
    found = []
    for case_id in case_ids:
        row = rows.get(case_id)
        if row is None:
            continue
        dob = (
            DateOfBirth(DobCertainty(row.dob_certainty), row.dob_year, row.dob_month, row.dob_day)
            if row.dob_certainty
            else None
        )
        upcoming = hearings.get(case_id)
        found.append(
            CaseSummary(
                id=case_id,
                reference=row.reference,
                status=str(row.status.value if hasattr(row.status, "value") else row.status),
                name_latin=_join(row.given_names, row.family_name),
                name_native=_join(row.given_names_native, row.family_name_native) or None,
                date_of_birth=dob,
                age=age_label(dob, day),
                nationalities=tuple(row.nationalities),
                stateless=row.stateless,
                next_hearing=upcoming[0].astimezone(ZoneInfo(upcoming[1])) if upcoming else None,
            )
        )
    return found


def count(db: Database) -> int:
    with db.reading() as session:
        return repo.count_cases(session)


def page(db: Database, offset: int, limit: int) -> list[CaseSummary]:
    """A page of the case list, in reference order."""
    with db.reading() as session:
        ids = repo.case_ids_page(session, offset, limit)
    return summaries(db, ids)


def search(db: Database, text: str, limit: int = 50) -> list[CaseSummary]:
    """Cases whose names (any script, any spelling recorded), docket or document numbers
    match ``text``; accents are ignored and every word is matched as a prefix."""
    with db.reading() as session:
        ids = repo.search_case_ids(session, text, limit)
    return summaries(db, ids)


def search_ids(db: Database, text: str, limit: int = 50) -> list[str]:
    """Only the ids of the matching cases, best first."""
    with db.reading() as session:
        return repo.search_case_ids(session, text, limit)
