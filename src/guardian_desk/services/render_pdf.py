"""A filing drawn as PDF with reportlab, as a court expects to receive it.

Caption (a box with the parties and the docket number, or the court centred above the
matter), a centred title, numbered paragraphs, lists, tables, a signature block, a
certificate of service, an exhibit list; "Page X of Y" and the docket number at the foot of
every page; pleading paper (lines numbered in the left margin) where the forum's caption style
asks for it; a bookmark per title and heading; the fonts embedded (Noto Serif, shipped in
``resources/fonts``); title, author and subject in the document's properties.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from guardian_desk.domain import filing as model
from guardian_desk.resources import resource_path

FONT = "NotoSerif"
FONT_FILES = {
    FONT: "NotoSerif-Regular.ttf",
    f"{FONT}-Bold": "NotoSerif-Bold.ttf",
    f"{FONT}-Italic": "NotoSerif-Italic.ttf",
    f"{FONT}-BoldItalic": "NotoSerif-BoldItalic.ttf",
}
SIZE = 12
PLEADING_LINES = 28  # numbered lines on a page of pleading paper


@cache
def register_fonts() -> str:
    """Register the shipped serif family once; its name."""
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Italic",
        boldItalic=f"{FONT}-BoldItalic",
    )
    return FONT


class _Styles:
    def __init__(self, leading: float) -> None:
        base = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=leading)
        self.body = ParagraphStyle(
            "para", parent=base, alignment=TA_JUSTIFY, spaceAfter=leading / 2
        )
        self.numbered = ParagraphStyle("numbered", parent=self.body, firstLineIndent=0.5 * inch)
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=f"{FONT}-Bold",
            fontSize=SIZE + 1,
            alignment=TA_CENTER,
            spaceBefore=leading / 2,
            spaceAfter=leading,
        )
        self.heading = ParagraphStyle(
            "heading", parent=base, fontName=f"{FONT}-Bold", spaceBefore=leading / 2, spaceAfter=4
        )
        self.centre = ParagraphStyle("centre", parent=base, alignment=TA_CENTER)
        self.court = ParagraphStyle("court", parent=self.centre, fontName=f"{FONT}-Bold")
        self.left = ParagraphStyle("left", parent=base, alignment=TA_LEFT, leading=SIZE * 1.25)
        self.right = ParagraphStyle("right", parent=self.left, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=SIZE - 1, leading=SIZE * 1.2)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=f"{FONT}-Bold")


def _text(value: str) -> str:
    return escape(value)


class _Bookmark(Flowable):
    """An invisible mark: a bookmark (outline entry) at this point of the document."""

    def __init__(self, title: str, level: int) -> None:
        super().__init__()
        self.title = title
        self.level = level
        self.width = self.height = 0

    def draw(self) -> None:
        key = f"b{id(self)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, level=self.level, closed=False)


def _numbered_canvas(filing: model.Filing) -> type[pdfcanvas.Canvas]:
    """A canvas that writes "Page X of Y" and the footer once every page is known."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The shipped font from the first page on: nothing falls back to Helvetica, which
            # would not be embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._foot(total)
                super().showPage()
            super().save()

        def _foot(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setStrokeColor(colors.grey)
            self.setLineWidth(0.5)
            self.line(inch, 0.72 * inch, width - inch, 0.72 * inch)
            self.setFont(FONT, 9)
            self.setFillColor(colors.black)
            left = filing.footer
            if filing.caption and filing.caption.docket:
                left = f"{left} — {filing.caption.docket_label} {filing.caption.docket}"
            page = f"Page {self._pageNumber} of {total}"
            room = width - 2 * inch - self.stringWidth(page, FONT, 9) - 18
            while left and self.stringWidth(left, FONT, 9) > room:
                left = left[:-2] + "…"
            self.drawString(inch, 0.5 * inch, left)
            self.drawRightString(width - inch, 0.5 * inch, page)
            self.restoreState()

    return NumberedCanvas


def _decorate(filing: model.Filing, leading: float, top: float) -> Any:
    """What every page carries beyond its text: pleading-paper line numbers, marks."""

    def on_page(canv: pdfcanvas.Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canv.saveState()
        if filing.line_numbers:
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.6)
            x = doc.leftMargin - 0.12 * inch
            low, high = doc.bottomMargin - 6, height - 0.4 * inch
            canv.line(x, low, x, high)
            canv.line(x - 2, low, x - 2, high)
            right = width - doc.rightMargin + 0.1 * inch
            canv.line(right, low, right, high)
            canv.setFont(FONT, 10)
            for line in range(1, PLEADING_LINES + 1):
                y = height - top - line * leading + 4
                canv.drawRightString(x - 8, y, str(line))
        for index, mark in enumerate(filing.marks):
            canv.setFillColor(colors.HexColor("#b00020"))
            canv.setFont(f"{FONT}-Bold", 9)
            canv.drawCentredString(width / 2, height - 0.45 * inch - index * 11, mark)
        canv.restoreState()

    return on_page


def _caption(caption: model.Caption, styles: _Styles, width: float) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(_text(line), styles.court) for line in caption.court]
    flow.append(Spacer(1, SIZE))
    docket = Paragraph(
        f"{_text(caption.docket_label)} {_text(caption.docket)}",
        styles.left if caption.layout == "box" else styles.right,
    )
    if caption.layout == "box":
        matter = [Paragraph(_text(line), styles.left) for line in caption.matter]
        rows = max(len(caption.matter), 3)
        brackets = Paragraph("<br/>".join([")"] * rows), styles.left)
        table = Table(
            [[matter, brackets, docket]],
            colWidths=[width * 0.52, width * 0.06, width * 0.42],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("FONT", (0, 0), (-1, -1), FONT),
                ]
            )
        )
        flow.append(table)
    else:
        flow += [Paragraph(_text(line), styles.centre) for line in caption.matter]
        flow.append(Spacer(1, SIZE / 2))
        flow.append(docket)
    flow.append(Spacer(1, SIZE))
    return flow


