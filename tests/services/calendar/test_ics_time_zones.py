"""Every forum's time zone, written as a VTIMEZONE and read back by a strict reader, gives
the offset the time-zone database gives, around each change and through the year."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Timezone

from guardian_desk.domain.codes import zones_for
from guardian_desk.services.calendar import Event, EventKind
from guardian_desk.services.calendar.ics import calendar_of

ROOT = Path(__file__).resolve().parents[3]
STAMP = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
NO_SUMMER_TIME = ["Asia/Kabul", "Africa/Asmara"]  # where many of the children come from


def _jurisdictions(node: Any) -> Iterator[str]:
    """Every jurisdiction a rule file names, at its top or in a rule or a condition."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "jurisdiction" and isinstance(value, str):
                yield value
            elif key == "jurisdictions" and isinstance(value, list):
                yield from value
            else:
                yield from _jurisdictions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _jurisdictions(value)


def _forum_zones() -> list[str]:
    demo = json.loads((ROOT / "resources/demo/forums.json").read_text(encoding="utf-8"))
    zones = {j["time_zone"] for j in demo["jurisdictions"]}
    for path in sorted((ROOT / "resources/rules").glob("*.toml")):
        for jurisdiction in _jurisdictions(tomllib.loads(path.read_text(encoding="utf-8"))):
            zones.update(zones_for(jurisdiction))
    return sorted(zones)


ZONES = _forum_zones()
# Now; the years the United States, Indiana and Metlakatla changed their rules; past 2038.
SPANS = {
    "now": (date(2026, 12, 8), date(2027, 3, 15)),
    "2005-2020": (date(2006, 4, 3), date(2019, 11, 4)),
    "2040": (date(2040, 5, 2), date(2040, 5, 2)),
}


def _hearing(zone: str, day: date, hour: int = 9, minute: int = 30, minutes: int = 90) -> Event:
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))
    return Event(
        EventKind.HEARING,
        f"{zone}-{day.isoformat()}-{hour}{minute}",
        "case-1",
        "REF-1",
        "Guardianship hearing",
        day,
        start.astimezone(UTC),
        zone,
        minutes,
        "A court",
        "scheduled",
    )


def _written(*found: Event, reminder_days: tuple[int, ...] = ()) -> Calendar:
    """The file as a calendar program reads it: parsed strictly, every line understood."""
    data = calendar_of(found, stamp=STAMP, reminder_days=reminder_days)
    assert b"2038" not in data
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded as RFC 5545 says
    parsed = Calendar.from_ical(data)
    assert not [(c.name, c.errors) for c in parsed.walk() if c.errors]
    assert parsed.to_ical() == data  # nothing lost or changed on the way back
    return parsed


def _vtimezone(parsed: Calendar, zone: str) -> Timezone:
    (found,) = [tz for tz in parsed.walk("VTIMEZONE") if str(tz["TZID"]) == zone]
    return found


Held = tuple[timedelta, str, bool]  # the offset, its abbreviation, whether summer time


def _onsets(vtimezone: Timezone) -> list[tuple[datetime, Held]]:
    """RFC 5545, 3.6.5, read by hand: each sub-component starts at DTSTART on the clock of
    TZOFFSETFROM, and from then TZOFFSETTO (and TZNAME) holds."""
    found = []
    for sub in vtimezone.subcomponents:
        assert sub.name in ("STANDARD", "DAYLIGHT")
        assert not {"RRULE", "RDATE"} & set(sub)  # one sub-component per change
        before, after = sub.decoded("TZOFFSETFROM"), sub.decoded("TZOFFSETTO")
        start = sub.decoded("DTSTART")
        assert start.tzinfo is None  # a local time, as the RFC requires
        held = (after, str(sub["TZNAME"]), sub.name == "DAYLIGHT")
        found.append(((start - before).replace(tzinfo=UTC), held))
    return sorted(found)


def _held(onsets: list[tuple[datetime, Held]], instant: datetime) -> Held:
    return [held for onset, held in onsets if onset <= instant][-1]


def _truth(zone: tzinfo, instant: datetime) -> Held:
    local = instant.astimezone(zone)
    return (local.utcoffset() or timedelta(), local.tzname() or "", bool(local.dst()))


def _changes(zone: tzinfo, start: datetime, end: datetime) -> list[datetime]:
    """Every instant the zone's offset, abbreviation or summer time changes, looked for
    every six hours and narrowed to the second."""
    found, low = [], start
    while low < end:
        high = low + timedelta(hours=6)
        if _truth(zone, low) != _truth(zone, high):
            before = _truth(zone, low)
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _truth(zone, middle) == before:
                    low = middle
                else:
                    high = middle
            found.append(high.replace(microsecond=0))
        low = high
    return found


def test_the_forums_zones_are_found() -> None:
    assert {"Europe/Berlin", "America/New_York", "Pacific/Honolulu"} <= set(ZONES)
    assert "America/Indiana/Knox" in ZONES  # every zone of the United States


