"""The recognition rules as the data files give them (``resources/recognition/*.toml``, see
``docs/recognition-rules.md``): parties to the Apostille and Hague 1996 Conventions with their
dates, EU member states and the regulations, agreements that waive legalisation, states where
legalisation cannot be had, and per destination what its courts require.
:func:`read_recognition` reads and checks them; :mod:`guardian_desk.domain.recognition` applies
them to a document.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from guardian_desk.domain.codes import is_jurisdiction
from guardian_desk.domain.datafile import DataFileReader
from guardian_desk.domain.enums import (
    AuthenticationKind,
    DocumentType,
    ProceedingKind,
)
from guardian_desk.errors import ValidationError

ORDERS = frozenset({DocumentType.CUSTODY_ORDER, DocumentType.GUARDIANSHIP_ORDER})
APOSTILLES = frozenset({AuthenticationKind.APOSTILLE, AuthenticationKind.E_APOSTILLE})


def country_of(code: str) -> str:
    """``US-CA`` is in ``US``."""
    return code.split("-")[0]


# --- the rules, as read from the data files ---------------------------------------------------


@dataclass(frozen=True)
class Party:
    state: str
    in_force: date
    objected_by: frozenset[str] = frozenset()
    source: str = ""  # where the date (and any objection) was read


@dataclass(frozen=True)
class Exemption:
    """An instrument's own waiver of legalisation and of any similar formality (no apostille
    either) for the documents given or delivered under it, such as Regulation (EU) 2019/1111,
    Art. 90, or the Hague 1996 Convention, Art. 43. With ``proceeding_kinds``, a waiver for
    the documents used in proceedings of those kinds, whoever issued them (the Hague 1980
    Convention, Art. 23: "in the context of this Convention")."""

    citation: str
    document_types: frozenset[DocumentType]
    proceeding_kinds: frozenset[ProceedingKind] = frozenset()


@dataclass(frozen=True)
class Treaty:
    """A convention and its parties (each with its own date of entry into force)."""

    id: str
    title: str
    citation: str
    parties: dict[str, Party]
    complete: bool = True  # False: a state missing from the list may be a party all the same
    non_parties: frozenset[str] = frozenset()  # known not to be parties (signed, not ratified)
    as_of: date | None = None  # the day of the source a complete list was checked against
    no_legalisation: Exemption | None = None

    def outside(self, state: str) -> bool:
        """True when ``state`` is known not to be a party: listed as a non-party, or missing
        from a complete list."""
        return state in self.non_parties or (self.complete and state not in self.parties)

    def unknown(self, *states: str) -> list[str]:
        """The states whose membership the list cannot tell (missing from an incomplete list).

        None when one of them is known to be outside: the convention cannot apply between
        them whatever the other is, so there is nothing to look up."""
        if self.complete or any(self.outside(s) for s in states):
            return []
        return [s for s in states if s not in self.parties]

    def in_force_between(self, a: str, b: str, on: date) -> bool:
        """True when the treaty applied between ``a`` and ``b`` on that day: both parties by
        then, and neither objected to the other's accession (Apostille Convention Art. 12)."""
        first, second = self.parties.get(a), self.parties.get(b)
        if first is None or second is None:
            return False
        if a in second.objected_by or b in first.objected_by:
            return False
        return max(first.in_force, second.in_force) <= on

    def since(self, a: str, b: str) -> date | None:
        first, second = self.parties.get(a), self.parties.get(b)
        if first is None or second is None:
            return None
        return max(first.in_force, second.in_force)


@dataclass(frozen=True)
class EuMember:
    state: str
    member_since: date
    brussels2b: bool
    public_documents: bool


@dataclass(frozen=True)
class Agreement:
    """An agreement that waives legalisation between its parties."""

    id: str
    title: str
    citation: str
    parties: frozenset[str]
    document_types: frozenset[DocumentType]  # empty: every public document
    in_force: date | None = None
    notes: str = ""
    multilingual_form_only: bool = False  # only extracts on its multilingual forms (CIEC 16)


@dataclass(frozen=True)
class Freshness:
    document_types: frozenset[DocumentType]
    months: int
    citation: str
    notes: str = ""


