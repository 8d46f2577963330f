"""Opening databases: migrations, settings, refusal of newer schemas, backups, invariants."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from guardian_desk.errors import DatabaseError, SchemaTooNewError
from guardian_desk.storage import models as m
from guardian_desk.storage.database import (
    Database,
    backup_dir,
    backup_sqlite,
    head_revision,
    include_object,
    open_database,
)
from guardian_desk.storage.migrations import SCHEMA_HEAD


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _before_0015(db: Database) -> None:
    """Take out of the demo what schema 0014 and older cannot hold (screenings,
    best-interests assessments, services, care plans and tracing requests, which 0015 and
    0017 refuse to downgrade)."""
    with db.engine.begin() as connection:
        for table in (
            "screenings",
            "best_interests",
            "missing_episodes",
            "care_services",
            "care_goals",
            "tracing_requests",
        ):
            connection.exec_driver_sql(f"DELETE FROM {table}")


def _before_0012(db: Database) -> None:
    """Take out of the demo what schema 0011 and older cannot hold (return proceedings and
    placement requests, which 0012 refuses to downgrade, and what 0015 and 0017 refuse): as
    an older program left it."""
    _before_0015(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM proceedings WHERE kind = 'child_return'")
        connection.exec_driver_sql("DELETE FROM placement_requests")


def test_new_database_is_migrated_to_head(db: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"cases", "children", "hearings", "civil_documents", "search_fts"} <= tables


def test_migrations_match_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, m.Base.metadata) == []


def test_sqlite_settings(db: Database) -> None:
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_newer_schema_is_refused_and_left_untouched(db: Database, db_path: Path) -> None:
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _sha(db_path)
    with pytest.raises(SchemaTooNewError, match="newer version of Guardian Desk"):
        open_database(str(db_path))
    assert _sha(db_path) == before
    assert not backup_dir(db_path).exists()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = _sha(path)
    with pytest.raises(DatabaseError, match="another program"):
        open_database(str(path))
    assert _sha(path) == before


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="not a Guardian Desk database"):
        open_database(str(path))


def test_opening_takes_a_verified_backup(demo_db: Database, demo_path: Path) -> None:
    db_path = demo_path
    demo_db.close()  # opening the copied file took the backup of the day
    backups = list(backup_dir(db_path).glob("*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 60
    conn.close()
    # Within a day no second daily backup is taken.
    open_database(str(db_path)).close()
    assert len(list(backup_dir(db_path).glob("*.sqlite"))) == 1


def test_backup_is_verified_and_named(demo_db: Database, demo_path: Path) -> None:
    demo_db.close()
    written = backup_sqlite(demo_path, "before-upgrade")
    assert written.exists()
    assert "before-upgrade" in written.name


def test_version_counter_detects_concurrent_edits(demo_db: Database) -> None:
    with demo_db.reading() as s1, demo_db.reading() as s2:
        first = s1.query(m.Case).order_by(m.Case.reference).first()
        assert first is not None
        same = s2.get(m.Case, first.id)
        assert same is not None
        assert same.version == first.version == 1
        first.status = m.E.CaseStatus.CLOSED
        first.closed_on = date(2026, 11, 26)
        s1.commit()
        assert first.version == 2
        same.home_jurisdiction = "FR"
        with pytest.raises(StaleDataError):
            s2.commit()


def test_database_refuses_an_estimated_birth_date_with_a_day(demo_db: Database) -> None:
    with demo_db.reading() as s:
        child = s.query(m.Child).first()
        assert child is not None
        child_id, before = child.id, (child.dob_certainty, child.dob_year, child.dob_day)
    # The whole unit of work is what is tested: the commit at its end must fail.
    with pytest.raises(IntegrityError, match="estimate_has_no_day"), demo_db.unit_of_work() as s:  # noqa: PT012
        edited = s.get(m.Child, child_id)
        assert edited is not None
        edited.dob_certainty = m.E.DobCertainty.ESTIMATED
        edited.dob_year, edited.dob_month, edited.dob_day = 2010, 4, 1
    with demo_db.reading() as s:
        after = s.get(m.Child, child_id)
        assert after is not None
        assert (after.dob_certainty, after.dob_year, after.dob_day) == before


def test_deleting_a_case_removes_everything_under_it(demo_db: Database) -> None:
    with demo_db.unit_of_work() as s:
        case = s.query(m.Case).first()
        assert case is not None
        case_id = case.id
        s.delete(case)
    with demo_db.reading() as s:
        assert s.query(m.Child).filter_by(case_id=case_id).count() == 0
        assert s.query(m.Proceeding).filter_by(case_id=case_id).count() == 0
        assert s.query(m.SearchDocument).filter_by(case_id=case_id).count() == 0


def test_every_editable_table_has_timestamps_and_version() -> None:
    for table in m.Base.metadata.sorted_tables:
        derived = ("search_documents", "case_access", "hearing_file_checks")
        kept = ("database_state", "received_bundles")
        if table.name in ("attachments", "audit_entries", *kept, *derived):
            continue  # content-addressed, append-only, the program's own bookkeeping, derived
        assert {"id", "created_at", "updated_at", "version"} <= set(table.columns.keys()), table


def test_daily_backup_can_wait_for_later(demo_template: Path, tmp_path: Path) -> None:
    import shutil

    from guardian_desk.storage.database import backup_if_due

    path = tmp_path / "later.sqlite"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path), daily_backup=False)
    assert not backup_dir(path).exists()
    taken = backup_if_due(db)
    assert taken is not None
    assert taken.exists()
    assert backup_if_due(db) is None  # once a day
    db.close()


def test_schema_head_constant_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from guardian_desk.storage.database import _alembic_config

    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == SCHEMA_HEAD


def test_a_database_of_the_first_schema_is_upgraded_with_its_data(
    demo_db: Database, demo_path: Path
) -> None:
    from alembic import command

    from guardian_desk.storage.database import _alembic_config

    _before_0012(demo_db)
    before = sqlite3.connect(demo_path).execute("SELECT count(*) FROM deadlines").fetchone()[0]
    with demo_db.engine.begin() as connection:  # as a copy of the first release left it
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    demo_db.close()
    for old in backup_dir(demo_path).glob("*"):
        old.unlink()
    upgraded = open_database(str(demo_path))
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert conn.execute("SELECT count(*) FROM deadlines").fetchone()[0] == before
        assert conn.execute("SELECT count(*) FROM deadlines WHERE task").fetchone()[0] == 0
    assert [p.name for p in backup_dir(demo_path).glob("*before-upgrade*")]
    upgraded.close()


def test_an_index_folded_the_old_way_is_folded_again_on_upgrade(
    demo_db: Database, demo_path: Path
) -> None:
    """0004 rewrites every search entry: a name typed on a Persian keyboard, indexed by the
    folding of 0003 (Persian yeh and keheh kept as typed), is found afterwards by the same
    name typed on an Arabic keyboard."""
    from alembic import command

    from guardian_desk.services import cases, maintenance
    from guardian_desk.storage.database import _alembic_config

    case_id = cases.case_id_of(demo_db, "DEMO-7-000004")
    _before_0012(demo_db)
    with demo_db.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        connection.exec_driver_sql(
            "UPDATE children SET family_name_native = 'کریمی' WHERE case_id = ?", (case_id,)
        )
        connection.exec_driver_sql(  # the entry as the folding of 0003 made it
            "UPDATE search_documents SET body = ' demo 7 000004 کریمی' WHERE case_id = ?",
            (case_id,),
        )
    assert "DEMO-7-000004" not in [s.reference for s in cases.search(demo_db, "كريمي")]
    demo_db.close()
    upgraded = open_database(str(demo_path))
    with sqlite3.connect(demo_path) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
    assert [s.reference for s in cases.search(upgraded, "كريمي")] == ["DEMO-7-000004"]
    assert [s.reference for s in cases.search(upgraded, "کریمی")] == ["DEMO-7-000004"]
    report = maintenance.check(upgraded)
    assert report.ok, report.problems  # the FTS index followed the rewritten entries
    upgraded.close()


def test_upgrade_to_0012_keeps_every_row_and_widens_the_closed_lists(
    demo_db: Database, demo_path: Path
) -> None:
    """0012 widens two CHECK constraints of tables other rows hang under: it must not copy
    and drop them (with foreign keys on, that would delete every decision and hearing)."""
    from alembic import command

    from guardian_desk.storage.database import _alembic_config

    tables = ("proceedings", "decisions", "hearings", "deadlines")

    def counts() -> list[int]:
        with sqlite3.connect(demo_path) as conn:
            return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]

    _before_0012(demo_db)
    before = counts()
    assert all(before)
    with demo_db.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    assert counts() == before
    demo_db.close()
    upgraded = open_database(str(demo_path))
    upgraded.close()
    assert counts() == before
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("PRAGMA foreign_keys = ON")
        (proceeding,) = conn.execute("SELECT id FROM proceedings LIMIT 1").fetchone()
        conn.execute("UPDATE proceedings SET kind = 'child_return' WHERE id = ?", (proceeding,))
        conn.execute("UPDATE decisions SET outcome = 'return_refused'")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE proceedings SET kind = 'no_such_kind' WHERE id = ?", (proceeding,))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE decisions SET outcome = 'no_such_outcome'")


def test_upgrade_to_0014_keeps_every_document_and_accepts_the_eu_certificates(
    demo_db: Database, demo_path: Path
) -> None:
    """0014 widens the CHECK constraint of ``civil_documents``, which authentication steps,
    translations and recognitions hang under: rewritten in place, nothing is deleted."""
    from alembic import command

    from guardian_desk.storage.database import _alembic_config

    tables = ("civil_documents", "authentication_steps", "translations", "recognitions")

    def counts() -> list[int]:
        with sqlite3.connect(demo_path) as conn:
            return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]

    before = counts()
    assert all(before)
    _before_0015(demo_db)
    with demo_db.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    demo_db.close()  # one SQLite library at a time on the file
    conn = sqlite3.connect(demo_path)
    try:  # schema 0013 refuses the new types
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0013"
        (document,) = conn.execute("SELECT id FROM civil_documents LIMIT 1").fetchone()
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "UPDATE civil_documents SET document_type = 'eu_certificate' WHERE id = ?",
                (document,),
            )
    finally:
        conn.close()
    upgraded = open_database(str(demo_path))
    upgraded.close()
    assert counts() == before
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        conn.execute("PRAGMA foreign_keys = ON")
        for kind in ("eu_certificate", "authentic_instrument"):
            conn.execute(
                "UPDATE civil_documents SET document_type = ? WHERE id = ?", (kind, document)
            )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "UPDATE civil_documents SET document_type = 'no_such_type' WHERE id = ?",
                (document,),
            )


def test_upgrade_to_0013_keeps_the_consents_and_names_their_basis(
    demo_db: Database, demo_path: Path
) -> None:
    """0013 copies the consents table (a leaf: nothing hangs under it) to add its checked
    columns: every consent stays, one resting on a legal basis says so, and the new closed
    lists are checked."""
    from alembic import command

    from guardian_desk.storage.database import _alembic_config

    def consents() -> list[tuple[str, str | None]]:
        with sqlite3.connect(demo_path) as conn:
            return conn.execute("SELECT id, legal_basis FROM consents ORDER BY id").fetchall()

    _before_0015(demo_db)
    with demo_db.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
        connection.exec_driver_sql(
            "UPDATE consents SET given_on = NULL, legal_basis = 'a court order' WHERE id = "
            "(SELECT min(id) FROM consents)"
        )
    before = consents()
    assert before
    demo_db.close()
    open_database(str(demo_path)).close()
    assert consents() == before
    with sqlite3.connect(demo_path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        basis = conn.execute(
            "SELECT basis FROM consents WHERE legal_basis = 'a court order'"
        ).fetchall()
        assert basis == [("legitimate_interests",)]
        assert (
            conn.execute("SELECT count(*) FROM consents WHERE basis = 'consent'").fetchone()[0]
            == len(before) - 1
        )
        conn.execute("UPDATE consents SET purpose = 'family_tracing', giver = 'child'")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE consents SET giver = 'neighbour'")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE consents SET child_age = 99")
        assert conn.execute(
            "SELECT count(*) FROM database_state WHERE key = 'organisation_age_identity'"
        ).fetchone() == (1,)


def test_a_database_with_eu_certificates_is_not_downgraded(
    demo_db: Database, demo_path: Path
) -> None:
    from alembic import command

    from guardian_desk.storage.database import _alembic_config

    with demo_db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE civil_documents SET document_type = 'eu_certificate' "
            "WHERE id = (SELECT id FROM civil_documents LIMIT 1)"
        )
    _before_0015(demo_db)
    config = _alembic_config()
    with demo_db.engine.begin() as c:
        config.attributes["connection"] = c
        with pytest.raises(RuntimeError, match="not downgraded"):
            command.downgrade(config, "0013")
    with demo_db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0014"
