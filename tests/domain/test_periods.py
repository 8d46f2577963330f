"""Worked examples of deadline arithmetic, each checked by hand against a printed calendar.

Weekdays used below (verified by hand): 2026-01-01 is a Thursday, 2027-01-01 a Friday,
2028-01-01 a Saturday (2028 is a leap year: 2028-02-29 is a Tuesday), 2029-02-28 a Wednesday.
Holidays are those of the ``holidays`` library, checked against the official lists: US
federal holidays 2026 (Independence Day observed Friday 3 July, Thanksgiving Thursday
26 November, Christmas Friday 25 December); California adds Cesar Chavez Day (Tuesday
31 March 2026) and the Day After Thanksgiving; Bavaria adds Epiphany (6 January) and Corpus
Christi (Thursday 4 June 2026); Berlin adds Women's Day (8 March).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from datetime import date, datetime

import pytest

from guardian_desk.domain import periods
from guardian_desk.domain.periods import (
    Computation,
    Period,
    Roll,
    Unit,
    add_period,
    compute,
    eu_period_end,
    holiday_calendar,
    holiday_name,
    is_business_day,
)
from guardian_desk.errors import ValidationError

D = Unit.CALENDAR_DAYS
B = Unit.BUSINESS_DAYS
W = Unit.WEEKS
M = Unit.MONTHS
Y = Unit.YEARS
NEXT, PREVIOUS, NONE = Roll.NEXT, Roll.PREVIOUS, Roll.NONE

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# fmt: off
# (reason, start, amount, unit, jurisdiction, roll, expected last day)
EXAMPLES = [
    # Weekends and US federal holidays.
    (
        "Wed 2026-12-16 + 10 days = Sat 26 Dec; Sun 27; due Monday 2026-12-28",
        date(2026, 12, 16), 10, D, "US", NEXT, date(2026, 12, 28),
    ),
    (
        "Tue 2026-12-15 + 10 days = Christmas Fri 25 Dec; Sat, Sun; due Monday 2026-12-28",
        date(2026, 12, 15), 10, D, "US", NEXT, date(2026, 12, 28),
    ),
    (
        "Wed 2026-12-02 + 30 days = New Year Fri 2027-01-01; Sat, Sun; due Monday 2027-01-04",
        date(2026, 12, 2), 30, D, "US", NEXT, date(2027, 1, 4),
    ),
    (
        "Fri 2026-06-19 + 14 days = Fri 3 Jul, Independence Day observed (4 Jul is a Saturday);"
        " due Monday 2026-07-06",
        date(2026, 6, 19), 14, D, "US", NEXT, date(2026, 7, 6),
    ),
    (
        "I-589 one year from arrival Fri 2025-07-04 = Sat 2026-07-04, a holiday; Sun;"
        " due Monday 2026-07-06",
        date(2025, 7, 4), 1, Y, "US", NEXT, date(2026, 7, 6),
    ),
    (
        "Tue 2026-10-27 + 30 days = Thanksgiving Thu 26 Nov; federal: due Friday 2026-11-27",
        date(2026, 10, 27), 30, D, "US", NEXT, date(2026, 11, 27),
    ),
    # California-only holidays against plain US.
    (
        "same in California: Fri 27 Nov is the Day After Thanksgiving; due Monday 2026-11-30",
        date(2026, 10, 27), 30, D, "US-CA", NEXT, date(2026, 11, 30),
    ),
    (
        "Sun 2026-03-01 + 30 days = Tue 31 Mar; not a federal holiday: due Tuesday 2026-03-31",
        date(2026, 3, 1), 30, D, "US", NEXT, date(2026, 3, 31),
    ),
    (
        "same in California: Tue 31 Mar is Cesar Chavez Day; due Wednesday 2026-04-01",
        date(2026, 3, 1), 30, D, "US-CA", NEXT, date(2026, 4, 1),
    ),
    # Bavaria against Berlin.
    (
        "Sun 2025-12-07 + 30 days = Tue 6 Jan, Epiphany in Bavaria; due Wednesday 2026-01-07",
        date(2025, 12, 7), 30, D, "DE-BY", NEXT, date(2026, 1, 7),
    ),
    (
        "same in Berlin: Epiphany is a working day; due Tuesday 2026-01-06",
        date(2025, 12, 7), 30, D, "DE-BE", NEXT, date(2026, 1, 6),
    ),
    (
        "Thu 2026-05-21 + 14 days = Thu 4 Jun, Corpus Christi in Bavaria; due Friday 2026-06-05",
        date(2026, 5, 21), 14, D, "DE-BY", NEXT, date(2026, 6, 5),
    ),
    (
        "same in Berlin: Corpus Christi is a working day; due Thursday 2026-06-04",
        date(2026, 5, 21), 14, D, "DE-BE", NEXT, date(2026, 6, 4),
    ),
    (
        "Mon 2027-02-22 + 14 days = Mon 8 Mar, Women's Day in Berlin; due Tuesday 2027-03-09",
        date(2027, 2, 22), 14, D, "DE-BE", NEXT, date(2027, 3, 9),
    ),
    (
        "same in Bavaria: 8 March is a working day; due Monday 2027-03-08",
        date(2027, 2, 22), 14, D, "DE-BY", NEXT, date(2027, 3, 8),
    ),
    (
        "Thu 2026-04-30 + 2 weeks = Thu 14 May, Ascension Day in Germany; due Friday 2026-05-15",
        date(2026, 4, 30), 2, W, "DE", NEXT, date(2026, 5, 15),
    ),
    # Leap years and month ends (relativedelta clamps to the last day of the month).
    (
        "Mon 2028-01-31 + 1 month = leap day, due Tuesday 2028-02-29",
        date(2028, 1, 31), 1, M, "US", NEXT, date(2028, 2, 29),
    ),
    (
        "Tue 2028-02-29 + 1 year = due Wednesday 2029-02-28 (no 29 Feb in 2029)",
        date(2028, 2, 29), 1, Y, "US", NONE, date(2029, 2, 28),
    ),
    (
        "Tue 2028-02-29 + 1 month = due Wednesday 2028-03-29, not the month end",
        date(2028, 2, 29), 1, M, "US", NEXT, date(2028, 3, 29),
    ),
    (
        "Tue 2026-03-31 + 1 month = due Thursday 2026-04-30 (April has 30 days)",
        date(2026, 3, 31), 1, M, "US", NEXT, date(2026, 4, 30),
    ),
    (
        "Sun 2027-01-31 + 1 month = Sun 28 Feb (common year); due Monday 2027-03-01",
        date(2027, 1, 31), 1, M, "FR", NEXT, date(2027, 3, 1),
    ),
    (
        "Mon 2026-08-31 + 6 months = Sun 2027-02-28; due Monday 2027-03-01",
        date(2026, 8, 31), 6, M, "IT", NEXT, date(2027, 3, 1),
    ),
    # Counting backward from a hearing.
    (
        "15 days before Mon 2026-06-22 hearing = Sun 7 Jun; back over Sat: due Friday 2026-06-05",
        date(2026, 6, 22), -15, D, "US", PREVIOUS, date(2026, 6, 5),
    ),
    (
        "same rolled forward instead: due Monday 2026-06-08",
        date(2026, 6, 22), -15, D, "US", NEXT, date(2026, 6, 8),
    ),
    (
        "14 days before Fri 2026-07-17 = Fri 3 Jul, observed holiday; due Thursday 2026-07-02",
        date(2026, 7, 17), -14, D, "US", PREVIOUS, date(2026, 7, 2),
    ),
    # Business days across holidays.
    (
        "Tue 2026-11-24 + 3 business days: Wed 25, (Thanksgiving), Fri 27, due Monday 2026-11-30",
        date(2026, 11, 24), 3, B, "US", NEXT, date(2026, 11, 30),
    ),
    (
        "same in California, Fri 27 a holiday too: Wed 25, Mon 30, due Tuesday 2026-12-01",
        date(2026, 11, 24), 3, B, "US-CA", NEXT, date(2026, 12, 1),
    ),
    (
        "2 business days before Tue 2027-01-05: Mon 4, (weekend, New Year),"
        " due Thursday 2026-12-31",
        date(2027, 1, 5), -2, B, "US", PREVIOUS, date(2026, 12, 31),
    ),
    (
        "Mon 2026-01-05 + 1 business day in Bavaria, over Epiphany: due Wednesday 2026-01-07",
        date(2026, 1, 5), 1, B, "DE-BY", NEXT, date(2026, 1, 7),
    ),
    (
        "0 business days from Sat 2026-12-26 rolls to due Monday 2026-12-28",
        date(2026, 12, 26), 0, B, "US", NEXT, date(2026, 12, 28),
    ),
    # Roll.NONE never moves: age limits.
    (
        "18th birthday of a child born Sat 2008-06-21 stays on Sunday 2026-06-21",
        date(2008, 6, 21), 18, Y, "US", NONE, date(2026, 6, 21),
    ),
    (
        "21st birthday of a child born 2005-12-25 stays on Christmas, Friday 2026-12-25",
        date(2005, 12, 25), 21, Y, "US", NONE, date(2026, 12, 25),
    ),
    # Other countries' national holidays.
    (
        "Sun 2026-06-14 + 30 days = Tue 14 Jul, French National Day; due Wednesday 2026-07-15",
        date(2026, 6, 14), 30, D, "FR", NEXT, date(2026, 7, 15),
    ),
    (
        "Sat 2026-05-02 + 1 month = Tue 2 Jun, Italian Republic Day; due Wednesday 2026-06-03",
        date(2026, 5, 2), 1, M, "IT", NEXT, date(2026, 6, 3),
    ),
    (
        "Sat 2026-09-12 + 1 month = Mon 12 Oct, Spanish National Day; due Tuesday 2026-10-13",
        date(2026, 9, 12), 1, M, "ES", NEXT, date(2026, 10, 13),
    ),
    (
        "Wed 2026-02-25 + 1 month = Wed 25 Mar, Greek Independence Day; due Thursday 2026-03-26",
        date(2026, 2, 25), 1, M, "GR", NEXT, date(2026, 3, 26),
    ),
    (
        "Tue 2026-03-10 + 1 month = Orthodox Good Friday 10 Apr; Sat, Easter Sun, Easter Mon;"
        " due Tuesday 2026-04-14",
        date(2026, 3, 10), 1, M, "GR", NEXT, date(2026, 4, 14),
    ),
    (
        "Sun 2026-10-11 + 1 month = Wed 11 Nov, Polish Independence Day; due Thursday 2026-11-12",
        date(2026, 10, 11), 1, M, "PL", NEXT, date(2026, 11, 12),
    ),
    # A province takes its region's holidays.
    (
        "Tue 2026-03-03 + 30 days = Thu 2 Apr, Maundy Thursday in Madrid; Good Friday; weekend;"
        " due Monday 2026-04-06",
        date(2026, 3, 3), 30, D, "ES-M", NEXT, date(2026, 4, 6),
    ),
    (
        "same under Spain's national calendar: Maundy Thursday is not national;"
        " due Thursday 2026-04-02",
        date(2026, 3, 3), 30, D, "ES", NEXT, date(2026, 4, 2),
    ),
]
# fmt: on


def _ids(rows: Sequence[tuple[object, ...]]) -> list[str]:
    return [str(row[0]) for row in rows]


@pytest.mark.parametrize(
    ("reason", "start", "amount", "unit", "jurisdiction", "roll", "expected"),
    EXAMPLES,
    ids=_ids(EXAMPLES),
)
def test_worked_examples(
    reason: str,
    start: date,
    amount: int,
    unit: Unit,
    jurisdiction: str,
    roll: Roll,
    expected: date,
) -> None:
    assert WEEKDAYS[expected.weekday()] in reason  # the weekday stated in the reason is right
    assert add_period(start, Period(amount, unit), jurisdiction, roll) == expected
    assert compute(start, Period(amount, unit), jurisdiction, roll).due == expected


def test_there_are_enough_worked_examples() -> None:
    assert len(EXAMPLES) >= 30
    assert len(set(_ids(EXAMPLES))) == len(EXAMPLES)


# fmt: off
# (reason, event day, amount, unit, jurisdiction, expected last day)
EU_EXAMPLES = [
    (
        "Art. 3(2)(c): 3 months from Mon 2026-08-31 end on the month's last day,"
        " Monday 2026-11-30",
        date(2026, 8, 31), 3, M, "DE-BY", date(2026, 11, 30),
    ),
    (
        "Brussels IIb Art. 29: 3 months from Wed 2026-09-30 end Wednesday 2026-12-30",
        date(2026, 9, 30), 3, M, "PL", date(2026, 12, 30),
    ),
    (
        "Art. 3(1): 10 days from Mon 2026-03-02 run from Tue 3 Mar and end Thursday 2026-03-12",
        date(2026, 3, 2), 10, D, "FR", date(2026, 3, 12),
    ),
    (
        "Art. 3(4): 12 days from Mon 2026-09-21 end Sat 3 Oct, moved to Monday 2026-10-05",
        date(2026, 9, 21), 12, D, "FR", date(2026, 10, 5),
    ),
    (
        "Art. 3(4): 1 month from Tue 2026-04-14 ends on Ascension Day Thu 14 May;"
        " moved to Friday 2026-05-15",
        date(2026, 4, 14), 1, M, "FR", date(2026, 5, 15),
    ),
    (
        "Art. 3(2)(c) weeks: 2 weeks from Fri 2026-04-24 end Fri 8 May, Victory Day;"
        " weekend; Monday 2026-05-11",
        date(2026, 4, 24), 2, W, "FR", date(2026, 5, 11),
    ),
    (
        "Art. 3(2)(c): 1 month from Sun 2027-01-31 ends Sun 28 Feb; Art. 3(4): Monday 2027-03-01",
        date(2027, 1, 31), 1, M, "IT", date(2027, 3, 1),
    ),
    (
        "Art. 3(2)(c): 1 year from Tue 2028-02-29 ends on the month's last day,"
        " Wednesday 2029-02-28",
        date(2028, 2, 29), 1, Y, "DE", date(2029, 2, 28),
    ),
    (
        "Art. 3(4): 1 month from Fri 2026-09-11 ends Sun 11 Oct; Mon 12 Oct national holiday;"
        " Tuesday 2026-10-13",
        date(2026, 9, 11), 1, M, "ES", date(2026, 10, 13),
    ),
    (
        "Art. 3(5): 2 days from Thu 2026-12-24 (25, 26 holidays; 27 Sunday) need two working"
        " days: Tuesday 2026-12-29",
        date(2026, 12, 24), 2, D, "DE-BY", date(2026, 12, 29),
    ),
    (
        "Art. 3(5) not for a 1-day period: 1 day from Thu 2026-05-07 ends on Victory Day;"
        " Monday 2026-05-11",
        date(2026, 5, 7), 1, D, "FR", date(2026, 5, 11),
    ),
    (
        "Art. 3(3): 2 working days from Mon 2026-01-05 in Bavaria skip Epiphany:"
        " Thursday 2026-01-08",
        date(2026, 1, 5), 2, B, "DE-BY", date(2026, 1, 8),
    ),
    (
        "Art. 3(4) second subparagraph: 15 days before Mon 2026-06-22 stay on Sunday 2026-06-07",
        date(2026, 6, 22), -15, D, "DE", date(2026, 6, 7),
    ),
]
# fmt: on


@pytest.mark.parametrize(
    ("reason", "event", "amount", "unit", "jurisdiction", "expected"),
    EU_EXAMPLES,
    ids=_ids(EU_EXAMPLES),
)
def test_eu_regulation_1182_71(
    reason: str, event: date, amount: int, unit: Unit, jurisdiction: str, expected: date
) -> None:
    assert WEEKDAYS[expected.weekday()] in reason
    assert eu_period_end(event, Period(amount, unit), jurisdiction) == expected


# --- Explanations --------------------------------------------------------------------------


def test_explanation_names_the_california_holiday() -> None:
    result = compute(date(2026, 3, 1), Period(30, D), "US-CA")
    assert result == Computation(
        due=date(2026, 4, 1),
        start=date(2026, 3, 1),
        period=Period(30, D),
        rolled_from=date(2026, 3, 31),
        reason=(
            "2026-03-31 is a public holiday (Cesar Chavez Day) in US-CA; "
            "moved to the next business day, Wednesday 2026-04-01"
        ),
    )
    assert compute(date(2026, 3, 1), Period(30, D), "US") == Computation(
        date(2026, 3, 31), date(2026, 3, 1), Period(30, D), None, None
    )


def test_explanation_names_each_day_passed_over() -> None:
    result = compute(date(2026, 12, 2), Period(30, D), "US")
    assert result.rolled_from == date(2027, 1, 1)
    assert result.reason == (
        "2027-01-01 is a public holiday (New Year's Day) in US; 2027-01-02 is a Saturday; "
        "2027-01-03 is a Sunday; moved to the next business day, Monday 2027-01-04"
    )
    assert result.explain() == (
        "30 calendar days after Wednesday 2026-12-02 is Friday 2027-01-01. " + result.reason + "."
    )


def test_explanation_of_a_weekend_that_is_also_a_holiday() -> None:
    result = compute(date(2025, 7, 4), Period(1, Y), "US")
    assert result.reason is not None
    assert "2026-07-04 is a Saturday and a public holiday (Independence Day) in US" in (
        result.reason
    )


def test_explanation_when_counting_backward() -> None:
    result = compute(date(2026, 6, 22), Period(-15, D), "US", Roll.PREVIOUS)
    assert result.reason == (
        "2026-06-07 is a Sunday; 2026-06-06 is a Saturday; "
        "moved to the previous business day, Friday 2026-06-05"
    )
    assert result.explain().startswith(
        "15 calendar days before Monday 2026-06-22 is Sunday 2026-06-07."
    )


def test_explanation_of_an_age_limit_that_does_not_move() -> None:
    result = compute(date(2008, 6, 21), Period(18, Y), "US", Roll.NONE)
    assert result.due == date(2026, 6, 21)
    assert result.rolled_from is None
    assert result.reason is not None
    assert result.reason.startswith("2026-06-21 is a Sunday; not moved")


def test_explanation_says_whose_holidays_apply_to_a_province() -> None:
    result = compute(date(2026, 3, 3), Period(30, D), "ES-M")
    assert result.reason is not None
    assert result.reason.startswith(
        "2026-04-02 is a public holiday (Maundy Thursday) in ES-M (public holidays of ES-MD); "
        "2026-04-03 is a public holiday (Good Friday)"
    )


def test_unit_and_roll_given_as_text_are_accepted() -> None:
    period = Period(1, "months")  # type: ignore[arg-type]  # stored rules are text
    assert period.unit is Unit.MONTHS
    assert period.describe() == "1 month"
    assert Period(-14, D).describe() == "14 calendar days before"
    assert add_period(date(2026, 6, 22), Period(-15, D), "US", "previous") == date(  # type: ignore[arg-type]
        2026, 6, 5
    )


# --- Calendars -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "jurisdiction", "name"),
    [
        (date(2026, 7, 3), "US", "Independence Day (observed)"),
        (date(2026, 11, 26), "US", "Thanksgiving Day"),
        (date(2026, 12, 25), "US", "Christmas Day"),
        (date(2026, 3, 31), "US", None),
        (date(2026, 3, 31), "US-CA", "Cesar Chavez Day"),
        (date(2026, 1, 6), "DE-BY", "Epiphany"),
        (date(2026, 1, 6), "DE-BE", None),
        (date(2026, 6, 4), "DE-BY", "Corpus Christi"),
        (date(2026, 7, 14), "FR", "National Day"),
    ],
)
def test_holiday_names(day: date, jurisdiction: str, name: str | None) -> None:
    assert holiday_name(day, jurisdiction) == name
    assert is_business_day(day, jurisdiction) is (name is None)


def test_weekends_are_not_business_days() -> None:
    assert not is_business_day(date(2026, 12, 26), "US")  # Saturday
    assert not is_business_day(date(2026, 12, 27), "US")  # Sunday
    assert is_business_day(date(2026, 12, 28), "US")  # Monday


def test_a_jurisdiction_with_another_weekend_keeps_its_own() -> None:
    assert not is_business_day(date(2026, 1, 2), "IL")  # Friday
    assert is_business_day(date(2026, 1, 4), "IL")  # Sunday
    reason = compute(date(2025, 12, 26), Period(7, D), "IL").reason
    assert reason is not None
    assert reason.startswith("2026-01-02 is a Friday, a weekend day in IL")


@pytest.mark.parametrize(
    ("jurisdiction", "calendar_code"),
    [("US", "US"), ("US-CA", "US-CA"), ("ES-M", "ES-MD"), ("FR-IDF", "FR"), ("GR-I", "GR")],
)
def test_holiday_calendar(jurisdiction: str, calendar_code: str) -> None:
    assert holiday_calendar(jurisdiction) == calendar_code


def test_holiday_calendars_are_built_once_per_year() -> None:
    is_business_day(date(2026, 5, 4), "PL")
    before = periods._holidays.cache_info()
    is_business_day(date(2026, 5, 5), "PL")
    after = periods._holidays.cache_info()
    assert after.hits > before.hits
    assert after.misses == before.misses


def test_periods_do_not_import_qt() -> None:
    code = (
        "import sys, guardian_desk.domain.periods as p, datetime\n"
        "p.add_period(datetime.date(2026, 1, 1), p.Period(1, p.Unit.MONTHS), 'US')\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- Refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("jurisdiction", ["XX", "us-ca", "US-ZZ", "", "USA", None])
def test_unknown_jurisdiction_is_refused_everywhere(jurisdiction: str) -> None:
    day, period = date(2026, 1, 5), Period(1, D)
    calls = [
        lambda: is_business_day(day, jurisdiction),
        lambda: holiday_name(day, jurisdiction),
        lambda: holiday_calendar(jurisdiction),
        lambda: add_period(day, period, jurisdiction),
        lambda: compute(day, period, jurisdiction),
        lambda: eu_period_end(day, period, jurisdiction),
    ]
    for call in calls:
        with pytest.raises(ValidationError, match="jurisdiction is not known"):
            call()


@pytest.mark.parametrize("unit", ["fortnights", "days", "", None, 3])
def test_unknown_unit_is_refused(unit: object) -> None:
    with pytest.raises(ValidationError, match="not a unit of time"):
        Period(1, unit)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [1.5, "3", True, None])
def test_amount_must_be_a_whole_number(amount: object) -> None:
    with pytest.raises(ValidationError, match="not a whole number"):
        Period(amount, D)  # type: ignore[arg-type]


def test_absurd_business_day_count_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than 40 years"):
        Period(100_000, B)


@pytest.mark.parametrize("roll", ["sideways", "NEXT", "", None])
def test_unknown_roll_is_refused(roll: object) -> None:
    with pytest.raises(ValidationError, match="not a way of moving"):
        add_period(date(2026, 1, 5), Period(1, D), "US", roll)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="not a way of moving"):
        compute(date(2026, 1, 5), Period(1, D), "US", roll)  # type: ignore[arg-type]


@pytest.mark.parametrize("start", [datetime(2026, 1, 5, 9, 30), "2026-01-05", None])
def test_start_must_be_a_date(start: object) -> None:
    with pytest.raises(ValidationError, match="not a calendar date"):
        add_period(start, Period(1, D), "US")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="not a calendar date"):
        eu_period_end(start, Period(1, D), "US")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="not a calendar date"):
        is_business_day(start, "US")  # type: ignore[arg-type]


def test_period_must_be_a_period() -> None:
    with pytest.raises(ValidationError, match="not a period"):
        add_period(date(2026, 1, 5), (1, "months"), "US")  # type: ignore[arg-type]


def test_eu_period_of_no_length_is_refused() -> None:
    with pytest.raises(ValidationError, match="no length"):
        eu_period_end(date(2026, 1, 5), Period(0, D), "FR")


def test_result_outside_the_calendar_is_refused() -> None:
    with pytest.raises(ValidationError, match="outside the years"):
        add_period(date(9999, 12, 1), Period(1, Y), "US")
    with pytest.raises(ValidationError, match="outside the years"):
        add_period(date(9999, 12, 30), Period(5, B), "US")
