"""Duplicate candidates for a child who arrives from another organisation.

When a case is received (``docs/transfer.md``), the person reviewing it is shown the existing
cases most like it, to import it as new, merge it into one of them, or refuse it. A case
with the same id is an update and is found by its id, not here.

The work is done in two steps, so that it costs what a search costs, not a pass over every
case:

1. **Blocking, in SQL.** Each name of the incoming child (Latin and native script, and its
   aliases), folded as search folds it (:func:`guardian_desk.domain.text.fold`), gives a few
   *keys*: prefixes of its folded words, spelled the ways transliterations differ (see
   :func:`guardian_desk.domain.names.name_keys`). The search index (``search_documents``; on
   SQLite its FTS5 table
   ``search_fts``, on other databases ``LIKE`` on word starts) finds the cases whose child's
   names hold one of them, among the children born within :data:`BIRTH_WINDOW` of the
   incoming child's birth date or its range (or with no birth date). Cases are ranked by how
   many of the incoming child's names they share, and the first :data:`BLOCK_SIZE` form the
   block.
2. **Scoring, in Python** (:func:`score_candidate`), with ``rapidfuzz``: names, birth date,
   nationality and sex, weighted by :data:`WEIGHTS`.

Recall is chosen over precision, as in search: a reviewer looks at a few more candidates,
while a missed earlier record of a child does harm.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import (
    Select,
    and_,
    case,
    column,
    func,
    literal,
    or_,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from guardian_desk.domain import names
from guardian_desk.domain.dates import birth_range_of_tree
from guardian_desk.domain.names import folded_name as _folded
from guardian_desk.domain.names import name_similarity
from guardian_desk.domain.text import script_of
from guardian_desk.errors import Message
from guardian_desk.storage import models as m
from guardian_desk.storage import repositories as repo

# --- tuning ----------------------------------------------------------------------------------

# Children born this far apart (between the nearest days of their ranges) can still be one
# child: a birth year misheard, an estimate revised. Further apart, they are not proposed.
BIRTH_WINDOW = timedelta(days=731)
# The block: at most this many cases are scored, those sharing the most names first.
BLOCK_SIZE = 300
# Each key group reads at most this many matches: a key as common as a reference prefix
# cannot make one request read the whole index.
GROUP_CAP = 5000
# An incoming record is read from a file another organisation wrote: the names looked up are
# bounded, as a search box's words are, whatever the file holds.
MAX_ALIASES = 20
MAX_KEY_GROUPS = names.MAX_KEY_GROUPS
# How much each part counts towards the score (they add up to 1).
WEIGHTS = {"names": 0.65, "birth": 0.20, "nationality": 0.08, "sex": 0.07}
# Names less alike than this (0-100) are not proposed, whatever else agrees: a sibling has
# the family name, the nationality and a near birth year, and is another child.
NAME_FLOOR = 60.0
# Name similarity below this counts nothing towards the score; 100 counts in full.
_NAME_ZERO = 50.0


def _m(template: str, **params: object) -> Message:
    """A reason the window says in its language (Qt Linguist context "Transfer")."""
    return Message("Transfer", template, **params)


# --- the answer -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """An existing case that may be the same child as an incoming one.

    ``score`` runs from 0 to 100, higher when more alike; ``reasons`` say why, in short
    English phrases that name no one ("names alike (92)", _m("born the same year")).
    """

    case_id: str
    reference: str
    score: float
    reasons: tuple[str, ...]


def duplicate_candidates(
    session: Session,
    incoming: dict[str, Any],
    *,
    limit: int = 5,
    exclude: Collection[str] = (),
) -> list[Candidate]:
    """The existing cases most like the incoming case, most alike first.

    Args:
        session: the reading session; only cases in the signed-in person's record scope are
            looked at, as in search.
        incoming: one case as an exchange-format tree (``document["cases"][i]``); its
            ``child`` holds the names, aliases, birth date, nationalities and sex compared.
        limit: at most this many candidates.
        exclude: ids of cases not to propose (the incoming case's own id, when it is already
            here and shown as an update).

    Candidates whose names are less alike than :data:`NAME_FLOOR` are not proposed, nor
    children born more than :data:`BIRTH_WINDOW` apart when both birth dates are known.
    """
    if limit <= 0:
        return []
    child = incoming.get("child") or {}
    arriving = ComparedChild.of_incoming(child)
    groups = key_groups(arriving.forms)
    if not groups:
        return []
    block = block_case_ids(session, groups, arriving.birth, exclude=exclude)
    found = []
    for existing in _people(session, block):
        scored = score_candidate(arriving, existing)
        if scored is not None:
            found.append(scored)
    found.sort(key=lambda c: (-c.score, c.reference))
    return found[:limit]


# --- a child's names, birth date, nationality and sex ---------------------------------------


@dataclass(frozen=True)
class NameForm:
    """One way a child's name is written: ``kind`` is ``name`` (the Latin transliteration),
    ``native`` (as written in the child's script) or ``alias``; ``text`` is folded."""

    kind: str
    text: str
    script: str  # ISO 15924, "Zyyy" when unknown: forms are compared within one script


@dataclass(frozen=True)
class ComparedChild:
    """What is compared of one child: its case, its names, birth range, nationalities and
    sex (``female``/``male``, None when not known)."""

    case_id: str
    reference: str
    forms: tuple[NameForm, ...]
    birth: tuple[date, date] | None
    nationalities: frozenset[str]
    sex: str | None

    @classmethod
    def of_incoming(cls, child: dict[str, Any]) -> ComparedChild:
        """The child of an exchange-format case tree (``case["child"]``)."""
        written = [a.get("name") for a in child.get("aliases") or [] if isinstance(a, dict)]
        aliases = [name for name in written if isinstance(name, str)][:MAX_ALIASES]
        return cls(
            case_id="",
            reference="",
            forms=_forms(child, aliases),
            birth=birth_range_of_tree(child),
            nationalities=frozenset(child.get("nationalities") or ()),
            sex=_known_sex(child.get("sex")),
        )


def _with_alias(name: list[str], alias: list[str]) -> list[str]:
    """An alias shorter than the name it stands for (one given name's other spelling, as
    aliases often are) put in place of the words of the name it is most like: ``Bogdan``
    for ``Bohdan Moroz`` is ``Bogdan Moroz``, so that it is compared as a whole name."""
    size = len(alias)
    if not name or size >= len(name):
        return alias
    spelled = " ".join(alias)
    start = max(
        range(len(name) - size + 1),
        key=lambda i: fuzz.ratio(" ".join(name[i : i + size]), spelled),
    )
    return [*name[:start], *alias, *name[start + size :]]


def _forms(child: dict[str, Any], aliases: Iterable[str | None]) -> tuple[NameForm, ...]:
    written = [
        ("name", f"{child.get('given_names') or ''} {child.get('family_name') or ''}"),
        (
            "native",
            f"{child.get('given_names_native') or ''} {child.get('family_name_native') or ''}",
        ),
    ]
    found: list[NameForm] = []
    for kind, value in written:
        folded = _folded(value)
        if folded and all(f.text != folded for f in found):
            found.append(NameForm(kind, folded, script_of(value) or "Zyyy"))
    for alias in aliases:
        words = _folded(alias).split()
        script = script_of(alias) or "Zyyy"
        whole = next((f.text.split() for f in found if f.script == script), [])
        spelled = " ".join(_with_alias(whole, words))
        if spelled and all(f.text != spelled for f in found):
            found.append(NameForm("alias", spelled, script))
    return tuple(found)


def _known_sex(value: Any) -> str | None:
    value = getattr(value, "value", value)
    return value if value in ("female", "male") else None


# --- blocking keys --------------------------------------------------------------------------


def key_groups(forms: Sequence[NameForm]) -> list[frozenset[str]]:
    """The keys of all the forms of a name, grouped so that one group stands for one name
    however it is spelled (:func:`guardian_desk.domain.names.key_groups`). A case's rank in
    the block is the number of groups it matches. At most :data:`MAX_KEY_GROUPS`, the names
    before the aliases."""
    return names.key_groups((form.text for form in forms), most=MAX_KEY_GROUPS)


# --- blocking in SQL ------------------------------------------------------------------------

_FTS = table("search_fts", column("rowid"))


def _birth_condition(birth: tuple[date, date] | None) -> Any:
    """Children born within the window of ``birth`` (ranges counted as ranges), or whose
    birth date is not known. None: any child."""
    if birth is None:
        return None
    earliest, latest = birth
    return or_(
        m.Child.dob_earliest.is_(None),
        and_(
            m.Child.dob_earliest <= latest + BIRTH_WINDOW,
            m.Child.dob_latest >= earliest - BIRTH_WINDOW,
        ),
    )


def _fts_group_query(keys: Iterable[str]) -> str:
    """An FTS5 query for any of ``keys`` as a prefix, in the child's names only. Keys hold
    only folded letters and digits (see :func:`guardian_desk.domain.text.search_terms`)."""
    return "{body} : (" + " OR ".join(f'"{k}"*' for k in sorted(keys)) + ")"


def _sqlite_block(groups: Sequence[frozenset[str]], birth: tuple[date, date] | None) -> Select[Any]:
    """(case id, groups matched) per case, each group one FTS5 query."""
    parts = []
    condition = _birth_condition(birth)
    for number, keys in enumerate(groups):
        name = f"keys_{number}"
        matches = (
            select(m.SearchDocument.case_id.label("case_id"))
            .select_from(_FTS)
            .join(m.SearchDocument, m.SearchDocument.rowid == _FTS.c.rowid)
            .where(text(f"search_fts MATCH :{name}").bindparams(**{name: _fts_group_query(keys)}))
        )
        if condition is not None:
            matches = matches.join(m.Child, m.Child.case_id == m.SearchDocument.case_id).where(
                condition
            )
        capped = matches.limit(GROUP_CAP).subquery()
        parts.append(select(capped.c.case_id))
    matched = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    return select(matched.c.case_id.label("case_id"), func.count().label("hits")).group_by(
        matched.c.case_id
    )


def _like_block(groups: Sequence[frozenset[str]], birth: tuple[date, date] | None) -> Select[Any]:
    """(case id, groups matched) per case with ``LIKE`` on word starts, for databases
    without FTS5: the body begins with a space, so ``'% moh%'`` is a word starting so."""
    body = m.SearchDocument.body
    likes = [or_(*(body.like(f"% {k}%") for k in sorted(keys))) for keys in groups]
    hits = sum((case((like, 1), else_=0) for like in likes), literal(0))
    statement = select(m.SearchDocument.case_id.label("case_id"), hits.label("hits")).where(
        or_(*likes)
    )
    condition = _birth_condition(birth)
    if condition is not None:
        statement = statement.join(m.Child, m.Child.case_id == m.SearchDocument.case_id).where(
            condition
        )
    return statement


def block_case_ids(
    session: Session,
    groups: Sequence[frozenset[str]],
    birth: tuple[date, date] | None,
    *,
    exclude: Collection[str] = (),
    size: int = BLOCK_SIZE,
) -> list[str]:
    """The ids of the cases to score: those whose child's names hold a key of one of
    ``groups``, born within :data:`BIRTH_WINDOW` of ``birth`` (or not known), in the
    signed-in person's scope, not in ``exclude``; those matching the most groups first, at
    most ``size``."""
    if not groups:
        return []
    if session.get_bind().dialect.name == "sqlite":
        ranked = _sqlite_block(groups, birth).subquery()
    else:
        ranked = _like_block(groups, birth).subquery()
    statement = select(ranked.c.case_id)
    if exclude:
        statement = statement.where(ranked.c.case_id.not_in(list(exclude)))
    scope = repo.case_scope(repo.signed_in(session), ranked.c.case_id)
    if scope is not None:
        statement = statement.where(scope)
    statement = statement.order_by(ranked.c.hits.desc(), ranked.c.case_id).limit(size)
    return list(session.scalars(statement))


def _people(session: Session, case_ids: Sequence[str]) -> list[ComparedChild]:
    """The children of these cases, with what is compared."""
    if not case_ids:
        return []
    rows = session.execute(
        select(
            m.Case.id,
            m.Case.reference,
            m.Child.id,
            m.Child.given_names,
            m.Child.family_name,
            m.Child.given_names_native,
            m.Child.family_name_native,
            m.Child.dob_earliest,
            m.Child.dob_latest,
            m.Child.nationalities,
            m.Child.sex,
        )
        .join(m.Child, m.Child.case_id == m.Case.id)
        .where(m.Case.id.in_(list(case_ids)))
    ).all()
    aliases: dict[str, list[str]] = {}
    child_ids = [row[2] for row in rows]
    for child_id, name in session.execute(
        select(m.ChildAlias.child_id, m.ChildAlias.name).where(m.ChildAlias.child_id.in_(child_ids))
    ):
        aliases.setdefault(child_id, []).append(name)
    people = []
    for row in rows:
        names = {
            "given_names": row[3],
            "family_name": row[4],
            "given_names_native": row[5],
            "family_name_native": row[6],
        }
        earliest, latest = row[7], row[8]
        people.append(
            ComparedChild(
                case_id=row[0],
                reference=row[1],
                forms=_forms(names, aliases.get(row[2], [])),
                birth=(earliest, latest) if earliest and latest else None,
                nationalities=frozenset(row[9] or ()),
                sex=_known_sex(row[10]),
            )
        )
    return people


# --- scoring --------------------------------------------------------------------------------


def _names(incoming: ComparedChild, existing: ComparedChild) -> tuple[float, list[str]]:
    """The best name similarity between two children, and what to say about it."""
    best: dict[str, float] = {}
    for mine in incoming.forms:
        for theirs in existing.forms:
            if mine.script != theirs.script:
                continue
            similarity = name_similarity(mine.text, theirs.text, latin=mine.script == "Latn")
            kind = (
                "alias"
                if "alias" in (mine.kind, theirs.kind)
                else ("native" if mine.script != "Latn" else "name")
            )
            best[kind] = max(best.get(kind, 0.0), similarity)
    if not best:
        return 0.0, []
    overall = max(best.values())
    reasons: list[str] = []
    if "name" in best:
        reasons.append(_m("names alike ({score})", score=f"{best['name']:.0f}"))
    if "native" in best:
        reasons.append(_m("native-script names alike ({score})", score=f"{best['native']:.0f}"))
    if best.get("alias", 0.0) > max(best.get("name", 0.0), best.get("native", 0.0)):
        reasons.append(_m("alias matches ({score})", score=f"{best['alias']:.0f}"))
    return overall, reasons


def _birth(incoming: ComparedChild, existing: ComparedChild) -> tuple[float, str]:
    if incoming.birth is None or existing.birth is None:
        return 0.5, _m("no birth date to compare")
    (a_first, a_last), (b_first, b_last) = incoming.birth, existing.birth
    gap = max((b_first - a_last).days, (a_first - b_last).days, 0)
    if gap == 0:
        if a_first == a_last == b_first == b_last:
            return 1.0, _m("same date of birth")
        if a_first.year == a_last.year == b_first.year == b_last.year:
            return 0.85, _m("born the same year")
        return 0.85, _m("birth dates overlap")
    shared_years = {a_first.year, a_last.year} & {b_first.year, b_last.year}
    if shared_years:
        return 0.6, _m("born the same year")
    if gap <= 366:
        return 0.4, _m("born within a year")
    if gap <= BIRTH_WINDOW.days:
        return 0.2, _m("born within two years")
    return 0.0, _m("born {years} years apart", years=gap // 365)


def _nationality(incoming: ComparedChild, existing: ComparedChild) -> tuple[float, str | None]:
    if not incoming.nationalities or not existing.nationalities:
        return 0.5, None
    if incoming.nationalities & existing.nationalities:
        return 1.0, _m("same nationality")
    return 0.0, _m("different nationality")


def _sex(incoming: ComparedChild, existing: ComparedChild) -> tuple[float, str | None]:
    if incoming.sex is None or existing.sex is None:
        return 0.5, None
    if incoming.sex == existing.sex:
        return 1.0, None
    return 0.0, _m("different sex")


def score_candidate(incoming: ComparedChild, existing: ComparedChild) -> Candidate | None:
    """``existing`` scored against ``incoming``, or None when their names are too far apart
    (:data:`NAME_FLOOR`).

    The score adds the parts of :data:`WEIGHTS`: names (the best similarity between forms
    of one script, counted from nothing at 50 to in full at 100), birth date (the same day
    1; overlapping ranges 0.85; the same year 0.6; within a year 0.4; within two years 0.2;
    one not known 0.5), nationality (one shared 1, none 0, one not known 0.5) and sex (the
    same 1, different 0, not known 0.5).
    """
    names, reasons = _names(incoming, existing)
    if names < NAME_FLOOR:
        return None
    birth, birth_reason = _birth(incoming, existing)
    nationality, nationality_reason = _nationality(incoming, existing)
    sex, sex_reason = _sex(incoming, existing)
    name_part = max(0.0, (names - _NAME_ZERO) / (100.0 - _NAME_ZERO))
    score = 100.0 * (
        WEIGHTS["names"] * name_part
        + WEIGHTS["birth"] * birth
        + WEIGHTS["nationality"] * nationality
        + WEIGHTS["sex"] * sex
    )
    reasons.append(birth_reason)
    reasons += [r for r in (nationality_reason, sex_reason) if r]
    return Candidate(existing.case_id, existing.reference, round(score, 1), tuple(reasons))
