"""The window's side of filings: the filing wizard, a case's Filings tab, the clerk's batch."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.filings.filing_list import FilingList
    from guardian_desk.ui.filings.filing_wizard import FilingWizard
    from guardian_desk.ui.filings.filings_page import FilingsPage

__all__ = [
    "FilingList",
    "FilingWizard",
    "FilingsPage",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
