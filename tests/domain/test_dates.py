from datetime import date

import pytest

from guardian_desk.domain.dates import DateOfBirth, age_label
from guardian_desk.domain.enums import DobCertainty as C
from guardian_desk.errors import ValidationError


def test_documented_date_is_exact() -> None:
    dob = DateOfBirth(C.DOCUMENTED, 2009, 3, 14)
    assert dob.is_exact
    assert dob.age_on(date(2026, 3, 13)).youngest == 16
    assert dob.age_on(date(2026, 3, 14)).youngest == 17
    assert age_label(dob, date(2026, 3, 14)) == "17"


def test_estimated_year_is_never_first_of_january() -> None:
    dob = DateOfBirth(C.ESTIMATED, 2010)
    assert not dob.is_exact
    assert dob.iso() == "2010"
    assert (dob.earliest(), dob.latest()) == (date(2010, 1, 1), date(2010, 12, 31))
    # On 1 July 2026 the child may be 15 or 16: the age is a range, not a guess.
    age = dob.age_on(date(2026, 7, 1))
    assert (age.youngest, age.oldest) == (15, 16)
    assert age_label(dob, date(2026, 7, 1)) == "15–16"


def test_estimated_year_month_shows_approximate_age() -> None:
    dob = DateOfBirth(C.ESTIMATED, 2010, 5)
    assert dob.iso() == "2010-05"
    assert age_label(dob, date(2026, 11, 26)) == "≈ 16"


def test_estimate_with_a_day_is_refused() -> None:
    with pytest.raises(ValidationError, match="without a day"):
        DateOfBirth(C.ESTIMATED, 2010, 5, 1)


@pytest.mark.parametrize("certainty", [C.DOCUMENTED, C.DECLARED])
def test_documented_and_declared_need_a_full_date(certainty: C) -> None:
    with pytest.raises(ValidationError, match="full date"):
        DateOfBirth(certainty, 2010, 5)


def test_impossible_day_is_refused() -> None:
    with pytest.raises(ValidationError, match="not in that month"):
        DateOfBirth(C.DECLARED, 2011, 2, 29)


def test_leap_day_birthday_in_common_year() -> None:
    # 28 February, the earlier of the days laws use (docs/deadline-rules.md, "29 February"):
    # an age limit is never counted late; the age shown agrees with the deadline.
    dob = DateOfBirth(C.DOCUMENTED, 2008, 2, 29)
    assert dob.birthday_range(18) == (date(2026, 2, 28), date(2026, 2, 28))
    assert dob.age_on(date(2026, 2, 27)).youngest == 17
    assert dob.age_on(date(2026, 2, 28)).youngest == 18
    assert dob.birthday_range(20) == (date(2028, 2, 29), date(2028, 2, 29))  # a leap year


def test_age_bands_around_a_leap_day() -> None:
    from guardian_desk.domain.dates import age_band_bounds

    # On 29 February 2024, those born up to 28 February 2006 are 18; from 1 March, 17.
    assert age_band_bounds(18, 18, date(2024, 2, 29))[1] == date(2006, 2, 28)
    assert age_band_bounds(0, 17, date(2024, 2, 29))[0] == date(2006, 3, 1)


def test_eighteenth_birthday_of_an_estimate_is_a_range() -> None:
    dob = DateOfBirth(C.ESTIMATED, 2009, 6)
    assert dob.birthday_range(18) == (date(2027, 6, 1), date(2027, 6, 30))


def test_age_assessed_may_be_partial() -> None:
    dob = DateOfBirth(C.AGE_ASSESSED, 2011)
    assert dob.age_on(date(2026, 11, 26)).oldest == 15


def test_local_time_at_the_forum_and_back() -> None:
    from guardian_desk.domain.dates import instant_to_local, local_to_instant

    assert instant_to_local("2026-12-03T08:30:00Z", "Europe/Berlin") == "2026-12-03 09:30"
    assert local_to_instant("2026-12-03 09:30", "Europe/Berlin") == "2026-12-03T08:30:00Z"
    # Summer time in New York: 9:30 local is 13:30 UTC in July, 14:30 in December.
    assert local_to_instant("2026-07-01 09:30", "America/New_York") == "2026-07-01T13:30:00Z"
    assert local_to_instant("2026-12-01 09:30", "America/New_York") == "2026-12-01T14:30:00Z"
    assert local_to_instant("2026-12-01T09:30:00+01:00", None) == "2026-12-01T08:30:00Z"
    assert instant_to_local("2026-12-03T08:30:00Z", None) == "2026-12-03 08:30 UTC"
    assert local_to_instant("next Tuesday", "Europe/Berlin") is None


def test_the_days_a_fact_may_fall_on() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from guardian_desk.domain.dates import EARLIEST_DAY, LATEST_DAY, range_problem

    assert range_problem(EARLIEST_DAY) is None
    assert range_problem(LATEST_DAY) is None
    assert range_problem(date(1899, 12, 31)) == (
        "1899-12-31 is outside the years 1900 to 2100; check the year"
    )
    assert range_problem(date(9999, 12, 31)) is not None
    late = datetime(9999, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-1)))
    assert range_problem(late) == "9999-12-31 is outside the years 1900 to 2100; check the year"
    assert range_problem(datetime(2026, 1, 1, tzinfo=UTC)) is None


def test_an_impossible_birth_year_is_named_without_writing_it_out() -> None:
    from guardian_desk.domain.dates import dob_problems

    found = dob_problems(C.DOCUMENTED, 10**5000, 1, 1)
    assert [p.message for p in found] == [
        "year of about 5001 digits is not plausible (between 1900 and 2100)"
    ]
    assert dob_problems(C.ESTIMATED, 2101, None, None)[0].message == (
        "year 2101 is not plausible (between 1900 and 2100)"
    )
