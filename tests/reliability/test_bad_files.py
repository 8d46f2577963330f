"""Hostile and damaged files through every door a file enters by, each refused with its sentence.

The doors: the window's attach button (:func:`attachments.read_and_check_scan`, a file on
disk), the one check every entering file passes (:func:`attachments.incoming_problems`, a batch
as an import gives it) and an exchange file's import (the database must stay byte for byte as
it was). The files are real and made here: a PDF of 1 MB whose content unpacks to 1 GiB (built
block by block, so the test itself never holds the gigabyte), 4 GiB in 64 streams, an image
that claims 190 megapixels, an EXE declared as a PDF, an HTML page, 40 MB... And the hearing
packet, which opens the scans again, turns any file problem into a sentence.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import sqlite3
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from guardian_desk.errors import GuardianDeskError, ValidationError
from guardian_desk.services import cases, exchange, filings
from guardian_desk.services.documents import incoming_problems, read_and_check_scan
from guardian_desk.services.documents.file_check import MAX_PIXELS, MAX_STREAM_BYTES
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database, open_database
from tests.conftest import AS_OF

# A sentence for a clerk: no exception's name, no traceback, no Python repr.
_NOT_FOR_A_CLERK = re.compile(r"Traceback|\b\w+(Error|Exception|Warning)\b|\bFile \"|<\w+ ")


def _clear(message: str) -> str:
    assert message, "no message at all"
    assert not _NOT_FOR_A_CLERK.search(message), f"not a clerk's sentence: {message}"
    return message


# --- making hostile files ------------------------------------------------------------------


def deflate_zeros(mib: int) -> bytes:
    """A zlib stream of ``mib`` MiB of zeros (about 1 KB per MiB), made one block at a time:
    after a full flush the compressor forgets, so every further MiB packs to the same bytes,
    and only the checksum needs all of them (computed a MiB at a time)."""
    chunk = bytes(1 << 20)
    packer = zlib.compressobj(9)
    first = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.flush()
    checksum = 1
    for _ in range(mib):
        checksum = zlib.adler32(chunk, checksum)
    return first + again * (mib - 1) + end[:-4] + struct.pack(">I", checksum)


Body = str | tuple[str, bytes]  # an object, or a stream: (its dictionary without /Length, data)


def make_pdf(objects: list[Body]) -> bytes:
    """A PDF with these objects (1 is the catalogue) and a correct cross-reference table."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        if isinstance(body, tuple):
            head, data = body
            out += f"{number} 0 obj\n<< {head} /Length {len(data)} >>\nstream\n".encode()
            out += data + b"\nendstream\nendobj\n"
        else:
            out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    return out + f"startxref\n{xref}\n%%EOF\n".encode()


CATALOGUE = "<< /Type /Catalog /Pages 2 0 R >>"
PAGES = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def page(contents: str = "", resources: str = "") -> str:
    return (
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {contents} "
        f"/Resources << {resources} >> >>"
    )


