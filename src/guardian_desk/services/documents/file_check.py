"""Opening untrusted files in a separate process, with a time and a memory limit.

A PDF built to loop or to unpack into gigabytes, a damaged file, an image that claims a billion
pixels: opened in the program itself, any of these could hang the window or exhaust memory.
Here each file is opened in a checking process that is stopped after ``TIME_LIMIT_S`` seconds
per file and may not use more than ``MEMORY_LIMIT`` bytes; whatever goes wrong there becomes a
clear sentence, and nothing is kept. Many files (an import of hundreds of attachments) are
checked one after the other by the same process, which is replaced when a file had to stop it.

What is checked is what the program will later do with the file: every stream of a PDF is
unpacked (content, images, fonts, object streams) within one budget, and every frame of an
image is decoded and converted as the hearing packet converts it, under the same pixel limit
(:func:`image_frames` is the one way the program opens an image with Pillow).

The limits below are the program's one set: the size limit of every door a file enters by,
the check's limits, and Pillow's wherever an image is opened.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from guardian_desk.errors import GuardianDeskError, Message, ValidationError

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

    from PIL.Image import Image as PillowImage
    from pypdf import PdfReader

# --- the limits ---------------------------------------------------------------------------
MAX_BYTES = 25 * 1024 * 1024  # a file as it arrives: a 60-page scan at 300 dpi fits, a video not
TIME_LIMIT_S = 20.0  # to open one file in the checking process
START_LIMIT_S = 30.0  # for the checking process to start (a slow machine, a cold disk)
MEMORY_LIMIT = 1024**3  # 1 GiB of address space for the checking process
MAX_PAGES = 2000  # pages of a PDF, frames of a TIFF
# Pixels of one image (a scan, or an image inside a PDF): A3 at 600 dpi is 70 million. Pillow
# is given this limit too, wherever the program opens an image (see image_frames).
MAX_PIXELS = 100_000_000
# What all the streams of one PDF may unpack to, together: at most MAX_UNPACKED_BYTES, and no
# more than MAX_RATIO times the file's own size once past RATIO_FLOOR (a real scan unpacks to a
# few times its size; a decompression bomb to a thousand times).
MAX_UNPACKED_BYTES = 512 * 1024**2
MAX_RATIO = 100
RATIO_FLOOR = 64 * 1024**2
# One stream of a PDF, unpacked: pypdf's own default, which the hearing packet's pypdf keeps.
MAX_STREAM_BYTES = 75_000_000
# Checking processes that one batch may lose (stopped for time, memory or a crash) before the
# rest of its files are refused unopened: a hostile import cannot keep the program busy for
# hours, 20 s at a time.
MAX_STOPPED = 3
CHECKERS = min(2, os.cpu_count() or 1)  # checking processes at once for a batch of files

Inspector = Callable[[str, bytes], str | None]


def _f(template: str, **params: object) -> Message:
    """What is wrong with a file, in words the window translates (context "Files")."""
    return Message("Files", template, **params)


class FileProblem(Exception):
    """What is wrong with a file, as a clause that follows its name ("it claims ... pixels")."""


def unpack_allowance(size: int) -> int:
    """How many bytes the streams of a PDF file of ``size`` bytes may unpack to, together."""
    return min(MAX_UNPACKED_BYTES, max(RATIO_FLOOR, MAX_RATIO * size))


def _megabytes(count: int) -> str:
    return f"{count / 1024 / 1024:.0f} MB" if count >= 1024 * 1024 else f"{count / 1024:.0f} KB"


def _too_many_pixels(width: int, height: int, *, inside: bool = False) -> FileProblem:
    if inside:  # an image inside a PDF
        return FileProblem(
            _f(
                "an image inside it claims {width} × {height} pixels, more than any scan has "
                "(at most {most} million)",
                width=width,
                height=height,
                most=MAX_PIXELS // 1_000_000,
            )
        )
    return FileProblem(
        _f(
            "it claims {width} × {height} pixels, more than any scan has (at most {most} million)",
            width=width,
            height=height,
            most=MAX_PIXELS // 1_000_000,
        )
    )


# --- images --------------------------------------------------------------------------------


def _pillow() -> Any:
    """Pillow's Image module, with the program's limit: Pillow warns above MAX_IMAGE_PIXELS
    and refuses only at twice that; the warning is made an error, so it refuses above it."""
    import warnings

    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    warnings.filterwarnings("error", category=Image.DecompressionBombWarning)
    return Image


def _bomb(refusal: Exception, *, inside: bool = False) -> FileProblem:
    """Pillow's refusal of an image above the limit, in the program's words."""
    found = re.search(r"\((\d+) pixels\)", str(refusal))
    claimed = (
        _f("{count} million pixels", count=int(found[1]) // 1_000_000)
        if found
        else _f("more pixels")
    )
    return FileProblem(
        _f(
            "an image inside it claims {claimed}, more than any scan has (at most {most} million)"
            if inside
            else "it claims {claimed}, more than any scan has (at most {most} million)",
            claimed=claimed,
            most=MAX_PIXELS // 1_000_000,
        )
    )


_DAMAGED = (OSError, ValueError, SyntaxError, IndexError, TypeError, struct.error)


@contextmanager
def image_frames(
    data: bytes, bound: tuple[int, int] = (4096, 4096)
) -> Iterator[Iterator[PillowImage]]:
    """Every frame of an image (each page of a TIFF), decoded whole, fitted within ``bound``
    pixels and converted to RGB, under the program's pixel and page limits: how the program
    opens an image with Pillow.

    Raises:
        FileProblem: too many pixels or pages, or the image is damaged or not an image (when
            it is opened, or as its frames are read).
    """
    from PIL import UnidentifiedImageError

    pillow = _pillow()
    bombs = (pillow.DecompressionBombError, pillow.DecompressionBombWarning)
    try:
        image = pillow.open(io.BytesIO(data))
    except bombs as exc:
        raise _bomb(exc) from exc
    except UnidentifiedImageError as exc:
        raise FileProblem(_f("it cannot be read as an image")) from exc
    except (*_DAMAGED, EOFError) as exc:
        raise FileProblem(_f("it is damaged: it cannot be read as an image")) from exc

    def fitted(frame: PillowImage) -> PillowImage:
        """The frame decoded, no larger than ``bound`` (only the picture held whole)."""
        if frame.mode == "1":
            frame = frame.convert("L")  # a bilevel scan resamples as grey, not as noise
        elif frame.mode not in ("RGB", "L"):
            frame = frame.convert("RGB")  # palette, CMYK, 16-bit...
        frame.load()
        scale = min(bound[0] / frame.width, bound[1] / frame.height)
        if scale < 1:
            size = (max(1, round(frame.width * scale)), max(1, round(frame.height * scale)))
            frame = frame.resize(size, pillow.Resampling.LANCZOS, reducing_gap=3.0)
        return frame.convert("RGB")

    def frames() -> Iterator[PillowImage]:
        for index in range(MAX_PAGES + 1):
            try:
                image.seek(index)
            except EOFError:
                return
            except bombs as exc:
                raise _bomb(exc) from exc
            except _DAMAGED as exc:
                raise FileProblem(_f("it is damaged: one of its pages cannot be read")) from exc
            if index == MAX_PAGES:
                raise FileProblem(_f("it has more than {most} pages", most=MAX_PAGES))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _too_many_pixels(width, height)
            if image.format == "JPEG":
                image.draft(image.mode, bound)  # decoded at 1/2 .. 1/8 of its size when larger
            try:
                picture = fitted(image)
            except (*_DAMAGED, EOFError) as exc:
                raise FileProblem(_f("it is damaged: its picture cannot be read whole")) from exc
            yield picture

    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise _too_many_pixels(width, height)
        yield frames()


def _inspect_image(data: bytes) -> str | None:
    try:
        with image_frames(data) as frames:
            for frame in frames:
                frame.close()  # decoded and converted: all the packet will do with it
    except FileProblem as problem:
        return problem.args[0] if problem.args else str(problem)
    return None


# --- PDF -----------------------------------------------------------------------------------

_IMAGE_CODECS = {"/DCTDecode", "/DCT", "/JPXDecode"}  # the picture stays packed


def _object_references(reader: PdfReader) -> Iterator[tuple[int, int]]:
    """(number, generation) of every object the file's cross-references list."""
    seen: set[int] = set()
    for generation, numbers in reader.xref.items():
        for number in numbers:
            if number not in seen:
                seen.add(number)
                yield number, generation
    for number in reader.xref_objStm:
        if number not in seen:
            seen.add(number)
            yield number, 0


