"""Whether the child's documents were court-ready a week before each hearing: written with
every save, worked out again until that day has passed, kept as it was after it, gone with its
hearing, and filled in for hearings recorded before the checks were kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from guardian_desk.errors import ConflictError
from guardian_desk.services import cases, documents
from guardian_desk.storage import models as m
from guardian_desk.storage.database import Database
from tests.services.documents.test_readiness import made_ready, syrian_child

TODAY = date.today()
HEARING = TODAY + timedelta(days=30)


def _starts(day: date) -> str:
    return datetime(day.year, day.month, day.day, 9).isoformat() + "Z"


def _case(db: Database) -> cases.OpenedCase:
    """A Syrian child in Berlin: a guardianship hearing in 30 days, and a Syrian birth
    certificate neither legalised nor translated (not court-ready)."""
    return syrian_child(db, TODAY - timedelta(days=60), _starts(HEARING))


def _checks(db: Database) -> list[tuple[date, date, date, int, int]]:
    k = m.HearingFileCheck
    with db.reading() as session:
        rows = session.execute(
            select(k.hearing_on, k.checked_for, k.checked_on, k.documents, k.ready)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_save_checks_each_hearing_a_week_before_and_again_until_that_day(db: Database) -> None:
    saved = _case(db)
    week_before = HEARING - timedelta(days=7)
    assert _checks(db) == [(HEARING, week_before, TODAY, 1, 0)]
    # What the Court-readiness tab says for the hearing's day, the check says too.
    (proceeding,) = documents.readiness_of_case(saved.case, TODAY)
    assert proceeding.on == HEARING
    assert not proceeding.documents[0].ready
    saved = cases.save_case(db, saved, made_ready(saved.draft()))
    assert _checks(db) == [(HEARING, week_before, TODAY, 1, 1)]


def test_once_the_day_has_passed_the_check_stays_as_the_records_then_stood(
    db: Database,
) -> None:
    saved = _case(db)
    after = HEARING - timedelta(days=6)  # the week-before day has passed
    with db.unit_of_work() as session:
        documents.write_file_checks(session, [made_ready(saved.draft())], after)
    assert [c[-1] for c in _checks(db)] == [0]  # still not ready: as it stood that day
    # The hearing moved a month later: its check is worked out anew, for the new day.
    moved = made_ready(saved.draft())
    later = HEARING + timedelta(days=30)
    moved["proceedings"][0]["hearings"][0]["starts_at"] = _starts(later)
    with db.unit_of_work() as session:
        documents.write_file_checks(session, [moved], after)
    assert _checks(db) == [(later, later - timedelta(days=7), after, 1, 1)]


def test_a_hearing_removed_takes_its_check_with_it(db: Database) -> None:
    saved = _case(db)
    draft = saved.draft()
    draft["proceedings"][0]["hearings"] = []
    cases.save_case(db, saved, draft)
    assert _checks(db) == []


def test_hearings_recorded_before_checks_were_kept_are_filled_in(db: Database) -> None:
    saved = _case(db)
    with db.unit_of_work() as session:
        session.execute(delete(m.HearingFileCheck))  # a database of an older version
    assert documents.unchecked_case_ids(db) == [saved.id]
    assert documents.fill_file_checks(db) == 1
    assert _checks(db) == [(HEARING, HEARING - timedelta(days=7), TODAY, 1, 0)]
    assert documents.unchecked_case_ids(db) == []
    assert documents.fill_file_checks(db) == 0


def test_a_save_refused_leaves_the_checks_as_they_were(db: Database) -> None:
    saved = _case(db)
    theirs = made_ready(saved.draft())
    theirs["proceedings"][0]["hearings"][0]["room"] = "Saal 104"
    cases.save_case(db, saved, theirs)  # someone else made it ready and named the room
    kept = _checks(db)
    stale = saved.draft()  # the copy opened before: the hearing moved a day
    stale["proceedings"][0]["hearings"][0]["starts_at"] = _starts(HEARING + timedelta(days=1))
    with pytest.raises(ConflictError):
        cases.save_case(db, saved, stale)
    assert _checks(db) == kept
    assert kept == [(HEARING, HEARING - timedelta(days=7), TODAY, 1, 1)]


def test_a_vacated_hearing_has_no_check(db: Database) -> None:
    saved = _case(db)
    draft = saved.draft()
    draft["proceedings"][0]["hearings"][0]["outcome"] = "vacated"
    cases.save_case(db, saved, draft)
    assert _checks(db) == []  # it was not held: nothing to count
    assert documents.unchecked_case_ids(db) == []
