"""Team mode: the same code on a real PostgreSQL server (started by scripts/test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from guardian_desk.errors import SchemaTooNewError
from guardian_desk.services import cases, exchange, maintenance
from guardian_desk.services.exchange import demo
from guardian_desk.storage.database import open_database
from tests.conftest import AS_OF

pytestmark = pytest.mark.postgres


def test_postgres_migrate_generate_search_round_trip(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    assert db.engine.dialect.name == "postgresql"
    demo.generate(db, 20, seed=11, as_of=AS_OF)
    assert cases.count(db) == 20
    report = maintenance.check(db)
    assert report.ok, report.problems
    first = exchange.export_document(db, ["DEMO-11-000001"])["cases"][0]
    found = cases.search(db, first["child"]["family_name_native"])
    assert "DEMO-11-000001" in [s.reference for s in found]
    assert cases.search(db, "'; DROP TABLE cases; --") == []
    assert cases.search(db, "DEMO-11-00001")  # prefix of a reference
    path = tmp_path / "pg.json"
    exchange.export_to_file(db, path)
    local = open_database(str(tmp_path / "local.sqlite"))
    exchange.import_file(local, path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written.pop("audit_checkpoint").startswith("gd-audit-checkpoint:v1:")  # PG's own log
    assert exchange.dumps(exchange.export_document(local)) == exchange.dumps(written)
    local.close()
    db.close()


def test_postgres_newer_schema_refused(pg_url: str) -> None:
    db = open_database(pg_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'abcd'"))
    db.close()
    with pytest.raises(SchemaTooNewError):
        open_database(pg_url)
