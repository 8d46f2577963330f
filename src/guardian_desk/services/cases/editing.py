"""Opening a case to edit it, and saving the edits in one transaction.

A case is edited as its exchange-format tree (see ``docs/exchange-format.md``). Opening keeps
the version counter of every row; saving compares the edited tree with the tree as opened,
and writes only what changed. A row that someone else changed or deleted in the meantime is
never overwritten: the save is refused, naming what changed ("changed since you opened it:
placement"), and nothing is written. Rows others added meanwhile are left alone.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from guardian_desk.domain.roles import section_of
from guardian_desk.errors import ConflictError, NotFoundError
from guardian_desk.services import access, audit, documents, exchange
from guardian_desk.services.documents import Scan
from guardian_desk.services.records import (
    RowSet,
    new_record,
    referenced_attachments,
    rows_for,
    write_attachments,
)
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database
from guardian_desk.storage.tree import CASE, SELF_REFERENCES, Node

# What a person calls each kind of record, for messages.
RECORD_NAMES: dict[str, str] = {
    "cases": "case details",
    "child": "identity",
    "aliases": "alias",
    "age_assessments": "age assessment",
    "placements": "placement",
    "status_history": "unaccompanied status",
    "family_members": "family member",
    "guardian_appointments": "guardian appointment",
    "proceedings": "proceeding",
    "decisions": "decision",
    "hearings": "hearing",
    "placement_requests": "placement request",
    "deadlines": "deadline",
    "documents": "document",
    "files": "scan",
    "authentication_steps": "authentication step",
    "translations": "translation",
    "recognitions": "recognition",
    "consents": "consent",
    "risk_flags": "risk flag",
    "actions": "risk action",
    "screenings": "screening",
    "answers": "screening answer",
    "missing_episodes": "missing episode",
    "best_interests": "best-interests assessment",
    "care_services": "service",
    "care_goals": "care plan goal",
    "tracing_requests": "tracing request",
    "notes": "note",
}

_NODES = {node.key: node for node in CASE.walk()}
_BOOKKEEPING = {"created_at", "updated_at", "version"}


@dataclass
class OpenedCase:
    """A case as it was when opened: its tree and the version of each of its rows."""

    case: dict[str, Any]
    versions: dict[str, int] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.case["id"])

    @property
    def is_new(self) -> bool:
        return not self.versions

    def draft(self) -> dict[str, Any]:
        """A copy to edit; the opened tree stays as it was, to compare with on saving."""
        return copy.deepcopy(self.case)


def new_case(reference: str, opened_on: date | None = None) -> OpenedCase:
    """A case not yet saved: a reference, today's opening date and an empty child."""
    case = new_record(
        "cases", reference=reference, opened_on=(opened_on or date.today()).isoformat()
    )
    case["child"] = new_record("child", sex="unknown")
    return OpenedCase(case)


def open_case(db: Database, case_id: str, *, whole: bool = False) -> OpenedCase:
    """The case as a tree, with the version of each row, to edit: the sections the signed-in
    person may read (``whole``: all of it, for the services' own use).

    Raises:
        NotFoundError: the case does not exist (any more).
        AccessDeniedError: the case is not in the person's record scope.
    """
    with db.reading() as session:
        references = {v: k for k, v in repo.case_ids_by_id(session, [case_id]).items()}
    if case_id not in references:
        raise NotFoundError("This case no longer exists; someone may have deleted it.")
    if not whole:
        access.require_case(db, case_id)
    case = exchange.export_document(db, [references[case_id]], whole=True)["cases"][0]
    if not whole:
        case = access.visible_tree(db.person, case)
    ids_by_key: dict[str, list[str]] = {}
    for key, record in _records(CASE, case):
        ids_by_key.setdefault(key, []).append(record["id"])
    versions: dict[str, int] = {}
    with db.reading() as session:
        for key, ids in ids_by_key.items():
            versions.update(repo.versions_of(session, _NODES[key].model, ids))
    return OpenedCase(case, versions)


def view_case(db: Database, case_id: str) -> OpenedCase:
    """Open a case for a person to see: the audit log's ``case opened`` entry is committed
    before the case is handed over, and if it cannot be written the case is not shown.

    Raises:
        NotFoundError: the case does not exist (any more).
        LockedError, DatabaseError: the entry could not be written; nothing is shown.
    """
    opened = open_case(db, case_id)
    with db.unit_of_work() as session:
        audit.record(session, "case opened", case_id=case_id)
    return opened


