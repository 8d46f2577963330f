"""Best-interests records for the filing tests: the demo data has none, so a test records one
in a case (in the database, or in a case tree it passes to ``filings.prepare``)."""

from __future__ import annotations

import copy
from typing import Any

from guardian_desk.services import cases
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database

# A determination as a panel records it: every field filled, several people who took part
# (one line, a semicolon between two), several options (one a line), the child's words as
# the child said them.
DETERMINATION: dict[str, Any] = {
    "kind": "determination",
    "held_on": "2026-10-14",
    "participants": "Amira Haddad, caseworker; Dr. Jonas Weber, psychologist; the child",
    "childs_views": "I want to stay with my aunt in Hamburg and finish school here.",
    "options": "Placement with the maternal aunt in Hamburg\nFoster family in Altona\n"
    "Return to the grandmother in Aleppo",
    "recommendation": "Placement with the maternal aunt, with monthly visits by the caseworker.",
    "decision": "The child is placed with the maternal aunt in Hamburg.",
    "decided_on": "2026-10-21",
    "review_on": "2027-04-21",
}
ASSESSMENT: dict[str, Any] = {
    "kind": "assessment",
    "held_on": "2026-06-02",
    "participants": "Amira Haddad, caseworker",
    "childs_views": "I miss my brother.",
    "options": "Stay at the shelter\nFoster family",
    "recommendation": "A foster family near the child's school.",
    "decision": None,
    "decided_on": None,
    "review_on": "2026-09-01",
}


def with_best_interests(case: dict[str, Any], *records: dict[str, Any]) -> dict[str, Any]:
    """A copy of a case tree with these best-interests records (the determination if none)."""
    tree = copy.deepcopy(case)
    tree["best_interests"] = [
        new_record("best_interests", **fields) for fields in records or (DETERMINATION,)
    ]
    return tree


def record_best_interests(db: Database, case_id: str, *records: dict[str, Any]) -> None:
    """Save these best-interests records (the determination if none) in a case, as the
    case's window does."""
    opened = cases.open_case(db, case_id)
    edited = opened.draft()
    edited["best_interests"] = [
        *(edited.get("best_interests") or []),
        *(new_record("best_interests", **fields) for fields in records or (DETERMINATION,)),
    ]
    cases.save_case(db, opened, edited)