def _image_problem(stream: Any, decoded: bytes) -> str | None:
    """An image inside the PDF that claims more pixels than the limit."""
    width, height = stream.get("/Width", 0), stream.get("/Height", 0)
    if not isinstance(width, int) or not isinstance(height, int) or width < 0 or height < 0:
        return _f("an image inside it has no sensible size")
    if width * height > MAX_PIXELS:
        return _too_many_pixels(width, height, inside=True).args[0]
    filters = stream.get("/Filter", ())
    last = filters[-1] if isinstance(filters, list) and filters else filters
    if last in ("/DCTDecode", "/DCT") and decoded:
        # The JPEG's own header, which the renderer believes, may claim more than the PDF says.
        pillow = _pillow()
        try:
            with pillow.open(io.BytesIO(decoded)) as picture:
                width, height = picture.size
        except (pillow.DecompressionBombError, pillow.DecompressionBombWarning) as exc:
            return _bomb(exc, inside=True).args[0]
        except Exception:  # a JPEG Pillow cannot read is left to the renderer
            return None
        if width * height > MAX_PIXELS:
            return _too_many_pixels(width, height, inside=True).args[0]
    return None


class _TooLarge(Exception):
    """A stream that unpacks to more than its limit."""


def _flate_size(packed: bytes, limit: int) -> int:
    """How many bytes a zlib stream unpacks to, counted piece by piece (at most a MiB held).

    Its checksum is not checked (no PDF reader does); a stream cut short counts what it has.

    Raises:
        _TooLarge: more than ``limit``.
        zlib.error: the stream is damaged.
    """
    import zlib

    header_ok = len(packed) >= 2 and packed[0] & 0x0F == 8 and not packed[1] & 0x20
    if not header_ok or (packed[0] << 8 | packed[1]) % 31:
        raise zlib.error("not a zlib stream")
    unpacker = zlib.decompressobj(-zlib.MAX_WBITS)  # the deflate data, without the checksum
    total = 0
    pending = packed[2:]
    while pending and not unpacker.eof:
        total += len(unpacker.decompress(pending, 1 << 20))
        if total > limit:
            raise _TooLarge
        pending = unpacker.unconsumed_tail
    return total


