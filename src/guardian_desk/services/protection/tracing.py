"""Family tracing: the people recorded in other cases who may be a relative a child is looking
for.

For each family member of the case asked about, the other cases are searched for someone
alike: the *child* of another case (a brother or sister may be a separated child too) and
the *family members* recorded there (the same mother, recorded by the team that holds her
other child). What is compared is what Primero's tracing compares: names folded in both
scripts, the relationship and the ages where they are known, nationality, language, the
last known place and the date of separation. A case under a tracing pause of its own has
neither its child nor its family members proposed.

As duplicate candidates (``services/transfer/matching.py``), the work is done in two steps
so that it costs what a search costs:

1. **Blocking, in SQL.** Each name of the relative (Latin and native script), folded, gives
   key groups (:func:`guardian_desk.domain.names.key_groups`); the search index finds the
   cases whose family (column ``family`` of ``search_documents``) or child (``body``) holds
   one of them, ranked by how many groups they match, at most :data:`BLOCK_SIZE` of each.
2. **Scoring, in Python**, with ``rapidfuzz`` (:func:`guardian_desk.domain.names.name_similarity`),
   weighted by :data:`WEIGHTS`.

**Who is never proposed.** A relative who is not to be contacted (``safe_to_contact`` False,
tracing status "not to be contacted", or a safety note that names them a suspected
trafficker: :func:`not_to_be_contacted`) is neither looked for nor proposed when found in
another case. While the case asked about is under a tracing pause (a clear trafficking
concern open without a best-interests assessment), nothing is proposed and
:func:`tracing_refusal` says why.

**Scope.** Only cases within the signed-in person's record scope are searched
(``repositories.case_scope``), as search and duplicate candidates do; a role that may not
read the family section gets no matches, one that may not read the identity section no
children of other cases.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Select, case, column, func, literal, or_, select, table, text, union_all
from sqlalchemy.orm import Session

from guardian_desk.domain.dates import birth_range_of_tree, day_of
from guardian_desk.domain.names import folded_name, key_groups, name_similarity
from guardian_desk.domain.text import fold, script_of
from guardian_desk.errors import Message
from guardian_desk.services import audit
from guardian_desk.services.protection.screening import paused
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database

# --- tuning ----------------------------------------------------------------------------------

# At most this many cases of each kind (a family member, a child) are scored per relative.
BLOCK_SIZE = 200
# Each key group reads at most this many matches (a key as common as "moh" is bounded).
GROUP_CAP = 5000
# How much each part counts towards the score (they add up to 1).
WEIGHTS = {
    "names": 0.60,
    "relationship": 0.15,
    "nationality": 0.10,
    "language": 0.05,
    "place": 0.05,
    "separation": 0.05,
}
# Separations recorded this many days apart or fewer count as the same separation.
SEPARATION_DAYS = 90
# Names less alike than this (0-100) are not proposed, whatever else agrees.
NAME_FLOOR = 60.0
_NAME_ZERO = 50.0
# How much a script whose names are less alike takes off the best script's similarity.
DISAGREEMENT = 0.25  # name similarity below this counts nothing; 100 counts in full
# A parent is at least this many years older than the child, a grandparent this many; a
# brother or sister at most this many years apart.
PARENT_GAP = 12
GRANDPARENT_GAP = 28
SIBLING_GAP = 25

# Words of a safety note that mark the relative as a suspected trafficker or exploiter,
# folded (English, French, Spanish, German, Italian, Arabic, Persian): such a relative is
# never proposed, whatever ``safe_to_contact`` says.
TRAFFICKER_WORDS = (
    *("traffick", "trafic", "trafiq", "trata", "tratant", "menschenhandel", "smuggl"),
    *("exploit", "passeur", "schleuser", "اتجار", "مهرب", "قاچاق"),
)

# How far from the child each relationship stands: generations up (parents 1, grandparents
# 2, a brother or sister 0). A relationship with no generation (other) is not compared.
_GENERATION = {
    "mother": 1,
    "father": 1,
    "aunt_uncle": 1,
    "grandparent": 2,
    "sibling": 0,
    "cousin": 0,
    "spouse": 0,
}
_SEX = {"mother": "female", "father": "male"}
# The relationships as the window names them (context "Values", ui/records/labels.py).
_RELATIONSHIP_WORDS = {
    "mother": "Mother",
    "father": "Father",
    "sibling": "Sibling",
    "grandparent": "Grandparent",
    "aunt_uncle": "Aunt or uncle",
    "cousin": "Cousin",
    "spouse": "Spouse",
    "other_relative": "Other relative",
    "other": "Other",
}


def _relationship_word(code: str | None) -> Message:
    return Message("Values", _RELATIONSHIP_WORDS.get(code or "", "Other"))


def _m(template: str, **params: object) -> Message:
    """A reason the window says in its language (Qt Linguist context "Protection")."""
    return Message("Protection", template, **params)


# --- the answer -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RelativeMatch:
    """Someone recorded in another case who may be a relative of the case's child.

    ``family_member_id`` is the relative looked for, in the case asked about;
    ``other_member_id`` the family member of the other case found alike, or None when the
    match is the other case's child. ``score`` runs from 0 to 100; ``reasons`` say why, in
    short phrases that name no one.
    """

    family_member_id: str
    other_case_id: str
    other_reference: str
    other_member_id: str | None
    score: float
    reasons: tuple[str, ...]
    other: Seen | None = None  # what the review shows of them, beside the relative


@dataclass(frozen=True)
class Seen:
    """What a person reviewing a match sees of someone in another case, beside the relative
    recorded here: the fields compared."""

    name: str
    native_name: str
    relationship: str | None  # None: that case's child
    born: tuple[date, date] | None
    nationalities: tuple[str, ...]  # that case's child's
    languages: tuple[str, ...]  # that case's child's
    place: str
    country: str | None
    separated_on: date | None


def not_to_be_contacted(member: Mapping[str, Any]) -> bool:
    """Whether a family member must never be proposed as a contact: marked not safe to
    contact or a suspected trafficker, traced as "not to be contacted", or named a suspected
    trafficker in the safety note (:data:`TRAFFICKER_WORDS`, for what was written before the
    mark existed or without it)."""
    if member.get("safe_to_contact") is False or member.get("suspected_trafficker"):
        return True
    status = member.get("tracing_status")
    if getattr(status, "value", status) == "not_to_be_contacted":
        return True
    note = fold(member.get("safety_note") or "")
    return any(word in note for word in TRAFFICKER_WORDS)


def tracing_refusal(case: Mapping[str, Any]) -> Message | None:
    """Why no tracing matches are proposed for this case (a clear trafficking concern open
    without a best-interests assessment), or None when they are."""
    return paused(case, "tracing")


def relative_matches(
    session: Session, case: dict[str, Any], *, limit: int = 20
) -> list[RelativeMatch]:
    """The people of other cases most like the relatives of ``case``, most alike first.

    Args:
        session: the reading session; only cases in the signed-in person's record scope are
            looked at.
        case: the case asked about, an exchange-format tree (its ``child`` and
            ``family_members``, and its screenings for the tracing pause).
        limit: at most this many matches in all.

    Nothing is proposed while :func:`tracing_refusal` gives a reason; relatives who are
    :func:`not_to_be_contacted` are neither looked for nor proposed.
    """
    if limit <= 0 or tracing_refusal(case) is not None:
        return []
    person = repo.signed_in(session)
    if person is not None and not person.role.may_read("family"):
        return []
    with_children = person is None or person.role.may_read("identity")
    own_id = case.get("id") or ""
    child = _Child.of_tree(case.get("child") or {})
    found: list[RelativeMatch] = []
    for member in case.get("family_members") or []:
        if not isinstance(member, dict) or not_to_be_contacted(member):
            continue
        sought = _Person.of_member(member, case_id=own_id, reference="", child=child)
        groups = key_groups(f.text for f in sought.forms)
        if not groups:
            continue
        family_block = _block(session, "family", groups, own_id)
        for other in _family_members(session, family_block):
            scored = _score(sought, other)
            if scored is not None:
                found.append(scored)
        if with_children:
            child_block = _block(session, "body", groups, own_id)
            for other in _children(session, child_block):
                scored = _score(sought, other)
                if scored is not None:
                    found.append(scored)
    found.sort(key=lambda f: (-f.score, f.other_reference, f.other_member_id or ""))
    return found[:limit]


def family_matches(db: Database, case: dict[str, Any], *, limit: int = 20) -> list[RelativeMatch]:
    """:func:`relative_matches` for the case open in the window, recorded in the audit log:
    looking for a child's family reads the people of other cases. The entry names the case
    asked about and how many people of how many other cases were shown, never who."""
    with db.unit_of_work() as session:
        found = relative_matches(session, case, limit=limit)
        audit.record(
            session,
            "tracing matches viewed",
            case_id=case.get("id"),
            detail={"matches": len(found), "cases": len({f.other_case_id for f in found})},
        )
    return found


# --- who is compared ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Form:
    text: str  # folded
    script: str  # ISO 15924, "Zyyy" when unknown


@dataclass(frozen=True)
class _Child:
    """What a case's child brings to the comparison of its relatives."""

    birth: tuple[date, date] | None
    nationalities: frozenset[str]
    languages: frozenset[str]

    @classmethod
    def of_tree(cls, child: Mapping[str, Any]) -> _Child:
        return cls(
            birth=birth_range_of_tree(child),
            nationalities=frozenset(child.get("nationalities") or ()),
            languages=frozenset(child.get("languages") or ()),
        )


