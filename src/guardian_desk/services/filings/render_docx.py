"""A filing as an editable Word document (python-docx), saying what the PDF says.

Real Word styles (``Filing Title``, ``Heading 1``, ``List Number`` for the numbered
paragraphs, ``Table Grid``), a caption table, the footer with the docket number at the start
and "Page X of Y" (Word fields) at the end, in cells of their own, the paper's title below;
pleading paper as the PDF draws it (lines 1 to 28 and the rules in the margin, from the page
header, the text on the same 24-point lines, counsel's block on lines 1 to 7); headings kept
with their text and signatures with the text before them; the fonts the PDF uses for each
script (Noto Naskh Arabic as Word's complex-script font, Noto Sans Ethiopic for Ethiopic
runs), Arabic-script paragraphs right to left; and the document's properties (title, author,
subject, keywords).
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from guardian_desk.domain import filing as model
from guardian_desk.services.filings.pdf_text import has_rtl, is_rtl_language
from guardian_desk.services.filings.render_pdf import (
    EXHIBIT_COLUMNS,
    PLEADING_LINES,
    PLEADING_LINES_FOR_COUNSEL,
    counsel_block,
)

FONT = "Noto Serif"
ARABIC_FONT = "Noto Naskh Arabic"
ETHIOPIC_FONT = "Noto Sans Ethiopic"
PLEADING_LINE = Pt(24)  # pleading paper: the numbered lines, double spaced as the PDF's
PLEADING_TOP = Inches(0.75)  # where line 1 starts, as in the PDF
# The language Word checks complex-script text in (w:lang w:bidi), by filing language.
BIDI_LANGUAGES = {"ar": "ar-SA", "prs": "fa-AF", "fa": "fa-IR", "ps": "ps-AF"}


def _set_font(style: object, size: float, *, bold: bool = False) -> None:
    font = style.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()  # type: ignore[attr-defined]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    # Word sets Arabic, Dari and Pashto in the complex-script font: the PDF's Arabic font,
    # not a Latin serif a reader replaces with whatever it has.
    fonts.set(qn("w:cs"), ARABIC_FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the one named


def _styles(document: object, pleading: bool) -> None:
    styles = document.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    _set_font(normal, 12)
    if pleading:  # every line on one of the margin's numbered lines
        normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        normal.paragraph_format.line_spacing = PLEADING_LINE
        normal.paragraph_format.space_after = Pt(0)
    else:
        normal.paragraph_format.line_spacing = 1.15
        normal.paragraph_format.space_after = Pt(6)
    title = styles.add_style("Filing Title", WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = normal
    _set_font(title, 13, bold=True)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(0 if pleading else 6)
    title.paragraph_format.space_after = Pt(0 if pleading else 12)
    title.paragraph_format.keep_with_next = True  # never alone at the foot of a page
    heading = styles["Heading 1"]
    _set_font(heading, 12, bold=True)
    heading.paragraph_format.space_before = Pt(0 if pleading else 6)
    heading.paragraph_format.keep_with_next = True
    if pleading:
        for style in (title, heading):
            style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            style.paragraph_format.line_spacing = PLEADING_LINE
    for name in ("List Number", "List Number 2", "List Bullet"):
        _set_font(styles[name], 12)
    court = styles.add_style("Caption Court", WD_STYLE_TYPE.PARAGRAPH)
    court.base_style = normal
    _set_font(court, 12, bold=True)
    court.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    court.paragraph_format.space_after = Pt(0)
    if not pleading:
        court.paragraph_format.line_spacing = 1.0


def _right_to_left(paragraph: Any) -> None:
    """Mark a paragraph and its runs right to left (w:bidi, w:rtl), as Word writes Arabic."""
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        properties.insert(0, OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run_properties = run._r.get_or_add_rPr()
        if run_properties.find(qn("w:rtl")) is None:
            run_properties.append(OxmlElement("w:rtl"))


def _paragraphs(document: Any) -> list[Any]:
    found = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found += cell.paragraphs
    for section in document.sections:
        found += section.header.paragraphs + section.footer.paragraphs
    return found


def _is_ethiopic(text: str) -> bool:
    return any(0x1200 <= ord(c) <= 0x139F or 0x2D80 <= ord(c) <= 0x2DDF for c in text)


def _script_fonts(document: Any, language: str) -> None:
    """The language Word checks right-to-left text in, and Noto Sans Ethiopic on each run of
    Ethiopic letters (Tigrinya, Amharic: Word sets them in its Latin font slots, which stay
    Noto Serif for the Latin text beside them)."""
    bidi = BIDI_LANGUAGES.get(language.split("-")[0], "ar-SA")
    properties = document.styles["Normal"].element.get_or_add_rPr()
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:bidi"), bidi)
    for paragraph in _paragraphs(document):
        for run in paragraph.runs:
            if _is_ethiopic(run.text):
                fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
                for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                    fonts.set(qn(attribute), ETHIOPIC_FONT)


def _field(paragraph: object, instruction: str, size: int = 9) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    for tag in ("w:sz", "w:szCs"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(size * 2))
        properties.append(element)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)  # type: ignore[attr-defined]


def _borders(cell: object, **edges: str) -> None:
    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    borders = OxmlElement("w:tcBorders")
    for edge, value in edges.items():
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        element.set(qn("w:sz"), "8")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    properties.append(borders)


def _no_borders(table: object) -> None:
    properties = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _lines(cell: object, lines: list[str], *, tight: bool = True) -> None:
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
        paragraph.text = line
        if tight:
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0
        first = False


def _caption(document: object, caption: model.Caption) -> None:
    for line in caption.court:
        document.add_paragraph(line, style="Caption Court")  # type: ignore[attr-defined]
    document.add_paragraph()  # type: ignore[attr-defined]
    docket = f"{caption.docket_label} {caption.docket}"
    if caption.layout == "box":
        table = document.add_table(rows=1, cols=3)  # type: ignore[attr-defined]
        _no_borders(table)
        left, middle, right = table.rows[0].cells
        _lines(left, list(caption.matter))
        _borders(left, bottom="single")
        _lines(middle, [")"] * max(len(caption.matter), 3))
        _lines(right, [docket])
        table.autofit = False
        for index, width in enumerate((3.4, 0.4, 2.6)):
            table.columns[index].width = Inches(width)  # the grid, which LibreOffice reads
            table.rows[0].cells[index].width = Inches(width)  # the cell, which Word reads
    else:
        for line in caption.matter:
            paragraph = document.add_paragraph(line)  # type: ignore[attr-defined]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(0)
        paragraph = document.add_paragraph(docket)  # type: ignore[attr-defined]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph()  # type: ignore[attr-defined]


def _widths(table: Any, inches: list[float]) -> None:
    table.autofit = False
    for index, width in enumerate(inches):
        table.columns[index].width = Inches(width)  # the grid, which LibreOffice reads
        for row in table.rows:
            row.cells[index].width = Inches(width)  # the cell, which Word reads


def _table(
    document: Any,
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    widths: list[float] | None = None,
) -> None:
    """A ruled table, its header repeated on each page; cells wrap, nothing is cut."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row = table.rows[0]._tr.get_or_add_trPr()
    header_row.append(OxmlElement("w:tblHeader"))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                paragraph.paragraph_format.space_after = Pt(0)
    if widths:
        _widths(table, widths)
    document.add_paragraph()


