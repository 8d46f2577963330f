"""Does a recorded consent cover a disclosure? Each condition on its own, and the reason
given when it does not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from guardian_desk.domain.consent import (
    MINIMUM_SECTIONS,
    Recipient,
    check_sections,
    covering_consent,
    why_not,
)
from guardian_desk.domain.enums import ConsentPurpose, OrganisationKind

DAY = date(2026, 12, 6)
LYON = Recipient("Médecins du Monde Lyon", OrganisationKind.HEALTH)
LEGAL = ConsentPurpose.LEGAL_REPRESENTATION
SENT = ("identity", "proceedings", "documents")


def _consent(**changes: Any) -> dict[str, Any]:
    return {
        "id": "c1",
        "purpose": "legal_representation",
        "recipient": "medecins du monde  LYON",
        "given_by": "Selam",
        "given_on": "2026-11-01",
        "expires_on": "2027-05-01",
        "withdrawn_on": None,
        "sections": ["identity", "proceedings", "documents", "family"],
        "basis": "consent",
        **changes,
    }


def test_a_valid_consent_covers_and_names_the_recipient_however_it_is_typed() -> None:
    answer = covering_consent([_consent()], LEGAL, LYON, SENT, DAY)
    assert answer.covered
    assert answer.consent_id == "c1"
    assert answer.reasons == ()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"given_on": "2026-12-07"}, "dated 2026-12-07, after this day"),
        ({"given_by": None}, "no date or no one who gave it"),
        ({"expires_on": "2026-12-05"}, "expired on 2026-12-05"),
        ({"withdrawn_on": "2026-12-06"}, "withdrawn on 2026-12-06"),
        ({"purpose": "family_tracing"}, "another purpose"),
        ({"recipient": "Médecins du Monde Paris"}, "another recipient"),
        ({"sections": []}, "does not say which sections"),
        ({"sections": ["identity", "documents"]}, "does not cover proceedings"),
        ({"basis": "vital_interests", "legal_basis": "urgent"}, "without its reason"),
    ],
)
def test_each_condition_refuses_with_its_reason(changes: dict[str, Any], reason: str) -> None:
    assert reason in str(why_not(_consent(**changes), LEGAL, LYON, SENT, DAY))
    answer = covering_consent([_consent(**changes)], LEGAL, LYON, SENT, DAY)
    assert not answer.covered
    assert reason in str(answer.refusal())


def test_the_day_it_expires_it_still_covers() -> None:
    assert why_not(_consent(expires_on="2026-12-06"), LEGAL, LYON, SENT, DAY) is None


def test_a_kind_of_organisation_and_a_general_disclosure_cover_too() -> None:
    by_kind = _consent(recipient="any health service", recipient_kind="health")
    assert why_not(by_kind, LEGAL, LYON, SENT, DAY) is None
    general = _consent(purpose="disclosure")
    assert why_not(general, LEGAL, LYON, SENT, DAY) is None


def test_a_legitimate_basis_with_its_reason_covers_without_a_signature() -> None:
    basis = _consent(
        basis="legal_obligation",
        given_by=None,
        given_on=None,
        legal_basis="The court ordered the file sent to the new guardian (order of 3-XI-2026).",
    )
    assert covering_consent([basis], LEGAL, LYON, SENT, DAY).covered


def test_of_several_the_one_expiring_last_is_named_and_none_recorded_says_so() -> None:
    early, late = _consent(id="early", expires_on="2027-01-01"), _consent(id="late")
    assert covering_consent([early, late], LEGAL, LYON, SENT, DAY).consent_id == "late"
    answer = covering_consent([], LEGAL, LYON, SENT, DAY)
    assert "none is recorded" in str(answer.refusal())


def test_a_referral_takes_at_least_its_purpose_s_minimum_in_section_order() -> None:
    assert check_sections(LEGAL, ["health"]) == ["identity", "proceedings", "documents", "health"]
    assert check_sections(ConsentPurpose.FAMILY_TRACING, []) == list(
        MINIMUM_SECTIONS[ConsentPurpose.FAMILY_TRACING]
    )
    with pytest.raises(ValueError, match="not a section"):
        check_sections(LEGAL, ["everything"])
    with pytest.raises(ValueError, match="not referred"):
        check_sections(ConsentPurpose.REPORTING, [])


def test_the_sections_a_consent_names_are_the_roles_sections() -> None:
    from guardian_desk.domain.enums import CaseSection
    from guardian_desk.domain.roles import SECTIONS

    assert [s.value for s in CaseSection] == list(SECTIONS)
