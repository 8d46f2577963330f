"""A case's records as plain data, the shape every capability works on.

A case is read from the database as one tree of plain values (the exchange format's shape:
dates as ISO text, enums as their values), new records are made in that shape, and trees are
turned back into table rows and written in one session. Nothing here decides what is valid:
that is the exchange format's validation (:mod:`guardian_desk.services.exchange`).
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.records.new import computed_deadlines, new_id, new_record
    from guardian_desk.services.records.rows import RowSet, rows_for, write_attachments, write_rows
    from guardian_desk.services.records.trees import (
        attachment_items,
        case_ids_of,
        case_trees,
        items_of,
        referenced_attachments,
        referenced_team,
        team_items,
    )

__all__ = [
    "RowSet",
    "attachment_items",
    "case_ids_of",
    "case_trees",
    "computed_deadlines",
    "items_of",
    "new_id",
    "new_record",
    "referenced_attachments",
    "referenced_team",
    "rows_for",
    "team_items",
    "write_attachments",
    "write_rows",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
