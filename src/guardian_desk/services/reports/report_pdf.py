"""A report's snapshot as an A4 PDF: the organisation, the report's title and description,
the period, the filters and when it was made at the head; each table with the rule in a line
under it and its chart; the notes, the disclosure rule first, at the end; "Page X of Y" at
the foot of every page.

Text of any script is set in the shipped fonts (``filings.pdf_paragraph``: Noto Serif, Noto
Naskh Arabic shaped by HarfBuzz, Noto Sans Ethiopic), and so are the charts. A chart stays
vector graphics: matplotlib draws it as a one-page PDF of its own (its text in the same
fonts, embedded as TrueType so that it can be searched and copied), reportlab leaves a place
of its size in the flow of the report, and pypdf lays the chart's page over that place
(``PageObject.merge_transformed_page``). No picture is made, and nothing is added to the
program's dependencies.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from guardian_desk.resources import resource_path
from guardian_desk.services import filings
from guardian_desk.services.reports.charts import figure
from guardian_desk.services.reports.exports import (
    TOTAL_LABEL,
    Entry,
    Grid,
    filters_text,
    made_at_text,
    rule_line,
    table_grid,
)
from guardian_desk.services.reports.snapshot import ShownTable, Snapshot

Label = Callable[[str, str], str]

INK = "#1F2933"
MUTED = "#5B6770"
RULE = "#4A5A6A"
HEAD_FILL = "#E8EDF3"
STRIPE = "#F6F8FA"
MARGIN_CM = 2.0
CHART_SHARE = 0.9  # at most this share of a page's height for one chart
SHRINK_TO_FIT = 0.7  # a chart is made this much smaller at most to fit at a page's foot
# The fonts the charts are drawn in, as matplotlib names them, with their files: the first
# that has a character draws it (matplotlib's font fallback), as the report's text does.
CHART_FONTS = {
    "Noto Serif": ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
    "Noto Naskh Arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "Noto Sans Ethiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
}


def _long_date(day: date) -> str:
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale="en")


@cache
def _chart_fonts() -> None:
    """Make the shipped fonts known to matplotlib, once."""
    from matplotlib import font_manager

    for files in CHART_FONTS.values():
        for file in files:
            font_manager.fontManager.addfont(str(resource_path("fonts", file)))


def chart_pdf(table: ShownTable, label: Label, width: float) -> tuple[bytes, float] | None:
    """The table's chart ``width`` inches wide as a one-page vector PDF, and its height in
    inches; None when the table has no chart."""
    import matplotlib

    _chart_fonts()
    with matplotlib.rc_context(
        {
            "font.family": [*CHART_FONTS, "DejaVu Sans"],  # matplotlib's own, for the rest
            "font.size": 9,
            "axes.unicode_minus": False,  # a hyphen: every font has one
            "pdf.fonttype": 42,  # TrueType: the chart's words can be searched and copied
            "text.parse_math": False,  # a "$" in a forum's name is a dollar sign, not TeX
        }
    ):
        drawn = figure(table, label, width=width)
        if drawn is None:
            return None
        out = io.BytesIO()
        drawn.savefig(out, format="pdf", transparent=True, metadata={"Creator": None})
    return out.getvalue(), float(drawn.get_size_inches()[1])


@dataclass
class _Placed:
    """Where a chart's place was drawn: the page (from 1), its lower left corner and its
    size, in points."""

    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass
class _Charts:
    """The charts of a report with the places the layout gave them."""

    pdfs: list[bytes] = field(default_factory=list)
    placed: dict[int, _Placed] = field(default_factory=dict)


def _chart_place(charts: _Charts, index: int, width: float, height: float) -> Any:
    """A flowable that takes the room of chart ``index`` and remembers where it went. Where
    most of the chart fits at the foot of a page it is made a little smaller to fit there,
    rather than leave the rest of the page empty."""
    from reportlab.platypus import Flowable

    class ChartPlace(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width, self.height = width, height

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            scale = 1.0
            if SHRINK_TO_FIT * height <= available_height < height:
                scale = available_height / height
            self.width, self.height = width * scale, height * scale
            return self.width, self.height

        def draw(self) -> None:
            x, y = self.canv.absolutePosition(0, 0)
            page = self.canv.getPageNumber()
            charts.placed[index] = _Placed(page, x, y, self.width, self.height)

    return ChartPlace()


def _lay_charts(report: bytes, charts: _Charts) -> bytes:
    """The report with each chart's page laid over its place, as vector graphics."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(report)))
    for index, place in sorted(charts.placed.items()):
        chart = PdfReader(io.BytesIO(charts.pdfs[index])).pages[0]
        scale = place.width / float(chart.mediabox.width)
        moved = Transformation().scale(scale, scale).translate(place.x, place.y)
        writer.pages[place.page - 1].merge_transformed_page(chart, moved)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _footed_canvas(left_text: str) -> Any:
    """A canvas that writes the report's name and "Page X of Y" at the foot of every page."""
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = filings.register_pdf_fonts()

    def foot(canvas: Any, page_number: int, total: int) -> None:
        width, _height = canvas._pagesize
        left, right, base = MARGIN_CM * cm, width - MARGIN_CM * cm, 1.2 * cm
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(RULE))
        canvas.setLineWidth(0.4)
        canvas.line(left, base + 11, right, base + 11)
        canvas.setFillColor(colors.HexColor(MUTED))
        page = f"Page {page_number} of {total}"
        room = right - left - stringWidth(page, font, 8) - 24
        text = left_text
        while text and stringWidth(text, font, 8) > room:
            text = text[:-2] + "…"
        filings.draw_pdf_line(canvas, left, base, text, 8)
        filings.draw_pdf_line(canvas, right, base, page, 8, anchor="right")
        canvas.restoreState()

    return filings.numbered_pdf_canvas(foot)


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        font = filings.register_pdf_fonts()
        bold = f"{font}-Bold"
        ink, muted = colors.HexColor(INK), colors.HexColor(MUTED)
        base = ParagraphStyle("base", fontName=font, fontSize=10, leading=13.5, textColor=ink)
        self.font, self.bold = font, bold
        self.organisation = ParagraphStyle(
            "organisation", parent=base, fontName=bold, fontSize=10, textColor=muted, spaceAfter=4
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=20, leading=25, spaceAfter=6
        )
        self.description = ParagraphStyle("description", parent=base, spaceAfter=10)
        self.fact_name = ParagraphStyle("fact_name", parent=base, textColor=muted, fontSize=9.5)
        self.fact = ParagraphStyle("fact", parent=base, fontSize=9.5, leading=12.5)
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=18,
            spaceAfter=6,
            keepWithNext=1,  # a table's title never ends a page
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold)
        self.head_number = ParagraphStyle("head_number", parent=self.head, alignment=TA_RIGHT)
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=muted, spaceBefore=4
        )
        self.note = ParagraphStyle("note", parent=base, fontSize=9.5, leading=13, spaceAfter=5)


