"""The transfer commands end to end, as two organisations' IT people would run them: each
names its organisation and writes its card, reads the other's card and confirms the
fingerprint; a case goes with ``transfer``, is reviewed and taken in with ``receive``, and
the receipt comes back. A bad bundle gets one sentence on stderr and no traceback."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from tests.cli.test_cli import gd
from tests.services.transfer.test_transfer import CASE_ID, SCAN, _child_case


def _ok(*args: str, db: Path) -> str:
    result = gd(*args, db=db)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def _fingerprint(text: str) -> str:
    found = re.search(r"fingerprint: ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){5})", text)
    assert found, text
    return found.group(1)


def test_two_organisations_refer_a_case_and_answer(tmp_path: Path) -> None:
    berlin, lyon = tmp_path / "berlin.sqlite", tmp_path / "lyon.sqlite"
    shown = {}
    for db, name, country in ((berlin, "Rechtshilfe Berlin", "DE"), (lyon, "Avocats Lyon", "FR")):
        out = _ok(
            "organisation", "--name", name, "--country", country,
            "--card", str(tmp_path / f"{country}.card"), "--qr", str(tmp_path / f"{country}.png"),
            db=db,
        )  # fmt: skip
        shown[country] = _fingerprint(out)
    # Berlin reads Lyon's card from its QR code, Lyon reads Berlin's text card.
    added = _ok("partners", "add", str(tmp_path / "FR.png"), db=berlin)
    assert _fingerprint(added) == shown["FR"]
    _ok("partners", "add", str(tmp_path / "DE.card"), db=lyon)
    wrong = gd("partners", "confirm", "Avocats Lyon", "--fingerprint", shown["DE"], db=berlin)
    assert wrong.returncode == 1
    assert "does not match" in wrong.stderr
    _ok("partners", "confirm", "avocats lyon", "--fingerprint", shown["FR"], db=berlin)
    _ok("partners", "confirm", "Rechtshilfe Berlin", "--fingerprint", shown["DE"], db=lyon)
    listed = json.loads(_ok("partners", "--json", db=berlin))
    assert [(p["name"], p["status"]) for p in listed] == [("Avocats Lyon", "confirmed")]

    document = {
        "format": "guardian-desk-exchange",
        "format_version": 1,
        "attachments": [
            {
                "sha256": hashlib.sha256(SCAN).hexdigest(),
                "media_type": "image/png",
                "size": len(SCAN),
                "data": base64.b64encode(SCAN).decode(),
            }
        ],
        "cases": [_child_case(CASE_ID, "BER-1", "Selam")],
    }
    (tmp_path / "case.json").write_text(json.dumps(document), encoding="utf-8")
    _ok("import", str(tmp_path / "case.json"), db=berlin)

    refused = gd(
        "transfer", "BER-1", "--to", "Avocats Lyon", "--purpose", "family_tracing",
        "-o", str(tmp_path / "no.gdb"), db=berlin,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "No valid consent" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (tmp_path / "no.gdb").exists()

    sent = _ok(
        "transfer", "BER-1", "--to", "Avocats Lyon", "--purpose", "legal_representation",
        "-o", str(tmp_path / "r.gdb"), db=berlin,
    )  # fmt: skip
    assert "under consent" in sent

    review = json.loads(_ok("receive", str(tmp_path / "r.gdb"), "--json", db=lyon))
    assert review["from"] == "Rechtshilfe Berlin"
    assert review["sections"] == ["identity", "proceedings", "documents"]
    assert review["already_here"] is False
    assert "Selam" in review["case"]["child"]
    taken = _ok(
        "receive", str(tmp_path / "r.gdb"), "--as-new", "--receipt", str(tmp_path / "ok.gdb"),
        db=lyon,
    )  # fmt: skip
    assert "taken in as a new case" in taken
    assert "BER-1" in _ok("cases", db=lyon)

    answered = _ok("receive", str(tmp_path / "ok.gdb"), db=berlin)
    assert "now accepted" in answered
    [referral] = json.loads(_ok("referrals", "--json", db=berlin))
    assert (referral["state"], referral["direction"], referral["case"]) == (
        "accepted", "outgoing", "BER-1",
    )  # fmt: skip

    again = gd("receive", str(tmp_path / "r.gdb"), db=lyon)
    assert again.returncode == 1
    assert "already received" in again.stderr
    assert "Traceback" not in again.stderr
    damaged = bytearray((tmp_path / "r.gdb").read_bytes())
    damaged[-10] ^= 0xFF
    (tmp_path / "bad.gdb").write_bytes(bytes(damaged))
    bad = gd("receive", str(tmp_path / "bad.gdb"), db=lyon)
    assert bad.returncode == 1
    assert "changed after it was signed" in bad.stderr
    assert "Selam" not in bad.stderr + bad.stdout


def test_a_revoked_partner_read_again_is_pinned_again(tmp_path: Path) -> None:
    berlin, lyon = tmp_path / "berlin.sqlite", tmp_path / "lyon.sqlite"
    _ok("organisation", "--name", "Avocats Lyon", "--card", str(tmp_path / "fr.card"), db=lyon)
    _ok("organisation", "--name", "Rechtshilfe Berlin", db=berlin)
    _ok("partners", "add", str(tmp_path / "fr.card"), db=berlin)
    _ok("partners", "revoke", "Avocats Lyon", "--reason", "a laptop was stolen", db=berlin)
    again = _ok("partners", "add", str(tmp_path / "fr.card"), db=berlin)
    assert "trusted anew once you confirm" in again
    [listed] = json.loads(_ok("partners", "--json", db=berlin))
    assert listed["status"] == "pinned"
