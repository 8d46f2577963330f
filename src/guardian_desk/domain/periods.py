"""Periods of time and the day they end on: the date arithmetic behind every deadline.

A deadline rule says "30 calendar days after notification", "10 business days", "1 year
from the last arrival", "14 days before the hearing" or "3 months" under EU Regulation
1182/71. This module counts such periods from a day, in a jurisdiction, and moves a last day
that falls on a weekend or public holiday as the rule says (:class:`Roll`).

Jurisdictions are ISO 3166-1 country codes (``FR``) or ISO 3166-2 subdivision codes
(``US-CA``, ``DE-BY``). Public holidays come from the ``holidays`` library: a subdivision gets
its country's holidays plus its own. A subdivision the library has no calendar for (a
province, a city) uses the nearest enclosing subdivision it does know (``ES-M`` → ``ES-MD``),
else the country's national calendar; :func:`holiday_calendar` says which one applies.
Weekends are the jurisdiction's own (Saturday and Sunday in the Americas and Europe).

Nothing here knows which rule applies to a case: that is data. Pure Python, no Qt, no
database.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from dateutil.relativedelta import relativedelta

from guardian_desk.domain.codes import is_jurisdiction
from guardian_desk.errors import Problem, ValidationError

if TYPE_CHECKING:
    from holidays import HolidayBase

# Holiday names are asked for in English so that explanations do not depend on the locale of
# the machine; a country whose calendar has no English names keeps its own language.
_HOLIDAY_LANGUAGE = "en_US"
# A roll never needs more than a few days; a month without a business day is a broken calendar.
_MAX_ROLL_DAYS = 31
# About 40 years of business days: more is a typing mistake, and would loop for long.
_MAX_BUSINESS_DAYS = 10_000
_SATURDAY_SUNDAY = frozenset({calendar.SATURDAY, calendar.SUNDAY})
# Explanations are in English whatever the locale (Qt sets the C library's from the user's).
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Unit(StrEnum):
    """What a period is counted in."""

    CALENDAR_DAYS = "calendar_days"
    BUSINESS_DAYS = "business_days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


class Roll(StrEnum):
    """What happens when the last day of a period is not a business day."""

    NEXT = "next"
    """Move forward to the next business day (the usual rule for filing deadlines)."""
    PREVIOUS = "previous"
    """Move back to the previous business day (e.g. something due N days before a hearing)."""
    NONE = "none"
    """Never move (age limits: a child turns 18 on a Sunday all the same)."""


_UNIT_WORDS = {
    Unit.CALENDAR_DAYS: ("calendar day", "calendar days"),
    Unit.BUSINESS_DAYS: ("business day", "business days"),
    Unit.WEEKS: ("week", "weeks"),
    Unit.MONTHS: ("month", "months"),
    Unit.YEARS: ("year", "years"),
}


_E = TypeVar("_E", bound=StrEnum)


def _member(kind: type[_E], value: object, field: str, what: str) -> _E:
    if isinstance(value, str) and value in {member.value for member in kind}:
        return kind(value)
    known = ", ".join(member.value for member in kind)
    raise ValidationError(
        "This period cannot be used.",
        [Problem(field, f"{value!r} is not {what} ({known})")],
    )


def _unit(value: object) -> Unit:
    return _member(Unit, value, "unit", "a unit of time this program knows")


def _roll(value: object) -> Roll:
    return _member(Roll, value, "roll", "a way of moving a last day")


def _check_day(value: object, path: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(
            "This date cannot be used.",
            [Problem(path, f"{value!r} is not a calendar date (a day without a time)")],
        )
    return value


@dataclass(frozen=True)
class Period:
    """A length of time: ``Period(30, Unit.CALENDAR_DAYS)``, ``Period(-14, ...)``.

    A negative amount counts backward: ``Period(-14, Unit.CALENDAR_DAYS)`` from a hearing is
    the day 14 days before it. A unit given as text (``"months"``, from stored rules) is
    accepted and turned into a :class:`Unit`.

    Attributes:
        amount: How many units; negative counts backward from the start.
        unit: What the amount counts.

    Raises:
        ValidationError: The amount is not a whole number, is absurdly large for business
            days, or the unit is not one of :class:`Unit`.
    """

    amount: int
    unit: Unit

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise ValidationError(
                "This period cannot be used.",
                [Problem("amount", f"{self.amount!r} is not a whole number")],
            )
        unit = _unit(self.unit)
        object.__setattr__(self, "unit", unit)
        if unit is Unit.BUSINESS_DAYS and abs(self.amount) > _MAX_BUSINESS_DAYS:
            raise ValidationError(
                "This period cannot be used.",
                [Problem("amount", f"{self.amount} business days is more than 40 years")],
            )

    def describe(self) -> str:
        """The period in words: ``3 months``, ``1 business day``, ``14 calendar days before``."""
        singular, plural = _UNIT_WORDS[self.unit]
        count = abs(self.amount)
        text = f"{count} {singular if count == 1 else plural}"
        return f"{text} before" if self.amount < 0 else text


# --- Calendars of business days ---------------------------------------------------------------


def _unknown_jurisdiction(value: object) -> ValidationError:
    return ValidationError(
        "This jurisdiction is not known.",
        [
            Problem(
                "jurisdiction",
                f"{value!r} is not an ISO 3166 country code (such as US) or subdivision "
                "code (such as US-CA)",
            )
        ],
    )


@lru_cache(maxsize=1024)
def _resolve(jurisdiction: str) -> tuple[str, str | None]:
    """(country, subdivision known to the holidays library or None) for a valid code."""
    import holidays
    import pycountry

    country = jurisdiction.partition("-")[0]
    supported = holidays.list_supported_countries(include_aliases=False)
    if country not in supported:
        raise ValidationError(
            "No public holidays are known for this jurisdiction.",
            [Problem("jurisdiction", f"there is no public-holiday calendar for {country}")],
        )
    known = set(supported[country])
    current: str | None = jurisdiction if "-" in jurisdiction else None
    while current is not None:
        part = current.partition("-")[2]
        if part in known:
            return country, part
        subdivision = pycountry.subdivisions.get(code=current)
        current = getattr(subdivision, "parent_code", None) if subdivision else None
    return country, None


@lru_cache(maxsize=512)
def _holidays(country: str, subdivision: str | None, year: int) -> HolidayBase:
    """The public holidays of one country (and subdivision) in one year, built once."""
    import holidays

    return holidays.country_holidays(
        country, subdiv=subdivision, years=year, expand=False, language=_HOLIDAY_LANGUAGE
    )


@dataclass(frozen=True)
class _Calendar:
    """Business days of one jurisdiction. ``eu`` takes Saturday and Sunday as the weekend."""

    jurisdiction: str
    country: str
    subdivision: str | None
    eu: bool = False

    @property
    def code(self) -> str:
        """The code of the holiday calendar used: ``US-CA``, ``ES-MD``, ``FR``."""
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country

    @property
    def label(self) -> str:
        """The jurisdiction as explanations name it, with the calendar when it differs."""
        if self.code == self.jurisdiction:
            return self.jurisdiction
        return f"{self.jurisdiction} (public holidays of {self.code})"

    def holiday(self, day: date) -> str | None:
        name = _holidays(self.country, self.subdivision, day.year).get(day)
        return str(name) if name else None

    def weekend_days(self, day: date) -> frozenset[int]:
        if self.eu:
            return _SATURDAY_SUNDAY
        return frozenset(_holidays(self.country, self.subdivision, day.year).weekend)

    def is_weekend(self, day: date) -> bool:
        if day.weekday() not in self.weekend_days(day):
            return False
        if self.eu:
            return True
        # Some countries work on a few weekend days to bridge a holiday.
        return day not in _holidays(self.country, self.subdivision, day.year).weekend_workdays

    def is_business_day(self, day: date) -> bool:
        return not self.is_weekend(day) and self.holiday(day) is None

    def why_not_business(self, day: date) -> str:
        """``2026-12-26 is a Saturday``, with the holiday's name when there is one."""
        parts = []
        if self.is_weekend(day):
            weekday = f"a {_WEEKDAYS[day.weekday()]}"
            if self.weekend_days(day) != _SATURDAY_SUNDAY:
                weekday += f", a weekend day in {self.jurisdiction}"
            parts.append(weekday)
        name = self.holiday(day)
        if name:
            parts.append(f"a public holiday ({name}) in {self.label}")
        return f"{day.isoformat()} is " + " and ".join(parts)


