"""Deadlines from the shipped rules, worked by hand, each with its reason."""

from __future__ import annotations

from datetime import date

import pytest

from guardian_desk.domain.dates import DateOfBirth
from guardian_desk.domain.deadlines import CaseFacts, ProceedingFacts, deadlines_for
from guardian_desk.domain.enums import DobCertainty, ProceedingKind
from guardian_desk.domain.rules import Rule, load_rules
from guardian_desk.resources import resource_path


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return list(load_rules(resource_path("rules").glob("*.toml")).values())


def _facts(**changes: object) -> CaseFacts:
    base: dict[str, object] = {
        "home_jurisdiction": "US-CA",
        "unaccompanied": False,
        "last_arrival": date(2025, 11, 26),
        "date_of_birth": DateOfBirth(DobCertainty.DOCUMENTED, 2010, 5, 4),
        "proceedings": (
            ProceedingFacts("asylum-1", ProceedingKind.ASYLUM, "US-CA", (date(2026, 11, 2),)),
        ),
    }
    base.update(changes)
    return CaseFacts(**base)  # type: ignore[arg-type]


def _by_rule(found: list) -> dict[str, list]:  # type: ignore[type-arg]
    grouped: dict[str, list] = {}  # type: ignore[type-arg]
    for deadline in found:
        grouped.setdefault(deadline.rule.id, []).append(deadline)
    return grouped


def test_one_year_rule_moves_off_thanksgiving(rules: list[Rule]) -> None:
    # Arrived Wednesday 26 November 2025; one year later is Thursday 26 November 2026,
    # Thanksgiving, a federal holiday: the last day is Friday 27 November 2026.
    (deadline,) = _by_rule(deadlines_for(_facts(), rules))["us.asylum.one_year"]
    assert deadline.due == date(2026, 11, 27)
    assert deadline.proceeding_id == "asylum-1"
    assert "Thanksgiving" in deadline.explanation
    assert "208(a)(2)(B)" in deadline.rule.citation


def test_unaccompanied_children_are_exempt_from_the_one_year_rule(rules: list[Rule]) -> None:
    found = _by_rule(deadlines_for(_facts(unaccompanied=True), rules))
    assert "us.asylum.one_year" not in found
    (end,) = found["us.uac.ends_at_18"]  # but their status ends at 18, on the day itself
    assert end.due == date(2028, 5, 4)


def test_bia_appeal_thirty_days_after_notification(rules: list[Rule]) -> None:
    # Notified Monday 2 November 2026; 30 days later is Wednesday 2 December 2026.
    (appeal,) = _by_rule(deadlines_for(_facts(), rules))["us.bia.appeal"]
    assert appeal.due == date(2026, 12, 2)


def test_us_rules_do_not_apply_to_a_german_proceeding(rules: list[Rule]) -> None:
    german = ProceedingFacts("de-1", ProceedingKind.ASYLUM, "DE-BY", (date(2026, 11, 2),))
    found = _by_rule(deadlines_for(_facts(home_jurisdiction="DE-BY", proceedings=(german,)), rules))
    assert "us.asylum.one_year" not in found
    assert "us.bia.appeal" not in found
    assert "us.uac.ends_at_18" not in found


def test_sijs_before_21_with_an_estimated_birth_year_is_a_range(rules: list[Rule]) -> None:
    # Born some time in 2008: the 21st birthday is between 1 January and 31 December 2029.
    # The last day to file is the day before: 31 December 2028 is a Sunday, so the earliest
    # is Friday 29 December 2028 (an age limit moves back, never forward); 30 December 2029
    # is a Sunday too, so the latest is Friday 28 December 2029.
    sijs = ProceedingFacts("sijs-1", ProceedingKind.SIJS, "US-CA")
    facts = _facts(date_of_birth=DateOfBirth(DobCertainty.ESTIMATED, 2008), proceedings=(sijs,))
    (deadline,) = _by_rule(deadlines_for(facts, rules))["us.sijs.file_before_21"]
    assert deadline.uncertain
    assert (deadline.due, deadline.due_latest) == (date(2028, 12, 29), date(2029, 12, 28))
    assert "not exactly known" in deadline.explanation


def test_nothing_without_the_facts(rules: list[Rule]) -> None:
    facts = _facts(last_arrival=None, date_of_birth=None, proceedings=())
    assert deadlines_for(facts, rules) == []


