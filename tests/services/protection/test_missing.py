"""Missing episodes by jurisdiction: the general actions as the fallback, a country's and a
subdivision's over them (US-CA, then US, then the general), the jurisdiction of an episode
(its own, the placement's on the day, the case's home), due days from the day the child went
missing or came back, the rule's citation in each task, and the data files checked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from guardian_desk.domain.missing import Moment, parse_missing_file
from guardian_desk.domain.screening import LANGUAGES
from guardian_desk.errors import ValidationError
from guardian_desk.resources import resource_path
from guardian_desk.services import protection, security
from guardian_desk.services.calendar import reconcile
from guardian_desk.services.records import new_record

FOLDER = resource_path("protection", "missing")


def _case(home: str | None = None, **parts: Any) -> dict[str, Any]:
    case = new_record(
        "cases",
        reference="M-1",
        opened_on="2026-10-01",
        home_jurisdiction=home,
        lead_lawyer_id="lawyer-1",
        caseworker_id="caseworker-1",
    )
    case["child"] = new_record("child", given_names="Amal", sex="female", placements=[])
    case["guardian_appointments"] = [
        new_record("guardian_appointments", team_member_id="gal-1", started_on="2026-10-02")
    ]
    case.update(parts)
    return case


def _episode(**fields: Any) -> dict[str, Any]:
    return new_record("missing_episodes", missing_since="2026-12-10", **fields)


def _tasks(case: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The case's missing-episode tasks by action id."""
    return {
        str(d["rule_id"]).rsplit(":", 1)[-1]: d
        for d in reconcile(case)
        if ":missing:" in str(d.get("rule_id") or "")
    }


# --- the chain ---------------------------------------------------------------------------------


def test_california_falls_back_to_the_united_states_then_to_the_general_actions() -> None:
    general = {a.id: a for a in protection.missing_actions().actions}
    federal = {a.id: a for a in protection.missing_actions("US").actions}
    state = protection.missing_actions("US-CA")
    here = {a.id: a for a in state.actions}
    assert state.chain == ("US", "US-CA")
    # California's own action replaces the federal one of the same id...
    assert here["report_police"].jurisdiction == "US-CA"
    assert "AB 2108" in here["report_police"].citation
    assert federal["report_police"].jurisdiction == "US"
    assert general["report_police"].jurisdiction is None
    # ...the federal ones California does not name stay...
    assert here["report_ncmec"] == federal["report_ncmec"]
    assert "671(a)(35)(B)" in here["report_ncmec"].citation
    # ...and so do the general ones neither names.
    assert here["alert_supervisor"] == general["alert_supervisor"]
    assert "notify_parents" in here
    assert "notify_parents" not in federal
    # A replaced action keeps its place; an added one comes after the general ones.
    ids = [a.id for a in state.actions]
    assert ids[: len(general)] == list(general)


def test_a_jurisdiction_without_a_file_and_no_jurisdiction_get_the_general_actions() -> None:
    general = protection.missing_actions()
    assert protection.missing_actions("MX").actions == general.actions
    assert protection.missing_actions(None).chain == ()
    assert {a.jurisdiction for a in general.actions} == {None}
    assert general.rescreen_within == timedelta(days=3)


def test_a_member_state_gets_the_european_hotline_under_its_own_actions() -> None:
    french = protection.missing_actions("FR")
    assert french.chain == ("EU", "FR")
    here = {a.id: a for a in french.actions}
    assert here["call_116000"].jurisdiction == "EU"
    assert here["report_police"].jurisdiction == "FR"
    assert "call_116000" not in {a.id for a in protection.missing_actions("GB").actions}


# --- the tasks of an episode ---------------------------------------------------------------