@dataclass(frozen=True)
class _Person:
    """A relative looked for, or someone of another case who may be them: ``member_id`` is
    None for another case's child, whose ``relationship`` is then None and ``birth`` known
    when recorded."""

    member_id: str | None
    case_id: str
    reference: str
    forms: tuple[_Form, ...]
    relationship: str | None
    place: str
    country: str | None
    birth: tuple[date, date] | None
    child: _Child
    seen: Seen | None = None
    separated: date | None = None

    @classmethod
    def of_member(
        cls, member: Mapping[str, Any], *, case_id: str, reference: str, child: _Child
    ) -> _Person:
        relationship = getattr(
            member.get("relationship_to_child"), "value", member.get("relationship_to_child")
        )
        separated = day_of(member.get("separated_on"))
        return cls(
            member_id=member.get("id"),
            case_id=case_id,
            reference=reference,
            forms=_forms((member.get("full_name"), member.get("full_name_native"))),
            relationship=relationship,
            place=folded_name(member.get("whereabouts")),
            country=member.get("whereabouts_country"),
            birth=None,
            child=child,
            seen=Seen(
                name=member.get("full_name") or "",
                native_name=member.get("full_name_native") or "",
                relationship=relationship,
                born=None,
                nationalities=tuple(sorted(child.nationalities)),
                languages=tuple(sorted(child.languages)),
                place=member.get("whereabouts") or "",
                country=member.get("whereabouts_country"),
                separated_on=separated,
            ),
            separated=separated,
        )