@pytest.mark.parametrize("span", sorted(SPANS))
@pytest.mark.parametrize("zone", ZONES + NO_SUMMER_TIME)
def test_vtimezone_gives_the_databases_offset(zone: str, span: str) -> None:
    first, last = SPANS[span]
    parsed = _written(_hearing(zone, first), _hearing(zone, last))
    vtimezone = _vtimezone(parsed, zone)
    onsets = _onsets(vtimezone)
    # icalendar's own reading (RFC 5545): the changes in UTC and what holds after each.
    times, held = vtimezone.get_transitions()
    assert [t.replace(tzinfo=UTC) for t in times] == [onset for onset, _ in onsets]
    assert [(h[0], h[2]) for h in held] == [(h[0], h[1]) for _, h in onsets]
    truth = ZoneInfo(zone)
    # From the year before the first hearing to the year after the last.
    start = datetime(first.year - 1, 1, 1, tzinfo=truth).astimezone(UTC)
    end = datetime(last.year + 2, 1, 1, tzinfo=truth).astimezone(UTC)
    changes = _changes(truth, start, end)
    assert len(onsets) == 1 + len(changes)
    samples = [c + timedelta(hours=h) for c in changes for h in (-1, 1)]
    samples += [c - timedelta(seconds=1) for c in changes] + changes
    samples += [
        datetime(year, month, day, 12, tzinfo=truth).astimezone(UTC)
        for year in range(first.year - 1, last.year + 2)
        for month in range(1, 13)
        for day in (1, 15)
    ]
    for instant in samples:
        expected = _truth(truth, instant)
        assert _held(onsets, instant) == expected, (zone, instant)
    if not changes:  # no summer time in these years: one STANDARD block
        (only,) = vtimezone.subcomponents
        assert only.name == "STANDARD"


def test_berlin_changes_at_the_hour_on_its_clock_before_the_change() -> None:
    parsed = _written(_hearing("Europe/Berlin", date(2027, 5, 3)))
    vtimezone = _vtimezone(parsed, "Europe/Berlin")
    summers = [s for s in vtimezone.subcomponents if s.name == "DAYLIGHT"]
    winters = [s for s in vtimezone.subcomponents if s.name == "STANDARD"][1:]  # after the first
    assert len(summers) == len(winters) == 3  # 2026, 2027, 2028
    for summer in summers:
        assert summer.decoded("DTSTART").time().isoformat() == "02:00:00"
        assert summer["TZOFFSETFROM"].to_ical() == "+0100"
        assert summer["TZOFFSETTO"].to_ical() == "+0200"
        assert str(summer["TZNAME"]) == "CEST"
    for winter in winters:
        assert winter.decoded("DTSTART").time().isoformat() == "03:00:00"
        assert winter["TZOFFSETFROM"].to_ical() == "+0200"
        assert winter["TZOFFSETTO"].to_ical() == "+0100"
        assert str(winter["TZNAME"]) == "CET"
    assert summers[1].decoded("DTSTART") == datetime(2027, 3, 28, 2, 0)
    assert winters[1].decoded("DTSTART") == datetime(2027, 10, 31, 3, 0)
    # Past 2038 as well: the last Sunday of March 2041.
    later = _vtimezone(_written(_hearing("Europe/Berlin", date(2040, 6, 1))), "Europe/Berlin")
    starts = [s.decoded("DTSTART") for s in later.subcomponents if s.name == "DAYLIGHT"]
    assert starts[-1] == datetime(2041, 3, 31, 2, 0)


def test_a_zone_without_summer_time_has_one_standard_block() -> None:
    for zone in NO_SUMMER_TIME:
        vtimezone = _vtimezone(_written(_hearing(zone, date(2027, 1, 5))), zone)
        (only,) = vtimezone.subcomponents
        assert only.name == "STANDARD"
        assert only["TZOFFSETFROM"].to_ical() == only["TZOFFSETTO"].to_ical()
        assert only.decoded("TZOFFSETTO") == ZoneInfo(zone).utcoffset(datetime(2027, 1, 5))


def test_each_zone_written_once_and_only_the_zones_used() -> None:
    parsed = _written(
        _hearing("Europe/Berlin", date(2026, 12, 8)),
        _hearing("Europe/Berlin", date(2030, 1, 8)),
        _hearing("America/Chicago", date(2027, 2, 1)),
        _hearing("UTC", date(2027, 2, 1)),
    )
    names = [str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")]
    assert names == ["America/Chicago", "Europe/Berlin"]
    berlin = _onsets(_vtimezone(parsed, "Europe/Berlin"))
    assert berlin[0][0] == datetime(2025, 1, 1, tzinfo=ZoneInfo("Europe/Berlin"))
    assert berlin[-1][0].year == 2031  # the span of both hearings in Berlin
    (utc,) = [e for e in parsed.walk("VEVENT") if "UTC" in str(e["UID"])]
    assert utc["DTSTART"].to_ical().endswith(b"Z")  # in UTC, no VTIMEZONE needed


def test_hearings_on_a_night_the_clocks_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 02:30 comes twice on 25 October 2026; the second time is written in UTC, since a local
    # time in the repeated hour means its first pass.
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=berlin)
    first = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)
    late = _hearing("Europe/Berlin", date(2026, 10, 25))
    late = _replace_start(late, second)
    early = _replace_start(_hearing("Europe/Berlin", date(2026, 10, 24)), first)
    spring = _hearing("Europe/Berlin", date(2027, 3, 28), hour=1, minute=30, minutes=120)
    parsed = _written(late, early, spring)
    by_uid = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    assert by_uid[late.uid()]["DTSTART"].to_ical() == b"20261025T013000Z"
    assert by_uid[late.uid()].decoded("DTSTART").timestamp() == second.timestamp()
    assert by_uid[early.uid()]["DTSTART"].to_ical() == b"20261025T023000"
    assert by_uid[early.uid()]["DTSTART"].params["TZID"] == "Europe/Berlin"
    # Two hours from 01:30 on the night the clocks go forward end at 04:30 on the clock.
    end = by_uid[spring.uid()].decoded("DTEND")
    assert end.replace(tzinfo=None) == datetime(2027, 3, 28, 4, 30)


def _replace_start(event: Event, start: datetime) -> Event:
    from dataclasses import replace

    return replace(event, starts_at=start.astimezone(UTC), day=start.date())
