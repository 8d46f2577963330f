"""Bad exchange files: each is refused with the sentence a clerk reads, the database untouched.

Every row imports a broken file into a copy of the demo database through
``exchange.import_file`` (what ``guardian-desk import`` and the window's Import run) and
checks three things: a ValidationError (never another exception), a message that names the
problem at its path in plain words (no exception names, no traceback), and a database file
that is byte-for-byte what it was (SHA-256 of the file and its ``-wal``, engine disposed).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guardian_desk.errors import GuardianDeskError, ValidationError
from guardian_desk.services import exchange
from guardian_desk.services.exchange import demo
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import open_database
from tests.conftest import AS_OF

Document = dict[str, Any]

# A word a clerk should never read: Python's names for what went wrong.
_PYTHON_WORDS = re.compile(
    r"Traceback|\b\w+(Error|Exception)\b|\bNone\b|File \"|line \d+, in|0x[0-9a-f]{6,}"
)


@pytest.fixture(scope="module")
def base_document(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Document:
    """One valid demo case of a seed the database does not hold, without attachments (the
    scans it refers to are already stored: the demo specimens are the same files). Each row
    breaks one thing of it: it is checked here to pass as it is."""
    document = demo.demo_document(1, seed=99, as_of=AS_OF)
    document["attachments"] = []
    # The rows break the first proceeding's first hearing and decision: one that has both.
    proceedings = document["cases"][0]["proceedings"]
    proceedings.sort(key=lambda p: not (p["hearings"] and p["decisions"]))
    assert proceedings[0]["hearings"]
    assert proceedings[0]["decisions"]
    path = tmp_path_factory.mktemp("base") / "cases.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path))
    try:
        exchange.validate_document(db, document)
    except GuardianDeskError as error:  # pragma: no cover - says which part is wrong
        pytest.fail(f"the base document is not valid: {error}")
    finally:
        db.close()
    return document


@pytest.fixture
def database(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases.sqlite"
    shutil.copyfile(demo_template, path)
    open_database(str(path)).close()  # let opening do whatever it does once, before hashing
    return path


def _digest(path: Path) -> str:
    """SHA-256 of the database file and of its write-ahead log, if any."""
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(b"\0wal\0" + wal.read_bytes())
    return digest.hexdigest()


def _refused(database: Path, tmp_path: Path, content: bytes) -> str:
    """Import ``content`` as a file; the clerk's message. Fails unless refused cleanly."""
    before = _digest(database)
    path = tmp_path / "incoming.json"
    path.write_bytes(content)
    db = open_database(str(database))
    try:
        with pytest.raises(ValidationError) as caught:
            exchange.import_file(db, path)
    finally:
        db.close()
    assert _digest(database) == before, "the database file changed"
    message = str(caught.value)
    assert not _PYTHON_WORDS.search(message), message
    assert message.startswith("incoming.json "), message
    return message


def _set(path: str, value: Any) -> Callable[[Document], None]:
    """A change that sets the field at a JSON path (``cases[0].child.dob_year``)."""
    parts = [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]

    def change(document: Document) -> None:
        target: Any = document
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value

    return change


def _delete(path: str) -> Callable[[Document], None]:
    parts = [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]

    def change(document: Document) -> None:
        target: Any = document
        for part in parts[:-1]:
            target = target[part]
        del target[parts[-1]]

    return change


def _all(*changes: Callable[[Document], None]) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        for one in changes:
            one(document)

    return change


