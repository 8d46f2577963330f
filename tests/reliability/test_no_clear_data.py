"""Nothing the program writes holds a child's name in clear unless a person asked for a clear
copy: the database, its log, its backups, its key file, the program's own log and crash
folder, and every temporary file, after a day's work on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_a_days_work_leaves_no_name_in_clear(tmp_path: Path) -> None:
    home = tmp_path / "home"
    temp = tmp_path / "temp"
    office = tmp_path / "office"
    temp.mkdir()
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "TMPDIR": str(temp),
    }
    db = office / "cases.sqlite"
    asked_for = tmp_path / "asked-for"  # clear copies a person asked for: not searched
    asked_for.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "guardian_desk", args[0], "--db", str(db), *args[1:]],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert result.returncode in (0, 3), f"{args}: {result.stderr}"
        return result

    run("demo-data", "--cases", "30", "--seed", "4")
    listed = json.loads(run("cases", "--json").stdout)
    names = sorted(
        {
            part
            for case in listed
            for name in (case.get("name"), case.get("name_native"))
            if name
            for part in name.split()
            if len(part) >= 5
        }
    )
    assert len(names) >= 20
    assert any(not n.isascii() for n in names)  # Arabic, Ge'ez, Cyrillic script names too
    run("search", listed[3]["name"].split()[0])
    run("deadlines", "--recompute")
    run("readiness", "--case", listed[0]["reference"])
    run("calendar", "--ics", str(asked_for / "week.ics"))
    run("check")
    run("keys", "status")
    hearing = next(
        (e for e in json.loads(run("calendar", "--json").stdout) if e["kind"] == "hearing"), None
    )
    if hearing is not None:
        hearing_id = hearing["uid"].split("@")[0].removeprefix("hearing-")
        run(
            "packet",
            "--case",
            hearing["case"],
            "--hearing",
            hearing_id,
            "-o",
            str(asked_for / "packet.pdf"),
        )
    searched = [p for root in (office, home, temp) for p in root.rglob("*") if p.is_file()]
    assert db in searched
    assert any(p.suffix == ".log" or "log" in p.parts for p in searched)  # the log was written
    found = {
        str(path.relative_to(tmp_path)): [n for n in names if n.encode("utf-8") in data]
        for path in searched
        for data in [path.read_bytes()]
    }
    assert {k: v for k, v in found.items() if v} == {}
    assert list(temp.iterdir()) == []  # and nothing was left in the temporary folder
