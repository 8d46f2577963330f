"""Shared fixtures of the command line's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian_desk.services.security.users import DEMO_PASSPHRASE
from tests.cli.test_cli import gd


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A plain demo database with one user per role, and the demo passphrase in a file."""
    folder = tmp_path_factory.mktemp("cli-access")
    db = folder / "team.sqlite"
    made = gd("demo-data", "--cases", "30", "--seed", "3", "--as-of", "2026-11-26", db=db)
    assert made.returncode == 0, made.stderr
    added = gd("users", "demo", db=db)
    assert added.returncode == 0, added.stderr
    secret = folder / "passphrase.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    return db, secret
