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
    if subdivision is None:
        return code
    name = _translated("iso3166-2", ui_locale).gettext(subdivision.name)
    return f"{name}, {country}"


@lru_cache(maxsize=64)
def _translated(domain: str, ui_locale: str) -> Any:
    """pycountry's own translations of a registry's names (where it has them)."""
    import gettext

    import pycountry

    language = ui_locale.replace("-", "_").split("_", 1)[0]
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


@lru_cache(maxsize=4096)
def language_name(tag: str, ui_locale: str = "en") -> str:
    """Display name of a language tag: ``Dari``, ``Tigrinya (Eritrea)``."""
    import langcodes
    import pycountry

    try:
        parsed = langcodes.Language.get(tag, normalize=False)
    except (ValueError, LookupError):
        return tag  # not a language tag: shown as it was typed
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


@lru_cache(maxsize=16)
def jurisdictions(ui_locale: str = "en") -> list[tuple[str, str]]:
    """Every country, then every ISO 3166-2 subdivision ("California, United States"), as
    (code, name) sorted by name in the interface language."""
    import pycountry

    found = countries(ui_locale)
    subdivisions = [
        (s.code, jurisdiction_name(s.code, ui_locale))
        for s in pycountry.subdivisions
        if s.parent_code is None
    ]
    return found + sorted(subdivisions, key=lambda pair: pair[1].casefold())


def _cldr_key(tag: str) -> tuple[str, str]:
    """The key CLDR names a language under (Dari, ``prs``, is ``fa_AF``) and the locale
    whose own name for it is its autonym."""
    import langcodes

    try:
        standard = langcodes.standardize_tag(tag)
    except (ValueError, LookupError):
        return tag, tag
    return standard.replace("-", "_"), standard.replace("-", "_")


@lru_cache(maxsize=4096)
def autonym(tag: str) -> str | None:
    """A language's name in itself: ``دری`` for Dari, ``ትግርኛ`` for Tigrinya."""
    from babel import Locale, UnknownLocaleError

    key, locale_name = _cldr_key(tag)
    try:
        locale = Locale.parse(locale_name)
    except (ValueError, UnknownLocaleError):
        return None
    name = locale.languages.get(key) or locale.languages.get(locale.language)
    return str(name) if name else None


@lru_cache(maxsize=4096)
def language_label(tag: str, ui_locale: str = "en") -> str:
    """A language as a picker shows it: its name in the interface language and in itself,
    "Dari — دری"; just the name when they are the same or it has none."""
    key, _ = _cldr_key(tag)
    name = _locale(ui_locale).languages.get(key) or language_name(tag, ui_locale)
    own = autonym(tag)
    return f"{name} — {own}" if own and own.casefold() != str(name).casefold() else str(name)


@lru_cache(maxsize=16)
def languages(ui_locale: str = "en") -> list[tuple[str, str]]:
    """Languages as (BCP 47 tag, label with autonym): every language CLDR names, Dari under
    ``prs`` as the team writes it; sorted by name in the interface language."""
    import langcodes

    names = _locale(ui_locale).languages
    found: dict[str, str] = {}
    for key in names:
        if "_" in key or key in ("und", "zxx", "mul", "mis"):
            continue
        if not langcodes.tag_is_valid(key):
            continue
        found[key] = language_label(key, ui_locale)
    found["prs"] = language_label("prs", ui_locale)
    return sorted(found.items(), key=lambda pair: pair[1].casefold())


@lru_cache(maxsize=512)
def script_name(code: str, ui_locale: str = "en") -> str:
    """An ISO 15924 script by name: ``Arabic`` for ``Arab``."""
    import pycountry

    name = _locale(ui_locale).scripts.get(code)
    if name:
        return str(name)
    entry = pycountry.scripts.get(alpha_4=code)
    return _translated("iso15924", ui_locale).gettext(entry.name) if entry else code


@lru_cache(maxsize=16)
def scripts(ui_locale: str = "en") -> list[tuple[str, str]]:
    """Every ISO 15924 script as (code, name), sorted by name."""
    import pycountry

    found = [(s.alpha_4, script_name(s.alpha_4, ui_locale)) for s in pycountry.scripts]
    return sorted(found, key=lambda pair: pair[1].casefold())


@lru_cache(maxsize=2048)
def time_zone_name(zone: str, ui_locale: str = "en") -> str:
    """A time zone as a person finds it, by its place in the interface language (CLDR):
    "Germany (Berlin) Time · Europe/Berlin" in English, "توقيت ألمانيا (برلين)" in Arabic.

    Only the English name is followed by the IANA id: in another language a Latin id would
    be the one word not in it (pickers still find a zone by its id, and show it as a tip).
    """
    from babel.dates import get_timezone_location

    if zone not in _zone_names():
        return zone  # not a zone (typed by hand, or hostile): shown as it is
    locale = _locale(ui_locale)
    try:
        where = str(get_timezone_location(zone, locale=locale))
    except (LookupError, ValueError, OSError):
        return zone
    return f"{where} · {zone}" if locale.language == "en" else where


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


@lru_cache(maxsize=16)
def time_zones(ui_locale: str = "en") -> list[tuple[str, str]]:
    """Every IANA time zone of a place (not ``Etc/…``) as (zone, name), sorted by name."""
    import zoneinfo

    zones = [
        z
        for z in zoneinfo.available_timezones()
        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/"))
    ]
    found = [(z, time_zone_name(z, ui_locale)) for z in zones]
    return sorted(found, key=lambda pair: pair[1].casefold())


def zones_for(jurisdiction: str) -> list[str]:
    """The time zones of a jurisdiction's country (CLDR), the main one first: one for most
    countries, several for the United States or Brazil, none for a code that is not one."""
    from babel.core import get_global

    country = jurisdiction.split("-", 1)[0].upper()
    return list(get_global("territory_zones").get(country, ()))
