"""Every export, filing and packet carries the audit log's signed head: cutting the newest
entries off the log, which the chain alone cannot see, is found against any of them."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_desk.domain.audit import GENESIS, entry_mac
from guardian_desk.services import audit, cases
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import Database, open_database
from tests.conftest import AS_OF, raw_connection
from tests.reliability.faults import assert_one_clear_message, gd


def _changes(db: Database, how_many: int) -> None:
    for case_id in cases.list_ids(db)[:how_many]:
        opened = cases.open_case(db, case_id)
        edited = copy.deepcopy(opened.case)
        edited["child"]["family_name"] = edited["child"]["family_name"] + "x"
        cases.save_case(db, opened, edited)


def _scheduled(db: Database) -> tuple[str, str]:
    """A case with a hearing to come and scanned documents: its reference and the hearing."""
    from guardian_desk.services import exchange

    now = datetime.now(UTC).isoformat()
    return next(
        (c["reference"], h["id"])
        for c in exchange.export_document(db)["cases"]
        if any(d["files"] for d in c["documents"])
        for p in c["proceedings"]
        for h in p["hearings"]
        if h["outcome"] == "scheduled" and h["starts_at"] > now
    )


@pytest.fixture
def office(db: Database, db_path: Path) -> tuple[Path, tuple[str, str]]:
    demo.generate(db, 12, seed=9, as_of=AS_OF)
    _changes(db, 3)
    chosen = _scheduled(db)
    db.close()
    return db_path, chosen


def _cut(path: Path, keep: int) -> None:
    """Someone with the database open takes the newest entries away."""
    with raw_connection(path) as conn:
        conn.execute("DELETE FROM audit_entries WHERE id > ?", (keep,))
        conn.commit()


@pytest.mark.parametrize("kind", ["export", "sealed export", "pdf", "docx", "packet"])
def test_entries_cut_off_after_a_file_left_are_found_against_it(
    kind: str, office: tuple[Path, tuple[str, str]], tmp_path: Path
) -> None:
    path, (reference, hearing) = office
    out = tmp_path / f"out.{kind.split()[-1]}"
    extra: list[str] = []
    if kind == "export":
        made = gd("export", "--unencrypted", "-o", str(out), db=path)
    elif kind == "sealed export":
        secret = tmp_path / "pass.txt"
        secret.write_text("a passphrase long enough", encoding="utf-8")
        made = gd("export", "--passphrase-file", str(secret), "-o", str(out), db=path)
        extra = ["--passphrase-file", str(secret)]
    elif kind == "packet":
        made = gd("packet", "--case", reference, "--hearing", hearing, "-o", str(out), db=path)
    else:
        made = gd(
            "filing", "--case", reference, "--form", "notice-of-hearing", "--format", kind,
            "-o", str(out), db=path,
        )  # fmt: skip
    assert made.returncode == 0, made.stderr
    carried = audit.checkpoint_carried_by(out.read_bytes()) if "sealed" not in kind else None
    if carried is not None:
        assert carried.entries >= 4  # the demo batch and three saves, at least
    holds = gd("audit", "verify", "--against", str(out), *extra, db=path)
    assert holds.returncode == 0, holds.stderr
    assert "still holds it" in holds.stdout
    db = open_database(str(path), key=_key(path))
    _changes(db, 2)  # work goes on after the file left
    assert audit.verify(db).entries >= 7
    db.close()
    # ... and someone cuts the log back to before the file's moment (entries after it were
    # never seen by the file: cutting only those cannot be found with it).
    _cut(path, 2)
    alone = gd("audit", "verify", db=path)
    assert alone.returncode == 0  # the chain alone still holds: what it cannot see
    found = gd("audit", "verify", "--against", str(out), *extra, db=path)
    assert found.returncode == 1
    assert_one_clear_message(found.stderr, "cut off")


def _key(path: Path) -> bytes | None:
    from guardian_desk.services import security
    from guardian_desk.storage.database import is_encrypted

    return security.unlock(path).key if is_encrypted(path) else None


def test_a_rewritten_log_and_a_changed_checkpoint_are_found(
    office: tuple[Path, tuple[str, str]], tmp_path: Path
) -> None:
    path, _chosen = office
    out = tmp_path / "out.json"
    assert gd("export", "--unencrypted", "-o", str(out), db=path).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    forged = tmp_path / "forged.json"
    parts = document["audit_checkpoint"].split(":")
    parts[2] = str(int(parts[2]) - 1)  # "the log had one entry fewer"
    forged.write_text(json.dumps({**document, "audit_checkpoint": ":".join(parts)}))
    said = gd("audit", "verify", "--against", str(forged), db=path)
    assert said.returncode == 1
    assert_one_clear_message(said.stderr, "signature")
    # A whole new chain, written with the chain's key by someone who has the database:
    # the chain verifies, the checkpoint of the file that left does not.
    with raw_connection(path) as conn:
        key = bytes.fromhex(
            conn.execute("SELECT value FROM database_state WHERE key = 'audit_key'").fetchone()[0]
        )
        rows = conn.execute(
            "SELECT id, at, actor, action, case_id, detail FROM audit_entries ORDER BY id"
        ).fetchall()
        previous = GENESIS
        for row in rows:
            entry = dict(
                zip(("id", "at", "actor", "action", "case_id", "detail"), row, strict=True)
            )
            entry["actor"] = "someone else"
            previous = entry_mac(key, previous, entry)
            conn.execute(
                "UPDATE audit_entries SET actor = ?, mac = ? WHERE id = ?",
                (entry["actor"], previous, entry["id"]),
            )
        conn.commit()
    assert gd("audit", "verify", db=path).returncode == 0
    said = gd("audit", "verify", "--against", str(out), db=path)
    assert said.returncode == 1
    assert_one_clear_message(said.stderr, "rewritten")


def test_a_file_of_another_database_or_without_a_checkpoint_is_said(
    office: tuple[Path, tuple[str, str]], tmp_path: Path
) -> None:
    path, _chosen = office
    other = tmp_path / "other.sqlite"
    assert gd("demo-data", "--cases", "2", db=other).returncode == 0
    out = tmp_path / "other.json"
    assert gd("export", "--unencrypted", "-o", str(out), db=other).returncode == 0
    said = gd("audit", "verify", "--against", str(out), db=path)
    assert said.returncode == 1
    assert_one_clear_message(said.stderr, "another database")
    plain = tmp_path / "notes.txt"
    plain.write_text("nothing to see", encoding="utf-8")
    said = gd("audit", "verify", "--against", str(plain), db=path)
    assert said.returncode == 1
    assert_one_clear_message(said.stderr, "no checkpoint")
