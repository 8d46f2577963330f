"""A report's snapshot written to a file a person asked for: PDF to read and print, CSV and
XLSX to work on in a spreadsheet.

Every format shows exactly what the snapshot shows: a hidden count is written as the
snapshot writes it (``<5``, ``*``), never as a number, and a chart is drawn from the shown
cells only (``charts.py``). Text that comes from the records (a forum's name, a form's id)
is written so that a spreadsheet cannot take it for a formula (OWASP's advice on CSV
injection, ``domain.text.spreadsheet_safe``).

The file is written whole or not at all, and the audit log records the export in the same
transaction (``files.staged_file``): an export either exists with its entry or neither does.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from guardian_desk.domain.disclosure import Cell, Status, Zeros
from guardian_desk.domain.text import spreadsheet_safe
from guardian_desk.errors import ValidationError
from guardian_desk.files import staged_file
from guardian_desk.services import access, audit
from guardian_desk.services.reports.names import DIMENSION_NAMES, category_name
from guardian_desk.services.reports.snapshot import ShownTable, Snapshot
from guardian_desk.storage.database import Database

EXPORT_FORMATS = ("pdf", "csv", "xlsx")
TOTAL_LABEL = "Total"
QUARTILE_HEADINGS = ("Number", "First quartile", "Median", "Third quartile")
HIDDEN = "*"  # a duration's days or a rate where its group's number is hidden

Label = Callable[[str, str], str]
# What a place of a table shows: a number, or the text of a hidden count ("<5", "*"), or ""
# where there is nothing to show (the days of an empty group).
# A rate is a Decimal with its two places ("56.00"), so every format writes them.
Entry = int | float | Decimal | str


@dataclass(frozen=True)
class Grid:
    """A table as rows of entries, the same for every format: the header (the rows'
    dimension, then the columns, then the total), the body rows, each with its category's
    name, and the total row."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, tuple[Entry, ...]], ...]
    total: tuple[Entry, ...]
    unit: str  # what is counted: cases, proceedings, children...
    measured: bool  # a duration's or a rate's: its groups' numbers and measures, no total


def _entry(cell: Cell) -> Entry:
    return cell.value if cell.status is Status.SHOWN and cell.value is not None else cell.text


def _days(value: float) -> Entry:
    return int(value) if float(value).is_integer() else round(value, 1)


def dimension_name(dimension: str) -> str:
    """A dimension as a reader names it (in English)."""
    return DIMENSION_NAMES.get(dimension, dimension.replace("_", " ").capitalize())


def table_grid(table: ShownTable, label: Label = category_name) -> Grid:
    """The table as the reader sees it, with ``label(dimension, category)`` naming each row
    and column. A duration's table has, for each group, its number and the quartiles of its
    days, a rate's its number and its rate to two decimals (``*`` where the number is
    hidden)."""
    spec = table.spec
    places: list[str | None] = [*table.rows, None]
    rows: list[tuple[str, tuple[Entry, ...]]] = []
    header: tuple[str, ...]
    if table.indicator.duration:
        header = (dimension_name(spec.rows), *QUARTILE_HEADINGS)
        for row in places:
            cell = table.cell(row)
            found = table.days.get(row)
            days: tuple[Entry, ...]
            if cell.status is not Status.SHOWN:
                days = (HIDDEN, HIDDEN, HIDDEN)
            elif found is None:
                days = ("", "", "")
            else:
                days = (_days(found.q1), _days(found.median), _days(found.q3))
            rows.append(("" if row is None else label(spec.rows, row), (_entry(cell), *days)))
    elif table.indicator.rate is not None:
        unit = table.indicator.unit.capitalize()  # hearings: the rate counts documents
        header = (dimension_name(spec.rows), unit, table.indicator.rate)
        for row in places:
            cell = table.cell(row)
            value = table.headline(row)
            rate: Entry
            if cell.status is not Status.SHOWN:
                rate = HIDDEN
            else:
                rate = "" if value is None else Decimal(f"{value:.2f}")
            rows.append(("" if row is None else label(spec.rows, row), (_entry(cell), rate)))
    else:
        columns: list[str | None] = list(table.columns)
        names = [label(spec.columns or "", c) for c in table.columns]
        header = (
            dimension_name(spec.rows),
            *names,
            TOTAL_LABEL if columns else table.indicator.unit.capitalize(),
        )
        for row in places:
            entries = tuple(_entry(table.cell(row, c)) for c in [*columns, None])
            rows.append(("" if row is None else label(spec.rows, row), entries))
    return Grid(
        spec.title,
        header,
        tuple(rows[:-1]),
        rows[-1][1],
        table.indicator.unit,
        table.indicator.measured,
    )


