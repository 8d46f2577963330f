"""What a report's words are in the window's language (context "Reports").

The reports services write in English: dimensions, fixed categories, indicators' titles and
units, and the shipped reports' own titles (``resources/reports/*.toml``). They are listed
here once more, marked for Qt Linguist, and translated where they reach the screen; a text
that has no entry (an organisation's own report) is shown as it is written.
``tests/ui/reports/test_labels.py`` fails when an English text of the services or of a
shipped report has no entry here.

Codes are named by CLDR in the window's language instead (countries, jurisdictions,
languages); a stored value of a closed list (a proceeding's kind, a service) by the case
editor's own labels; forums and form ids are shown as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from guardian_desk.domain import codes
from guardian_desk.services.reports import category_name
from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP, ui_locale
from guardian_desk.ui.records import choice_label

CONTEXT = "Reports"

# The dimensions a table counts by (services.reports.DIMENSION_NAMES, translated).
DIMENSIONS: Mapping[str, str] = {
    "age_band": QT_TRANSLATE_NOOP("Reports", "Age band"),
    "sex": QT_TRANSLATE_NOOP("Reports", "Sex"),
    "nationality": QT_TRANSLATE_NOOP("Reports", "Nationality"),
    "jurisdiction": QT_TRANSLATE_NOOP("Reports", "Jurisdiction"),
    "protection_status": QT_TRANSLATE_NOOP("Reports", "Protection status"),
    "stateless": QT_TRANSLATE_NOOP("Reports", "Stateless"),
    "concern": QT_TRANSLATE_NOOP("Reports", "Trafficking concern"),
    "period": QT_TRANSLATE_NOOP("Reports", "Quarter"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "forum": QT_TRANSLATE_NOOP("Reports", "Forum"),
    "outcome": QT_TRANSLATE_NOOP("Reports", "Outcome"),
    "state": QT_TRANSLATE_NOOP("Reports", "Outcome"),
    "event": QT_TRANSLATE_NOOP("Reports", "Birthday"),
    "when": QT_TRANSLATE_NOOP("Reports", "When"),
    "service": QT_TRANSLATE_NOOP("Reports", "Service"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "form": QT_TRANSLATE_NOOP("Reports", "Form"),
    "language": QT_TRANSLATE_NOOP("Reports", "Language"),
    "interpreter": QT_TRANSLATE_NOOP("Reports", "Interpreter"),
    "enrolment": QT_TRANSLATE_NOOP("Reports", "School enrolment"),
    "file": QT_TRANSLATE_NOOP("Reports", "Court-ready file"),
}

# The fixed categories (services.reports.CATEGORY_NAMES, translated).
CATEGORIES: Mapping[str, str] = {
    "0-4": QT_TRANSLATE_NOOP("Reports", "0–4"),
    "5-11": QT_TRANSLATE_NOOP("Reports", "5–11"),
    "12-17": QT_TRANSLATE_NOOP("Reports", "12–17"),
    "18+": QT_TRANSLATE_NOOP("Reports", "18 and over"),
    "unknown": QT_TRANSLATE_NOOP("Reports", "Not known"),
    "other": QT_TRANSLATE_NOOP("Reports", "Other"),
    "female": QT_TRANSLATE_NOOP("Reports", "Female"),
    "male": QT_TRANSLATE_NOOP("Reports", "Male"),
    "stateless": QT_TRANSLATE_NOOP("Reports", "Stateless"),
    "unaccompanied": QT_TRANSLATE_NOOP("Reports", "Unaccompanied"),
    "separated": QT_TRANSLATE_NOOP("Reports", "Separated"),
    "accompanied": QT_TRANSLATE_NOOP("Reports", "Accompanied"),
    "yes": QT_TRANSLATE_NOOP("Reports", "Yes"),
    "no": QT_TRANSLATE_NOOP("Reports", "No"),
    "none": QT_TRANSLATE_NOOP("Reports", "No concern"),
    "possible": QT_TRANSLATE_NOOP("Reports", "Possible concern"),
    "clear": QT_TRANSLATE_NOOP("Reports", "Clear concern"),
    "met": QT_TRANSLATE_NOOP("Reports", "Met"),
    "missed": QT_TRANSLATE_NOOP("Reports", "Missed"),
    "waived": QT_TRANSLATE_NOOP("Reports", "Waived"),
    "open": QT_TRANSLATE_NOOP("Reports", "Not yet due"),
    "passed": QT_TRANSLATE_NOOP("Reports", "Passed"),
    "ahead": QT_TRANSLATE_NOOP("Reports", "Ahead"),
    "18": QT_TRANSLATE_NOOP("Reports", "18th birthday"),
    "21": QT_TRANSLATE_NOOP("Reports", "21st birthday"),
    "within": QT_TRANSLATE_NOOP("Reports", "Within the set days"),
    "later": QT_TRANSLATE_NOOP("Reports", "Later"),
    "not_yet": QT_TRANSLATE_NOOP("Reports", "Not yet enrolled"),
    "childs_language": QT_TRANSLATE_NOOP("Reports", "In the child's language"),
    "other_language": QT_TRANSLATE_NOOP("Reports", "In another language"),
    "not_needed": QT_TRANSLATE_NOOP("Reports", "None needed"),
    "no_interpreter": QT_TRANSLATE_NOOP("Reports", "Without an interpreter"),
    "no_decision": QT_TRANSLATE_NOOP("Reports", "No decision yet"),
    "sijs": QT_TRANSLATE_NOOP("Reports", "SIJS"),
    "ready": QT_TRANSLATE_NOOP("Reports", "Court-ready"),
    "not_ready": QT_TRANSLATE_NOOP("Reports", "Not court-ready"),
}

# What each indicator counts: its title and its unit (services.reports.INDICATORS), and the
# unit of a duration's chart.
INDICATOR_TEXTS = (
    QT_TRANSLATE_NOOP("Reports", "Cases opened"),
    QT_TRANSLATE_NOOP("Reports", "Cases active"),
    QT_TRANSLATE_NOOP("Reports", "Cases closed"),
    QT_TRANSLATE_NOOP("Reports", "Proceedings active"),
    QT_TRANSLATE_NOOP("Reports", "Deadlines due"),
    QT_TRANSLATE_NOOP("Reports", "Children turning 18 or 21"),
    QT_TRANSLATE_NOOP("Reports", "Cases active by trafficking concern"),
    QT_TRANSLATE_NOOP("Reports", "Referrals to services"),
    QT_TRANSLATE_NOOP("Reports", "Filings made"),
    QT_TRANSLATE_NOOP("Reports", "Hearings held, by interpreter"),
    QT_TRANSLATE_NOOP("Reports", "Children arrived, by school enrolment"),
    QT_TRANSLATE_NOOP("Reports", "Days from opening to the first hearing"),
    QT_TRANSLATE_NOOP("Reports", "Days from a proceeding's opening to its first decision"),
    QT_TRANSLATE_NOOP("Reports", "Days from arrival to the first guardian's appointment"),
    QT_TRANSLATE_NOOP("Reports", "cases"),
    QT_TRANSLATE_NOOP("Reports", "proceedings"),
    QT_TRANSLATE_NOOP("Reports", "deadlines"),
    QT_TRANSLATE_NOOP("Reports", "children"),
    QT_TRANSLATE_NOOP("Reports", "referrals"),
    QT_TRANSLATE_NOOP("Reports", "filings"),
    QT_TRANSLATE_NOOP("Reports", "hearings"),
    QT_TRANSLATE_NOOP("Reports", "days (median)"),
    QT_TRANSLATE_NOOP("Reports", "Changes of placement per child-year"),
    QT_TRANSLATE_NOOP("Reports", "Changes per child-year"),
    QT_TRANSLATE_NOOP("Reports", "Documents court-ready a week before the hearing"),
    QT_TRANSLATE_NOOP("Reports", "% of documents court-ready"),
    QT_TRANSLATE_NOOP("Reports", "Children with a hearing, by a court-ready file a week before"),
    # the indicators' notes (storage/report_units.py)
    QT_TRANSLATE_NOOP(
        "Reports",
        "Changes of placement per child-year: the placements begun in the period after a "
        "child's first placement, divided by the years the children's cases were open in the "
        "period.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Documents court-ready a week before the hearing: for the children with a hearing in "
        "the period (those vacated left out), the share of their civil documents, counted once "
        "for each hearing, that met every requirement of the hearing's forum as the records "
        "stood a week before it (as they stood when it was first checked, for a hearing set "
        "within a week or recorded before checks were kept).",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "A child's file is not court-ready when, a week before one of their hearings of the "
        "period, one of their civil documents lacked a requirement of the hearing's forum.",
    ),
)

# The shipped reports (resources/reports/*.toml): titles, descriptions, tables' titles.
REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("Reports", "Caseload"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Cases opened, active and closed in the period, by age band, sex, nationality, "
        "protection status and jurisdiction.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Cases opened, by age band and sex"),
    QT_TRANSLATE_NOOP("Reports", "Cases active, by nationality and sex"),
    QT_TRANSLATE_NOOP("Reports", "Cases active, by protection status and age band"),
    QT_TRANSLATE_NOOP("Reports", "Cases closed, by jurisdiction"),
    QT_TRANSLATE_NOOP("Reports", "Cases opened, by quarter"),
    QT_TRANSLATE_NOOP("Reports", "Outcomes for children"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Days from arrival to a guardian's appointment, school enrolment within the set days "
        "of arrival, hearings held with an interpreter in the child's language, filings made "
        "by form and language, and changes of placement per child-year.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports", "Days from arrival to the first guardian's appointment, by age band"
    ),
    QT_TRANSLATE_NOOP("Reports", "Children arrived in the period, by school enrolment and sex"),
    QT_TRANSLATE_NOOP("Reports", "Hearings held, by interpreter and jurisdiction"),
    QT_TRANSLATE_NOOP("Reports", "Filings made, by form and language"),
    QT_TRANSLATE_NOOP("Reports", "Proceedings and deadlines"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Proceedings by kind, forum and outcome; deadlines met, missed and waived; children "
        "turning 18 or 21.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Time to hearing and decision"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Days from opening to the first hearing, and from a proceeding's opening to its "
        "first decision (median and quartiles).",
    ),
    QT_TRANSLATE_NOOP("Reports", "Proceedings active, by kind and latest decision"),
    QT_TRANSLATE_NOOP("Reports", "Proceedings active, by forum"),
    QT_TRANSLATE_NOOP("Reports", "Days from opening to the first hearing, by age band"),
    QT_TRANSLATE_NOOP("Reports", "Days from a proceeding's opening to its first decision, by kind"),
    QT_TRANSLATE_NOOP("Reports", "Deadlines due, by outcome and jurisdiction"),
    QT_TRANSLATE_NOOP("Reports", "Children turning 18 or 21 in the period"),
    QT_TRANSLATE_NOOP("Reports", "Protection and services"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Trafficking concern levels of the cases active, and referrals to services by kind "
        "and status.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Cases active, by trafficking concern and age band"),
    QT_TRANSLATE_NOOP("Reports", "Cases active, by trafficking concern and sex"),
    QT_TRANSLATE_NOOP("Reports", "Referrals to services, by service and status"),
    QT_TRANSLATE_NOOP("Reports", "Changes of placement per child-year, by age band"),
    QT_TRANSLATE_NOOP("Reports", "Court-readiness of files"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Children with a hearing in the period whose file was not court-ready a week before "
        "it, and the share of documents court-ready then.",
    ),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Children with a hearing, by a court-ready file a week before and jurisdiction",
    ),
    QT_TRANSLATE_NOOP(
        "Reports", "Children with a hearing, by a court-ready file a week before and age band"
    ),
    QT_TRANSLATE_NOOP(
        "Reports", "Documents court-ready a week before the hearing, by jurisdiction"
    ),
    QT_TRANSLATE_NOOP("Reports", "Documents court-ready a week before the hearing, by age band"),
)

QUARTER = QT_TRANSLATE_NOOP("Reports", "Q{quarter} {year}")

# Categories of a coded dimension that are not codes: "no" is Norwegian among languages,
# not the answer No.
_NOT_CODES = frozenset({"other", "unknown", "stateless"})
_NAMERS = {
    "nationality": codes.country_name,
    "jurisdiction": codes.jurisdiction_name,
    "language": codes.language_name,
}


def report_text(text: str) -> str:
    """A report's title, description or table title, or an indicator's title or unit, in the
    window's language (as written when it has no translation)."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def dimension_label(dimension: str) -> str:
    """A dimension's name: "Age band", "Nationality"."""
    english = DIMENSIONS.get(dimension)
    if english is None:
        return dimension.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, english)


def category_label(dimension: str, category: str) -> str:
    """A category of ``dimension`` as a reader names it in the window's language: a country,
    jurisdiction or language by its name, a fixed category in words, a quarter, a stored
    value of a closed list by the case editor's label, a forum or a form as it is."""
    namer = _NAMERS.get(dimension)
    if namer is not None and category not in _NOT_CODES:
        try:
            return namer(category, ui_locale())
        except (KeyError, LookupError, ValueError):
            return category
    if category in CATEGORIES:
        return QCoreApplication.translate(CONTEXT, CATEGORIES[category])
    if dimension == "period" and "-Q" in category:
        year, _, quarter = category.partition("-Q")
        template = QCoreApplication.translate(CONTEXT, QUARTER)
        return template.format(quarter=quarter, year=year)
    if dimension in ("forum", "form"):
        return category
    shown = choice_label(category)
    # A stored value the case editor does not name: the services' English words for it.
    return category_name(dimension, category) if shown == category.replace("_", " ") else shown
