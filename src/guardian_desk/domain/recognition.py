"""Whether a civil document will be accepted where it must be used, and what it still lacks.

The law is data, in ``resources/recognition/`` (see ``docs/recognition-rules.md``): parties to
the Apostille Convention and to the Hague 1996 Convention with their dates of entry into
force, EU member states and the two regulations, agreements that waive legalisation, and
per destination what its courts require (language, who may translate, how fresh a
certificate must be). Given a document and a destination, :func:`check_document` lists each
requirement met or missing, with the rule that says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from guardian_desk.domain.codes import language_name
from guardian_desk.domain.enums import (
    AuthenticationKind,
    CertificateKind,
    DocumentType,
    ProceedingKind,
    RecognitionStatus,
    TranslationKind,
)

# The rules as read from the data files; those who check documents import them from here too.
from guardian_desk.domain.recognition_tables import (  # noqa: F401
    APOSTILLES,
    ORDERS,
    Agreement,
    Destination,
    EuMember,
    Exemption,
    Freshness,
    LegalisationGap,
    Party,
    RecognitionRules,
    Regulation,
    Treaty,
    country_of,
    read_recognition,
)
from guardian_desk.errors import Message, Named

# --- a document and what it needs ---------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    kind: AuthenticationKind
    performed_on: date | None = None
    country: str | None = None


@dataclass(frozen=True)
class TranslationFacts:
    target_language: str
    kind: TranslationKind
    sworn_in: str | None = None


@dataclass(frozen=True)
class RecognitionFacts:
    jurisdiction: str
    status: RecognitionStatus
    refusal_grounds: tuple[str, ...] = ()
    certificate: CertificateKind | None = None
    advance: bool = False  # declared recognised in advance (Hague 1996 Art. 24)


@dataclass(frozen=True)
class DocumentFacts:
    id: str
    document_type: DocumentType
    issuing_country: str
    issued_on: date | None = None
    expires_on: date | None = None
    language: str | None = None
    steps: tuple[Step, ...] = ()
    translations: tuple[TranslationFacts, ...] = ()
    recognitions: tuple[RecognitionFacts, ...] = ()


class Status(StrEnum):
    OK = "ok"
    NOT_REQUIRED = "not_required"
    MISSING = "missing"
    PENDING = "pending"
    STALE = "stale"
    REFUSED = "refused"


@dataclass(frozen=True)
class Finding:
    """One requirement of a document at a destination: met, not needed, or what is missing."""

    item: str  # authentication, translation, freshness, expiry, recognition
    status: Status
    message: str  # a Message (context "Recognition"): the window says it in its language
    citation: str = ""

    @property
    def blocking(self) -> bool:
        return self.status in (Status.MISSING, Status.PENDING, Status.STALE, Status.REFUSED)


class Route(StrEnum):
    """How a document from one state is authenticated for use in another."""

    NONE = "none"  # used where it was issued
    INSTRUMENT_EXEMPT = "instrument_exempt"  # given under an instrument that waives it
    PROCEEDING_EXEMPT = "proceeding_exempt"  # used in a proceeding whose convention waives it
    EU_EXEMPT = "eu_exempt"  # Regulation (EU) 2016/1191, Art. 4
    AGREEMENT = "agreement"  # an agreement waives legalisation
    APOSTILLE = "apostille"  # both parties to the Apostille Convention
    LEGALISATION = "legalisation"  # neither: the consular chain
    CHECK = "check"  # a state is missing from an incomplete list of parties: look it up


@dataclass(frozen=True)
class Authentication:
    route: Route
    reason: Message
    citation: str
    standard_form: bool = False  # a multilingual standard form may replace the translation


def authentication_route(
    rules: RecognitionRules,
    kind: DocumentType,
    issuing: str,
    used_in: str,
    on: date,
    *,
    multilingual_form: bool = False,
    issued_on: date | None = None,
    proceeding: ProceedingKind | None = None,
) -> Authentication:
    """What a public document of ``kind`` issued in ``issuing`` needs to be used in
    ``used_in`` (a country or a subdivision) on that day, and why. ``multilingual_form``: the
    document is an extract on a multilingual form (some agreements cover only those).
    ``issued_on``: when a decision was given, which tells the instrument it was given under
    (Brussels IIa or IIb; a convention in force by then); without it, the day ``on``.
    ``proceeding``: the kind of the proceeding in ``used_in`` the document is used in; a
    proceeding for a child's return is taken to be one under the Hague 1980 Convention, whose
    Art. 23 waives legalisation (the program records no other instrument for it)."""
    there = country_of(used_in)
    if issuing == there:
        return Authentication(
            Route.NONE, _m("issued in {issuing}, where it is used", issuing=issuing), ""
        )
    exempt = _instrument_exemption(rules, kind, issuing, there, on, issued_on or on)
    if exempt is not None:
        return Authentication(
            Route.INSTRUMENT_EXEMPT,
            _m(
                "no apostille or legalisation needed between {issuing} and {there}: {citation}",
                issuing=issuing,
                there=there,
                citation=exempt.citation,
            ),
            exempt.citation,
        )
    waived = rules.proceeding_exemption(kind, proceeding)
    if waived is not None:
        return Authentication(
            Route.PROCEEDING_EXEMPT,
            _m(
                "no apostille or legalisation needed for a document used in proceedings for "
                "the return of a child (taken to be under the Hague 1980 Convention): "
                "{citation}",
                citation=waived.citation,
            ),
            waived.citation,
        )
    reg = rules.public_documents
    if (
        rules.in_eu(issuing, on, "public_documents")
        and rules.in_eu(there, on, "public_documents")
        and on >= reg.applies_from
        and kind in reg.document_types
    ):
        return Authentication(
            Route.EU_EXEMPT,
            _m(
                "both {issuing} and {there} are EU member states: no apostille or "
                "legalisation (Art. 4)",
                issuing=issuing,
                there=there,
            ),
            reg.citation,
            kind in reg.standard_forms,
        )
    for agreement in rules.agreements:
        if (
            {issuing, there} <= agreement.parties
            and (not agreement.document_types or kind in agreement.document_types)
            and (agreement.in_force is None or agreement.in_force <= on)
            and (multilingual_form or not agreement.multilingual_form_only)
        ):
            return Authentication(
                Route.AGREEMENT,
                _m(
                    "{agreement} waives legalisation between {issuing} and {there}",
                    agreement=_m(agreement.title),
                    issuing=issuing,
                    there=there,
                ),
                agreement.citation,
            )
    treaty = rules.apostille
    if treaty.in_force_between(issuing, there, on):
        return Authentication(
            Route.APOSTILLE,
            _m(
                "{issuing} and {there} are parties to the Apostille Convention (between them "
                "since {since}): an apostille from {issuing} is needed",
                issuing=issuing,
                there=there,
                since=str(treaty.since(issuing, there)),
            ),
            treaty.citation,
        )
    unknown = treaty.unknown(issuing, there)
    if unknown:
        return Authentication(
            Route.CHECK,
            _m(
                "{states} not in this program's list of Apostille Convention parties, which is "
                "not complete: check the HCCH status table (an apostille if both are parties, "
                "else legalisation)",
                states=_both(unknown),
            ),
            treaty.citation,
        )
    why = _why_no_apostille(treaty, issuing, there, on)
    return Authentication(
        Route.LEGALISATION,
        _m(
            "{why}: the document needs legalisation, ending with {there}'s consulate",
            why=why,
            there=there,
        ),
        treaty.citation,
    )


def _instrument_exemption(
    rules: RecognitionRules, kind: DocumentType, issuing: str, there: str, on: date, given: date
) -> Exemption | None:
    """The waiver of legalisation of the instrument a decision of ``kind`` given on ``given``
    falls under between ``issuing`` and ``there``: Brussels IIb (Art. 90) or, for a decision
    given before it applied, Brussels IIa (Art. 52), between member states bound by them (not
    Denmark); else the Hague 1996 Convention (Art. 43) between its parties. The issue date
    stands in for the day proceedings were instituted (Art. 100 of Regulation 2019/1111)."""
    bound = rules.in_eu(issuing, on, "brussels2b") and rules.in_eu(there, on, "brussels2b")
    for reg in (rules.brussels2b, rules.brussels2a):
        if reg is None or reg.no_legalisation is None or not bound:
            continue
        if kind not in reg.no_legalisation.document_types or given < reg.applies_from:
            continue
        if reg.applies_until is not None and given > reg.applies_until:
            continue
        return reg.no_legalisation
    hague = rules.hague1996
    if (
        hague.no_legalisation is not None
        and kind in hague.no_legalisation.document_types
        and hague.in_force_between(issuing, there, given)
    ):
        return hague.no_legalisation
    return None


def _m(template: str, **params: object) -> Message:
    """A finding's words, which the window translates (Qt Linguist context "Recognition")."""
    return Message("Recognition", template, **params)


