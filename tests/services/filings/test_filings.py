"""Filings made from the shipped forms, read back as a clerk would check them: the caption, the
names, the docket number, "Page X of Y", in the PDF and in the DOCX; kept in the case."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from guardian_desk.domain.enums import FilingFormat
from guardian_desk.errors import ValidationError
from guardian_desk.services import cases, exchange, filings
from guardian_desk.storage.database import Database
from tests.conftest import AS_OF
from tests.services.filings.assessments import with_best_interests


def _cases(db: Database) -> list[dict[str, Any]]:
    return exchange.export_document(db)["cases"]


def _inputs(form: filings.Form) -> dict[str, str]:
    """What a clerk would type: a plain value for each thing the form asks; a day (which
    chooses a record) left blank."""
    return {
        i.name: "" if i.kind == "date" else f"Typed {i.name.replace('_', ' ')}" for i in form.inputs
    }


def _ready(db: Database, form: filings.Form) -> Iterator[filings.Prepared]:
    """Each demo case (and its proceedings) for which the form has everything it needs; each
    with a best-interests determination, which the demo data does not record."""
    for case in map(with_best_interests, _cases(db)):
        for proceeding in case["proceedings"]:
            if not form.serves(proceeding["kind"], proceeding["jurisdiction"]):
                continue
            request = filings.Request(
                case["id"], form.id, proceeding_id=proceeding["id"], inputs=_inputs(form)
            )
            prepared = filings.prepare(db, request, case=case, today=AS_OF)
            if not prepared.missing:
                yield prepared


def _pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _docx_text(data: bytes) -> tuple[str, Any]:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts), document


FORMS = sorted(filings.shipped_forms().forms)


@pytest.mark.parametrize("form_id", FORMS)
def test_every_form_in_pdf_and_docx(demo_db: Database, form_id: str) -> None:
    form = filings.shipped_forms().form(form_id)
    prepared = next(_ready(demo_db, form), None)
    assert prepared is not None, f"no demo case has what {form_id} needs"
    data = prepared.data
    child = data["child"]["full_name"]
    docket = data["proceeding"]["docket"]

    pdf = filings.make(demo_db, prepared, FilingFormat.PDF, keep=False)
    pages = _pdf_pages(pdf.data)
    text = _flat(" ".join(pages))
    assert child.upper() in text.upper()
    assert docket in text
    assert data["proceeding"]["forum"].split(",")[0].upper() in text.upper()
    assert pdf.filing.title.upper() in text.upper()
    for number, page in enumerate(pages, 1):  # every page says where it is
        assert f"Page {number} of {len(pages)}" in page

    word = filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False)
    body, document = _docx_text(word.data)
    assert child.upper() in body.upper()
    assert docket in body
    assert pdf.filing.title.upper() in body.upper()
    footer = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer
    assert 'w:instr="NUMPAGES"' in footer
    assert docket in footer
    assert document.core_properties.title == pdf.filing.title
    # The same words in both: every numbered paragraph of the PDF is a paragraph of the DOCX.
    for block in pdf.filing.blocks:
        if getattr(block, "number", None):
            assert block.text in body


def _case_at(db: Database, jurisdiction: str, kind: str) -> dict[str, Any]:
    """A case with a hearing to come in a proceeding of this kind and jurisdiction; that
    proceeding first."""
    for case in _cases(db):
        for p in case["proceedings"]:
            upcoming = [
                h
                for h in p["hearings"]
                if h["outcome"] == "scheduled" and h["starts_at"] > "2026-11-26"
            ]
            if p["jurisdiction"] == jurisdiction and p["kind"] == kind and upcoming:
                case["proceedings"].remove(p)
                case["proceedings"].insert(0, p)
                return case
    raise AssertionError(f"no {kind} in {jurisdiction} with a hearing to come")


def _notice(db: Database, case: dict[str, Any], **request: Any) -> filings.Prepared:
    proceeding = case["proceedings"][0]
    return filings.prepare(
        db,
        filings.Request(case["id"], "notice-of-hearing", proceeding_id=proceeding["id"], **request),
        today=AS_OF,
    )


def test_a_californian_guardianship_is_filed_on_pleading_paper(demo_db: Database) -> None:
    case = _case_at(demo_db, "US-CA", "guardianship")
    made = filings.make(demo_db, _notice(demo_db, case), FilingFormat.PDF, keep=False)
    reader = PdfReader(io.BytesIO(made.data))
    first = reader.pages[0]
    assert (float(first.mediabox.width), float(first.mediabox.height)) == (612, 792)  # Letter
    text = first.extract_text()
    assert "SUPERIOR COURT OF CALIFORNIA" in text
    assert "In the Matter of the Guardianship of" in text
    numbers = [int(n) for n in re.findall(r"^\s*(\d{1,2})\s*$", text, re.M)]
    assert set(range(1, 29)) <= set(numbers)  # lines 1 to 28 in the margin
    word = filings.make(demo_db, _notice(demo_db, case), FilingFormat.DOCX, keep=False)
    header = docx.Document(io.BytesIO(word.data)).sections[0].header
    ruled = next(p for p in header.paragraphs if p.text.startswith("1\n"))  # the margin's frame
    assert [int(n) for n in ruled.text.split()] == list(range(1, 29))


def test_an_immigration_court_and_a_german_court_head_their_filings_their_way(
    demo_db: Database,
) -> None:
    catalogue = filings.shipped_forms()
    assert catalogue.caption_for("US-TX", "asylum").id == "us-immigration"
    assert catalogue.caption_for("US-CA", "guardianship").id == "us-ca"
    assert catalogue.caption_for("DE-BE", "guardianship").id == "continental"
    assert catalogue.caption_for("ZZ", "guardianship").id == "default"
    case = _case_at(demo_db, "DE-BE", "guardianship")
    made = filings.make(demo_db, _notice(demo_db, case), FilingFormat.PDF, keep=False)
    first = PdfReader(io.BytesIO(made.data)).pages[0]
    assert round(float(first.mediabox.width)) == 595  # A4
    assert "Amtsgericht" in first.extract_text()


def test_the_pdf_embeds_its_fonts_and_says_what_it_is(demo_db: Database) -> None:
    case = _case_at(demo_db, "US-CA", "guardianship")
    made = filings.make(demo_db, _notice(demo_db, case), FilingFormat.PDF, keep=False)
    reader = PdfReader(io.BytesIO(made.data))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts
    assert all(fonts.values()), fonts  # every font embedded
    assert any("NotoSerif" in name for name in fonts)
    assert reader.metadata.title == "NOTICE OF HEARING"
    assert reader.metadata.author
    assert [o.title for o in reader.outline] == ["NOTICE OF HEARING"]  # a bookmark


def test_missing_data_is_listed_in_plain_words(demo_db: Database) -> None:
    case = next(c for c in _cases(demo_db) if c["proceedings"])
    for proceeding in case["proceedings"]:
        proceeding["hearings"] = []
    case["child"]["given_names"] = ""
    catalogue = filings.shipped_forms()
    prepared = filings.prepare(
        demo_db, filings.Request(case["id"], "notice-of-hearing"), case=case, today=AS_OF
    )
    assert "a scheduled hearing" in prepared.missing
    assert "date of the hearing" in prepared.missing
    with pytest.raises(filings.FormError) as caught:
        filings.build_filing(catalogue, prepared.form, prepared.data)
    assert "the case lacks some data" in str(caught.value)
    assert "date of the hearing" in str(caught.value)


def test_a_filing_is_kept_in_the_case_and_made_again_after_an_edit(demo_db: Database) -> None:
    case = _case_at(demo_db, "US-CA", "guardianship")
    made = filings.make(demo_db, _notice(demo_db, case), FilingFormat.PDF, made_by="Piotr")
    opened = cases.open_case(demo_db, case["id"])
    [kept] = filings.kept(opened.case)
    assert (kept.form_id, kept.form_version, kept.format, kept.made_by) == (
        "notice-of-hearing",
        "1.0",
        FilingFormat.PDF,
        "Piotr",
    )
    assert kept.sha256 == made.sha256
    assert filings.kept_file(demo_db, kept) == made.data  # byte for byte

    draft = opened.draft()
    draft["child"]["given_names"] = "Rahima"
    cases.save_case(demo_db, opened, draft)
    again = filings.make_again(demo_db, case["id"], kept, made_by="Piotr")
    assert "Rahima" in _flat(" ".join(_pdf_pages(again.data)))
    assert len(filings.kept(cases.open_case(demo_db, case["id"]).case)) == 2  # both kept
    exported = exchange.export_document(demo_db, [case["reference"]])
    assert {a["sha256"] for a in exported["attachments"]} >= {made.sha256, again.sha256}


def test_a_filing_that_cannot_be_made_keeps_nothing(demo_db: Database, tmp_path: Path) -> None:
    case = _case_at(demo_db, "US-CA", "guardianship")
    with pytest.raises(ValidationError, match="not written in Zulu"):
        _notice(demo_db, case, language="zu")
    # A form whose text has a mistake: the clerk is told where, and nothing is kept.
    folder = tmp_path / "forms"
    shutil.copytree(filings.shipped_forms().folder, folder)
    body = folder / "notice-of-hearing" / "body.en.j2"
    body.write_text(body.read_text() + "@text {{ child.shoe_size }}\n", encoding="utf-8")
    broken = filings.read_catalogue(folder)
    prepared = _notice(demo_db, case)
    with pytest.raises(
        filings.FormError, match=r"notice-of-hearing/body\.en\.j2, line \d+: .*shoe_size"
    ):
        filings.make(demo_db, prepared, FilingFormat.PDF, catalogue=broken)
    assert filings.kept(cases.open_case(demo_db, case["id"]).case) == []


def test_the_exhibit_index_made_for_a_case_counts_the_pages_of_its_scans(
    demo_db: Database,
) -> None:
    """Through the same service the window uses: each exhibit with a scan kept in the database
    has its page count in the Pages column; one without a scan has none."""
    case = next(c for c in _cases(demo_db) if any(d["files"] for d in c["documents"]))
    prepared = filings.prepare(demo_db, filings.Request(case["id"], "exhibit-index"), today=AS_OF)
    made = filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False)
    document = docx.Document(io.BytesIO(made.data))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Exhibit")
    pages = {row.cells[0].text: row.cells[2].text for row in table.rows[1:]}
    scanned = [d for d in case["documents"] if d["files"]]
    assert any(p.isdigit() and int(p) >= 1 for p in pages.values()), pages
    assert sum(1 for p in pages.values() if p) <= len(scanned)
