"""The treaty tables after the fourth research pass (issue 17, item 4): what was confirmed is
in, what was not stays out and is named, and neither table claims to be complete."""

from __future__ import annotations

from datetime import date

import pytest

from guardian_desk.domain.recognition import RecognitionRules, read_recognition
from guardian_desk.resources import resource_path


@pytest.fixture(scope="module")
def rules() -> RecognitionRules:
    return read_recognition(resource_path("recognition"))


def test_fiji_is_a_1996_party_from_its_hcch_date(rules: RecognitionRules) -> None:
    fiji = rules.hague1996.parties["FJ"]
    assert fiji.in_force == date(2019, 4, 1)
    assert "varevent=665" in fiji.source
    assert "T17" in fiji.source
    # in force with an older party only from Fiji's own date
    assert not rules.hague1996.in_force_between("FJ", "DE", date(2019, 3, 31))
    assert rules.hague1996.in_force_between("FJ", "DE", date(2019, 4, 1))


@pytest.mark.parametrize(
    "state", ["IT", "MT", "SE", "RS", "ME", "CR", "BB", "TR", "MD", "SV", "BZ"]
)
def test_parties_without_a_confirmed_date_are_check_not_non_parties(
    rules: RecognitionRules, state: str
) -> None:
    """Named as parties, date not read: the program must say "check", never "not a party"."""
    treaty = rules.hague1996
    assert state not in treaty.parties
    assert not treaty.outside(state)
    assert treaty.unknown(state, "DE") == [state]


def test_neither_table_claims_to_be_complete(rules: RecognitionRules) -> None:
    for treaty in (rules.apostille, rules.hague1996):
        assert not treaty.complete, treaty.id
        assert treaty.as_of is None, treaty.id
    assert len(rules.hague1996.parties) == 46
    assert len(rules.apostille.parties) == 100
