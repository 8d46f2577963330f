"""The reports' dimensions and categories as a reader names them, in English (the window
translates them, context "Reports"; codes of countries, languages and jurisdictions are
named by the code tables). The indicators themselves, with their SQL, are
``storage/report_units.py``."""

from __future__ import annotations

from collections.abc import Mapping

from guardian_desk.domain import codes

DIMENSION_NAMES: Mapping[str, str] = {
    "age_band": "Age band",
    "sex": "Sex",
    "nationality": "Nationality",
    "jurisdiction": "Jurisdiction",
    "protection_status": "Protection status",
    "stateless": "Stateless",
    "concern": "Trafficking concern",
    "period": "Quarter",
    "kind": "Kind",
    "forum": "Forum",
    "outcome": "Outcome",
    "state": "Outcome",
    "event": "Birthday",
    "when": "When",
    "service": "Service",
    "status": "Status",
    "form": "Form",
    "language": "Language",
    "interpreter": "Interpreter",
    "enrolment": "School enrolment",
    "file": "Court-ready file",
}


# The fixed categories as a reader names them (in English; the window translates them, context
# "Reports"). Codes of countries, languages and jurisdictions, forms and forums are named
# elsewhere (``category_name``).
CATEGORY_NAMES: Mapping[str, str] = {
    "0-4": "0–4",
    "5-11": "5–11",
    "12-17": "12–17",
    "18+": "18 and over",
    "unknown": "Not known",
    "other": "Other",
    "female": "Female",
    "male": "Male",
    "stateless": "Stateless",
    "unaccompanied": "Unaccompanied",
    "separated": "Separated",
    "accompanied": "Accompanied",
    "yes": "Yes",
    "no": "No",
    "none": "No concern",
    "possible": "Possible concern",
    "clear": "Clear concern",
    "met": "Met",
    "missed": "Missed",
    "waived": "Waived",
    "open": "Not yet due",
    "passed": "Passed",
    "ahead": "Ahead",
    "18": "18th birthday",
    "21": "21st birthday",
    "within": "Within the set days",
    "later": "Later",
    "not_yet": "Not yet enrolled",
    "childs_language": "In the child's language",
    "other_language": "In another language",
    "not_needed": "None needed",
    "no_interpreter": "Without an interpreter",
    "no_decision": "No decision yet",
    "sijs": "SIJS",
    "ready": "Court-ready",
    "not_ready": "Not court-ready",
}
# Dimensions whose categories are codes named by the code tables (``domain/codes.py``).
CODED: Mapping[str, str] = {
    "nationality": "country",
    "jurisdiction": "jurisdiction",
    "language": "language",
}


def category_name(dimension: str, category: str) -> str:
    """A category as a reader names it, in English: a country's or a language's name, a
    fixed category's words, else the category as stored (a forum, a form's id, a stored value
    with its underscores made spaces)."""
    kind = CODED.get(dimension)
    if dimension == "period":
        return category  # 2026-Q3
    if kind is not None and category not in ("other", "unknown", "stateless"):
        namer = {
            "country": codes.country_name,
            "jurisdiction": codes.jurisdiction_name,
            "language": codes.language_name,
        }[kind]
        try:
            return namer(category)
        except (KeyError, LookupError, ValueError):
            return category
    if category in CATEGORY_NAMES:
        return CATEGORY_NAMES[category]
    if dimension in ("forum", "form"):
        return category
    text = category.replace("_", " ")
    return text[:1].upper() + text[1:]
