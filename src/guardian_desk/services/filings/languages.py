"""The languages a filing is made in unless the clerk chooses others: the court's first, then
the child's beside it.

The court's language comes from the destination requirements
(``resources/recognition/requirements.toml``) where they name one for the forum's
jurisdiction, else from CLDR (an official language of the forum's country). A form is made
only in a language it is written in: where it has no text in the court's language, English.
The child's language (the first the case records) is the second, when it is another and the
form is written in it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any

from guardian_desk.domain.recognition import RecognitionRules, country_of, read_recognition
from guardian_desk.resources import resource_path
from guardian_desk.services.filings.catalogue import SOURCE_LANGUAGE, Form
from guardian_desk.services.filings.data import filing_data

FALLBACK = SOURCE_LANGUAGE  # every form is written in English first


class Why(StrEnum):
    """Why a language was proposed (or none was)."""

    COURT = "court"  # the destination requirements name the court's language
    OFFICIAL = "official"  # CLDR: an official language of the forum's country
    NOT_WRITTEN = "not_written"  # the form has no text in the court's language: English
    NO_FORUM = "no_forum"  # no forum, or one whose language is not known: English
    CHILD = "child"  # the second: the child's language
    SAME = "same"  # no second: the child's language is the first
    CHILD_NOT_WRITTEN = "child_not_written"  # no second: the form lacks the child's language
    NO_CHILD_LANGUAGE = "no_child_language"  # no second: the case records none


@dataclass(frozen=True)
class DefaultLanguages:
    """A filing's languages unless the clerk chooses others, and why.

    ``court`` is the forum's language and ``child`` the child's, as found, even where the
    form is not written in them (to say so).
    """

    first: str
    second: str | None
    why_first: Why
    why_second: Why
    court: str | None = None
    child: str | None = None
    jurisdiction: str | None = None

    def __iter__(self) -> Iterator[str | None]:
        """``first, second = default_languages(...)``."""
        return iter((self.first, self.second))


@cache
def _rules() -> RecognitionRules:
    return read_recognition(resource_path("recognition"))


def court_languages(jurisdiction: str | None) -> tuple[tuple[str, ...], Why]:
    """The forum's languages, most used first, and where they come from: the destination
    requirements, else CLDR's official languages of its country (``()`` when neither says)."""
    if not jurisdiction:
        return (), Why.NO_FORUM
    destination = _rules().destination(jurisdiction)
    if destination is not None and destination.languages:
        return destination.languages, Why.COURT
    from babel.languages import get_official_languages

    territory = country_of(jurisdiction).upper()
    try:
        official = tuple(get_official_languages(territory, de_facto=True))
    except (ValueError, LookupError):
        official = ()
    return official, (Why.OFFICIAL if official else Why.NO_FORUM)


def _written_in(form: Form, language: str, territory: str = "") -> str | None:
    """The form's own tag for ``language`` (CLDR's ``fa`` of Afghanistan is Dari, ``prs``;
    ``ti-ER`` is ``ti``), or None when the form has no text in it."""
    import langcodes

    if language in form.languages:
        return language
    wanted = {language, f"{language}-{territory}" if territory else language}
    for tag in form.languages:
        try:
            standard = langcodes.standardize_tag(tag)
        except (ValueError, LookupError):
            continue
        if standard in wanted:
            return tag
    base = language.split("-")[0]
    return base if base in form.languages else None


def default_languages(
    form: Form, jurisdiction: str | None, child_languages: Sequence[str] = ()
) -> DefaultLanguages:
    """The rule, in one place: the first language is the court's, the first of the forum's
    languages the form is written in, else English; the second is the child's (the first of
    ``child_languages``) when it is another and the form is written in it, else none.
    """
    languages, source = court_languages(jurisdiction)
    territory = country_of(jurisdiction).upper() if jurisdiction else ""
    found = [t for t in (_written_in(form, x, territory) for x in languages) if t]
    court = found[0] if found else (languages[0] if languages else None)
    if found:
        first, why_first = found[0], source
    elif languages:
        first, why_first = _fallback(form), Why.NOT_WRITTEN
    else:
        first, why_first = _fallback(form), Why.NO_FORUM
    second, why_second = second_language(form, first, child_languages)
    child = next((c for c in child_languages if c), None)
    return DefaultLanguages(first, second, why_first, why_second, court, child, jurisdiction)


def second_language(
    form: Form, first: str, child_languages: Sequence[str] = ()
) -> tuple[str | None, Why]:
    """The second language beside ``first`` (the rule's, or the one the clerk chose): the
    child's, the first of ``child_languages``, when it is another and the form is written in
    it; else none. With why."""
    child = next((c for c in child_languages if c), None)
    if child is None:
        return None, Why.NO_CHILD_LANGUAGE
    tag = _written_in(form, child)
    if tag is None:
        return None, Why.CHILD_NOT_WRITTEN
    if tag == first:
        return None, Why.SAME
    return tag, Why.CHILD


def _fallback(form: Form) -> str:
    return FALLBACK if FALLBACK in form.languages else form.languages[0]


def child_languages(case: Mapping[str, Any]) -> list[str]:
    """The languages the case records for the child, the first (primary) first; the
    interpreter's language where none is recorded."""
    child = case.get("child") or {}
    spoken = [str(x) for x in child.get("languages") or [] if x]
    interpreter = child.get("interpreter_language")
    return spoken or ([str(interpreter)] if interpreter else [])


def filing_languages(
    form: Form,
    case: Mapping[str, Any],
    *,
    hearing_id: str | None = None,
    proceeding_id: str | None = None,
    today: date | None = None,
) -> DefaultLanguages:
    """:func:`default_languages` for a filing of a case: the forum of the proceeding the
    filing is made for (chosen as the filing's data chooses it: the hearing's, the one asked
    for, else the next hearing's or the first open one) and the child's languages."""
    data = filing_data(
        case, {}, form=form, hearing_id=hearing_id, proceeding_id=proceeding_id, today=today
    )
    jurisdiction = (data.get("proceeding") or {}).get("jurisdiction") or None
    return default_languages(form, jurisdiction, child_languages(case))