def _both(states: list[str]) -> str:
    """``SY and LB``: the two letters of each code need no translation, the "and" does."""
    if len(states) == 2:
        return _m("{first} and {second}", first=states[0], second=states[1])
    return ", ".join(states)


def _why_no_apostille(treaty: Treaty, issuing: str, there: str, on: date) -> Message:
    first, second = treaty.parties.get(issuing), treaty.parties.get(there)
    # name only the states known to be outside (a state missing from an incomplete list is
    # not known to be outside, and then the other one is)
    outside = [s for s in (issuing, there) if treaty.outside(s)]
    if len(outside) == 2:
        message = _m(
            "neither {issuing} nor {there} is a party to the Apostille Convention",
            issuing=issuing,
            there=there,
        )
        return _as_of(message, treaty)
    if outside:
        message = _m("{state} is not a party to the Apostille Convention", state=outside[0])
        return _as_of(message, treaty)
    if first is None or second is None:  # not reached: unknown() sends these to CHECK
        return _m(
            "{states} not in this program's list of Apostille Convention parties, which is "
            "not complete: check the HCCH status table (an apostille if both are parties, "
            "else legalisation)",
            states=_both([s for s in (issuing, there) if s not in treaty.parties]),
        )
    if issuing in second.objected_by or there in first.objected_by:
        return _m(
            "the Apostille Convention does not apply between {issuing} and {there} (objection)",
            issuing=issuing,
            there=there,
        )
    return _m(
        "the Apostille Convention applies between {issuing} and {there} only from {since}",
        issuing=issuing,
        there=there,
        since=str(treaty.since(issuing, there)),
    )


