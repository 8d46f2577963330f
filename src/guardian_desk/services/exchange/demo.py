"""Demo data: realistic, varied and clearly fictional cases, the same for the same seed.

Cases are built as exchange-format documents and written through the importer's own path,
so demo data is valid exchange data by construction. Names come from
``resources/demo/names.json``; forums and the child's words from ``resources/demo/forums.json``.
The same seed and the same ``as_of`` day give the same data.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from guardian_desk.domain import enums as E
from guardian_desk.domain.dates import EARLIEST_DAY, LATEST_DAY
from guardian_desk.domain.periods import is_business_day
from guardian_desk.errors import ConflictError, GuardianDeskError
from guardian_desk.progress import Progress, report
from guardian_desk.resources import resource_path
from guardian_desk.services import audit, calendar, documents, protection
from guardian_desk.services.calendar import consent_tasks, reconcile
from guardian_desk.services.exchange.schema import FORMAT, FORMAT_VERSION
from guardian_desk.services.records import rows_for, write_rows
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

CHUNK = 1000
EU = {"DE", "FR", "IT", "ES", "GR", "PL"}
# Of every three cases, the first is court-ready (its documents have what every forum of its
# proceedings requires), the second is ready before the courts at home but not yet abroad, and
# the third shows what is still to do as it was drawn.
READY_EVERY = 3
# Cases SIBLINGS_EVERY·k and SIBLINGS_EVERY·k + 1 are a brother's and a sister's (or two
# sisters'...): one family, one family register extract recorded in both cases, which the
# Documents page's duplicate finder puts side by side.
SIBLINGS_EVERY = 20
# Of every twenty cases, the fifth is a child whose return (Hague 1980) the court at home
# refused, with the Art. 29 certificate issued (Brussels IIb Art. 29: three months to seise the
# court of habitual residence), and the sixth asks another member state to consent to the
# child's placement there (Art. 82: three months for its decision). Both are before courts of
# member states bound by Brussels IIb (EU above), so that their deadlines show: the child's
# home, or else the member state of its proceedings abroad (the other cases are unchanged).
CROSS_BORDER_EVERY = 20
# Every SCREENED_EVERY cases, two were screened: one with a clear concern, one a possible one;
# a clear one waits for its best-interests assessment (sharing and tracing paused) once in
# PAUSED_EVERY cases.
SCREENED_EVERY = 10
PAUSED_EVERY = 40
TRACING_AGENCIES = (
    "Red Cross, Restoring Family Links",
    "ICRC Central Tracing Agency",
    "UNHCR protection unit",
)
DEMO_SERVICES = (
    ("education", "Public school of the district"),
    ("health", "Community health centre"),
    ("mental_health", "Child and adolescent mental health service"),
    ("language", "Language classes for newcomers"),
    ("legal", "Asylum legal clinic"),
    ("shelter", "Reception centre for unaccompanied children"),
)
DEMO_GOALS = (
    ("education", "Enrolled in school and attending"),
    ("health", "Health check and vaccinations up to date"),
    ("language", "Speaks the local language at A2 level"),
    ("family", "Contact with the family restored, where safe"),
    ("documents", "Identity documents obtained"),
)
RETURN_REFUSED = 5
PLACEMENT_REQUESTED = 6
# Hearings start at these hours of the forum's own day (its time zone), on business days.
COURT_HOURS = (9, 10, 11, 13, 14)
# Demo cases reach about 18 years before their day (births) and 35 after (a 21st birthday,
# a passport's expiry): the day is kept far enough inside the years any fact may have.
FIRST_AS_OF = EARLIEST_DAY.replace(year=EARLIEST_DAY.year + 20)
LAST_AS_OF = LATEST_DAY.replace(year=LATEST_DAY.year - 40)

# What each demo consent covers (a consent names its sections: docs/transfer.md).
_CONSENT_SECTIONS = {
    "services": ("identity", "services", "health"),
    "disclosure": ("identity", "family"),
    "reporting": ("identity", "protection"),
}


def _check_as_of(day: date) -> date:
    """The day demo data is built around, refused in plain words when out of range."""
    if not isinstance(day, date) or not FIRST_AS_OF <= day <= LAST_AS_OF:
        shown = day.isoformat() if isinstance(day, date) else repr(day)[:40]
        raise GuardianDeskError(
            f"Demo data cannot be built around {shown}: choose a day between "
            f"{FIRST_AS_OF.isoformat()} and {LAST_AS_OF.isoformat()}, so that every date it "
            f"makes up (births, hearings, deadlines) falls between {EARLIEST_DAY.year} and "
            f"{LATEST_DAY.year}."
        )
    return day


# Translators by the language they translate into (fictional).
TRANSLATORS = {
    "en": ["Grace Holloway", "Daniel Brooks"],
    "de": ["Katrin Meyer", "Stefan Brandt"],
    "fr": ["Sophie Laurent", "Julien Moreau"],
    "it": ["Giulia Rossi", "Paolo Greco"],
    "es": ["Ana Díaz", "Javier Ortega"],
    "el": ["Eleni Georgiou", "Nikos Pappas"],
    "pl": ["Magdalena Nowak", "Tomasz Wójcik"],
}
ADJOURNMENT_REASONS = (
    "Interpreter unavailable",
    "The guardian's report was not yet filed",
    "Translation of the birth certificate outstanding",
    "The court ran out of time",
)


def _business_day(day: date, jurisdiction: str) -> date:
    """``day``, or the first business day of ``jurisdiction`` after it: no weekend, no public
    holiday of the country or subdivision (the deadline code's own calendar)."""
    while not is_business_day(day, jurisdiction):
        day += timedelta(days=1)
    return day


# The authentication steps a court-ready document gets, in the order they are tried: the EU
# exemption between member states, an apostille, and a legalisation up to the consulate
# (accepted everywhere), by their ``state`` in :meth:`_Case.authentication`.
EU_EXEMPT, APOSTILLE, LEGALISED = 4, 1, 3
_SPECIMEN_STEPS = {
    EU_EXEMPT: ("eu_2016_1191_exemption", "multilingual_standard_form"),
    APOSTILLE: ("apostille",),
}


@lru_cache(maxsize=8192)
def _enough(state: int, kind: str, issuing: str, jurisdiction: str, on: date) -> bool:
    """Whether the steps of ``state`` let a document of ``kind`` from ``issuing`` be used in
    ``jurisdiction`` around ``on``: the readiness check asked about a specimen (remembered, as
    the demo asks about the same few pairs thousands of times)."""
    specimen = {
        "id": "specimen",
        "document_type": kind,
        "issuing_country": issuing,
        "issued_on": None,
        "expires_on": None,
        "language": None,
        "authentication_steps": [
            {"kind": step, "performed_on": on.isoformat(), "country": issuing}
            for step in _SPECIMEN_STEPS[state]
        ],
        "translations": [],
        "recognitions": [],
    }
    proceeding = {"id": "specimen", "kind": "guardianship", "jurisdiction": jurisdiction}
    checked = documents.readiness_of_case(
        {"proceedings": [proceeding], "documents": [specimen]}, on
    )
    findings = checked[0].documents[0].findings
    return not any(f.item == "authentication" and f.blocking for f in findings)


@cache
def _data() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    names = json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))
    forums = json.loads(resource_path("demo", "forums.json").read_text(encoding="utf-8"))
    return names["groups"], forums


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(day: date, rng: random.Random) -> str:
    moment = datetime.combine(day, time(8), UTC) + timedelta(minutes=rng.randrange(600))
    return moment.isoformat().replace("+00:00", "Z")


