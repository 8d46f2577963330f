"""Screening for trafficking risk: the shipped instrument's rule over its answer table, the
tasks a concern and a missing episode create (owners and days), screening again, and the
pause on sharing while a clear concern waits for a best-interests assessment."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from guardian_desk.domain.screening import Concern, InstrumentError, parse_instrument
from guardian_desk.errors import AccessDeniedError
from guardian_desk.resources import resource_path
from guardian_desk.services import protection
from guardian_desk.services.calendar import reconcile
from guardian_desk.services.records import new_record

TOOL = protection.instrument("gd-child-v1")
BY = {s: [i.id for i in TOOL.indicators if i.strength == s] for s in ("strong", "medium", "weak")}
DAY = date(2026, 12, 1)


def _expected(strong: int, medium: int, weak: int) -> Concern:
    """The rule as docs/protection.md states it, written out independently of the code."""
    if strong >= 1 or medium >= 3:
        return Concern.CLEAR
    if medium >= 1 or weak >= 2:
        return Concern.POSSIBLE
    return Concern.NONE


@pytest.mark.parametrize("strong", [0, 1, 2])
@pytest.mark.parametrize("medium", [0, 1, 2, 3, 4])
@pytest.mark.parametrize("weak", [0, 1, 2])
def test_the_concern_level_over_the_answer_table(strong: int, medium: int, weak: int) -> None:
    yes = BY["strong"][:strong] + BY["medium"][:medium] + BY["weak"][:weak]
    # Every other indicator answered "no" or left unknown: neither counts.
    others = [i.id for i in TOOL.indicators if i.id not in yes]
    answers: dict[str, Any] = dict.fromkeys(yes, "yes")
    answers.update({i: ("no" if n % 2 else "unknown") for n, i in enumerate(others)})
    assert TOOL.concern(answers) == _expected(strong, medium, weak)


def test_any_single_strong_indicator_is_a_clear_concern_and_any_weak_pair_possible() -> None:
    for indicator in BY["strong"]:
        assert TOOL.concern({indicator: {"answer": "yes", "evidence": "said so"}}) == "clear"
    for pair in combinations(BY["weak"], 2):
        assert TOOL.concern(dict.fromkeys(pair, "yes")) == "possible"
    assert TOOL.concern({}) == "none"
    assert TOOL.concern({BY["strong"][0]: "maybe"}) == "none"  # not a yes


def test_the_shipped_instrument_is_whole_in_four_languages() -> None:
    assert len(TOOL.indicators) >= 14
    for indicator in TOOL.indicators:
        assert {"en", "fr", "es", "ar"} <= set(indicator.question)
    for action in TOOL.actions:
        assert {"en", "fr", "es", "ar"} <= set(action.title)
    clear = {a.id: a for a in TOOL.actions_for(Concern.CLEAR)}
    assert clear["alert_supervisor"].due == timedelta(0)  # the same day
    assert "transfer" in clear["best_interests_assessment"].pauses
    assert "not a validated" in TOOL.disclaimer or "not a validated" in TOOL.rule.note


@pytest.mark.parametrize(
    ("change", "fault"),
    [
        (('strength = "strong"', 'strength = "severe"', 1), "strength must be one of"),
        (('dimension = "control"', 'dimension = "mood"', 1), "dimension must be one of"),
        (("clear_strong = 1", "clear_strong = 0", 1), "at least 1"),
        (("due_hours = 0", "due_hours = 0\ndue_days = 1", 1), "either due_hours or due_days"),
        (('level = "clear"', 'level = "none"', 1), "possible or clear"),
    ],
)
def test_a_faulty_instrument_file_is_named_with_its_fault(
    change: tuple[str, str, int], fault: str
) -> None:
    text = resource_path("screening", "gd-child-v1.toml").read_text(encoding="utf-8")
    assert change[0] in text
    with pytest.raises(InstrumentError, match=fault):
        parse_instrument(text.replace(*change), "ours.toml")


def test_an_organisations_own_instrument_is_loaded_beside_the_shipped(tmp_path: Path) -> None:
    text = resource_path("screening", "gd-child-v1.toml").read_text(encoding="utf-8")
    (tmp_path / "ours.toml").write_text(text.replace('"gd-child-v1"', '"ngo-v2"', 1))
    (tmp_path / "broken.toml").write_text("id = ")
    found = protection.load_instruments(tmp_path)
    assert {"gd-child-v1", "ngo-v2"} <= set(found.instruments)
    assert [p for p in found.problems if p.startswith("broken.toml")]


# --- tasks ----------------------------------------------------------------------------------


def _case(**parts: Any) -> dict[str, Any]:
    case = new_record(
        "cases",
        reference="P-1",
        opened_on="2026-10-01",
        home_jurisdiction="DE",
        lead_lawyer_id="lawyer-1",
        caseworker_id="caseworker-1",
    )
    case["child"] = new_record("child", given_names="Amal", sex="female", placements=[])
    case["guardian_appointments"] = [
        new_record("guardian_appointments", team_member_id="gal-1", started_on="2026-10-02")
    ]
    case.update(parts)
    return case


def _tasks(case: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        str(d["rule_id"]).rsplit(":", 1)[-1]: d
        for d in reconcile(case)
        if str(d.get("rule_id") or "").startswith(protection.PREFIX)
    }


def test_a_clear_concern_gives_its_actions_with_owners_and_days() -> None:
    screening = protection.new_screening(_case(), {BY["strong"][0]: "yes"}, DAY)
    assert screening["concern"] == "clear"
    tasks = _tasks(_case(screenings=[screening]))
    assert tasks["alert_supervisor"]["due_on"] == "2026-12-01"
    assert tasks["alert_supervisor"]["owner_id"] is None  # no supervisor on the case
    assert tasks["inform_lawyer"]["owner_id"] == "lawyer-1"
    assert tasks["inform_lawyer"]["due_on"] == "2026-12-02"
    assert tasks["safety_plan"]["owner_id"] == "caseworker-1"
    assert tasks["best_interests_assessment"]["owner_id"] == "gal-1"
    assert tasks["best_interests_assessment"]["due_on"] == "2026-12-15"
    again = next(d for d in reconcile(_case(screenings=[screening])) if "rescreen" in d["rule_id"])
    assert again["due_on"] == (DAY + timedelta(days=TOOL.rescreen_days)).isoformat()
    assert not [t for t in tasks.values() if t["title"].startswith("Inform the supervising")]


def test_a_possible_concern_gives_its_own_actions_and_raising_it_gives_the_clear_ones() -> None:
    possible = protection.new_screening(_case(), {BY["medium"][0]: "yes"}, DAY)
    tasks = _tasks(_case(screenings=[possible]))
    assert {"inform_supervisor", "rescreen", "guardian_conversation"} <= set(tasks)
    assert "alert_supervisor" not in tasks
    raised = protection.new_screening(
        _case(), {BY["medium"][0]: "yes"}, DAY, raised_to="clear", raised_because="Her account."
    )
    assert raised["concern"] == "possible"
    assert "alert_supervisor" in _tasks(_case(screenings=[raised]))
    assert protection.concern_of(_case(screenings=[raised])).level == "clear"


def test_a_task_done_stays_done_and_a_closed_concern_takes_its_open_tasks_away() -> None:
    screening = protection.new_screening(_case(), {BY["strong"][0]: "yes"}, DAY)
    case = _case(screenings=[screening])
    case["deadlines"] = reconcile(case)
    alert = next(d for d in case["deadlines"] if d["rule_id"].endswith("alert_supervisor"))
    alert["status"] = "done"
    screening["closed_on"] = "2026-12-20"
    after = {d["rule_id"].rsplit(":", 1)[-1]: d for d in reconcile(case) if d.get("rule_id")}
    assert after["alert_supervisor"]["status"] == "done"  # the person's record stays
    assert "safety_plan" not in after  # open, and no longer wanted


def test_a_missing_episode_gives_the_immediate_actions_and_a_screening_on_return() -> None:
    screening = protection.new_screening(_case(), {}, DAY)
    episode = new_record("missing_episodes", missing_since="2026-12-10", missing_from="Haven House")
    tasks = _tasks(_case(screenings=[screening], missing_episodes=[episode]))
    assert tasks["report_police"]["due_on"] == "2026-12-10"
    assert tasks["report_police"]["owner_id"] == "caseworker-1"
    assert tasks["inform_guardian"]["owner_id"] == "gal-1"
    episode["returned_on"] = "2026-12-12"
    again = next(
        d
        for d in reconcile(_case(screenings=[screening], missing_episodes=[episode]))
        if "rescreen" in d["rule_id"]
    )
    assert again["due_on"] == "2026-12-15"  # three days after the return
    assert "came back" in again["explanation"]


def test_a_change_of_placement_brings_the_screening_forward() -> None:
    screening = protection.new_screening(_case(), {}, DAY)
    case = _case(screenings=[screening])
    case["child"]["placements"] = [
        new_record("placements", kind="foster_family", started_on="2026-12-20")
    ]
    again = next(d for d in reconcile(case) if "rescreen" in str(d.get("rule_id")))
    assert again["due_on"] == "2026-12-27"


def test_sharing_is_paused_until_a_best_interests_assessment_is_held() -> None:
    screening = protection.new_screening(_case(), {BY["strong"][0]: "yes"}, DAY)
    case = _case(screenings=[screening])
    assert "paused" in str(protection.paused(case, "transfer"))
    assert "tracing" in str(protection.paused(case, "tracing")).lower()
    earlier = new_record("best_interests", kind="assessment", held_on="2026-11-01")
    case["best_interests"] = [earlier]
    assert protection.paused(case) is not None  # held before the screening: it does not count
    case["best_interests"].append(
        new_record("best_interests", kind="assessment", held_on="2026-12-05")
    )
    assert protection.paused(case) is None


def test_a_referral_is_refused_while_a_clear_concern_is_open(tmp_path: Path) -> None:
    from guardian_desk.domain.enums import ConsentPurpose
    from guardian_desk.services import audit
    from guardian_desk.services.cases import open_case, save_case
    from guardian_desk.services.transfer import referrals
    from tests.services.transfer.test_transfer import (
        CASE_ID,
        _child_case,
        _import,
        _org,
        _trust,
    )

    berlin = _org(tmp_path, "Rechtshilfe Berlin", "DE")
    lyon = _org(tmp_path, "Avocats Lyon", "FR")
    _trust(berlin, lyon)
    _import(berlin.db, _child_case(CASE_ID, "BER-1", "Selam"))
    opened = open_case(berlin.db, CASE_ID)
    edited = opened.draft()
    edited["screenings"] = [protection.new_screening(edited, {BY["strong"][0]: "yes"}, DAY)]
    save_case(berlin.db, opened, edited)
    request = referrals.ReferralRequest(
        CASE_ID,
        "Avocats Lyon",
        ConsentPurpose.LEGAL_REPRESENTATION,
        override_reason="An override does not lift a protection pause.",
    )
    with pytest.raises(AccessDeniedError, match="Sharing this case is paused"):
        referrals.prepare_referral(berlin.db, request)
    assert "access denied" in [e.action for e in audit.entries(berlin.db)]
    opened = open_case(berlin.db, CASE_ID)
    edited = opened.draft()
    edited["best_interests"] = [
        new_record(
            "best_interests",
            kind="assessment",
            held_on="2026-12-03",
            participants="Guardian, caseworker, Selam with an interpreter",
            childs_views="I want my lawyer in Lyon to know everything.",
            recommendation="Refer the legal file; no family contact yet.",
        )
    ]
    save_case(berlin.db, opened, edited)
    request = referrals.ReferralRequest(
        CASE_ID, "Avocats Lyon", ConsentPurpose.LEGAL_REPRESENTATION
    )
    assert referrals.prepare_referral(berlin.db, request).consent.covered
    berlin.db.close()
    lyon.db.close()


def test_a_screenings_tasks_are_hidden_from_a_role_that_may_not_read_protection(
    demo_db: Any,
) -> None:
    from guardian_desk.services import calendar, security
    from guardian_desk.services.cases import list_ids, open_case, save_case
    from guardian_desk.services.security.users import DEMO_USERS

    users = {role: name for name, role, _kind in DEMO_USERS}
    case_id = list_ids(demo_db)[0]
    opened = open_case(demo_db, case_id)
    edited = opened.draft()
    edited["screenings"] = [protection.new_screening(edited, {BY["strong"][0]: "yes"}, DAY)]
    save_case(demo_db, opened, edited)
    security.add_demo_users(demo_db)

    def titles(role: str) -> set[str]:
        demo_db.person = None
        security.sign_in(demo_db, users[role], security.DEMO_PASSPHRASE)
        events = calendar.events(demo_db, DAY, DAY + timedelta(days=20))
        found = {e.title for e in events if e.case_id == case_id}
        tree = open_case(demo_db, case_id).case
        found |= {d["title"] for d in tree.get("deadlines") or []}
        return found

    alert = "Alert the supervising lawyer today"
    assert alert in titles("supervising_lawyer")
    clerk = titles("clerk")
    assert clerk  # the clerk sees the case's other deadlines...
    assert alert not in clerk  # ...but not a screening's tasks: not a clerk's to read
    demo_db.person = None