def _keep_rows(table: Any) -> None:
    """A table's rows never split across pages, and stay on one page with each other."""
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
                paragraph.paragraph_format.keep_together = True


def _keep_with_what_follows(document: Any) -> None:
    """The last text written (a paragraph, or a table's last row) goes on the page of what
    comes next: a signature is never alone on a page."""
    body = document.element.body
    for element in reversed(list(body.iterchildren())):
        if element.tag == qn("w:p"):
            paragraph = DocxParagraph(element, document._body)
            paragraph.paragraph_format.keep_with_next = True
            if paragraph.text.strip():
                return
        elif element.tag == qn("w:tbl"):
            table = DocxTable(element, document._body)
            for cell in table.rows[-1].cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
            return


def _signature_table(document: Any, lines: list[str], rtl: bool = False) -> None:
    _keep_with_what_follows(document)
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    if rtl:  # the signature on the end side: the right-hand cell reads first, at the right
        table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
    _lines(table.rows[0].cells[1], lines)
    _keep_rows(table)


def _counsel(document: Any, block: model.Signature, pleading: bool) -> None:
    """Counsel's identification at the head of the first page, above the caption: on
    pleading paper one numbered line each, lines 1 to 7 (single spaced when there are more
    lines), then the caption from line 8."""
    lines = [line for line in block.lines if line.strip()]
    tight = len(lines) > PLEADING_LINES_FOR_COUNSEL
    for line in lines:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        paragraph.paragraph_format.space_after = Pt(0)
        if pleading:
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            paragraph.paragraph_format.line_spacing = Pt(12) if tight else PLEADING_LINE
    used = len(lines) * (12 if tight else 24) if pleading else 0
    while pleading and used + 24 <= PLEADING_LINES_FOR_COUNSEL * 24:
        document.add_paragraph()
        used += 24
    if not pleading:
        document.add_paragraph()