def record_view(db: Database, case_id: str, what: str) -> None:
    """A case read on the command line (its readiness, its deadlines): written in the audit
    log before the answer is printed; if it cannot be written, nothing is printed."""
    access.require_case(db, case_id)
    with db.unit_of_work() as session:
        audit.record(session, "case viewed", case_id=case_id, detail={"what": what})


def _records(node: Node, item: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    yield node.key, item
    for child in node.children:
        value = item.get(child.key)
        for sub in [value] if child.one else value or []:
            if sub:
                yield from _records(child, sub)


def _comparable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _BOOKKEEPING}


def save_case(
    db: Database,
    opened: OpenedCase,
    edited: dict[str, Any],
    scans: Sequence[Scan] = (),
) -> OpenedCase:
    """Validate and save an edited case in one transaction; returns it as now stored.

    ``scans`` are files newly attached in the editor; those the case refers to are stored
    with it (once per content: a scan already stored is not stored again).

    Raises:
        ValidationError: the edits break a rule; each problem has its path in the case
            (``cases[0].child.dob_day``) and a message for the person.
        ConflictError: someone changed or deleted what was edited since it was opened.
        AccessDeniedError: the edits change a section the person's role may not write.
    """
    person = db.person
    if (
        opened.is_new
        and person is not None
        and person.team_member_id
        and not (edited.get("caseworker_id") or edited.get("lead_lawyer_id"))
    ):  # a case made by someone who sees only their own cases is theirs to follow
        edited = {**edited, "caseworker_id": person.team_member_id}
    if access.hides_anything(person) and not opened.is_new:
        # What the person cannot see is put back as stored, unchanged (hidden records go
        # after the visible ones, so a problem's path still points at what the person sees):
        # the case is checked and its deadlines computed whole, and nothing hidden is lost.
        whole = open_case(db, opened.id, whole=True)
        opened = OpenedCase(
            access.with_hidden(person, opened.case, whole.case),
            {**whole.versions, **opened.versions},
        )
        edited = access.with_hidden(person, edited, whole.case)
    used = referenced_attachments([edited])
    blobs = [s.as_exchange() for s in {s.sha256: s for s in scans}.values() if s.sha256 in used]
    document = {
        "format": exchange.FORMAT,
        "format_version": exchange.FORMAT_VERSION,
        "attachments": blobs,
        "cases": [edited],
    }
    exchange.validate_document(
        db, document, "This case", replacing=set(opened.versions), action="saved"
    )
    access.check_edits(db, _edits(opened, edited), str(edited.get("id")))
    from guardian_desk.services import calendar  # loads the rules on the first save

    # The rules' deadlines follow what the case now records (an arrival date corrected, a
    # hearing adjourned) and are saved with it, in the same transaction.
    edited = {**edited, "deadlines": calendar.reconcile(edited)}
    write_changes(db, opened, edited, blobs)
    return open_case(db, edited["id"])


def _edits(
    opened: OpenedCase, edited: dict[str, Any]
) -> list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]]:
    """Each record a save would add, change or remove: (part, as opened, as edited)."""
    before = _rows_by_key(rows_for([opened.case]) if not opened.is_new else None)
    after = _rows_by_key(rows_for([edited]))
    found: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]] = []
    for node in CASE.walk():
        old, new = before.get(node.key, {}), after.get(node.key, {})
        for row_id, row in new.items():
            if row_id not in old:
                found.append((node.key, None, row))
            elif _comparable(row) != _comparable(old[row_id]):
                found.append((node.key, old[row_id], row))
        found += [(node.key, row, None) for row_id, row in old.items() if row_id not in new]
    return found


