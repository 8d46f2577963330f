"""Benchmark: the window on a large database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_bench.py --db PATH [--runs 5]
        [--recovery-key-file FILE]   (an encrypted PATH where no keyring holds its key)

PATH is a database with many cases (make one with bench/search_bench.py, 100 000 cases).
Measures, in the same run:
- process start to the case list showing its first page, against a bare PySide6 window with
  one QTableView (the floor any Qt program pays), median of several runs each;
- keystroke in the search box to the updated list, p50/p95 over typed queries;
- opening a case from the list to its overview painted, p50/p95 over 20 cases;
- resident memory of the window after searching and scrolling.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(60, 9))
window.setCentralWidget(table)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()  # one turn of the event loop: the view paints
print(time.time())
"""

OURS = """
import sys, time
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from guardian_desk.services import security
from guardian_desk.ui.main_window import MainWindow
from guardian_desk.ui.settings import Settings
app = QApplication(sys.argv[:1])
recovery = open(sys.argv[3]).read().strip() if len(sys.argv) > 3 else None
db = security.open_for_work(sys.argv[1], recovery_key=recovery).db
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(db, settings=settings)
loop = QEventLoop()
window.model.modelReset.connect(loop.quit)
window.show()
loop.exec()  # as the application's own event loop runs: idle until the first page is there
QTimer.singleShot(0, loop.quit)
loop.exec()  # one more turn: the view paints the first page
print(time.time())
window.ops.wait()
"""


def _start_to_shown(code: str, *args: str) -> float:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1]) - started


def _resident_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _typing(
    db_path: str, settings_path: str, recovery: str | None = None
) -> tuple[list[float], float]:
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from guardian_desk.services import security
    from guardian_desk.ui.main_window import MainWindow
    from guardian_desk.ui.settings import Settings

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive while measuring
    key = Path(recovery).read_text().strip() if recovery else None
    db = security.open_for_work(db_path, recovery_key=key).db
    window = MainWindow(db, settings=Settings(QSettings(settings_path, QSettings.Format.IniFormat)))
    first = QEventLoop()
    window.model.loaded.connect(first.quit)
    window.show()
    first.exec()
    window.model.loaded.disconnect(first.quit)
    queries = [
        "Ahmad",
        "Mohammed",
        "Fatima",
        "Oleksandr",
        "Tesfay",
        "Nunez",
        "DEMO-1-0456",
        "Haile",
        "Qaderi",
        "Samatar",
        "Koval",
        "Yusuf",
        "Abdi",
        "Gonzalez",
        "Bah",
    ]
    latencies: list[float] = []
    for query in queries:
        window.ui.search.clear()
        wait = QEventLoop()
        window.model.loaded.connect(wait.quit)
        QTimer.singleShot(5000, wait.quit)
        wait.exec()
        window.model.loaded.disconnect(wait.quit)
        for char in query:
            loop = QEventLoop()
            window.model.loaded.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            start = time.perf_counter()
            QTest.keyClick(window.ui.search, char)
            loop.exec()
            QTimer.singleShot(0, loop.quit)
            loop.exec()  # one more turn: the view repaints with the new rows
            latencies.append((time.perf_counter() - start) * 1000)
            window.model.loaded.disconnect(loop.quit)
    window.ui.search.clear()
    opening = _opening(window)
    for _ in range(20):  # scroll through some pages
        window.ui.caseTable.scrollToBottom()
        turn = QEventLoop()
        QTimer.singleShot(0, turn.quit)
        turn.exec()
    rss = _resident_mib()
    window.ops.wait()
    del Qt
    return latencies, rss, opening


def _opening(window: object) -> list[float]:
    """Open 20 cases of the list as Enter does, each to its overview painted, then close it."""
    from PySide6.QtCore import QEventLoop, QTimer

    found: list[float] = []
    model = window.model  # type: ignore[attr-defined]
    for row in range(20):  # the first page, loaded with the list
        case_id = model.summary(row).id
        start = time.perf_counter()
        window.open_case(case_id)  # type: ignore[attr-defined]
        while case_id not in window.editors:  # type: ignore[attr-defined]
            turn = QEventLoop()
            QTimer.singleShot(1, turn.quit)
            turn.exec()
        editor = window.editors[case_id]  # type: ignore[attr-defined]
        turn = QEventLoop()
        QTimer.singleShot(0, turn.quit)
        turn.exec()  # one more turn: the overview paints
        editor.overview.grab()  # painted, not only laid out
        found.append((time.perf_counter() - start) * 1000)
        editor.draft = editor.opened.case
        editor.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--recovery-key-file",
        help="an encrypted database opened with its recovery key (where no keyring holds it)",
    )
    args = parser.parse_args()
    settings = str(Path(args.db).with_suffix(".bench-settings.ini"))
    extra = [args.recovery_key_file] if args.recovery_key_file else []
    _start_to_shown(OURS, args.db, settings, *extra)  # warm the file cache once
    bare = [_start_to_shown(BARE) for _ in range(args.runs)]
    ours = [_start_to_shown(OURS, args.db, settings, *extra) for _ in range(args.runs)]
    print(f"start to first page, median of {args.runs}:")
    print(f"  bare PySide6 window with a QTableView  {statistics.median(bare) * 1000:7.0f} ms")
    print(f"  Guardian Desk case list                {statistics.median(ours) * 1000:7.0f} ms")
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"  ratio                                  {ratio:7.2f}x")
    latencies, rss, opening = _typing(args.db, settings, args.recovery_key_file)
    ordered = sorted(latencies)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    print(
        f"keystroke to updated list ({len(latencies)} keystrokes): "
        f"p50 {statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms"
    )
    opened = sorted(opening)
    print(
        f"case opened to its overview painted ({len(opened)} cases): "
        f"p50 {statistics.median(opened):.0f} ms, "
        f"p95 {opened[round(0.95 * (len(opened) - 1))]:.0f} ms"
    )
    print(f"resident memory after searching and scrolling: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
