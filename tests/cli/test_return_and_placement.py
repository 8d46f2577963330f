"""A refusal to return (Brussels IIb Art. 29) and a request for consent to a cross-border
placement (Art. 82), end to end: an exchange file imported with the command line gives their
deadlines in ``deadlines --json``; a file of the first version 1, without the new fields,
still imports; a file with them exports again unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli import gd

CASE_ID = "11111111-1111-4111-8111-111111111111"
PROCEEDING_ID = "33333333-3333-4333-8333-333333333333"
DECISION_ID = "44444444-4444-4444-8444-444444444444"
REQUEST_ID = "55555555-5555-4555-8555-555555555555"


def _file(**case: Any) -> dict[str, Any]:
    """One case of a child in Germany: a return proceeding before a German court."""
    return {
        "format": "guardian-desk-exchange",
        "format_version": 1,
        "cases": [
            {
                "id": CASE_ID,
                "reference": "RET-1",
                "opened_on": "2026-06-01",
                "home_jurisdiction": "DE",
                "child": {
                    "id": "22222222-2222-4222-8222-222222222222",
                    "given_names": "Lina",
                    "sex": "female",
                    "dob_certainty": "documented",
                    "dob_year": 2015,
                    "dob_month": 3,
                    "dob_day": 9,
                    "nationalities": ["PL"],
                    "languages": ["pl"],
                },
                **case,
            }
        ],
    }


def _proceeding(decision: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": PROCEEDING_ID,
        "kind": "child_return",
        "jurisdiction": "DE",
        "forum_name": "Amtsgericht Pankow, Familiengericht",
        "forum_kind": "court",
        "opened_on": "2026-07-01",
        "decisions": [{"id": DECISION_ID, **decision}],
    }


REFUSAL = {
    "decided_on": "2026-11-10",
    "notified_on": "2026-11-16",
    "outcome": "return_refused",
    "return_refusal_grounds": ["art_13_1_b"],
    "art29_certificate_issued_on": "2026-11-10",
    "art29_certificate_issued_by": "Amtsgericht Pankow",
}
REQUEST = {
    "id": REQUEST_ID,
    "requesting_state": "DE",
    "requested_state": "FR",
    "placement_kind": "foster_family",
    "planned_placement": "Foster family of the maternal aunt, Lyon",
    "sent_on": "2026-09-28",
    "received_on": "2026-10-05",
    "consent": "pending",
    "central_authority_reference": "CA-FR-2026-118",
}


def _deadlines(tmp_path: Path, document: dict[str, Any]) -> list[dict[str, Any]]:
    db = tmp_path / "return.sqlite"
    source = tmp_path / "case.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    imported = gd("import", str(source), db=db)
    assert imported.returncode == 0, imported.stderr
    shown = gd("deadlines", "--case", "RET-1", "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    rows: list[dict[str, Any]] = json.loads(shown.stdout)
    return rows


def _by_rule(rows: list[dict[str, Any]], rule: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["rule"] == rule]


def test_a_refusal_to_return_gives_the_art29_deadline(tmp_path: Path) -> None:
    rows = _deadlines(tmp_path, _file(proceedings=[_proceeding(REFUSAL)]))
    (row,) = _by_rule(rows, "eu.brussels2b.art29_seise_court")
    assert row["due"] == "2027-02-16"  # three months from the notification, 16 November
    assert row["citation"] == "Regulation (EU) 2019/1111, Art. 29(5)"
    assert row["assumed"] is False
    assert "2026-11-16" in row["explanation"]
    assert not [r for r in rows if r["rule"] == "guardian-desk:deadlines-not-computed"]


def test_a_refusal_on_other_grounds_gives_no_art29_deadline(tmp_path: Path) -> None:
    settled = {**REFUSAL, "return_refusal_grounds": ["art_12"]}
    rows = _deadlines(tmp_path, _file(proceedings=[_proceeding(settled)]))
    assert _by_rule(rows, "eu.brussels2b.art29_seise_court") == []


def test_a_refusal_without_grounds_counts_and_says_what_it_assumed(tmp_path: Path) -> None:
    unknown = {**REFUSAL, "return_refusal_grounds": [], "notified_on": None}
    rows = _deadlines(tmp_path, _file(proceedings=[_proceeding(unknown)]))
    (row,) = _by_rule(rows, "eu.brussels2b.art29_seise_court")
    assert row["due"] == "2027-02-10"  # from the decision date: no later than the true one
    assert row["assumed"] is True
    assert "13(1)(b)" in row["assumption"]
    assert "decision date" in row["assumption"]


def test_a_placement_request_gives_the_art82_task(tmp_path: Path) -> None:
    rows = _deadlines(tmp_path, _file(placement_requests=[REQUEST]))
    (row,) = _by_rule(rows, "eu.brussels2b.art82_placement_consent")
    assert row["due"] == "2027-01-05"  # three months from receipt, 5 October, in France
    assert row["task"] is True
    assert row["citation"] == "Regulation (EU) 2019/1111, Art. 82(6)"
    assert "FR" in row["explanation"]

    decided = {**REQUEST, "consent": "granted", "decided_on": "2026-12-01"}
    (tmp_path / "decided").mkdir()
    rows = _deadlines(tmp_path / "decided", _file(placement_requests=[decided]))
    assert _by_rule(rows, "eu.brussels2b.art82_placement_consent") == []


def test_a_file_of_the_first_version_1_still_imports(tmp_path: Path) -> None:
    old = {k: v for k, v in REFUSAL.items() if not k.startswith(("return_", "art29_"))}
    old["outcome"] = "refused"
    rows = _deadlines(tmp_path, _file(proceedings=[{**_proceeding(old), "kind": "recognition"}]))
    assert _by_rule(rows, "eu.brussels2b.art29_seise_court") == []
    assert _by_rule(rows, "eu.brussels2b.art82_placement_consent") == []


def test_the_new_fields_export_and_import_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "first.sqlite"
    source = tmp_path / "case.json"
    document = _file(proceedings=[_proceeding(REFUSAL)], placement_requests=[REQUEST])
    source.write_text(json.dumps(document), encoding="utf-8")
    assert gd("import", str(source), db=db).returncode == 0
    first = tmp_path / "first.json"
    assert gd("export", "--unencrypted", "-o", str(first), db=db).returncode == 0
    exported = json.loads(first.read_text(encoding="utf-8"))
    (case,) = exported["cases"]
    (decision,) = case["proceedings"][0]["decisions"]
    assert decision["return_refusal_grounds"] == ["art_13_1_b"]
    assert decision["art29_certificate_issued_on"] == "2026-11-10"
    (request,) = case["placement_requests"]
    assert request["received_on"] == "2026-10-05"
    (task,) = _rule_rows(case["deadlines"], "eu.brussels2b.art82_placement_consent")
    assert task["placement_request_id"] == REQUEST_ID

    again = tmp_path / "second.sqlite"
    assert gd("import", str(first), db=again).returncode == 0
    second = tmp_path / "second.json"
    assert gd("export", "--unencrypted", "-o", str(second), db=again).returncode == 0
    # the same file, but for the signed state of each database's own audit log
    assert _unsigned(second) == _unsigned(first)


def _unsigned(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document.pop("audit_checkpoint", None)
    return document


def _rule_rows(rows: list[dict[str, Any]], rule: str) -> list[dict[str, Any]]:
    return [r for r in rows if r.get("rule_id") == rule]
