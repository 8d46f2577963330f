"""The data a form is filled from: a case's records in words of the filing's language, and
what of it a form needs and the case lacks.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from guardian_desk.domain.codes import country_name, jurisdiction_name, language_name
from guardian_desk.domain.dates import DateOfBirth
from guardian_desk.domain.enums import (
    DobCertainty,
)
from guardian_desk.domain.text import RTL_LANGUAGES
from guardian_desk.services.filings.catalogue import SOURCE_LANGUAGE, Catalogue, Form, shipped
from guardian_desk.services.filings.sandbox import Inputs, join_and, plain

if TYPE_CHECKING:
    from guardian_desk.storage.database import Database

PagesOf = Callable[[str], int | None]  # a stored file's SHA-256: its number of pages, if known
# What a clerk types to report another best-interests assessment than the latest: its day.
BEST_INTERESTS_INPUT = "best_interests_on"

# --- the data a form is filled from --------------------------------------------------------------


def format_day(day: date | str | None, language: str) -> str | None:
    """A date as a court writes it in ``language`` ("14 March 2025", "March 14, 2025")."""
    from babel.dates import format_date

    if day is None:
        return None
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return str(format_date(day, format="long", locale=_babel(language)))


def _time_words(moment: datetime, language: str) -> str:
    """ "10:00 AM Pacific Standard Time": the hour as the forum's clock shows it."""
    from babel.dates import format_time, get_timezone_name

    locale = _babel(language)
    hour = format_time(moment, format="short", locale=locale)
    return f"{hour} {get_timezone_name(moment, width='long', locale=locale)}"


def _babel(language: str) -> str:
    return {"prs": "fa_AF", "ti": "ti_ER"}.get(language, language.replace("-", "_"))


def _dob_words(child: Mapping[str, Any], language: str, said: Callable[[str], str]) -> str | None:
    if not child.get("dob_year") or not child.get("dob_certainty"):
        return None
    dob = DateOfBirth(
        DobCertainty(child["dob_certainty"]),
        child["dob_year"],
        child.get("dob_month"),
        child.get("dob_day"),
    )
    if dob.day is not None and dob.month is not None:
        text = format_day(date(dob.year, dob.month, dob.day), language) or ""
    elif dob.month is not None:
        from babel.dates import format_date

        # The month as it stands alone ("грудень 2014", not the genitive of a full date).
        text = str(format_date(date(dob.year, dob.month, 1), "LLLL y", locale=_babel(language)))
    else:
        text = str(dob.year)
    return text if dob.is_exact else f"{text} ({said('dob.' + dob.certainty.value)})"


def _list(items: list[str], language: str) -> str:
    """ "Syria, Iraq and Yemen" as the language writes a list (CLDR, through Babel)."""
    from babel.core import UnknownLocaleError
    from babel.lists import format_list

    if not items:
        return ""
    try:
        return str(format_list(items, locale=_babel(language)))
    except (UnknownLocaleError, ValueError):
        return join_and(items)


def _plain_words(code: str) -> str:
    """The last resort for a code word no vocabulary names (a value added to the program
    before its words): its own words, never its underscores."""
    return code.split(".")[-1].replace("_", " ")


def vocabulary_for(vocabulary: Mapping[str, str] | None) -> Callable[[str], str]:
    """How a filing names a code word (``e_apostille``, ``dob.estimated``): in the filing's
    language (``forms/_shared/data.<lang>.toml``), else in English (``data.en.toml``)."""
    english = shipped().vocabulary.get(SOURCE_LANGUAGE, {})
    given = vocabulary or {}

    def said(code: str) -> str:
        return given.get(code) or english.get(code) or _plain_words(code)

    return said


