"""The reports in force: those shipped (``resources/reports/``) and the organisation's own
(``$GUARDIAN_DESK_REPORTS``, else ``reports/`` in the program's configuration folder). A file
whose ``id`` is a shipped report's replaces it; a file that cannot be used is named with what
is wrong and left out."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from guardian_desk.config import config_dir
from guardian_desk.domain.reports import ReportDefinition, parse_report
from guardian_desk.errors import NotFoundError, ValidationError
from guardian_desk.resources import resource_path
from guardian_desk.services.reports.indicators import dimensions_of

REPORTS_ENV = "GUARDIAN_DESK_REPORTS"
MAX_FILE = 200_000


def organisation_folder() -> Path:
    chosen = os.environ.get(REPORTS_ENV)
    return Path(chosen) if chosen else config_dir() / "reports"


@dataclass(frozen=True)
class ReportSet:
    reports: dict[str, ReportDefinition]
    problems: tuple[str, ...]  # files that could not be used, each in a sentence


def _read(folder: Path, found: dict[str, ReportDefinition], problems: list[str]) -> None:
    if not folder.is_dir():
        return
    known = dimensions_of()
    for path in sorted(folder.glob("*.toml")):
        try:
            if path.stat().st_size > MAX_FILE:
                problems.append(f"{path.name}: too large to be a report")
                continue
            report = parse_report(path.read_text(encoding="utf-8"), path.name, known)
        except ValidationError as exc:
            problems.append(exc.describe(5))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name}: cannot be read ({exc.__class__.__name__})")
            continue
        found[report.id] = report


@cache
def load_reports(folder: Path | None = None) -> ReportSet:
    found: dict[str, ReportDefinition] = {}
    problems: list[str] = []
    _read(resource_path("reports"), found, problems)
    _read(folder if folder is not None else organisation_folder(), found, problems)
    return ReportSet(found, tuple(problems))


def report(report_id: str) -> ReportDefinition:
    """A report in force.

    Raises:
        NotFoundError: no report has this id.
    """
    found = load_reports().reports.get(report_id)
    if found is None:
        known = ", ".join(sorted(load_reports().reports))
        raise NotFoundError(f"No report '{report_id}' is installed (there are: {known}).")
    return found