def _fill(pattern: str, rng: random.Random, year: int) -> str:
    text = pattern.replace("{y4}", str(year)).replace("{y2}", f"{year % 100:02d}")
    text = text.replace("{r}", str(rng.randrange(1, 40)))
    for width in (9, 5, 4, 3, 2):
        while f"{{n{width}}}" in text:
            text = text.replace(f"{{n{width}}}", str(rng.randrange(10**width)).zfill(width), 1)
    return text


# Specimen scans: a handful of tiny, valid PDF files shared by content (deduplicated).
def _specimen_pdf(index: int) -> bytes:
    label = f"SPECIMEN {index + 1} - FICTIONAL DEMO DOCUMENT - NOT A REAL RECORD"
    stream = f"BT /F1 14 Tf 60 760 Td ({label}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@cache
def specimens() -> list[dict[str, Any]]:
    """The attachment records of the specimen scans."""
    found = []
    for index in range(6):
        data = _specimen_pdf(index)
        found.append(
            {
                "sha256": hashlib.sha256(data).hexdigest(),
                "media_type": "application/pdf",
                "size": len(data),
                "data": base64.b64encode(data).decode("ascii"),
                "created_at": "2024-01-01T00:00:00Z",
            }
        )
    return found


TEAM_PLAN = [
    ("Hannah Okafor", ["lawyer"], ["en", "fr"]),
    ("Lucía Ferrer", ["lawyer"], ["es", "en"]),
    ("Jonas Weber", ["lawyer"], ["de", "en"]),
    ("Claire Dubois", ["lawyer", "guardian_ad_litem"], ["fr", "en"]),
    ("Marco Bianchi", ["guardian_ad_litem"], ["it", "en"]),
    ("Amina Yusuf", ["caseworker"], ["so", "en", "ar"]),
    ("Oksana Kovalenko", ["caseworker", "interpreter"], ["uk", "en"]),
    ("Samuel Bekele", ["interpreter"], ["ti", "am", "en"]),
    ("Nadia Haddad", ["interpreter"], ["ar", "fr", "en"]),
    ("Farid Noori", ["interpreter"], ["prs", "ps", "en"]),
    ("Piotr Zielinski", ["clerk"], ["pl", "en"]),
    ("Eleni Papadopoulou", ["clerk", "caseworker"], ["el", "en"]),
    # Added last, so that the members above keep their ids for a seed. With them every
    # child's language is spoken by an interpreter and by a caseworker of the team.
    ("Zahra Rahimi", ["caseworker"], ["prs", "ps", "en"]),
    ("Hodan Abdi", ["interpreter"], ["so", "ar", "en"]),
    ("Mateo Rojas", ["interpreter", "caseworker"], ["es", "en"]),
    ("Yonas Tesfay", ["caseworker"], ["ti", "am", "en"]),
    ("Karim Mansour", ["caseworker", "interpreter"], ["ar", "fr", "en"]),
]