def _text(document: Document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


CHILD = "cases[0].child"
HEARING = "cases[0].proceedings[0].hearings[0]"
DECISION = "cases[0].proceedings[0].decisions[0]"


def _duplicate_id(document: Document) -> None:
    members = document["cases"][0]["family_members"]
    members[1]["id"] = members[0]["id"]


def _duplicate_case(document: Document) -> None:
    twin = copy.deepcopy(document["cases"][0])
    twin["id"] = "00000000-0000-4000-8000-000000000001"
    twin["child"]["id"] = "00000000-0000-4000-8000-000000000002"
    for key in ("family_members", "proceedings", "documents", "deadlines", "consents", "notes"):
        twin[key] = []
    twin["risk_flags"] = []
    twin["guardian_appointments"] = []
    for key in ("aliases", "age_assessments", "placements", "status_history"):
        twin["child"][key] = []
    document["cases"].append(twin)


def _attachment(data: bytes, media_type: str = "application/pdf") -> Callable[[Document], None]:
    def change(document: Document) -> None:
        document["attachments"] = [
            {
                "sha256": hashlib.sha256(data).hexdigest(),
                "media_type": media_type,
                "size": len(data),
                "data": base64.b64encode(data).decode("ascii"),
                "created_at": "2024-01-01T00:00:00Z",
            }
        ]

    return change


def _tampered(field: str, value: Any) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        _attachment(b"%PDF-1.4 tiny")(document)
        document["attachments"][0][field] = value

    return change


def _nationality_of_stateless(document: Document) -> None:
    document["cases"][0]["child"].update(stateless=True, nationalities=["AF"])


def _estimated_with_day(document: Document) -> None:
    document["cases"][0]["child"].update(
        dob_certainty="estimated", dob_year=2010, dob_month=5, dob_day=3
    )


def _born(year: int, month: int = 6, day: int = 1) -> Callable[[Document], None]:
    def change(document: Document) -> None:
        document["cases"][0]["child"].update(
            dob_certainty="documented", dob_year=year, dob_month=month, dob_day=day
        )

    return change


# (row id, change to a valid document, what the clerk must read)
CHANGES: list[tuple[str, Callable[[Document], None], str]] = [
    # dates and instants out of the sane range, or not dates at all
    (
        "opened-year-1",
        _set("cases[0].opened_on", "0001-01-01"),
        "cases[0].opened_on: 0001-01-01 is outside the years 1900 to 2100; check the year",
    ),
    (
        "opened-year-9999",
        _set("cases[0].opened_on", "9999-12-31"),
        "cases[0].opened_on: 9999-12-31 is outside the years 1900 to 2100",
    ),
    (
        "instant-year-1-plus-one-hour",
        _set("cases[0].created_at", "0001-01-01T00:30+01:00"),
        "cases[0].created_at: 0001-01-01 is outside the years 1900 to 2100",
    ),
    (
        "instant-year-9999-minus-one-hour",
        _set(f"{HEARING}.starts_at", "9999-12-31T23:30-01:00"),
        f"{HEARING}.starts_at: 9999-12-31 is outside the years 1900 to 2100",
    ),
    (
        "instant-1900-that-is-1899-in-utc",
        _set("cases[0].updated_at", "1900-01-01T00:30+01:00"),
        "cases[0].updated_at: 1899-12-31 is outside the years 1900 to 2100",
    ),
    (
        "decision-notified-9999",
        _set(f"{DECISION}.notified_on", "9999-12-31"),
        f"{DECISION}.notified_on: 9999-12-31 is outside the years 1900 to 2100",
    ),
    (
        "arrival-1899",
        _set(f"{CHILD}.last_arrival_on", "1899-12-31"),
        f"{CHILD}.last_arrival_on: 1899-12-31 is outside the years 1900 to 2100",
    ),
    (
        "30-february",
        _set("cases[0].opened_on", "2026-02-30"),
        "cases[0].opened_on: not a date (YYYY-MM-DD)",
    ),
    (
        "day-first-date",
        _set("cases[0].opened_on", "26/11/2026"),
        "cases[0].opened_on: not a date (YYYY-MM-DD)",
    ),
    (
        "instant-without-zone",
        _set(f"{HEARING}.starts_at", "2026-12-28T12:30:00"),
        f"{HEARING}.starts_at: not a date-time with a time zone",
    ),
    (
        "instant-hour-25",
        _set(f"{HEARING}.starts_at", "2026-12-28T25:30:00Z"),
        f"{HEARING}.starts_at: not a date-time with a time zone",
    ),
    # numbers
    (
        "year-as-decimal",
        _set(f"{CHILD}.dob_year", 2010.0),
        f"{CHILD}.dob_year: should be a whole number, without a decimal point (not 2010.0)",
    ),
    (
        "year-as-text",
        _set(f"{CHILD}.dob_year", "2010"),
        f"{CHILD}.dob_year: should be a whole number",
    ),
    (
        "year-as-boolean",
        _set(f"{CHILD}.dob_year", True),
        f"{CHILD}.dob_year: should be a whole number",
    ),
    (
        "month-beyond-64-bits",
        _set(f"{CHILD}.dob_month", 2**63),
        f"{CHILD}.dob_month: is beyond what a whole number field holds (19 digits)",
    ),
    (
        "year-below-64-bits",
        _set(f"{CHILD}.dob_year", -(2**63) - 1),
        f"{CHILD}.dob_year: is beyond what a whole number field holds (19 digits)",
    ),
    (
        "duration-with-a-fraction",
        _set(f"{HEARING}.duration_minutes", 90.5),
        f"{HEARING}.duration_minutes: should be a whole number, not 90.5",
    ),
    (
        "year-2199",
        _born(2199),
        f"{CHILD}.dob_year: year 2199 is not plausible (between 1900 and 2100)",
    ),
    (
        "month-13",
        _born(2012, 13, 1),
        f"{CHILD}.dob_month: month 13 does not exist",
    ),
    # names and text
    ("empty-name", _set(f"{CHILD}.given_names", ""), f"{CHILD}.given_names: is required"),
    ("null-name", _set(f"{CHILD}.given_names", None), f"{CHILD}.given_names: is required"),
    ("missing-name", _delete(f"{CHILD}.given_names"), f"{CHILD}.given_names: is required"),
    (
        "name-of-spaces",
        _set(f"{CHILD}.given_names", "   "),
        f"{CHILD}.given_names: is required: it holds only spaces or invisible characters",
    ),
    (
        "name-of-joiners",
        _set(f"{CHILD}.given_names", "\u200c\u200d\u200c"),
        f"{CHILD}.given_names: is required: it holds only spaces or invisible characters",
    ),
    (
        "name-of-no-break-spaces",
        _set(f"{CHILD}.given_names", "\u00a0\u3000\u2007"),
        f"{CHILD}.given_names: is required: it holds only spaces or invisible characters",
    ),
    (
        "family-name-of-hangul-fillers",
        _set(f"{CHILD}.family_name", "\u3164\u3164"),
        f"{CHILD}.family_name: has no visible letters: it holds only spaces or invisible",
    ),
    (
        "zero-width-space",
        _set(f"{CHILD}.given_names", "\u200b"),
        f"{CHILD}.given_names: contains invisible character U+200B (zero width space)",
    ),
    (
        "nul-in-name",
        _set(f"{CHILD}.family_name", "Ali\x00"),
        f"{CHILD}.family_name: contains control character U+0000",
    ),
    (
        "bidi-override-in-name",
        _set(f"{CHILD}.family_name", "Ali\u202eilA"),
        f"{CHILD}.family_name: contains bidi control U+202E",
    ),
    (
        "name-of-100000-characters",
        _set(f"{CHILD}.given_names", "A" * 100_000),
        f"{CHILD}.given_names: too long: 100000 characters, at most 200",
    ),
    (
        "missing-sex",
        _delete(f"{CHILD}.sex"),
        f"{CHILD}.sex: is required",
    ),
    (
        "no-nationality",
        _set(f"{CHILD}.nationalities", []),
        f"{CHILD}.nationalities: is required: give at least one nationality, or mark the child "
        "stateless",
    ),
    (
        "no-language",
        _set(f"{CHILD}.languages", []),
        f"{CHILD}.languages: is required: give at least one language the child speaks",
    ),
    # codes
    (
        "unknown-country",
        _set(f"{CHILD}.nationalities", ["XX"]),
        f"{CHILD}.nationalities[0]: 'XX' is not an ISO 3166 country code",
    ),
    (
        "unknown-language",
        _set(f"{CHILD}.interpreter_language", "english"),
        f"{CHILD}.interpreter_language: 'english' is not a BCP 47 language tag",
    ),
    (
        "unknown-time-zone",
        _set(f"{HEARING}.time_zone", "Mars/Olympus_Mons"),
        f"{HEARING}.time_zone: 'Mars/Olympus_Mons' is not an IANA time zone",
    ),
    (
        "unknown-sex",
        _set(f"{CHILD}.sex", "robot"),
        f"{CHILD}.sex: 'robot' is not one of: female, male",
    ),
    (
        "unknown-field",
        _set("cases[0].favourite_colour", "blue"),
        "cases[0]: unknown field 'favourite_colour'",
    ),
    # ids and references
    ("duplicate-id", _duplicate_id, "cases[0].family_members[1].id: the id is used twice"),
    (
        "duplicate-reference",
        _duplicate_case,
        "cases[1].reference: the reference is used twice (also at cases[0])",
    ),
    (
        "reference-already-stored",
        _set("cases[0].reference", "DEMO-7-000001"),
        "cases[0].reference: a case DEMO-7-000001 is already in the database",
    ),
    (
        "malformed-id",
        _set("cases[0].family_members[0].id", "not-a-uuid"),
        "cases[0].family_members[0].id: 'not-a-uuid' is not an id (a UUID in lower case)",
    ),
    (
        "lawyer-who-is-not-there",
        _set("cases[0].lead_lawyer_id", "00000000-0000-4000-8000-00000000dead"),
        "cases[0].lead_lawyer_id: refers to a team member that is not there",
    ),
    (
        "deadline-for-a-hearing-that-is-not-there",
        _set("cases[0].deadlines[0].hearing_id", "00000000-0000-4000-8000-00000000beef"),
        "cases[0].deadlines[0].hearing_id: refers to a hearing that is not there",
    ),
    (
        "scan-that-is-not-there",
        _set(
            "cases[0].documents[0].files",
            [new_record("files", attachment_id="0" * 64, original_filename="scan.pdf")],
        ),
        "cases[0].documents[0].files[0].attachment_id: refers to an attachment that is not there",
    ),
    # facts that cannot be together
    (
        "born-after-arrival",
        _all(_born(2020), _set(f"{CHILD}.last_arrival_on", "2019-05-05")),
        f"{CHILD}.last_arrival_on: the child arrived (2019-05-05) before being born (2020-06-01)",
    ),
    (
        "born-in-the-future",
        _born(2099),
        f"{CHILD}.dob_year: the date of birth (2099-06-01) is in the future",
    ),
    (
        "born-after-the-case-opened",
        _all(_born(2025), _set("cases[0].opened_on", "2024-01-10")),
        f"{CHILD}.dob_year: the child is born (2025-06-01) after the case was opened (2024-01-10)",
    ),
    (
        "closed-before-opened",
        _all(_set("cases[0].opened_on", "2026-01-10"), _set("cases[0].closed_on", "2025-01-10")),
        "cases[0].closed_on: the case is closed before it was opened",
    ),
    (
        "stateless-with-a-nationality",
        _nationality_of_stateless,
        f"{CHILD}.stateless: a stateless child cannot also have a nationality",
    ),
    (
        "estimated-birth-with-a-day",
        _estimated_with_day,
        f"{CHILD}.dob_day: an estimated date of birth is a year or a year and month, without a day",
    ),
    # attachments
    (
        "attachment-wrong-hash",
        _tampered("sha256", "f" * 64),
        "attachments[0].sha256: does not match the attached data",
    ),
    (
        "attachment-wrong-size",
        _tampered("size", 5),
        "attachments[0].size: is 5 but the data has 13 bytes",
    ),
    (
        "attachment-not-base64",
        _tampered("data", "%%% not base64 %%%"),
        "attachments[0].data: is not base64",
    ),
    (
        "exe-declared-as-pdf",
        _attachment(b"MZ\x90\x00\x03" + b"\x00" * 200),
        "attachments[0].data: the attached file",  # its words: services/attachments.py
    ),
    (
        "html-declared-as-pdf",
        _attachment(b"<!doctype html><html><script>alert(1)</script></html>"),
        "attachments[0].data: the attached file",
    ),
    # shape
    ("cases-not-a-list", _set("cases", {}), "cases: should be a list"),
    ("missing-cases", _delete("cases"), "cases: is required"),
    ("child-a-list", _set(f"{CHILD}", []), f"{CHILD}: should be an object"),
]


@pytest.mark.bad_input
@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES]
)
def test_a_broken_file_is_refused_in_plain_words(
    database: Path,
    tmp_path: Path,
    base_document: Document,
    change: Callable[[Document], None],
    expected: str,
) -> None:
    document = copy.deepcopy(base_document)
    change(document)
    message = _refused(database, tmp_path, _text(document))
    assert message.splitlines()[0] == "incoming.json cannot be imported:"
    assert expected in message, message
    for line in message.splitlines()[1:]:  # each problem: where, then what, in one line
        assert re.match(r"  (\S+: \S|… and \d+ more problems)", line), line


