"""A case's civil documents: their scans, the check every file gets before it is kept, the
same document recorded in several cases, and court-readiness.

- :mod:`.attachments`: scans checked by content, size limit, names cleaned, SHA-256.
- :mod:`.file_check`: opening an untrusted scan (pypdf, Pillow) in a child process with
  time and memory limits.
- :mod:`.register`: the same document recorded in several cases.
- :mod:`.readiness`: court-readiness of each open proceeding from its documents; the case
  list's badge; the documents x jurisdictions matrix.
- :mod:`.file_checks`: whether the documents were court-ready a week before each hearing,
  written with the case (the reports count it).
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.documents.attachments import (
        KIND_NAMES,
        Scan,
        incoming_problems,
        read_and_check_scan,
        stored_file,
    )
    from guardian_desk.services.documents.file_check import FileProblem, image_frames
    from guardian_desk.services.documents.file_checks import all_checked as all_file_checked
    from guardian_desk.services.documents.file_checks import fill as fill_file_checks
    from guardian_desk.services.documents.file_checks import unchecked_case_ids
    from guardian_desk.services.documents.file_checks import write_checks as write_file_checks
    from guardian_desk.services.documents.readiness import (
        DocumentReadiness,
        Matrix,
        ProceedingReadiness,
    )
    from guardian_desk.services.documents.readiness import badges as readiness_badges
    from guardian_desk.services.documents.readiness import matrix as readiness_matrix
    from guardian_desk.services.documents.readiness import of_case as readiness_of_case
    from guardian_desk.services.documents.readiness import of_reference as readiness_of_reference
    from guardian_desk.services.documents.register import DuplicateGroup, duplicates

__all__ = [
    "KIND_NAMES",
    "DocumentReadiness",
    "DuplicateGroup",
    "FileProblem",
    "Matrix",
    "ProceedingReadiness",
    "Scan",
    "all_file_checked",
    "duplicates",
    "fill_file_checks",
    "image_frames",
    "incoming_problems",
    "read_and_check_scan",
    "readiness_badges",
    "readiness_matrix",
    "readiness_of_case",
    "readiness_of_reference",
    "stored_file",
    "unchecked_case_ids",
    "write_file_checks",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