def file_pages(media_type: str, data: bytes) -> int | None:
    """How many pages a stored file prints on: a PDF's pages, an image's frames (a scanned
    TIFF may hold several; any other image is one page); None when it cannot be read."""
    if media_type == "application/pdf":
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            return len(PdfReader(io.BytesIO(data)).pages)
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
            return None
    if media_type.startswith("image/"):
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(io.BytesIO(data)) as picture:
                return max(int(getattr(picture, "n_frames", 1)), 1)
        except (UnidentifiedImageError, OSError, ValueError):
            return None
    return None


def stored_pages(db: Database) -> PagesOf:
    """The pages of the files kept in ``db``, by SHA-256 (each file read once)."""
    from guardian_desk.services.documents import stored_file

    known: dict[str, int | None] = {}

    def pages_of(sha256: str) -> int | None:
        if sha256 not in known:
            found = stored_file(db, sha256)
            known[sha256] = file_pages(found.media_type, found.data) if found else None
        return known[sha256]

    return pages_of


def _exhibit_pages(d: Mapping[str, Any], pages_of: PagesOf | None) -> str:
    """The pages of a document's scans, for an exhibit index's Pages column; blank without
    a scan, or when a scan's pages cannot be counted (a clerk then counts them)."""
    files = d.get("files") or []
    if not files or pages_of is None:
        return ""
    counts = [pages_of(f["attachment_id"]) for f in files if f.get("attachment_id")]
    if not counts or any(c is None for c in counts):
        return ""
    return str(sum(c for c in counts if c is not None))


def _local(instant: str, zone: str) -> datetime:
    moment = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    return moment.astimezone(ZoneInfo(zone))


