import pytest

from guardian_desk.domain import codes


@pytest.mark.parametrize("code", ["US-CA", "DE-BY", "FR", "SY", "AF"])
def test_jurisdictions_accepted(code: str) -> None:
    assert codes.is_jurisdiction(code)


@pytest.mark.parametrize("code", ["XX", "US-ZZ", "us-ca", "USA", "", "DE-"])
def test_jurisdictions_refused(code: str) -> None:
    assert not codes.is_jurisdiction(code)


@pytest.mark.parametrize("tag", ["ar", "prs", "ps", "ti", "uk", "so", "es-HN", "sr-Latn"])
def test_language_tags_accepted(tag: str) -> None:
    assert codes.is_language_tag(tag)


@pytest.mark.parametrize("tag", ["xx", "arabic", "", " ar", "zz-ZZ"])
def test_language_tags_refused(tag: str) -> None:
    assert not codes.is_language_tag(tag)


def test_names_come_from_the_registries() -> None:
    assert codes.country_name("SY") == "Syria"
    assert codes.jurisdiction_name("US-CA") == "California, United States"
    assert codes.language_name("prs") == "Dari"
    assert codes.language_name("ti-ER") == "Tigrinya (Eritrea)"
    assert codes.country_name("DE", "fr") == "Allemagne"
