"""Reading cases for lists and search: plain, frozen summaries, never ORM objects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from guardian_desk.domain.dates import DateOfBirth, age_band_bounds, age_label
from guardian_desk.domain.enums import DobCertainty
from guardian_desk.log import register_sensitive
from guardian_desk.services import access
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.repositories import CaseListQuery


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
    active_proceedings: int = 0
    next_deadline: date | None = None
    open_flags: int = 0
    concern: str | None = None  # "possible" or "clear": the latest open screening's
    as_of: date | None = None  # the day taken as today: age, next hearing, overdue

    @property
    def overdue(self) -> bool:
        """Whether an open deadline of the case is past on the day taken as today."""
        day = self.as_of or date.today()
        return self.next_deadline is not None and self.next_deadline < day

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
            "active_proceedings": self.active_proceedings,
            "next_deadline": self.next_deadline.isoformat() if self.next_deadline else None,
            "next_deadline_overdue": self.overdue,
            "open_risk_flags": self.open_flags,
            "as_of": (self.as_of or date.today()).isoformat(),
        }


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _moment(day: date) -> datetime:
    """The instant a list counts hearings from: now, or the start of a day taken as today."""
    now = datetime.now(UTC)
    return now if day == date.today() else datetime.combine(day, time(), UTC)


def summaries(
    db: Database, case_ids: Sequence[str], today: date | None = None
) -> list[CaseSummary]:
    """Summaries of the given cases, in the order of ``case_ids``, as they stand on ``today``
    (default: today): the age then and the next hearing from then on."""
    day = today or date.today()
    now = _moment(day)
    with db.reading() as session:
        rows = {r.id: r for r in repo.case_rows(session, case_ids)}
        hearings = repo.next_hearings(session, case_ids, now)
        counts = repo.case_counts(session, case_ids)
        concerns = (
            repo.open_concerns(session, case_ids) if access.may_read(db, "protection") else {}
        )
    # Whatever the list shows must never reach a log line (see guardian_desk.log).
    register_sensitive(
        value
        for row in rows.values()
        for value in (
            row.reference,
            row.given_names,
            row.family_name,
            row.given_names_native,
            row.family_name_native,
        )
    )
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
                active_proceedings=counts[case_id][0],
                next_deadline=counts[case_id][1],
                open_flags=counts[case_id][2],
                concern=concerns.get(case_id),
                as_of=day,
            )
        )
    return found


AGE_BANDS: dict[str, tuple[int, int]] = {
    "0-4": (0, 4),
    "5-11": (5, 11),
    "12-17": (12, 17),
    "18+": (18, 120),
}


@dataclass(frozen=True)
class CaseFilter:
    """The case list's filters, as a person sets them."""

    status: str | None = None
    jurisdiction: str | None = None
    lawyer_id: str | None = None
    age_band: str | None = None  # a key of AGE_BANDS
    hearing_within_days: int | None = None
    sort: str = "reference"
    descending: bool = False

    def query(
        self, today: date | None = None, only_ids: Sequence[str] | None = None
    ) -> CaseListQuery:
        """The storage query for these filters on ``today``."""
        day = today or date.today()
        now = _moment(day)
        band = AGE_BANDS.get(self.age_band or "")
        return CaseListQuery(
            status=self.status,
            jurisdiction=self.jurisdiction,
            lawyer_id=self.lawyer_id,
            born_between=age_band_bounds(band[0], band[1], day) if band else None,
            hearing_before=(
                now + timedelta(days=self.hearing_within_days) if self.hearing_within_days else None
            ),
            now=now,
            only_ids=tuple(only_ids) if only_ids is not None else None,
            sort=self.sort,
            descending=self.descending,
        )


def count(db: Database, case_filter: CaseFilter | None = None, today: date | None = None) -> int:
    """How many cases the filter keeps on ``today`` (all cases without a filter)."""
    with db.reading() as session:
        return repo.count_cases(session, case_filter.query(today) if case_filter else None)


def page(
    db: Database,
    offset: int,
    limit: int,
    case_filter: CaseFilter | None = None,
    today: date | None = None,
) -> list[CaseSummary]:
    """A page of the case list, filtered and sorted in the database, as it stands on
    ``today`` (default: today)."""
    with db.reading() as session:
        query = (case_filter or CaseFilter()).query(today)
        ids = repo.case_ids_page(session, offset, limit, query)
    return summaries(db, ids, today)


def page_ids(
    db: Database, offset: int, limit: int, case_filter: CaseFilter | None = None
) -> list[str]:
    """The ids of one page of the list, in its order."""
    with db.reading() as session:
        return repo.case_ids_page(session, offset, limit, (case_filter or CaseFilter()).query())


def list_ids(db: Database, case_filter: CaseFilter | None = None) -> list[str]:
    """The ids of every case the filter keeps, in its order (ids only: cheap at 100 000)."""
    with db.reading() as session:
        return repo.case_ids_page(session, 0, -1, (case_filter or CaseFilter()).query())


def search(
    db: Database, text: str, limit: int = 50, case_filter: CaseFilter | None = None
) -> list[CaseSummary]:
    """Cases whose names (any script, any spelling recorded), docket or document numbers
    match ``text``, best first; accents are ignored and every word is matched as a prefix.
    With a filter, only the matches it keeps."""
    return summaries(db, search_ids(db, text, limit, case_filter))


def search_ids(
    db: Database, text: str, limit: int = 50, case_filter: CaseFilter | None = None
) -> list[str]:
    """Only the ids of the matching cases, best first."""
    with db.reading() as session:
        ids = repo.search_case_ids(session, text, limit)
        if case_filter is not None and ids:
            kept = set(repo.case_ids_page(session, 0, len(ids), case_filter.query(only_ids=ids)))
            ids = [i for i in ids if i in kept]
    return ids


@dataclass(frozen=True)
class FilterChoices:
    """What the filters of the case list can be set to."""

    lawyers: tuple[tuple[str, str], ...]  # (team member id, name)
    jurisdictions: tuple[str, ...]


def filter_choices(db: Database) -> FilterChoices:
    with db.reading() as session:
        return FilterChoices(
            tuple(repo.lawyers(session)), tuple(repo.jurisdictions_in_use(session))
        )


def case_id_of(db: Database, reference: str) -> str | None:
    """The id of the case with this reference, or None.

    Raises:
        AccessDeniedError: the case is not in the signed-in person's record scope (audited).
    """
    with db.reading() as session:
        found = repo.case_ids_by_reference(session, [reference]).get(reference)
    if found is not None:
        access.require_case(db, found)
    return found