def _calendar(jurisdiction: object, *, eu: bool = False) -> _Calendar:
    if not isinstance(jurisdiction, str) or not is_jurisdiction(jurisdiction):
        raise _unknown_jurisdiction(jurisdiction)
    country, subdivision = _resolve(jurisdiction)
    return _Calendar(jurisdiction, country, subdivision, eu)


def _step(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise ValidationError(
            "This period cannot be counted.",
            [Problem("period", "the result would fall outside the years 1 to 9999")],
        ) from None


def holiday_calendar(jurisdiction: str) -> str:
    """Which public-holiday calendar applies to a jurisdiction.

    ``US-CA`` → ``US-CA`` (federal and California holidays); ``ES-M`` (the province of Madrid)
    → ``ES-MD`` (the Community of Madrid); ``FR-IDF`` → ``FR`` (national holidays only).

    Raises:
        ValidationError: The jurisdiction is not an ISO 3166 code.
    """
    return _calendar(jurisdiction).code


def is_business_day(day: date, jurisdiction: str) -> bool:
    """Whether courts and offices of ``jurisdiction`` work on ``day``.

    Not a business day: the weekend (Saturday and Sunday, or the jurisdiction's own weekend
    where it differs) and the public holidays of the country and, for a subdivision code such
    as ``US-CA``, of that subdivision too. An observed holiday (4 July 2026 is a Saturday, so
    Friday 3 July is observed in the US) is a holiday.

    Args:
        day: The calendar day.
        jurisdiction: ISO 3166 country code (``US``) or subdivision code (``US-CA``).

    Raises:
        ValidationError: ``day`` is not a date, or the jurisdiction is not known.
    """
    return _calendar(jurisdiction).is_business_day(_check_day(day, "day"))


def holiday_name(day: date, jurisdiction: str) -> str | None:
    """The name of the public holiday on ``day`` in ``jurisdiction`` (English), or None.

    Several holidays on one day are joined with ``; ``.

    Raises:
        ValidationError: ``day`` is not a date, or the jurisdiction is not known.
    """
    return _calendar(jurisdiction).holiday(_check_day(day, "day"))


# --- Counting ---------------------------------------------------------------------------------


def _count(start: date, period: Period, cal: _Calendar) -> date:
    """The last day of the period before any roll."""
    if period.unit is Unit.BUSINESS_DAYS:
        direction = 1 if period.amount > 0 else -1
        remaining = abs(period.amount)
        day = start
        while remaining:
            day = _step(day, direction)
            if cal.is_business_day(day):
                remaining -= 1
        return day
    amount = period.amount
    delta = {
        Unit.CALENDAR_DAYS: relativedelta(days=amount),
        Unit.WEEKS: relativedelta(weeks=amount),
        Unit.MONTHS: relativedelta(months=amount),
        Unit.YEARS: relativedelta(years=amount),
    }[period.unit]
    try:
        result: date = start + delta
    except (OverflowError, ValueError):
        raise ValidationError(
            "This period cannot be counted.",
            [Problem("period", "the result would fall outside the years 1 to 9999")],
        ) from None
    return result


def _apply_roll(day: date, roll: Roll, cal: _Calendar) -> date:
    if roll is Roll.NONE:
        return day
    direction = 1 if roll is Roll.NEXT else -1
    current = day
    for _ in range(_MAX_ROLL_DAYS):
        if cal.is_business_day(current):
            return current
        current = _step(current, direction)
    raise ValidationError(
        "This period cannot be counted.",
        [
            Problem(
                "jurisdiction",
                f"no business day within {_MAX_ROLL_DAYS} days of {day.isoformat()} in {cal.label}",
            )
        ],
    )


def add_period(start: date, period: Period, jurisdiction: str, roll: Roll = Roll.NEXT) -> date:
    """The day a period counted from ``start`` ends, moved off non-business days as told.

    Calendar days, weeks, months and years are added with ``relativedelta``: a month later
    than 31 January is 28 February (29 in a leap year), a year after 29 February is
    28 February. Business days count only business days of the jurisdiction, ``start``
    excluded; a negative amount counts backward. Then, if the last day is not a business day,
    :attr:`Roll.NEXT` moves it forward, :attr:`Roll.PREVIOUS` back, :attr:`Roll.NONE` leaves
    it (a count in business days already ends on one, except a count of zero).

    A year after 29 February is 28 February here as in :meth:`DateOfBirth.birthday_range
    <guardian_desk.domain.dates.DateOfBirth.birthday_range>`, which puts the birthday of a
    child born on 29 February on 28 February in common years (the earlier, safe day).

    Args:
        start: The day the period is counted from (notification, arrival, hearing...).
        period: How long, and in what unit; negative counts backward.
        jurisdiction: ISO 3166 country or subdivision code whose calendar applies.
        roll: What to do when the last day is not a business day.

    Returns:
        The last day of the period.

    Raises:
        ValidationError: A date, period, jurisdiction or roll that cannot be used, or a
            result outside the years 1 to 9999.
    """
    _check_day(start, "start")
    cal = _calendar(jurisdiction)
    roll = _roll(roll)
    period = _check_period(period)
    return _apply_roll(_count(start, period, cal), roll, cal)


def _check_period(period: object) -> Period:
    if not isinstance(period, Period):
        raise ValidationError(
            "This period cannot be used.",
            [Problem("period", f"{period!r} is not a period (an amount and a unit)")],
        )
    return period


@dataclass(frozen=True)
class Computation:
    """A computed last day and how it was found, for a lawyer to check.

    Attributes:
        due: The last day of the period, after any move.
        start: The day the period was counted from.
        period: The period counted.
        rolled_from: The last day before it was moved, or None when it did not move.
        reason: Why the last day moved (or, with :attr:`Roll.NONE`, why a weekend or holiday
            did not move it), naming each weekend day and holiday; None when nothing needed
            saying.
    """

    due: date
    start: date
    period: Period
    rolled_from: date | None
    reason: str | None

    def explain(self) -> str:
        """One paragraph: what was counted from when, the day it gave, and any move."""
        counted = self.rolled_from or self.due
        if self.period.amount < 0:
            text = f"{self.period.describe()} {_day(self.start)} is {_day(counted)}."
        else:
            text = f"{self.period.describe()} after {_day(self.start)} is {_day(counted)}."
        return f"{text} {self.reason}." if self.reason else text


def _day(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.isoformat()}"


def compute(start: date, period: Period, jurisdiction: str, roll: Roll = Roll.NEXT) -> Computation:
    """Like :func:`add_period`, and says in plain words why the last day moved.

    ``reason`` names every day passed over: "2027-01-01 is a public holiday (New Year's Day)
    in US; 2027-01-02 is a Saturday; 2027-01-03 is a Sunday; moved to the next business day,
    Monday 2027-01-04".

    Raises:
        ValidationError: As :func:`add_period`.
    """
    due = add_period(start, period, jurisdiction, roll)
    cal = _calendar(jurisdiction)
    last = _count(start, period, cal)
    if due != last:
        skipped = []
        direction = 1 if due > last else -1
        day = last
        while day != due:
            skipped.append(cal.why_not_business(day))
            day = _step(day, direction)
        where = "next" if direction > 0 else "previous"
        reason = "; ".join([*skipped, f"moved to the {where} business day, {_day(due)}"])
        return Computation(due, start, period, last, reason)
    if not cal.is_business_day(due):
        reason = (
            f"{cal.why_not_business(due)}; not moved: this period ends on that day "
            "whether or not it is a business day"
        )
        return Computation(due, start, period, None, reason)
    return Computation(due, start, period, None, None)


# --- EU Regulation 1182/71 ----------------------------------------------------------------------


def eu_period_end(start_event_day: date, period: Period, jurisdiction: str) -> date:
    """Last day of a period under Regulation (EEC, Euratom) No 1182/71 (Brussels IIb periods).

    The Regulation applies to periods in EU acts, such as the 3 months of Art. 29 of
    Regulation (EU) 2019/1111. The period ends at the end of the returned day.

    * Art. 3(1): the day of the event (notification, decision...) is not counted; the period
      starts on the day after it.
    * Art. 3(2)(b): a period in days ends at the end of its last day: event day + N days.
    * Art. 3(2)(c): a period in weeks, months or years ends on the day of the last week,
      month or year that is the same weekday, or the same date, as the event day; if that date
      does not exist in the last month, on the last day of that month (3 months from
      31 August end on 30 November).
    * Art. 3(3): periods include public holidays, Saturdays and Sundays, unless expressed in
      working days (:attr:`Unit.BUSINESS_DAYS`), which count working days only.
    * Art. 3(4): a last day that is a public holiday, Saturday or Sunday moves to the
      following working day. Not for periods counted backward from a date (second
      subparagraph): a negative period is returned unmoved.
    * Art. 3(5): a period of two days or more includes at least two working days; when it
      would not, it is extended to the second working day. Applied to forward periods only.
    * Art. 2: the public holidays are those of the Member State (or subdivision) where the act
      is to be done, given by ``jurisdiction``; working days are all others except Saturdays
      and Sundays.

    Args:
        start_event_day: The day of the event the period runs from.
        period: The period; a zero amount is refused.
        jurisdiction: Country or subdivision code whose public holidays apply.

    Returns:
        The last day of the period.

    Raises:
        ValidationError: A date, period or jurisdiction that cannot be used.
    """
    _check_day(start_event_day, "start_event_day")
    period = _check_period(period)
    cal = _calendar(jurisdiction, eu=True)
    if period.amount == 0:
        raise ValidationError(
            "This period cannot be used.",
            [Problem("amount", "a period of no length has no last day under Reg. 1182/71")],
        )
    last = _count(start_event_day, period, cal)  # Art. 3(1), 3(2)(b), 3(2)(c), 3(3)
    if period.amount < 0:
        return last  # Art. 3(4), second subparagraph: retroactive periods do not move.
    end = _apply_roll(last, Roll.NEXT, cal)  # Art. 3(4)
    if (last - start_event_day).days >= 2:  # Art. 3(5): a period of two days or more
        first = _step(start_event_day, 1)
        working = sum(
            1
            for offset in range((end - first).days + 1)
            if cal.is_business_day(_step(first, offset))
        )
        while working < 2:
            end = _step(end, 1)
            if cal.is_business_day(end):
                working += 1
    return end
