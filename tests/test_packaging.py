"""The wheel carries resources/, forms/ and ui/ and works from a clean virtual environment."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("guardian_desk-*.whl")
    return found


def test_wheel_contains_data_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "guardian_desk/resources/exchange/exchange-v1.schema.json" in names
    assert "guardian_desk/resources/demo/names.json" in names
    assert "guardian_desk/storage/migrations/versions/0001_initial_schema.py" in names
    assert "guardian_desk/storage/migrations/script.py.mako" in names
    assert any(n.startswith("guardian_desk/forms/") for n in names)
    assert any(n.startswith("guardian_desk/ui_sources/") for n in names)


@pytest.mark.slow
def test_cli_runs_from_a_clean_virtual_environment(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    # A bare machine: no keyring of the suite's, none running; the recovery key opens.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHON_KEYRING_BACKEND")
    }
    cli = target / "bin" / "guardian-desk"
    db = tmp_path / "wheel.sqlite"
    recovery = tmp_path / "recovery.txt"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        key = ["--recovery-key-file", str(recovery)] if recovery.exists() else []
        result = subprocess.run(
            [str(cli), *args[:1], "--db", str(db), *key, *args[1:]],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        return result

    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True, env=env)
    assert version.stdout.startswith("Guardian Desk 0.")
    made = run("demo-data", "--cases", "5")
    assert "Added 5 demo cases" in made.stdout
    assert "new encrypted database" in made.stderr
    (shown,) = re.findall(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b", made.stderr)
    assert "no keyring" in made.stderr
    recovery.write_text(shown + "\n")
    assert len(json.loads(run("cases", "--json").stdout)) == 5
    assert "Database is sound." in run("check").stdout
    where = subprocess.run(
        [str(python), "-c", "import guardian_desk, sys; print(guardian_desk.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert str(target) in where.stdout  # the installed copy ran, not the source tree