def test_england_counts_from_the_day_the_child_went_missing_and_from_the_return() -> None:
    placement = new_record(
        "placements", kind="residential", jurisdiction="GB", started_on="2026-11-01"
    )
    episode = _episode(missing_from="Harbour House")
    case = _case("FR", missing_episodes=[episode])
    case["child"]["placements"] = [placement]
    tasks = _tasks(case)
    assert tasks["report_police"]["due_on"] == "2026-12-10"
    assert tasks["report_police"]["owner_id"] == "caseworker-1"
    assert tasks["inform_lawyer"]["due_on"] == "2026-12-11"  # the general 24 hours
    assert "return_interview" not in tasks  # nobody is back yet
    assert "prosecutor_informed" not in tasks  # France is the home, not where she was
    episode["returned_on"] = "2026-12-12"
    tasks = _tasks(case)
    assert tasks["return_interview"]["due_on"] == "2026-12-15"  # 72 hours after the return
    assert tasks["report_police"]["due_on"] == "2026-12-10"
    back = tasks["return_interview"]["explanation"]
    assert "came back on 2026-12-12" in back
    assert "United Kingdom" in back
    assert "return interview" in back
    assert "confirm" in back  # the guidance's own text was not read


def test_the_explanation_and_the_citation_field_carry_the_rule() -> None:
    case = _case("US", missing_episodes=[_episode()])
    tasks = _tasks(case)
    police = tasks["report_police"]
    assert police["citation"].startswith("42 U.S.C. § 671(a)(35)(B)")
    assert police["explanation"].startswith("The child went missing on 2026-12-10.")
    assert "(United States): 42 U.S.C. § 671(a)(35)(B)" in police["explanation"]
    assert "confirm" not in police["explanation"]
    assert "general practice" in tasks["alert_supervisor"]["explanation"]
    assert tasks["report_ncmec"]["due_on"] == "2026-12-10"
    episode_id = case["missing_episodes"][0]["id"]
    assert police["rule_id"] == f"{protection.PREFIX}missing:{episode_id}:report_police"


def test_a_case_with_no_jurisdiction_gets_the_general_actions() -> None:
    tasks = _tasks(_case(None, missing_episodes=[_episode()]))
    assert set(tasks) == {a.id for a in protection.missing_actions().actions}
    assert all("general practice" in t["explanation"] for t in tasks.values())


def test_the_episode_s_own_jurisdiction_then_the_placement_on_the_day_then_the_home() -> None:
    earlier = new_record(
        "placements",
        kind="foster_family",
        jurisdiction="FR",
        started_on="2026-10-01",
        ended_on="2026-11-30",
    )
    current = new_record(
        "placements", kind="residential", jurisdiction="US-CA", started_on="2026-12-01"
    )
    case = _case("DE", missing_episodes=[_episode()])
    case["child"]["placements"] = [earlier, current]
    episode = case["missing_episodes"][0]
    assert protection.episode_jurisdiction(case, episode) == "US-CA"
    assert "notify_parents" in _tasks(case)
    episode["missing_since"] = "2026-11-15"  # while she was still in the French placement
    assert protection.episode_jurisdiction(case, episode) == "FR"
    episode["jurisdiction"] = "GB"  # the episode says where: that wins
    assert protection.episode_jurisdiction(case, episode) == "GB"
    del episode["jurisdiction"]
    case["child"]["placements"] = []
    assert protection.episode_jurisdiction(case, episode) == "DE"


def test_actions_on_return_come_only_with_the_return_and_due_from_it() -> None:
    episode = _episode()
    case = _case("US", missing_episodes=[episode])
    assert "determine_factors" not in _tasks(case)
    episode["returned_on"] = "2026-12-20"
    tasks = _tasks(case)
    assert tasks["determine_factors"]["due_on"] == "2026-12-23"
    assert tasks["trafficking_screen_on_return"]["due_on"] == "2026-12-23"
    assert tasks["report_police"]["due_on"] == "2026-12-10"


# --- the data files ------------------------------------------------------------------------


