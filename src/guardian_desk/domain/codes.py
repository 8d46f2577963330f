"""Country, jurisdiction, language and script codes, checked against maintained registries.

Jurisdictions are ISO 3166-1 alpha-2 country codes or ISO 3166-2 subdivision codes
(``US-CA``, ``DE-BY``); languages are BCP 47 tags; scripts are ISO 15924 codes. Names come
from Babel (CLDR) with pycountry as a fallback, never from lists typed by hand.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# The registries are imported when first needed: together they take a tenth of a second,
# which every start of the window would pay otherwise.


@lru_cache(maxsize=4096)
def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code such as ``SY``."""
    import pycountry

    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


@lru_cache(maxsize=4096)
def is_jurisdiction(code: str) -> bool:
    """True for a country code or an ISO 3166-2 subdivision code such as ``US-CA``."""
    if "-" not in code:
        return is_country(code)
    import pycountry

    country, _, _ = code.partition("-")
    return is_country(country) and pycountry.subdivisions.get(code=code) is not None


@lru_cache(maxsize=4096)
def is_language_tag(tag: str) -> bool:
    """True for a valid BCP 47 language tag such as ``ar``, ``prs`` or ``ti-ER``."""
    import langcodes

    if not tag or tag != tag.strip():
        return False
    try:
        return bool(langcodes.tag_is_valid(tag))
    except (ValueError, LookupError):
        return False


@lru_cache(maxsize=512)
def is_script(code: str) -> bool:
    """True for an ISO 15924 script code such as ``Arab`` or ``Ethi``."""
    import pycountry

    return len(code) == 4 and pycountry.scripts.get(alpha_4=code) is not None


@lru_cache(maxsize=64)
def _locale(ui_locale: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(ui_locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale("en")


@lru_cache(maxsize=4096)
def country_name(code: str, ui_locale: str = "en") -> str:
    """Display name of a country, in the interface language where CLDR has it."""
    import pycountry

    name = _locale(ui_locale).territories.get(code)
    if name:
        return str(name)
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code


@lru_cache(maxsize=4096)
def jurisdiction_name(code: str, ui_locale: str = "en") -> str:
    """``California, United States`` for ``US-CA``; a country name for a country code."""
    import pycountry

    if "-" not in code:
        return country_name(code, ui_locale)
    subdivision = pycountry.subdivisions.get(code=code)
    country = country_name(code.split("-", 1)[0], ui_locale)
    return f"{subdivision.name}, {country}" if subdivision else code


@lru_cache(maxsize=4096)
def language_name(tag: str, ui_locale: str = "en") -> str:
    """Display name of a language tag: ``Dari``, ``Tigrinya (Eritrea)``."""
    import langcodes
    import pycountry

    parsed = langcodes.Language.get(tag, normalize=False)
    locale = _locale(ui_locale)
    language = parsed.language or tag
    name = locale.languages.get(language)
    if not name:
        entry = pycountry.languages.get(alpha_3=language) if len(language) == 3 else None
        entry = entry or pycountry.languages.get(alpha_2=language)
        name = entry.name if entry else tag
    if parsed.territory:
        name = f"{name} ({country_name(parsed.territory, ui_locale)})"
    return str(name)


def countries(ui_locale: str = "en") -> list[tuple[str, str]]:
    """Every ISO 3166 country as (code, name), sorted by name in the interface language."""
    import pycountry

    found = [(c.alpha_2, country_name(c.alpha_2, ui_locale)) for c in pycountry.countries]
    return sorted(found, key=lambda pair: pair[1].casefold())
