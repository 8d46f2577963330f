"""Dates of birth with their certainty, and ages computed from them.

An estimated date of birth keeps only what is known (a year, or a year and a month): no day
is ever invented, so no child is silently born on 1 January. Every age is therefore a range.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from guardian_desk.domain.enums import DobCertainty
from guardian_desk.errors import Problem, ValidationError

# The days a fact of a case may fall on. Nothing the team records about a living child is
# older or later; a date beyond is a typing mistake (0001 for 2001, 9999 for "unknown") and
# the date arithmetic of deadlines and time zones would overflow near the years 1 and 9999.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2100, 12, 31)


def outside_range(day: date) -> bool:
    """True when ``day`` is before :data:`EARLIEST_DAY` or after :data:`LATEST_DAY`."""
    return not EARLIEST_DAY <= day <= LATEST_DAY


def range_problem(day: date | datetime) -> str | None:
    """Why ``day`` (a date, or an instant read in its own offset) cannot be recorded, or None."""
    local = day.date() if isinstance(day, datetime) else day
    if outside_range(local):
        return (
            f"{local.isoformat()} is outside the years {EARLIEST_DAY.year} to "
            f"{LATEST_DAY.year}; check the year"
        )
    return None


@dataclass(frozen=True)
class AgeRange:
    """The youngest and oldest the child can be on a given day."""

    youngest: int
    oldest: int

    @property
    def exact(self) -> bool:
        return self.youngest == self.oldest


def _add_years(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 February in a
    common year (see :func:`leap_day_birthday`)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return date(day.year + years, 2, 28)


def birthday(born: date, years: int) -> date:
    """The day a child born on ``born`` turns ``years`` (28 February for one born on
    29 February, in a common year)."""
    return _add_years(born, years)


def leap_day_birthday(born: date, on_year: int) -> bool:
    """True when a child born on ``born`` has no birthday of their own in ``on_year``: born on
    29 February, and ``on_year`` is a common year.

    The convention (docs/deadline-rules.md, "29 February"): such a birthday is taken as
    28 February, the earlier of the two days laws use: Maryland's statute (Md. Code, General
    Provisions § 1-303(b)) and German law (BGB §§ 187(2), 188(2) and (3)) come to 1 March,
    the common-law rule and some readings elsewhere to 28 February. Every age-based rule
    counts to or before a birthday (an age limit, a status lost at 18), so the earlier day
    never makes a child miss one; a day late could. Ages shown follow the
    same day, so that the list and the deadline agree.
    """
    return (born.month, born.day) == (2, 29) and not calendar.isleap(on_year)


def _years_between(born: date, on: date) -> int:
    years = on.year - born.year
    if _add_years(born, years) > on:
        years -= 1
    return years


@dataclass(frozen=True)
class DateOfBirth:
    """A date of birth as precise as it is known.

    Documented and declared dates are full dates. An estimate is a year or a year and month.
    An age-assessed date is whatever the assessing authority fixed, at any precision.
    """

    certainty: DobCertainty
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        problems = dob_problems(self.certainty, self.year, self.month, self.day)
        if problems:
            raise ValidationError("This date of birth cannot be recorded.", problems)

    @property
    def is_exact(self) -> bool:
        return self.day is not None and self.certainty is not DobCertainty.ESTIMATED

    def earliest(self) -> date:
        """The earliest day the child can have been born."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """The latest day the child can have been born."""
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def age_on(self, on: date) -> AgeRange:
        """How old the child is on ``on``: a range when the date is not fully known."""
        return AgeRange(_years_between(self.latest(), on), _years_between(self.earliest(), on))

    def birthday_range(self, years: int) -> tuple[date, date]:
        """Earliest and latest day of the child's ``years``-th birthday (18th, 21st...); a
        child born on 29 February has it on 28 February in a common year."""
        return birthday(self.earliest(), years), birthday(self.latest(), years)

    def iso(self) -> str:
        """``2009-03-14``, ``2009-03`` or ``2009``: only the known parts."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def _shown(number: int) -> str:
    """A number for a message; one with thousands of digits is not written out."""
    if abs(number) < 10**12:
        return str(number)
    return f"of about {int(abs(number).bit_length() * 0.30103) + 1} digits"


