"""The window's side of the audit log: the page where it is read, filtered, checked and
exported."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.audit.audit_page import AuditPage

__all__ = ["AuditPage"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
