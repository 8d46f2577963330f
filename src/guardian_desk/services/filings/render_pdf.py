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
from collections.abc import Callable, Mapping
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from guardian_desk.services.filings.pdf_text import (
    SERIF,
    check_coverage,
    draw_line,
    has_rtl,
    is_rtl_language,
    paragraph,
    register_fonts,
)

FONT = SERIF
SIZE = 12
PLEADING_LINES = 28  # numbered lines on a page of pleading paper
# Counsel's name, bar number, address, telephone, e-mail and party on lines 1 to 7; the court's
# title from line 8 (Cal. Rules of Court, rule 2.111).
PLEADING_LINES_FOR_COUNSEL = 7
EXHIBIT_COLUMNS = (0.14, 0.72, 0.14)  # label, description (it wraps), pages


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
            keepWithNext=1,  # a title or heading never ends a page: it goes with its text
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=f"{FONT}-Bold",
            spaceBefore=leading / 2,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.centre = ParagraphStyle("centre", parent=base, alignment=TA_CENTER)
        self.court = ParagraphStyle("court", parent=self.centre, fontName=f"{FONT}-Bold")
        self.left = ParagraphStyle("left", parent=base, alignment=TA_LEFT, leading=SIZE * 1.25)
        # Counsel's block on pleading paper: a line of the numbered grid each.
        self.counsel = ParagraphStyle("counsel", parent=self.left, leading=leading)
        self.right = ParagraphStyle("right", parent=self.left, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=SIZE - 1, leading=SIZE * 1.2)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=f"{FONT}-Bold")


class _Bookmark(Flowable):
    """An invisible mark: a bookmark (outline entry) at this point of the document."""

    def __init__(self, title: str, level: int) -> None:
        super().__init__()
        self.title = title
        self.level = level
        self.width = self.height = 0
        self.keepWithNext = 1  # on the page of the heading it marks

    def draw(self) -> None:
        key = f"b{id(self)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.title, key, level=self.level, closed=False)


def numbered_canvas(foot: Callable[[pdfcanvas.Canvas, int, int], None]) -> type[pdfcanvas.Canvas]:
    """A canvas that knows how many pages there are before it writes any: each page is kept
    until the document ends, then ``foot(canvas, page, pages)`` draws its foot ("Page X of
    Y") and the page is written."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The shipped font from the first page on: nothing falls back to Helvetica, which
            # would not be embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts()
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                foot(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _numbered_canvas(filing: model.Filing) -> type[pdfcanvas.Canvas]:
    """A canvas that writes "Page X of Y" and the footer once every page is known."""
    rtl = is_rtl_language(filing.language)

    def foot(canvas: pdfcanvas.Canvas, page_number: int, total: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.5)
        canvas.line(inch, 0.72 * inch, width - inch, 0.72 * inch)
        canvas.setFillColor(colors.black)
        docket, page, title = _footer_texts(filing, page_number, total)
        start, end = (width - inch, inch) if rtl else (inch, width - inch)
        # The docket number at the start, the page number at the end, each whole: the
        # docket number shrinks (never cut) when the two would meet.
        room = width - 2 * inch - stringWidth(page, FONT, 9) - 18
        size = 9.0
        while docket and size > 5 and stringWidth(docket, FONT, size) > room:
            size -= 0.5
        draw_line(canvas, start, 0.5 * inch, docket, size, anchor="right" if rtl else "left")
        draw_line(canvas, end, 0.5 * inch, page, 9, anchor="left" if rtl else "right")
        # The paper's title below them, centred (Cal. Rules of Court, rule 2.110).
        while title and stringWidth(title, FONT, 8) > width - 2 * inch:
            title = title[:-2] + "…"
        if title:
            draw_line(canvas, width / 2, 0.5 * inch - 11, title, 8, anchor="centre")
        canvas.restoreState()

    return numbered_canvas(foot)


def _footer_texts(filing: model.Filing, page: int, pages: int) -> tuple[str, str, str]:
    """The foot of a page: the docket number, "Page X of Y", the paper's title."""
    docket = ""
    if filing.caption and filing.caption.docket:
        docket = f"{filing.caption.docket_label} {filing.caption.docket}"
    return docket, filing.words["page"].format(page=page, pages=pages), filing.footer