def _as_of(message: Message, treaty: Treaty) -> Message:
    """``… (table of 2026-01-14)``: the day of the complete list that says so."""
    if treaty.complete and treaty.as_of is not None:
        return _m("{why} (table of {day})", why=message, day=treaty.as_of.isoformat())
    return message


def _same_language(tag: str, tags: Iterable[str]) -> bool:
    base = tag.split("-")[0].lower()
    return any(t.split("-")[0].lower() == base for t in tags)


def check_document(
    rules: RecognitionRules,
    doc: DocumentFacts,
    used_in: str,
    on: date,
    *,
    proceeding: ProceedingKind | None = None,
) -> list[Finding]:
    """Each requirement of ``doc`` for use in ``used_in`` on day ``on`` (a hearing), in a
    proceeding of the kind ``proceeding`` there when one is named."""
    found = [_authentication(rules, doc, used_in, on, proceeding)]
    found.append(_translation(rules, doc, used_in, on, proceeding))
    found += _freshness(rules, doc, used_in, on)
    if doc.expires_on is not None and doc.expires_on < on:
        found.append(
            Finding(
                "expiry",
                Status.STALE,
                _m(
                    "expired on {expired}, before {day}",
                    expired=doc.expires_on.isoformat(),
                    day=on.isoformat(),
                ),
            )
        )
    if doc.document_type in ORDERS:
        found.append(_recognition(rules, doc, used_in, on))
    return found


