"""A report's snapshot exported as CSV, XLSX and PDF: each file read back as a reader's
program reads it, hidden counts still hidden, text never taken for a formula, the chart in
vector graphics, every export in the audit log, a role without reports refused, and a write
that fails leaving nothing behind."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from guardian_desk.domain.disclosure import Status
from guardian_desk.errors import AccessDeniedError, ValidationError
from guardian_desk.files import FileWriteError
from guardian_desk.services import audit, reports
from guardian_desk.services.reports import exports
from guardian_desk.services.reports.exports import sheet_names
from guardian_desk.storage import models as m
from guardian_desk.storage.database import Database
from tests.conftest import AS_OF

FIRST, LAST = date(2026, 1, 1), AS_OF
ORGANISATION = "Kinderrechte Berlin e.V."
# Forums are typed by people: names a spreadsheet would run as formulas.
FORMULAS = ('=HYPERLINK("http://x")', "-1+2", "@SUM(1+1)")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the exported files alone (``tmp_path`` holds the demo database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# An organisation's report with the tables of the shipped "proceedings" and "time" reports:
# counts, forums and durations in one file.
BOTH = "Proceedings, deadlines and time"


@pytest.fixture
def snapshot(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[reports.Snapshot]:
    """That report of the demo data, with three forums renamed as formulas."""
    from guardian_desk.resources import resource_path
    from guardian_desk.services.reports.definitions import REPORTS_ENV, load_reports

    folder = tmp_path / "reports"
    folder.mkdir()
    shipped = resource_path("reports")
    tables = [
        text[text.index("[[tables]]") :]
        for text in (
            (shipped / "proceedings.toml").read_text(encoding="utf-8"),
            (shipped / "time.toml").read_text(encoding="utf-8"),
        )
    ]
    (folder / "both.toml").write_text(
        f'id = "both"\ntitle = "{BOTH}"\n\n' + "\n".join(tables), encoding="utf-8"
    )
    monkeypatch.setenv(REPORTS_ENV, str(folder))
    load_reports.cache_clear()
    before = reports.make_snapshot(demo_db, "both", FIRST, LAST, today=AS_OF)
    forums = before.table("proceedings-forum").rows
    with demo_db.unit_of_work() as session:
        for old, new in zip(forums, FORMULAS, strict=False):
            session.execute(
                update(m.Proceeding).where(m.Proceeding.forum_name == old).values(forum_name=new)
            )
    yield reports.make_snapshot(demo_db, "both", FIRST, LAST, today=AS_OF)
    load_reports.cache_clear()


def _export(db: Database, snapshot: reports.Snapshot, folder: Path, fmt: str) -> Path:
    path = reports.export_snapshot(
        db, snapshot, folder / f"report.{fmt}", fmt, organisation=ORGANISATION
    )
    assert path == folder / f"report.{fmt}"
    return path


def _expected(table: reports.ShownTable) -> list[list[str]]:
    """The rows of a table as the snapshot shows them (names, then each place's text)."""
    name = reports.category_name
    rows: list[list[str]] = []
    for row in [*table.rows, None]:
        label = "Total" if row is None else name(table.spec.rows, row)
        if table.indicator.duration:
            cell = table.cell(row)
            days = table.days.get(row)
            if cell.status is not Status.SHOWN:
                quartiles = ["*", "*", "*"]
            elif days is None:
                quartiles = ["", "", ""]
            else:
                quartiles = [f"{v:g}" for v in (days.q1, days.median, days.q3)]
            rows.append([label, cell.text, *quartiles])
        else:
            columns: list[str | None] = [*table.columns, None]
            rows.append([label, *(table.cell(row, c).text for c in columns)])
    return rows


def _safe(text: str) -> str:
    return "'" + text if text[:1] in DANGEROUS else text


def _words(text: str) -> str:
    return " ".join(text.split())


# --- CSV ---------------------------------------------------------------------------------------


def _csv_blocks(path: Path) -> tuple[dict[str, list[list[str]]], list[list[str]]]:
    """The tables of an exported CSV by title (header and rows), and the lines after them."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: a spreadsheet reads it right
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    blocks: dict[str, list[list[str]]] = {}
    at = 0
    while lines[at] != ["Notes"]:
        end = lines.index([], at)
        blocks[lines[at][0]] = lines[at + 1 : end]
        at = end + 1
    return blocks, lines[at:]


def test_csv_shows_what_the_snapshot_shows(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    blocks, rest = _csv_blocks(_export(demo_db, snapshot, out, "csv"))
    assert list(blocks) == [t.spec.title for t in snapshot.tables]
    hidden = set()
    for table in snapshot.tables:
        header, *rows = blocks[table.spec.title]
        assert header[0] == reports.DIMENSION_NAMES[table.spec.rows]
        if table.indicator.duration:
            assert header[1:] == ["Number", "First quartile", "Median", "Third quartile"]
        elif table.columns:
            assert header[-1] == "Total"
        assert rows == [[_safe(c) for c in row] for row in _expected(table)]
        hidden |= {c for row in rows for c in row[1:] if c in ("<5", "*")}
    assert hidden == {"<5", "*"}
    # a duration's days are hidden with the number of its group
    decisions = {r[0]: r[1:] for r in blocks[snapshot.table("decision-kind").spec.title]}
    assert any(v[0] != "*" and v[1] != "*" for v in decisions.values())
    assert all(v[1:] == ["*", "*", "*"] for v in decisions.values() if v[0] in ("<5", "*"))
    # the notes, the disclosure rule first; the period; the report
    assert rest[0] == ["Notes"]
    assert rest[1] == [str(snapshot.notes[0])]
    assert "are shown as <5" in rest[1][0]
    assert ["Period", "2026-01-01", "2026-11-26"] in rest
    assert ["Report", BOTH] in rest
    assert ["Organisation", ORGANISATION] in rest


def test_a_rate_is_exported_beside_its_number_and_hidden_with_it(
    demo_db: Database, out: Path
) -> None:
    """Court-readiness of files: each group's hearings and its share of documents ready,
    to two decimals, in the CSV and as numbers in the XLSX; ``*`` where the number is
    hidden."""
    made = reports.make_snapshot(demo_db, "readiness", FIRST, LAST, today=AS_OF)
    table = made.table("documents-jurisdiction")
    blocks, _rest = _csv_blocks(_export(demo_db, made, out, "csv"))
    header, *rows = blocks[table.spec.title]
    assert header == ["Jurisdiction", "Children", "% of documents court-ready"]
    for row, key in zip(rows, [*table.rows, None], strict=True):
        value = table.headline(key)
        if table.cell(key).status is Status.SHOWN:
            assert value is not None
            assert row[1:] == [table.cell(key).text, f"{value:.2f}"]
        else:
            assert row[2] == "*"
    from openpyxl import load_workbook

    book = load_workbook(_export(demo_db, made, out, "xlsx"))
    total = _sheet_rows(book[book.sheetnames[1 + made.tables.index(table)]])[-1]
    whole = table.headline(None)
    assert whole is not None
    assert total[-1] == pytest.approx(round(whole, 2))
    assert isinstance(total[-1], float)  # a number in the sheet, shown with two places


def test_csv_cells_are_never_formulas(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    blocks, rest = _csv_blocks(_export(demo_db, snapshot, out, "csv"))
    names = [row[0] for row in blocks["Proceedings active, by forum"]]
    assert '\'=HYPERLINK("http://x")' in names
    assert "'-1+2" in names
    assert "'@SUM(1+1)" in names
    every = [c for block in blocks.values() for row in block for c in row] + [
        c for row in rest for c in row
    ]
    assert not [c for c in every if c[:1] in DANGEROUS]


# --- XLSX --------------------------------------------------------------------------------------


def _sheet_rows(sheet: Any) -> list[list[Any]]:
    """A table's rows, from under its header to the first empty row."""
    rows = []
    for row in sheet.iter_rows(min_row=4, values_only=True):
        if not row[0]:
            break
        rows.append(list(row))
    return rows


def test_xlsx_numbers_are_numbers_and_hidden_counts_text(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    from openpyxl import load_workbook

    path = _export(demo_db, snapshot, out, "xlsx")
    book = load_workbook(path)
    assert book.sheetnames[0] == "Report"
    front = [c for row in book["Report"].iter_rows(values_only=True) for c in row if c]
    assert BOTH in front
    assert ORGANISATION in front
    assert str(snapshot.notes[0]) in front
    assert {"2026-01-01", "2026-11-26"} <= set(front)
    assert len(book.sheetnames) == len(snapshot.tables) + 1
    for table, name in zip(snapshot.tables, book.sheetnames[1:], strict=True):
        sheet = book[name]
        assert sheet["A1"].value == table.spec.title
        assert sheet["A3"].value == reports.DIMENSION_NAMES[table.spec.rows]
        rows = _sheet_rows(sheet)
        expected = _expected(table)
        assert len(rows) == len(expected)
        for got, want in zip(rows, expected, strict=True):
            assert got[0] == _safe(want[0])
            for value, text in zip(got[1:], want[1:], strict=False):
                if text in ("<5", "*"):
                    assert value == text
                elif text:
                    assert isinstance(value, int | float)
                    assert f"{value:g}" == text


def test_xlsx_text_is_stored_as_text_never_as_a_formula(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    from openpyxl import load_workbook

    path = _export(demo_db, snapshot, out, "xlsx")
    book = load_workbook(path)
    place = [t.spec.id for t in snapshot.tables].index("proceedings-forum")
    forums = book[book.sheetnames[1 + place]]
    cells = {c.value: c for row in forums.iter_rows() for c in row if isinstance(c.value, str)}
    for formula in FORMULAS:
        cell = cells[_safe(formula)]
        assert cell.data_type == "s"
    every = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c for c in every if c.data_type == "f"]
    assert not [c for c in every if isinstance(c.value, str) and c.value[:1] in DANGEROUS]
    with zipfile.ZipFile(path) as archive:
        xml = "".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")
        )
    assert not re.search(r"<f[ >]", xml)  # no formula anywhere in the file
    for name in book.sheetnames:
        assert len(name) <= 31
        assert not set(name) & set("[]:*?/\\")
    assert len({n.casefold() for n in book.sheetnames}) == len(book.sheetnames)


def test_sheet_names_are_short_unique_and_allowed() -> None:
    titles = [
        "Cases active, by nationality and sex",
        "Cases active, by nationality and sex, again",
        "What? [draft] a/b: c*d\\e",
        "report",
        "'quoted'",
        "",
    ]
    names = sheet_names(titles, ["Report"])
    assert names == [
        "Cases active, by nationality an",
        "Cases active, by nationalit (2)",
        "What draft a b c d e",
        "report (2)",  # Excel tells names apart without regard to case
        "quoted",
        "Table",
    ]
    for name in names:
        assert 0 < len(name) <= 31
        assert not set(name) & set("[]:*?/\\")


# --- PDF ---------------------------------------------------------------------------------------


def _images(resources: Any) -> Iterator[Any]:
    """The image XObjects of a page's resources, inside form XObjects too."""
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    for item in (xobjects or {}).values():
        found = item.get_object()
        if found.get("/Subtype") == "/Image":
            yield found
        elif found.get("/Subtype") == "/Form":
            yield from _images(found.get("/Resources"))


def test_pdf_reads_back_with_its_tables_rule_and_vector_charts(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    from pypdf import PdfReader

    path = _export(demo_db, snapshot, out, "pdf")
    reader = PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    text = _words("\n".join(pages))
    assert pages[0].lstrip().startswith(ORGANISATION)
    assert BOTH in pages[0]
    assert "1 January 2026 to 26 November 2026" in text
    assert (reader.metadata or {}).get("/Title") == snapshot.report.title
    for table in snapshot.tables:
        assert _words(table.spec.title) in text
    for row in snapshot.table("proceedings-kind-outcome").rows:
        assert reports.category_name("kind", row) in text
    assert '=HYPERLINK("http://x")' in text  # a PDF runs nothing: the name as it is
    assert _words(str(snapshot.notes[0])) in text  # the rule, in full, in the notes
    assert text.index(_words(str(snapshot.notes[0]))) > text.index("Notes")
    assert "<5: fewer than 5; *: hidden so that no small count can be worked out" in text
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    # The charts are vector graphics: no picture anywhere, their words are text.
    assert not [i for page in reader.pages for i in _images(page.get("/Resources"))]
    assert "days (median)" in text  # the duration chart's axis
    assert "* hidden to protect the children counted" in text  # a chart's own note
    charted = [p for p in pages if "days (median)" in p]
    assert charted
    assert any("Asylum" in p or "Guardianship" in p for p in charted)  # the kinds of one


def test_pdf_without_an_organisation_and_with_filters(demo_db: Database, out: Path) -> None:
    from pypdf import PdfReader

    filtered = reports.make_snapshot(
        demo_db, "caseload", FIRST, LAST, {"jurisdiction": "DE-BE"}, today=AS_OF
    )
    path = reports.export_snapshot(demo_db, filtered, out / "c.pdf", "pdf")
    text = _words("\n".join(p.extract_text() for p in PdfReader(path).pages))
    assert text.startswith("Caseload")
    assert "Filters Jurisdiction: Berlin, Germany" in text
    assert ORGANISATION not in text


def test_names_in_any_script_are_set_in_the_shipped_fonts(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    """Arabic and Ethiopic forums, in the table and in its chart, and an organisation's
    name in Arabic: every font is one of the shipped ones, embedded."""
    from pypdf import PdfReader

    forums = snapshot.table("proceedings-forum").rows
    with demo_db.unit_of_work() as session:
        for old, new in zip(forums[-2:], ("محكمة الأسرة في عمّان", "ፍርድ ቤት አዲስ አበባ"), strict=True):
            session.execute(
                update(m.Proceeding).where(m.Proceeding.forum_name == old).values(forum_name=new)
            )
    renamed = reports.make_snapshot(demo_db, "proceedings", FIRST, LAST, today=AS_OF)
    path = reports.export_snapshot(
        demo_db, renamed, out / "r.pdf", "pdf", organisation="جمعية حقوق الطفل"
    )
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(path).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"NotoSerif-Regular", "NotoSerif-Bold", "NotoNaskhArabic-Regular"} <= fonts
    assert "NotoSansEthiopic-Regular" in fonts
    assert all(f.startswith("Noto") for f in fonts), fonts  # no Helvetica left unembedded


# --- audit, access, failures ---------------------------------------------------------------------


def test_every_export_is_in_the_audit_log_without_counts(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    for fmt in reports.EXPORT_FORMATS:
        _export(demo_db, snapshot, out, fmt)
    found = audit.entries(demo_db, audit.AuditFilter(action="report exported"))
    assert sorted(e.detail["format"] for e in found) == ["csv", "pdf", "xlsx"]
    for entry in found:
        assert entry.detail == {
            "report": "both",
            "from": "2026-01-01",
            "to": "2026-11-26",
            "format": entry.detail["format"],
            "filters": {},
        }


def test_an_unknown_format_is_refused(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    with pytest.raises(ValidationError, match="pdf, csv, xlsx"):
        reports.export_snapshot(demo_db, snapshot, out / "r.html", "html")
    assert not list(out.iterdir())


def test_a_clerk_may_not_export_a_report_and_the_data_protection_officer_may(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    from guardian_desk.services import security
    from guardian_desk.services.security.users import DEMO_USERS

    users = {role: name for name, role, _kind in DEMO_USERS}
    security.add_demo_users(demo_db)
    security.sign_in(demo_db, users["clerk"], security.DEMO_PASSPHRASE)
    with pytest.raises(AccessDeniedError):
        reports.export_snapshot(demo_db, snapshot, out / "r.csv", "csv")
    assert not (out / "r.csv").exists()
    demo_db.person = None
    security.sign_in(demo_db, users["data_protection_officer"], security.DEMO_PASSPHRASE)
    own = reports.make_snapshot(demo_db, "caseload", FIRST, LAST, today=AS_OF)
    reports.export_snapshot(demo_db, own, out / "r.csv", "csv")
    assert (out / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    demo_db.person = None


def _exported(db: Database) -> int:
    with db.reading() as session:
        rows = session.scalars(
            select(m.AuditEntry.id).where(m.AuditEntry.action == "report exported")
        )
        return len(list(rows))


@pytest.mark.fault
def test_a_folder_as_the_target_leaves_nothing(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    target = out / "report.pdf"
    target.mkdir()
    with pytest.raises(
        FileWriteError, match=r"The report was not written: report\.pdf is a folder"
    ):
        reports.export_snapshot(demo_db, snapshot, target, "pdf")
    assert list(out.iterdir()) == [target]
    assert not list(target.iterdir())
    assert _exported(demo_db) == 0


@pytest.mark.fault
@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_leaves_nothing(
    demo_db: Database, snapshot: reports.Snapshot, out: Path
) -> None:
    folder = out / "shared"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(FileWriteError, match="permission denied"):
            reports.export_snapshot(demo_db, snapshot, folder / "report.xlsx", "xlsx")
        assert not list(folder.iterdir())
    finally:
        folder.chmod(0o700)
    assert _exported(demo_db) == 0


@pytest.mark.fault
def test_a_folder_that_refuses_the_file_leaves_nothing(
    demo_db: Database, snapshot: reports.Snapshot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a read-only folder does for anyone but root (the tests may run as root)."""
    import errno
    import tempfile

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(FileWriteError, match="may not be written"):
        reports.export_snapshot(demo_db, snapshot, out / "report.pdf", "pdf")
    assert not list(out.iterdir())
    assert _exported(demo_db) == 0


@pytest.mark.fault
def test_a_failed_audit_entry_leaves_the_earlier_file_as_it_was(
    demo_db: Database, snapshot: reports.Snapshot, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file and its audit entry exist together or not at all."""
    target = out / "report.csv"
    target.write_bytes(b"the report of last month")

    def refuse(*_args: Any, **_kwargs: Any) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports.audit, "record", refuse)
    with pytest.raises(OSError, match="No space left"):
        reports.export_snapshot(demo_db, snapshot, target, "csv")
    assert target.read_bytes() == b"the report of last month"
    assert [p.name for p in out.iterdir()] == ["report.csv"]


def test_the_rule_line_follows_the_rule(snapshot: reports.Snapshot) -> None:
    line = exports.rule_line(snapshot, snapshot.tables[0])
    assert re.match(r"<5: fewer than 5; \*: hidden", line)
