"""The log never holds a child's name, a case reference or a document number."""

from __future__ import annotations

import logging
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from guardian_desk import __version__
from guardian_desk.log import (
    RedactionFilter,
    redact,
    register_sensitive,
    setup_logging,
    write_crash_report,
)

NAME = "Amina Yusuf"
NATIVE_NAME = "أمينة يوسف"
SENSITIVE = [
    NAME,
    "Amina",
    "Yusuf",
    "AMINA",
    NATIVE_NAME,
    "أمينة",
    "يوسف",
    "DEMO-7-000012",
    "000012",
    "P1234567",
    "1234567",
    "A-123-456-789",
    "123-456-789",
    "RG 26/01234",
    "26/01234",
    "01234",
    "guardian.office@example.org",
    "example.org",
    "Dawit",
    "Haile",
]


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """Undo what setup_logging did, so later tests log as before."""
    root = logging.getLogger()
    ours = logging.getLogger("guardian_desk")
    handlers = list(root.handlers)
    filters = {handler: list(handler.filters) for handler in handlers}
    level = ours.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    for handler, kept in filters.items():
        handler.filters[:] = kept
    ours.setLevel(level)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_nothing_sensitive_reaches_the_log_file(tmp_path: Path) -> None:
    register_sensitive([NAME, "Amina", "Yusuf", NATIVE_NAME, None, "Al"])
    path = setup_logging(tmp_path)
    app = logging.getLogger("guardian_desk.test")
    engine = logging.getLogger("sqlalchemy.engine")

    app.info("case opened for %s", NAME)
    app.info("case opened for %s", NATIVE_NAME)
    app.info("case %s opened", "DEMO-7-000012")
    app.info("passport %s opened", "P1234567")
    app.info("A-number %s recorded", "A-123-456-789")
    app.info("docket %s opened", "RG 26/01234")
    app.info("notice sent to %s", "guardian.office@example.org")
    try:
        raise ValueError(f"no guardian appointed for {NAME}")
    except ValueError:
        app.exception("backup written but the check failed")
    engine.warning("case opened for %s (%s)", NAME.upper(), NATIVE_NAME)
    engine.error(
        "(sqlite3.IntegrityError) NOT NULL constraint failed: children.birth_date\n"
        "[SQL: INSERT INTO children (given_name, family_name) VALUES (?, ?)]\n"
        "[parameters: ('Amina', 'Yusuf')]"
    )
    # SQLAlchemy's echo format: the parameters are a repr, with names nobody registered.
    logging.getLogger("sqlalchemy.engine.Engine").warning(
        "[%s] %r", "generated in 0.0002s", ("Dawit", "Haile")
    )

    text = read(path)
    for secret in SENSITIVE:
        assert secret not in text, secret
    for placeholder in ("[redacted]", "[reference]", "A-[number]", "RG [number]", "[email]"):
        assert placeholder in text
    assert "[SQL: INSERT INTO children (given_name, family_name) VALUES (?, ?)]" in text
    assert "[parameters: [redacted]]" in text
    assert "[generated in 0.0002s] [redacted]" in text
    assert text.count("opened") == 6
    assert "backup written" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: no guardian appointed for [redacted]" in text


def test_harmless_lines_come_through_unchanged(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    logging.getLogger("guardian_desk.test").info("upgrading database schema from 0001 to 0002")

    (line,) = read(path).splitlines()
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO guardian_desk.test: "
        r"upgrading database schema from 0001 to 0002",
        line,
    )


def test_setting_up_twice_writes_each_line_once(tmp_path: Path) -> None:
    setup_logging(tmp_path)
    path = setup_logging(tmp_path)
    logging.getLogger("guardian_desk.test").warning("backup written")

    assert read(path).count("backup written") == 1


def test_the_terminal_gets_warnings_redacted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register_sensitive([NAME])
    setup_logging(tmp_path)
    app = logging.getLogger("guardian_desk.test")
    app.info("case opened")
    app.warning("no guardian for %s", NAME)

    assert capsys.readouterr().err == "WARNING guardian_desk.test: no guardian for [redacted]\n"