@dataclass(frozen=True)
class Destination:
    """What the courts and authorities of a jurisdiction require of a foreign document."""

    jurisdiction: str
    languages: tuple[str, ...]
    translation: str  # sworn, certified or any
    translation_citation: str
    translation_notes: str = ""
    freshness: tuple[Freshness, ...] = ()


@dataclass(frozen=True)
class Regulation:
    citation: str
    applies_from: date
    document_types: frozenset[DocumentType] = frozenset()
    standard_forms: frozenset[DocumentType] = frozenset()
    applies_until: date | None = None  # repealed after this day (Brussels IIa: 31 July 2022)
    no_legalisation: Exemption | None = None


@dataclass(frozen=True)
class LegalisationGap:
    """The destination's missions do not legalise documents from these states (for every
    kind of document, or only for some), and what a court may accept instead."""

    destination: str
    states: frozenset[str]
    citation: str
    alternatives: str
    some_documents_only: bool = False  # only some kinds are refused (civil status usually not)
    verification: bool = True  # the missions can still verify a document on a court's request


@dataclass(frozen=True)
class RecognitionRules:
    apostille: Treaty
    hague1996: Treaty
    eu: dict[str, EuMember]
    public_documents: Regulation  # Regulation (EU) 2016/1191
    brussels2b: Regulation  # Regulation (EU) 2019/1111
    agreements: tuple[Agreement, ...] = ()
    destinations: dict[str, Destination] = field(default_factory=dict)
    brussels2a: Regulation | None = None  # Regulation (EC) No 2201/2003, for older decisions
    legalisation_gaps: tuple[LegalisationGap, ...] = ()
    # Waivers for the documents used in proceedings of some kinds (hague-1980.toml, Art. 23)
    proceeding_exemptions: tuple[Exemption, ...] = ()

    def proceeding_exemption(
        self, kind: DocumentType, proceeding: ProceedingKind | None
    ) -> Exemption | None:
        """The waiver of legalisation for a document of ``kind`` used in a proceeding of the
        kind ``proceeding``, if one applies."""
        if proceeding is None:
            return None
        return next(
            (
                e
                for e in self.proceeding_exemptions
                if proceeding in e.proceeding_kinds and kind in e.document_types
            ),
            None,
        )

    def legalisation_gap(self, issuing: str, there: str) -> LegalisationGap | None:
        """What ``there``'s missions say about legalising documents from ``issuing``."""
        return next(
            (g for g in self.legalisation_gaps if g.destination == there and issuing in g.states),
            None,
        )

    def destination(self, code: str) -> Destination | None:
        """The requirements of ``code``, else of its country (``US-CA`` falls back to ``US``)."""
        return self.destinations.get(code) or self.destinations.get(country_of(code))

    def in_eu(self, state: str, on: date, what: str) -> bool:
        member = self.eu.get(state)
        return member is not None and member.member_since <= on and bool(getattr(member, what))


# --- reading the data files ---------------------------------------------------------------------


class _Reader(DataFileReader):
    """Reads one recognition file, collecting every problem with its place."""

    def day(self, value: Any, where: str) -> date | None:
        if isinstance(value, date):
            return value
        self.problem(where, "must be a date such as 2019-02-16")
        return None

    def state(self, value: Any, where: str) -> str | None:
        if isinstance(value, str) and is_jurisdiction(value):
            return value
        self.problem(where, f"{value!r} is not an ISO 3166 code")
        return None

    def states(self, values: Any, where: str) -> frozenset[str]:
        if not isinstance(values, list):
            self.problem(where, "must be a list of ISO 3166 codes")
            return frozenset()
        return frozenset(s for i, v in enumerate(values) if (s := self.state(v, f"{where}[{i}]")))

    def types(self, values: Any, where: str) -> frozenset[DocumentType]:
        if not isinstance(values, list):
            self.problem(where, "must be a list of document types")
            return frozenset()
        found = set()
        for index, value in enumerate(values):
            try:
                found.add(DocumentType(value))
            except ValueError:
                choices = ", ".join(t.value for t in DocumentType)
                self.problem(f"{where}[{index}]", f"{value!r} is not one of: {choices}")
        return frozenset(found)

    def proceeding_kinds(self, values: Any, where: str) -> frozenset[ProceedingKind]:
        if not isinstance(values, list):
            self.problem(where, "must be a list of proceeding kinds")
            return frozenset()
        found = set()
        for index, value in enumerate(values):
            try:
                found.add(ProceedingKind(value))
            except ValueError:
                choices = ", ".join(k.value for k in ProceedingKind)
                self.problem(f"{where}[{index}]", f"{value!r} is not one of: {choices}")
        return frozenset(found)

    def text(self, data: dict[str, Any], key: str, where: str, required: bool = True) -> str:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if required:
            self.problem(f"{where}.{key}", "is missing")
        return ""


