"""While the window runs, temporary files (print jobs, previews, a copy opened in the word
processor) go to a folder of the process alone, removed when the window closes."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QDir, QObject, Qt, QTemporaryFile, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from guardian_desk.files import private_temp_folder
from guardian_desk.services import cases
from guardian_desk.storage.database import Database
from guardian_desk.ui.main_window import MainWindow
from tests.reliability.faults import gd


def test_temporary_files_go_to_a_private_folder_removed_at_the_end() -> None:
    before = os.environ.get("TMPDIR")
    with private_temp_folder() as folder:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert Path(tempfile.gettempdir()) == folder
        assert Path(QDir.tempPath()) == folder  # where Qt spools print jobs
        qt_file = QTemporaryFile()
        assert qt_file.open()
        assert Path(qt_file.fileName()).parent == folder
        with tempfile.NamedTemporaryFile(delete=False) as handle:
            handle.write(b"a page in the making")
        assert Path(handle.name).parent == folder
        qt_file.close()
    assert not folder.exists()
    assert os.environ.get("TMPDIR") == before
    assert Path(tempfile.gettempdir()) != folder


class _Opened(QObject):
    """Where the desktop would be asked to open a file: Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_docx_opened_from_a_case_is_written_in_the_private_folder(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_db: Database, demo_path: Path, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from guardian_desk.services import exchange

    now = datetime.now(UTC).isoformat()
    reference = next(
        c["reference"]
        for c in exchange.export_document(demo_db)["cases"]
        if any(
            h["outcome"] == "scheduled" and h["starts_at"] > now
            for p in c["proceedings"]
            for h in p["hearings"]
        )
    )
    made = gd(
        "filing", "--case", reference, "--form", "notice-of-hearing", "--format", "docx",
        "-o", str(tmp_path / "notice.docx"), db=demo_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        with private_temp_folder() as folder:
            case_id = cases.case_id_of(window.db, reference)
            window.open_case(case_id)
            qtbot.waitUntil(lambda: case_id in window.editors, timeout=5000)
            editor = window.editors[case_id]
            editor.tabs.setCurrentWidget(editor.filings)
            listing = editor.filings
            qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=5000)
            listing.table.selectRow(0)
            qtbot.mouseClick(listing.open_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(opened.urls), timeout=5000)
            path = Path(opened.urls[0].toLocalFile())
            assert path.suffix == ".docx"
            assert folder in path.parents
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
            assert path.read_bytes().startswith(b"PK")
            editor.draft = editor.opened.case
            editor.close()
            window.ops.wait()
        assert not path.exists()
    finally:
        QDesktopServices.unsetUrlHandler("file")
