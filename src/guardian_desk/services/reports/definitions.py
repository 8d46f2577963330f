"""The reports in force: those shipped (``resources/reports/``) and the organisation's own
(``$GUARDIAN_DESK_REPORTS``, else ``reports/`` in the program's configuration folder). A file
whose ``id`` is a shipped report's replaces it; a file that cannot be used is named with what
is wrong and left out."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from guardian_desk import config
from guardian_desk.domain.reports import ReportDefinition, parse_report
from guardian_desk.errors import NotFoundError, ValidationError
from guardian_desk.resources import resource_path
from guardian_desk.storage.report_units import dimensions_of

REPORTS_ENV = "GUARDIAN_DESK_REPORTS"
MAX_FILE = 200_000


def organisation_folder() -> Path:
    return config.organisation_folder(REPORTS_ENV, "reports")


@dataclass(frozen=True)
class ReportSet:
    reports: dict[str, ReportDefinition]
    problems: tuple[str, ...]  # files that could not be used, each in a sentence


def _read(folder: Path, found: dict[str, ReportDefinition], problems: list[str]) -> None:
    known = dimensions_of()
    read, faults = config.read_data_folder(
        folder,
        lambda text, name: parse_report(text, name, known),
        what="a report",
        max_bytes=MAX_FILE,
        faults=(ValidationError,),
    )
    found.update((report.id, report) for report in read)
    problems += faults


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
