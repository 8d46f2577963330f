"""Continuity of care: a service's follow-up, a care plan's review, a tracing request's
follow-up and a best-interests review become tasks with owners and days; an overdue one is in
This week, for the roles that read its section and for no other; services travel to a
partner only within the consent's sections."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from guardian_desk.services import protection
from guardian_desk.services.calendar import reconcile
from guardian_desk.services.records import new_record


def _case(**parts: Any) -> dict[str, Any]:
    case = new_record(
        "cases",
        reference="C-1",
        opened_on="2026-09-01",
        home_jurisdiction="IT",
        lead_lawyer_id="lawyer-1",
        caseworker_id="caseworker-1",
    )
    case["child"] = new_record("child", given_names="Yonas", sex="male", placements=[])
    case.update(parts)
    return case


def _service(**fields: Any) -> dict[str, Any]:
    values = {"kind": "education", "provider": "Istituto Comprensivo 5", "status": "referred"}
    return new_record("care_services", **{**values, **fields})


def _tasks(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        d
        for d in reconcile(case)
        if str(d.get("rule_id") or "").startswith(protection.CARE_PREFIXES)
    ]


def test_a_referral_with_a_follow_up_date_is_a_task_for_who_is_responsible() -> None:
    school = _service(follow_up_on="2026-12-10", responsible_id="gal-1")
    clinic = _service(kind="mental_health", provider="Centro Aurora", follow_up_on="2026-12-12")
    [first, second] = _tasks(_case(care_services=[school, clinic]))
    assert (first["title"], first["due_on"], first["owner_id"]) == (
        "Follow up the school referral",
        "2026-12-10",
        "gal-1",
    )
    assert "Istituto Comprensivo 5" in first["explanation"]
    assert (second["title"], second["owner_id"]) == (
        "Follow up the mental-health referral",
        "caseworker-1",  # nobody named: the case's caseworker
    )
    assert all(t["task"] and t["status"] == "open" for t in (first, second))


def test_following_up_closes_the_task_and_the_next_date_is_a_task_of_its_own() -> None:
    service = _service(follow_up_on="2026-12-10")
    case = _case(care_services=[service])
    case["deadlines"] = _tasks(case)
    [task] = case["deadlines"]
    task["status"] = "done"  # marked done in the Deadlines tab
    service["follow_up_on"] = "2027-01-10"  # and the next follow-up set
    tasks = _tasks(case)
    assert [(t["due_on"], t["status"]) for t in tasks] == [
        ("2026-12-10", "done"),  # the person's record stays
        ("2027-01-10", "open"),
    ]
    case["deadlines"] = tasks
    service["followed_up_on"] = "2027-01-10"  # recording the follow-up closes the open one
    assert [(t["due_on"], t["status"]) for t in _tasks(case)] == [("2026-12-10", "done")]


def test_a_finished_service_needs_no_follow_up() -> None:
    for status in ("completed", "declined", "ended"):
        case = _case(care_services=[_service(follow_up_on="2026-12-10", status=status)])
        assert _tasks(case) == []
    assert _tasks(_case(care_services=[_service()])) == []  # no date, no task


def test_a_care_plan_goal_a_tracing_request_and_a_determination_are_reviewed() -> None:
    goal = new_record(
        "care_goals", area="education", goal="Enrolled in school", set_on="2026-10-01",
        review_on="2026-12-20", status="open",
    )  # fmt: skip
    met = new_record(
        "care_goals", area="health", goal="Health check", set_on="2026-10-01",
        review_on="2026-12-01", status="met",
    )  # fmt: skip
    request = new_record(
        "tracing_requests", requested_on="2026-10-05", agency="Croce Rossa Italiana (RFL)",
        follow_up_on="2026-12-15", status="open",
    )  # fmt: skip
    held = new_record(
        "best_interests", kind="determination", held_on="2026-11-01", review_on="2027-05-01"
    )
    tasks = {
        t["title"]: t
        for t in _tasks(
            _case(care_goals=[goal, met], tracing_requests=[request], best_interests=[held])
        )
    }
    assert set(tasks) == {
        "Review a goal of the care plan",
        "Follow up a tracing request",
        "Review the best-interests determination",
    }
    assert tasks["Review a goal of the care plan"]["due_on"] == "2026-12-20"
    assert tasks["Follow up a tracing request"]["rule_id"].startswith("guardian-desk:tracing:")
    assert tasks["Review the best-interests determination"]["due_on"] == "2027-05-01"


def test_an_overdue_follow_up_is_in_this_week_for_the_caseworker_and_not_for_a_clerk(
    demo_db: Any,
) -> None:
    from guardian_desk.services import calendar, security
    from guardian_desk.services.cases import list_ids, open_case, save_case
    from guardian_desk.services.security.users import DEMO_USERS

    users = {role: name for name, role, _kind in DEMO_USERS}
    today = date.today()
    case_id = list_ids(demo_db)[0]
    opened = open_case(demo_db, case_id)
    edited = opened.draft()
    edited.setdefault("care_services", []).append(
        _service(
            kind="health",
            provider="Poliambulatorio San Paolo",
            follow_up_on=(today - timedelta(days=3)).isoformat(),
        )
    )
    save_case(demo_db, opened, edited)
    title = "Follow up the health referral"
    late = calendar.this_week(demo_db, today).overdue
    assert [e.day for e in late if e.title == title and e.case_id == case_id] == [
        today - timedelta(days=3)
    ]
    security.add_demo_users(demo_db)

    def overdue(role: str) -> set[str]:
        demo_db.person = None
        security.sign_in(demo_db, users[role], security.DEMO_PASSPHRASE)
        found = {e.title for e in calendar.this_week(demo_db, today).overdue}
        tree = open_case(demo_db, case_id).case
        return found | {d["title"] for d in tree.get("deadlines") or []}

    assert title in overdue("supervising_lawyer")
    clerk = overdue("clerk")
    assert clerk  # the clerk sees the case's other deadlines...
    assert title not in clerk  # ...not a service's: a clerk does not read that section
    demo_db.person = None


def test_services_travel_to_a_partner_only_within_the_consents_sections(tmp_path: Any) -> None:
    from guardian_desk.domain.enums import ConsentPurpose
    from guardian_desk.services.transfer import receiving, referrals
    from tests.services.transfer.test_transfer import CASE_ID, _child_case, _import, _org, _trust

    berlin = _org(tmp_path, "Rechtshilfe Berlin", "DE")
    lyon = _org(tmp_path, "Avocats Lyon", "FR")
    _trust(berlin, lyon)
    case = _child_case(CASE_ID, "BER-1", "Selam")
    case["care_services"] = [
        _service(
            id=CASE_ID[:-1] + "7",
            kind="language",
            provider="Volkshochschule Mitte",
            status="ongoing",
            started_on="2026-10-01",
            follow_up_on="2027-01-15",
        )
    ]
    case["care_goals"] = [
        new_record(
            "care_goals",
            id=CASE_ID[:-1] + "8",
            area="language",
            goal="A2 German by summer",
            set_on="2026-10-01",
            review_on="2027-03-01",
            status="open",
        )
    ]
    case["consents"].append(
        {
            **case["consents"][0],
            "id": CASE_ID[:-1] + "9",
            "purpose": "services",
            "sections": ["identity", "services"],
        }
    )
    _import(berlin.db, case)

    def sent(purpose: ConsentPurpose, sections: tuple[str, ...] = ()) -> dict[str, Any]:
        request = referrals.ReferralRequest(CASE_ID, "Avocats Lyon", purpose, sections)
        path = tmp_path / f"{purpose.value}.gdb"
        referrals.send_referral(berlin.db, referrals.prepare_referral(berlin.db, request), path)
        arrival = receiving.open_bundle(lyon.db, path)
        return dict(arrival.case)

    legal = sent(ConsentPurpose.LEGAL_REPRESENTATION)
    assert not legal.get("care_services")
    assert not legal.get("care_goals")
    services = sent(ConsentPurpose.SERVICES)
    assert [s["provider"] for s in services["care_services"]] == ["Volkshochschule Mitte"]
    assert [g["goal"] for g in services["care_goals"]] == ["A2 German by summer"]
    # the follow-up tasks go with what they follow, and only then
    rules = [str(d.get("rule_id") or "") for d in legal.get("deadlines") or []]
    assert not [r for r in rules if r.startswith(protection.CARE_PREFIXES)]
    berlin.db.close()
    lyon.db.close()