def dob_problems(
    certainty: DobCertainty, year: int, month: int | None, day: int | None
) -> list[Problem]:
    """What is wrong with these parts of a date of birth, in plain words (empty when valid)."""
    found: list[Problem] = []
    first, last = EARLIEST_DAY.year, LATEST_DAY.year
    if not first <= year <= last:
        found.append(
            Problem(
                "dob_year", f"year {_shown(year)} is not plausible (between {first} and {last})"
            )
        )
    if month is not None and not 1 <= month <= 12:
        found.append(Problem("dob_month", f"month {_shown(month)} does not exist"))
    if day is not None:
        if month is None:
            found.append(Problem("dob_day", "a day needs a month"))
        elif 1 <= month <= 12 and first <= year <= last:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                found.append(Problem("dob_day", f"day {_shown(day)} is not in that month"))
    if certainty in (DobCertainty.DOCUMENTED, DobCertainty.DECLARED) and day is None:
        found.append(Problem("dob_day", f"a {certainty.value} date of birth needs a full date"))
    if certainty is DobCertainty.ESTIMATED and day is not None:
        found.append(
            Problem(
                "dob_day",
                "an estimated date of birth is a year or a year and month, without a day",
            )
        )
    return found


def dob_bounds(
    certainty: DobCertainty | str | None, year: int | None, month: int | None, day: int | None
) -> tuple[date | None, date | None]:
    """Earliest and latest possible day of birth, or (None, None) when not known or invalid."""
    if certainty is None or year is None:
        return None, None
    try:
        dob = DateOfBirth(DobCertainty(certainty), year, month, day)
    except (ValueError, ValidationError):
        return None, None
    return dob.earliest(), dob.latest()


def age_band_bounds(youngest: int, oldest: int, on: date) -> tuple[date, date]:
    """The birth days of everyone aged ``youngest`` to ``oldest`` (inclusive) on ``on``."""
    latest = _add_years(on, -youngest)
    earliest = _add_years(on, -(oldest + 1)) + timedelta(days=1)
    return earliest, latest


def age_label(dob: DateOfBirth | None, on: date) -> str:
    """Short age for lists: ``16``, ``≈ 16`` when uncertain, ``15–16`` for a wide range."""
    if dob is None:
        return "?"
    age = dob.age_on(on)
    if age.exact:
        return str(age.youngest) if dob.is_exact else f"≈ {age.youngest}"
    return f"{age.youngest}–{age.oldest}"


LOCAL_FORMAT = "%Y-%m-%d %H:%M"


def instant_to_local(instant: str, zone: str | None) -> str:
    """``2026-12-03T08:30:00Z`` shown as ``2026-12-03 09:30`` in ``Europe/Berlin``.

    Without a zone (or with an unknown one) the time is shown in UTC and says so.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    moment = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    try:
        place = ZoneInfo(zone) if zone else None
    except (ZoneInfoNotFoundError, ValueError):
        place = None
    if place is None:
        return moment.astimezone(UTC).strftime(LOCAL_FORMAT) + " UTC"
    return moment.astimezone(place).strftime(LOCAL_FORMAT)


def local_to_instant(text: str, zone: str | None) -> str | None:
    """A local ``YYYY-MM-DD HH:MM`` in ``zone`` as an ISO instant in UTC; None if unreadable.

    A full ISO date-time with its offset is accepted as it is. In the hour that a change to
    summer time skips, or the one it repeats, the earlier reading is taken (fold 0).
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    text = text.strip().removesuffix(" UTC")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        try:
            moment = moment.replace(tzinfo=ZoneInfo(zone) if zone else UTC)
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def day_of(value: Any) -> date | None:
    """A day from a field of a case tree: a date as it is, ISO text (a day, or an instant:
    its first ten characters) read; None for nothing, or for text that is not a day."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def birth_range_of_tree(child: Mapping[str, Any]) -> tuple[date, date] | None:
    """The earliest and latest day a child of an exchange-format tree can have been born, or
    None when unknown.

    An exchange tree carries the parts of the date and its certainty; bounds already worked
    out (``dob_earliest``/``dob_latest``) are taken as they are. A year whose certainty is
    missing or does not fit the parts is read as the year, or the month, it names.
    """
    earliest, latest = _as_date(child.get("dob_earliest")), _as_date(child.get("dob_latest"))
    if earliest and latest:
        return (earliest, latest) if earliest <= latest else (latest, earliest)
    year, month, day = child.get("dob_year"), child.get("dob_month"), child.get("dob_day")
    if not isinstance(year, int):
        return None
    earliest, latest = dob_bounds(child.get("dob_certainty"), year, month, day)
    if earliest is None or latest is None:
        month = month if isinstance(month, int) else None
        earliest, latest = dob_bounds("estimated", year, month, None)
        if earliest is None:
            earliest, latest = dob_bounds("estimated", year, None, None)
    if earliest is None or latest is None:
        return None
    return earliest, latest
