"""Protection: screenings for trafficking risk with the instruments in force, the concern a
case is under, the actions each level and each missing episode require (the latter by
jurisdiction), and what is paused while a clear concern waits for a best-interests
assessment; family tracing matches between the relatives of one case and the people of
others; the tasks that keep services, the care plan, tracing requests and best-interests
reviews followed up (``docs/protection.md``)."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.protection.care import CARE_PREFIXES, care_tasks
    from guardian_desk.services.protection.instruments import (
        InstrumentSet,
        MissingRules,
        MissingSet,
        instrument,
        load_instruments,
        load_missing,
        missing_actions,
        missing_organisation_folder,
    )
    from guardian_desk.services.protection.instruments import (
        organisation_folder as screening_folder,
    )
    from guardian_desk.services.protection.screening import (
        PREFIX,
        CaseConcern,
        concern_of,
        episode_jurisdiction,
        new_screening,
        paused,
        protection_tasks,
    )
    from guardian_desk.services.protection.tracing import (
        RelativeMatch,
        Seen,
        family_matches,
        not_to_be_contacted,
        relative_matches,
        tracing_refusal,
    )

__all__ = [
    "CARE_PREFIXES",
    "PREFIX",
    "CaseConcern",
    "InstrumentSet",
    "MissingRules",
    "MissingSet",
    "RelativeMatch",
    "Seen",
    "care_tasks",
    "concern_of",
    "episode_jurisdiction",
    "family_matches",
    "instrument",
    "load_instruments",
    "load_missing",
    "missing_actions",
    "missing_organisation_folder",
    "new_screening",
    "not_to_be_contacted",
    "paused",
    "protection_tasks",
    "relative_matches",
    "screening_folder",
    "tracing_refusal",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
