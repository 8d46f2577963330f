"""The command line's reports: ``report --list`` (the reports in force) and ``report ID``,
a report for a period shown as text or written as PDF, CSV or XLSX (``docs/reports.md``).
``cli.py`` adds the command and runs it."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from guardian_desk.domain.text import spreadsheet_safe
from guardian_desk.errors import GuardianDeskError
from guardian_desk.storage.database import Database

COMMANDS = ("report",)
FILE_FORMATS = ("pdf", "csv", "xlsx")


def add_commands(
    commands: Any,
    common: argparse.ArgumentParser,
    day: Callable[[str], date],
    as_of: Callable[[argparse.ArgumentParser, str], None],
) -> None:
    report = commands.add_parser(
        "report",
        parents=[common],
        help="anonymised statistics for a period (small counts hidden): shown, or written as "
        "PDF, CSV or XLSX",
        description="A report for a period: its tables shown here, or written to a file. "
        "Counts small enough to pick out a child are hidden (<5, *) in every format.",
    )
    report.add_argument("report", nargs="?", metavar="ID", help="the report (see --list)")
    report.add_argument(
        "--list", action="store_true", help="list the reports in force and any file not used"
    )
    # The days are read in run() rather than by argparse, so that a mistake is one sentence
    # and exit status 1, as every other mistake of this command.
    report.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day counted")
    report.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day counted")
    report.add_argument(
        "--format",
        choices=(*FILE_FORMATS, "table"),
        help="pdf, csv or xlsx: write a file; table: show the tables here (the default without -o)",
    )
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the file to write (default: ID-FROM-TO.FORMAT in the current folder)",
    )
    report.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="DIMENSION=CATEGORY",
        help="count only this category, as stored (e.g. jurisdiction=DE, sex=female, "
        "age_band=12-17); repeatable",
    )
    as_of(report, "the days still to come in the period (open deadlines, birthdays ahead)")
    report.set_defaults(read_day=day)


def writes(args: argparse.Namespace) -> bool:
    """A report only reads: its audit entries are written as any reading command's are."""
    return False


def without_database(args: argparse.Namespace) -> int | None:
    """``report --list``, which needs no database, done here; for a report, its typing
    mistakes found before the database is opened and anyone signs in (None then).

    Raises:
        GuardianDeskError: a mistake in the command, in one sentence.
    """
    if args.list:
        return _list()
    _request(args)
    return None


def _list() -> int:
    from guardian_desk.services import reports

    found = reports.load_reports()
    for definition in sorted(found.reports.values(), key=lambda r: r.id):
        tables = len(definition.tables)
        print(
            "\t".join(
                spreadsheet_safe(c)
                for c in (definition.id, definition.title, f"{tables} tables", definition.source)
            )
        )
    for problem in found.problems:
        print(f"guardian-desk: not used: {problem}", file=sys.stderr)
    return 0


def _read_day(args: argparse.Namespace, text: str | None, option: str) -> date:
    if not text:
        raise GuardianDeskError(
            "Give the period with --from YYYY-MM-DD --to YYYY-MM-DD (both days are counted)."
        )
    try:
        return args.read_day(text)
    except argparse.ArgumentTypeError as exc:
        raise GuardianDeskError(f"{option} {text[:20]!r}: {exc}.") from None


def _request(args: argparse.Namespace) -> tuple[Any, date, date, dict[str, str], str, Path | None]:
    """What the command asks for, checked: the report, the first and last day, the filters,
    the format and the file (None for a table shown here)."""
    from guardian_desk.services import reports

    if not args.report:
        raise GuardianDeskError("Name the report (guardian-desk report --list shows them).")
    definition = reports.report(args.report)  # NotFoundError names the reports there are
    first = _read_day(args, args.first, "--from")
    last = _read_day(args, args.last, "--to")
    if last < first:
        raise GuardianDeskError(
            f"The period ends ({last.isoformat()}) before it starts ({first.isoformat()})."
        )
    filters: dict[str, str] = {}
    for item in args.filter:
        dimension, equals, category = (part.strip() for part in item.partition("="))
        if not equals or not dimension or not category:
            raise GuardianDeskError(f"Write a filter as DIMENSION=CATEGORY, not {item!r}.")
        if dimension not in reports.DIMENSION_NAMES:
            known = ", ".join(sorted(reports.DIMENSION_NAMES))
            raise GuardianDeskError(
                f"There is no dimension {dimension!r} to filter by (there are: {known})."
            )
        if dimension in filters:
            raise GuardianDeskError(f"The filter on {dimension} is given twice.")
        filters[dimension] = category
    fmt = args.format
    output: Path | None = args.output
    if fmt is None:
        fmt = output.suffix.lower().lstrip(".") if output is not None else "table"
        if output is not None and fmt not in FILE_FORMATS:
            raise GuardianDeskError(
                f"{output.name} does not end in .pdf, .csv or .xlsx: say which to write "
                "with --format pdf, csv or xlsx."
            )
    if fmt == "table":
        if output is not None:
            raise GuardianDeskError("--format table shows the tables here: leave out -o.")
        return definition, first, last, filters, fmt, None
    if output is None:
        output = Path(f"{definition.id}-{first.isoformat()}-{last.isoformat()}.{fmt}")
    return definition, first, last, filters, fmt, output


def run(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import reports, transfer

    definition, first, last, filters, fmt, output = _request(args)
    snapshot = reports.make_snapshot(db, definition.id, first, last, filters, today=args.as_of)
    if output is None:
        _show(snapshot)
        return 0
    profile = transfer.profile(db)
    written = reports.export_snapshot(
        db, snapshot, output, fmt, organisation=profile.name if profile else None
    )
    print(
        f"Wrote {written}: {snapshot.report.title}, {first.isoformat()} to {last.isoformat()}, "
        f"{len(snapshot.tables)} tables."
    )
    return 0


def _printable(text: object) -> str:
    """Text from the records as it may go to a terminal: no control characters (an escape
    sequence in a forum's name would otherwise drive the terminal)."""
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c != "\u200d" else c
        for c in str(text)
    )


def _show(snapshot: Any) -> None:
    """The snapshot's tables as aligned text, then its notes."""
    from guardian_desk.services import reports

    print(_printable(snapshot.report.title))
    print(
        f"{snapshot.period.first.isoformat()} to {snapshot.period.last.isoformat()}; filters: "
        + _printable("; ".join(f"{d}={c}" for d, c in snapshot.filters.items()) or "none")
    )
    for table in snapshot.tables:
        grid = reports.table_grid(table)
        lines = [
            list(grid.header),
            *([name, *map(str, entries)] for name, entries in grid.rows),
            ["Total", *map(str, grid.total)],
        ]
        lines = [[_printable(c) for c in line] for line in lines]
        widths = [max(len(line[i]) for line in lines) for i in range(len(grid.header))]
        print()
        print(_printable(grid.title))
        for index, line in enumerate(lines):
            first, *rest = line
            cells = [first.ljust(widths[0])]
            cells += [c.rjust(w) for c, w in zip(rest, widths[1:], strict=True)]
            print("  ".join(cells).rstrip())
            if index == 0 or index == len(lines) - 2:
                print("  ".join("-" * w for w in widths))
    print()
    for note in snapshot.notes:
        print(_printable(note))