def rule_line(snapshot: Snapshot, table: ShownTable) -> str:
    """The disclosure rule of one table in a line (the notes give it in full)."""
    bound = snapshot.rule.threshold_for(table.sensitive)
    zeros = ", possibly none" if snapshot.rule.zeros is Zeros.HIDE else ""
    return (
        f"<{bound}: fewer than {bound}{zeros}; *: hidden so that no small count can be worked "
        "out. The rule is given in full in the notes."
    )


def filters_text(filters: Mapping[str, str], label: Label = category_name) -> str:
    """The filters of a snapshot in words: ``Jurisdiction: Germany; Sex: Female``."""
    return "; ".join(f"{dimension_name(d)}: {label(d, c)}" for d, c in filters.items()) or "None"


def made_at_text(snapshot: Snapshot) -> str:
    """When the snapshot was made, to the minute, in UTC."""
    return snapshot.made_at.strftime("%Y-%m-%d %H:%M UTC")


def export_snapshot(
    db: Database,
    snapshot: Snapshot,
    path: Path,
    fmt: str,
    *,
    label: Label = category_name,
    organisation: str | None = None,
) -> Path:
    """Write ``snapshot`` to ``path`` as ``fmt`` ("pdf", "csv" or "xlsx"), whole or not at
    all, and record the export in the audit log in the same transaction.

    The file is written in clear. The program's rule is that nothing leaves it in clear
    unless a person asked for a clear copy; a report is such a copy: anonymised statistics,
    small counts hidden by the disclosure rule, that a person explicitly asks to export in
    order to share them. The audit entry names the report, the period, the format and the
    filters, never a count.

    Args:
        label: names a category for the reader (``category_name``: in English).
        organisation: the organisation's name for the PDF's head and the XLSX's first
            sheet, or None to leave it out.

    Raises:
        AccessDeniedError: the signed-in person's role may not see reports.
        ValidationError: a format this function does not write.
        FileWriteError: the file cannot be written; nothing was saved nor recorded.
    """
    access.require(db, "see_reports")
    writers: dict[str, Callable[[Snapshot, Label, str | None], bytes]] = {
        "pdf": snapshot_pdf,
        "csv": snapshot_csv,
        "xlsx": snapshot_xlsx,
    }
    if fmt not in writers:
        raise ValidationError(
            f"A report is exported as {', '.join(EXPORT_FORMATS)}, not as '{fmt}'."
        )
    data = writers[fmt](snapshot, label, organisation)
    detail = {
        "report": snapshot.report.id,
        "from": snapshot.period.first.isoformat(),
        "to": snapshot.period.last.isoformat(),
        "format": fmt,
        "filters": dict(snapshot.filters),
    }
    target = Path(path)
    with staged_file(target, data, "The report") as put_in_place, db.unit_of_work() as session:
        audit.record(session, "report exported", detail=detail)
        session.flush()
        put_in_place()
    return target


# --- CSV ---------------------------------------------------------------------------------------


def snapshot_csv(
    snapshot: Snapshot, label: Label = category_name, organisation: str | None = None
) -> bytes:
    """The snapshot as one CSV file (UTF-8 with a byte order mark, which spreadsheets read as
    UTF-8): each table a block (its title, the header, the rows, the total row) and a blank
    line; then the notes, the disclosure rule first; the period, the filters and the report."""
    out = io.StringIO()
    writer = csv.writer(out)

    def line(*cells: Entry) -> None:
        writer.writerow([spreadsheet_safe(c) for c in cells])

    for table in snapshot.tables:
        grid = table_grid(table, label)
        line(grid.title)
        line(*grid.header)
        for name, entries in grid.rows:
            line(name, *entries)
        line(TOTAL_LABEL, *grid.total)
        writer.writerow([])
    line("Notes")
    for note in snapshot.notes:
        line(str(note))
    writer.writerow([])
    line("Period", snapshot.period.first.isoformat(), snapshot.period.last.isoformat())
    line("Filters", filters_text(snapshot.filters, label))
    line("Report", snapshot.report.title)
    if organisation:
        line("Organisation", organisation)
    line("Made at", made_at_text(snapshot))
    return out.getvalue().encode("utf-8-sig")


# --- XLSX --------------------------------------------------------------------------------------

_SHEET_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))
SHEET_NAME_MAX = 31


