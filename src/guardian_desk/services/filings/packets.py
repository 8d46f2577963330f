"""A hearing packet: a filing and its exhibits in one PDF, as a court receives it.

Table of contents (with each part's first page and Bates range), the filing, then for each
exhibit a slip sheet ("EXHIBIT A"), the document's scans, its translations' files and the
files of its authentication (apostille, standard form); a Bates number stamped at the foot of
every page; a bookmark per part. Scans that are images become pages of the packet's size.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdfcanvas

from guardian_desk.domain.codes import language_name
from guardian_desk.domain.enums import FilingFormat
from guardian_desk.domain.filing import Filing
from guardian_desk.errors import ValidationError
from guardian_desk.services import cases
from guardian_desk.services.documents import FileProblem, image_frames, stored_file
from guardian_desk.services.filings.catalogue import SOURCE_LANGUAGE, Catalogue, shipped
from guardian_desk.services.filings.data import _babel
from guardian_desk.services.filings.making import PACKET_PREFIX, Prepared, keep_file, make
from guardian_desk.services.filings.pdf_text import draw_line, register_fonts
from guardian_desk.services.filings.render_pdf import FONT
from guardian_desk.storage.database import Database

PACKET_FORM = "exhibit-index"  # the filing that leads a packet unless another is chosen
PAGE_COLUMN = 215  # points between the page numbers and the right margin (Bates ranges)
IMAGE_DPI = 300  # an image scan is printed at most this fine: a court reads it, it is no bigger


@dataclass(frozen=True)
class Part:
    """One part of the packet, as the table of contents lists it."""

    label: str  # "" for the filing, "A", "B" ... for exhibits
    title: str
    first_page: int  # 1-based, in the packet
    last_page: int
    children: tuple[tuple[str, int], ...] = ()  # (what, first page): scan, translation...
    exhibit_word: str = "Exhibit"  # in the filing's language

    @property
    def name(self) -> str:
        return f"{self.exhibit_word} {self.label}: {self.title}" if self.label else self.title

    def bates(self, prefix: str) -> str:
        return f"{bates(prefix, self.first_page)} – {bates(prefix, self.last_page)}"


@dataclass(frozen=True)
class Packet:
    data: bytes
    pages: int
    parts: tuple[Part, ...]
    bates_prefix: str
    file_name: str
    filing: Filing  # the filing that leads it
    notes: tuple[str, ...] = field(default=())  # exhibits without a file, files not read
    record_id: str | None = None  # its record in the case, when kept


def bates(prefix: str, page: int) -> str:
    return f"{prefix}-{page:06d}"


def _pages_of(media_type: str, data: bytes, size: tuple[float, float]) -> PdfReader:
    """A file's pages as PDF: a PDF as it is, an image (every frame of a TIFF) fitted on a
    page of the packet's size, at no more than ``IMAGE_DPI``.

    Raises:
        FileProblem: the file cannot be read, or is beyond the limits every scan is held to
            (an image is opened as the scan check opens it: :func:`file_check.image_frames`).
    """
    if media_type == "application/pdf":
        try:
            reader = PdfReader(io.BytesIO(data))
            _ = len(reader.pages)
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
            raise FileProblem("it is damaged: it cannot be read as a PDF") from exc
        return reader
    out = io.BytesIO()
    page = pdfcanvas.Canvas(out, pagesize=size, initialFontName=register_fonts())
    bound = (round((size[0] - inch) / 72 * IMAGE_DPI), round((size[1] - inch) / 72 * IMAGE_DPI))
    with image_frames(data, bound) as pictures:
        for picture in pictures:
            width, height = size[0] - inch, size[1] - inch
            scale = min(width / picture.width, height / picture.height)
            w, h = picture.width * scale, picture.height * scale
            page.drawImage(ImageReader(picture), (size[0] - w) / 2, (size[1] - h) / 2, w, h)
            page.showPage()
    page.save()
    return PdfReader(io.BytesIO(out.getvalue()))


def _slip(heading: str, description: str, contents: list[str], size: tuple[float, float]) -> bytes:
    """A slip sheet: "EXHIBIT A" (in the filing's language), what it is, what follows."""
    out = io.BytesIO()
    page = pdfcanvas.Canvas(out, pagesize=size, initialFontName=register_fonts())
    width, height = size
    draw_line(page, width / 2, height * 0.6, heading, 40, bold=True, anchor="centre")
    draw_line(page, width / 2, height * 0.6 - 40, description[:80], 14, anchor="centre")
    for index, line in enumerate(contents):
        draw_line(page, width / 2, height * 0.6 - 80 - index * 16, line[:95], 11, anchor="centre")
    page.showPage()
    page.save()
    return out.getvalue()


def _contents(
    parts: list[Part],
    prefix: str,
    title: str,
    size: tuple[float, float],
    offset: int,
    words: Mapping[str, str],
) -> bytes:
    """The table of contents; ``offset`` pages come before the parts' numbers shown."""
    out = io.BytesIO()
    page = pdfcanvas.Canvas(out, pagesize=size, initialFontName=register_fonts())
    width, height = size
    y = height - inch

    def heading() -> float:
        draw_line(page, width / 2, height - inch, title, 14, bold=True, anchor="centre")
        top = height - inch - 30
        draw_line(page, inch, top, words["description"], 10, bold=True)
        draw_line(
            page, width - inch - PAGE_COLUMN, top, words["pages"], 10, bold=True, anchor="right"
        )
        draw_line(page, width - inch, top, "Bates", 10, bold=True, anchor="right")
        return top - 18

    y = heading()
    rows: list[tuple[str, int, str, int, int]] = []  # text, page, Bates, font size, indent
    for part in parts:  # each part, then its files
        rows.append((part.name, part.first_page, part.bates(prefix), 10, 0))
        rows += [(what, first, "", 9, 18) for what, first in part.children]
    for text, first, span, font_size, indent in rows:
        if y < inch * 1.2:
            page.showPage()
            y = heading()
        room = width - 2 * inch - PAGE_COLUMN - 40 - indent
        while text and page.stringWidth(text, FONT, font_size) > room:
            text = text[:-2] + "…"
        draw_line(page, inch + indent, y, text, font_size)
        page.setFont(FONT, font_size)
        page.drawRightString(width - inch - PAGE_COLUMN, y, str(first + offset))
        page.setFont(FONT, 8)
        page.drawRightString(width - inch, y, span)
        y -= font_size + 5
    page.showPage()
    page.save()
    return out.getvalue()


def _stamps(sizes: list[tuple[float, float]], prefix: str) -> PdfReader:
    """A page per packet page with only its Bates number, to lay over it."""
    out = io.BytesIO()
    page = pdfcanvas.Canvas(out, initialFontName=register_fonts())
    for number, (width, _height) in enumerate(sizes, 1):
        page.setPageSize(sizes[number - 1])
        page.setFont(f"{FONT}-Bold", 9)
        text = bates(prefix, number)
        text_width = page.stringWidth(text, f"{FONT}-Bold", 9)
        page.setFillColorRGB(1, 1, 1)
        page.rect(width - 0.5 * inch - text_width - 4, 0.22 * inch, text_width + 8, 14, 0, 1)
        page.setFillColorRGB(0, 0, 0)
        page.drawRightString(width - 0.5 * inch, 0.27 * inch, text)
        page.showPage()
    page.save()
    return PdfReader(io.BytesIO(out.getvalue()))


def make_packet(
    db: Database,
    prepared: Prepared,
    *,
    bates_prefix: str | None = None,
    catalogue: Catalogue | None = None,
    case: Mapping[str, Any] | None = None,
    keep: bool = False,
    made_by: str | None = None,
) -> Packet:
    """The packet for a prepared filing: the filing, then each of its exhibits
    (``prepared.data["exhibits"]``) with its files.

    Raises:
        FormError: the filing lacks data or its template has a mistake.
        ValidationError: no exhibit has any file to put in the packet.
    """
    case = case if case is not None else cases.open_case(db, prepared.request.case_id).case
    filing = make(db, prepared, FilingFormat.PDF, keep=False, catalogue=catalogue)
    words = filing.filing.words  # the packet speaks the filing's language
    reference = str(case.get("reference") or "")
    prefix = bates_prefix if bates_prefix is not None else reference
    size = LETTER if filing.filing.page_size == "letter" else A4
    documents = {d["id"]: d for d in case.get("documents", [])}
    body = PdfWriter()
    parts: list[Part] = []
    notes: list[str] = []

    def add(reader: PdfReader) -> int:
        first = len(body.pages) + 1
        for page in reader.pages:
            body.add_page(page)
        return first

    first = add(PdfReader(io.BytesIO(filing.data)))
    parts.append(Part("", filing.filing.title, first, len(body.pages)))
    language = prepared.request.language
    # The code words a packet lists its files by (steps, translations, "Scan") come from the
    # forms' vocabulary (forms/_shared/data.<lang>.toml): the language's, then the English.
    known = (catalogue or shipped()).vocabulary
    vocabulary = {**known.get(SOURCE_LANGUAGE, {}), **known.get(language, {})}

    def said(code: str) -> str:
        """A kind of step or translation, or a label, as the packet's language writes it."""
        return vocabulary.get(code) or code.replace("_", " ")

    def language_said(code: str) -> str:
        return language_name(code, _babel(language))

    for exhibit in prepared.data["exhibits"]:
        document = documents[exhibit["id"]]
        files: list[tuple[str, str]] = []  # (what, sha256)
        files += [
            (
                f"{said('scan')}: {f.get('original_filename') or ''}",
                f["attachment_id"],
            )
            for f in sorted(document.get("files", []), key=lambda f: f.get("position") or 0)
        ]
        for t in document.get("translations", []):
            if t.get("attachment_id"):
                what = (
                    f"{said('translation')} {language_said(t['source_language'])}"
                    f" → {language_said(t['target_language'])}"
                )
                files.append(
                    (f"{what} ({said(t['kind'])}, {t['translator_name']})", t["attachment_id"])
                )
        for s in sorted(document.get("authentication_steps", []), key=lambda s: s["sequence"]):
            if s.get("attachment_id"):
                files.append((said(s["kind"]), s["attachment_id"]))
        if not files:
            notes.append(f"Exhibit {exhibit['label']} ({exhibit['description']}) has no file.")
        contents = [what for what, _sha in files]
        start = add(
            PdfReader(
                io.BytesIO(
                    _slip(
                        f"{words['exhibit'].upper()} {exhibit['label']}",
                        exhibit["description"],
                        contents,
                        size,
                    )
                )
            )
        )
        children: list[tuple[str, int]] = []
        for what, sha in files:
            stored = stored_file(db, sha)
            if stored is None:
                notes.append(f"Exhibit {exhibit['label']}: {what} is not in the database.")
                continue
            try:
                pages = _pages_of(stored.media_type, stored.data, size)
            except FileProblem as problem:
                raise ValidationError(
                    f"Exhibit {exhibit['label']}: {what} cannot be put in the packet: {problem}. "
                    "Attach a new scan of it, then make the packet again."
                ) from None
            children.append((what, add(pages)))
        parts.append(
            Part(
                exhibit["label"],
                exhibit["description"],
                start,
                len(body.pages),
                tuple(children),
                words["exhibit"],
            )
        )
    if len(parts) == 1:
        raise ValidationError(
            "This packet would hold the filing alone: choose the documents to attach as "
            "exhibits (documents with scans)."
        )
    title = f"{words['hearing_packet']} — {reference}"
    draft = _contents(parts, prefix, title, size, 0, words)
    toc_pages = len(PdfReader(io.BytesIO(draft)).pages)
    shifted = [
        dataclasses.replace(
            p,
            first_page=p.first_page + toc_pages,
            last_page=p.last_page + toc_pages,
            children=tuple((w, f + toc_pages) for w, f in p.children),
        )
        for p in parts
    ]
    toc = PdfReader(io.BytesIO(_contents(shifted, prefix, title, size, 0, words)))
    packet = PdfWriter()
    for page in toc.pages:
        packet.add_page(page)
    for page in body.pages:
        packet.add_page(page)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in packet.pages]
    stamps = _stamps(sizes, prefix)
    for page, stamp in zip(packet.pages, stamps.pages, strict=True):
        page.merge_page(stamp)
    packet.add_outline_item(title=words["contents"], page_number=0)
    for part in shifted:
        parent = packet.add_outline_item(title=part.name, page_number=part.first_page - 1)
        for what, first_page in part.children:
            packet.add_outline_item(title=what, page_number=first_page - 1, parent=parent)
    labels = ", ".join(p.label for p in shifted[1:])
    packet.add_metadata(
        {
            "/Title": title,
            "/Author": filing.filing.author,
            "/Creator": "Guardian Desk",
            "/Subject": f"{filing.filing.title}; exhibits {labels}",
            "/Keywords": filing.filing.checkpoint,
        }
    )
    out = io.BytesIO()
    packet.write(out)
    made = Packet(
        out.getvalue(),
        len(packet.pages),
        tuple(shifted),
        prefix,
        f"{reference} hearing packet.pdf",
        filing.filing,
        tuple(notes),
    )
    if not keep:
        return made
    return dataclasses.replace(made, record_id=keep_packet(db, prepared, made, made_by=made_by))


def keep_packet(
    db: Database,
    prepared: Prepared,
    packet: Packet,
    *,
    made_by: str | None = None,
    before_commit: Callable[[], None] | None = None,
) -> str:
    """Record a made packet, with its file, in its case (one transaction); its record's id.

    As with ``filings.keep_made``, a staged file's ``put_in_place`` given as
    ``before_commit`` makes the file and the record exist together or not at all.
    """
    return keep_file(
        db,
        prepared,
        form_id=PACKET_PREFIX + prepared.form.id,
        title=f"Hearing packet ({prepared.form.title})",
        fmt=FilingFormat.PDF,
        data=packet.data,
        file_name=packet.file_name,
        made_by=made_by,
        before_commit=before_commit,
    )
