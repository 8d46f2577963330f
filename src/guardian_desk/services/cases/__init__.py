"""Cases: their lists and search (plain, frozen summaries), and editing a case as a whole.

- :mod:`.lists`: case summaries for lists and search, filters, pages of ids.
- :mod:`.editing`: opening a case as a tree with the version of every row; saving only what
  changed, in one transaction, refusing (and naming) rows changed elsewhere; the
  descriptions of records that the window builds its forms from.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.cases.editing import (
        RECORD_NAMES,
        FieldSpec,
        OpenedCase,
        RecordSpec,
        new_case,
        next_reference,
        open_case,
        record_spec,
        record_view,
        save_case,
        view_case,
        write_changes,
    )
    from guardian_desk.services.cases.lists import (
        AGE_BANDS,
        CaseFilter,
        CaseSummary,
        FilterChoices,
        case_id_of,
        count,
        filter_choices,
        list_ids,
        page,
        page_ids,
        search,
        search_ids,
        summaries,
    )

__all__ = [
    "AGE_BANDS",
    "RECORD_NAMES",
    "CaseFilter",
    "CaseSummary",
    "FieldSpec",
    "FilterChoices",
    "OpenedCase",
    "RecordSpec",
    "case_id_of",
    "count",
    "filter_choices",
    "list_ids",
    "new_case",
    "next_reference",
    "open_case",
    "page",
    "page_ids",
    "record_spec",
    "record_view",
    "save_case",
    "search",
    "search_ids",
    "summaries",
    "view_case",
    "write_changes",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