def bomb_pdf(mib: int, streams: int = 1) -> bytes:
    """One page whose content is ``streams`` streams of zeros, ``mib`` MiB in all."""
    packed = deflate_zeros(mib // streams)
    refs = " ".join(f"{4 + i} 0 R" for i in range(streams))
    body: list[Body] = [CATALOGUE, PAGES, page(f"/Contents [{refs}]")]
    return make_pdf(body + [("/Filter /FlateDecode", packed)] * streams)


def nested_bomb_pdf() -> bytes:
    """Packed twice: a few KB, a MB after one unpacking, a GiB after the second."""
    packed = zlib.compress(deflate_zeros(1024), 9)
    stream = ("/Filter [/FlateDecode /FlateDecode]", packed)
    return make_pdf([CATALOGUE, PAGES, page("/Contents 4 0 R"), stream])


def real_jpeg(size: tuple[int, int] = (60, 40), noise: bool = False) -> bytes:
    picture = (
        Image.effect_noise(size, 60).convert("RGB") if noise else Image.new("RGB", size, "tan")
    )
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real JPEG whose frame header (SOF0) claims another size."""
    data = bytearray(real_jpeg())
    at = data.index(b"\xff\xc0")
    data[at + 5 : at + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def image_pdf(width: int, height: int, jpeg: bytes) -> bytes:
    """A page that draws one JPEG image, whose dictionary says ``width`` × ``height``."""
    image = (
        f"/Type /XObject /Subtype /Image /Width {width} /Height {height} "
        "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
        jpeg,
    )
    draw = ("", b"q 100 0 0 100 50 50 cm /Im1 Do Q")
    return make_pdf(
        [CATALOGUE, PAGES, page("/Contents 5 0 R", "/XObject << /Im1 4 0 R >>"), image, draw]
    )


def png_claiming(width: int, height: int) -> bytes:
    """A valid PNG whose header claims a size far beyond its few bytes of picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def png_at_the_limit() -> bytes:
    """A real PNG of exactly MAX_PIXELS (a ruled page), a few hundred KB."""
    side = int(MAX_PIXELS**0.5)
    picture = Image.new("L", (side, MAX_PIXELS // side), "white")
    pen = ImageDraw.Draw(picture)
    for y in range(0, picture.height, 500):
        pen.line((0, y, picture.width, y + 250), fill="black", width=10)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def tiff(frames: int, size: tuple[int, int] = (8, 8)) -> bytes:
    pictures = [Image.new("L", size, 255 - i % 200) for i in range(frames)]
    out = io.BytesIO()
    pictures[0].save(out, "TIFF", save_all=True, append_images=pictures[1:])
    return out.getvalue()


def real_pdf() -> bytes:
    from guardian_desk.services.exchange.demo import specimens

    return base64.b64decode(specimens()[0]["data"])


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def many_pages_pdf(count: int) -> bytes:
    kids = " ".join(f"{3 + i} 0 R" for i in range(count))
    leaf = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    return make_pdf(
        [CATALOGUE, f"<< /Type /Pages /Kids [{kids}] /Count {count} >>"] + [leaf] * count
    )


def zip_file() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as packed:
        packed.writestr("word/document.xml", "<w:document/>" * 1000)
    return out.getvalue()


EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + b"PE\x00\x00" * 64
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n"

MAKERS: dict[str, Callable[[], bytes]] = {
    "bomb 1 GiB": lambda: bomb_pdf(1024),
    "bomb 4 GiB in 64 streams": lambda: bomb_pdf(4096, 64),
    "bomb packed twice": nested_bomb_pdf,
    "PDF image 60000 x 60000": lambda: image_pdf(60_000, 60_000, real_jpeg()),
    "PDF image whose JPEG lies": lambda: image_pdf(60, 40, jpeg_claiming(30_000, 30_000)),
    "PDF stream damaged": lambda: make_pdf(
        [
            CATALOGUE,
            PAGES,
            page("/Contents 4 0 R"),
            ("/Filter /FlateDecode", b"\x78\x9c" + b"\xa5" * 400),
        ]
    ),
    "PDF unknown packing": lambda: make_pdf(
        [CATALOGUE, PAGES, page("/Contents 4 0 R"), ("/Filter /NoSuchDecode", b"abc")]
    ),
    "PDF locked": encrypted_pdf,
    "PDF without pages": lambda: make_pdf([CATALOGUE, "<< /Type /Pages /Kids [] /Count 0 >>"]),
    "PDF pages loop": lambda: make_pdf([CATALOGUE, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
    "PDF of 2001 pages": lambda: many_pages_pdf(2001),
    "PDF garbage": lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50,
    "PNG 190 megapixels": lambda: png_claiming(19_000, 10_000),
    "PNG 10 gigapixels": lambda: png_claiming(100_000, 100_000),
    "PNG header only": lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
    "JPEG claiming 65000 x 65000": lambda: jpeg_claiming(65_000, 65_000),
    "JPEG cut in half": lambda: real_jpeg((400, 300), noise=True)[:6000],
    "TIFF of 2001 pages": lambda: tiff(2001),
    "EXE": lambda: EXE,
    "HTML": lambda: HTML,
    "40 MB": lambda: real_pdf().replace(b"%%EOF", b"%" * (40 * 1024 * 1024) + b"\n%%EOF"),
    "empty": lambda: b"",
    "ZIP": zip_file,
    # What may enter.
    "real PDF": real_pdf,
    "real JPEG": lambda: real_jpeg((400, 300), noise=True),
    "TIFF of 3 pages": lambda: tiff(3, (300, 400)),
    "PNG at the pixel limit": png_at_the_limit,
}


@cache
def made(kind: str) -> bytes:
    return MAKERS[kind]()


# (door name, declared media type, which file, what the sentence says; None: accepted)
Row = tuple[str, str | None, str, str | None]
ROWS: list[Row] = [
    (
        "bomb.pdf",
        "application/pdf",
        "bomb 1 GiB",
        r"bomb\.pdf was not attached: .*unpacks to "
        r"more than \d+ MB \(from a file of 1 MB\): it is built like a decompression bomb\.",
    ),
    (
        "bomb4.pdf",
        "application/pdf",
        "bomb 4 GiB in 64 streams",
        r"bomb4\.pdf was not attached: it unpacks to more than \d+ MB \(from a file of 4 MB\)",
    ),
    (
        "twice.pdf",
        "application/pdf",
        "bomb packed twice",
        r"twice\.pdf was not attached: a part "
        r"of it unpacks to more than 64 MB \(from a file of \d+ KB\)",
    ),
    (
        "image.pdf",
        "application/pdf",
        "PDF image 60000 x 60000",
        r"image\.pdf was not attached: an image inside it claims 60000 × 60000 pixels, more than "
        r"any scan has \(at most 100 million\)\.",
    ),
    (
        "lying.pdf",
        "application/pdf",
        "PDF image whose JPEG lies",
        r"an image inside it claims 900 million pixels",
    ),
    (
        "damaged.pdf",
        "application/pdf",
        "PDF stream damaged",
        r"damaged\.pdf was not attached: it is damaged: a part of it cannot be unpacked\.",
    ),
    (
        "odd.pdf",
        "application/pdf",
        "PDF unknown packing",
        r"odd\.pdf was not attached: it is packed in a way the program cannot check\.",
    ),
    ("locked.pdf", "application/pdf", "PDF locked", r"locked with a password; attach an unlocked"),
    (
        "empty-tree.pdf",
        "application/pdf",
        "PDF without pages",
        r"was not attached: it has no pages",
    ),
    ("loop.pdf", "application/pdf", "PDF pages loop", r"its structure loops back on itself"),
    ("long.pdf", "application/pdf", "PDF of 2001 pages", r"it has 2001 pages \(at most 2000\)"),
    ("broken.pdf", "application/pdf", "PDF garbage", r"it is damaged: it cannot be read as a PDF"),
    (
        "huge.png",
        "image/png",
        "PNG 190 megapixels",
        r"huge\.png was not attached: it claims 190 million pixels, more than any scan has",
    ),
    ("giga.png", "image/png", "PNG 10 gigapixels", r"it claims 10000 million pixels"),
    ("header.png", "image/png", "PNG header only", r"header\.png was not attached: it "),
    ("claims.jpg", "image/jpeg", "JPEG claiming 65000 x 65000", r"claims 4225 million pixels"),
    (
        "cut.jpg",
        "image/jpeg",
        "JPEG cut in half",
        r"cut\.jpg was not attached: it is damaged: its picture cannot be read whole\.",
    ),
    ("fax.tif", "image/tiff", "TIFF of 2001 pages", r"it has more than 2000 pages"),
    ("statement.pdf", "application/pdf", "EXE", r"statement\.pdf is not a PDF, JPEG, PNG or TIFF"),
    ("setup.exe", None, "EXE", r"setup\.exe is not a PDF, JPEG, PNG or TIFF file"),
    ("page.html", "text/html", "HTML", r"page\.html is not a PDF, JPEG, PNG or TIFF file"),
    ("page.pdf", "application/pdf", "HTML", r"page\.pdf is not a PDF, JPEG, PNG or TIFF file"),
    (
        "big.pdf",
        "application/pdf",
        "40 MB",
        r"big\.pdf is too large to attach \(40\.0 MB; the limit is 25 MB\)",
    ),
    ("nothing.pdf", "application/pdf", "empty", r"nothing\.pdf is empty \(0 bytes\)"),
    ("letter.pdf", "application/pdf", "ZIP", r"letter\.pdf is not a PDF, JPEG, PNG or TIFF"),
    ("scan.jpg", None, "real PDF", r"scan\.jpg is named as a \.jpg file but is a PDF"),
    (
        "photo.png",
        "image/png",
        "real JPEG",
        r"photo\.png is declared as image/png but is a JPEG image",
    ),
    ("birth.pdf", "application/pdf", "real PDF", None),
    ("photo.jpg", "image/jpeg", "real JPEG", None),
    ("fax.tif", "image/tiff", "TIFF of 3 pages", None),
    ("ruled.png", "image/png", "PNG at the pixel limit", None),
]

# Names only an outside door can bring (a file on disk cannot be called so): refused there.
NAME_ROWS: list[tuple[str, str]] = [
    ("../../etc/x", r"x was not attached: its name holds folders"),
    ("/etc/passwd", r"passwd was not attached: its name holds folders"),
    ("C:\\Windows\\evil.pdf", r"evil\.pdf was not attached: its name holds folders"),
    ("scan\x00.pdf", r"its name holds a character .*\(control character U\+0000\)"),
    ("invoice\u202efdp.pdf", r"invoicefdp\.pdf was not attached: .*\(bidi control U\+202E\)"),
    ("..", r"was not attached: it has no file name"),
    ("x" * 300 + ".pdf", r"its name is longer than 255 characters"),
]


def _ids(rows: list[Any]) -> list[str]:
    return [f"{row[0][:20]}-{row[2] if len(row) > 2 else ''}" for row in rows]


# --- door 1: the one check, given a whole batch as an import gives it ------------------------


@pytest.fixture(scope="module")
def batch() -> tuple[list[str | None], float]:
    """Every row's file and every hostile name in ONE call: one batch, as an import checks."""
    files = [(name, declared, made(kind)) for name, declared, kind, _ in ROWS]
    files += [(name, "application/pdf", made("real PDF")) for name, _ in NAME_ROWS]
    started = time.monotonic()
    answers = incoming_problems(files)
    return answers, time.monotonic() - started


@pytest.mark.bad_input
@pytest.mark.parametrize("index", range(len(ROWS)), ids=_ids(ROWS))
def test_the_one_check_refuses_each_hostile_file(
    batch: tuple[list[str | None], float], index: int
) -> None:
    answers, _ = batch
    _name, _declared, kind, words = ROWS[index]
    answer = answers[index]
    if words is None:
        assert answer is None, f"{kind}: {answer}"
    else:
        assert answer is not None, f"{kind} was accepted"
        assert re.search(words, _clear(answer)), answer


@pytest.mark.bad_input
@pytest.mark.parametrize("index", range(len(NAME_ROWS)), ids=[r[0][:20] for r in NAME_ROWS])
def test_a_name_from_outside_is_refused_not_cleaned(
    batch: tuple[list[str | None], float], index: int
) -> None:
    answers, _ = batch
    answer = answers[len(ROWS) + index]
    assert answer is not None
    assert re.search(NAME_ROWS[index][1], _clear(answer)), answer
    assert "/" not in answer.split(" was not attached")[0]  # the name shown has no folders


@pytest.mark.bad_input
def test_the_batch_is_checked_within_its_limits(batch: tuple[list[str | None], float]) -> None:
    """Bombs of gigabytes, 4 gigapixels, 2001 pages: the whole batch in well under a minute."""
    _, seconds = batch
    assert seconds < 60


# --- door 2: the window's attach button ------------------------------------------------------

WINDOW_ROWS = [row for row in ROWS if row[1] is None or not row[0].endswith((".html", ".exe"))]


@pytest.mark.bad_input
@pytest.mark.parametrize(("name", "declared", "kind", "words"), WINDOW_ROWS, ids=_ids(WINDOW_ROWS))
def test_the_attach_button_refuses_each_hostile_file(
    tmp_path: Path, name: str, declared: str | None, kind: str, words: str | None
) -> None:
    path = tmp_path / name
    path.write_bytes(made(kind))
    if words is None:
        assert read_and_check_scan(path).original_filename == name
        return
    if "declared as" in words:  # a file on disk declares nothing: it is named
        words = r"is named as a \.png file but is a JPEG image"
    with pytest.raises(ValidationError) as refused:
        read_and_check_scan(path)
    assert re.search(words, _clear(str(refused.value))), str(refused.value)


@pytest.mark.bad_input
def test_the_attach_button_cleans_a_disguised_name(tmp_path: Path) -> None:
    """On the person's own disk a name is cleaned, not refused (the same rule: safe_name)."""
    path = tmp_path / "invoice\u202efdp.pdf"
    path.write_bytes(made("real PDF"))
    assert read_and_check_scan(path).original_filename == "invoicefdp.pdf"


def test_one_stream_limit_is_the_one_the_packets_pypdf_keeps() -> None:
    """The check refuses a stream pypdf would refuse in the packet: the same number."""
    from pypdf import get_configuration

    assert get_configuration().zlib_maximum_output_length >= MAX_STREAM_BYTES


# --- door 3: an exchange file's import ----------------------------------------------------------

IMPORT_KINDS = ["bomb 1 GiB", "PNG 190 megapixels", "EXE", "HTML", "40 MB", "JPEG cut in half"]


@pytest.fixture(scope="module")
def import_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("import") / "cases.sqlite"))
    yield database
    database.close()


def _sha256(db: Database) -> str:
    db.close()  # the engine disposed: every byte is in the file
    assert db.path is not None
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


@pytest.mark.bad_input
@pytest.mark.parametrize("kind", IMPORT_KINDS)
def test_an_import_with_a_hostile_attachment_changes_nothing(
    import_db: Database, kind: str
) -> None:
    data = made(kind)
    document = exchange.export_document(import_db)
    document["attachments"] = [
        {
            "sha256": hashlib.sha256(data).hexdigest(),
            "media_type": "image/png" if "PNG" in kind else "application/pdf",
            "size": len(data),
            "data": base64.b64encode(data).decode("ascii"),
            "created_at": "2026-11-26T09:00:00Z",
        }
    ]
    before = _sha256(import_db)
    with pytest.raises(ValidationError) as refused:
        exchange.import_document(import_db, document)
    message = _clear(str(refused.value))
    assert "attachments[0].data: the attached file" in message
    assert _sha256(import_db) == before


# --- the hearing packet opens the scans again --------------------------------------------------


def _case_with_scan(db: Database) -> dict[str, Any]:
    for case in exchange.export_document(db)["cases"]:
        upcoming = [
            h
            for p in case["proceedings"]
            for h in p["hearings"]
            if h["outcome"] == "scheduled" and h["starts_at"] > AS_OF.isoformat()
        ]
        if upcoming and any(d["files"] for d in case["documents"]):
            return case
    raise AssertionError("no demo case with a scan and a hearing to come")


def _packet(db: Database, case: dict[str, Any]) -> filings.Packet:
    request = filings.Request(case["id"], "notice-of-hearing", inputs={})
    return filings.make_packet(db, filings.prepare(db, request, today=AS_OF))


@pytest.mark.bad_input
def test_a_packet_with_an_image_at_the_limit_is_made(demo_db: Database) -> None:
    """A scan of exactly MAX_PIXELS passes the check and becomes a page, at 300 dpi."""
    from guardian_desk.services.documents import Scan

    case = _case_with_scan(demo_db)
    data = made("PNG at the pixel limit")
    scan = Scan(hashlib.sha256(data).hexdigest(), "image/png", data, "ruled.png")
    opened = cases.open_case(demo_db, case["id"])
    draft = opened.draft()
    document = next(d for d in draft["documents"] if d["files"])
    document["files"].append(
        new_record("files", attachment_id=scan.sha256, original_filename="ruled.png")
    )
    cases.save_case(demo_db, opened, draft, [scan])  # through the one check
    started = time.monotonic()
    packet = _packet(demo_db, case)
    assert time.monotonic() - started < 60
    assert any("ruled.png" in what for part in packet.parts for what, _ in part.children)
    assert len(packet.data) < 20 * 1024 * 1024  # printed at 300 dpi, not at 10 000 pixels


@pytest.mark.bad_input
@pytest.mark.parametrize(
    ("kind", "media_type", "words"),
    [
        ("PNG 190 megapixels", "image/png", r"it claims 190 million pixels"),
        ("JPEG cut in half", "image/jpeg", r"it is damaged: its picture cannot be read whole"),
        ("PDF garbage", "application/pdf", r"it is damaged: it cannot be read as a PDF"),
    ],
)
def test_a_stored_scan_the_packet_cannot_use_is_named(
    demo_db: Database, demo_path: Path, kind: str, media_type: str, words: str
) -> None:
    """A scan kept before today's limits (or damaged since) stops the packet with a sentence
    that names the exhibit and the file; nothing is written."""
    case = _case_with_scan(demo_db)
    sha = next(d for d in case["documents"] if d["files"])["files"][0]["attachment_id"]
    demo_db.close()
    data = made(kind)
    with sqlite3.connect(demo_path) as conn:
        conn.execute(
            "UPDATE attachments SET data = ?, media_type = ?, size = ? WHERE sha256 = ?",
            (data, media_type, len(data), sha),
        )
    conn.close()
    before = _sha256(demo_db)
    with pytest.raises(GuardianDeskError) as refused:
        _packet(demo_db, case)
    message = _clear(str(refused.value))
    assert re.search(r"Exhibit [A-Z]: .* cannot be put in the packet: " + words, message), message
    assert "Attach a new scan of it" in message
    assert _sha256(demo_db) == before
