"""What a court clerk checks on a filing, read back from the files made: the fonts and the
direction of Arabic text in Word, the foot of the page, pleading paper and counsel's block,
headings and signatures kept with their text, the exhibit index's pages, stored values in
words, and Arabic text extracted from the PDF as it was written."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen import canvas as pdfcanvas

from guardian_desk.domain import filing as model
from guardian_desk.services.filings.bilingual import build_filing
from guardian_desk.services.filings.catalogue import shipped
from guardian_desk.services.filings.checks import check
from guardian_desk.services.filings.data import file_pages, filing_data
from guardian_desk.services.filings.render_docx import render_docx
from guardian_desk.services.filings.render_pdf import render_pdf

TODAY = date(2026, 11, 26)
ARABIC = "يُرجى العلمُ بأنّ جلسةً ستُعقَد أمام المحكمة للنظر في طلب الوصاية على الطفل"
TIGRINYA = "ሓበሬታ ብዛዕባ ቆጸራ ቤት ፍርዲ"
PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils not installed")


# --- what the tests are made of ----------------------------------------------------------------


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    page = pdfcanvas.Canvas(out)
    for n in range(pages):
        page.drawString(72, 720, f"page {n + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 30), "white").save(out, "PNG")
    return out.getvalue()


def _case(**child: Any) -> dict[str, Any]:
    """A Californian guardianship with two exhibits (one with a three-page PDF and a photo,
    one without a file), a lawyer and a hearing to come."""
    return {
        "reference": "GD-2026-0001",
        "lead_lawyer_id": "lawyer",
        "child": {
            "given_names": "Liban",
            "family_name": "Duale",
            "dob_year": 2011,
            "dob_certainty": "estimated",
            "nationalities": ["SO"],
            **child,
        },
        "proceedings": [
            {
                "id": "p1",
                "kind": "guardianship",
                "jurisdiction": "US-CA",
                "reference": "24PRGP00123",
                "forum_name": "Superior Court of California, County of Los Angeles",
                "status": "active",
                "hearings": [],
            }
        ],
        "documents": [
            {
                "id": "d1",
                "document_type": "birth_certificate",
                "issuing_country": "SO",
                "number": "A4696313",
                "files": [{"attachment_id": "pdf3"}, {"attachment_id": "photo"}],
                "authentication_steps": [
                    {"kind": "legalisation_notary", "sequence": 1},
                    {"kind": "e_apostille", "sequence": 2},
                ],
                "translations": [
                    {
                        "source_language": "so",
                        "target_language": "en",
                        "translator_name": "A. Translator",
                        "kind": "certified",
                    }
                ],
            },
            {
                "id": "d2",
                "document_type": "national_id",
                "issuing_country": "SO",
                "files": [],
            },
        ],
    }


FILES = {"pdf3": ("application/pdf", _pdf(3)), "photo": ("image/png", _png())}

COUNSEL = {
    "bar_number": "287654",
    "organisation": "Legal Aid Example",
    "attorney_address": "100 Main Street, Suite 200\nLos Angeles, CA 90012",
    "attorney_phone": "(213) 555-0100",
    "attorney_email": "counsel@example.org",
    "attorney_for": "Petitioner",
}


def _data(language: str = "en", inputs: Mapping[str, str] | None = None) -> dict[str, Any]:
    catalogue = shipped()
    return filing_data(
        _case(),
        {"lawyer": "Lucía Ferrer"},
        form=catalogue.form("exhibit-index"),
        language=language,
        exhibit_ids=["d1", "d2"],
        inputs=inputs or COUNSEL,
        today=TODAY,
        vocabulary=catalogue.vocabulary.get(language, {}),
        pages_of=lambda sha: file_pages(*FILES[sha]) if sha in FILES else None,
    )


def _exhibit_index(language: str = "en") -> model.Filing:
    catalogue = shipped()
    return build_filing(catalogue, catalogue.form("exhibit-index"), _data(language), language)


def _filing(blocks: list[model.Block], language: str = "en", **kwargs: Any) -> model.Filing:
    return model.Filing(
        form_id="test",
        form_version="1",
        language=language,
        title="Test",
        caption=kwargs.pop(
            "caption",
            model.Caption("box", ("SUPERIOR COURT",), ("In the Matter of",), "Case No.", "123"),
        ),
        blocks=tuple(blocks),
        footer="NOTICE OF HEARING",
        words=shipped().printed_words(language),
        **kwargs,
    )


def _pdftotext(data: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "filing.pdf"
    path.write_bytes(data)
    assert PDFTOTEXT is not None
    done = subprocess.run(
        [PDFTOTEXT, *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return re.sub("[\u202a-\u202e\u200e\u200f]", "", done.stdout)  # bidi embedding marks


def _words_boxes(data: bytes, tmp_path: Path) -> list[tuple[str, float, float, float, int]]:
    """Each word of the PDF with its left, right and top (points) and its page."""
    xhtml = _pdftotext(data, tmp_path, "-bbox")
    found = []
    for page, body in enumerate(xhtml.split("<page ")[1:], 1):
        for x0, y0, x1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            body,
        ):
            found.append((word, float(x0), float(x1), float(y0), page))
    return found


def _pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


# --- 1. fonts and direction in Word ------------------------------------------------------------


def test_word_sets_arabic_in_the_pdfs_arabic_font_right_to_left_and_ethiopic_in_its_own() -> None:
    filing = _filing(
        [model.Title("NOTICE"), model.Paragraph(ARABIC, 1), model.Paragraph(TIGRINYA, 2)],
        language="ar",
    )
    document = docx.Document(io.BytesIO(render_docx(filing)))
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:cs")) == "Noto Naskh Arabic"
    assert fonts.get(qn("w:ascii")) == "Noto Serif"
    assert document.styles["Normal"].element.rPr.find(qn("w:lang")).get(qn("w:bidi")) == "ar-SA"
    arabic = next(p for p in document.paragraphs if p.text == f"{ARABIC}")
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in arabic.runs)
    tigrinya = next(p for p in document.paragraphs if p.text == TIGRINYA)
    run_fonts = tigrinya.runs[0]._r.rPr.rFonts
    assert run_fonts.get(qn("w:hAnsi")) == run_fonts.get(qn("w:ascii")) == "Noto Sans Ethiopic"
    assert tigrinya._p.pPr is None or tigrinya._p.pPr.find(qn("w:bidi")) is None


# --- 2. the foot of the page -------------------------------------------------------------------


LONG_DOCKET = "24STPB01234-GUARDIANSHIP-CONSOLIDATED-WITH-24STPB09876-AND-24STPB55555"


@needs_pdftotext
def test_a_long_docket_number_and_the_page_number_do_not_meet(tmp_path: Path) -> None:
    caption = model.Caption("box", ("SUPERIOR COURT",), ("In the Matter of",), "Case No.", "")
    caption = model.Caption(caption.layout, caption.court, caption.matter, "Case No.", LONG_DOCKET)
    filing = _filing([model.Paragraph("Text.", 1)], caption=caption, page_size="letter")
    words = _words_boxes(render_pdf(filing), tmp_path)
    foot = [w for w in words if w[3] > 700]
    docket = next(w for w in foot if w[0] == LONG_DOCKET)  # whole, never cut
    page = next(w for w in foot if w[0] == "Page")
    assert abs(docket[3] - page[3]) < 2  # on one line
    assert docket[2] < page[1] - 6  # the docket number ends before the page number starts

    document = docx.Document(io.BytesIO(render_docx(filing)))
    footer = document.sections[0].footer
    start, end = footer.tables[0].rows[0].cells
    assert start.text == f"Case No. {LONG_DOCKET}"
    assert 'w:instr="PAGE"' in end._tc.xml
    assert "NUMPAGES" in end._tc.xml
    assert "PAGE" not in start._tc.xml
    assert footer.paragraphs[-1].text == "NOTICE OF HEARING"


# --- 3. pleading paper and counsel's block -----------------------------------------------------


@needs_pdftotext
def test_a_californian_pleading_carries_counsel_on_lines_1_to_7(tmp_path: Path) -> None:
    filing = _exhibit_index()
    assert filing.line_numbers
    assert filing.page_size == "letter"
    words = [w for w in _words_boxes(render_pdf(filing), tmp_path) if w[4] == 1]
    margin = {w[0]: w[3] for w in words if w[0].isdigit() and w[2] < 100}
    assert set(margin) >= {str(n) for n in range(1, 29)}

    def line_of(word: str) -> int:
        top = next(w[3] for w in words if w[0] == word and w[1] > 100)
        return min(range(1, 29), key=lambda n: abs(margin[str(n)] - top))

    assert line_of("Lucía") == 1
    assert line_of("287654)") == 1
    assert line_of("Telephone:") <= 7
    assert line_of("counsel@example.org") <= 7
    assert line_of("Petitioner") == 7
    assert line_of("SUPERIOR") == 8

    document = docx.Document(io.BytesIO(render_docx(filing)))
    texts = [p.text for p in document.paragraphs]
    assert texts[:7] == [
        "Lucía Ferrer (State Bar No. 287654)",
        "Legal Aid Example",
        "100 Main Street, Suite 200",
        "Los Angeles, CA 90012",
        "Telephone: (213) 555-0100",
        "E-mail: counsel@example.org",
        "Attorney for Petitioner",
    ]
    assert texts[7].startswith("SUPERIOR COURT OF CALIFORNIA")
    section = document.sections[0]
    assert "w:lnNumType" not in section._sectPr.xml  # Word's own numbers would come twice
    numbers = next(p for p in section.header.paragraphs if p.text.startswith("1\n"))
    assert numbers.text.split("\n") == [str(n) for n in range(1, 29)]
    properties = numbers._p.pPr
    assert properties.find(qn("w:framePr")) is not None
    assert properties.find(qn("w:pBdr")).find(qn("w:right")).get(qn("w:val")) == "double"
    rules = [p for p in section.header.paragraphs if p._p.pPr.find(qn("w:pBdr")) is not None]
    assert len(rules) == 2  # beside the numbers, and at the right margin
    spacing = document.styles["Normal"].paragraph_format
    assert spacing.line_spacing.pt == 24  # the text on the numbered lines


def test_outside_california_no_counsel_block_is_made() -> None:
    catalogue = shipped()
    data = _data()
    data["proceeding"] = {**data["proceeding"], "jurisdiction": "DE-BE"}
    filing = build_filing(catalogue, catalogue.form("exhibit-index"), data)
    assert not isinstance(filing.blocks[0], model.Signature)


# --- 4. headings and signatures keep with their text -------------------------------------------


def test_no_heading_ends_a_page_and_no_signature_stands_alone() -> None:
    checked = 0
    for filler in range(14, 60):
        blocks: list[model.Block] = [model.Title("DECLARATION")]
        blocks += [model.Paragraph(f"Filler paragraph number {n}.", n) for n in range(filler)]
        blocks += [model.Paragraph("Shift " * (filler % 4 * 3) or "x")]  # a line or two more
        blocks += [model.Heading("THE HEARING"), model.Paragraph("Heading's own text.", 99)]
        blocks += [model.Paragraph(f"More text number {n}.") for n in range(filler % 7)]
        blocks += [model.Paragraph("Closing statement before the signature.")]
        blocks += [model.Signature(("Signer Name", "Counsel"), "Los Angeles")]
        pages = _pages(render_pdf(_filing(blocks)))
        heading = next(p for p in pages if "THE HEARING" in p)
        assert "Heading's own text." in heading
        signed = next(p for p in pages if "Signer Name" in p)
        assert "Closing statement before the signature." in signed
        checked += len(pages) > 1
    assert checked  # some of them did run over a page

    document = docx.Document(io.BytesIO(render_docx(_filing(blocks))))
    assert document.styles["Heading 1"].paragraph_format.keep_with_next
    assert document.styles["Filing Title"].paragraph_format.keep_with_next
    closing = next(p for p in document.paragraphs if p.text.startswith("Closing statement"))
    assert closing.paragraph_format.keep_with_next
    signature = document.tables[-1]
    assert "w:cantSplit" in signature.rows[0]._tr.xml
    assert "Signer Name" in signature.rows[0].cells[1].text


# --- 5. the exhibit index: pages, whole descriptions -------------------------------------------


def test_pages_of_a_file() -> None:
    assert file_pages("application/pdf", _pdf(3)) == 3
    assert file_pages("image/png", _png()) == 1
    assert file_pages("application/pdf", b"not a pdf") is None


@needs_pdftotext
def test_the_exhibit_index_counts_pages_and_keeps_whole_descriptions(tmp_path: Path) -> None:
    filing = _exhibit_index()
    entries = next(b for b in filing.blocks if isinstance(b, model.ExhibitList)).entries
    assert [(e.label, e.pages) for e in entries] == [("A", "4"), ("B", "")]  # 3 + 1; no file
    description = entries[0].description
    assert len(description) > 60
    text = " ".join(_pdftotext(render_pdf(filing), tmp_path).split())
    for word in description.split():
        assert word in text
    document = docx.Document(io.BytesIO(render_docx(filing)))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Exhibit")
    assert [c.text for c in table.rows[1].cells] == ["A", description, "4"]
    assert [c.text for c in table.rows[2].cells][2] == ""


# --- 6. stored values in words -----------------------------------------------------------------


def test_stored_values_print_as_words_of_the_filings_language() -> None:
    english = _data()
    exhibit = english["exhibits"][0]
    assert exhibit["authentication"] == ["Legalisation by a notary", "e-Apostille"]
    assert exhibit["translations"][0]["kind"] == "certified"
    assert english["exhibits"][1]["type"] == "national ID card"
    assert english["child"]["date_of_birth"] == "2011 (estimated)"
    arabic = _data("ar")["exhibits"][0]
    assert arabic["authentication"] == ["التصديق لدى كاتب العدل", "الأبوستيل الإلكتروني"]
    text = _exhibit_index().text()
    assert "e-Apostille" in text
    assert not re.search(r"\b[a-z]+_[a-z_]+\b|e apostille|legalisation notary", text)
    assert check(shipped()) == []  # data.en.toml names every code word a filing prints


# --- 7. Arabic extracted from the PDF as written -----------------------------------------------


@needs_pdftotext
@pytest.mark.parametrize("options", [(), ("-raw",)], ids=["pdftotext", "pdftotext -raw"])
def test_arabic_comes_out_of_the_pdf_in_reading_order(tmp_path: Path, options: tuple[str]) -> None:
    long = f"{ARABIC} {ARABIC}"
    filing = _filing(
        [model.Title("إشعار بموعد جلسة"), model.Paragraph(long)],
        language="ar",
        caption=None,
    )
    lines = [
        line.strip() for line in _pdftotext(render_pdf(filing), tmp_path, *options).split("\n")
    ]
    # The footer ("الصفحة 1 من 1") mixes digits in: poppler moves a space where digits meet
    # Arabic letters, whatever the PDF says; the text here is letters and marks only.
    arabic = [line for line in lines if line and not line[0].isascii() and "1" not in line]
    assert arabic[0] == "إشعار بموعد جلسة"
    body = arabic[1:]
    assert len(body) >= 2  # the paragraph runs over lines: each comes out whole, in order
    assert " ".join(body) == long
    words = set(long.split())
    for line in body:  # no word broken at its vowel marks
        assert set(line.split()) <= words
