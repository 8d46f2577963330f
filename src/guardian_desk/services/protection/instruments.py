"""The screening instruments in force: those shipped (``resources/screening/``) and the
organisation's own (``$GUARDIAN_DESK_SCREENING``, else ``screening/`` in the program's
configuration folder). A file whose ``id`` is a shipped instrument's replaces it; a file that
cannot be used is named with what is wrong and left out. Also the actions a missing episode
sets in motion, by jurisdiction: the shipped files (``resources/protection/missing/``) with
the organisation's over them (``$GUARDIAN_DESK_MISSING``, else ``missing/`` in the program's
configuration folder), read by ``domain/missing.py``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache
from pathlib import Path

from guardian_desk import config
from guardian_desk.domain.missing import (
    MissingAction,
    MissingFile,
    actions_in,
    chain_of,
    parse_missing_file,
)
from guardian_desk.domain.screening import Instrument, InstrumentError, parse_instrument
from guardian_desk.errors import GuardianDeskError, NotFoundError, ValidationError
from guardian_desk.resources import resource_path

SCREENING_ENV = "GUARDIAN_DESK_SCREENING"
DEFAULT = "gd-child-v1"
MAX_FILE = 500_000


def organisation_folder() -> Path:
    return config.organisation_folder(SCREENING_ENV, "screening")


@dataclass(frozen=True)
class InstrumentSet:
    instruments: dict[str, Instrument]
    problems: tuple[str, ...]  # files that could not be used, each in a sentence


def _read(folder: Path, found: dict[str, Instrument], problems: list[str]) -> None:
    read, faults = config.read_data_folder(
        folder,
        parse_instrument,
        what="a screening instrument",
        max_bytes=MAX_FILE,
        faults=(InstrumentError,),
    )
    found.update((parsed.id, parsed) for parsed in read)
    problems += faults


@cache
def load_instruments(folder: Path | None = None) -> InstrumentSet:
    found: dict[str, Instrument] = {}
    problems: list[str] = []
    _read(resource_path("screening"), found, problems)
    _read(folder if folder is not None else organisation_folder(), found, problems)
    return InstrumentSet(found, tuple(problems))


def instrument(instrument_id: str = DEFAULT) -> Instrument:
    """An instrument in force.

    Raises:
        NotFoundError: no instrument has this id.
    """
    found = load_instruments().instruments.get(instrument_id)
    if found is None:
        raise NotFoundError(f"No screening instrument '{instrument_id}' is installed.")
    return found


# --- missing episodes -----------------------------------------------------------------------

MISSING_ENV = "GUARDIAN_DESK_MISSING"


def missing_organisation_folder() -> Path:
    """Where the organisation keeps its own missing-episode files (it may not exist)."""
    return config.organisation_folder(MISSING_ENV, "missing")


@dataclass(frozen=True)
class MissingSet:
    """The missing-episode files in force: the shipped ones with the organisation's over
    them (a file for a jurisdiction already there changes or adds actions by id)."""

    general: MissingFile
    files: tuple[MissingFile, ...]  # the jurisdictions' and regions'
    problems: tuple[str, ...]  # the organisation's files that could not be used


@dataclass(frozen=True)
class MissingRules:
    """What a missing episode sets in motion in one jurisdiction."""

    actions: tuple[MissingAction, ...]
    rescreen_within: timedelta
    jurisdiction: str | None = None  # the jurisdiction asked for
    chain: tuple[str, ...] = ()  # the files that applied over the general, least specific first


def _read_missing(folder: Path) -> tuple[list[MissingFile], list[str]]:
    return config.read_data_folder(
        folder,
        parse_missing_file,
        what="a missing-episode file",
        max_bytes=MAX_FILE,
        faults=(ValidationError,),
    )


def _over(base: MissingFile | None, file: MissingFile) -> MissingFile:
    """``file``'s actions over those of ``base`` (the same jurisdiction's shipped file)."""
    if base is None:
        return file
    return replace(
        file,
        countries=file.countries or base.countries,
        actions=actions_in(base, [file]),
        rescreen_within_days=(
            file.rescreen_within_days
            if file.rescreen_within_days is not None
            else base.rescreen_within_days
        ),
    )


def _place(file: MissingFile) -> str:
    return file.jurisdiction or ""


@cache
def load_missing(folder: Path | None = None) -> MissingSet:
    """The shipped missing-episode files (``resources/protection/missing/``) with the
    organisation's (``folder``, default its folder) over them.

    Raises:
        GuardianDeskError: a shipped file is damaged (a fault of the program, not a person's).
    """
    shipped, problems = _read_missing(resource_path("protection", "missing"))
    generals = [f for f in shipped if f.jurisdiction is None]
    if problems or len(generals) != 1:
        problems = problems or ["there must be exactly one general file (without jurisdiction)"]
        raise GuardianDeskError(
            "The shipped missing-episode files are damaged: " + "; ".join(problems)
        )
    by_place = {_place(f): f for f in shipped}
    own_folder = folder if folder is not None else missing_organisation_folder()
    own, own_problems = _read_missing(own_folder) if own_folder.is_dir() else ([], [])
    for file in own:
        by_place[_place(file)] = _over(by_place.get(_place(file)), file)
    general = by_place.pop("")
    return MissingSet(general, tuple(by_place.values()), tuple(own_problems))


@cache
def missing_actions(jurisdiction: str | None = None) -> MissingRules:
    """What a missing episode sets in motion in ``jurisdiction`` (an ISO 3166 code; None:
    the general practice): the general actions, with those of its region, its country and
    the subdivision itself over them (``US-CA`` falls back to ``US``, then to the general)."""
    found = load_missing()
    chain = chain_of(jurisdiction, found.files)
    days = found.general.rescreen_within_days
    return MissingRules(
        actions_in(found.general, chain),
        timedelta(days=3 if days is None else days),
        jurisdiction,
        tuple(_place(f) for f in chain),
    )