def _unpack_streams(reader: PdfReader, size: int) -> str | None:
    """Unpack every stream of the file within the budget; what is wrong, or None."""
    from pypdf import apply_configuration

    allowed = unpack_allowance(size)
    one = min(MAX_STREAM_BYTES, allowed)
    limits = {
        f"{codec}_maximum_output_length": one
        for codec in ("zlib", "lzw", "run_length", "jbig2", "brotli", "array_based_stream")
    }
    with apply_configuration(None, **limits):
        return _unpack_within(reader, size, allowed, one)


def _unpack_within(reader: PdfReader, size: int, allowed: int, one: int) -> str | None:
    import zlib

    from pypdf.errors import LimitReachedError, PyPdfError
    from pypdf.filters import decode_stream_data
    from pypdf.generic import IndirectObject, StreamObject

    unpacked = 0
    for number, generation in _object_references(reader):
        try:
            stream = reader.get_object(IndirectObject(number, generation, reader))
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError):
            continue  # an object that does not parse is not used by anything that renders
        if not isinstance(stream, StreamObject):
            continue
        filters = stream.get("/Filter")
        try:
            if filters in ("/FlateDecode", "/Fl", ["/FlateDecode"]):
                # The usual case, unpacked here without keeping what it unpacks to; pypdf
                # would quietly recover a damaged one as blank.
                decoded, size_out = b"", _flate_size(stream._data, one)
            else:
                decoded = decode_stream_data(stream) if filters else stream.get_data()
                size_out = len(decoded)
        except (_TooLarge, LimitReachedError):
            return _f(
                "a part of it unpacks to more than {most} (from a file of {size}): it is built "
                "like a decompression bomb",
                most=_megabytes(one),
                size=_megabytes(size),
            )
        except NotImplementedError:
            return _f("it is packed in a way the program cannot check")
        except (zlib.error, PyPdfError, ValueError, KeyError, TypeError, IndexError):
            return _f("it is damaged: a part of it cannot be unpacked")
        unpacked += size_out
        if unpacked > allowed:
            return _f(
                "it unpacks to more than {most} (from a file of {size}): it is built like a "
                "decompression bomb",
                most=_megabytes(allowed),
                size=_megabytes(size),
            )
        if stream.get("/Subtype") == "/Image":
            problem = _image_problem(stream, decoded)
            if problem:
                return problem
        del decoded
    return None


def _inspect_pdf(data: bytes) -> str | None:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return _f("it is locked with a password; attach an unlocked copy")
        pages = len(reader.pages)
        if pages == 0:
            return _f("it has no pages")
        if pages > MAX_PAGES:
            return _f("it has {pages} pages (at most {most})", pages=pages, most=MAX_PAGES)
        for page in reader.pages:
            _ = page.mediabox
        return _unpack_streams(reader, len(data))
    except RecursionError:
        return _f("its structure loops back on itself")
    except LimitReachedError:
        return _f("it is built beyond what any scan needs (too many parts, or parts too deep)")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        if any(word in str(exc).lower() for word in ("loop", "cyclic", "circular")):
            return _f("its structure loops back on itself")
        return _f("it is damaged: it cannot be read as a PDF")


def inspect(media_type: str, data: bytes) -> str | None:
    """What is wrong with the file, or None when it opens as what it claims to be.
    Runs in the checking process."""
    if media_type == "application/pdf":
        return _inspect_pdf(data)
    return _inspect_image(data)


# --- the checking process ------------------------------------------------------------------


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass  # no such limit on this system: the time limit still holds


