"""The window's side of documents: the Documents page, a document's scans, a case's
Court-readiness tab."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.documents.documents_page import DocumentsPage
    from guardian_desk.ui.documents.file_list import FileList
    from guardian_desk.ui.documents.readiness_view import ReadinessView

__all__ = [
    "DocumentsPage",
    "FileList",
    "ReadinessView",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
