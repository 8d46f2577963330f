"""Recording, verifying and listing the audit log.

An entry is written in the transaction of what it speaks of: a case saved and its entry
commit together, or neither does. Entries follow each other one at a time: on PostgreSQL a
transaction-scoped advisory lock serialises writers; SQLite has one writer at a time anyway.

Who: the person's account on this computer, until people sign in to Guardian Desk itself.
The key of the chain is 32 random bytes kept in the database (encrypted with it), made with
the first entry.
"""

from __future__ import annotations

import csv
import getpass
import io
import json
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from guardian_desk.domain.audit import GENESIS, Broken, Row, entry_mac, first_broken
from guardian_desk.domain.text import spreadsheet_safe
from guardian_desk.errors import AccessDeniedError
from guardian_desk.files import staged_file
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

KEY_STATE = "audit_key"
LOCK_ID = 0x6764_6175  # "gdau": the advisory lock that serialises appends on PostgreSQL
BATCH = 20_000


def current_actor() -> str:
    """Who is working when no one is signed in (a database without users): the account on
    this computer."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account
        return "unknown"


def _appends_on_server(session: Session) -> bool:
    """Whether the server has the append function (pgcrypto was there for migration 0009)."""
    address = str(session.get_bind().engine.url)
    known = _APPENDS.get(address)
    if known is None:
        found = session.execute(text("SELECT to_regproc('gd_audit_append')")).scalar()
        known = _APPENDS[address] = found is not None
    return known


_APPENDS: dict[str, bool] = {}  # by the server's address (without its password)


def _signed_in_name(session: Session) -> str | None:
    person = repo.signed_in(session)
    return person.username if person is not None else None


def _key(session: Session) -> bytes:
    stored = repo.state_value(session, KEY_STATE)
    if stored is None:
        key = secrets.token_bytes(32)
        repo.set_state_value(session, KEY_STATE, key.hex())
        session.flush()
        return key
    return bytes.fromhex(stored)


def record(
    session: Session,
    action: str,
    *,
    case_id: str | None = None,
    detail: Mapping[str, Any] | None = None,
    actor: str | None = None,
) -> int:
    """Append an entry in the session's transaction; returns its number.

    ``action`` is a short verb phrase (``case changed``, ``exported``); ``detail`` what a
    reader needs to know (fields changed, how many cases), never a restricted text.
    """
    actor_name = (actor or _signed_in_name(session) or current_actor())[: m.NAME]
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None
    if session.get_bind().dialect.name == "postgresql":
        if _appends_on_server(session):
            # The server numbers, stamps and chains the entry (migration 0009): the one who
            # writes never reads the chain's key, and cannot change or remove an entry.
            number = session.execute(
                text(
                    "SELECT gd_audit_append(CAST(:actor AS text), CAST(:action AS text), "
                    "CAST(:case_id AS text), CAST(:detail AS text))"
                ),
                {"actor": actor_name, "action": action, "case_id": case_id, "detail": detail_text},
            ).scalar()
            return int(number or 0)
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": LOCK_ID})
    key = _key(session)
    last = session.execute(
        select(m.AuditEntry.id, m.AuditEntry.mac).order_by(m.AuditEntry.id.desc()).limit(1)
    ).first()
    number, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = {
        "id": number,
        "at": datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z"),
        "actor": actor_name,
        "action": action,
        "case_id": case_id,
        "detail": detail_text,
    }
    # A plain INSERT: an ORM object would cost a unit-of-work flush on every save.
    session.execute(insert(m.AuditEntry).values(**entry, mac=entry_mac(key, previous, entry)))
    return number


@dataclass(frozen=True)
class Verified:
    entries: int  # how many were checked (up to the broken one)
    broken: Broken | None


def _rows(session: Session) -> Iterator[Row]:
    """Every entry in order, read in batches as plain tuples (a million are read in a few
    seconds this way; through the ORM it takes several times as long)."""
    connection = session.connection()
    after = 0
    while True:
        rows = connection.exec_driver_sql(
            "SELECT id, at, actor, action, case_id, detail, mac FROM audit_entries "
            f"WHERE id > {int(after)} ORDER BY id LIMIT {BATCH}"
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield tuple(row)
        after = rows[-1][0]


def verify(db: Database) -> Verified:
    """Check the whole chain, in order; the first broken link, if any."""
    with db.reading() as session:
        stored = repo.state_value(session, KEY_STATE)
        if stored is None:
            has = session.execute(select(func.count()).select_from(m.AuditEntry)).scalar_one()
            return Verified(0, Broken(1, 1, "the key of the chain is missing") if has else None)
        count, broken = first_broken(bytes.fromhex(stored), _rows(session))
    return Verified(count, broken)


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    case_id: str | None = None
    action: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    limit: int = 1000


@dataclass(frozen=True)
class Entry:
    number: int
    at: str
    actor: str
    action: str
    case_id: str | None
    case_reference: str | None
    detail: dict[str, Any]


def refuse_unless_reader(db: Database) -> None:
    """Only a role with ``read_audit`` reads the log (the refusal is itself logged).

    Raises:
        AccessDeniedError: the signed-in person's role may not read it.
    """
    person = db.person
    if person is None or person.role.may("read_audit"):
        return
    with db.unit_of_work() as session:
        record(session, "access denied", detail={"action": "read_audit"})
    raise AccessDeniedError(f"Your role ({person.role.name}) may not read the audit log.")


def entries(db: Database, chosen: AuditFilter | None = None) -> list[Entry]:
    """The newest entries first, filtered by person, case, action and period.

    Raises:
        AccessDeniedError: the signed-in person's role may not read the log.
    """
    refuse_unless_reader(db)
    chosen = chosen or AuditFilter()
    query = select(m.AuditEntry, m.Case.reference).outerjoin(
        m.Case, m.Case.id == m.AuditEntry.case_id
    )
    if chosen.actor:
        query = query.where(m.AuditEntry.actor == chosen.actor)
    if chosen.case_id:
        query = query.where(m.AuditEntry.case_id == chosen.case_id)
    if chosen.action:
        query = query.where(m.AuditEntry.action == chosen.action)
    if chosen.first_day:
        query = query.where(m.AuditEntry.at >= _instant(chosen.first_day))
    if chosen.last_day:
        query = query.where(m.AuditEntry.at < _instant(chosen.last_day + timedelta(days=1)))
    query = query.order_by(m.AuditEntry.id.desc()).limit(chosen.limit)
    with db.reading() as session:
        return [
            Entry(
                row.id,
                row.at,
                row.actor,
                row.action,
                row.case_id,
                reference,
                _as_reader_may_see(db, json.loads(row.detail) if row.detail else {}),
            )
            for row, reference in session.execute(query).all()
        ]


HIDDEN = "(not shown: your role does not read this section)"


def _as_reader_may_see(db: Database, detail: dict[str, Any]) -> dict[str, Any]:
    """A change's old and new values of a section the reader's role may not read are not
    shown to them: that a field changed is, what it was and became is not."""
    person = db.person
    changed = detail.get("changed")
    if person is None or not isinstance(changed, dict):
        return detail
    shown: dict[str, Any] = {}
    for label, change in changed.items():
        section = change.get("section") if isinstance(change, dict) else None
        if section and "old→new" in change and not person.role.may_read(section):
            change = {"changed": HIDDEN, "section": section}
        shown[label] = change
    return {**detail, "changed": shown}


def _instant(day: date) -> str:
    return (
        datetime.combine(day, time(0), UTC)
        .isoformat(timespec="microseconds")
        .replace("+00:00", "Z")
    )


def _distinct(db: Database, column: Any) -> list[str]:
    refuse_unless_reader(db)
    with db.reading() as session:
        return list(session.execute(select(column).distinct().order_by(column)).scalars().all())


def people(db: Database) -> list[str]:
    """Everyone the log names, for a filter to choose from."""
    return _distinct(db, m.AuditEntry.actor)


def actions(db: Database) -> list[str]:
    """Every action the log holds, for a filter to choose from."""
    return _distinct(db, m.AuditEntry.action)


CSV_COLUMNS = ("number", "time (UTC)", "person", "action", "case", "detail")


def write_csv(db: Database, path: Path, chosen: AuditFilter | None = None) -> int:
    """The chosen entries as a CSV file (a clear copy: the log names children's cases and
    repeats changed values), recorded in the log itself as it is put in place; how many.

    Raises:
        FileWriteError: the file cannot be written (nothing is recorded).
    """
    found = entries(db, chosen)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in found:
        detail = json.dumps(entry.detail, ensure_ascii=False) if entry.detail else ""
        cells = (entry.number, entry.at, entry.actor, entry.action, entry.case_reference, detail)
        writer.writerow([spreadsheet_safe("" if c is None else c) for c in cells])
    data = out.getvalue().encode("utf-8-sig")  # a spreadsheet reads the BOM as UTF-8
    with staged_file(path, data, "The audit export") as put_in_place, db.unit_of_work() as s:
        record(s, "audit exported", detail={"entries": len(found)})
        s.flush()
        put_in_place()
    return len(found)