def counsel_block(blocks: tuple[model.Block, ...]) -> tuple[model.Signature | None, list[Any]]:
    """Counsel's identification, when the form's text gives one: a signature block that
    opens the text (``_shared/counsel.<lang>.j2``: name and bar number, address, telephone,
    e-mail, "Attorney for ..."), printed at the head of the first page, above the caption
    (on pleading paper, lines 1 to 7); and the other blocks."""
    if len(blocks) > 1 and isinstance(blocks[0], model.Signature):
        return blocks[0], list(blocks[1:])
    return None, list(blocks)


def _keep_with_next(flow: list[Flowable]) -> None:
    """The last text of ``flow`` (and the spaces after it) goes on the page of what comes
    next: a signature is never alone on a page."""
    for flowable in reversed(flow):
        if isinstance(flowable, PageBreak):
            return
        flowable.keepWithNext = 1
        if not isinstance(flowable, Spacer | _Bookmark):
            return


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
            y = height - 0.45 * inch - index * 11
            draw_line(canv, width / 2, y, mark, 9, bold=True, anchor="centre")
        canv.restoreState()

    return on_page


class _Text:
    """Makes the flowables of one language's text (right to left or not)."""

    def __init__(self, styles: _Styles, width: float, rtl: bool, words: Mapping[str, str]):
        self.styles = styles
        self.width = width
        self.rtl = rtl
        self.words = words

    def __call__(self, text: str, style: ParagraphStyle, *, court: bool = False) -> Flowable:
        """A paragraph of the filing's language: a right-to-left language's paragraphs are
        set from the right, but the court's caption keeps its own layout."""
        if self.rtl and not court and style.alignment in (TA_LEFT, TA_JUSTIFY):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        rtl = self.rtl and has_rtl(text)  # a Latin line (a name, a number) is not reordered
        return paragraph(text, style, rtl=rtl, bold=style.fontName.endswith("Bold"))

    def counsel(self, block: model.Signature, height: float) -> list[Flowable]:
        """Counsel's identification at the head of the first page, at the start side, in
        ``height`` (one numbered line each; single spaced when there are more lines)."""
        lines = [line for line in block.lines if line.strip()]
        style = self.styles.counsel
        if len(lines) * style.leading > height:
            style = ParagraphStyle("counsel-tight", parent=style, leading=height / len(lines))
        flow = [self(line, style) for line in lines]
        used = len(lines) * style.leading
        return [KeepTogether([*flow, Spacer(1, max(height - used, 0))])]

    def caption(self, caption: model.Caption) -> list[Flowable]:
        styles, width = self.styles, self.width
        flow: list[Flowable] = [self(line, styles.court, court=True) for line in caption.court]
        flow.append(Spacer(1, SIZE))
        docket = self(
            f"{caption.docket_label} {caption.docket}",
            styles.left if caption.layout == "box" else styles.right,
            court=True,
        )
        if caption.layout == "box":
            matter = [self(line, styles.left, court=True) for line in caption.matter]
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
            flow += [self(line, styles.centre, court=True) for line in caption.matter]
            flow.append(Spacer(1, SIZE / 2))
            flow.append(docket)
        flow.append(Spacer(1, SIZE))
        return flow

    def table(
        self,
        header: tuple[str, ...],
        rows: tuple[tuple[str, ...], ...],
        shares: tuple[float, ...] = (),
    ) -> Table:
        """A ruled table, its header repeated on each page; ``shares`` of the width per
        column (equal by default). Cells wrap: nothing is cut."""
        styles = self.styles
        columns = max(len(header), 1)
        shares = shares or (1 / columns,) * columns
        data = [[self(c, styles.cell_head) for c in header]]
        data += [[self(c, styles.cell) for c in row[:columns]] for row in rows]
        widths = [self.width * share for share in shares]
        if self.rtl:  # a right-to-left table reads from the right
            data = [list(reversed(row)) for row in data]
            widths.reverse()
        table = Table(data, colWidths=widths, repeatRows=1)
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

    def half(self, lines: list[Flowable]) -> Table:
        """Lines in the half of the width where a signature goes (the end side)."""
        cells = [lines, ""] if self.rtl else ["", lines]
        widths = (
            [self.width * 0.55, self.width * 0.45]
            if self.rtl
            else [
                self.width * 0.45,
                self.width * 0.55,
            ]
        )
        table = Table([cells], colWidths=widths)
        table.setStyle(
            TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), FONT)])
        )
        return table

    def block(self, block: model.Block) -> list[Flowable]:
        styles = self.styles
        if isinstance(block, model.Title):
            return [_Bookmark(block.text, 0), self(block.text, styles.title)]
        if isinstance(block, model.Heading):
            return [_Bookmark(block.text, 1), self(block.text, styles.heading)]
        if isinstance(block, model.Paragraph):
            if block.number is None:
                return [self(block.text, styles.body)]
            gap = " " if self.rtl else "\u00a0\u00a0\u00a0"
            return [self(f"{block.number}.{gap}{block.text}", styles.numbered)]
        if isinstance(block, model.ListBlock):
            if self.rtl:  # bullets and numbers on the right: one paragraph each
                marks = [f"{n}." if block.numbered else "•" for n in range(1, len(block.items) + 1)]
                return [
                    self(f"{m} {i}", styles.body) for m, i in zip(marks, block.items, strict=True)
                ]
            items = [ListItem(self(i, styles.body)) for i in block.items]
            return [
                ListFlowable(
                    items,
                    bulletType="1" if block.numbered else "bullet",
                    bulletFontName=FONT,
                    leftIndent=0.5 * inch,
                )
            ]
        if isinstance(block, model.Table):
            return [self.table(block.header, block.rows), Spacer(1, SIZE)]
        if isinstance(block, model.Signature):
            lines: list[Flowable] = []
            if block.place_and_date:
                lines.append(self(block.place_and_date, styles.left))
            lines += [Spacer(1, 30), Paragraph("_" * 34, styles.left)]
            lines += [self(line, styles.left) for line in block.lines]
            # One table row (it never splits), kept with the space above it and, by the
            # renderer, with the text before it (a KeepTogether could not be kept so).
            gap = Spacer(1, SIZE)
            gap.keepWithNext = 1
            return [gap, self.half(lines)]
        if isinstance(block, model.Service):
            heading = self.words["certificate_of_service"]
            served = [self("• " + s, styles.left) for s in block.served]
            signer = [Spacer(1, 30), Paragraph("_" * 34, styles.left)]
            signer += [self(s, styles.left) for s in block.signer]
            return [
                KeepTogether(
                    [
                        _Bookmark(heading, 0),
                        self(heading, styles.title),
                        self(block.text, styles.body),
                        *served,
                        self.half(signer),
                    ]
                )
            ]
        if isinstance(block, model.ExhibitList):
            header = (self.words["exhibit"], self.words["description"], self.words["pages"])
            rows = tuple((e.label, e.description, e.pages) for e in block.entries)
            return [self.table(header, rows, EXHIBIT_COLUMNS), Spacer(1, SIZE)]
        if isinstance(block, model.PageBreak):
            return [PageBreak()]
        if isinstance(block, model.Pair):
            return [self.pair(block)]
        return []

    def pair(self, block: model.Pair) -> Table:
        """The court's paragraph on the left and the child's on the right, top-aligned."""
        half = self.width / 2 - 6
        left = _Text(self.styles, half, is_rtl_language(block.left_language), self.words)
        right = _Text(self.styles, half, is_rtl_language(block.right_language), self.words)
        cells = [
            left.block(block.left),
            [f for f in right.block(block.right) if not isinstance(f, _Bookmark)],
        ]
        table = Table([cells], colWidths=[self.width / 2, self.width / 2])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), 12),
                    ("LEFTPADDING", (1, 0), (1, -1), 12),
                    ("LINEAFTER", (0, 0), (0, -1), 0.3, colors.grey),
                    ("FONT", (0, 0), (-1, -1), FONT),
                ]
            )
        )
        return table


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
        keywords=[
            filing.form_id,
            f"version {filing.form_version}",
            filing.language,
            *([filing.checkpoint] if filing.checkpoint else []),
        ],
        lang=filing.language,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_decorate(filing, leading, top))]
    )
    styles = _Styles(leading)
    check_coverage([filing.text(), filing.footer, *filing.marks])
    text = _Text(styles, doc.width, is_rtl_language(filing.language), filing.words)
    flow: list[Flowable] = []
    counsel, blocks = counsel_block(filing.blocks)
    if counsel is not None:
        flow += text.counsel(counsel, PLEADING_LINES_FOR_COUNSEL * leading)
    if filing.caption:
        flow += text.caption(filing.caption)
    for block in blocks:
        made = text.block(block)
        if isinstance(block, model.Signature):
            _keep_with_next(flow)
        flow += made
    doc.build(flow, canvasmaker=_numbered_canvas(filing))
    return buffer.getvalue()
