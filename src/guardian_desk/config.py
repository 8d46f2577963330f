"""Where Guardian Desk keeps its data, and how another database is chosen."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

APP_NAME = "GuardianDesk"
DB_ENV = "GUARDIAN_DESK_DB"


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
