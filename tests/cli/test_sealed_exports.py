"""Exports are sealed with age unless a person asks for a clear copy; imports open them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pyrage import x25519

pytestmark = pytest.mark.slow


def gd(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guardian_desk", args[0], "--db", str(db), *args[1:]],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, list[str]]:
    db = tmp_path / "office.sqlite"
    assert gd("demo-data", "--cases", "8", "--seed", "6", db=db).returncode == 0
    listed = json.loads(gd("cases", "--json", db=db).stdout)
    names = [part for case in listed for part in case["name"].split() if len(part) >= 5]
    return db, names


def test_an_export_sealed_to_a_passphrase_imports_with_it(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, names = office
    secret = tmp_path / "passphrase.txt"
    secret.write_text("four words for the office\n")
    out = tmp_path / "cases.age"
    done = gd("export", "-o", str(out), "--passphrase-file", str(secret), db=db)
    assert done.returncode == 0, done.stderr
    assert "sealed to its passphrase" in done.stdout
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    assert [n for n in names if n.encode() in data] == []
    target = tmp_path / "partner.sqlite"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("five other words for it\n")
    refused = gd("import", str(out), "--passphrase-file", str(wrong), db=target)
    assert refused.returncode == 1
    assert "does not open cases.age" in refused.stderr
    assert json.loads(gd("cases", "--json", db=target).stdout) == []
    without = gd("import", str(out), db=target)
    assert without.returncode == 1
    assert "is encrypted: give --passphrase-file" in without.stderr
    opened = gd("import", str(out), "--passphrase-file", str(secret), db=target)
    assert opened.returncode == 0, opened.stderr
    assert "Imported 8 cases" in opened.stdout


def test_an_export_sealed_to_a_recipient_imports_with_the_identity(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _ = office
    identity = x25519.Identity.generate()
    keyfile = tmp_path / "partner.key"
    keyfile.write_text(f"# the partner's age identity\n{identity}\n")
    out = tmp_path / "referral.age"
    done = gd("export", "-o", str(out), "--to", str(identity.to_public()), db=db)
    assert done.returncode == 0, done.stderr
    assert "sealed to 1 recipient(s)" in done.stdout
    stranger = tmp_path / "stranger.key"
    stranger.write_text(f"{x25519.Identity.generate()}\n")
    target = tmp_path / "partner.sqlite"
    assert gd("import", str(out), "--identity", str(stranger), db=target).returncode == 1
    opened = gd("import", str(out), "--identity", str(keyfile), db=target)
    assert opened.returncode == 0, opened.stderr
    assert "Imported 8 cases" in opened.stdout


def test_without_a_choice_nothing_is_exported_in_clear(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, names = office
    out = tmp_path / "cases.json"
    refused = gd("export", "-o", str(out), db=db)
    assert refused.returncode == 1
    assert "--unencrypted for a clear copy" in refused.stderr
    assert not out.exists()
    short = tmp_path / "short.txt"
    short.write_text("too short\n")
    weak = gd("export", "-o", str(out), "--passphrase-file", str(short), db=db)
    assert weak.returncode == 1
    assert "at least 12 characters" in weak.stderr
    assert not out.exists()
    bad = gd("export", "-o", str(out), "--to", "age1notakey", db=db)
    assert bad.returncode == 1
    assert "not an age recipient" in bad.stderr
    clear = gd("export", "-o", str(out), "--unencrypted", db=db)
    assert clear.returncode == 0
    assert "clear copy" in clear.stderr
    assert any(n.encode() in out.read_bytes() for n in names)
