"""A team's server: the password in the keyring and never in an address, and TLS that checks
the certificate of a server on another machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from guardian_desk.errors import DatabaseError, ServerPasswordError
from guardian_desk.services import cases, security
from tests.conftest import PASSWORD
from tests.reliability.faults import assert_one_clear_message, gd


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://team@db.office.example/cases",
        "postgresql://team@10.1.2.3:5433/cases",
        "postgresql://team@[2001:db8::5]/cases",
    ],
)
def test_a_server_on_another_machine_is_reached_with_verified_tls(address: str) -> None:
    url = make_url(security.connection_url(address))
    assert url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == "system"  # the computer's trusted authorities
    assert url.password is None  # none in the keyring


def test_the_teams_own_certificate_authority_is_kept() -> None:
    url = make_url(
        security.connection_url(
            "postgresql://team@db.office.example/cases?sslrootcert=/etc/team-ca.pem"
        )
    )
    assert url.query["sslrootcert"] == "/etc/team-ca.pem"
    assert url.query["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_weaker_tls_to_another_machine_is_refused(mode: str) -> None:
    with pytest.raises(DatabaseError, match="verify-full"):
        security.connection_url(f"postgresql://team@db.office.example/cases?sslmode={mode}")


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://team@localhost/cases",
        "postgresql://team@127.0.0.1:5432/cases",
        "postgresql://team@[::1]/cases",
        "postgresql:///cases?host=/var/run/postgresql",
    ],
)
def test_this_machines_own_server_is_reached_as_the_address_says(address: str) -> None:
    url = make_url(security.connection_url(address))
    assert "sslmode" not in url.query


def test_a_password_in_the_address_is_refused_without_repeating_it() -> None:
    with pytest.raises(DatabaseError) as refused:
        security.connection_url("postgresql://team:Sup3r-s3cret@db.office.example/cases")
    assert "Sup3r-s3cret" not in str(refused.value)
    assert "keys server-password" in str(refused.value)
    said = gd("cases", db="postgresql://team:Sup3r-s3cret@127.0.0.1:1/cases")  # type: ignore[arg-type]
    assert said.returncode == 1
    assert "Sup3r-s3cret" not in said.stderr + said.stdout
    assert_one_clear_message(said.stderr, "password")


@pytest.mark.postgres
def test_the_servers_password_is_kept_in_the_keyring(password_server: str, tmp_path: Path) -> None:
    with pytest.raises(ServerPasswordError):
        security.open_for_work(password_server)
    refused = gd("cases", db=password_server)  # type: ignore[arg-type]
    assert refused.returncode == 1
    assert_one_clear_message(refused.stderr, "keys server-password")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password", encoding="utf-8")
    said = gd("keys", "server-password", "--password-file", str(wrong), db=password_server)  # type: ignore[arg-type]
    assert said.returncode == 1
    assert security.stored_server_password(password_server) is None  # a refused one is not kept
    right = tmp_path / "pw.txt"
    right.write_text(PASSWORD + "\n", encoding="utf-8")
    said = gd("keys", "server-password", "--password-file", str(right), db=password_server)  # type: ignore[arg-type]
    assert said.returncode == 0, said.stderr
    assert "kept in this computer's keyring" in said.stdout
    assert security.stored_server_password(password_server) == PASSWORD
    opened = security.open_for_work(password_server)  # nothing typed
    try:
        assert cases.list_ids(opened.db) == []
    finally:
        opened.db.close()
    status = gd("keys", "status", db=password_server)  # type: ignore[arg-type]
    assert "Password in this computer's keyring: yes" in status.stdout
    assert "on this computer" in status.stdout
    made = gd("demo-data", "--cases", "3", db=password_server)  # type: ignore[arg-type]
    assert made.returncode == 0, made.stderr
    # The password is in no file the program wrote: logs, settings, its data folders.
    for folder in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        root = os.environ.get(folder)
        if not root:
            continue
        for file in Path(root).rglob("*"):
            if file.is_file():
                assert PASSWORD.encode() not in file.read_bytes(), file
