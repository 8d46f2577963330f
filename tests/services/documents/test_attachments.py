"""Scans attached to documents: checked, kept once per content, read back byte for byte."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest

from guardian_desk.errors import ValidationError
from guardian_desk.services import cases, exchange
from guardian_desk.services.documents.attachments import read_scan, safe_name
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _jpeg() -> bytes:
    """A real JPEG: scans are opened in the checking process before they are kept."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 60), (200, 180, 150)).save(out, "JPEG")
    return out.getvalue()


JPEG = _jpeg()


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.pdf", b"", r"is empty \(0 bytes\)"),
        ("report.docx", b"PK\x03\x04" + b"\x00" * 64, "is not a PDF, JPEG, PNG or TIFF"),
        ("scan.jpg", PDF, "is named as a .jpg file but is a PDF"),
        ("notes.txt", b"just text", "is not a PDF, JPEG, PNG or TIFF"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        read_scan(_file(tmp_path, name, data))


def test_a_file_too_large_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="too large to attach"):
        read_scan(_file(tmp_path, "big.pdf", PDF + b"0" * 2048), max_bytes=1024)


def test_names_are_information_only() -> None:
    assert safe_name("../../x.pdf") == "x.pdf"
    assert safe_name("..\\..\\x.pdf") == "x.pdf"  # a Windows path
    assert safe_name("invoice\u202efdp.exe") == "invoicefdp.exe"  # no right-to-left override
    assert safe_name("شهادة ميلاد.pdf") == "شهادة ميلاد.pdf"


def _attach(db: Database, reference: str, path: Path) -> cases.OpenedCase:
    opened = cases.open_case(db, exchange.export_document(db, [reference])["cases"][0]["id"])
    draft = opened.draft()
    scan = read_scan(path)
    document = draft["documents"][0]
    document["files"].append(
        new_record(
            "files",
            attachment_id=scan.sha256,
            original_filename=scan.original_filename,
            position=len(document["files"]),
        )
    )
    return cases.save_case(db, opened, draft, [scan])