def _authentication(
    rules: RecognitionRules,
    doc: DocumentFacts,
    used_in: str,
    on: date,
    proceeding: ProceedingKind | None = None,
) -> Finding:
    need = _route(rules, doc, used_in, on, proceeding)
    if need.route in _NOT_NEEDED:
        return Finding("authentication", Status.NOT_REQUIRED, need.reason, need.citation)
    there = country_of(used_in)
    gap = rules.legalisation_gap(doc.issuing_country, there)
    consulate = any(s.kind is AuthenticationKind.LEGALISATION_CONSULATE for s in doc.steps)
    if consulate:  # a complete legalisation is accepted whatever the route
        return _auth(Status.OK, _m("legalised up to the consulate"), need.citation)
    if need.route is Route.CHECK:
        if any(s.kind in APOSTILLES for s in doc.steps):
            return _auth(
                Status.PENDING,
                _m(
                    "has an apostille, enough only if both states are parties: {reason}",
                    reason=need.reason,
                ),
                need.citation,
            )
        if gap is not None:
            return _auth(
                Status.PENDING,
                _m("{reason}; {gap}", reason=need.reason, gap=_gap(gap, doc.issuing_country)),
                f"{need.citation}; {gap.citation}",
            )
        return _auth(Status.PENDING, need.reason, need.citation)
    apostilles = [s for s in doc.steps if s.kind in APOSTILLES]
    if need.route is Route.APOSTILLE:
        for step in apostilles:
            day = step.performed_on
            if day is None or rules.apostille.in_force_between(doc.issuing_country, there, day):
                return Finding(
                    "authentication",
                    Status.OK,
                    _m("apostille: {reason}", reason=need.reason),
                    need.citation,
                )
        if consulate:
            return Finding(
                "authentication", Status.OK, _m("legalised up to the consulate"), need.citation
            )
        if apostilles:
            since = rules.apostille.since(doc.issuing_country, there)
            return Finding(
                "authentication",
                Status.MISSING,
                _m(
                    "the apostille was issued before the Convention applied between "
                    "{issuing} and {there} ({since}): it does not replace legalisation; "
                    "obtain a new apostille",
                    issuing=doc.issuing_country,
                    there=there,
                    since=str(since),
                ),
                need.citation,
            )
        return Finding(
            "authentication",
            Status.MISSING,
            _m("apostille missing: {reason}", reason=need.reason),
            need.citation,
        )
    if consulate:
        return Finding(
            "authentication", Status.OK, _m("legalised up to the consulate"), need.citation
        )
    done = [_STEP_NAMES[s.kind] for s in doc.steps if s.kind in _STEP_NAMES]
    if done:
        message = _m(
            "legalisation missing (done so far: {done}): {reason}",
            done=_listed(done),
            reason=need.reason,
        )
    else:
        message = _m("legalisation missing: {reason}", reason=need.reason)
    if gap is not None:
        message = _m("{missing}; {gap}", missing=message, gap=_gap(gap, doc.issuing_country))
        return Finding(
            "authentication", Status.MISSING, message, f"{need.citation}; {gap.citation}"
        )
    return Finding("authentication", Status.MISSING, message, need.citation)


# The routes on which a document needs no apostille and no legalisation.
_NOT_NEEDED = (
    Route.NONE,
    Route.INSTRUMENT_EXEMPT,
    Route.PROCEEDING_EXEMPT,
    Route.EU_EXEMPT,
    Route.AGREEMENT,
)


