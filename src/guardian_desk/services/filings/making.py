"""Making a filing from a case: check its data, render it, keep it with the case.

Every filing made is recorded in the case (form and version, language, format, who and when,
what the clerk typed, the exhibits, and the file itself with its SHA-256), so that it can be
opened again, and made again after the case is corrected.
"""

from __future__ import annotations

import copy
import dataclasses
import getpass
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from guardian_desk.domain import filing as model
from guardian_desk.domain.enums import FilingFormat
from guardian_desk.domain.roles import SECTION_NAMES
from guardian_desk.errors import GuardianDeskError, Message, NotFoundError
from guardian_desk.progress import Progress, report
from guardian_desk.services import access, audit, cases
from guardian_desk.services.documents import Scan, stored_file
from guardian_desk.services.filings.bilingual import build_bilingual, build_filing, check_language
from guardian_desk.services.filings.catalogue import Catalogue, Form, shipped
from guardian_desk.services.filings.data import filing_data, missing_data, stored_pages
from guardian_desk.services.filings.languages import DefaultLanguages, filing_languages
from guardian_desk.services.records import new_record
from guardian_desk.services.team import team_members
from guardian_desk.storage.database import Database

PACKET_PREFIX = "packet:"  # a kept packet's form_id: "packet:" and the form that leads it
# A kept filing's choices beyond its language, kept with what the clerk typed (its ``inputs``)
# to make it again as it was: the second language and how the two are arranged.
SECOND_LANGUAGE_KEY = "_second_language"
ARRANGEMENT_KEY = "_arrangement"
MEDIA_TYPES = {
    FilingFormat.PDF: "application/pdf",
    FilingFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True)
class Request:
    """What to make: a form, for a case, in a language, with what the clerk typed."""

    case_id: str
    form_id: str
    language: str = "en"
    hearing_id: str | None = None
    proceeding_id: str | None = None
    inputs: Mapping[str, str] | None = None
    exhibit_ids: tuple[str, ...] | None = None  # None: every document with a scan
    second_language: str | None = None  # bilingual: the child's language beside the court's
    arrangement: str | None = None  # "columns" or "sequential"; None: the form's own
    # Arabic-Indic digits in Arabic, Dari or Pashto text; None: as the forum's style says.
    native_digits: bool | None = None


@dataclass(frozen=True)
class Prepared:
    """A request with the form and the case's data: what is missing can be shown first.

    ``refused`` says why the signed-in person may not make this form at all (it is made from
    a section of the case their role may not read); ``missing`` then holds that sentence
    alone, so that whatever waits for nothing to be missing waits for ever."""

    request: Request
    form: Form
    data: dict[str, Any]
    missing: list[str]
    second: dict[str, Any] | None = None  # the same data in the second language
    refused: Message | None = None

    def build(self, catalogue: Catalogue | None = None) -> model.Filing:
        """The filing in one language, or in two (raises FormError as build_filing does)."""
        catalogue = catalogue or shipped()
        request = self.request
        if self.second is not None and request.second_language:
            return build_bilingual(
                catalogue,
                self.form,
                self.data,
                self.second,
                request.language,
                request.second_language,
                request.arrangement,
                digits=request.native_digits,
            )
        return build_filing(
            catalogue, self.form, self.data, request.language, digits=request.native_digits
        )


@dataclass(frozen=True)
class Made:
    filing: model.Filing
    format: FilingFormat
    data: bytes
    file_name: str
    record_id: str | None = None  # the filing's record in the case, when kept

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def record_unkept(
    db: Database,
    prepared: Prepared,
    what: str,
    fmt: FilingFormat,
    *,
    before_commit: Callable[[], None],
) -> None:
    """A filing or packet written to a file and not kept in the case is still in the audit
    log: the entry is committed as the file is put in place (``before_commit``, from
    ``files.staged_file``), so there is neither without the other."""
    with db.unit_of_work() as session:
        audit.record(
            session,
            f"{what} made, not kept",
            case_id=prepared.request.case_id,
            detail={"form": prepared.form.id, "format": fmt.value},
        )
        session.flush()
        before_commit()


def record_print(db: Database, case_ids: Sequence[str], what: str) -> None:
    """Before a print preview opens (from which it prints): the role must have ``print``,
    and each case printed from is written in the audit log.

    Raises:
        AccessDeniedError: the person's role may not print.
    """
    access.require(db, "print")
    with db.unit_of_work() as session:
        for case_id in dict.fromkeys(case_ids):
            audit.record(session, "printed", case_id=case_id, detail={"what": what[:120]})


def team_names(db: Database) -> dict[str, str]:
    return {m.id: m.name for m in team_members(db)}


