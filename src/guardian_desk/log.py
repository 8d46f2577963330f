"""Logging for the window and the command line, with nothing personal in any line.

Every handler that :func:`setup_logging` installs carries a :class:`RedactionFilter`, so a
child's name, a case reference, a docket or a document number never reaches a log file or the
terminal, whichever logger (ours, SQLAlchemy's, Alembic's) produced the record. Code should
still not log such values; the filter is the safety net for the day it does.

No Qt here: the command line uses this module too.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import logging.handlers
import platform
import re
import sys
import tempfile
import threading
import traceback
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from guardian_desk import __version__, config
from guardian_desk.files import FileWriteError, make_private, make_private_dir, write_atomic

__all__ = [
    "RedactionFilter",
    "redact",
    "register_sensitive",
    "setup_logging",
    "write_crash_report",
]

LOG_FILE_NAME = "guardian-desk.log"
MAX_LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 5
MAX_SENSITIVE_VALUES = 50_000
MIN_SENSITIVE_LENGTH = 3

REDACTED = "[redacted]"
NUMBER = "[number]"
EMAIL = "[email]"
REFERENCE = "[reference]"

FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"
# Names mark the handlers this module owns, so a second setup replaces them instead of
# adding a second copy of every line.
_FILE_HANDLER = "guardian_desk.log.file"
_CONSOLE_HANDLER = "guardian_desk.log.console"
_REDACTED_MARK = "_guardian_desk_redacted"

log = logging.getLogger("guardian_desk.log")
_Key = TypeVar("_Key")

# --- registered values (rule a) ------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
# Between the words of a registered name ("Amina Yusuf", "Amina-Yusuf", "Amina  Yusuf").
_MAX_GAP = 3

_registry_lock = threading.Lock()
# Each value is kept as its folded words: spacing and punctuation between words vary from one
# log line to the next, the words do not. Oldest first, so the bound drops the oldest.
_values: OrderedDict[tuple[str, ...], None] = OrderedDict()
_first_words: Counter[str] = Counter()
_word_counts: Counter[int] = Counter()


def _words_of(value: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(unicodedata.normalize("NFC", value).casefold()))


def register_sensitive(values: Iterable[str | None]) -> None:
    """Remember values that must never appear in a log line.

    Services call this with the names, references and numbers they read or write, so that a
    value that slips into a message (an exception text, an SQL error) is replaced by
    ``[redacted]``. Matching ignores case and Unicode normalisation, and the spacing or
    punctuation between the words of a value. At most 50 000 values are kept; registering
    another drops the one used least recently.

    Args:
        values: the values; ``None`` and values of fewer than three letters or digits are
            ignored, because they would redact ordinary words.
    """
    prepared = []
    for value in values:
        if value is None:
            continue
        words = _words_of(value)
        if sum(len(word) for word in words) >= MIN_SENSITIVE_LENGTH:
            prepared.append(words)
    with _registry_lock:
        for words in prepared:
            if words in _values:
                _values.move_to_end(words)
                continue
            _values[words] = None
            _first_words[words[0]] += 1
            _word_counts[len(words)] += 1
            while len(_values) > MAX_SENSITIVE_VALUES:
                oldest, _ = _values.popitem(last=False)
                _forget(_first_words, oldest[0])
                _forget(_word_counts, len(oldest))


def _forget(counter: Counter[_Key], key: _Key) -> None:
    counter[key] -= 1
    if counter[key] <= 0:
        del counter[key]


def _redact_registered(text: str) -> str:
    with _registry_lock:
        if not _values:
            return text
        longest = max(_word_counts)
        words = list(_WORD.finditer(text))
        folded = [word.group().casefold() for word in words]
        pieces: list[str] = []
        kept_from = 0
        i = 0
        while i < len(words):
            matched = 0
            if folded[i] in _first_words:
                # Longest first, so "Amina Yusuf" goes as one before "Amina" alone.
                for count in range(min(longest, len(words) - i), 0, -1):
                    if tuple(folded[i : i + count]) in _values and _close_together(
                        text, words[i : i + count]
                    ):
                        matched = count
                        break
            if matched:
                pieces.append(text[kept_from : words[i].start()])
                pieces.append(REDACTED)
                kept_from = words[i + matched - 1].end()
                i += matched
            else:
                i += 1
    pieces.append(text[kept_from:])
    return "".join(pieces)


def _close_together(text: str, words: list[re.Match[str]]) -> bool:
    for before, after in itertools.pairwise(words):
        gap = text[before.end() : after.start()]
        if len(gap) > _MAX_GAP or "\n" in gap:
            return False
    return True


# --- patterns (rules b to f) ---------------------------------------------------------------

# The look-behind starts a match only where an address can start: without it a long word
# is rescanned from each of its letters.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CASE_REFERENCE = re.compile(r"\bDEMO-\d+-\d+\b|\b[A-Z]{2,5}-\d{2,4}-\d{3,6}\b")
# An alphanumeric token whose parts are joined by - / . (or by single spaces between digits,
# as in "A 123 456 789"): "P1234567", "A-123-456-789", "26/01234", "2026-00017".
_NUMBER_TOKEN = re.compile(r"[^\W_]+(?:(?:[-/.]|(?<=\d) (?=\d))[^\W_]+)*")
_TOKEN_PARTS = re.compile(r"([-/. ])")
# Row ids are random and mean nothing without the database; support needs them.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
# Timings such as SQLAlchemy's "[generated in 0.00015s]" are long numbers that say nothing.
_DURATION = re.compile(r"\d{1,4}\.\d+m?s")
_MIN_DIGITS = 5
# A run of anything but spaces and ASCII punctuation: a word, with its marks and joiners.
_SCRIPT_RUN = re.compile(r"[^\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+")
_LAST_LATIN_BLOCK = 0x024F  # end of Latin Extended-B
_SCRIPT_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Nd"})
_PARAMETERS = "[parameters: "
# PostgreSQL repeats the offending values in its DETAIL line.
_PG_KEY = re.compile(r"(Key \((?:[^()\n]|\([^()\n]*\))*\)=\().*(\))")
_PG_ROW = re.compile(r"(Failing row contains \().*(\))")


def _redact_number(match: re.Match[str]) -> str:
    token = match.group()
    if (
        sum(char.isdecimal() for char in token) < _MIN_DIGITS
        or _UUID.fullmatch(token)
        or _DURATION.fullmatch(token)
    ):
        return token
    parts = _TOKEN_PARTS.split(token)  # words at even indices, separators at odd ones
    numeric = [i for i in range(0, len(parts), 2) if any(c.isdecimal() for c in parts[i])]
    # Keep a leading word such as "A-" or "backup-": it says what kind of number it was.
    return "".join(parts[: numeric[0]]) + NUMBER + "".join(parts[numeric[-1] + 1 :])


def _is_other_script(char: str) -> bool:
    if ord(char) <= _LAST_LATIN_BLOCK or unicodedata.category(char) not in _SCRIPT_CATEGORIES:
        return False
    return "LATIN" not in unicodedata.name(char, "")


def _redact_script_run(match: re.Match[str]) -> str:
    run = match.group()
    if run.isascii() or not any(_is_other_script(char) for char in run):
        return run
    return REDACTED


def _end_of_parameters(text: str, start: int) -> int:
    """Where the text after the parameter dump that starts at ``start`` resumes.

    Quoted strings are skipped, since a parameter may itself hold a bracket. A repr never
    holds a raw line break, so a dump that reaches one was cut short.
    """
    depth = 1
    quote = ""
    i = start
    while i < len(text):
        char = text[i]
        if char == "\n":
            return i
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def _redact_sql_parameters(text: str) -> str:
    pieces: list[str] = []
    position = 0
    while (found := text.find(_PARAMETERS, position)) >= 0:
        start = found + len(_PARAMETERS)
        pieces.append(text[position:start] + REDACTED + "]")
        position = _end_of_parameters(text, start)
    pieces.append(text[position:])
    return "".join(pieces)


def redact(text: str) -> str:
    """``text`` with every name, reference, number and address that may identify a child replaced.

    Replaced are: values given to :func:`register_sensitive`; SQL parameter dumps
    (``[parameters: ...]``) and the values PostgreSQL repeats in its error details; e-mail
    addresses; case references such as ``DEMO-7-000012``; tokens holding five digits or more
    (document numbers, A-numbers, dockets, dates); and words in a script other than Latin
    (names written in their own script). Short numbers and the SQL text stay.

    Args:
        text: any text, such as a log message or a traceback.

    Returns:
        The text in NFC form, with placeholders (``[redacted]``, ``[number]``...) in place of
        what was removed.
    """
    text = unicodedata.normalize("NFC", text)
    if _PARAMETERS in text:
        text = _redact_sql_parameters(text)
    text = _PG_KEY.sub(rf"\g<1>{REDACTED}\g<2>", text)
    text = _PG_ROW.sub(rf"\g<1>{REDACTED}\g<2>", text)
    # Whole addresses and references first: a registered name inside one would otherwise
    # break it up and leave the rest of it readable.
    if "@" in text:
        text = _EMAIL.sub(EMAIL, text)
    text = _CASE_REFERENCE.sub(REFERENCE, text)
    text = _redact_registered(text)
    text = _NUMBER_TOKEN.sub(_redact_number, text)
    if not text.isascii():
        text = _SCRIPT_RUN.sub(_redact_script_run, text)
    return text


# --- the filter ----------------------------------------------------------------------------

_PLAIN_FORMATTER = logging.Formatter()
# SQLAlchemy's echo logs parameters and rows as "[stats] %r" and "Row %r": whole records of
# personal data, in which an unregistered Latin name would match none of the patterns.
_SQLALCHEMY_DUMPS = ("] %r", "Row %r")


class RedactionFilter(logging.Filter):
    """Rewrites each record into its final, redacted text before any handler formats it.

    The message, its arguments, the traceback and the stack are rendered and redacted
    together; the record then carries only that text (no arguments, no exception), so no
    formatter can bring back what was removed. The filter never drops a record and never
    raises: a record it cannot render is replaced by a fixed notice.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact ``record`` in place; always keeps it.

        Args:
            record: the record about to be handled.

        Returns:
            True.
        """
        if getattr(record, _REDACTED_MARK, False):
            return True  # another of our handlers already rewrote this record
        try:
            text = redact(_render(record))
        except Exception:
            # Fail closed: a record that cannot be redacted must not be written as it is.
            text = "[log message withheld: it could not be redacted]"
        record.msg = text
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        setattr(record, _REDACTED_MARK, True)
        return True


def _render(record: logging.LogRecord) -> str:
    if (
        record.name.startswith("sqlalchemy")
        and isinstance(record.msg, str)
        and record.msg.endswith(_SQLALCHEMY_DUMPS)
        and isinstance(record.args, tuple)
        and record.args
    ):
        record.msg = record.msg[:-2] + "%s"
        record.args = (*record.args[:-1], REDACTED)
    try:
        message = record.getMessage()
    except Exception:
        # The call's arguments do not fit its format; the format alone still tells something.
        message = f"{record.msg} [the message's arguments could not be formatted]"
    parts = [message]
    if record.exc_text:
        parts.append(record.exc_text)
    elif record.exc_info and record.exc_info[0] is not None:
        parts.append(_PLAIN_FORMATTER.formatException(record.exc_info))
    if record.stack_info:
        parts.append(record.stack_info)
    return "\n".join(parts)


_REDACTION = RedactionFilter()


# --- set-up --------------------------------------------------------------------------------


class _UTCFormatter(logging.Formatter):
    """Times in ISO 8601, UTC, to the millisecond: lines from several machines sort together."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        moment = datetime.fromtimestamp(record.created, tz=UTC)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def setup_logging(log_dir: Path | None = None, *, console_level: int = logging.WARNING) -> Path:
    """Send log records to a rotating file and to stderr, redacted.

    The handlers sit on the root logger, so records from SQLAlchemy and Alembic that
    propagate there are redacted too; third-party loggers keep their own levels. The
    ``guardian_desk`` logger passes INFO and above. Handlers already on the root logger also
    get the redaction filter. Calling this again replaces the handlers it installed before.
    If the log folder cannot be created, logging goes to stderr only and one warning says so.

    Args:
        log_dir: the folder for ``guardian-desk.log`` (1 MiB per file, five older files
            kept); the user's log folder by default. Created if missing.
        console_level: the lowest level written to stderr.

    Returns:
        The path of the log file, whether or not it could be opened.
    """
    folder = config.log_dir() if log_dir is None else log_dir
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_FILE_HANDLER, _CONSOLE_HANDLER):
            root.removeHandler(handler)
            handler.close()
    # A handler someone added earlier (logging.basicConfig, a test runner) would otherwise
    # print records before ours had redacted them.
    for handler in root.handlers:
        handler.addFilter(_REDACTION)

    console = logging.StreamHandler(sys.stderr)
    console.set_name(_CONSOLE_HANDLER)
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
    console.addFilter(_REDACTION)

    problem: OSError | None = None
    try:
        make_private_dir(folder)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        make_private(path)
    except OSError as exc:
        problem = exc
    else:
        file_handler.set_name(_FILE_HANDLER)
        file_handler.setLevel(logging.INFO)
        file_handler.setFormatter(_UTCFormatter(FILE_FORMAT))
        file_handler.addFilter(_REDACTION)
        root.addHandler(file_handler)
    root.addHandler(console)
    logging.getLogger("guardian_desk").setLevel(min(logging.INFO, console_level))
    if problem is not None:
        log.warning(
            "cannot write the log file in %s (%s); logging to the terminal only",
            folder,
            problem.strerror or problem,
        )
    return path