def _route(
    rules: RecognitionRules,
    doc: DocumentFacts,
    used_in: str,
    on: date,
    proceeding: ProceedingKind | None = None,
) -> Authentication:
    return authentication_route(
        rules,
        doc.document_type,
        doc.issuing_country,
        used_in,
        on,
        multilingual_form=_on_form(doc),
        issued_on=doc.issued_on,
        proceeding=proceeding,
    )


def _gap(gap: LegalisationGap, issuing: str) -> Message:
    """Why legalisation may not be had, and what a court may accept instead."""
    if gap.some_documents_only:
        said = _m(
            "{there}'s missions do not legalise some kinds of document from {issuing} (civil "
            "status documents usually can be): check with the mission",
            there=gap.destination,
            issuing=issuing,
        )
    elif gap.verification:
        said = _m(
            "{there}'s missions do not legalise documents from {issuing}; they can verify one "
            "on the court's or authority's request",
            there=gap.destination,
            issuing=issuing,
        )
    else:
        said = _m(
            "{there}'s missions neither legalise nor can currently verify documents from {issuing}",
            there=gap.destination,
            issuing=issuing,
        )
    return _m("{said}. {alternatives}", said=said, alternatives=_m(gap.alternatives))


# The steps of a legalisation chain, as a finding names them.
_STEP_NAMES = {
    AuthenticationKind.LEGALISATION_NOTARY: _m("legalisation notary"),
    AuthenticationKind.LEGALISATION_MINISTRY: _m("legalisation ministry"),
    AuthenticationKind.LEGALISATION_CONSULATE: _m("legalisation consulate"),
}


def _listed(parts: list[Message]) -> Message:
    """Parts one after the other, separated by commas."""
    fields = {f"p{i}": part for i, part in enumerate(parts)}
    return Message("", ", ".join("{" + name + "}" for name in fields), **fields)


def _auth(status: Status, message: str, citation: str) -> Finding:
    return Finding("authentication", status, message, citation)


def _on_form(doc: DocumentFacts) -> bool:
    return any(s.kind is AuthenticationKind.MULTILINGUAL_STANDARD_FORM for s in doc.steps)


def _translation(
    rules: RecognitionRules,
    doc: DocumentFacts,
    used_in: str,
    on: date,
    proceeding: ProceedingKind | None = None,
) -> Finding:
    where = rules.destination(used_in)
    if where is None:
        return Finding(
            "translation",
            Status.PENDING,
            _m(
                "the requirements of {place} are not in the rules: check with the court",
                place=used_in,
            ),
        )
    languages = _either([_language(tag) for tag in where.languages])
    if doc.language and _same_language(doc.language, where.languages):
        return Finding(
            "translation",
            Status.NOT_REQUIRED,
            _m("already in {language}", language=_language(doc.language)),
        )
    need = _route(rules, doc, used_in, on, proceeding)
    form = any(s.kind is AuthenticationKind.MULTILINGUAL_STANDARD_FORM for s in doc.steps)
    if need.route is Route.EU_EXEMPT and need.standard_form and form:
        return Finding(
            "translation",
            Status.NOT_REQUIRED,
            _m("a multilingual standard form is attached (Art. 6(1)(b), Art. 7)"),
            rules.public_documents.citation,
        )
    accepted = [
        t
        for t in doc.translations
        if _same_language(t.target_language, where.languages) and _accepted(t, where)
    ]
    if accepted:
        into = _language(accepted[0].target_language)
        return Finding("translation", Status.OK, _m("translated into {language}", language=into))
    wanted = {
        "sworn": _m(
            "a translation into {languages} by a translator sworn in {place}",
            languages=languages,
            place=where.jurisdiction,
        ),
        "certified": _m("a certified translation into {languages}", languages=languages),
        "any": _m("a translation into {languages}", languages=languages),
    }[where.translation]
    others = [t for t in doc.translations if _same_language(t.target_language, where.languages)]
    if others:
        wanted = _m("{wanted} (the one on file is not of that kind)", wanted=wanted)
    if need.route is Route.EU_EXEMPT and need.standard_form:
        wanted = _m(
            "{wanted}; or attach the multilingual standard form (Regulation (EU) 2016/1191)",
            wanted=wanted,
        )
    return Finding(
        "translation",
        Status.MISSING,
        _m("{wanted} is missing", wanted=wanted),
        where.translation_citation,
    )


