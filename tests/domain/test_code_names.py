"""Codes named for people: in the window's language, with a language's own name, and never a
failure on a code that is not one (typed by hand, or hostile)."""

from __future__ import annotations

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