def _serve(connection: Connection, inspector: Inspector) -> None:
    """The checking process: answer (problem or None, whether to stop) for file after file."""
    _limit_memory()
    connection.send("ready")
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        stop = False
        try:
            answer = inspector(*job)
        except MemoryError:
            answer, stop = _f("opening it needs more memory than a scan may take"), True
        except RecursionError:
            answer = _f("its structure loops back on itself")
        except Exception:
            answer = _f("it is damaged: it cannot be opened")
        del job
        try:
            connection.send((answer, stop))
        except MemoryError:
            return  # the parent sees the process end: "made the checking process stop"
        if stop:
            return


class _Checker:
    """One checking process, used for file after file until it has to be stopped."""

    def __init__(self, inspector: Inspector) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe(duplex=True)
        self.process: SpawnProcess = context.Process(
            target=_serve, args=(child_end, inspector), daemon=True
        )
        self.process.start()
        child_end.close()
        try:
            ready = self.connection.poll(START_LIMIT_S) and self.connection.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:  # the program's own fault, not the file's: say so
            self.close()
            raise GuardianDeskError(
                "Guardian Desk could not start the process that checks files, so no file was "
                "attached. Restart Guardian Desk; if this happens again, report it."
            )

    def check(self, name: str, media_type: str, data: bytes, time_limit: float) -> tuple[str, bool]:
        """A sentence ("" when the file opened well), and whether the process had to stop."""
        try:
            self.connection.send((media_type, data))
            if not self.connection.poll(time_limit):
                return (
                    _f(
                        "{name} took too long to open (more than {seconds} s): it may be "
                        "damaged, or made to hang programs. It was not attached.",
                        name=name,
                        seconds=f"{time_limit:.0f}",
                    ),
                    True,
                )
            problem, stopped = self.connection.recv()
        except (EOFError, OSError):  # the process died: out of memory, or crashed on the file
            problem, stopped = _f("opening it made the checking process stop"), True
        if not problem:
            return "", stopped
        return _f("{name} was not attached: {problem}.", name=name, problem=problem), stopped

    def close(self) -> None:
        try:
            if self.process.is_alive():
                self.connection.send(None)
                self.process.join(1)
        except OSError:
            pass
        finally:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(5)
            self.connection.close()


def check_many(
    files: Sequence[tuple[str, str, bytes]],
    *,
    time_limit: float = TIME_LIMIT_S,
    inspector: Inspector = inspect,
) -> list[str | None]:
    """Open each file (name, media type, bytes) in a checking process, file after file.

    Up to ``CHECKERS`` processes share the files; each is started once for the batch. A file
    that takes longer than ``time_limit``, exhausts the memory limit or crashes its process is
    refused and the process replaced for the next file; after ``MAX_STOPPED`` such files the
    rest are refused unopened.

    Returns:
        For each file, a sentence that names it and says what is wrong, or None.

    Raises:
        GuardianDeskError: the checking process cannot be started at all (no file is kept).
    """
    answers: list[str | None] = [None] * len(files)
    waiting = iter(range(len(files)))
    lock = threading.Lock()
    stopped = 0
    failure: list[GuardianDeskError] = []

    def work() -> None:
        nonlocal stopped
        checker: _Checker | None = None
        try:
            while True:
                with lock:
                    index = next(waiting, None)
                    refused = stopped >= MAX_STOPPED or bool(failure)
                if index is None:
                    return
                name, media_type, data = files[index]
                if refused:
                    answers[index] = _f(
                        "{name} was not opened: {stopped} files before it had to be stopped "
                        "while they were checked, so the rest were refused unchecked. It was "
                        "not attached.",
                        name=name,
                        stopped=stopped,
                    )
                    continue
                if checker is None:
                    checker = _Checker(inspector)
                sentence, stop = checker.check(name, media_type, data, time_limit)
                answers[index] = sentence or None
                if stop:
                    checker.close()
                    checker = None
                    with lock:
                        stopped += 1
        except GuardianDeskError as exc:
            with lock:
                failure.append(exc)
        finally:
            if checker is not None:
                checker.close()

    workers = [threading.Thread(target=work) for _ in range(min(CHECKERS, len(files)))]
    for worker in workers[1:]:
        worker.start()
    if workers:
        work()  # the first share in this thread: one file costs no thread
    for worker in workers[1:]:
        worker.join()
    if failure:
        raise failure[0]
    return answers


def check_in_child(
    name: str,
    media_type: str,
    data: bytes,
    *,
    time_limit: float = TIME_LIMIT_S,
    inspector: Inspector = inspect,
) -> None:
    """Open one file in a checking process; refuse it if that fails or takes too long.

    Raises:
        ValidationError: naming the file and what is wrong with it.
    """
    (problem,) = check_many([(name, media_type, data)], time_limit=time_limit, inspector=inspector)
    if problem:
        raise ValidationError(problem)
