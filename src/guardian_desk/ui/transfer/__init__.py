"""The window's side of referrals to partner organisations: the Partners page (our card,
partners and their keys, referrals and their states), referring a case, and receiving a
bundle with its duplicate review."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.transfer.partners_page import PartnersPage
    from guardian_desk.ui.transfer.receive_dialog import ReceiveDialog, open_receive
    from guardian_desk.ui.transfer.refer_dialog import ReferDialog

__all__ = ["PartnersPage", "ReceiveDialog", "ReferDialog", "open_receive"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