def test_every_shipped_file_parses_in_four_languages_with_known_owner_roles() -> None:
    roles = set(security.load_roles().roles)
    paths = sorted(FOLDER.glob("*.toml"))
    assert len(paths) >= 8
    for path in paths:
        file = parse_missing_file(path.read_text(encoding="utf-8"), path.name)
        assert file.actions, path.name
        for action in file.actions:
            assert set(LANGUAGES) <= set(action.title), (path.name, action.id)
            assert action.owner_role in roles, (path.name, action.id)
            assert action.citation, (path.name, action.id)
            assert not action.to_confirm_note or action.to_confirm
    assert protection.load_missing().problems == ()


_GOOD = """jurisdiction = "GB"

[[actions]]
id = "report_police"
owner_role = "caseworker"
due_hours = 0
citation = "Our protocol, s. 3"
[actions.title]
en = "Phone the duty officer"
"""


@pytest.mark.parametrize(
    ("change", "fault"),
    [
        (("due_hours = 0", "due_hours = 0\ndue_days = 1"), "either due_hours or due_days"),
        (("due_hours = 0", "due_hours = -2"), "due_hours: -2 is not a whole number"),
        (("due_hours = 0", 'due_hours = 0\ncounts_from = "arrest"'), "counts_from: 'arrest'"),
        (('jurisdiction = "GB"', 'jurisdiction = "England"'), "'England' is not an ISO 3166"),
        (('citation = "Our protocol, s. 3"\n', ""), r"\(report_police\)\.citation: is missing"),
        (("due_hours = 0", "due_hours = 0\nto_confirm_note = 'x'"), "needs to_confirm = true"),
        (('owner_role = "caseworker"', 'owner_role = "Case Worker"'), "is not a role id"),
        (('en = "Phone', 'de = "Ruf an"\nen = "Phone'), "title.de: is not one of the languages"),
        (("due_hours = 0", "due_hours = 0\nwhen = 'soon'"), r"\.when: is not a field"),
        (
            ('jurisdiction = "GB"', 'jurisdiction = "GB"\n[return]\nrescreen_within_days = 2'),
            "only the general file",
        ),
        (("[[actions]]", "[[actions]]\nid = 'x'\n[[actions]]"), "actions\\[0\\]"),
    ],
)
def test_a_faulty_file_is_refused_with_its_fault_named(change: tuple[str, str], fault: str) -> None:
    assert change[0] in _GOOD
    with pytest.raises(ValidationError, match=fault) as caught:
        parse_missing_file(_GOOD.replace(*change, 1), "ours.toml")
    assert "ours.toml" in str(caught.value)
    assert parse_missing_file(_GOOD, "ours.toml").actions[0].counts_from == Moment.MISSING


def test_every_fault_of_a_file_is_named_at_once() -> None:
    text = _GOOD.replace("due_hours = 0", "due_hours = 1.5").replace(
        'owner_role = "caseworker"', ""
    )
    with pytest.raises(ValidationError) as caught:
        parse_missing_file(text + _GOOD.split("\n", 2)[2], "twice.toml")
    said = str(caught.value)
    assert "owner_role: is missing" in said
    assert "due_hours: 1.5" in said
    assert "the id is used twice" in said


def test_an_organisation_file_changes_its_jurisdiction_and_a_broken_one_is_named(
    tmp_path: Path,
) -> None:
    (tmp_path / "gb-ours.toml").write_text(_GOOD, encoding="utf-8")
    (tmp_path / "broken.toml").write_text('jurisdiction = "GB"\n', encoding="utf-8")
    found = protection.load_missing(tmp_path)
    assert [p for p in found.problems if "broken.toml" in p and "no [[actions]]" in p]
    england = next(f for f in found.files if f.jurisdiction == "GB")
    here = {a.id: a for a in england.actions}
    assert here["report_police"].citation == "Our protocol, s. 3"  # the organisation's
    assert "return_interview" in here  # the shipped action it did not name stays