def _text(text: str, style: Any) -> Any:
    """A paragraph of any script in ``style`` (its other scripts bold where it is)."""
    return filings.pdf_paragraph(text, style, bold=style.fontName.endswith("-Bold"))


def _number(entry: Entry) -> str:
    if isinstance(entry, Decimal):
        return f"{entry:,.2f}"  # a rate, to its two places
    if isinstance(entry, int | float):
        return f"{entry:,}"  # as rounded: a whole or a half day
    return entry


def _table(grid: Grid, styles: _Styles, width: float) -> Any:
    """A table with its header row repeated on every page it runs over, the total row (and
    the total column) in bold."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    columns = len(grid.header)
    first = width * (
        0.7 if columns == 2 else 0.42 if columns <= 4 else 0.34 if columns <= 6 else 0.28
    )
    widths = [first] + [(width - first) / (columns - 1)] * (columns - 1)
    data: list[list[Any]] = [
        [_text(grid.header[0], styles.head)]
        + [_text(h, styles.head_number) for h in grid.header[1:]]
    ]
    for name, entries in grid.rows:
        data.append([_text(name, styles.cell), *(_number(e) for e in entries)])
    data.append([TOTAL_LABEL, *(_number(e) for e in grid.total)])
    rule = colors.HexColor(RULE)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.font, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_FILL)),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, rule),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, rule),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, rule),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, rule),
        ("FONT", (0, -1), (-1, -1), styles.bold, 9),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if len(data) > 2:
        commands.append(
            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor(STRIPE)])
        )
    if not grid.measured and columns > 2:
        commands.append(("FONT", (-1, 1), (-1, -1), styles.bold, 9))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _facts(snapshot: Snapshot, label: Label, styles: _Styles, width: float) -> Any:
    from reportlab.platypus import Table, TableStyle

    period = snapshot.period
    rows = [
        ("Period", f"{_long_date(period.first)} to {_long_date(period.last)}"),
        ("Filters", filters_text(snapshot.filters, label)),
        ("Made", made_at_text(snapshot)),
    ]
    data = [[_text(n, styles.fact_name), _text(v, styles.fact)] for n, v in rows]
    table = Table(data, colWidths=[width * 0.16, width * 0.84], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.font),  # nothing falls back to Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def render(snapshot: Snapshot, label: Label, organisation: str | None = None) -> bytes:
    """The snapshot as PDF bytes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm, inch
    from reportlab.platypus import BaseDocTemplate, Frame, HRFlowable, PageTemplate, Spacer

    styles = _Styles()
    report = snapshot.report
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_CM * cm,
        rightMargin=MARGIN_CM * cm,
        topMargin=MARGIN_CM * cm,
        bottomMargin=MARGIN_CM * cm + 0.4 * cm,
        title=report.title,
        author=organisation or "Guardian Desk",
        subject=report.description,
        creator="Guardian Desk",
        initialFontName=styles.font,
        lang="en",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    flow: list[Any] = []
    if organisation:
        flow.append(_text(organisation, styles.organisation))
    flow.append(_text(report.title, styles.title))
    if report.description:
        flow.append(_text(report.description, styles.description))
    flow.append(_facts(snapshot, label, styles, doc.width))
    flow.append(Spacer(1, 6))
    flow.append(HRFlowable(width="100%", thickness=1.2, color=colors.HexColor(RULE)))
    charts = _Charts()
    tallest = doc.height * CHART_SHARE
    for table in snapshot.tables:
        grid = table_grid(table, label)
        flow.append(_text(grid.title, styles.heading))
        flow.append(_table(grid, styles, doc.width))
        if not grid.rows:
            nothing = f"No {grid.unit} were counted in the period."
            flow.append(_text(nothing, styles.small))
        flow.append(_text(rule_line(snapshot, table), styles.small))
        drawn = chart_pdf(table, label, doc.width / inch)
        if drawn is not None:
            data, height = drawn
            width, tall = doc.width, height * inch
            if tall > tallest:  # a long list of forums: the chart made smaller, whole
                width, tall = width * tallest / tall, tallest
            flow.append(Spacer(1, 8))
            flow.append(_chart_place(charts, len(charts.pdfs), width, tall))
            charts.pdfs.append(data)
    flow.append(_text("Notes", styles.heading))
    for note in snapshot.notes:
        flow.append(_text(str(note), styles.note))
    foot = report.title + (f" · {organisation}" if organisation else "")
    doc.build(flow, canvasmaker=_footed_canvas(foot))
    return _lay_charts(buffer.getvalue(), charts)
