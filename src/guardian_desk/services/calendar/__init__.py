"""Time in a case: the deadlines the rules give, hearings and their outcomes, the calendar
and the week ahead, reminders, and iCalendar files.

- :mod:`.deadlines`: the facts the rules need, read from a case; ``reconcile`` (a case's
  deadlines with the rules' computed anew, status kept); stored deadlines; ``recompute``.
- :mod:`.scheduling`: double bookings with a travel buffer, the interpreter's language,
  hearing outcomes.
- :mod:`.agenda`: hearings and deadlines by day, filters, this week, reminders.
- :mod:`.ics`: iCalendar files with stable UIDs.
"""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.calendar.agenda import (
        SHORT_LIST,
        CalendarFilter,
        Event,
        EventKind,
        Reminder,
        Week,
        events,
        forums,
        reminders,
        this_week,
    )
    from guardian_desk.services.calendar.deadlines import (
        RULES_KEY,
        StoredDeadline,
        consent_tasks,
        explanation_of,
        recompute,
        reconcile,
        rules_applied,
        rules_changed,
        rules_fingerprint,
        stale_case_ids,
        texts_of,
        to_confirm,
    )
    from guardian_desk.services.calendar.deadlines import stored as stored_deadlines
    from guardian_desk.services.calendar.ics import export as export_ics
    from guardian_desk.services.calendar.scheduling import (
        Conflict,
        changed_hearings,
        conflicts,
        interpreter_problems,
        record_outcome,
    )

__all__ = [
    "RULES_KEY",
    "SHORT_LIST",
    "CalendarFilter",
    "Conflict",
    "Event",
    "EventKind",
    "Reminder",
    "StoredDeadline",
    "Week",
    "changed_hearings",
    "conflicts",
    "consent_tasks",
    "events",
    "explanation_of",
    "export_ics",
    "forums",
    "interpreter_problems",
    "recompute",
    "reconcile",
    "record_outcome",
    "reminders",
    "rules_applied",
    "rules_changed",
    "rules_fingerprint",
    "stale_case_ids",
    "stored_deadlines",
    "texts_of",
    "this_week",
    "to_confirm",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