def prepare(
    db: Database,
    request: Request,
    *,
    case: Mapping[str, Any] | None = None,
    catalogue: Catalogue | None = None,
    today: date | None = None,
) -> Prepared:
    """The form and the case data for a request, and what the form still lacks (plain words).

    The data comes from the sections of the case the signed-in person may read (a ``case``
    given is cut to them too): what their role may not read is in no filing they make.

    Raises:
        NotFoundError: the case does not exist.
        FormError: the form does not exist, or is not written in that language.
    """
    catalogue = catalogue or shipped()
    form = catalogue.form(request.form_id)
    check_language(form, request.language)
    if request.second_language:
        check_language(form, request.second_language)
    opened = case if case is not None else cases.open_case(db, request.case_id).case
    case = access.visible_tree(access.person_of(db), dict(opened))
    _refuse_unknown_records(case, request)
    names = team_names(db)

    def data_in(language: str) -> dict[str, Any]:
        return filing_data(
            case,
            names,
            form=form,
            language=language,
            proceeding_id=request.proceeding_id,
            hearing_id=request.hearing_id,
            inputs={i.name: i.default for i in form.inputs} | dict(request.inputs or {}),
            exhibit_ids=list(request.exhibit_ids) if request.exhibit_ids is not None else None,
            today=today,
            vocabulary=catalogue.vocabulary.get(language, {}),
            pages_of=pages_of,
        )

    pages_of = stored_pages(db)  # the exhibit index's Pages column, from the scans kept
    data = data_in(request.language)
    second = data_in(request.second_language) if request.second_language else None
    refused = _unreadable(db, form)
    # Refused, the data's gaps would mislead: the case may well have what the role cannot see.
    missing: list[str] = [refused] if refused else missing_data(catalogue, form, data)
    return Prepared(request, form, data, missing, second, refused)


def _unreadable(db: Database, form: Form) -> Message | None:
    """Why the signed-in person may not make ``form`` (made from sections of a case their
    role may not read), or None."""
    hidden = [s for s in form.reads if not access.may_read(db, s)]
    person = access.person_of(db)
    if not hidden or person is None:
        return None
    return Message(
        "Forms",
        "Your role ({role}) may not read the case's {sections}, which this form is made from; "
        "someone whose role may read them can make it.",
        role=person.role.name,
        sections=", ".join(SECTION_NAMES[s] for s in hidden),
    )


def require_readable(db: Database, prepared: Prepared) -> None:
    """Go on only if the person's role may read every section the form is made from.

    Raises:
        AccessDeniedError: it may not, saying so in one sentence (written in the audit log).
    """
    if prepared.refused is not None:
        access.deny(
            db,
            "make_filings",
            case_id=prepared.request.case_id,
            message=prepared.refused,
            detail={"form": prepared.form.id, "sections": list(prepared.form.reads)},
        )


def _refuse_unknown_records(case: Mapping[str, Any], request: Request) -> None:
    """A hearing, proceeding or exhibit named in the request must be one of this case's."""
    proceedings = case.get("proceedings") or []
    hearings = {h.get("id") for p in proceedings for h in p.get("hearings") or []}
    if request.hearing_id is not None and request.hearing_id not in hearings:
        raise NotFoundError(f"This case has no hearing with the id {request.hearing_id[:40]}.")
    if request.proceeding_id is not None and request.proceeding_id not in {
        p.get("id") for p in proceedings
    }:
        raise NotFoundError(
            f"This case has no proceeding with the id {request.proceeding_id[:40]}."
        )
    documents = {d.get("id") for d in case.get("documents") or []}
    for exhibit in request.exhibit_ids or ():
        if exhibit not in documents:
            raise NotFoundError(f"This case has no document with the id {exhibit[:40]}.")


def render(filing: model.Filing, fmt: FilingFormat) -> bytes:
    if fmt is FilingFormat.PDF:
        from guardian_desk.services.filings.render_pdf import render_pdf

        return render_pdf(filing)
    from guardian_desk.services.filings.render_docx import render_docx

    return render_docx(filing)


def file_name(filing: model.Filing, reference: str, fmt: FilingFormat) -> str:
    languages = filing.language + (f"+{filing.second_language}" if filing.second_language else "")
    return f"{reference} {filing.form_id} {languages}.{fmt.value}"


