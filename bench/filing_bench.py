"""Filings: a 5-page filing to PDF and DOCX, against raw reportlab drawing the same content and
against the usual document-assembly path (a DOCX template rendered with docxtpl, then turned
into PDF by LibreOffice headless); and a 200-page hearing packet from 30 exhibits.

    .venv/bin/python bench/filing_bench.py [--runs N] [--skip-libreoffice]

The docxtpl + LibreOffice comparison needs ``pip install docxtpl`` and LibreOffice
(Debian: ``apt-get install libreoffice-writer-nogui``); without them it is skipped and said so.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guardian_desk.domain import filing as model
from guardian_desk.services import cases, exchange, filings
from guardian_desk.services.documents import Scan
from guardian_desk.services.exchange import demo
from guardian_desk.services.filings.pdf_text import register_fonts
from guardian_desk.services.filings.render_docx import render_docx
from guardian_desk.services.filings.render_pdf import FONT, render_pdf
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import open_database

SENTENCE = (
    "The minor arrived in the jurisdiction unaccompanied and has since lived with the proposed "
    "guardian, who has provided for the minor's education, health and daily care, and who is "
    "willing and able to continue to do so for as long as the court may order."
)
PARAGRAPHS = [f"{SENTENCE} ({n})" for n in range(1, 31)]  # about five pages on pleading paper

BODY = """@title PETITION FOR APPOINTMENT OF GUARDIAN OF THE PERSON
{% for text in paragraphs %}
@para {{ text }}

