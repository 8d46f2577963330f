"""Filings in the child's language beside the court's: Arabic joined and right to left, Ethiopic
for Tigrinya, every script's font embedded, DOCX paragraphs marked bidi, translations whose
review is pending marked as such, and `forms check` finding what is missing."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from guardian_desk.domain import filing as model
from guardian_desk.domain.enums import FilingFormat
from guardian_desk.errors import ValidationError
from guardian_desk.services import exchange, filings
from guardian_desk.services.filings import bilingual
from guardian_desk.services.filings.pdf_text import check_coverage, visual_order
from guardian_desk.storage.database import Database
from tests.conftest import AS_OF
from tests.services.filings.assessments import with_best_interests


def _case(db: Database) -> dict[str, Any]:
    """A case with a hearing to come; that proceeding first."""
    for case in exchange.export_document(db)["cases"]:
        for p in case["proceedings"]:
            if any(
                h["outcome"] == "scheduled" and h["starts_at"] > AS_OF.isoformat()
                for h in p["hearings"]
            ):
                return {**case, "proceeding_id": p["id"]}
    raise AssertionError("no case with a hearing to come")


def _notice(db: Database, second: str, arrangement: str = "columns") -> filings.Prepared:
    case = _case(db)
    request = filings.Request(
        case["id"],
        "notice-of-hearing",
        "en",
        proceeding_id=case["proceeding_id"],
        second_language=second,
        arrangement=arrangement,
    )
    return filings.prepare(db, request, today=AS_OF)


def _text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


def _fonts(data: bytes) -> dict[str, bool]:
    """Each font the PDF uses, and whether its file is embedded."""
    found = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    return found


def test_an_english_and_arabic_notice_side_by_side(demo_db: Database) -> None:
    prepared = _notice(demo_db, "ar")
    made = filings.make(demo_db, prepared, FilingFormat.PDF, keep=False)
    assert any(isinstance(b, model.Pair) for b in made.filing.blocks)
    text = _text(made.data)
    # The Arabic sentence is found as it was written: letters joined, words in reading order.
    assert "يُرجى العلم بأنّ" in text
    assert "NOTICE OF HEARING" in text
    fonts = _fonts(made.data)
    assert all(fonts.values()), fonts  # every font embedded
    assert any("NotoNaskhArabic" in name for name in fonts)
    assert any("NotoSerif" in name for name in fonts)
    # A translation nobody has reviewed says so on every page.
    for page in PdfReader(io.BytesIO(made.data)).pages:
        assert "UNREVIEWED TRANSLATION" in page.extract_text()

    word = filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False)
    document = docx.Document(io.BytesIO(word.data))
    cells = [p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    arabic = [p for p in cells if re.search("[\u0600-\u06ff]", p.text)]
    assert arabic
    for paragraph in arabic:
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
        assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in paragraph.runs)
    english = [p for p in cells if p.text.startswith("1. PLEASE TAKE NOTICE")]
    assert english
    assert english[0]._p.pPr is None or english[0]._p.pPr.find(qn("w:bidi")) is None


def test_an_english_and_tigrinya_notice(demo_db: Database) -> None:
    made = filings.make(demo_db, _notice(demo_db, "ti"), FilingFormat.PDF, keep=False)
    fonts = _fonts(made.data)
    assert any("NotoSansEthiopic" in name for name in fonts)
    assert all(fonts.values())
    ethiopic = re.findall("[\u1200-\u137f]+", _text(made.data))
    assert len(ethiopic) > 20  # the Tigrinya text is there, in its script


def test_one_language_after_the_other(demo_db: Database) -> None:
    prepared = _notice(demo_db, "ar", arrangement="sequential")
    made = filings.make(demo_db, prepared, FilingFormat.PDF, keep=False)
    blocks = made.filing.blocks
    assert not any(isinstance(b, model.Pair) for b in blocks)
    assert any(isinstance(b, model.PageBreak) for b in blocks)
    text = _text(made.data)
    assert text.index("PLEASE TAKE NOTICE") < text.index("يُرجى العلم")


def test_mixed_text_reads_in_the_right_order() -> None:
    # On a right-to-left line, Arabic runs go right to left; a name and a number keep theirs.
    words = ["طُلب", "مترجم", "(Nadia", "Haddad)", "في", "2026"]
    seen = [w for w, _kind in visual_order(words, "R")]
    assert seen == ["2026", "في", "(Nadia", "Haddad)", "مترجم", "طُلب"]
    # On a left-to-right line, an Arabic name of two words is read from its right.
    seen = [w for w, _kind in visual_order(["name:", "عبد", "الله", "Ahmad"], "L")]
    assert seen == ["name:", "الله", "عبد", "Ahmad"]


def test_a_character_no_font_has_is_reported() -> None:
    check_coverage(["Олена Марченко", "ሰላም ተስፋይ", "عبد الله", "گل‌رخ"])  # all shipped
    with pytest.raises(ValidationError, match=r"U\+738B"):
        check_coverage(["王小明"])


def test_review_status_and_staleness(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(filings.shipped_forms().folder, folder)
    catalogue = filings.read_catalogue(folder)
    form = catalogue.form("notice-of-hearing")
    assert not form.unreviewed("en")
    assert form.unreviewed("ar")  # a draft
    review = folder / "notice-of-hearing" / "body.ar.review.toml"
    review.write_text(
        f'status = "reviewed"\nsource = "{form.source_digest()}"\n'
        'reviewed_by = "Nadia Haddad"\nqualification = "Sworn translator (DE)"\n'
        'reviewed_on = "2026-11-20"\n',
        encoding="utf-8",
    )
    assert not filings.read_catalogue(folder).form("notice-of-hearing").unreviewed("ar")
    english = folder / "notice-of-hearing" / "body.en.j2"
    english.write_text(english.read_text() + "\n@text A new sentence.\n", encoding="utf-8")
    changed = filings.read_catalogue(folder)
    assert changed.form("notice-of-hearing").unreviewed("ar")  # the English moved on
    problems = filings.check_forms(changed)
    assert (
        "notice-of-hearing/body.ar.j2: stale (the English text changed since it was translated)"
        in problems
    )
    assert any(p.startswith("notice-of-hearing/body.ar.j2: out of step") for p in problems)


def test_forms_check_finds_a_removed_paragraph(tmp_path: Path) -> None:
    assert filings.check_forms(filings.shipped_forms()) == []  # every form, every language, in step
    folder = tmp_path / "forms"
    shutil.copytree(filings.shipped_forms().folder, folder)
    body = folder / "request-interpreter" / "body.uk.j2"
    lines = body.read_text(encoding="utf-8").splitlines()
    first_para = next(i for i, line in enumerate(lines) if line.startswith("@para"))
    body.write_text("\n".join(lines[:first_para] + lines[first_para + 1 :]), encoding="utf-8")
    (folder / "_shared" / "signature.ti.j2").unlink()
    problems = filings.check_forms(filings.read_catalogue(folder))
    assert any(p.startswith("request-interpreter/body.uk.j2: out of step") for p in problems)
    assert "_shared/signature.ti.j2: missing" in problems


LANGUAGES = sorted(
    {lang for form in filings.shipped_forms().forms.values() for lang in form.languages} - {"en"}
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_in_every_language(demo_db: Database, language: str) -> None:
    """Each form, in each language it is written in, made as PDF (every character in a
    shipped font) and DOCX, for a demo case that has what it needs (each case given a
    best-interests determination, which the demo data does not record)."""
    cases = [with_best_interests(c) for c in exchange.export_document(demo_db)["cases"]]
    for form in sorted(filings.shipped_forms().forms.values(), key=lambda f: f.id):
        made = None
        for case in cases:
            for p in case["proceedings"]:
                if not form.serves(p["kind"], p["jurisdiction"]):
                    continue
                request = filings.Request(
                    case["id"],
                    form.id,
                    language,
                    proceeding_id=p["id"],
                    inputs={
                        i.name: "" if i.kind == "date" else f"Typed {i.name}" for i in form.inputs
                    },
                )
                prepared = filings.prepare(demo_db, request, case=case, today=AS_OF)
                if not prepared.missing:
                    made = filings.make(demo_db, prepared, FilingFormat.PDF, keep=False)
                    break
            if made:
                break
        assert made is not None, f"no demo case has what {form.id} needs"
        assert made.filing.language == language
        assert "UNREVIEWED TRANSLATION" in made.filing.marks  # drafts, all of them
        pages = PdfReader(io.BytesIO(made.data)).pages
        assert f"{len(pages)}" in pages[-1].extract_text()  # "Page X of Y" in any language
        word = filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False)
        assert docx.Document(io.BytesIO(word.data)).paragraphs


def test_arabic_indic_digits_where_the_forum_wants_them(demo_db: Database) -> None:
    assert bilingual.native_digits("بتاريخ 13 ديسمبر 2026", "ar") == "بتاريخ ١٣ ديسمبر ٢٠٢٦"
    assert bilingual.native_digits("رقم A822260870", "ar") == "رقم A822260870"  # a docket keeps its
    assert bilingual.native_digits("۱۳ دسمبر", "prs") == "۱۳ دسمبر"
    assert bilingual.native_digits("13 грудня", "uk") == "13 грудня"
    case = _case(demo_db)
    base = {
        "case_id": case["id"],
        "form_id": "notice-of-hearing",
        "language": "en",
        "proceeding_id": case["proceeding_id"],
        "second_language": "ar",
    }
    western = filings.prepare(demo_db, filings.Request(**base), today=AS_OF).build()
    native = filings.prepare(
        demo_db, filings.Request(**base, native_digits=True), today=AS_OF
    ).build()
    arabic_side = [b.right for b in native.blocks if isinstance(b, model.Pair)]
    english_side = [b.left for b in native.blocks if isinstance(b, model.Pair)]
    assert any(re.search("[٠-٩]", model.block_text(b)[0]) for b in arabic_side)
    assert not any(re.search("[٠-٩]", t) for b in english_side for t in model.block_text(b))
    assert not any(
        re.search("[٠-٩]", t) for b in western.blocks for t in model.block_text(b)
    )  # Western digits unless asked
