"""Signing in on the command line, and the access policy through it, role by role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardian_desk.services.security.roles import load_roles
from guardian_desk.services.security.users import DEMO_USERS
from tests.cli.test_cli import gd

ROLES = load_roles().roles


def _as(username: str, secret: Path, *args: str, db: Path) -> object:
    return gd(*args, "--user", username, "--user-passphrase-file", str(secret), db=db)


def test_a_database_with_users_asks_who_is_working(team: tuple[Path, Path]) -> None:
    db, secret = team
    anonymous = gd("cases", "--json", db=db)
    assert anonymous.returncode == 1
    assert "--user" in anonymous.stderr
    assert "Traceback" not in anonymous.stderr
    wrong = secret.with_name("wrong.txt")
    wrong.write_text("not the demo passphrase", encoding="utf-8")
    refused = gd("cases", "--user", "lawyer", "--user-passphrase-file", str(wrong), db=db)
    assert refused.returncode == 1
    assert "not right" in refused.stderr


@pytest.mark.parametrize(("username", "role"), [(u, r) for u, r, _k in DEMO_USERS])
def test_each_role_through_the_command_line(
    team: tuple[Path, Path], username: str, role: str, tmp_path: Path
) -> None:
    db, secret = team
    listed = _as(username, secret, "cases", "--json", db=db)
    assert listed.returncode == 0, listed.stderr  # type: ignore[attr-defined]
    rows = json.loads(listed.stdout)  # type: ignore[attr-defined]
    if not ROLES[role].may_read("identity"):
        assert rows == []
    elif ROLES[role].scope.value == "assigned":
        assert len(rows) < 30
    else:
        assert len(rows) == 30
    out = tmp_path / "out.json"
    exported = _as(username, secret, "export", "--unencrypted", "-o", str(out), db=db)
    if ROLES[role].may("export"):
        assert exported.returncode == 0, exported.stderr  # type: ignore[attr-defined]
        document = json.loads(out.read_text(encoding="utf-8"))
        for case in document["cases"]:
            if not ROLES[role].may_read("family"):
                assert case.get("family_members") in (None, [])
            if not ROLES[role].may_read("views"):
                assert not [n for n in case.get("notes") or [] if n["kind"] == "childs_views"]
    else:
        assert exported.returncode == 1
        assert "may not export" in exported.stderr  # type: ignore[attr-defined]
        assert not out.exists()
    audit = _as(username, secret, "audit", "list", "--json", db=db)
    if ROLES[role].may("read_audit"):
        assert audit.returncode == 0, audit.stderr  # type: ignore[attr-defined]
    else:
        assert audit.returncode == 1
        assert "may not read the audit" in audit.stderr  # type: ignore[attr-defined]


def test_a_case_outside_the_scope_is_refused_and_a_read_is_recorded(
    team: tuple[Path, Path],
) -> None:
    db, secret = team
    mine = json.loads(_as("caseworker", secret, "cases", "--json", db=db).stdout)  # type: ignore[attr-defined]
    everyone = json.loads(_as("admin", secret, "cases", "--json", db=db).stdout)  # type: ignore[attr-defined]
    own = mine[0]["reference"]
    other = next(
        c["reference"] for c in everyone if c["reference"] not in {m["reference"] for m in mine}
    )
    refused = _as("caseworker", secret, "readiness", "--case", other, db=db)
    assert refused.returncode == 1  # type: ignore[attr-defined]
    assert "not among the cases your role" in refused.stderr  # type: ignore[attr-defined]
    assert other not in refused.stderr  # type: ignore[attr-defined]
    read = _as("caseworker", secret, "readiness", "--case", own, db=db)
    assert read.returncode in (0, 3), read.stderr  # type: ignore[attr-defined]
    log = json.loads(_as("dpo", secret, "audit", "list", "--json", db=db).stdout)  # type: ignore[attr-defined]
    actions = [(e["actor"], e["action"]) for e in log]
    assert ("caseworker", "case viewed") in actions
    assert ("caseworker", "access denied") in actions


def test_the_recovery_key_resets_a_passphrase_when_no_one_can_sign_in(tmp_path: Path) -> None:
    """An encrypted database whose administrator forgot their passphrase: whoever holds the
    recovery key resets it (and can do nothing else without signing in)."""
    import re

    db = tmp_path / "office.sqlite"
    made = gd("demo-data", "--cases", "5", "--seed", "2", "--as-of", "2026-11-26", db=db)
    assert made.returncode == 0, made.stderr
    found = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", made.stderr)
    assert found is not None
    recovery = tmp_path / "recovery.txt"
    recovery.write_text(found.group(1), encoding="utf-8")
    assert gd("users", "demo", db=db).returncode == 0
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase", encoding="utf-8")
    refused = gd("cases", "--recovery-key-file", str(recovery), db=db)
    assert refused.returncode == 1
    assert "users reset" in refused.stderr
    reset = gd(
        "users",
        "reset",
        "admin",
        "--recovery-key-file",
        str(recovery),
        "--new-passphrase-file",
        str(new),
        db=db,
    )
    assert reset.returncode == 0, reset.stderr
    signed = gd("cases", "--json", "--user", "admin", "--user-passphrase-file", str(new), db=db)
    assert signed.returncode == 0, signed.stderr
    assert len(json.loads(signed.stdout)) == 5


def test_checking_every_case_is_an_administrators_work(team: tuple[Path, Path]) -> None:
    db, secret = team
    refused = _as("caseworker", secret, "check", db=db)
    assert refused.returncode == 1  # type: ignore[attr-defined]
    assert "Only a role that manages users may check" in refused.stderr  # type: ignore[attr-defined]
    checked = _as("admin", secret, "check", db=db)
    assert checked.returncode == 0, checked.stderr  # type: ignore[attr-defined]
    assert "Database is sound." in checked.stdout  # type: ignore[attr-defined]


def test_a_form_made_from_the_protection_section_is_not_a_clerks(
    team: tuple[Path, Path], tmp_path: Path
) -> None:
    """The best-interests form reads the protection section: a clerk is told why it is not
    theirs to make (and nothing is written); whoever reads that section is told what the case
    lacks."""
    db, secret = team
    mine = json.loads(_as("clerk", secret, "cases", "--json", db=db).stdout)  # type: ignore[attr-defined]
    reference = mine[0]["reference"]
    out = tmp_path / "bia.pdf"
    command = ("filing", "--case", reference, "--form", "best-interests", "--format", "pdf")
    made = _as("clerk", secret, *command, "-o", str(out), "--set", "signer_name=A. Haddad", db=db)
    assert made.returncode == 1  # type: ignore[attr-defined]
    assert (
        "Your role (Clerk) may not read the case's protection and risk, which this form is made "
        "from" in made.stderr  # type: ignore[attr-defined]
    )
    assert "Traceback" not in made.stderr  # type: ignore[attr-defined]
    assert not out.exists()
    lacking = _as(
        "admin", secret, *command, "-o", str(out), "--set", "signer_name=A. Haddad", db=db
    )
    assert lacking.returncode == 3  # type: ignore[attr-defined]
    assert "best-interests assessment or determination" in lacking.stderr  # type: ignore[attr-defined]
    assert not out.exists()
    listed = json.loads(gd("forms", "list", "--json").stdout)
    form = next(f for f in listed if f["id"] == "best-interests")
    assert form["reads"] == ["protection"]
    assert {"name": "best_interests_on", "kind": "date"}.items() <= form["inputs"][0].items()
