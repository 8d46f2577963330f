"""audit append: on PostgreSQL the audit log is written only through one function

Each entry is appended by ``gd_audit_append``, a ``SECURITY DEFINER`` function that takes the
log's lock, numbers the entry, stamps it with the server's clock, names the person (a
person's own database role cannot write another name) and chains it with HMAC-SHA256 (the
key stays in the database, unread by the one who writes). A trigger refuses every change
and removal of an entry. The chain is the one ``domain/audit.py`` computes, so ``audit
verify`` checks entries written either way. Needs pgcrypto (a trusted extension); a server
without it keeps writing entries from the program, as before.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 17:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LOCK_ID = 0x6764_6175  # the lock of services/audit/log.py

APPEND = (
    """CREATE OR REPLACE FUNCTION gd_audit_part(value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '~' ELSE char_length(value)::text || ':' || value END
$$""",
    f"""CREATE OR REPLACE FUNCTION gd_audit_append(
    p_actor text, p_action text, p_case_id text, p_detail text
) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    chain_key bytea;
    last_id integer;
    previous text;
    number integer;
    stamped text;
    actor text := p_actor;
BEGIN
    PERFORM pg_advisory_xact_lock({LOCK_ID});
    IF gd_is_person() THEN  -- a person's own role: the entry names them, whatever was given
        SELECT username INTO actor FROM users WHERE db_role = session_user;
    END IF;
    SELECT decode(value, 'hex') INTO chain_key FROM database_state WHERE key = 'audit_key';
    IF chain_key IS NULL THEN
        RAISE EXCEPTION 'the audit log has no key';
    END IF;
    SELECT id, mac INTO last_id, previous FROM audit_entries ORDER BY id DESC LIMIT 1;
    IF last_id IS NULL THEN
        number := 1;
        previous := repeat('0', 64);
    ELSE
        number := last_id + 1;
    END IF;
    stamped := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    INSERT INTO audit_entries (id, at, actor, action, case_id, detail, mac)
    VALUES (
        number, stamped, left(actor, 200), p_action, p_case_id, p_detail,
        encode(hmac(convert_to(
            previous || number::text || '|' || gd_audit_part(stamped) || gd_audit_part(left(actor, 200))
            || gd_audit_part(p_action) || gd_audit_part(p_case_id) || gd_audit_part(p_detail),
            'UTF8'), chain_key, 'sha256'), 'hex'));
    RETURN number;
END
$$""",
    """CREATE OR REPLACE FUNCTION gd_audit_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: entries are neither changed nor removed';
END
$$""",
    """CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
FOR EACH ROW EXECUTE FUNCTION gd_audit_refuse()""",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pgcrypto")
        savepoint.commit()
    except sa.exc.DBAPIError:  # not offered, or not allowed: entries come from the program
        savepoint.rollback()
        return
    for statement in APPEND:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
    op.execute("DROP FUNCTION IF EXISTS gd_audit_refuse()")
    op.execute("DROP FUNCTION IF EXISTS gd_audit_append(text, text, text, text)")
    op.execute("DROP FUNCTION IF EXISTS gd_audit_part(text)")