def filing_data(
    case: Mapping[str, Any],
    team: Mapping[str, str],
    *,
    form: Form | None = None,
    language: str = "en",
    proceeding_id: str | None = None,
    hearing_id: str | None = None,
    inputs: Mapping[str, str] | None = None,
    exhibit_ids: list[str] | None = None,
    today: date | None = None,
    vocabulary: Mapping[str, str] | None = None,
    pages_of: PagesOf | None = None,
) -> dict[str, Any]:
    """What a template may use, read from a case tree (as ``editing.open_case`` gives it).

    ``team`` maps team member ids to names. The proceeding is the one asked for, else the
    hearing's, else the first open one; the hearing is the one asked for, else the
    proceeding's next one. Code words are named from ``vocabulary`` (the filing language's),
    else in English; ``pages_of`` counts an exhibit's pages (:func:`stored_pages`).
    """
    today = today or date.today()
    child = case.get("child") or {}
    proceedings = list(case.get("proceedings", []))
    hearing = None
    for p in proceedings:
        for h in p.get("hearings", []):
            if h["id"] == hearing_id:
                hearing, proceeding_id = h, p["id"]
    if hearing is None and hearing_id is None:  # the next hearing, of the proceeding asked for
        upcoming = sorted(
            (
                (h["starts_at"], h["id"], p["id"])
                for p in proceedings
                if proceeding_id in (None, p["id"])
                for h in p.get("hearings", [])
                if h.get("outcome") == "scheduled" and h["starts_at"][:10] >= today.isoformat()
            ),
        )
        if upcoming:
            _start, next_id, proceeding_id = upcoming[0]
            hearing = next(
                h for p in proceedings for h in p.get("hearings", []) if h["id"] == next_id
            )
    proceeding = next((p for p in proceedings if p["id"] == proceeding_id), None)
    if proceeding is None:
        proceeding = next((p for p in proceedings if p.get("status") != "closed"), None)
        proceeding = proceeding or (proceedings[0] if proceedings else None)

    def team_name(member_id: str | None) -> str | None:
        return team.get(member_id) if member_id else None

    full_name = " ".join(p for p in (child.get("given_names"), child.get("family_name")) if p)
    native = " ".join(
        p for p in (child.get("given_names_native"), child.get("family_name_native")) if p
    )
    guardians = [g for g in case.get("guardian_appointments", []) if not g.get("ended_on")] or list(
        case.get("guardian_appointments", [])
    )
    guardian = next((g for g in guardians if g["guardian_type"] != "guardian_ad_litem"), None)
    gal = next((g for g in guardians if g["guardian_type"] == "guardian_ad_litem"), None)
    lawyer_id = (proceeding or {}).get("assigned_lawyer_id") or case.get("lead_lawyer_id")
    documents = list(case.get("documents", []))
    chosen = (
        [d for i in exhibit_ids for d in documents if d["id"] == i]
        if exhibit_ids is not None
        else [d for d in documents if d.get("files")]
    )
    placements = sorted(child.get("placements", []), key=lambda p: p["started_on"])
    current_place = next((p for p in reversed(placements) if not p.get("ended_on")), None)
    assessments = sorted(child.get("age_assessments", []), key=lambda a: a["assessed_on"])
    jurisdiction = str((proceeding or {}).get("jurisdiction") or "")

    vocabulary = vocabulary or {}
    name_of = vocabulary_for(vocabulary)

    def said(code: str | None, kind: str = "") -> str | None:
        """A code word (``birth_certificate``) as the filing's language writes it; ``kind``
        names the kind of record where the word alone could be another's."""
        return name_of(f"{kind}.{code}" if kind else code) if code else None

    def document(d: Mapping[str, Any]) -> dict[str, Any]:
        kind = d.get("title") or said(d["document_type"]) or ""
        place = country_name(d["issuing_country"], _babel(language))
        comma = "، " if language.split("-")[0] in RTL_LANGUAGES else ", "
        number = f"{comma}{said('number')} {d['number']}" if d.get("number") else ""
        return {
            "id": d["id"],
            "type": said(d["document_type"]),
            "title": d.get("title"),
            "issuing_country": country_name(d["issuing_country"], _babel(language)),
            "issuing_authority": d.get("issuing_authority"),
            "number": d.get("number"),
            "issued_on": format_day(d.get("issued_on"), language),
            "expires_on": format_day(d.get("expires_on"), language),
            "language": language_name(d["language"], _babel(language))
            if d.get("language")
            else None,
            "description": f"{kind[:1].upper()}{kind[1:]} ({place}{number})",
            "translations": [
                {
                    "from": language_name(t["source_language"], _babel(language)),
                    "to": language_name(t["target_language"], _babel(language)),
                    "translator": t["translator_name"],
                    "kind": said(t["kind"]),
                    "on": format_day(t.get("translated_on"), language),
                }
                for t in d.get("translations", [])
            ],
            "authentication": [
                said(s["kind"])
                for s in sorted(d.get("authentication_steps", []), key=lambda s: s["sequence"])
            ],
            "pages": _exhibit_pages(d, pages_of),
        }

    views = [n for n in case.get("notes", []) if n.get("kind") == "childs_views"]
    when = _local(hearing["starts_at"], hearing["time_zone"]) if hearing else None
    hearing = hearing or {}
    proceeding = proceeding or {}
    data: dict[str, Any] = {
        "language": language,
        "today": format_day(today, language),
        "form": {"title": form.title, "version": form.version, "id": form.id} if form else {},
        "case": {"reference": case.get("reference"), "opened_on": case.get("opened_on")},
        "child": {
            "full_name": full_name or None,
            "given_names": child.get("given_names"),
            "family_name": child.get("family_name"),
            "native_name": native or None,
            "date_of_birth": _dob_words(child, language, name_of),
            "sex": child.get("sex"),
            "birth_place": child.get("birth_place"),
            "nationality": _list(
                [country_name(c, _babel(language)) for c in child.get("nationalities", [])],
                language,
            )
            or ("stateless" if child.get("stateless") else None),
            "stateless": bool(child.get("stateless")),
            "languages": _list(
                [language_name(t, _babel(language)) for t in child.get("languages", [])],
                language,
            )
            or None,
            "interpreter_language": language_name(child["interpreter_language"], _babel(language))
            if child.get("interpreter_language")
            else None,
            "last_arrival_date": format_day(child.get("last_arrival_on"), language),
            "last_arrival_country": country_name(child["last_arrival_country"], _babel(language))
            if child.get("last_arrival_country")
            else None,
            "school": child.get("school_name"),
            "placement": {
                # the code's words: the forms choose their own phrase for each ("with a
                # foster family"); kind_name is the name alone
                "kind": current_place["kind"].replace("_", " "),
                "kind_name": said(current_place["kind"], "placement"),
                "provider": current_place.get("provider"),
                "address": current_place.get("address"),
                "since": format_day(current_place["started_on"], language),
            }
            if current_place
            else None,
            "age_assessment": {
                "on": format_day(assessments[-1]["assessed_on"], language),
                "by": assessments[-1]["assessor"],
                "ages": f"{assessments[-1]['min_age']}-{assessments[-1]['max_age']}",
                "conclusion": assessments[-1].get("conclusion"),
            }
            if assessments
            else None,
        },
        "proceeding": {
            "kind": said(proceeding.get("kind"), "proceeding"),
            "kind_code": proceeding.get("kind"),
            "docket": proceeding.get("reference"),
            "forum": proceeding.get("forum_name"),
            "forum_kind": proceeding.get("forum_kind"),
            "jurisdiction": jurisdiction,
            "jurisdiction_name": jurisdiction_name(jurisdiction, _babel(language))
            if jurisdiction
            else None,
            # the state or region alone ("Texas"), for captions; the country where there is none
            "region": jurisdiction_name(jurisdiction, _babel(language)).split(",")[0]
            if jurisdiction
            else None,
            "country": country_name(jurisdiction.split("-")[0], _babel(language))
            if jurisdiction
            else None,
            "stage": proceeding.get("stage"),
            "opened_on": format_day(proceeding.get("opened_on"), language),
        },
        "hearing": {
            "id": hearing.get("id"),
            "date": format_day(when.date(), language) if when else None,
            "time": _time_words(when, language) if when else None,
            "time_zone": hearing.get("time_zone"),
            "type": hearing.get("hearing_type"),
            "forum": hearing.get("forum") or (proceeding or {}).get("forum_name"),
            "room": hearing.get("room"),
            "judge": hearing.get("judge"),
            "remote_link": hearing.get("remote_link"),
            "duration_minutes": hearing.get("duration_minutes"),
            "interpreter_language": language_name(hearing["interpreter_language"], _babel(language))
            if hearing.get("interpreter_language")
            else None,
            "interpreter": hearing.get("interpreter_name")
            or team_name(hearing.get("interpreter_id")),
        }
        if hearing
        else {},
        "guardian": _appointment(guardian, language, name_of),
        "guardian_ad_litem": _appointment(gal, language, name_of),
        "lawyer": {"name": team_name(lawyer_id)},
        "family": [
            {
                # compared by the forms ("mother"); relationship_name is printed
                "relationship": f["relationship_to_child"].replace("_", " "),
                "relationship_name": said(f["relationship_to_child"], "relationship"),
                "name": f["full_name"],
                "whereabouts": f.get("whereabouts"),
                "country": country_name(f["whereabouts_country"], _babel(language))
                if f.get("whereabouts_country")
                else None,
                # compared by the forms, never printed: each says it in its own sentence
                "tracing_status": (f.get("tracing_status") or "").replace("_", " ") or None,
            }
            for f in case.get("family_members", [])
        ],
        "documents": [document(d) for d in documents],
        "exhibits": [{**document(d), "label": _exhibit_label(i)} for i, d in enumerate(chosen)],
        "child_views": [
            {"written": format_day(n["written_at"], language), "text": n["text"]} for n in views
        ],
        "best_interests": _best_interests(
            case,
            language,
            wanted=(inputs or {}).get(BEST_INTERESTS_INPUT),
            today=today,
            noted=[n["text"] for n in views],
        ),
        "inputs": Inputs(inputs or {}),
    }
    return dict(plain(data))


