"""Deadline rules as data: the shipped files load; mistakes are named by file, rule, field."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian_desk.domain.periods import Period, Roll, Unit
from guardian_desk.domain.rules import Counting, Trigger, load_rules, read_rules
from guardian_desk.errors import ValidationError
from guardian_desk.resources import resource_path


def test_shipped_rules_load_with_citations() -> None:
    rules = load_rules(resource_path("rules").glob("*.toml"))
    one_year = rules["us.asylum.one_year"]
    assert one_year.trigger is Trigger.LAST_ARRIVAL
    assert one_year.period == Period(1, Unit.YEARS)
    assert one_year.conditions.unaccompanied is False  # unaccompanied children are exempt
    assert "208(a)(2)(B)" in one_year.citation
    assert rules["us.uac.ends_at_18"].roll is Roll.NONE  # an age limit never moves
    art29 = rules["eu.brussels2b.art29_seise_court"]
    assert art29.counting is Counting.EU_1182_71
    assert art29.jurisdiction is None  # wherever the forum is
    assert all(rule.citation for rule in rules.values())


def _write(tmp_path: Path, text: str, name: str = "test.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_mistakes_name_the_file_the_rule_and_the_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
jurisdiction = "DE"

[[rules]]
id = "de.appeal"
title = "Appeal"
citation = "§ 74 AsylG"
trigger = "decision_notified"
offset = { amount = 2, unit = "fortnights" }

[[rules]]
id = "de.other"
title = "Other"
trigger = "full_moon"
offset = { amount = 1, unit = "weeks" }
roll = "sideways"
conditions = { proceeding_kinds = ["asylum", "divorce"], colour = "blue" }
""",
    )
    with pytest.raises(ValidationError) as caught:
        read_rules(path)
    problems = [str(p) for p in caught.value.problems]
    assert (
        "test.toml: rules[0] (de.appeal).offset.unit: 'fortnights' is not one of: "
        "calendar_days, business_days, weeks, months, years" in problems
    )
    assert "test.toml: rules[1] (de.other).citation: is missing or empty" in problems
    assert any(
        p.startswith("test.toml: rules[1] (de.other).trigger: 'full_moon'") for p in problems
    )
    assert any(p.startswith("test.toml: rules[1] (de.other).roll: 'sideways'") for p in problems)
    assert any("conditions.proceeding_kinds: 'divorce'" in p for p in problems)
    assert (
        "test.toml: rules[1] (de.other).conditions.colour: is not a condition this program knows"
        in problems
    )


def test_not_toml_at_all(tmp_path: Path) -> None:
    path = _write(tmp_path, "this is = = not toml")
    with pytest.raises(ValidationError, match=r"test\.toml is not valid TOML"):
        read_rules(path)


def test_unknown_jurisdiction_and_time_zone(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[[rules]]
id = "x"
title = "X"
citation = "Y"
jurisdiction = "US-ZZ"
time_zone = "Mars/Olympus"
trigger = "hearing"
offset = { amount = -14, unit = "calendar_days" }
roll = "previous"
""",
    )
    with pytest.raises(ValidationError) as caught:
        read_rules(path)
    problems = [str(p) for p in caught.value.problems]
    assert "test.toml: rules[0] (x).jurisdiction: 'US-ZZ' is not an ISO 3166 code" in problems
    assert "test.toml: rules[0] (x).time_zone: 'Mars/Olympus' is not an IANA time zone" in problems


def test_the_same_id_in_two_files(tmp_path: Path) -> None:
    rule = """
[[rules]]
id = "same"
title = "T"
citation = "C"
trigger = "hearing"
offset = { amount = -7, unit = "calendar_days" }
"""
    first = _write(tmp_path, rule, "a.toml")
    second = _write(tmp_path, rule, "b.toml")
    with pytest.raises(ValidationError) as caught:
        load_rules([first, second])
    assert [str(p) for p in caught.value.problems] == ["b.toml: same: the id is used in a.toml too"]
