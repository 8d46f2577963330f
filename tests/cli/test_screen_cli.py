"""``guardian-desk screen``: the questions, a screening recorded with its tasks, the pause,
and typing mistakes said in one sentence."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import gd


def test_a_screening_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "screen.sqlite"
    made = gd("demo-data", "--cases", "5", "--seed", "7", "--as-of", "2026-11-26", db=db)
    assert made.returncode == 0, made.stderr
    questions = gd("screen", "--questions", "--lang", "fr", db=db)
    assert questions.returncode == 0, questions.stderr
    assert "documents_held\tstrong\t" in questions.stdout
    assert "not a validated cut-off" in questions.stdout
    reference = json.loads(gd("cases", "--json", db=db).stdout)[0]["reference"]
    done = gd(
        "screen", reference, "--on", "2026-12-01", "--yes", "documents_held",
        "--evidence", "documents_held=The driver keeps his passport.", "--no", "sexual_exchange",
        "--json", db=db,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert said["concern"] == "clear"
    titles = {t["title"]: t["due"] for t in said["tasks"]}
    assert titles["Alert the supervising lawyer today"] == "2026-12-01"
    wrong = gd("screen", reference, "--yes", "no_such_sign", db=db)
    assert wrong.returncode == 1
    assert "has no indicator 'no_such_sign'" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    unexplained = gd("screen", reference, "--raise-to", "clear", db=db)
    assert unexplained.returncode == 1
    assert "--because" in unexplained.stderr