_SEMICOLONS = {"fr": "\u00a0; ", "ti": "፤ "}  # French spacing; the Ethiopic semicolon


def _best_interests(
    case: Mapping[str, Any],
    language: str,
    *,
    wanted: str | None,
    today: date,
    noted: list[str],
) -> dict[str, Any] | None:
    """The best-interests assessment or determination a filing reports: the one held on the
    day ``wanted`` names (YYYY-MM-DD, typed by the clerk), else the latest held by ``today``
    (one dated later has not been held yet); of two held the same day, the determination.
    None when the case has none, or none the role may read (the tree is cut to its sections).
    ``noted`` are the child's views already recorded as notes: the same words are not
    quoted twice."""
    held = sorted(
        case.get("best_interests") or [],
        key=lambda b: (str(b.get("held_on")), b.get("kind") == "determination", str(b.get("id"))),
    )
    day = (wanted or "").strip()
    chosen = [
        b
        for b in held
        if (str(b.get("held_on"))[:10] == day if day else str(b.get("held_on")) <= str(today))
    ]
    if not chosen:
        return None
    b = chosen[-1]
    # Who took part is one line, a semicolon between two people (a comma is often within
    # one: "A. Haddad, caseworker"); each is an item of a list, or joined in a sentence by
    # the language's semicolon.
    participants = [
        p.strip() for p in re.split(r"[;؛\n]", b.get("participants") or "") if p.strip()
    ]
    rtl = language.split("-")[0] in RTL_LANGUAGES
    semicolon = "؛ " if rtl else _SEMICOLONS.get(language, "; ")
    views = (b.get("childs_views") or "").strip()

    def same(text: str) -> str:
        return " ".join(text.split()).casefold()

    return {
        "kind": str(b["kind"]),  # "assessment" or "determination": each form words it
        "held_on": format_day(b["held_on"], language),
        "participants": "\n".join(participants) or None,  # one a line, for a list
        "participants_list": semicolon.join(participants) or None,  # in a sentence
        "childs_views": views or None,
        "views_noted": bool(views) and same(views) in {same(t) for t in noted},
        "options": b.get("options") or None,
        "recommendation": b.get("recommendation") or None,
        "decision": b.get("decision") or None,
        "decided_on": format_day(b.get("decided_on"), language),
        "review_on": format_day(b.get("review_on"), language),
    }


