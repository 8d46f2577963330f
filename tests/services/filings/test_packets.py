"""A hearing packet read back as a clerk checks it: its contents page, a slip sheet and the
pages of each exhibit, a Bates number on every page in sequence, a bookmark per exhibit."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from guardian_desk.domain.enums import AuthenticationKind, TranslationKind
from guardian_desk.errors import ValidationError
from guardian_desk.services import cases, exchange, filings
from guardian_desk.services.documents import Scan
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database
from tests.conftest import AS_OF


def _case_with_scans(db: Database) -> dict[str, Any]:
    """A case with a hearing to come and at least two documents with scans."""
    for case in exchange.export_document(db)["cases"]:
        scanned = [d for d in case["documents"] if d["files"]]
        upcoming = [
            h
            for p in case["proceedings"]
            for h in p["hearings"]
            if h["outcome"] == "scheduled" and h["starts_at"] > AS_OF.isoformat()
        ]
        if len(scanned) >= 2 and upcoming:
            return case
    raise AssertionError("no demo case with two scanned documents and a hearing to come")


def _tiff(pages: int) -> bytes:
    frames = [Image.new("L", (1240, 1754), 255 - 60 * i) for i in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def _prepared(db: Database, case: dict[str, Any], form: str = "notice-of-hearing") -> Any:
    request = filings.Request(case["id"], form, inputs={})
    return filings.prepare(db, request, today=AS_OF)


def test_a_packet_is_numbered_bookmarked_and_listed(demo_db: Database) -> None:
    case = _case_with_scans(demo_db)
    # A three-page TIFF scan on the first scanned document: each frame becomes a page.
    opened = cases.open_case(demo_db, case["id"])
    draft = opened.draft()
    document = next(d for d in draft["documents"] if d["files"])
    data = _tiff(3)
    scan = Scan(__import__("hashlib").sha256(data).hexdigest(), "image/tiff", data, "p.tif")
    document["files"].append(
        new_record("files", attachment_id=scan.sha256, original_filename="p.tif", position=9)
    )
    cases.save_case(demo_db, opened, draft, [scan])

    prepared = _prepared(demo_db, case)
    packet = filings.make_packet(demo_db, prepared, bates_prefix="GD")
    reader = PdfReader(io.BytesIO(packet.data))
    assert len(reader.pages) == packet.pages
    texts = [page.extract_text() or "" for page in reader.pages]
    # A Bates number on every page, in sequence, with nothing skipped.
    for number, text in enumerate(texts, 1):
        assert f"GD-{number:06d}" in text
    exhibits = [p for p in packet.parts if p.label]
    assert [p.label for p in exhibits] == [chr(ord("A") + i) for i in range(len(exhibits))]
    scanned = [d for d in cases.open_case(demo_db, case["id"]).case["documents"] if d["files"]]
    assert len(exhibits) == len(scanned)
    for part in exhibits:  # the contents page sends the reader to each slip sheet
        assert f"EXHIBIT {part.label}" in texts[part.first_page - 1]
        assert f"Exhibit {part.label}:" in texts[0]
        assert f"GD-{part.first_page:06d} – GD-{part.last_page:06d}" in texts[0]
    tiff_part = next(p for p in exhibits if any("p.tif" in w for w, _ in p.children))
    first_tiff = next(page for what, page in tiff_part.children if "p.tif" in what)
    assert tiff_part.last_page - first_tiff + 1 >= 3  # three frames, three pages
    outline = reader.outline
    titles = [o.title for o in outline if not isinstance(o, list)]
    assert titles[0] == "Contents"
    assert [t.split(":")[0] for t in titles[2:]] == [f"Exhibit {p.label}" for p in exhibits]
    assert reader.get_destination_page_number(outline[2]) == exhibits[0].first_page - 1


def test_a_packet_is_kept_and_made_again(demo_db: Database) -> None:
    case = _case_with_scans(demo_db)
    packet = filings.make_packet(demo_db, _prepared(demo_db, case), keep=True, made_by="Eleni")
    [kept] = filings.kept(cases.open_case(demo_db, case["id"]).case)
    assert kept.form_id == "packet:notice-of-hearing"
    assert filings.kept_file(demo_db, kept) == packet.data
    again = filings.make_again(demo_db, case["id"], kept)
    assert PdfReader(io.BytesIO(again.data)).pages
    assert len(filings.kept(cases.open_case(demo_db, case["id"]).case)) == 2


def test_a_packet_without_exhibits_is_refused(demo_db: Database) -> None:
    case = _case_with_scans(demo_db)
    request = filings.Request(case["id"], "notice-of-hearing", exhibit_ids=())
    with pytest.raises(ValidationError, match="choose the documents to attach"):
        filings.make_packet(demo_db, filings.prepare(demo_db, request, today=AS_OF))


def test_a_packet_in_german_has_german_slip_sheets_contents_and_descriptions(
    demo_db: Database,
) -> None:
    case = _case_with_scans(demo_db)
    request = filings.Request(case["id"], "notice-of-hearing", "de", inputs={})
    prepared = filings.prepare(demo_db, request, today=AS_OF)
    packet = filings.make_packet(demo_db, prepared, bates_prefix="GD")
    reader = PdfReader(io.BytesIO(packet.data))
    texts = [page.extract_text() or "" for page in reader.pages]
    assert "Terminsunterlagen" in texts[0]  # the contents page's title
    assert "Beschreibung" in texts[0]
    exhibits = [p for p in packet.parts if p.label]
    vocabulary = filings.shipped_forms().vocabulary["de"]
    german_types = {vocabulary[d["document_type"]] for d in case["documents"] if d["files"]}
    kinds = [k.value for k in (*AuthenticationKind, *TranslationKind)]
    said = tuple(vocabulary[k] for k in (*kinds, "scan", "translation"))
    for part in exhibits:
        assert f"ANLAGE {part.label}" in texts[part.first_page - 1]  # the slip sheet
        assert f"Anlage {part.label}:" in texts[0]
        assert any(part.title.startswith(kind) for kind in german_types), part.title
        for what, _page in part.children:  # each file by the German word for its kind
            assert what.startswith(said), what
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[0] == "Inhalt"
    assert "EXHIBIT" not in " ".join(texts[: exhibits[0].first_page])


def test_every_language_names_every_step_and_translation_a_packet_lists() -> None:
    catalogue = filings.shipped_forms()
    assert "en" in catalogue.vocabulary  # forms/_shared/data.en.toml: every language's default
    for language, words in catalogue.vocabulary.items():
        lacking = [k.value for k in (*AuthenticationKind, *TranslationKind) if k.value not in words]
        lacking += [k for k in ("scan", "translation") if k not in words]
        assert not lacking, f"forms/_shared/data.{language}.toml lacks {lacking}"
