"""What the migrations that widen a closed list share: making its CHECK constraint again
without copying the table (see :func:`recheck`)."""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op


def _check(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def recheck(table: str, column: str, name: str, values: tuple[str, ...]) -> None:
    """Make the CHECK constraint of a closed list again, with ``values``.

    On SQLite a constraint cannot be altered, and batch mode would copy the table and drop
    the old one: with foreign keys on (they are, in the migration's transaction), dropping
    ``proceedings`` would delete every decision, hearing and deadline under it (``civil_documents``,
    every authentication step, translation and recognition). The table's
    definition is rewritten in place instead, as SQLite documents for changes that leave
    the stored rows valid (https://sqlite.org/lang_altertable.html#otheralter): the rows
    already obey the new list.
    """
    constraint = f"ck_{table}_{name}"
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(constraint), type_="check")
            batch_op.create_check_constraint(op.f(constraint), sa.text(_check(column, values)))
        return
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    pattern = re.compile(rf"CONSTRAINT {constraint} CHECK \({column} IN \([^)]*\)\)")
    new_sql, found = pattern.subn(f"CONSTRAINT {constraint} CHECK ({_check(column, values)})", sql)
    if found != 1:
        raise RuntimeError(f"The constraint {constraint} was not found as expected.")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (new_sql, table)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")
