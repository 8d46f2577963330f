"""A filing as an editable Word document (python-docx), saying what the PDF says.

Real Word styles (``Filing Title``, ``Heading 1``, ``List Number`` for the numbered
paragraphs, ``Table Grid``), a caption table, the footer with the docket number and
"Page X of Y" as Word fields, Word's own line numbering for pleading paper, and the document's
properties (title, author, subject, keywords).
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from guardian_desk.domain import filing as model
from guardian_desk.services.filings.pdf_text import has_rtl, is_rtl_language

FONT = "Noto Serif"
ARABIC_FONT = "Noto Naskh Arabic"
ETHIOPIC_FONT = "Noto Sans Ethiopic"


def _set_font(style: object, size: float, *, bold: bool = False) -> None:
    font = style.font  # type: ignore[attr-defined]
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()  # type: ignore[attr-defined]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the one named


def _styles(document: object, pleading: bool) -> None:
    styles = document.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    _set_font(normal, 12)
    normal.paragraph_format.line_spacing = 2.0 if pleading else 1.15
    normal.paragraph_format.space_after = Pt(6)
    title = styles.add_style("Filing Title", WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = normal
    _set_font(title, 13, bold=True)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(6)
    title.paragraph_format.space_after = Pt(12)
    heading = styles["Heading 1"]
    _set_font(heading, 12, bold=True)
    heading.paragraph_format.space_before = Pt(6)
    for name in ("List Number", "List Number 2", "List Bullet"):
        _set_font(styles[name], 12)
    court = styles.add_style("Caption Court", WD_STYLE_TYPE.PARAGRAPH)
    court.base_style = normal
    _set_font(court, 12, bold=True)
    court.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    court.paragraph_format.space_after = Pt(0)
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


def _script_fonts(document: Any, language: str) -> None:
    """The fonts for the filing's script: Noto Naskh Arabic for right-to-left scripts (Word's
    complex-script font), Noto Sans Ethiopic for Tigrinya and Amharic."""
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        if is_rtl_language(language):
            fonts.set(qn("w:cs"), ARABIC_FONT)
        if language in ("ti", "am"):
            for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia"):
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


def _table(document: object, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
    table = document.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
    document.add_paragraph()  # type: ignore[attr-defined]


def _signature_table(document: object, lines: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_borders(table)
    _lines(table.rows[0].cells[1], lines)


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
    if filing.line_numbers:  # pleading paper: Word numbers the lines in the margin
        numbering = OxmlElement("w:lnNumType")
        numbering.set(qn("w:countBy"), "1")
        numbering.set(qn("w:restart"), "newPage")
        numbering.set(qn("w:distance"), "360")
        section._sectPr.append(numbering)
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
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(
        Inches(6 if filing.line_numbers else 6.5), WD_TAB_ALIGNMENT.RIGHT
    )
    left = filing.footer
    if filing.caption and filing.caption.docket:
        left = f"{left} — {filing.caption.docket_label} {filing.caption.docket}"
    # "Page {page} of {pages}" in the filing's language, the numbers as Word fields.
    before, _, rest = filing.words["page"].partition("{page}")
    middle, _, after = rest.partition("{pages}")
    footer.add_run(f"{left}\t{before}")
    _field(footer, "PAGE")
    footer.add_run(middle)
    _field(footer, "NUMPAGES")
    if after:
        footer.add_run(after)
    for run in footer.runs:
        run.font.size = Pt(9)

    if filing.caption:
        _caption(document, filing.caption)
    for block in filing.blocks:
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
            _signature_table(document, [line for line in lines if line is not None])
        elif isinstance(block, model.Service):
            document.add_paragraph(filing.words["certificate_of_service"], style="Filing Title")
            document.add_paragraph(block.text)
            for served in block.served:
                document.add_paragraph(served, style="List Bullet")
            _signature_table(document, ["", "", "_" * 34, *block.signer])
        elif isinstance(block, model.ExhibitList):
            _table(
                document,
                (filing.words["exhibit"], filing.words["description"], filing.words["pages"]),
                tuple((e.label, e.description, e.pages) for e in block.entries),
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