def sheet_names(titles: Sequence[str], taken: Sequence[str] = ()) -> list[str]:
    """A sheet name for each title: at most 31 characters, none of ``[]:*?/\\``, not
    starting or ending with an apostrophe, different from each other and from ``taken``
    (Excel compares them without regard to case)."""
    used = {t.casefold() for t in taken}
    names = []
    for title in titles:
        clean = " ".join(title.translate(_SHEET_FORBIDDEN).split()).strip("'") or "Table"
        name = clean[:SHEET_NAME_MAX].rstrip(" '")
        number = 2
        while name.casefold() in used or name.casefold() == "history":
            suffix = f" ({number})"
            name = clean[: SHEET_NAME_MAX - len(suffix)].rstrip(" '") + suffix
            number += 1
        used.add(name.casefold())
        names.append(name)
    return names


def snapshot_xlsx(
    snapshot: Snapshot, label: Label = category_name, organisation: str | None = None
) -> bytes:
    """The snapshot as a workbook: a first sheet "Report" (title, organisation, period,
    filters, notes), then a sheet per table. Shown counts are numbers; hidden ones the text
    the snapshot shows; text is always stored as text, never as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    bold = Font(bold=True)
    heading = Font(bold=True, size=14)
    small = Font(italic=True, size=9, color="555555")
    fill = PatternFill("solid", fgColor="E8EDF3")
    above = Border(top=Side(style="thin"))
    wrap = Alignment(wrap_text=True, vertical="top")

    def put(sheet: Worksheet, row: int, column: int, value: Entry, font: Font | None = None) -> Any:
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, int | float | Decimal):
            cell.value = value
            if isinstance(value, Decimal):
                cell.number_format = "0.00"
        else:
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", spreadsheet_safe(value))
            cell.data_type = "s"  # text, whatever it starts with: never a formula
            if value.startswith("<") or value == HIDDEN:
                cell.alignment = Alignment(horizontal="right")
        if font is not None:
            cell.font = font
        return cell

    book = Workbook()
    front = book.active
    assert front is not None
    front.title = "Report"
    put(front, 1, 1, snapshot.report.title, heading)
    facts: list[tuple[str, str]] = []
    if snapshot.report.description:
        facts.append(("Description", snapshot.report.description))
    if organisation:
        facts.append(("Organisation", organisation))
    facts += [
        ("From", snapshot.period.first.isoformat()),
        ("To", snapshot.period.last.isoformat()),
        ("Filters", filters_text(snapshot.filters, label)),
        ("Made at", made_at_text(snapshot)),
    ]
    row = 3
    for name, value in facts:
        put(front, row, 1, name, bold)
        put(front, row, 2, value).alignment = wrap
        row += 1
    row += 1
    put(front, row, 1, "Notes", bold)
    for note in snapshot.notes:
        put(front, row, 2, str(note)).alignment = wrap
        row += 1
    front.column_dimensions["A"].width = 16
    front.column_dimensions["B"].width = 100

    titles = [t.spec.title for t in snapshot.tables]
    for table, name in zip(snapshot.tables, sheet_names(titles, ["Report"]), strict=True):
        sheet = book.create_sheet(name)
        grid = table_grid(table, label)
        put(sheet, 1, 1, grid.title, heading)
        for column, text in enumerate(grid.header, start=1):
            cell = put(sheet, 3, column, text, bold)
            cell.fill = fill
            cell.alignment = Alignment(
                horizontal="left" if column == 1 else "right", wrap_text=True, vertical="bottom"
            )
        row = 4
        for category, entries in [*grid.rows, (TOTAL_LABEL, grid.total)]:
            total = row == 4 + len(grid.rows)
            put(sheet, row, 1, category, bold if total else None)
            for column, entry in enumerate(entries, start=2):
                cell = put(
                    sheet,
                    row,
                    column,
                    entry,
                    bold if total or (column == len(grid.header) and not grid.measured) else None,
                )
            if total:
                for column in range(1, len(grid.header) + 1):
                    sheet.cell(row=row, column=column).border = above
            row += 1
        put(sheet, row + 1, 1, rule_line(snapshot, table), small)
        longest = max([len(grid.header[0]), *(len(n) for n, _ in grid.rows), len(TOTAL_LABEL)])
        sheet.column_dimensions["A"].width = min(max(longest + 2, 14), 70)
        for column, text in enumerate(grid.header[1:], start=2):
            sheet.column_dimensions[get_column_letter(column)].width = min(
                max(len(text) + 2, 10), 24
            )
        sheet.freeze_panes = "B4"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- PDF ---------------------------------------------------------------------------------------


def snapshot_pdf(
    snapshot: Snapshot, label: Label = category_name, organisation: str | None = None
) -> bytes:
    """The snapshot as an A4 report with its charts as vector graphics (``report_pdf.py``)."""
    from guardian_desk.services.reports.report_pdf import render

    return render(snapshot, label, organisation)