def make(
    db: Database,
    prepared: Prepared,
    fmt: FilingFormat,
    *,
    keep: bool = True,
    made_by: str | None = None,
    catalogue: Catalogue | None = None,
) -> Made:
    """Render the filing; with ``keep``, record it and its file in the case in one
    transaction (nothing is kept if anything fails). Whoever writes a filing not kept to a
    file records it with :func:`record_unkept` as the file is put in place.

    Raises:
        FormError: data missing (in plain words) or a mistake in the form's template.
        AccessDeniedError: the person's role may not make filings (or keep them in the case),
            or may not read a section of the case the form is made from.
    """
    case_id = prepared.request.case_id
    access.require(db, "make_filings", case_id=case_id)
    require_readable(db, prepared)
    if keep and not access.may_write(db, "filings"):
        access.deny(db, "make_filings", case_id=case_id)
    catalogue = catalogue or shipped()
    # The audit log's head as the filing is made: carried in its keywords wherever it goes.
    filing = dataclasses.replace(
        prepared.build(catalogue), checkpoint=audit.take_checkpoint(db).text()
    )
    data = render(filing, fmt)
    reference = str(prepared.data["case"]["reference"] or "")
    made = Made(filing, fmt, data, file_name(filing, reference, fmt))
    if not keep:
        return made
    return Made(filing, fmt, data, made.file_name, keep_made(db, prepared, made, made_by=made_by))


def keep_made(
    db: Database,
    prepared: Prepared,
    made: Made,
    *,
    made_by: str | None = None,
    before_commit: Callable[[], None] | None = None,
) -> str:
    """Record a made filing, with its file, in its case (one transaction); its record's id.

    Whoever also writes the filing to a file stages it first (``files.staged_file``) and
    passes its ``put_in_place`` as ``before_commit``: the file and the record exist together
    or not at all.
    """
    return keep_file(
        db,
        prepared,
        form_id=made.filing.form_id,
        title=prepared.form.title,
        fmt=made.format,
        data=made.data,
        file_name=made.file_name,
        made_by=made_by,
        before_commit=before_commit,
    )


def keep_file(
    db: Database,
    prepared: Prepared,
    *,
    form_id: str,
    title: str,
    fmt: FilingFormat,
    data: bytes,
    file_name: str,
    made_by: str | None = None,
    before_commit: Callable[[], None] | None = None,
) -> str:
    """Record a made file in its case, with the file, in one transaction; its record's id.

    ``before_commit`` runs last inside that transaction (see :func:`keep_made`)."""
    opened = cases.open_case(db, prepared.request.case_id)
    edited = copy.deepcopy(opened.case)
    sha256 = hashlib.sha256(data).hexdigest()
    scan = Scan(sha256, MEDIA_TYPES[fmt], data, file_name)
    request = prepared.request
    inputs = dict(request.inputs or {})
    if request.second_language and request.second_language != request.language:
        inputs[SECOND_LANGUAGE_KEY] = request.second_language
        if request.arrangement:
            inputs[ARRANGEMENT_KEY] = request.arrangement
    record = new_record(
        "filings",
        form_id=form_id,
        form_version=prepared.form.version,
        title=title,
        language=prepared.request.language,
        format=fmt.value,
        proceeding_id=_proceeding_id(opened.case, prepared.data),
        hearing_id=prepared.data["hearing"].get("id"),
        made_by=made_by or _who(),
        made_at=datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        inputs=json.dumps(inputs, ensure_ascii=False),
        exhibit_ids=list(prepared.request.exhibit_ids or []),
        attachment_id=sha256,
    )
    edited.setdefault("filings", []).append(record)
    packet = form_id.startswith(PACKET_PREFIX)
    cases.write_changes(
        db,
        opened,
        edited,
        [scan.as_exchange()],
        before_commit=before_commit,
        audit_action="packet made" if packet else "filing made",
        audit_detail={
            "form": form_id,
            "language": request.language,
            "second_language": inputs.get(SECOND_LANGUAGE_KEY),
            "format": fmt.value,
            "sha256": sha256,
        },
    )
    return str(record["id"])


def _proceeding_id(case: Mapping[str, Any], data: Mapping[str, Any]) -> str | None:
    docket = data["proceeding"].get("docket")
    forum = data["proceeding"].get("forum")
    for p in case.get("proceedings", []):
        if p.get("reference") == docket and p.get("forum_name") == forum:
            return str(p["id"])
    return None


def _who() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@dataclass(frozen=True)
class Kept:
    """A filing kept in a case."""

    id: str
    form_id: str
    form_version: str
    title: str
    language: str
    format: FilingFormat
    made_by: str | None
    made_at: str
    sha256: str
    hearing_id: str | None
    inputs: dict[str, str]  # what the clerk typed
    exhibit_ids: tuple[str, ...]
    second_language: str | None = None  # a bilingual filing: the child's language
    arrangement: str | None = None  # a bilingual filing: "columns" or "sequential"

    @property
    def languages(self) -> tuple[str, ...]:
        """Its language, and its second one when it is bilingual."""
        return (self.language, self.second_language) if self.second_language else (self.language,)