def write_changes(
    db: Database,
    opened: OpenedCase,
    edited: dict[str, Any],
    blobs: list[dict[str, Any]] | None = None,
    *,
    before_commit: Callable[[], None] | None = None,
    audit_action: str | None = None,
    audit_detail: dict[str, Any] | None = None,
    also: Callable[[Session], None] | None = None,
) -> None:
    """Write what differs between the case as opened and as edited, in one transaction,
    with its entry in the audit log (``case created`` or ``case changed`` and what changed,
    unless ``audit_action`` names it otherwise).

    ``also`` writes more in the same transaction (a received bundle's record), before the
    case's rows. ``before_commit`` runs as the transaction's last step (e.g. putting a made
    filing's file in place); if it fails, nothing is written.

    Raises:
        ConflictError: a changed or deleted row was changed by someone else meanwhile.
    """
    before = _rows_by_key(rows_for([opened.case]) if not opened.is_new else None)
    after_set = rows_for([edited])
    after = _rows_by_key(after_set)
    now = datetime.now(UTC)
    inserts: dict[str, list[dict[str, Any]]] = {}
    updates: list[tuple[str, dict[str, Any]]] = []
    deletes: list[tuple[str, str]] = []
    for node in CASE.walk():
        old, new = before.get(node.key, {}), after.get(node.key, {})
        for row_id, row in new.items():
            if row_id not in old:
                inserts.setdefault(node.key, []).append(
                    {**row, "created_at": now, "updated_at": now, "version": 1}
                )
            elif _comparable(row) != _comparable(old[row_id]):
                changed = {k: v for k, v in _comparable(row).items() if old[row_id].get(k) != v}
                updates.append((node.key, {"id": row_id, **changed, "updated_at": now}))
        deletes += [(node.key, row_id) for row_id in old if row_id not in new]
    _refuse_conflicts(db, opened, [*(k for k in updates), *deletes])
    conflicts: list[str] = []
    with db.unit_of_work() as session:
        write_attachments(session, blobs or [])  # before the rows that refer to them
        if also is not None:
            also(session)
        for node in CASE.walk():
            rows = inserts.get(node.key, [])
            refs = SELF_REFERENCES.get(node.key, [])
            repo.insert_rows(session, node.model, [{**r, **dict.fromkeys(refs)} for r in rows])
        for key, values in updates:
            row_id = values["id"]
            changed = {k: v for k, v in values.items() if k != "id"}
            if not repo.update_if_unchanged(
                session, _NODES[key].model, row_id, opened.versions[row_id], changed
            ):
                conflicts.append(key)
        for key, row_id in reversed(deletes):  # children before parents
            if not repo.delete_if_unchanged(
                session, _NODES[key].model, row_id, opened.versions[row_id]
            ):
                conflicts.append(key)
        for key in inserts:
            for column in SELF_REFERENCES.get(key, []):
                pairs = [(r["id"], r[column]) for r in inserts[key] if r.get(column)]
                repo.set_references(session, _NODES[key].model, column, pairs)
        if conflicts:
            raise _conflict(conflicts)  # rolls the whole save back
        repo.rebuild_derived(session, [edited["id"]])
        documents.write_file_checks(session, [edited])
        changes = _changes(before, after, inserts, updates, deletes)
        audit.record(
            session,
            audit_action or ("case created" if opened.is_new else "case changed"),
            case_id=edited["id"],
            detail={**changes, **(audit_detail or {})},
        )
        if before_commit is not None:
            session.flush()  # the database's own refusals come before the file is placed
            before_commit()


# Texts that the audit log names as changed without repeating them: the child's views and
# the notes (restricted or not, a note is the case's narrative, not a fact to compare).
_TEXT_NOT_REPEATED = {("notes", "text")}
_SHOWN = 120  # characters of a value the audit log repeats


