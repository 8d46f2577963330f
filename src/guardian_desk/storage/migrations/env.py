"""Alembic environment: migrations run on the connection Guardian Desk hands over."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from guardian_desk.storage.database import include_object
from guardian_desk.storage.models import Base


def run_migrations() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:  # alembic's own command line, for developers
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///migrations-dev.sqlite"
        with create_engine(url).begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