def test_a_federal_rule_counts_federal_holidays_only(rules: list[Rule]) -> None:
    # The day after Thanksgiving is a California state holiday, not a federal one: a federal
    # deadline may fall on it even for a case heard in California.
    (deadline,) = _by_rule(deadlines_for(_facts(), rules))["us.asylum.one_year"]
    assert deadline.due == date(2026, 11, 27)
    assert "US-CA" not in deadline.explanation


def _one_proceeding(kind: ProceedingKind, place: str, **facts: object) -> CaseFacts:
    proceeding = ProceedingFacts("p-1", kind, place, **facts)  # type: ignore[arg-type]
    return CaseFacts(
        home_jurisdiction=place,
        unaccompanied=True,
        last_arrival=None,
        date_of_birth=DateOfBirth(DobCertainty.DOCUMENTED, 2008, 3, 10),
        proceedings=(proceeding,),
    )


# (rule, proceeding kind, forum, the trigger's day, the last day) — worked by hand, with why.
WORKED = [
    # Fri 11 Dec 2026 + 2 weeks = Fri 25 Dec (Christmas), Sat 26 (2nd day), Sun -> Mon 28.
    ("de.asylg.74_klage", ProceedingKind.ASYLUM, "DE-BE", date(2026, 12, 11), date(2026, 12, 28)),
    # 14 Apr 2026 + 1 month = Thu 14 May 2026, Ascension Day -> Fri 15 May.
    ("fr.ceseda.cnda_recours", ProceedingKind.ASYLUM, "FR", date(2026, 4, 14), date(2026, 5, 15)),
    # 28 Oct 2026 + 14 days = Wed 11 Nov, Independence Day -> Thu 12 Nov.
    (
        "pl.kpa.129_odwolanie_rada",
        ProceedingKind.ASYLUM,
        "PL",
        date(2026, 10, 28),
        date(2026, 11, 12),
    ),
    # 23 Feb 2026 + 30 days = Wed 25 Mar, Independence Day; this rule moves back -> Tue 24 Mar.
    (
        "gr.l4939.97_appeal_appeals_authority",
        ProceedingKind.ASYLUM,
        "GR",
        date(2026, 2, 23),
        date(2026, 3, 24),
    ),
    # 5 Nov 2026 + 30 days = Sat 5 Dec -> Mon 7 Dec (Sant'Ambrogio is Milan's alone).
    ("it.dlgs25.35bis_ricorso", ProceedingKind.ASYLUM, "IT", date(2026, 11, 5), date(2026, 12, 7)),
    # 12 Oct 2026 + 2 months = Sat 12 Dec -> Mon 14 Dec.
    (
        "es.ljca.46_recurso_contencioso",
        ProceedingKind.ASYLUM,
        "ES",
        date(2026, 10, 12),
        date(2026, 12, 14),
    ),
]


@pytest.mark.parametrize(("rule_id", "kind", "forum", "notified", "due"), WORKED)
def test_appeal_windows_worked_by_hand(
    rules: list[Rule],
    rule_id: str,
    kind: ProceedingKind,
    forum: str,
    notified: date,
    due: date,
) -> None:
    found = _by_rule(
        deadlines_for(_one_proceeding(kind, forum, decisions_notified=(notified,)), rules)
    )
    (deadline,) = found[rule_id]
    assert deadline.due == due, deadline.explanation
    assert deadline.rule.citation


def test_new_york_family_court_limit_is_the_day_before_the_21st_birthday(
    rules: list[Rule],
) -> None:
    found = _by_rule(deadlines_for(_one_proceeding(ProceedingKind.GUARDIANSHIP, "US-NY"), rules))
    (limit,) = found["us-ny.sijs.family_court_guardianship_before_21"]
    assert limit.due == date(2029, 3, 9)  # born 10 March 2008; an age limit never moves
    assert (
        "us-ca.sijs.probate_guardianship_before_21" not in found
    )  # California's is not New York's


def test_immigration_court_filings_move_earlier_off_holidays(rules: list[Rule]) -> None:
    # Hearing Mon 11 Jan 2027; 15 days before is Sun 27 Dec 2026 -> back past Christmas
    # (Fri 25 Dec) to Thu 24 Dec.
    facts = _one_proceeding(ProceedingKind.ASYLUM, "US-CA", hearings=(("h-1", date(2027, 1, 11)),))
    (evidence,) = _by_rule(deadlines_for(facts, rules))[
        "us.eoir.evidence_before_individual_hearing"
    ]
    assert evidence.due == date(2026, 12, 24)
    assert evidence.hearing_id == "h-1"
