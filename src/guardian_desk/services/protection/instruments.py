"""The screening instruments in force: those shipped (``resources/screening/``) and the
organisation's own (``$GUARDIAN_DESK_SCREENING``, else ``screening/`` in the program's
configuration folder). A file whose ``id`` is a shipped instrument's replaces it; a file that
cannot be used is named with what is wrong and left out. Also the actions a missing episode
sets in motion (``resources/protection/missing.toml``)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

from guardian_desk.config import config_dir
from guardian_desk.domain.screening import (
    Action,
    Concern,
    Instrument,
    InstrumentError,
    parse_instrument,
)
from guardian_desk.errors import NotFoundError
from guardian_desk.resources import resource_path

SCREENING_ENV = "GUARDIAN_DESK_SCREENING"
DEFAULT = "gd-child-v1"
MAX_FILE = 500_000


def organisation_folder() -> Path:
    chosen = os.environ.get(SCREENING_ENV)
    return Path(chosen) if chosen else config_dir() / "screening"


@dataclass(frozen=True)
class InstrumentSet:
    instruments: dict[str, Instrument]
    problems: tuple[str, ...]  # files that could not be used, each in a sentence


def _read(folder: Path, found: dict[str, Instrument], problems: list[str]) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        try:
            if path.stat().st_size > MAX_FILE:
                raise InstrumentError(f"{path.name}: too large to be an instrument")
            parsed = parse_instrument(path.read_text(encoding="utf-8"), path.name)
        except (InstrumentError, OSError, UnicodeDecodeError) as exc:
            problems.append(str(exc))
            continue
        found[parsed.id] = parsed


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


@dataclass(frozen=True)
class MissingRules:
    actions: tuple[Action, ...]
    rescreen_within: timedelta


@cache
def missing_actions() -> MissingRules:
    """What a missing episode sets in motion (``resources/protection/missing.toml``)."""
    data = tomllib.loads(resource_path("protection", "missing.toml").read_text(encoding="utf-8"))
    actions = tuple(
        Action(
            str(item["id"]),
            Concern.CLEAR,
            str(item["owner_role"]),
            timedelta(hours=int(item["due_hours"]))
            if "due_hours" in item
            else timedelta(days=int(item["due_days"])),
            {str(k): str(v) for k, v in item["title"].items()},
        )
        for item in data.get("actions", [])
    )
    days = int((data.get("return") or {}).get("rescreen_within_days", 3))
    return MissingRules(actions, timedelta(days=days))
