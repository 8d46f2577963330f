"""Opening an untrusted scan in a separate process, with a time and a memory limit.

A PDF built to loop, a damaged file, an image that claims a billion pixels: opened in the
program itself, any of these could hang the window or exhaust memory. Here the file is opened
in a child process that is stopped after ``TIME_LIMIT_S`` seconds and may not use more than
``MEMORY_LIMIT`` bytes; whatever goes wrong there becomes a clear message, and nothing is kept.
"""

from __future__ import annotations

import io
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection

from guardian_desk.errors import ValidationError

TIME_LIMIT_S = 20.0
MEMORY_LIMIT = 1024**3  # 1 GiB of address space for the child
MAX_PAGES = 2000
MAX_PIXELS = 200_000_000  # 200 megapixels: far above any scan at 600 dpi

Inspector = Callable[[str, bytes], str | None]


def inspect(media_type: str, data: bytes) -> str | None:
    """What is wrong with the file, or None when it opens as what it claims to be.
    Runs in the child process."""
    if media_type == "application/pdf":
        return _inspect_pdf(data)
    return _inspect_image(data)


def _inspect_pdf(data: bytes) -> str | None:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return "it is locked with a password; attach an unlocked copy"
        pages = len(reader.pages)
        if pages == 0:
            return "it has no pages"
        if pages > MAX_PAGES:
            return f"it has {pages} pages (at most {MAX_PAGES})"
        for page in reader.pages:
            _ = page.mediabox
    except RecursionError:
        return "its structure loops back on itself"
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        if any(word in str(exc).lower() for word in ("loop", "cyclic", "circular")):
            return "its structure loops back on itself"
        return f"it is damaged ({type(exc).__name__})"
    return None


def _inspect_image(data: bytes) -> str | None:
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses a bigger picture as a bomb
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                return f"it claims {width} × {height} pixels"
            image.verify()  # the structure, without decoding
        with Image.open(io.BytesIO(data)) as image:
            frames = getattr(image, "n_frames", 1)
            if frames > MAX_PAGES:
                return f"it has {frames} pages (at most {MAX_PAGES})"
            image.load()  # every byte of the first page decoded
    except Image.DecompressionBombError:
        return "it claims more pixels than any scan has"
    except UnidentifiedImageError:
        return "it cannot be read as an image"
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        return f"it is damaged ({type(exc).__name__})"
    return None


def _child(connection: Connection, inspector: Inspector, media_type: str, data: bytes) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass  # no such limit on this system: the time limit still holds
    try:
        connection.send(inspector(media_type, data))
    except MemoryError:
        connection.send("opening it needs more memory than a scan may take")
    except Exception as exc:
        connection.send(f"it cannot be opened ({type(exc).__name__})")


def check_in_child(
    name: str,
    media_type: str,
    data: bytes,
    *,
    time_limit: float = TIME_LIMIT_S,
    inspector: Inspector = inspect,
) -> None:
    """Open the file in a child process; refuse it if that fails or takes too long.

    Raises:
        ValidationError: naming the file and what is wrong with it.
    """
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(child_end, inspector, media_type, data), daemon=True
    )
    child.start()
    child_end.close()
    try:
        if not parent_end.poll(time_limit):
            raise ValidationError(
                f"{name} took too long to open (more than {time_limit:.0f} s): it may be "
                "damaged, or made to hang programs. It was not attached."
            )
        try:
            problem = parent_end.recv()
        except EOFError:  # the child died: out of memory, or crashed on the file
            problem = "opening it made the checking process stop"
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        parent_end.close()
    if problem:
        raise ValidationError(f"{name} was not attached: {problem}.")
