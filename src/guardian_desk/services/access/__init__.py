"""The access policy: what the signed-in person may see and do, decided in one place
(:mod:`.policy`): the record scope, the sections of a case, the actions. Every service asks
it; the window hides what it denies.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.access.policy import (
        cases_in_scope,
        check_edits,
        deny,
        hides_anything,
        may,
        may_read,
        may_write,
        only_sections,
        person_of,
        require,
        require_case,
        visible_tree,
        with_hidden,
    )

__all__ = [
    "cases_in_scope",
    "check_edits",
    "deny",
    "hides_anything",
    "may",
    "may_read",
    "may_write",
    "only_sections",
    "person_of",
    "require",
    "require_case",
    "visible_tree",
    "with_hidden",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
