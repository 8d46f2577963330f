"""Codes named for people: in the window's language, with a language's own name, and never a
failure on a code that is not one (typed by hand, or hostile)."""

from __future__ import annotations

import re
import time

import pytest

from guardian_desk.domain import codes
from guardian_desk.domain.text import script_of


def test_languages_are_named_with_their_own_name() -> None:
    assert codes.language_label("prs") == "Dari — دری"
    assert codes.language_label("ti", "fr") == "tigrigna — ትግርኛ"
    assert codes.language_label("en") == "English"  # the same name once
    tags = dict(codes.languages("en"))
    assert tags["prs"].startswith("Dari")
    assert tags["uk"] == "Ukrainian — українська"


def test_jurisdictions_include_states_by_name() -> None:
    names = dict(codes.jurisdictions("fr"))
    assert names["US-CA"] == "Californie, États-Unis"
    assert names["DE"] == "Allemagne"


def test_a_forums_time_zone_follows_from_its_country() -> None:
    assert codes.zones_for("DE")[0] == "Europe/Berlin"
    assert codes.zones_for("AF") == ["Asia/Kabul"]
    assert len(codes.zones_for("US-CA")) > 1  # the person chooses among them
    assert codes.zones_for("not a code") == []


@pytest.mark.parametrize("bad", ["Klingonese", "", "x" * 5000, "../../etc/passwd", "\x00", "ZZ-99"])
def test_a_code_that_is_not_one_is_shown_as_typed(bad: str) -> None:
    for name in (
        codes.country_name,
        codes.jurisdiction_name,
        codes.language_label,
        codes.script_name,
        codes.time_zone_name,
    ):
        assert name(bad, "ar") == bad


def test_the_script_of_a_name_is_seen_in_its_letters() -> None:
    assert script_of("ذبیح‌الله") == "Arab"
    assert script_of("ሰላም ተስፋይ") == "Ethi"
    assert script_of("Олена") == "Cyrl"
    assert script_of("123 -") is None


def test_a_time_zone_is_named_by_its_place_in_the_windows_language() -> None:
    assert codes.time_zone_name("America/Chicago") == (
        "United States (Chicago) Time · America/Chicago"  # the id after it, in English only
    )
    assert codes.time_zone_name("America/Chicago", "en_US").endswith(" · America/Chicago")
    arabic = codes.time_zone_name("America/Chicago", "ar_EG")  # as QLocale names it
    assert "شيكاغو" in arabic
    assert not re.search("[A-Za-z]", arabic)  # no Latin id in an Arabic window
    assert codes.time_zone_name("Europe/Berlin", "ar") == "توقيت ألمانيا (برلين)"
    assert codes.time_zone_name("Europe/Berlin", "fr") == "heure : Allemagne (Berlin)"
    names = dict(codes.time_zones("ar"))
    assert names["Asia/Kabul"] == "توقيت أفغانستان"
    assert not [n for n in names.values() if re.search("[A-Za-z]", n)]


def test_a_time_zone_name_is_quick_once_known() -> None:
    """A case window names its hearings' zones each time it opens."""
    zones = ["America/Chicago", "Europe/Berlin", "Asia/Kabul", "America/Los_Angeles"]
    for zone in zones:  # warm-up: Babel's data read once
        codes.time_zone_name(zone, "ar_EG")
    started = time.perf_counter()
    for index in range(1000):
        codes.time_zone_name(zones[index % len(zones)], "ar_EG")
    assert time.perf_counter() - started < 0.05


def test_a_us_state_in_arabic_keeps_its_english_name_beside_an_arabic_country() -> None:
    """No library the program uses has CLDR's Arabic names of subdivisions (Babel leaves
    them out; pycountry has no Arabic iso3166-2): the state is named in English, its country
    in Arabic, and nothing fails."""
    assert codes.jurisdiction_name("US-TX", "ar_EG") == "Texas, الولايات المتحدة"
    assert codes.jurisdiction_name("US-TX", "en") == "Texas, United States"
    assert codes.jurisdiction_name("US", "ar") == "الولايات المتحدة"
    names = dict(codes.jurisdictions("ar"))
    assert names["US-CA"].endswith("الولايات المتحدة")