def _forms(written: Sequence[str | None]) -> tuple[_Form, ...]:
    found: list[_Form] = []
    for value in written:
        folded = folded_name(value)
        if folded and all(f.text != folded for f in found):
            found.append(_Form(folded, script_of(value or "") or "Zyyy"))
    return tuple(found)


# --- blocking in SQL ------------------------------------------------------------------------

_FTS = table("search_fts", column("rowid"))


def _block_query(column_name: str, groups: Sequence[frozenset[str]], dialect: str) -> Select[Any]:
    """(case id, groups matched) per case whose ``column_name`` of the search index holds a
    key of a group as a word's start."""
    if dialect == "sqlite":
        parts = []
        for number, keys in enumerate(groups):
            name = f"keys_{number}"
            query = "{" + column_name + "} : (" + " OR ".join(f'"{k}"*' for k in sorted(keys)) + ")"
            matches = (
                select(m.SearchDocument.case_id.label("case_id"))
                .select_from(_FTS)
                .join(m.SearchDocument, m.SearchDocument.rowid == _FTS.c.rowid)
                .where(text(f"search_fts MATCH :{name}").bindparams(**{name: query}))
                .limit(GROUP_CAP)
                .subquery()
            )
            parts.append(select(matches.c.case_id))
        matched = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
        return select(matched.c.case_id.label("case_id"), func.count().label("hits")).group_by(
            matched.c.case_id
        )
    # Other databases: LIKE on word starts (each column's text begins with a space).
    searched = getattr(m.SearchDocument, column_name)
    likes = [or_(*(searched.like(f"% {k}%") for k in sorted(keys))) for keys in groups]
    hits = sum((case((like, 1), else_=0) for like in likes), literal(0))
    return select(m.SearchDocument.case_id.label("case_id"), hits.label("hits")).where(or_(*likes))