def _frame(paragraph: Any, x: float, y: float, width: float, height: float) -> None:
    """Place a paragraph at a fixed place on the page (a frame: w:framePr), in points."""
    frame = OxmlElement("w:framePr")
    for name, value in (
        ("w:w", round(width * 20)),
        ("w:h", round(height * 20)),
        ("w:hRule", "exact"),
        ("w:hAnchor", "page"),
        ("w:vAnchor", "page"),
        ("w:x", round(x * 20)),
        ("w:y", round(y * 20)),
        ("w:wrap", "around"),
    ):
        frame.set(qn(name), str(value))
    paragraph._p.get_or_add_pPr().insert(0, frame)


def _rule(paragraph: Any, edge: str, kind: str) -> None:
    """A vertical rule: a paragraph's border on one edge."""
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{edge}")
    line.set(qn("w:val"), kind)
    line.set(qn("w:sz"), "6")
    line.set(qn("w:space"), "4")
    line.set(qn("w:color"), "000000")
    borders.append(line)
    paragraph._p.get_or_add_pPr().append(borders)


def _pleading_margin(section: Any) -> None:
    """Pleading paper as the PDF draws it: lines 1 to 28 in the left margin, on the text's
    24-point lines, a double rule beside them and a single rule at the right margin. They
    are in the page header, so that every page carries them and the text cannot move them."""
    header = section.header
    numbers = header.add_paragraph()
    top = PLEADING_TOP.pt
    height = PLEADING_LINES * PLEADING_LINE.pt
    left = section.left_margin.pt
    _frame(numbers, left - 0.62 * 72, top, 0.5 * 72, height)
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    numbers.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    numbers.paragraph_format.line_spacing = PLEADING_LINE
    numbers.paragraph_format.space_after = Pt(0)
    numbers.paragraph_format.space_before = Pt(0)
    _rule(numbers, "right", "double")
    for line in range(1, PLEADING_LINES + 1):
        run = numbers.add_run(str(line))
        run.font.size = Pt(10)
        if line < PLEADING_LINES:
            run.add_break()
    right = header.add_paragraph()
    _frame(right, section.page_width.pt - section.right_margin.pt + 0.05 * 72, top, 6, height)
    right.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    right.paragraph_format.line_spacing = Pt(height)
    right.paragraph_format.space_after = Pt(0)
    _rule(right, "left", "single")


def _footer(section: Any, filing: model.Filing, width: float) -> None:
    """The docket number at the start and "Page X of Y" at the end, each in a cell of its
    own (a long docket number wraps in its cell, never over the page number); the paper's
    title centred below."""
    footer = section.footer
    table = footer.add_table(rows=1, cols=2, width=Inches(width))
    _no_borders(table)
    if is_rtl_language(filing.language):
        table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
    _widths(table, [width * 0.62, width * 0.38])
    start, end = table.rows[0].cells
    docket = ""
    if filing.caption and filing.caption.docket:
        docket = f"{filing.caption.docket_label} {filing.caption.docket}"
    start.paragraphs[0].add_run(docket)
    page = end.paragraphs[0]
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # "Page {page} of {pages}" in the filing's language, the numbers as Word fields.
    before, _, rest = filing.words["page"].partition("{page}")
    middle, _, after = rest.partition("{pages}")
    page.add_run(before)
    _field(page, "PAGE")
    page.add_run(middle)
    _field(page, "NUMPAGES")
    if after:
        page.add_run(after)
    title = footer.paragraphs[0]  # the footer's own first paragraph, after the table
    footer._element.remove(title._p)
    footer._element.append(title._p)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(filing.footer)
    for paragraph in [*start.paragraphs, *end.paragraphs, title]:
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        for run in paragraph.runs:
            run.font.size = Pt(9 if paragraph is not title else 8)