_VALID_HEAD = b'{"format": "guardian-desk-exchange", "format_version": 1, "cases": ['

# (row id, the file's bytes, what the clerk must read)
FILES: list[tuple[str, bytes, str]] = [
    ("not-json", b"{not json", "incoming.json is not valid JSON: Expecting property name"),
    ("empty-file", b"", "incoming.json is not valid JSON"),
    ("truncated", _VALID_HEAD + b'{"id": "00000000-', "incoming.json is not valid JSON"),
    ("not-utf8", b"\xff\xfe\x00\x00garbage", "it is not UTF-8 text"),
    (
        "utf16",
        '{"format": "guardian-desk-exchange"}'.encode("utf-16"),
        "it is not UTF-8 text",
    ),
    ("a-list", b"[1, 2, 3]", "incoming.json is not a Guardian Desk exchange file."),
    (
        "another-format",
        b'{"format": "gedcom", "format_version": 1, "cases": []}',
        "incoming.json is not a Guardian Desk exchange file.",
    ),
    (
        "version-2",
        b'{"format": "guardian-desk-exchange", "format_version": 2, "cases": []}',
        "uses exchange format version 2; this program reads version 1",
    ),
    (
        "version-as-text",
        b'{"format": "guardian-desk-exchange", "format_version": "1", "cases": []}',
        "uses exchange format version '1'; this program reads version 1",
    ),
    ("nested-100000-deep", b"[" * 100_000 + b"]" * 100_000, "is nested too deeply"),
    (
        "nan",
        _VALID_HEAD + b"NaN]}",
        "incoming.json is not valid JSON: NaN is not a number JSON allows.",
    ),
    (
        "infinity",
        _VALID_HEAD + b"-Infinity]}",
        "incoming.json is not valid JSON: -Infinity is not a number JSON allows.",
    ),
    ("a-pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is not UTF-8 text"),
    ("a-zip", b"PK\x03\x04" + b"\x00" * 30, "is not valid JSON"),
]


