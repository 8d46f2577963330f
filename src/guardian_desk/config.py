"""Where Guardian Desk keeps its data, and how another database is chosen."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from platformdirs import user_config_path, user_data_path, user_log_path

APP_NAME = "GuardianDesk"
DB_ENV = "GUARDIAN_DESK_DB"
T = TypeVar("T")


def data_dir() -> Path:
    """The user's data directory for Guardian Desk (created on demand by callers)."""
    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The user's configuration directory for Guardian Desk (the organisation's roles...)."""
    return user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "guardian-desk.sqlite"


def database_target(explicit: str | None = None) -> str:
    """The database to use: ``--db`` if given, else ``$GUARDIAN_DESK_DB``, else the default.

    The result is a file path or a database URL (``postgresql://...``).
    """
    return explicit or os.environ.get(DB_ENV) or str(default_database_path())


def organisation_folder(env: str, name: str) -> Path:
    """A folder of the organisation's own data files (roles, reports, screening
    instruments...): ``$env`` if it is set, else ``name`` in the configuration directory. It
    may not exist."""
    chosen = os.environ.get(env)
    return Path(chosen) if chosen else config_dir() / name


def read_data_folder(
    folder: Path,
    parse: Callable[[str, str], T],
    *,
    what: str,
    max_bytes: int,
    faults: tuple[type[Exception], ...],
) -> tuple[list[T], list[str]]:
    """Every ``*.toml`` file of ``folder`` in the order of their names, each read by
    ``parse(text, file name)``; a file that cannot be used is left out and named with its
    fault in a sentence (too large for ``what``, not UTF-8 text, or what ``parse`` raised, one
    of ``faults``). A folder that does not exist holds nothing."""
    found: list[T] = []
    problems: list[str] = []
    try:
        paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    except OSError:
        return found, [f"{folder}: the folder cannot be read."]
    for path in paths:
        try:
            if path.stat().st_size > max_bytes:
                problems.append(f"{path.name}: too large for {what}.")
                continue
            found.append(parse(path.read_text(encoding="utf-8"), path.name))
        except faults as exc:
            describe = getattr(exc, "describe", None)
            problems.append(describe(5) if callable(describe) else str(exc))
        except (OSError, UnicodeDecodeError):
            problems.append(f"{path.name}: cannot be read as UTF-8 text.")
    return found, problems