def _shown(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    text = str(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def _changes(
    before: dict[str, dict[str, dict[str, Any]]],
    after: dict[str, dict[str, dict[str, Any]]],
    inserts: dict[str, list[dict[str, Any]]],
    updates: list[tuple[str, dict[str, Any]]],
    deletes: list[tuple[str, str]],
) -> dict[str, Any]:
    """What a save changed, as the audit log keeps it: records added and removed by kind,
    and each changed field with its old and new value (a note's text named, not repeated)."""
    changed: dict[str, dict[str, Any]] = {}
    for key, values in updates:
        row_id = values["id"]
        old, new = before.get(key, {}).get(row_id, {}), after.get(key, {}).get(row_id, {})
        for name in sorted(v for v in values if v not in _BOOKKEEPING and v != "id"):
            label = f"{RECORD_NAMES.get(key, key)}.{name}"
            # The section tells the log's reader apart from what they may not read there.
            section = section_of(key, new or old)
            if (key, name) in _TEXT_NOT_REPEATED:
                changed[label] = {"changed": [], "section": section}
            else:
                changed[label] = {
                    "old→new": [_shown(old.get(name)), _shown(new.get(name))],
                    "section": section,
                }
    found: dict[str, Any] = {}
    if changed:
        found["changed"] = changed
    added = {RECORD_NAMES.get(k, k): len(rows) for k, rows in inserts.items() if k != "cases"}
    if added:
        found["added"] = added
    removed: dict[str, int] = {}
    for key, _row_id in deletes:
        removed[RECORD_NAMES.get(key, key)] = removed.get(RECORD_NAMES.get(key, key), 0) + 1
    if removed:
        found["removed"] = removed
    return found


def _rows_by_key(rows: RowSet | None) -> dict[str, dict[str, dict[str, Any]]]:
    if rows is None:
        return {}
    found = {key: {r["id"]: r for r in table} for key, table in rows.tables.items()}
    # rows_for leaves references to rows of the same table for later; put them back to compare.
    for key, pending in rows.deferred.items():
        for column, row_id, value in pending:
            found[key][row_id][column] = value
    return found


def _refuse_conflicts(db: Database, opened: OpenedCase, touched: list[tuple[str, Any]]) -> None:
    """Refuse before writing anything when a row to change moved on since it was opened."""
    by_key: dict[str, list[str]] = {}
    for key, row in touched:
        row_id = row["id"] if isinstance(row, dict) else row
        by_key.setdefault(key, []).append(row_id)
    stale: list[str] = []
    with db.reading() as session:
        for key, ids in by_key.items():
            now = repo.versions_of(session, _NODES[key].model, ids)
            stale += [key for i in ids if now.get(i) != opened.versions.get(i)]
    if stale:
        raise _conflict(stale)


def _conflict(keys: list[str]) -> ConflictError:
    names = ", ".join(dict.fromkeys(RECORD_NAMES.get(k, k) for k in keys))
    return ConflictError(
        f"This case was changed since you opened it: {names}. Your edits were not saved; "
        "reopen the case to see the changes, then make your edits again."
    )


def next_reference(db: Database, prefix: str = "GD") -> str:
    """A new case reference, ``GD-2026-00001`` style, not used yet."""
    year = date.today().year
    with db.reading() as session:
        number = repo.count_references_like(session, f"{prefix}-{year}-") + 1
        while repo.case_ids_by_reference(session, [f"{prefix}-{year}-{number:05d}"]):
            number += 1
    return f"{prefix}-{year}-{number:05d}"


@dataclass(frozen=True)
class FieldSpec:
    """What an editor needs to know of one field of a record.

    ``kind`` is one of: text, long_text, date, datetime, integer, boolean, choice, codes,
    team (a team member's id), record (the id of another record of the case), file.
    """

    name: str
    kind: str
    required: bool
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    ref: str | None = None  # for a "record" field: the kind of record it points at
    code: str | None = None  # country, jurisdiction, language, script, time_zone


@dataclass(frozen=True)
class RecordSpec:
    """A kind of record: its fields and the kinds of record below it."""

    key: str
    name: str
    fields: tuple[FieldSpec, ...]
    children: tuple[tuple[str, bool], ...]  # (key, is a single record)


def _field_spec(column: Any) -> FieldSpec:
    schema = exchange.column_schema(column)
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    info = column.info
    kind = "text"
    if "enum" in schema:
        kind = "choice"
    elif schema.get("format") == "date":
        kind = "date"
    elif schema.get("format") == "date-time":
        kind = "datetime"
    elif "integer" in types:
        kind = "integer"
    elif "boolean" in types:
        kind = "boolean"
    elif "array" in types:
        kind = "codes"
    elif info.get("ref") == "team":
        kind = "team"
    elif info.get("ref") == "attachment":
        kind = "file"
    elif info.get("ref"):
        kind = "record"
    elif schema.get("maxLength", 0) > 400:
        kind = "long_text"
    choices = tuple(c for c in schema.get("enum", []) if c is not None)
    if kind == "codes" and "enum" in schema.get("items", {}):
        choices = tuple(schema["items"]["enum"])
    return FieldSpec(
        name=column.name,
        kind=kind,
        required="null" not in types and column.default is None,
        choices=choices,
        max_length=schema.get("maxLength"),
        ref=info.get("ref") if kind == "record" else None,
        code=info.get("code") or info.get("items")
        if isinstance(info.get("items", ""), str)
        else info.get("code"),
    )


def record_spec(key: str) -> RecordSpec:
    """The fields of a kind of record (``"hearings"``...), in the order an editor shows them."""
    node = _NODES[key]
    fields = tuple(
        _field_spec(c) for c in node.fields() if c.name not in ("id", "created_at", "updated_at")
    )
    return RecordSpec(
        key, RECORD_NAMES.get(key, key), fields, tuple((c.key, c.one) for c in node.children)
    )