def _load(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"The recognition file {path.name} cannot be read: {exc}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            f"The recognition file {path.name} is not valid TOML: {exc}."
        ) from None


def _treaty(data: dict[str, Any], reader: _Reader) -> Treaty:
    parties: dict[str, Party] = {}
    for index, item in enumerate(data.get("parties", [])):
        where = f"parties[{index}]"
        state = reader.state(item.get("state"), f"{where}.state")
        day = reader.day(item.get("in_force"), f"{where}.in_force")
        objections = reader.states(item.get("objected_by", []), f"{where}.objected_by")
        source = item.get("source", "")
        if not isinstance(source, str):
            reader.problem(f"{where}.source", "must be a text")
            source = ""
        if state and day:
            if state in parties:
                reader.problem(f"{where}.state", f"{state} is listed twice")
            parties[state] = Party(state, day, objections, source)
    complete = data.get("complete", True)
    if not isinstance(complete, bool):
        reader.problem("complete", "must be true or false")
        complete = False
    as_of = None
    if "as_of" in data:
        as_of = reader.day(data["as_of"], "as_of")
    elif data.get("complete") is True:
        # a list declared complete says as of when: absence then means "not a party"
        reader.problem("as_of", "is missing: the day of the source the complete list follows")
    non_parties = reader.states(data.get("non_parties", []), "non_parties")
    for state in sorted(non_parties & parties.keys()):
        reader.problem("non_parties", f"{state} is also listed as a party")
    return Treaty(
        reader.text(data, "id", "file"),
        reader.text(data, "title", "file"),
        reader.text(data, "citation", "file"),
        parties,
        complete,
        non_parties,
        as_of,
        _exemption(data.get("no_legalisation"), reader, "no_legalisation"),
    )


def _exemption(data: Any, reader: _Reader, where: str) -> Exemption | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        reader.problem(where, "must be a table with citation and document_types")
        return None
    types = reader.types(data.get("document_types", []), f"{where}.document_types")
    if not types:
        reader.problem(f"{where}.document_types", "must name the kinds of document exempted")
    return Exemption(
        reader.text(data, "citation", where),
        types,
        reader.proceeding_kinds(data.get("proceeding_kinds", []), f"{where}.proceeding_kinds"),
    )


def _regulation(data: Any, reader: _Reader, where: str) -> Regulation:
    if not isinstance(data, dict):
        reader.problem(where, "is missing")
        return Regulation("", date.max)
    until = data.get("applies_until")
    return Regulation(
        reader.text(data, "citation", where),
        reader.day(data.get("applies_from"), f"{where}.applies_from") or date.max,
        reader.types(data.get("document_types", []), f"{where}.document_types"),
        reader.types(data.get("standard_forms", []), f"{where}.standard_forms"),
        reader.day(until, f"{where}.applies_until") if until is not None else None,
        _exemption(data.get("no_legalisation"), reader, f"{where}.no_legalisation"),
    )