def test_the_log_file_rotates(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    app = logging.getLogger("guardian_desk.test")
    for _ in range(1100):
        app.info("filler %s", "x" * 1000)

    assert path.with_name("guardian-desk.log.1").exists()
    assert path.stat().st_size <= 1024 * 1024


def test_a_log_folder_that_cannot_be_created_leaves_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")

    path = setup_logging(blocker / "logs")
    logging.getLogger("guardian_desk.test").warning("backup written")

    assert path == blocker / "logs" / "guardian-desk.log"
    err = capsys.readouterr().err
    assert "cannot write the log file" in err
    assert "WARNING guardian_desk.test: backup written" in err


def test_a_message_whose_arguments_do_not_fit_is_still_logged(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    logging.getLogger("guardian_desk.test").warning("%d cases opened", "many")

    assert "cases opened" in read(path)


def test_redact_matches_registered_values_however_written() -> None:
    register_sensitive(["Zoe\u0301 Martin", "Martin"])

    assert redact("guardian for ZOÉ  MARTIN-and Martina") == ("guardian for [redacted]-and Martina")
    assert redact("Zoé\nMartin") == "Zoé\n[redacted]"


def test_redact_covers_other_scripts_and_database_details() -> None:
    assert redact("Салям, Ιωάννης, ዳዊት, יוסף, अमीना opened") == (
        "[redacted], [redacted], [redacted], [redacted], [redacted] opened"
    )
    assert redact("DETAIL:  Key (given_name)=(Mira) already exists.") == (
        "DETAIL:  Key (given_name)=([redacted]) already exists."
    )
    assert redact("[parameters: [('a]', 'Mira'), ('b', 'Okafor')]] and more") == (
        "[parameters: [redacted]] and more"
    )
    assert redact("café résumé, line 123, 2 of 40") == "café résumé, line 123, 2 of 40"


def test_only_the_newest_values_are_kept() -> None:
    register_sensitive(["Oldest Registered Name"])
    register_sensitive(f"filler value {i}" for i in range(50_000))

    assert redact("Oldest Registered Name") == "Oldest Registered Name"
    assert redact("filler value 49999") == "[redacted]"


def test_the_filter_leaves_only_redacted_text_on_the_record() -> None:
    register_sensitive([NAME])
    try:
        raise RuntimeError(NAME)
    except RuntimeError:
        record = logging.LogRecord(
            "guardian_desk.test", logging.ERROR, __file__, 1, "for %s", (NAME,), sys.exc_info()
        )

    assert RedactionFilter().filter(record)
    assert record.args is None
    assert record.exc_info is None
    assert NAME not in logging.Formatter().format(record)
    assert record.getMessage().startswith("for [redacted]\nTraceback")


def test_a_crash_report_is_written_redacted(tmp_path: Path) -> None:
    register_sensitive([NAME])
    try:
        raise KeyError(f"{NAME} has no case DEMO-7-000012, passport P1234567")
    except KeyError:
        crash = sys.exc_info()
    path = write_crash_report(*crash, log_dir=tmp_path)

    assert path.parent == tmp_path / "crashes"
    assert re.fullmatch(r"crash-\d{8}T\d{6}Z\.txt", path.name)
    text = read(path)
    assert f"Guardian Desk: {__version__}" in text
    assert "Python: " in text
    assert "Traceback (most recent call last)" in text
    assert "KeyError: '[redacted] has no case [reference], passport [number]'" in text
    for secret in ("Amina", "DEMO-7-000012", "P1234567"):
        assert secret not in text

    again = write_crash_report(*crash, log_dir=tmp_path)
    assert again != path
    assert path.exists()


def test_a_crash_report_falls_back_to_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    try:
        raise OSError("disk full")
    except OSError:
        path = write_crash_report(*sys.exc_info(), log_dir=blocker)

    assert path.parent == tmp_path / "temp" / "guardian-desk-crashes"
    assert "OSError: disk full" in read(path)


def test_crash_handler_writes_a_redacted_report(tmp_path: Path) -> None:
    import guardian_desk.app as app_module

    handler = app_module.CrashHandler(show_dialog=False, log_dir=tmp_path)
    try:
        raise RuntimeError("failed while showing case DEMO-7-000012 of Amina Yusuf, A123456789")
    except RuntimeError as exc:
        handler.exception(exc)
    (report,) = handler.reports
    assert report.parent.parent == tmp_path
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError" in text
    assert "DEMO-7-000012" not in text
    assert "A123456789" not in text
