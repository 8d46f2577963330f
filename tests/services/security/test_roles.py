"""An organisation changes the shipped roles or adds its own, and checks its files first."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardian_desk.domain.roles import Access
from guardian_desk.services import security
from tests.reliability.faults import gd


@pytest.fixture
def ours(tmp_path: Path) -> Path:
    folder = tmp_path / "roles"
    folder.mkdir()
    (folder / "clerk.toml").write_text(
        'id = "clerk"\nname = "Clerk (our office)"\nscope = "team"\nactions = ["print"]\n'
        '[sections]\nproceedings = "read"\nfilings = "read-write"\n',
        encoding="utf-8",
    )
    (folder / "volunteer.toml").write_text(
        'id = "volunteer"\nname = "Volunteer"\nscope = "assigned"\n[sections]\nidentity = "read"\n',
        encoding="utf-8",
    )
    return folder


def test_the_organisations_files_change_and_add_roles(ours: Path) -> None:
    found = security.load_roles(ours)
    assert found.changed == ("clerk",)
    assert found.added == ("volunteer",)
    assert found.problems == ()
    assert found.roles["clerk"].name == "Clerk (our office)"
    assert not found.roles["clerk"].may("make_filings")  # the office took it away
    assert found.roles["volunteer"].access("identity") is Access.READ
    assert "lawyer" in found.roles  # the others stay as shipped


def test_a_file_that_cannot_be_used_is_left_out_and_said(ours: Path) -> None:
    (ours / "broken.toml").write_text('id = "broken"\nname = "B"\nscope = "nobody"\n')
    (ours / "zz-twice.toml").write_text('id = "volunteer"\nname = "Again"\nscope = "all"\n')
    found = security.load_roles(ours)
    assert "broken" not in found.roles
    assert found.roles["volunteer"].name == "Volunteer"
    assert len(found.problems) == 2
    assert any(p.startswith("broken.toml: 'scope'") for p in found.problems)
    assert any("used by another file" in p for p in found.problems)


def test_the_command_line_lists_and_checks(ours: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = gd("roles", "list", "--folder", str(ours))
    assert listed.returncode == 0, listed.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines()}
    assert rows["clerk"][-1] == "print"
    assert rows["volunteer"][1] == "assigned"
    checked = gd("roles", "check", "--folder", str(ours))
    assert checked.returncode == 0
    assert "1 shipped role(s) changed (clerk), 1 added (volunteer)" in checked.stdout
    (ours / "bad.toml").write_text('id = "bad"\nname = "Bad"\nscope = "all"\nactions = ["fly"]\n')
    checked = gd("roles", "check", "--folder", str(ours))
    assert checked.returncode == 1
    assert "Problem: bad.toml: no action 'fly'" in checked.stdout
    missing = gd("roles", "check", "--folder", str(ours / "nowhere"))
    assert missing.returncode == 1
    assert "no such folder" in missing.stdout