def _block(
    session: Session, column_name: str, groups: Sequence[frozenset[str]], own_id: str
) -> list[str]:
    """The ids of the other cases to score, in the signed-in person's scope, those matching
    the most groups first, at most :data:`BLOCK_SIZE`."""
    ranked = _block_query(column_name, groups, session.get_bind().dialect.name).subquery()
    statement = select(ranked.c.case_id).where(ranked.c.case_id != own_id)
    scope = repo.case_scope(repo.signed_in(session), ranked.c.case_id)
    if scope is not None:
        statement = statement.where(scope)
    statement = statement.order_by(ranked.c.hits.desc(), ranked.c.case_id).limit(BLOCK_SIZE)
    return list(session.scalars(statement))


def _case_children(session: Session, case_ids: Sequence[str]) -> dict[str, tuple[str, Any]]:
    """Each case's reference and child row, for the cases not under a tracing pause (a
    clear concern open without a best-interests assessment: its family is not to be
    contacted, nor its child proposed as anyone's relative)."""
    held = _paused_cases(session, case_ids)
    rows = session.execute(
        select(m.Case.id, m.Case.reference, m.Child)
        .join(m.Child, m.Child.case_id == m.Case.id)
        .where(m.Case.id.in_([c for c in case_ids if c not in held]))
    ).all()
    return {row[0]: (row[1], row[2]) for row in rows}


def _paused_cases(session: Session, case_ids: Sequence[str]) -> set[str]:
    """The cases among ``case_ids`` under a tracing pause (``screening.paused``)."""
    if not case_ids:
        return set()
    trees: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in session.execute(
        select(
            m.Screening.id,
            m.Screening.case_id,
            m.Screening.screened_on,
            m.Screening.concern,
            m.Screening.raised_to,
        ).where(m.Screening.case_id.in_(list(case_ids)), m.Screening.closed_on.is_(None))
    ):
        screening = {
            "id": row.id,
            "screened_on": row.screened_on,
            "concern": getattr(row.concern, "value", row.concern),
            "raised_to": getattr(row.raised_to, "value", row.raised_to),
        }
        trees.setdefault(row.case_id, {"screenings": [], "best_interests": []})
        trees[row.case_id]["screenings"].append(screening)
    if not trees:
        return set()
    for case_id, held_on in session.execute(
        select(m.BestInterestsAssessment.case_id, m.BestInterestsAssessment.held_on).where(
            m.BestInterestsAssessment.case_id.in_(list(trees))
        )
    ):
        trees[case_id]["best_interests"].append({"held_on": held_on})
    return {case_id for case_id, tree in trees.items() if paused(tree, "tracing") is not None}


def _child_of_row(row: Any) -> _Child:
    birth = (row.dob_earliest, row.dob_latest) if row.dob_earliest and row.dob_latest else None
    return _Child(birth, frozenset(row.nationalities or ()), frozenset(row.languages or ()))