def _table(block: model.Table, styles: _Styles, width: float) -> Table:
    columns = max(len(block.header), 1)
    data = [[Paragraph(_text(c), styles.cell_head) for c in block.header]]
    data += [[Paragraph(_text(c), styles.cell) for c in row[:columns]] for row in block.rows]
    table = Table(data, colWidths=[width / columns] * columns, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _right_half(lines: list[Flowable], width: float) -> Table:
    table = Table([["", lines]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), FONT)])
    )
    return table


def _blocks(filing: model.Filing, styles: _Styles, width: float) -> list[Flowable]:
    flow: list[Flowable] = []
    for block in filing.blocks:
        if isinstance(block, model.Title):
            flow += [_Bookmark(block.text, 0), Paragraph(_text(block.text), styles.title)]
        elif isinstance(block, model.Heading):
            flow += [_Bookmark(block.text, 1), Paragraph(_text(block.text), styles.heading)]
        elif isinstance(block, model.Paragraph):
            if block.number is not None:
                text = f"{block.number}.&nbsp;&nbsp;&nbsp;{_text(block.text)}"
                flow.append(Paragraph(text, styles.numbered))
            else:
                flow.append(Paragraph(_text(block.text), styles.body))
        elif isinstance(block, model.ListBlock):
            items = [ListItem(Paragraph(_text(i), styles.body)) for i in block.items]
            flow.append(
                ListFlowable(
                    items,
                    bulletType="1" if block.numbered else "bullet",
                    bulletFontName=FONT,
                    leftIndent=0.5 * inch,
                )
            )
        elif isinstance(block, model.Table):
            flow += [_table(block, styles, width), Spacer(1, SIZE)]
        elif isinstance(block, model.Signature):
            lines: list[Flowable] = []
            if block.place_and_date:
                lines.append(Paragraph(_text(block.place_and_date), styles.left))
            lines += [Spacer(1, 30), Paragraph("_" * 34, styles.left)]
            lines += [Paragraph(_text(line), styles.left) for line in block.lines]
            flow.append(KeepTogether([Spacer(1, SIZE), _right_half(lines, width)]))
        elif isinstance(block, model.Service):
            served = [Paragraph("• " + _text(s), styles.left) for s in block.served]
            signer = [Spacer(1, 30), Paragraph("_" * 34, styles.left)]
            signer += [Paragraph(_text(s), styles.left) for s in block.signer]
            flow.append(
                KeepTogether(
                    [
                        _Bookmark("Certificate of service", 0),
                        Paragraph("CERTIFICATE OF SERVICE", styles.title),
                        Paragraph(_text(block.text), styles.body),
                        *served,
                        _right_half(signer, width),
                    ]
                )
            )
        elif isinstance(block, model.ExhibitList):
            table = model.Table(
                ("Exhibit", "Description", "Pages"),
                tuple((e.label, e.description, e.pages) for e in block.entries),
            )
            flow += [_table(table, styles, width), Spacer(1, SIZE)]
        elif isinstance(block, model.PageBreak):
            flow.append(PageBreak())
    return flow


def render_pdf(filing: model.Filing) -> bytes:
    """The filing as PDF bytes."""
    register_fonts()
    pagesize = LETTER if filing.page_size == "letter" else A4
    leading = 24.0 if filing.line_numbers else SIZE * 1.45  # pleading paper: double spaced
    top = 0.75 * inch if filing.line_numbers else 1.0 * inch
    left = 1.5 * inch if filing.line_numbers else 1.0 * inch
    # Pleading paper: the text area is exactly the numbered lines.
    bottom = pagesize[1] - top - PLEADING_LINES * leading if filing.line_numbers else inch
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=1.0 * inch,
        topMargin=top,
        bottomMargin=bottom,
        title=filing.title,
        author=filing.author,
        subject=filing.subject,
        creator="Guardian Desk",
        initialFontName=FONT,
        keywords=[filing.form_id, f"version {filing.form_version}", filing.language],
        lang=filing.language,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_decorate(filing, leading, top))]
    )
    styles = _Styles(leading)
    flow: list[Flowable] = []
    if filing.caption:
        flow += _caption(filing.caption, styles, doc.width)
    flow += _blocks(filing, styles, doc.width)
    doc.build(flow, canvasmaker=_numbered_canvas(filing))
    return buffer.getvalue()