def _kept(record: Mapping[str, Any]) -> Kept:
    inputs = json.loads(record["inputs"]) if record.get("inputs") else {}
    second = inputs.pop(SECOND_LANGUAGE_KEY, None)
    arrangement = inputs.pop(ARRANGEMENT_KEY, None)
    return Kept(
        record["id"],
        record["form_id"],
        record["form_version"],
        record["title"],
        record["language"],
        FilingFormat(record["format"]),
        record.get("made_by"),
        record["made_at"],
        record["attachment_id"],
        record.get("hearing_id"),
        inputs,
        tuple(record.get("exhibit_ids") or ()),
        str(second) if second else None,
        str(arrangement) if arrangement else None,
    )


def kept(case: Mapping[str, Any]) -> list[Kept]:
    """The filings kept in a case tree, newest first."""
    found = [_kept(f) for f in case.get("filings", [])]
    return sorted(found, key=lambda k: k.made_at, reverse=True)


def kept_file(db: Database, filing: Kept) -> bytes | None:
    found = stored_file(db, filing.sha256)
    return found.data if found else None


@dataclass(frozen=True)
class BatchOutcome:
    """What a clerk's batch made, and what it could not make and why."""

    made: tuple[tuple[str, Made], ...]  # (the hearing's id, the filing)
    failed: tuple[tuple[str, str], ...]  # (the hearing's id, why, in plain words)


def hearings_to_come(db: Database, first: date, last: date) -> list[Any]:
    """The scheduled hearings from ``first`` to ``last``, in time order (calendar events)."""
    from guardian_desk.services import calendar

    return [
        e
        for e in calendar.events(db, first, last)
        if e.kind is calendar.EventKind.HEARING and e.status == "scheduled"
    ]


Languages = tuple[str, str | None]  # a filing's first language and its second, if any


def batch_languages(
    db: Database, hearings: Sequence[tuple[str, str]], form_id: str
) -> dict[str, DefaultLanguages]:
    """The languages the form would be made in for each (case id, hearing id) of a batch
    unless the clerk chooses others (:func:`.languages.default_languages`), by hearing id.
    A case that cannot be opened is left out: the batch says why when it comes to it."""
    form = shipped().form(form_id)
    found: dict[str, DefaultLanguages] = {}
    trees: dict[str, Mapping[str, Any]] = {}
    for case_id, hearing_id in hearings:
        try:
            case = trees.get(case_id) or cases.open_case(db, case_id).case
        except GuardianDeskError:
            continue
        trees[case_id] = case
        found[hearing_id] = filing_languages(form, case, hearing_id=hearing_id)
    return found


def batch(
    db: Database,
    hearings: list[tuple[str, str]],
    form_id: str,
    *,
    languages: Mapping[str, Languages] | None = None,
    fmt: FilingFormat = FilingFormat.PDF,
    made_by: str | None = None,
    progress: Progress | None = None,
) -> BatchOutcome:
    """The form for each (case id, hearing id), each kept in its case; one that cannot be
    made is listed with the reason and the others go on. Each is made in the languages
    ``languages`` gives for its hearing id, else in the court's and the child's
    (:func:`.languages.default_languages`). ``progress`` returning False stops the batch
    (what was made is kept).

    Raises:
        Cancelled: ``progress`` asked to stop.
    """
    made: list[tuple[str, Made]] = []
    failed: list[tuple[str, str]] = []
    chosen = dict(languages or {})
    for index, (case_id, hearing_id) in enumerate(hearings):
        report(progress, index, len(hearings))
        try:
            case = cases.open_case(db, case_id).case
            if hearing_id in chosen:
                first, second = chosen[hearing_id]
            else:
                rule = filing_languages(shipped().form(form_id), case, hearing_id=hearing_id)
                first, second = rule.first, rule.second
            request = Request(
                case_id, form_id, first, hearing_id=hearing_id, second_language=second
            )
            prepared = prepare(db, request, case=case)
            require_readable(db, prepared)
            if prepared.missing:
                failed.append((hearing_id, "the case lacks: " + "; ".join(prepared.missing)))
                continue
            made.append((hearing_id, make(db, prepared, fmt, made_by=made_by)))
        except GuardianDeskError as exc:
            failed.append((hearing_id, str(exc)))
    report(progress, len(hearings), len(hearings))
    return BatchOutcome(tuple(made), tuple(failed))