def _language(tag: str) -> Named:
    return Named("language", tag, language_name(tag))


def _either(parts: list[Message]) -> Message:
    """``Spanish or Catalan``."""
    if len(parts) == 1:
        return parts[0]
    message = parts[0]
    for part in parts[1:]:
        message = _m("{first} or {second}", first=message, second=part)
    return message


def _accepted(translation: TranslationFacts, where: Destination) -> bool:
    if where.translation == "any":
        return True
    if where.translation == "certified":
        return translation.kind in (TranslationKind.SWORN, TranslationKind.CERTIFIED)
    return translation.kind is TranslationKind.SWORN and (
        translation.sworn_in is not None
        and country_of(translation.sworn_in) == country_of(where.jurisdiction)
    )


def _freshness(
    rules: RecognitionRules, doc: DocumentFacts, used_in: str, on: date
) -> list[Finding]:
    where = rules.destination(used_in)
    if where is None:
        return []
    found = []
    for rule in where.freshness:
        if rule.document_types and doc.document_type not in rule.document_types:
            continue
        if doc.issued_on is None:
            found.append(
                Finding(
                    "freshness",
                    Status.MISSING,
                    _m(
                        "the issue date is not recorded; {place} wants it issued within "
                        "{months} months",
                        place=where.jurisdiction,
                        months=rule.months,
                    ),
                    rule.citation,
                )
            )
            continue
        limit = doc.issued_on + relativedelta(months=rule.months)
        if limit < on:
            found.append(
                Finding(
                    "freshness",
                    Status.STALE,
                    _m(
                        "issued {issued}, more than {months} months before {day}: obtain a "
                        "fresh one",
                        issued=doc.issued_on.isoformat(),
                        months=rule.months,
                        day=on.isoformat(),
                    ),
                    rule.citation,
                )
            )
        else:
            found.append(
                Finding(
                    "freshness",
                    Status.OK,
                    _m(
                        "issued {issued}, fresh until {until}",
                        issued=doc.issued_on.isoformat(),
                        until=limit.isoformat(),
                    ),
                    rule.citation,
                )
            )
    return found


# The certificates a court of origin issues under Brussels IIb, by which an order is relied on
# in another member state; and what each is called.
BRUSSELS_CERTIFICATES = (CertificateKind.BRUSSELS_IIB_ART36, CertificateKind.BRUSSELS_IIB_ART47)
CERTIFICATE_NAMES = {
    CertificateKind.BRUSSELS_IIB_ART36: _m("certificate of Art. 36 (Brussels IIb, Annex III)"),
    CertificateKind.BRUSSELS_IIB_ART47: _m("certificate of Art. 47 (Brussels IIb, Annexes V-VI)"),
    CertificateKind.HAGUE_1996_ART40: _m(
        "certificate of Art. 40 (Hague 1996: the guardian's powers)"
    ),
}