def _cell_block(cell: Any, block: model.Block) -> None:
    """One language's side of a paired block, in a table cell (numbers written out, so that
    the two sides do not count on one list)."""
    texts: list[tuple[str, str | None]] = []
    if isinstance(block, model.Title):
        texts = [(block.text, "Filing Title")]
    elif isinstance(block, model.Heading):
        texts = [(block.text, "Heading 1")]
    elif isinstance(block, model.Paragraph):
        number = f"{block.number}. " if block.number is not None else ""
        texts = [(number + block.text, None)]
    elif isinstance(block, model.ListBlock):
        texts = [
            (f"{n}. {item}" if block.numbered else f"• {item}", None)
            for n, item in enumerate(block.items, 1)
        ]
    first = True
    for text, style in texts:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        paragraph.text = text
        if style:
            paragraph.style = style
        first = False


def render_docx(filing: model.Filing) -> bytes:
    """The filing as DOCX bytes."""
    document = Document()
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    if filing.page_size == "letter":
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    else:
        section.page_width, section.page_height = Inches(8.27), Inches(11.69)
    section.left_margin = Inches(1.5 if filing.line_numbers else 1)
    section.right_margin = section.top_margin = section.bottom_margin = Inches(1)
    if filing.line_numbers:  # pleading paper: the text on the 28 numbered lines exactly
        section.top_margin = PLEADING_TOP
        section.bottom_margin = section.page_height - PLEADING_TOP - PLEADING_LINE * 28
        section.header_distance = section.footer_distance = Inches(0.3)
        _pleading_margin(section)
    width = (section.page_width - section.left_margin - section.right_margin) / 914400
    _styles(document, filing.line_numbers)

    properties = document.core_properties
    properties.title = filing.title
    properties.author = filing.author
    properties.subject = filing.subject
    properties.keywords = f"{filing.form_id}; version {filing.form_version}"
    if filing.checkpoint:  # the audit log's signed head (a property of its own: 255 at most)
        properties.identifier = filing.checkpoint
    properties.language = filing.language
    properties.comments = "Made with Guardian Desk"

    if filing.marks:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = header.add_run(" · ".join(filing.marks))
        run.bold = True
        run.font.color.rgb = RGBColor(0xB0, 0x00, 0x20)
    _footer(section, filing, width)

    rtl = is_rtl_language(filing.language)
    counsel, blocks = counsel_block(filing.blocks)
    if counsel is not None:
        _counsel(document, counsel, filing.line_numbers)
    if filing.caption:
        _caption(document, filing.caption)
    for block in blocks:
        if isinstance(block, model.Title):
            document.add_paragraph(block.text, style="Filing Title")
        elif isinstance(block, model.Heading):
            document.add_paragraph(block.text, style="Heading 1")
        elif isinstance(block, model.Paragraph):
            if block.number is not None:
                document.add_paragraph(block.text, style="List Number")
            else:
                document.add_paragraph(block.text)
        elif isinstance(block, model.ListBlock):
            style = "List Number 2" if block.numbered else "List Bullet"
            for item in block.items:
                document.add_paragraph(item, style=style)
        elif isinstance(block, model.Table):
            _table(document, block.header, block.rows)
        elif isinstance(block, model.Signature):
            lines = [block.place_and_date, "", "", "_" * 34, *block.lines]
            _signature_table(document, [line for line in lines if line is not None], rtl)
        elif isinstance(block, model.Service):
            document.add_paragraph(filing.words["certificate_of_service"], style="Filing Title")
            document.add_paragraph(block.text)
            for served in block.served:
                document.add_paragraph(served, style="List Bullet")
            _signature_table(document, ["", "", "_" * 34, *block.signer], rtl)
        elif isinstance(block, model.ExhibitList):
            _table(
                document,
                (filing.words["exhibit"], filing.words["description"], filing.words["pages"]),
                tuple((e.label, e.description, e.pages) for e in block.entries),
                [width * share for share in EXHIBIT_COLUMNS],
            )
        elif isinstance(block, model.PageBreak):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, model.Pair):
            table = document.add_table(rows=1, cols=2)
            _no_borders(table)
            for cell, side in zip(table.rows[0].cells, (block.left, block.right), strict=True):
                _cell_block(cell, side)
    _script_fonts(document, filing.language)
    for paragraph in _paragraphs(document):
        if has_rtl(paragraph.text):  # Arabic, Dari, Pashto: Word sets them from the right
            _right_to_left(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
