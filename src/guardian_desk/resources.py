"""Where the data files shipped with Guardian Desk live.

In an installed wheel the top-level ``resources/``, ``forms/`` and ``ui/`` folders, and the
user guide with its pictures (``docs/user-guide.md``, ``docs/screenshots/``), are packed inside
the package; in a source checkout they sit at the repository root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_ROOT = _PACKAGE.parent.parent


@cache
def _folder(installed: str, source: str) -> Path:
    inside = _PACKAGE / installed
    if inside.is_dir():
        return inside
    return _ROOT / source


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return _folder("resources", "resources").joinpath(*parts)


def forms_path(*parts: str) -> Path:
    """Path of a file under ``forms/`` (filing templates)."""
    return _folder("forms", "forms").joinpath(*parts)


def ui_source_path(*parts: str) -> Path:
    """Path of a Qt Designer file under ``ui/``."""
    return _folder("ui_sources", "ui").joinpath(*parts)


def docs_path(*parts: str) -> Path:
    """Path of the user guide (``user-guide.md``) or one of its pictures
    (``screenshots/...``); the folder itself without ``parts``."""
    return _folder("docs", "docs").joinpath(*parts)