def _family_members(session: Session, case_ids: Sequence[str]) -> list[_Person]:
    """The family members of these cases who may be proposed (see
    :func:`not_to_be_contacted`)."""
    if not case_ids:
        return []
    children = _case_children(session, case_ids)
    people = []
    for member in session.scalars(
        select(m.FamilyMember).where(m.FamilyMember.case_id.in_(list(case_ids)))
    ):
        tree = {
            "id": member.id,
            "full_name": member.full_name,
            "full_name_native": member.full_name_native,
            "relationship_to_child": member.relationship_to_child,
            "whereabouts": member.whereabouts,
            "whereabouts_country": member.whereabouts_country,
            "safe_to_contact": member.safe_to_contact,
            "safety_note": member.safety_note,
            "suspected_trafficker": member.suspected_trafficker,
            "tracing_status": member.tracing_status,
            "separated_on": member.separated_on,
        }
        if not_to_be_contacted(tree) or member.case_id not in children:
            continue
        reference, child = children[member.case_id]
        people.append(
            _Person.of_member(
                tree, case_id=member.case_id, reference=reference, child=_child_of_row(child)
            )
        )
    return people


def _children(session: Session, case_ids: Sequence[str]) -> list[_Person]:
    """The children of these cases, as people who may be a relative."""
    if not case_ids:
        return []
    people = []
    for case_id, (reference, child) in _case_children(session, case_ids).items():
        about = _child_of_row(child)
        people.append(
            _Person(
                member_id=None,
                case_id=case_id,
                reference=reference,
                forms=_forms(
                    (
                        f"{child.given_names or ''} {child.family_name or ''}",
                        f"{child.given_names_native or ''} {child.family_name_native or ''}",
                    )
                ),
                relationship=None,
                place="",
                country=child.last_arrival_country,
                birth=about.birth,
                child=about,
                seen=Seen(
                    name=f"{child.given_names or ''} {child.family_name or ''}".strip(),
                    native_name=" ".join(
                        p for p in (child.given_names_native, child.family_name_native) if p
                    ),
                    relationship=None,
                    born=about.birth,
                    nationalities=tuple(sorted(about.nationalities)),
                    languages=tuple(sorted(about.languages)),
                    place="",
                    country=child.last_arrival_country,
                    separated_on=None,
                ),
            )
        )
    return people


# --- scoring --------------------------------------------------------------------------------


def _names(sought: _Person, other: _Person) -> tuple[float, list[str]]:
    best: dict[str, float] = {}
    for mine in sought.forms:
        for theirs in other.forms:
            if mine.script != theirs.script:
                continue
            kind = "name" if mine.script == "Latn" else "native"
            similarity = name_similarity(mine.text, theirs.text, latin=kind == "name")
            best[kind] = max(best.get(kind, 0.0), similarity)
    reasons: list[str] = []
    if "name" in best:
        reasons.append(_m("names alike ({score})", score=f"{best['name']:.0f}"))
    if "native" in best:
        reasons.append(_m("native-script names alike ({score})", score=f"{best['native']:.0f}"))
    if not best:
        return 0.0, reasons
    # Names alike in one script and not in the other (a kunya written in Latin letters, the
    # Arabic the same) are still proposed, below names alike in both.
    high, low = max(best.values()), min(best.values())
    return high - DISAGREEMENT * (high - low), reasons


def _years_apart(older: tuple[date, date], younger: tuple[date, date]) -> tuple[int, int]:
    """The fewest and most whole years by which ``older`` was born before ``younger``."""
    return (younger[0] - older[1]).days // 365, (younger[1] - older[0]).days // 365


