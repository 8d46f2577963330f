"""Every generated form module matches its Qt Designer file (run scripts/build-ui)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "ui").glob("*.ui"))


def _body(text: str) -> list[str]:
    # The header names the uic version; what matters is the code below it.
    return [line for line in text.splitlines() if not line.startswith("## Created by")]


@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_generated_module_is_up_to_date(source: Path, tmp_path: Path) -> None:
    beside = Path(sys.executable).parent / "pyside6-uic"  # the one of this environment
    uic = str(beside) if beside.exists() else shutil.which("pyside6-uic") or "pyside6-uic"
    fresh = tmp_path / "fresh.py"
    subprocess.run([uic, "--from-imports", str(source), "-o", str(fresh)], check=True)
    generated = ROOT / "src/guardian_desk/ui/forms" / f"ui_{source.stem}.py"
    assert generated.exists(), f"run scripts/build-ui: {generated.name} is missing"
    assert _body(generated.read_text()) == _body(fresh.read_text()), (
        f"{generated.name} is older than {source.name}: run scripts/build-ui"
    )


def test_there_are_designer_files() -> None:
    assert any(s.name == "main_window.ui" for s in SOURCES)
