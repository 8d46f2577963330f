"""The audit log: who changed, exported or made what, and when, in an append-only chain
that shows tampering (``domain/audit.py``).

- :mod:`.log`: an entry recorded in the same transaction as what it speaks of; the chain
  verified; entries listed by person, case, action and period.
- :mod:`.checkpoint`: the log's head signed with the organisation's key, carried by every
  export, filing and packet, and checked against the log.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.audit.checkpoint import (
        Checkpoint,
        check_checkpoint,
        checkpoint_carried_by,
        parse_checkpoint,
        take_checkpoint,
    )
    from guardian_desk.services.audit.log import (
        AuditFilter,
        Entry,
        Verified,
        actions,
        current_actor,
        entries,
        people,
        record,
        verify,
        write_csv,
    )

__all__ = [
    "AuditFilter",
    "Checkpoint",
    "Entry",
    "Verified",
    "actions",
    "check_checkpoint",
    "checkpoint_carried_by",
    "current_actor",
    "entries",
    "parse_checkpoint",
    "people",
    "record",
    "take_checkpoint",
    "verify",
    "write_csv",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
