"""The real Secret Service of a Linux desktop (gnome-keyring on its own D-Bus session), as
the program meets it on a lawyer's laptop: unlocked, it keeps the key and nothing is typed;
locked, the recovery key opens the database."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")


@pytest.fixture
def session() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"{', '.join(missing)} missing: scripts/setup-system --test installs them")
        pytest.skip(f"{', '.join(missing)} not installed (scripts/setup-system --test)")


def _in_a_desktop_session(script: str, tmp_path: Path, *, unlocked: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["HOME"] = str(tmp_path / "home")  # a keyring of its own, made on the first unlock
    start = (
        "echo -n 'desktop password' | gnome-keyring-daemon --unlock --components=secrets"
        if unlocked
        else "gnome-keyring-daemon --start --components=secrets"
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", f"{start} >/dev/null 2>&1; {script}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def test_an_unlocked_secret_service_keeps_the_key(session: None, tmp_path: Path) -> None:
    gd = f"{sys.executable} -m guardian_desk"
    said = _in_a_desktop_session(
        f"{gd} demo-data --db office.sqlite --cases 3 && {gd} keys status --db office.sqlite"
        f" && {gd} cases --db office.sqlite </dev/null",
        tmp_path,
        unlocked=True,
    )
    assert "Keyring: SecretService" in said
    assert "Key in this computer's keyring: yes" in said
    assert "DEMO-1-000003" in said  # the second command opened it with nothing typed
    assert "no keyring" not in said


def test_a_locked_secret_service_leads_to_the_recovery_key(session: None, tmp_path: Path) -> None:
    gd = f"{sys.executable} -m guardian_desk"
    made = _in_a_desktop_session(
        f"{gd} demo-data --db office.sqlite --cases 2", tmp_path, unlocked=False
    )
    assert "The key is not kept in a keyring" in made  # said, not hidden
    (key,) = re.findall(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b", made)
    (tmp_path / "recovery.txt").write_text(key + "\n")
    said = _in_a_desktop_session(
        f"{gd} cases --db office.sqlite --recovery-key-file recovery.txt </dev/null",
        tmp_path,
        unlocked=False,
    )
    assert "DEMO-1-000002" in said