{% endfor %}
{% include "_shared/signature.en.j2" %}
"""


def timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """The median of ``runs`` runs in milliseconds, and the last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def raw_reportlab(filing: model.Filing) -> bytes:
    """The same words in the same type (font, size, spacing, justification, indents), drawn by
    reportlab's own platypus with nothing of ours: no caption box, page numbers, footer,
    pleading-paper numbers, bookmarks or metadata. The floor to compare with."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    register_fonts()
    body = ParagraphStyle("p", fontName=FONT, fontSize=12, leading=24, alignment=TA_JUSTIFY)
    numbered = ParagraphStyle("n", parent=body, firstLineIndent=0.5 * inch)
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName=f"{FONT}-Bold")
    flow = []
    if filing.caption:
        lines = [*filing.caption.court, *filing.caption.matter, filing.caption.docket]
        flow += [Paragraph(line, centre) for line in lines]
    for block in filing.blocks:
        if isinstance(block, model.Title):
            flow.append(Paragraph(block.text, centre))
        elif isinstance(block, model.Paragraph):
            text = f"{block.number}.&nbsp;&nbsp;&nbsp;{block.text}" if block.number else block.text
            flow.append(Paragraph(text, numbered if block.number else body))
        else:
            flow += [Paragraph(line, body) for line in model.block_text(block) if line]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=LETTER, leftMargin=1.5 * inch, topMargin=0.75 * inch).build(
        flow
    )
    return out.getvalue()


def docxtpl_and_libreoffice(filing: model.Filing, folder: Path) -> bytes:
    """The usual path: a Word template filled by docxtpl, converted by LibreOffice."""
    from docx import Document
    from docxtpl import DocxTemplate

    template = folder / "template.docx"
    if not template.exists():
        document = Document()
        document.add_paragraph("{{ title }}")
        document.add_paragraph("{%p for text in paragraphs %}")
        document.add_paragraph("{{ loop.index }}. {{ text }}")
        document.add_paragraph("{%p endfor %}")
        document.save(str(template))
    filled = DocxTemplate(str(template))
    numbered = [b.text for b in filing.blocks if isinstance(b, model.Paragraph)]
    filled.render({"title": filing.title, "paragraphs": numbered})
    source = folder / "filing.docx"
    filled.save(str(source))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return (folder / "filing.pdf").read_bytes()


def filing_figures(runs: int, libreoffice: bool) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "forms"
        shutil.copytree(filings.shipped_forms().folder, folder)
        bench = folder / "bench-filing"
        bench.mkdir()
        (bench / "form.toml").write_text(
            'id = "bench-filing"\ntitle = "Petition"\nversion = "1"\nlanguages = ["en"]\n',
            encoding="utf-8",
        )
        (bench / "body.en.j2").write_text(BODY, encoding="utf-8")
        catalogue = filings.read_catalogue(folder)
        db = open_database(str(Path(scratch) / "b.sqlite"))
        demo.generate(db, 40, seed=3, as_of=date(2026, 11, 26))
        case = next(
            c
            for c in exchange.export_document(db)["cases"]
            if any(p["jurisdiction"] == "US-CA" for p in c["proceedings"])
        )
        proceeding = next(p for p in case["proceedings"] if p["jurisdiction"] == "US-CA")
        data = filings.filing_data(
            case,
            filings.team_names(db),
            form=catalogue.form("bench-filing"),
            proceeding_id=proceeding["id"],
        )
        data["paragraphs"] = PARAGRAPHS
        form = catalogue.form("bench-filing")

        def ours_pdf() -> bytes:
            return render_pdf(filings.build_filing(catalogue, form, data))

        def ours_docx() -> bytes:
            return render_docx(filings.build_filing(catalogue, form, data))

        filing = filings.build_filing(catalogue, form, data)
        ours_pdf()  # fonts registered, templates compiled: as in a running program
        pdf_ms, pdf = timed(ours_pdf, runs)
        docx_ms, _docx = timed(ours_docx, runs)
        raw_ms, raw = timed(lambda: raw_reportlab(filing), runs)
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        raw_pages = len(PdfReader(io.BytesIO(raw)).pages)
        print(f"filing: {pages} pages (pleading paper, US-CA); raw reportlab: {raw_pages} pages")
        print(f"  Guardian Desk PDF  (template + caption + render): {pdf_ms:8.1f} ms")
        print(f"  Guardian Desk DOCX (template + render):           {docx_ms:8.1f} ms")
        print(f"  raw reportlab, same words:                        {raw_ms:8.1f} ms")
        print(f"  PDF / raw reportlab: {pdf_ms / raw_ms:.2f}x (target <= 2x)")
        if not libreoffice:
            return
        if shutil.which("soffice") is None:
            print("  docxtpl + LibreOffice: skipped (LibreOffice is not installed)")
            return
        try:
            import docxtpl  # noqa: F401
        except ImportError:
            print("  docxtpl + LibreOffice: skipped (pip install docxtpl)")
            return
        work = Path(scratch) / "lo"
        work.mkdir()
        docxtpl_and_libreoffice(filing, work)  # LibreOffice's first start builds its profile
        lo_ms, _ = timed(lambda: docxtpl_and_libreoffice(filing, work), max(1, runs // 2))
        print(f"  docxtpl + LibreOffice headless:                   {lo_ms:8.1f} ms")
        print(f"  docxtpl+LibreOffice / Guardian Desk PDF: {lo_ms / pdf_ms:.1f}x (target >= 10x)")
        db.close()


def _scan(pages: int, seed: int) -> bytes:
    """A PDF like a scanned document: a page-sized image on each page."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        shade = (seed * 37 + n * 11) % 200 + 40
        picture = Image.new("L", (850, 1200), shade)
        page.drawImage(ImageReader(picture), 30, 30, A4[0] - 60, A4[1] - 60)
        page.drawString(40, 40, f"Exhibit scan {seed}, page {n + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def packet_figures(runs: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        db = open_database(str(Path(scratch) / "p.sqlite"))
        demo.generate(db, 40, seed=3, as_of=date(2026, 11, 26))
        case = next(
            c
            for c in exchange.export_document(db)["cases"]
            if any(h["outcome"] == "scheduled" for p in c["proceedings"] for h in p["hearings"])
        )
        opened = cases.open_case(db, case["id"])
        draft = opened.draft()
        template = draft["documents"][0] if draft["documents"] else None
        assert template is not None
        scans = []
        exhibits = []
        for n in range(30):  # 30 exhibits of 5 or 6 pages: about 200 pages with slip sheets
            data = _scan(5 + n % 2, n)
            scan = Scan(hashlib.sha256(data).hexdigest(), "application/pdf", data, f"s{n}.pdf")
            scans.append(scan)
            document = new_record(
                "documents",
                document_type="school_record",
                issuing_country="US",
                number=f"B-{n:03d}",
                copy_kind=template["copy_kind"],
            )
            document["files"] = [
                new_record("files", attachment_id=scan.sha256, original_filename=f"s{n}.pdf")
            ]
            draft["documents"].append(document)
            exhibits.append(document["id"])
        cases.save_case(db, opened, draft, scans)
        hearing = next(
            h["id"]
            for p in case["proceedings"]
            for h in p["hearings"]
            if h["outcome"] == "scheduled"
        )
        prepared = filings.prepare(
            db,
            filings.Request(
                case["id"], "notice-of-hearing", hearing_id=hearing, exhibit_ids=tuple(exhibits)
            ),
        )
        filings.make_packet(db, prepared)  # warm: fonts, templates
        ms, packet = timed(lambda: filings.make_packet(db, prepared), runs)
        print(
            f"packet: {packet.pages} pages, {len(packet.parts) - 1} exhibits, "
            f"{len(packet.data) / 1024 / 1024:.1f} MB"
        )
        print(
            f"  make the packet (TOC, slip sheets, Bates stamps, bookmarks): {ms:8.1f} ms "
            "(target <= 5000 ms)"
        )
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-libreoffice", action="store_true")
    args = parser.parse_args()
    filing_figures(args.runs, not args.skip_libreoffice)
    packet_figures(max(1, args.runs // 2))


if __name__ == "__main__":
    main()