def test_a_scan_is_stored_once_and_read_back_byte_for_byte(
    demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    path = _file(tmp_path, "birth certificate.jpg", JPEG)
    with sqlite3.connect(demo_path) as conn:
        before = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    first = _attach(demo_db, "DEMO-7-000001", path)
    _attach(demo_db, "DEMO-7-000002", path)  # the same scan in another case
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == before + 1
    exported = exchange.export_document(demo_db, ["DEMO-7-000001"])
    stored = first.case["documents"][0]["files"][-1]
    assert stored["original_filename"] == "birth certificate.jpg"
    blob = next(a for a in exported["attachments"] if a["sha256"] == stored["attachment_id"])
    assert base64.b64decode(blob["data"]) == JPEG
    assert blob["media_type"] == "image/jpeg"


def test_a_case_cannot_refer_to_a_scan_it_does_not_bring(demo_db: Database) -> None:
    opened = cases.open_case(
        demo_db, exchange.export_document(demo_db, ["DEMO-7-000003"])["cases"][0]["id"]
    )
    draft = opened.draft()
    draft["documents"][0]["files"].append(
        new_record("files", attachment_id="0" * 64, original_filename="x.pdf")
    )
    with pytest.raises(ValidationError) as caught:
        cases.save_case(demo_db, opened, draft)
    assert any("attachment that is not there" in p.message for p in caught.value.problems)


def _real_pdf() -> bytes:
    from guardian_desk.services.exchange.demo import specimens

    blob = specimens()[0]
    return base64.b64decode(blob["data"])


def test_a_real_scan_opens_in_the_checking_process(tmp_path: Path) -> None:
    from guardian_desk.services.documents import read_and_check_scan

    scan = read_and_check_scan(_file(tmp_path, "specimen.pdf", _real_pdf()))
    assert scan.media_type == "application/pdf"


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50, "was not attached: it"),
        ("header-only.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "was not attached: it"),
        # An image that claims 100 000 x 100 000 pixels in its header.
        ("bomb.png", b"", "claims 10000 million pixels, more than any scan has"),
    ],
)
def test_damaged_or_hostile_files_are_refused(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    from guardian_desk.services.documents import read_and_check_scan

    with pytest.raises(ValidationError, match=words):
        read_and_check_scan(_file(tmp_path, name, data or _png_claiming(100_000, 100_000)))


def _png_claiming(width: int, height: int) -> bytes:
    """A valid PNG whose header claims a size far beyond its few bytes of picture (the shape
    of a decompression bomb)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def test_a_file_that_hangs_the_reader_is_stopped_in_time() -> None:
    import time

    from guardian_desk.services.documents.file_check import check_in_child
    from tests.services.documents.slow_inspector import hang

    started = time.monotonic()
    with pytest.raises(ValidationError, match="took too long to open"):
        check_in_child("loop.pdf", "application/pdf", b"%PDF-", time_limit=2, inspector=hang)
    assert time.monotonic() - started < 15


def _pdf(objects: list[str], trailer: str = "") -> bytes:
    """A PDF file with these objects (1 is the catalogue) and a correct cross-reference table."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer}>>\n".encode()
    return out + f"startxref\n{xref}\n%%EOF\n".encode()


CATALOGUE = "<< /Type /Catalog /Pages 2 0 R >>"
PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"


@pytest.mark.parametrize(
    "objects",
    [
        # The page tree lists itself as its own child.
        [CATALOGUE, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"],
        # Two page trees that list each other.
        [
            CATALOGUE,
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
        ],
    ],
    ids=["self", "cycle"],
)
def test_a_pdf_whose_pages_loop_is_refused_quickly(tmp_path: Path, objects: list[str]) -> None:
    import time

    from guardian_desk.services.documents import read_and_check_scan

    path = _file(tmp_path, "looping.pdf", _pdf(objects))
    started = time.monotonic()
    with pytest.raises(
        ValidationError, match=r"looping\.pdf was not attached: its structure loops"
    ):
        read_and_check_scan(path)
    assert time.monotonic() - started < 15
    assert read_and_check_scan(_file(tmp_path, "fine.pdf", _pdf([CATALOGUE, _PAGES, PAGE])))


_PAGES = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def test_a_pdf_whose_cross_references_loop_still_opens(tmp_path: Path) -> None:
    """A revision chain that points back at itself is cut where it loops; the pages read."""
    from guardian_desk.services.documents import read_and_check_scan

    fine = _pdf([CATALOGUE, _PAGES, PAGE])
    start = int(fine.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    looping = _pdf([CATALOGUE, _PAGES, PAGE], trailer=f"/Prev {start} ")
    assert read_and_check_scan(_file(tmp_path, "revisions.pdf", looping)).media_type == (
        "application/pdf"
    )


def test_a_zip_bomb_named_docx_is_refused_without_being_unpacked(tmp_path: Path) -> None:
    """A real zip: 64 MiB of zeros packed into a few dozen kilobytes, named .docx."""
    import zipfile

    path = tmp_path / "statement.docx"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb,
        bomb.open("word/document.xml", "w") as entry,
    ):
        for _ in range(64):
            entry.write(bytes(1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ValidationError, match=r"statement\.docx is not a PDF, JPEG, PNG or TIFF"):
        read_scan(path)


def test_names_from_outside_are_refused_where_safe_name_would_clean_them() -> None:
    from guardian_desk.services.documents.attachments import name_problem

    for name in ("../../etc/x", "/etc/x", "C:\\x.pdf", "a\x00.pdf", "a\u202e.pdf", "", ".."):
        assert name_problem(name), name
    for name in ("scan.pdf", "شهادة ميلاد.pdf", "the attached file 0a1b2c3d4e5f", " x.pdf "):
        assert name_problem(name) is None, name


def test_a_batch_survives_a_file_that_hangs_and_stops_after_three() -> None:
    """One checking process for the batch; a hanging file is stopped in time, the next file
    is checked by a new process; after three stopped, the rest are refused unopened."""
    import time

    from guardian_desk.services.documents.file_check import CHECKERS, MAX_STOPPED, check_many
    from tests.services.documents.slow_inspector import hang_on_marked

    good, hanging = _real_pdf(), _real_pdf() + b"%HANG\n"
    files = [("a.pdf", good), ("b.pdf", hanging), ("c.pdf", good)]
    files += [(f"h{i}.pdf", hanging) for i in range(MAX_STOPPED)] + [("z.pdf", good)]
    started = time.monotonic()
    answers = check_many(
        [(n, "application/pdf", d) for n, d in files], time_limit=1, inspector=hang_on_marked
    )
    assert time.monotonic() - started < 30
    assert answers[0] is None
    assert answers[2] is None
    assert "b.pdf took too long to open" in (answers[1] or "")
    stopped = [a for a in answers if a and "took too long to open" in a]
    assert MAX_STOPPED <= len(stopped) < MAX_STOPPED + CHECKERS  # those already being opened
    assert "z.pdf was not opened: " in (answers[-1] or "")
    assert "files before it had to be stopped" in (answers[-1] or "")
