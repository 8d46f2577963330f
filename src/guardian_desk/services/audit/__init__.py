"""The audit log: who changed, exported or made what, and when, in an append-only chain
that shows tampering (``domain/audit.py``).

- :mod:`.log`: an entry recorded in the same transaction as what it speaks of; the chain
  verified; entries listed by person, case, action and period.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.audit.log import (
        AuditFilter,
        Entry,
        Verified,
        current_actor,
        entries,
        record,
        verify,
    )

__all__ = ["AuditFilter", "Entry", "Verified", "current_actor", "entries", "record", "verify"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