def team(seed: int, as_of: date) -> list[dict[str, Any]]:
    """The fictional team the demo cases are assigned to."""
    rng = random.Random(f"{seed}:team")
    members = []
    for name, roles, languages in TEAM_PLAN:
        stamp = _stamp(as_of - timedelta(days=900), rng)
        local = name.lower().split()[0]
        members.append(
            {
                "id": _uid(rng),
                "full_name": name,
                "roles": roles,
                "languages": languages,
                "email": f"{local}@demo.guardian-desk.invalid",
                "phone": None,
                "active": True,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return members


@dataclass
class _Case:
    """Builds one demo case from its own random stream."""

    rng: random.Random
    seed: int
    number: int
    as_of: date
    team: list[dict[str, Any]]

    def id(self) -> str:
        # Random UUIDs whose first 48 bits are the seed and the case number: the rows of one
        # case sit together in every index, which makes bulk inserts local (many times faster
        # at 100 000 cases than fully random ids).
        prefix = (self.seed & 0xFFFF) << 112 | (self.number & 0xFFFFFFFF) << 80
        return str(uuid.UUID(int=prefix | self.rng.getrandbits(80), version=4))

    def row(self, **fields: Any) -> dict[str, Any]:
        stamp = _stamp(self.as_of - timedelta(days=self.rng.randrange(30, 700)), self.rng)
        return {"id": self.id(), **fields, "created_at": stamp, "updated_at": stamp}

    def day(self, low: int, high: int) -> date:
        return self.as_of + timedelta(days=self.rng.randrange(low, high))

    def member(self, role: str) -> dict[str, Any]:
        return self.rng.choice([t for t in self.team if role in t["roles"]])

    def _in_turn(self, role: str, language: str | None = None) -> str | None:
        """A member of ``role`` taken in turn (not drawn), among those who speak
        ``language`` when any does."""
        found = [t["id"] for t in self.team if role in t["roles"]]
        speaking = [t["id"] for t in self.team if role in t["roles"] and language in t["languages"]]
        found = speaking or found
        return found[self.number % len(found)] if found else None

    def interpreter_for(self, language: str) -> dict[str, Any] | None:
        found = [t for t in self.team if "interpreter" in t["roles"] and language in t["languages"]]
        return self.rng.choice(found) if found else None

    @property
    def court_ready(self) -> bool:
        """Ready before every forum."""
        return self.number % READY_EVERY == 1

    @property
    def ready_at_home(self) -> bool:
        """Ready before the forums of the home jurisdiction only."""
        return self.number % READY_EVERY == 2

    def business_day(self, low: int, high: int, jurisdiction: str) -> date:
        """A day drawn between ``low`` and ``high`` days from the demo's day, moved to the
        first business day of ``jurisdiction`` from there."""
        return _business_day(self.day(low, high), jurisdiction)

    def refused_return(self, home: dict[str, Any], lawyer: dict[str, Any]) -> dict[str, Any]:
        """A proceeding for the child's return before a court of ``home`` (a member state),
        which refused it a few weeks ago on Hague 1980 Art. 13(1)(b) (and, for some, 13(2):
        the child objects) and issued the Art. 29 certificate the same day: the three months
        of Brussels IIb Art. 29 run from the notification, each day on a business day of the
        forum."""
        rng = self.rng
        where = home["code"]
        forum = home.get("child_return") or home["guardianship"]
        opened = self.business_day(-200, -120, where)
        decided = self.business_day(-45, -20, where)
        notified = _business_day(decided + timedelta(days=rng.randrange(1, 6)), where)
        grounds = ["art_13_1_b"] + (["art_13_2"] if rng.random() < 0.5 else [])
        proceeding = self.row(
            kind="child_return",
            jurisdiction=where,
            forum_name=forum["name"],
            forum_kind=forum["kind"],
            reference=_fill(home["docket"], rng, opened.year),
            stage="Return refused",
            status="active",
            assigned_lawyer_id=lawyer["id"],
            opened_on=opened.isoformat(),
            closed_on=None,
            appeal_of_id=None,
        )
        proceeding["hearings"] = []
        proceeding["decisions"] = [
            self.row(
                decided_on=decided.isoformat(),
                notified_on=notified.isoformat(),
                outcome="return_refused",
                decided_by=forum["name"],
                summary=None,
                return_refusal_grounds=grounds,
                art29_certificate_issued_on=decided.isoformat(),
                art29_certificate_issued_by=forum["name"],
            )
        ]
        return proceeding

    def placement_request(
        self, home: dict[str, Any], places: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """A request, sent by ``home`` (a member state), for another member state's consent to the
        child's placement there (Brussels IIb Art. 82), received a few weeks ago and still
        pending: the three months for its decision run from the receipt."""
        rng = self.rng
        asking = home["code"][:2]
        asked = rng.choice(sorted({p["code"][:2] for p in places} & EU - {asking}))
        sent = self.business_day(-50, -25, home["code"])
        received = _business_day(sent + timedelta(days=rng.randrange(3, 9)), asked)
        return self.row(
            requesting_state=asking,
            requested_state=asked,
            placement_kind=rng.choice(["relative", "foster_family"]),
            planned_placement=rng.choice(
                ["With the child's maternal aunt", "Foster family near the child's uncle"]
            ),
            sent_on=sent.isoformat(),
            received_on=received.isoformat(),
            consent="pending",
            decided_on=None,
            central_authority_reference=f"CA-{asked}-{received.year}-{rng.randrange(100, 999)}",
            notes=None,
        )

    def siblings(self) -> random.Random | None:
        """The random stream of the family this case shares with its sibling's case, or
        None: both cases draw the family from it in the same order, so it is the same."""
        first = self.number - self.number % SIBLINGS_EVERY
        if first and self.number - first < 2:
            return random.Random(f"{self.seed}:family:{first}")
        return None

    def build(self) -> dict[str, Any]:
        groups, forums = _data()
        rng = self.rng
        group = rng.choice(groups)
        sex = rng.choice(["female", "male"])
        given = rng.choice(group["given_female" if sex == "female" else "given_male"])
        family = rng.choice(group["family"])
        places = forums["jurisdictions"]
        home = rng.choice(places)
        other = rng.choice([p for p in places if p["code"][:2] != home["code"][:2]])
        shared = self.siblings()
        if shared is not None:  # one family, before the same court
            group = shared.choice(groups)
            given = rng.choice(group["given_female" if sex == "female" else "given_male"])
            family = shared.choice(group["family"])
            home = shared.choice(places)
            other = shared.choice([p for p in places if p["code"][:2] != home["code"][:2]])
        age = rng.randrange(3, 18)
        case_id = self.id()
        child = self.child(group, sex, given, family, age, home)
        if shared is not None:
            child.update(nationalities=[shared.choice(group["countries"])], stateless=False)
        lawyer = self.member("lawyer")
        opened = self.as_of - timedelta(days=rng.randrange(20, 600))
        case: dict[str, Any] = self.row(
            reference=f"DEMO-{self.seed}-{self.number:06d}",
            status="open" if rng.random() < 0.9 else "closed",
            opened_on=opened.isoformat(),
            closed_on=None,
            home_jurisdiction=home["code"],
            lead_lawyer_id=lawyer["id"],
            # Taken in turn, not drawn; one who speaks the child's language when there is one.
            caseworker_id=self._in_turn("caseworker", group["language"]),
        )
        case["id"] = case_id
        if case["status"] == "closed":
            case["closed_on"] = (opened + timedelta(days=rng.randrange(10, 200))).isoformat()
        case["child"] = child
        case["family_members"] = self.family(group, family, shared or rng)
        case["guardian_appointments"] = self.guardians(home)
        case["proceedings"] = self.proceedings(home, other, lawyer, child["interpreter_language"])
        # Before a member state's court: at home, else abroad (every demo forum outside the
        # United States is in the EU, and "other" is in another country than home).
        member = home if home["code"][:2] in EU else other
        case["placement_requests"] = []
        drawn, self.rng = self.rng, random.Random(f"{self.seed}:{self.number}:cross-border")
        try:  # from a stream of their own: what the case draws next stays as it was
            if self.number % CROSS_BORDER_EVERY == RETURN_REFUSED:
                case["proceedings"].append(self.refused_return(member, lawyer))
            if self.number % CROSS_BORDER_EVERY == PLACEMENT_REQUESTED:
                case["placement_requests"].append(self.placement_request(member, places))
        finally:
            self.rng = drawn
        country = (child["nationalities"] or [group["countries"][0]])[0]
        case["documents"] = self.documents(
            country, group["language"], home, other, case["family_members"], shared
        )
        if self.court_ready or self.ready_at_home:
            ready_in = sorted({p["jurisdiction"] for p in case["proceedings"]})
            if self.ready_at_home:
                ready_in = [home["code"]]
            self.complete_documents(case, places, ready_in)
        case["deadlines"] = self.deadlines(case)
        case["consents"] = self.consents()
        case["risk_flags"] = self.risks()
        case["notes"] = self.notes(group["language"], forums["childs_views"])
        # The consents' renewal tasks, with ids and times from their consent's (no draw: the
        # rest of the demo stays as the seed made it).
        consents = {c["id"]: c for c in case["consents"]}
        for task in consent_tasks(case):
            consent = consents[task["rule_id"].rsplit(":", 1)[1]]
            task.update(
                id=str(uuid.uuid5(uuid.UUID(consent["id"]), "renewal")),
                created_at=consent["created_at"],
                updated_at=consent["updated_at"],
            )
            case["deadlines"].append(task)
        drawn, self.rng = self.rng, random.Random(f"{self.seed}:{self.number}:care")
        try:  # a stream of their own, as above: the rest of the demo stays as it was
            self.care(case)
        finally:
            self.rng = drawn
        return case

    def care(self, case: dict[str, Any]) -> None:
        """Services, a care plan, tracing requests, the dates of separation, and for some
        children a screening for trafficking risk (a clear concern, every
        :data:`SCREENED_EVERY` cases, has its best-interests assessment held but one in
        :data:`PAUSED_EVERY`); then the tasks they set, with ids and times of their own."""
        rng = self.rng
        opened = date.fromisoformat(case["opened_on"])
        for member in case["family_members"]:
            if member["tracing_status"] in ("tracing", "located", "not_started"):
                member["separated_on"] = (
                    opened - timedelta(days=rng.randrange(60, 900))
                ).isoformat()
        case["tracing_requests"] = [
            self.row(
                family_member_id=member["id"],
                requested_on=self.day(-200, -10).isoformat(),
                agency=rng.choice(TRACING_AGENCIES),
                agency_reference=f"RFL-{rng.randrange(10_000, 99_999)}",
                status="open",
                follow_up_on=self.day(-10, 60).isoformat(),
                closed_on=None,
                notes=None,
            )
            for member in case["family_members"]
            if member["tracing_status"] == "tracing" and rng.random() < 0.6
        ]
        services = []
        for kind, provider in rng.sample(DEMO_SERVICES, rng.randrange(0, 4)):
            referred = max(opened, self.day(-300, -20))
            status = rng.choice(["referred", "accepted", "ongoing", "ongoing", "completed"])
            started = referred + timedelta(days=rng.randrange(3, 40))
            school = kind == "education"
            services.append(
                self.row(
                    kind=kind,
                    provider=provider,
                    contact=None,
                    status=status,
                    referred_on=referred.isoformat(),
                    started_on=started.isoformat() if status != "referred" else None,
                    ended_on=None,
                    follow_up_on=None if status == "completed" else self.day(-6, 45).isoformat(),
                    followed_up_on=None,
                    responsible_id=None,
                    enrolled_on=started.isoformat() if school and status != "referred" else None,
                    grade=rng.choice(["Year 6", "Year 8", "Welcome class"]) if school else None,
                    earlier_studies=rng.choice(["requested", "recognised", "not_requested"])
                    if school
                    else None,
                    outcome=None,
                    notes=None,
                )
            )
        case["care_services"] = services
        case["care_goals"] = [
            self.row(
                area=area,
                goal=goal,
                set_on=opened.isoformat(),
                review_on=self.day(-5, 90).isoformat(),
                reviewed_on=None,
                status="open",
                responsible_id=None,
                notes=None,
            )
            for area, goal in rng.sample(DEMO_GOALS, rng.randrange(0, 3))
        ]
        case["screenings"], case["best_interests"] = [], []
        if self.number % SCREENED_EVERY in (1, 2):
            self.screening(case, clear=self.number % SCREENED_EVERY == 1)
        wanted = protection.protection_tasks(case) + protection.care_tasks(case)
        for task in wanted:
            stamp = _stamp(self.as_of - timedelta(days=1), rng)
            task.update(
                id=str(uuid.uuid5(uuid.UUID(case["id"]), task["rule_id"])),
                created_at=stamp,
                updated_at=stamp,
            )
            due = date.fromisoformat(task["due_on"])
            # A screening's tasks of a month ago were done, most of them on time.
            if task["rule_id"].startswith(protection.PREFIX) and due < self.as_of - timedelta(
                days=3
            ):
                late = timedelta(days=rng.choice([0, 0, 0, 1, 2]))
                task.update(status="done", completed_on=(due + late).isoformat())
            case["deadlines"].append(task)

    def screening(self, case: dict[str, Any], *, clear: bool) -> None:
        """A screening a month ago: a clear concern (one strong indicator) with its
        best-interests assessment held since, but one in :data:`PAUSED_EVERY`; else a
        possible one (one medium indicator)."""
        rng = self.rng
        tool = protection.instrument()
        strength = "strong" if clear else "medium"
        said = rng.choice([i.id for i in tool.indicators if i.strength == strength])
        day = self.as_of - timedelta(days=rng.randrange(20, 40))
        record = protection.new_screening(
            case,
            {said: {"answer": "yes", "evidence": "Said in the interview, with the interpreter."}},
            day,
            screened_by_id=case["caseworker_id"],
            language=case["child"].get("interpreter_language"),
        )
        made = ("id", "created_at", "updated_at", "version")
        for part in (record, *record["answers"]):
            part.update(self.row(), **{k: v for k, v in part.items() if k not in made})
        case["screenings"].append(record)
        if clear and self.number % PAUSED_EVERY != 1:
            held = day + timedelta(days=rng.randrange(3, 12))
            case["best_interests"].append(
                self.row(
                    kind="assessment",
                    held_on=held.isoformat(),
                    participants="The guardian ad litem, the caseworker, the child with an "
                    "interpreter",
                    childs_views="I want to stay at school here and be safe.",
                    options="Stay in the current placement with a safety plan; a specialised "
                    "shelter.",
                    recommendation="Stay in the current placement with a safety plan.",
                    decision=None,
                    decided_on=None,
                    review_on=(held + timedelta(days=90)).isoformat(),
                )
            )

    def child(
        self,
        group: dict[str, Any],
        sex: str,
        given: dict[str, Any],
        family: dict[str, Any],
        age: int,
        home: dict[str, Any],
    ) -> dict[str, Any]:
        rng = self.rng
        born = self.as_of - timedelta(days=age * 365 + rng.randrange(365))
        certainty = rng.choices(
            ["documented", "declared", "estimated", "age_assessed"], [35, 20, 30, 15]
        )[0]
        month: int | None = born.month
        day: int | None = born.day
        if certainty == "estimated":
            day = None
            month = born.month if rng.random() < 0.5 else None
        stateless = rng.random() < 0.04
        arrival = self.as_of - timedelta(days=rng.randrange(30, 900))
        variants = [v for v in given["variants"] + family["variants"] if v]
        aliases = []
        for name in rng.sample(variants, min(len(variants), rng.randrange(1, 3))):
            aliases.append(
                self.row(
                    name=name,
                    script="Latn",
                    source=rng.choice(["passport", "asylum registration", "school record"]),
                )
            )
        assessments = []
        if certainty == "age_assessed":
            assessed_on = arrival + timedelta(days=rng.randrange(5, 60))
            low = max(0, age - 1)
            assessments.append(
                self.row(
                    assessed_on=min(assessed_on, self.as_of).isoformat(),
                    assessor=rng.choice(["Youth welfare office", "Regional health authority"]),
                    method=rng.choice(["holistic_interview", "dental_xray", "wrist_xray"]),
                    min_age=low,
                    max_age=low + rng.randrange(1, 4),
                    conclusion="Assessment found the child's stated age to be plausible.",
                )
            )
        kinds = ["shelter", "foster_family", "relative", "independent"]
        first_place = self.row(
            kind=rng.choice(kinds[:2]),
            provider=rng.choice(["St. Brigid Children's Home", "Haven House", "Casa Esperanza"]),
            address=f"{rng.randrange(1, 200)} Harbour Street",
            jurisdiction=home["code"],
            started_on=arrival.isoformat(),
            ended_on=None,
        )
        placements = [first_place]
        if rng.random() < 0.5:
            moved = arrival + timedelta(days=rng.randrange(1, 25))
            first_place["ended_on"] = moved.isoformat()
            placements.append(
                self.row(
                    kind=rng.choice(kinds),
                    provider=rng.choice(["Foster family (placement agency)", "Maternal uncle"]),
                    address=f"{rng.randrange(1, 90)} Linden Avenue",
                    jurisdiction=home["code"],
                    started_on=moved.isoformat(),
                    ended_on=None,
                )
            )
        history = [
            self.row(
                status=rng.choice(["unaccompanied", "unaccompanied", "separated"]),
                effective_on=arrival.isoformat(),
                decided_by="Border reception authority",
                reason=None,
            )
        ]
        if rng.random() < 0.15:
            history.append(
                self.row(
                    status="accompanied",
                    effective_on=(arrival + timedelta(days=rng.randrange(30, 200))).isoformat(),
                    decided_by="Family court",
                    reason="Reunified with a relative who holds parental responsibility.",
                )
            )
        latin_script = group["script"] == "Latn"
        row = self.row(
            given_names=given["latin"],
            family_name=family["latin"],
            given_names_native=given["native"],
            family_name_native=family["native"],
            native_script=group["script"],
            sex=sex,
            dob_certainty=certainty,
            dob_year=born.year,
            dob_month=month,
            dob_day=day,
            birth_place=None,
            nationalities=[] if stateless else [rng.choice(group["countries"])],
            stateless=stateless,
            languages=[group["language"]] + (["en"] if rng.random() < 0.3 else []),
            interpreter_language=None if latin_script and rng.random() < 0.5 else group["language"],
            school_name=rng.choice([None, "Riverside Community School", "Lycée Jean Moulin"]),
            school_grade=None,
            last_arrival_on=arrival.isoformat(),
            last_arrival_country=home["code"][:2],
            married=False,
        )
        row.update(
            aliases=aliases,
            age_assessments=assessments,
            placements=placements,
            status_history=history,
        )
        return row

    def family(
        self, group: dict[str, Any], family: dict[str, Any], rng: random.Random
    ) -> list[dict[str, Any]]:
        """The child's relatives, drawn from ``rng`` (a sibling's case draws the same)."""
        members = []
        for relation in rng.sample(
            ["mother", "father", "sibling", "aunt_uncle"], rng.randrange(1, 4)
        ):
            pool = group["given_female" if relation == "mother" else "given_male"]
            given = rng.choice(pool)
            status = rng.choice(
                ["not_started", "tracing", "located", "deceased", "not_to_be_contacted"]
            )
            members.append(
                self.row(
                    relationship_to_child=relation,
                    full_name=f"{given['latin']} {family['latin']}",
                    full_name_native=f"{given['native']} {family['native']}",
                    whereabouts=None
                    if status in ("not_started", "tracing")
                    else "Known to the team",
                    whereabouts_country=rng.choice(group["countries"]),
                    contact=None,
                    tracing_status=status,
                    safe_to_contact=None
                    if status in ("not_started", "tracing", "deceased")
                    else status == "located",
                    safety_note="Suspected of arranging the journey; do not contact."
                    if status == "not_to_be_contacted"
                    else None,
                )
            )
        return members

    def guardians(self, home: dict[str, Any]) -> list[dict[str, Any]]:
        rng = self.rng
        gal = self.member("guardian_ad_litem")
        start = self.day(-500, -10)
        found = [
            self.row(
                guardian_type="guardian_ad_litem",
                guardian_name=gal["full_name"],
                team_member_id=gal["id"],
                appointing_authority=home["guardianship"]["name"],
                jurisdiction=home["code"],
                order_reference=_fill(home["docket"], rng, start.year),
                powers=["legal_representation"],
                started_on=start.isoformat(),
                ended_on=None,
            )
        ]
        if rng.random() < 0.6:
            found.append(
                self.row(
                    guardian_type=rng.choice(["legal_guardian", "temporary_custodian"]),
                    guardian_name=rng.choice(["Youth Welfare Office", "Margaret Ellison"]),
                    team_member_id=None,
                    appointing_authority=home["guardianship"]["name"],
                    jurisdiction=home["code"],
                    order_reference=_fill(home["docket"], rng, start.year),
                    powers=sorted(rng.sample(["education", "health", "travel", "property"], 2)),
                    started_on=(start + timedelta(days=rng.randrange(1, 60))).isoformat(),
                    ended_on=None,
                )
            )
        return found

    def hearings(
        self, place: dict[str, Any], forum: str, language: str | None
    ) -> list[dict[str, Any]]:
        """One to three hearings, each on a business day of the forum (no weekend, no public
        holiday of its jurisdiction) at a court hour of its own time zone."""
        rng = self.rng
        zone = ZoneInfo(place["time_zone"])
        found: list[dict[str, Any]] = []
        day = self.day(-300, 40)
        for _ in range(rng.randrange(1, 4)):
            day = _business_day(day, place["code"])
            hour = time(rng.choice(COURT_HOURS), rng.choice([0, 30]))
            starts = datetime.combine(day, hour).replace(tzinfo=zone).astimezone(UTC)
            interpreter = self.interpreter_for(language) if language else None
            past = day < self.as_of
            outcome = rng.choice(["held", "adjourned", "decided"]) if past else "scheduled"
            found.append(
                self.row(
                    starts_at=starts.isoformat().replace("+00:00", "Z"),
                    time_zone=place["time_zone"],
                    duration_minutes=rng.choice([30, 60, 90, 120]),
                    hearing_type=rng.choice(["Initial hearing", "Merits hearing", "Status review"]),
                    forum=None,  # the proceeding's forum
                    room=_fill(place["room"], rng, day.year),
                    judge=rng.choice(["Judge R. Alvarez", "Judge M. Okoye", "Judge S. Lindqvist"]),
                    remote_link=None,
                    interpreter_language=language,
                    interpreter_id=interpreter["id"] if interpreter else None,
                    interpreter_name=interpreter["full_name"] if interpreter else None,
                    outcome=outcome,
                    adjournment_reason=rng.choice(ADJOURNMENT_REASONS)
                    if outcome == "adjourned"
                    else None,
                    next_hearing_id=None,
                )
            )
            day = day + timedelta(days=rng.randrange(20, 120))
        for before, after in itertools.pairwise(found):
            if before["outcome"] == "adjourned":
                before["next_hearing_id"] = after["id"]
        return found

    def proceedings(
        self,
        home: dict[str, Any],
        other: dict[str, Any],
        lawyer: dict[str, Any],
        language: str | None,
    ) -> list[dict[str, Any]]:
        """``language``: the interpreter's the child needs (None: no interpreter booked)."""
        rng = self.rng
        plan = [("guardianship", home), ("asylum", home)]
        if home["code"].startswith("US") and rng.random() < 0.6:
            plan.append(("sijs", home))
        # Every demo child has proceedings in at least two jurisdictions.
        plan.append((rng.choice(["recognition", "family_reunification"]), other))
        found = []
        for kind, place in plan:
            forum = place.get(kind) or place["guardianship"]
            opened = self.day(-600, -20)
            proceeding = self.row(
                kind=kind,
                jurisdiction=place["code"],
                forum_name=forum["name"],
                forum_kind=forum["kind"],
                reference=_fill(place["docket"], rng, opened.year),
                stage=rng.choice(["Filed", "Evidence", "Awaiting hearing", "Decision pending"]),
                status="active",
                assigned_lawyer_id=lawyer["id"],
                opened_on=opened.isoformat(),
                closed_on=None,
                appeal_of_id=None,
            )
            proceeding["hearings"] = self.hearings(place, forum["name"], language)
            proceeding["decisions"] = []
            if any(h["outcome"] == "decided" for h in proceeding["hearings"]):
                decided = self.day(-200, -5)
                proceeding["decisions"].append(
                    self.row(
                        decided_on=decided.isoformat(),
                        notified_on=(decided + timedelta(days=rng.randrange(1, 10))).isoformat(),
                        outcome=rng.choice(["granted", "refused", "partially_granted"]),
                        decided_by=forum["name"],
                        summary=None,
                    )
                )
            found.append(proceeding)
        return found

    def deadlines(self, case: dict[str, Any]) -> list[dict[str, Any]]:
        """A manual deadline or two, and those the rules give for the case's facts."""
        rng = self.rng
        manual = []
        for proceeding in rng.sample(case["proceedings"], min(1, len(case["proceedings"]))):
            due = self.day(-20, 90)
            manual.append(
                self.row(
                    proceeding_id=proceeding["id"],
                    hearing_id=None,
                    document_id=None,
                    placement_id=None,
                    title=rng.choice(
                        [
                            "Submit written statement of the child",
                            "Send the guardian's report to the court",
                            "Ask the school for an attendance record",
                        ]
                    ),
                    task=False,
                    due_on=due.isoformat(),
                    due_latest_on=None,
                    source="manual",
                    rule_id=None,
                    citation=None,
                    explanation=None,
                    status="open",
                    status_reason=None,
                    completed_on=None,
                )
            )
        found = []
        for deadline in reconcile({**case, "deadlines": manual}):
            if deadline["source"] == "rule":  # ids and times from the seed, as every row's
                deadline = {**deadline, **self.row()}
            due = date.fromisoformat(deadline["due_on"])
            # What is long past was done; a few of the last two weeks' are overdue.
            recent = due >= self.as_of - timedelta(days=14)
            if due < self.as_of and rng.random() < (0.6 if recent else 0.99):
                deadline["status"] = "done"
                deadline["completed_on"] = (due - timedelta(days=rng.randrange(0, 5))).isoformat()
            found.append(deadline)
        return found

    def documents(
        self,
        country: str,
        language: str,
        home: dict[str, Any],
        other: dict[str, Any],
        family: list[dict[str, Any]],
        shared: random.Random | None,
    ) -> list[dict[str, Any]]:
        """The civil documents: the child's, a parent's death certificate, an order of the
        home court; siblings' cases record the family's documents both (``shared``)."""
        rng = self.rng
        plan = ["birth_certificate", rng.choice(["passport", "national_id", "school_record"])]
        deceased = [f for f in family if f["tracing_status"] == "deceased"]
        if deceased:
            plan.append("death_certificate")
        if rng.random() < 0.3:
            plan.append("guardianship_order")
        if shared is not None:
            plan.append("family_register_extract")
        found = []
        for position, kind in enumerate(plan):
            issuing = home["code"][:2] if kind == "guardianship_order" else country
            # A court-ready case's documents were obtained lately: none has expired.
            recent = self.court_ready or self.ready_at_home
            issued = self.day(-700, -30) if recent else self.day(-3000, -30)
            expires = (
                issued + timedelta(days=365 * 5) if kind in ("passport", "national_id") else None
            )
            authority = rng.choice(
                ["Civil Registry Office", "Ministry of Interior", "Municipal Registrar"]
            )
            number = f"{rng.choice('ABCKMNPRT')}{rng.randrange(10**7):07d}"
            if shared is not None and kind in ("death_certificate", "family_register_extract"):
                # The same document in both siblings' cases; the second sometimes typed with
                # spaces and a dash, which the duplicate finder sees through.
                issued = self.as_of + timedelta(days=shared.randrange(-120, -20))
                authority = shared.choice(["Civil Registry Office", "Municipal Registrar"])
                number = f"{shared.choice('ABCKMNPRT')}{shared.randrange(10**7):07d}"
                if self.number % SIBLINGS_EVERY and self.number // SIBLINGS_EVERY % 2:
                    number = f"{number[0]} {number[1:4]}-{number[4:]}"
            document = self.row(
                family_member_id=deceased[0]["id"] if kind == "death_certificate" else None,
                document_type=kind,
                title=None,
                issuing_country=issuing,
                issuing_authority=authority,
                number=number,
                issued_on=issued.isoformat(),
                expires_on=expires.isoformat() if expires else None,
                language=home["court_language"] if kind == "guardianship_order" else language,
                script=None,
                copy_kind=rng.choice(["original", "certified_copy", "plain_copy"]),
            )
            document["files"] = []
            if rng.random() < 0.25:
                blob = rng.choice(specimens())
                document["files"].append(
                    self.row(
                        attachment_id=blob["sha256"],
                        original_filename=f"scan-{position + 1}.pdf",
                        position=0,
                    )
                )
            document["authentication_steps"] = self.authentication(
                issuing, issued, rng.randrange(6)
            )
            document["translations"] = (
                []
                if document["language"] == home["court_language"]
                else self.translations(document["language"], home, issued)
            )
            document["recognitions"] = self.recognitions(home, other, kind)
            found.append(document)
        return found

    def complete_documents(
        self, case: dict[str, Any], places: list[dict[str, Any]], forums: list[str]
    ) -> None:
        """Give a case's documents what the ``forums`` (jurisdictions) require:
        a translation into the forum's language by a translator it accepts, an apostille (or,
        where that is not enough, a legalisation up to the consulate), an order's recognition.
        The readiness check itself says where an apostille is not enough."""
        courts = {p["code"]: p for p in places}
        for document in case["documents"]:
            issuing = document["issuing_country"]
            kind = document["document_type"]
            issued = date.fromisoformat(document["issued_on"])
            abroad = [j for j in forums if j[:2] != issuing]
            steps: list[dict[str, Any]] = []
            if abroad:
                state = next(
                    (
                        state
                        for state in (EU_EXEMPT, APOSTILLE)
                        if (state != EU_EXEMPT or issuing in EU)
                        and all(_enough(state, kind, issuing, j, self.as_of) for j in abroad)
                    ),
                    LEGALISED,
                )
                steps = self.authentication(issuing, issued, state)
            document["authentication_steps"] = steps
            document["translations"] = [
                self.translation(document["language"], courts[j], issued)
                for j in forums
                if courts[j]["court_language"] != document["language"]
            ]
            if kind == "guardianship_order":
                document["recognitions"] = [self.recognised(issuing, j, issued) for j in abroad]

    def translation(self, source: str, court: dict[str, Any], issued: date) -> dict[str, Any]:
        """A translation a forum accepts: sworn in its country, certified for a US forum."""
        rng = self.rng
        sworn = not court["code"].startswith("US")
        done = min(issued + timedelta(days=rng.randrange(10, 90)), self.as_of)
        return self.row(
            source_language=source,
            target_language=court["court_language"],
            translator_name=rng.choice(TRANSLATORS[court["court_language"]]),
            kind="sworn" if sworn else "certified",
            sworn_in_jurisdiction=court["code"] if sworn else None,
            translated_on=done.isoformat(),
            accepted_by=None,
            attachment_id=None,
        )

    def recognised(self, issuing: str, jurisdiction: str, issued: date) -> dict[str, Any]:
        """An order of ``issuing`` recognised in ``jurisdiction``, on the basis that applies."""
        rng = self.rng
        eu = issuing in EU and jurisdiction[:2] in EU
        if eu:
            basis = "Regulation (EU) 2019/1111 (Brussels IIb), Art. 30(1)"
        elif "US" in (issuing, jurisdiction[:2]):
            basis = f"Recognised under the law of {jurisdiction}"
        else:
            basis = "Hague 1996 Convention, Art. 23(1)"
        decided = min(issued + timedelta(days=rng.randrange(20, 120)), self.as_of)
        return self.row(
            jurisdiction=jurisdiction,
            status="recognised",
            legal_basis=basis,
            evidence=None,
            decided_on=decided.isoformat(),
            refusal_grounds=[],
            advance_recognition=False,
            certificate_kind="brussels_iib_art36" if eu else None,
            certificate_reference=f"A36-{rng.randrange(10**5):05d}" if eu else None,
        )

    def authentication(self, country: str, issued: date, state: int) -> list[dict[str, Any]]:
        rng = self.rng
        on = issued + timedelta(days=rng.randrange(5, 60))
        blank = {
            "performed_on": on.isoformat(),
            "country": country,
            "authority": "Ministry of Foreign Affairs",
            "reference": f"{rng.randrange(10**6):06d}",
            "signed_by": None,
            "acting_as": None,
            "seal_of": None,
            "place": None,
            "seal_present": None,
            "signature_present": None,
            "e_register_reference": None,
            "e_register_url": None,
            "attachment_id": None,
            "notes": None,
        }
        if state == 0:
            return []  # not yet authenticated
        if state == 1:
            return [
                self.row(
                    sequence=1,
                    kind="apostille",
                    **{
                        **blank,
                        "signed_by": "R. Haddad",
                        "acting_as": "Civil Registrar",
                        "seal_of": "Civil Registry Office",
                        "place": "Capital City",
                        "seal_present": True,
                        "signature_present": True,
                    },
                )
            ]
        if state == 2:
            blob = rng.choice(specimens())
            return [
                self.row(
                    sequence=1,
                    kind="e_apostille",
                    **{
                        **blank,
                        "e_register_reference": f"EAPP-{rng.randrange(10**8):08d}",
                        "e_register_url": "https://e-register.demo.guardian-desk.invalid/verify",
                        "attachment_id": blob["sha256"],
                    },
                )
            ]
        if state == 3:
            return [
                self.row(sequence=n, kind=k, **{**blank, "authority": a})
                for n, (k, a) in enumerate(
                    [
                        ("legalisation_notary", "Notary public"),
                        ("legalisation_ministry", "Ministry of Foreign Affairs"),
                        ("legalisation_consulate", "Consulate"),
                    ],
                    start=1,
                )
            ]
        if state == 4 and country in EU:
            return [
                self.row(sequence=1, kind="eu_2016_1191_exemption", **blank),
                self.row(sequence=2, kind="multilingual_standard_form", **blank),
            ]
        return [
            self.row(sequence=1, kind="notarised_copy", **{**blank, "authority": "Notary public"})
        ]

    def translations(self, source: str, home: dict[str, Any], issued: date) -> list[dict[str, Any]]:
        """Perhaps a translation into the home court's language, not always of the kind it
        accepts."""
        rng = self.rng
        if rng.random() < 0.4:
            return []
        return [
            self.row(
                source_language=source,
                target_language=home["court_language"],
                translator_name=rng.choice(
                    ["Sworn translator K. Meyer", "Certified translator A. Diaz"]
                ),
                kind=rng.choice(["sworn", "certified", "plain"]),
                sworn_in_jurisdiction=home["code"],
                translated_on=(issued + timedelta(days=rng.randrange(30, 400))).isoformat(),
                accepted_by=None,
                attachment_id=None,
            )
        ]

    def recognitions(
        self, home: dict[str, Any], other: dict[str, Any], kind: str
    ) -> list[dict[str, Any]]:
        rng = self.rng
        status = rng.choice(["recognised", "pending", "refused", "not_required"])
        row = self.row(
            jurisdiction=other["code"] if kind == "guardianship_order" else home["code"],
            status=status,
            legal_basis="Hague 1996 Convention, Art. 23(1)"
            if kind == "guardianship_order"
            else None,
            evidence=None,
            decided_on=None if status == "pending" else self.day(-200, -1).isoformat(),
            refusal_grounds=["art23_2_b"]
            if status == "refused" and kind == "guardianship_order"
            else [],
            advance_recognition=kind == "guardianship_order" and rng.random() < 0.3,
            certificate_kind=None,
            certificate_reference=None,
        )
        return [row] if rng.random() < 0.7 else []

    def consents(self) -> list[dict[str, Any]]:
        """One or two consents, each naming the sections it covers."""
        rng = self.rng
        given = self.day(-300, -5)
        return [
            self.row(
                purpose=purpose,
                recipient=recipient,
                recipient_kind=None,
                basis="consent",
                given_by="The child, with the guardian ad litem",
                giver="child",
                child_age=None,
                capacity=None,
                given_on=given.isoformat(),
                expires_on=(given + timedelta(days=365)).isoformat(),
                withdrawn_on=None,
                legal_basis=None,
                sections=list(_CONSENT_SECTIONS[purpose]),
                notes=None,
            )
            for purpose, recipient in rng.sample(
                [
                    ("services", "Child and Adolescent Mental Health Service"),
                    ("disclosure", "Family tracing service of the Red Cross"),
                    ("reporting", "Anti-trafficking coordination unit"),
                ],
                rng.randrange(1, 3),
            )
        ]

    def risks(self) -> list[dict[str, Any]]:
        rng = self.rng
        if rng.random() < 0.65:
            return []
        flag = self.row(
            indicator=rng.choice(list(E.RiskIndicator)).value,
            level=rng.choice(["low", "medium", "high"]),
            raised_on=self.day(-200, -1).isoformat(),
            raised_by_id=self.member("caseworker")["id"],
            status="open",
            details="Raised at intake screening.",
        )
        flag["actions"] = [
            self.row(
                description="Refer to the anti-trafficking coordinator",
                owner_id=self.member("caseworker")["id"],
                due_on=self.day(-10, 30).isoformat(),
                done_on=None,
            )
        ]
        return [flag]

    def notes(self, language: str, views: dict[str, str]) -> list[dict[str, Any]]:
        rng = self.rng
        author = self.member("guardian_ad_litem")
        written = _stamp(self.day(-100, -1), rng)
        found = [
            self.row(
                kind="childs_views",
                author_id=author["id"],
                written_at=written,
                language=language,
                restricted=False,
                text=views[language],
            )
        ]
        if rng.random() < 0.5:
            found.append(
                self.row(
                    kind="general",
                    author_id=self.member("caseworker")["id"],
                    written_at=_stamp(self.day(-60, -1), rng),
                    language="en",
                    restricted=rng.random() < 0.3,
                    text="Met the child at the placement; school attendance is regular.",
                )
            )
        return found


def build_cases(seed: int, numbers: range, as_of: date) -> list[dict[str, Any]]:
    """Demo cases ``numbers`` (exchange format) for ``seed``; each depends only on its number."""
    _check_as_of(as_of)
    members = team(seed, as_of)
    return [_Case(random.Random(f"{seed}:{n}"), seed, n, as_of, members).build() for n in numbers]


def demo_document(cases: int, seed: int = 1, as_of: date | None = None) -> dict[str, Any]:
    """A whole exchange document of demo data.

    Raises:
        GuardianDeskError: ``as_of`` is outside :data:`FIRST_AS_OF`..:data:`LAST_AS_OF`.
    """
    day = _check_as_of(as_of or date.today())
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": "Guardian Desk demo data",
        "team": team(seed, day),
        "attachments": specimens(),
        "cases": build_cases(seed, range(1, cases + 1), day),
    }


def generate(
    db: Database,
    cases: int,
    seed: int = 1,
    as_of: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Add ``cases`` demo cases to the database in one transaction; returns how many.

    Raises:
        ConflictError: demo data of this seed is already in the database.
        GuardianDeskError: ``as_of`` is outside :data:`FIRST_AS_OF`..:data:`LAST_AS_OF`.
        Cancelled: ``progress`` said to stop; nothing was written.
    """
    day = _check_as_of(as_of or date.today())
    with db.reading() as session:
        first = f"DEMO-{seed}-{1:06d}"
        if repo.case_ids_by_reference(session, [first]):
            raise ConflictError(
                f"Demo data with seed {seed} is already in this database; choose another --seed."
            )
    members = team(seed, day)
    current = not calendar.rules_changed(db)  # the new cases' deadlines follow the rules
    with db.unit_of_work() as session:
        for start in range(1, cases + 1, CHUNK):
            numbers = range(start, min(start + CHUNK, cases + 1))
            batch = build_cases(seed, numbers, day)
            write_rows(session, members, specimens(), rows_for(batch))
            documents.write_file_checks(session, batch, day)
            report(progress, numbers[-1], cases)
        if current:
            repo.set_state_value(session, calendar.RULES_KEY, calendar.rules_fingerprint())
        audit.record(session, "demo cases added", detail={"cases": cases, "seed": seed})
    return cases


def next_free_seed(db: Database) -> int:
    """The smallest seed whose demo data is not in the database yet."""
    seed = 1
    with db.reading() as session:
        while repo.case_ids_by_reference(session, [f"DEMO-{seed}-{1:06d}"]):
            seed += 1
    return seed