@pytest.mark.bad_input
@pytest.mark.parametrize(("content", "expected"), [f[1:] for f in FILES], ids=[f[0] for f in FILES])
def test_a_file_that_is_not_an_exchange_file_is_refused(
    database: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    message = _refused(database, tmp_path, content)
    assert expected in message, message
    assert "\n" not in message  # one sentence


def _with_raw(base: Document, path: str, raw: str) -> bytes:
    """The document with the field at ``path`` written in the file as ``raw`` JSON text."""
    document = copy.deepcopy(base)
    _set(path, "@@RAW@@")(document)
    return _text(document).replace(b'"@@RAW@@"', raw.encode("ascii"))


# (row id, field, its value as written in the file, what the clerk must read at the field)
RAW_VALUES = [
    ("5000-digit-year", f"{CHILD}.dob_year", "9" * 5000, "is a number of 5000 digits"),
    ("4301-digit-month", f"{CHILD}.dob_month", "1" * 4301, "is a number of 4301 digits"),
    ("negative-5000-digits", f"{CHILD}.dob_day", "-" + "7" * 5000, "is a number of 5000 digits"),
    ("1e400", f"{CHILD}.dob_year", "1e400", "is a number too large for any field"),
    (
        "year-as-exponent",
        f"{CHILD}.dob_year",
        "2.01e3",
        "should be a whole number, without a decimal point (not 2010.0)",
    ),
    (
        "5000-digit-decimal-duration",
        f"{HEARING}.duration_minutes",
        "1." + "3" * 5000,
        "should be a whole number, not 1.3333",
    ),
    (
        "nested-900-deep-in-a-note",
        "cases[0].notes[0].text",
        "[" * 900 + '"x"' + "]" * 900,
        "should be a text",
    ),
    (
        "deep-objects-in-a-name",
        f"{CHILD}.given_names",
        '{"a":' * 500 + "1" + "}" * 500,
        "should be a text",
    ),
]


@pytest.mark.bad_input
@pytest.mark.parametrize(
    ("path", "raw", "expected"), [r[1:] for r in RAW_VALUES], ids=[r[0] for r in RAW_VALUES]
)
def test_a_value_no_field_can_hold_is_reported_at_its_field(
    database: Path, tmp_path: Path, base_document: Document, path: str, raw: str, expected: str
) -> None:
    message = _refused(database, tmp_path, _with_raw(base_document, path, raw))
    assert f"{path}: {expected}" in message, message


@pytest.mark.bad_input
def test_a_file_over_the_scan_limit_is_refused(
    database: Path, tmp_path: Path, base_document: Document
) -> None:
    from guardian_desk.services.documents.file_check import MAX_BYTES

    document = copy.deepcopy(base_document)
    _attachment(b"%PDF-1.4\n" + b"0" * (MAX_BYTES + 1))(document)
    message = _refused(database, tmp_path, _text(document))
    assert "attachments[0].data: the attached file" in message
    assert "too large" in message
