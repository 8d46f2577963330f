"""Forms and lists generated from the record descriptions of a case
(:mod:`guardian_desk.services.cases`): every field of the data model can be edited and a new
field appears without new window code. Each capability's tabs build on them."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.ui.records.forms import (
        PROBLEM_COLOUR,
        PROBLEMS_ROLE,
        TABS,
        AttachmentField,
        ChoiceChecks,
        RecordForm,
    )
    from guardian_desk.ui.records.labels import choice_label, label_for, record_label
    from guardian_desk.ui.records.lists import EditorContext, RecordList

__all__ = [
    "PROBLEMS_ROLE",
    "PROBLEM_COLOUR",
    "TABS",
    "AttachmentField",
    "ChoiceChecks",
    "EditorContext",
    "RecordForm",
    "RecordList",
    "choice_label",
    "label_for",
    "record_label",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