def _appointment(
    g: Mapping[str, Any] | None, language: str, said: Callable[[str], str]
) -> dict[str, Any]:
    if g is None:
        g = {"guardian_name": None, "guardian_type": None, "jurisdiction": None}
    return {
        "name": g["guardian_name"],
        "type": said(f"guardian_type.{g['guardian_type']}") if g["guardian_type"] else None,
        "appointed_on": format_day(g.get("started_on"), language),
        "appointed_by": g.get("appointing_authority"),
        "jurisdiction_name": jurisdiction_name(g["jurisdiction"], _babel(language))
        if g["jurisdiction"]
        else None,
        "order_reference": g.get("order_reference"),
        "powers": [said(f"power.{p}") for p in g.get("powers", [])],
    }


def _exhibit_label(index: int) -> str:
    """A, B, ... Z, AA, AB ..."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def lookup(data: Mapping[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def missing_data(catalogue: Catalogue, form: Form, data: Mapping[str, Any]) -> list[str]:
    """What the form needs and the case (or the clerk) has not given, in plain words."""
    missing = [
        catalogue.words_for(path) for path in form.requires if lookup(data, path) in (None, "", [])
    ]
    if form.needs_hearing and not lookup(data, "hearing.id"):
        missing.append(catalogue.words_for("hearing"))
    given = data.get("inputs", {})
    missing += [i.label for i in form.inputs if i.required and not (given.get(i.name) or i.default)]
    return missing