def _recognition(rules: RecognitionRules, doc: DocumentFacts, used_in: str, on: date) -> Finding:
    there = country_of(used_in)
    if doc.issuing_country == there:
        return Finding(
            "recognition", Status.NOT_REQUIRED, _m("an order of {there} itself", there=there)
        )
    recorded = [r for r in doc.recognitions if country_of(r.jurisdiction) == there]
    reg = rules.brussels2b
    eu = (
        rules.in_eu(doc.issuing_country, on, "brussels2b")
        and rules.in_eu(there, on, "brussels2b")
        and (doc.issued_on or on) >= reg.applies_from
    )
    hague = rules.hague1996.in_force_between(doc.issuing_country, there, doc.issued_on or on)
    for record in recorded:
        if record.status is RecognitionStatus.REFUSED:
            grounds = ", ".join(record.refusal_grounds) or _m("no ground recorded")
            return Finding(
                "recognition",
                Status.REFUSED,
                _m("refused in {there} ({grounds})", there=there, grounds=grounds),
            )
        if record.status is RecognitionStatus.PENDING:
            return Finding(
                "recognition", Status.PENDING, _m("recognition in {there} pending", there=there)
            )
        if record.status in (RecognitionStatus.RECOGNISED, RecognitionStatus.NOT_REQUIRED):
            if eu and record.certificate not in BRUSSELS_CERTIFICATES:
                message = (
                    _m(
                        "recognised, but the certificate of the court of origin to rely on it "
                        "(Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is "
                        "not recorded (the certificate recorded, {certificate}, is not one of "
                        "the Regulation's)",
                        certificate=CERTIFICATE_NAMES[record.certificate],
                    )
                    if record.certificate
                    else _m(
                        "recognised, but the certificate of the court of origin to rely on it "
                        "(Art. 36, Annex III; Art. 47, Annexes V-VI for access and return) is "
                        "not recorded"
                    )
                )
                return Finding("recognition", Status.MISSING, message, reg.citation)
            if record.advance and not eu:
                message = _m("recognised in {there} in advance (Art. 24)", there=there)
            elif record.certificate:
                message = _m(
                    "recognised in {there} with the {certificate}",
                    there=there,
                    certificate=CERTIFICATE_NAMES[record.certificate],
                )
            else:
                message = _m("recognised in {there}", there=there)
            return Finding("recognition", Status.OK, message)
    if eu:
        return Finding(
            "recognition",
            Status.MISSING,
            _m(
                "recognised in {there} without any special procedure (Art. 30(1)); the "
                "certificate of the court of origin (Art. 36) must be obtained and recorded",
                there=there,
            ),
            reg.citation,
        )
    unknown = rules.hague1996.unknown(doc.issuing_country, there)
    if not hague and unknown:
        return Finding(
            "recognition",
            Status.PENDING,
            _m(
                "{states} not in this program's list of parties to the Hague 1996 Convention, "
                "which is not complete: check the HCCH status table (recognised by operation "
                "of law between parties, Art. 23(1); else under national law)",
                states=_both(unknown),
            ),
            rules.hague1996.citation,
        )
    if hague:
        return Finding(
            "recognition",
            Status.OK,
            _m(
                "recognised by operation of law in {there} (Art. 23(1)); refusal only on the "
                "grounds of Art. 23(2); advance recognition possible (Art. 24); the guardian's "
                "powers are shown by a certificate of Art. 40 where the state of origin issues "
                "one",
                there=there,
            ),
            rules.hague1996.citation,
        )
    outside = [s for s in (doc.issuing_country, there) if rules.hague1996.outside(s)]
    if outside:
        why = _as_of(
            _m("{state} is not a party to the Hague 1996 Convention", state=outside[0])
            if len(outside) == 1
            else _m(
                "neither {issuing} nor {there} is a party to the Hague 1996 Convention",
                issuing=outside[0],
                there=outside[1],
            ),
            rules.hague1996,
        )
        return Finding(
            "recognition",
            Status.MISSING,
            _m(
                "{why}: recognition under {there}'s own law must be sought",
                why=why,
                there=there,
            ),
            rules.hague1996.citation,
        )
    return Finding(
        "recognition",
        Status.MISSING,
        _m(
            "no convention between {issuing} and {there}: recognition under {there}'s own law "
            "must be sought",
            issuing=doc.issuing_country,
            there=there,
        ),
    )