def _relationship(sought: _Person, other: _Person) -> tuple[float, str] | None:
    """How plausible it is that ``other`` stands to the other child where ``sought`` stands
    to this one (1 alike, 0.5 not known), or None when it cannot be (a mother recorded as a
    father, a mother younger than the child)."""
    mine = sought.relationship
    if other.member_id is None:  # the other case's child
        births = (sought.child.birth, other.birth)
        generation = _GENERATION.get(mine or "")
        if generation is None:
            return 0.5, _m("the child of that case")
        if births[0] is None or births[1] is None:
            if generation >= 1:
                return 0.2, _m("the child of that case; ages not known")
            return 0.5, _m("the child of that case; ages not known")
        if mine == "aunt_uncle":  # an aunt or uncle can be of any age
            return 0.4, _m("the child of that case")
        if generation >= 1:
            needed = GRANDPARENT_GAP if generation == 2 else PARENT_GAP
            if _years_apart(births[1], births[0])[1] < needed:
                return None
            return 0.6, _m("the child of that case, old enough")
        fewest, _most = _years_apart(births[0], births[1])
        other_way, _ = _years_apart(births[1], births[0])
        if max(fewest, other_way) > SIBLING_GAP:
            return None
        return 1.0, _m("the child of that case, of an age to be a sibling")
    theirs = other.relationship
    if mine in _SEX and theirs in _SEX and _SEX[mine] != _SEX[theirs]:
        return None
    if mine == theirs and mine not in (None, "other", "other_relative"):
        return 1.0, _m(
            "recorded there with the same relationship ({relationship})",
            relationship=_relationship_word(mine),
        )
    mine_up, theirs_up = _GENERATION.get(mine or ""), _GENERATION.get(theirs or "")
    if mine_up is None or theirs_up is None:
        return 0.5, _m("recorded there as: {relationship}", relationship=_relationship_word(theirs))
    apart = abs(mine_up - theirs_up)
    return (0.6 if apart == 0 else 0.3 if apart == 1 else 0.1), _m(
        "recorded there as: {relationship}", relationship=_relationship_word(theirs)
    )


def _shared(
    mine: frozenset[str], theirs: frozenset[str], reason: Message
) -> tuple[float, str | None]:
    if not mine or not theirs:
        return 0.5, None
    return (1.0, reason) if mine & theirs else (0.0, None)


def _place(sought: _Person, other: _Person) -> tuple[float, str | None]:
    if sought.place and other.place and fuzz.token_set_ratio(sought.place, other.place) >= 85:
        return 1.0, _m("last known place alike")
    if sought.country and other.country:
        if sought.country == other.country:
            return 0.8, _m("last known in the same country")
        return 0.1, None
    return 0.5, None


def _separation(sought: _Person, other: _Person) -> tuple[float, str | None]:
    """Whether the relative and the other case's person were separated from a child about
    the same time (both recorded: within :data:`SEPARATION_DAYS`)."""
    if sought.separated is None or other.separated is None:
        return 0.5, None
    if abs((sought.separated - other.separated).days) <= SEPARATION_DAYS:
        return 1.0, _m("separated from the children about the same time")
    return 0.1, None


def _score(sought: _Person, other: _Person) -> RelativeMatch | None:
    """``other`` scored as the relative ``sought``, or None when names are too far apart
    (:data:`NAME_FLOOR`) or the relationship cannot be."""
    names, reasons = _names(sought, other)
    if names < NAME_FLOOR:
        return None
    related = _relationship(sought, other)
    if related is None:
        return None
    relationship, relationship_reason = related
    nationality, nationality_reason = _shared(
        sought.child.nationalities,
        other.child.nationalities,
        _m("the children share a nationality"),
    )
    language, language_reason = _shared(
        sought.child.languages, other.child.languages, _m("the children share a language")
    )
    place, place_reason = _place(sought, other)
    separation, separation_reason = _separation(sought, other)
    name_part = max(0.0, (names - _NAME_ZERO) / (100.0 - _NAME_ZERO))
    score = 100.0 * (
        WEIGHTS["names"] * name_part
        + WEIGHTS["relationship"] * relationship
        + WEIGHTS["nationality"] * nationality
        + WEIGHTS["language"] * language
        + WEIGHTS["place"] * place
        + WEIGHTS["separation"] * separation
    )
    reasons.append(relationship_reason)
    found = (nationality_reason, language_reason, place_reason, separation_reason)
    reasons += [r for r in found if r]
    return RelativeMatch(
        family_member_id=sought.member_id or "",
        other_case_id=other.case_id,
        other_reference=other.reference,
        other_member_id=other.member_id,
        score=round(score, 1),
        reasons=tuple(reasons),
        other=other.seen,
    )