# --- crash reports -------------------------------------------------------------------------


def write_crash_report(
    exc_type: type[BaseException] | None,
    exc_value: BaseException | None,
    tb: TracebackType | None,
    log_dir: Path | None = None,
) -> Path:
    """Write a redacted report of an unexpected error, for the user to send to support.

    The report holds the time (UTC), the versions of Guardian Desk, Python and the operating
    system, and the redacted traceback. It is written to ``crashes/crash-<time>.txt`` in the
    log folder, else in the temporary folder, else to stderr. This never raises: it runs
    when something has already gone wrong.

    Args:
        exc_type: the exception's class, as given to :data:`sys.excepthook`.
        exc_value: the exception.
        tb: its traceback.
        log_dir: the log folder; the user's log folder by default.

    Returns:
        The path of the report, or the last path tried if none could be written.
    """
    now = datetime.now(UTC)
    name = f"crash-{now:%Y%m%dT%H%M%SZ}.txt"
    try:
        text = _crash_text(exc_type, exc_value, tb, now)
    except Exception:
        # Rendering failed (an exception whose repr raises, say): still leave a trace.
        text = f"Guardian Desk crash report\nTime (UTC): {now:%Y-%m-%dT%H:%M:%SZ}\n"
    folders: list[Path] = []
    # No log folder known (platformdirs failing, say): the temporary folder below will do.
    with contextlib.suppress(Exception):
        folders.append((config.log_dir() if log_dir is None else log_dir) / "crashes")
    folders.append(Path(tempfile.gettempdir()) / "guardian-desk-crashes")
    for folder in folders:
        try:
            return _write_new_file(folder, name, text)
        except (OSError, FileWriteError):
            continue
    # A windowed app may have no stderr either; then nothing is left to write to.
    with contextlib.suppress(Exception):
        sys.stderr.write(text)
    return folders[-1] / name


def _crash_text(
    exc_type: type[BaseException] | None,
    exc_value: BaseException | None,
    tb: TracebackType | None,
    now: datetime,
) -> str:
    trace = "".join(traceback.format_exception(exc_type, exc_value, tb))
    return (
        "Guardian Desk crash report\n"
        f"Time (UTC): {now:%Y-%m-%dT%H:%M:%SZ}\n"
        f"Guardian Desk: {__version__}\n"
        f"Python: {platform.python_version()} ({platform.python_implementation()})\n"
        f"Platform: {platform.platform()}\n"
        "\n"
        f"{redact(trace)}"
    )


def _write_new_file(folder: Path, name: str, text: str) -> Path:
    make_private_dir(folder)
    path = folder / name
    # Two crashes in the same second must not overwrite each other.
    for attempt in range(2, 100):
        if not path.exists():
            # Whole or not at all, private: a report cut short by a full disk is no report.
            write_atomic(path, text, "The crash report")
            return path
        path = folder / f"{Path(name).stem}-{attempt}.txt"
    raise FileExistsError(path)