def read_recognition(folder: Path) -> RecognitionRules:
    """The recognition rules in ``folder``.

    Raises:
        ValidationError: a file is missing or wrong; each problem names the file and field.
    """
    readers: list[_Reader] = []

    def reader(name: str) -> tuple[_Reader, dict[str, Any]]:
        one = _Reader(name)
        readers.append(one)
        path = folder / name
        if not path.exists():
            one.problem("file", "is missing")
            return one, {}
        return one, _load(path)

    r, data = reader("apostille-1961.toml")
    apostille = _treaty(data, r)
    r, data = reader("hague-1996.toml")
    hague = _treaty(data, r)
    r, data = reader("eu.toml")
    members: dict[str, EuMember] = {}
    for index, item in enumerate(data.get("members", [])):
        where = f"members[{index}]"
        state = r.state(item.get("state"), f"{where}.state")
        since = r.day(item.get("member_since"), f"{where}.member_since")
        if state and since:
            members[state] = EuMember(
                state,
                since,
                bool(item.get("brussels2b", True)),
                bool(item.get("public_documents", True)),
            )
    public_documents = _regulation(data.get("regulation_2016_1191"), r, "regulation_2016_1191")
    brussels2b = _regulation(data.get("regulation_2019_1111"), r, "regulation_2019_1111")
    brussels2a = (
        _regulation(data["regulation_2201_2003"], r, "regulation_2201_2003")
        if "regulation_2201_2003" in data
        else None
    )
    r, data = reader("bilateral.toml")
    agreements = []
    for index, item in enumerate(data.get("agreements", [])):
        where = f"agreements[{index}]"
        in_force = item.get("in_force")
        agreements.append(
            Agreement(
                r.text(item, "id", where),
                r.text(item, "title", where),
                r.text(item, "citation", where),
                r.states(item.get("parties", []), f"{where}.parties"),
                r.types(item.get("document_types", []), f"{where}.document_types"),
                r.day(in_force, f"{where}.in_force") if in_force is not None else None,
                item.get("notes", ""),
                bool(item.get("multilingual_form_only", False)),
            )
        )
    gaps = []
    for index, item in enumerate(data.get("legalisation_unavailable", [])):
        where = f"legalisation_unavailable[{index}]"
        gaps.append(
            LegalisationGap(
                r.state(item.get("destination"), f"{where}.destination") or "",
                r.states(item.get("states", []), f"{where}.states"),
                r.text(item, "citation", where),
                r.text(item, "alternatives", where),
                bool(item.get("some_documents_only", False)),
                bool(item.get("verification", True)),
            )
        )
    proceeding_exemptions: list[Exemption] = []
    if (folder / "hague-1980.toml").exists():  # optional: a rule set may do without it
        r, data = reader("hague-1980.toml")
        r.text(data, "id", "file")
        r.text(data, "title", "file")
        exemption = _exemption(data.get("no_legalisation"), r, "no_legalisation")
        if exemption is not None:
            if not exemption.proceeding_kinds:
                r.problem(
                    "no_legalisation.proceeding_kinds",
                    "must name the kinds of proceeding whose documents are exempted",
                )
            proceeding_exemptions.append(exemption)
    r, data = reader("requirements.toml")
    destinations: dict[str, Destination] = {}
    for index, item in enumerate(data.get("destinations", [])):
        where = f"destinations[{index}]"
        code = r.state(item.get("jurisdiction"), f"{where}.jurisdiction")
        kind = item.get("translation", "certified")
        if kind not in ("sworn", "certified", "any"):
            r.problem(f"{where}.translation", f"{kind!r} is not one of: sworn, certified, any")
        fresh = []
        for number, entry in enumerate(item.get("freshness", [])):
            place = f"{where}.freshness[{number}]"
            months = entry.get("months")
            if not isinstance(months, int) or months <= 0:
                r.problem(f"{place}.months", "must be a whole number of months above 0")
                continue
            fresh.append(
                Freshness(
                    r.types(entry.get("document_types", []), f"{place}.document_types"),
                    months,
                    r.text(entry, "citation", place),
                    entry.get("notes", ""),
                )
            )
        languages = item.get("languages", [])
        if not isinstance(languages, list) or not languages:
            r.problem(f"{where}.languages", "must list the forum's languages")
            languages = []
        if code:
            destinations[code] = Destination(
                code,
                tuple(languages),
                kind,
                r.text(item, "translation_citation", where),
                item.get("translation_notes", ""),
                tuple(fresh),
            )
    problems = [p for one in readers for p in one.problems]
    if problems:
        raise ValidationError("The recognition rules have mistakes:", problems)
    return RecognitionRules(
        apostille,
        hague,
        members,
        public_documents,
        brussels2b,
        tuple(agreements),
        destinations,
        brussels2a,
        tuple(gaps),
        tuple(proceeding_exemptions),
    )
