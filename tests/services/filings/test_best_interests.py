"""The best-interests form and the guardian ad litem's report that draws on the assessment,
made from a case as a clerk or a lawyer would make them and read back from the PDF and the
DOCX; and neither gives the protection section away to a role that may not read it."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from guardian_desk.domain import filing as model
from guardian_desk.domain.enums import FilingFormat
from guardian_desk.errors import AccessDeniedError
from guardian_desk.resources import resource_path
from guardian_desk.services import audit, cases, exchange, filings, security
from guardian_desk.services.security.roles import ROLES_ENV
from guardian_desk.storage.database import Database
from tests.conftest import AS_OF
from tests.services.filings.assessments import (
    ASSESSMENT,
    DETERMINATION,
    record_best_interests,
    with_best_interests,
)

SIGNER = {"signer_name": "Amira Haddad"}
GAL_INPUTS = {
    "sources": "The child, 2 November 2026\nThe school report",
    "assessment": "The child is settled with the aunt.",
    "recommendations": "That the placement with the aunt continue.",
}
LANGUAGES = sorted(filings.shipped_forms().form("best-interests").languages)


def _pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pages))


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def _prepared(
    db: Database,
    form_id: str,
    *records: dict[str, Any],
    language: str = "en",
    inputs: dict[str, str] | None = None,
    gal: bool = False,
) -> filings.Prepared:
    """The form for the first demo case (with these best-interests records) and proceeding
    that has everything it needs; with ``gal``, a case that also has the child's views and a
    guardian ad litem, for the guardian ad litem's report."""
    typed = {**SIGNER, **GAL_INPUTS, **(inputs or {})}
    for case in exchange.export_document(db)["cases"]:
        tree = with_best_interests(case, *records) if records else case
        for p in tree["proceedings"]:
            request = filings.Request(
                case["id"], form_id, language, proceeding_id=p["id"], inputs=typed
            )
            prepared = filings.prepare(db, request, case=tree, today=AS_OF)
            if not prepared.missing and (not gal or prepared.data["child_views"]):
                return prepared
    raise AssertionError(f"no demo case has what {form_id} needs")


def test_the_form_in_pdf_and_docx_reads_back_the_determination(demo_db: Database) -> None:
    prepared = _prepared(demo_db, "best-interests", ASSESSMENT, DETERMINATION)
    pdf = filings.make(demo_db, prepared, FilingFormat.PDF, keep=False)
    text = _pdf_text(pdf.data)
    assert "REPORT OF A BEST-INTERESTS DETERMINATION" in text
    assert prepared.data["child"]["full_name"] in text
    assert prepared.data["proceeding"]["docket"] in text
    assert "October 14, 2026" in text  # held on
    # The child's own words, quoted.
    assert (
        "the child said: “I want to stay with my aunt in Hamburg and finish school here.”" in text
    )
    # Each participant and each option is an item of its own.
    lists = [b for b in pdf.filing.blocks if isinstance(b, model.ListBlock)]
    assert lists[0].items == (
        "Amira Haddad, caseworker",
        "Dr. Jonas Weber, psychologist",
        "the child",
    )
    assert lists[1].items == (
        "Placement with the maternal aunt in Hamburg",
        "Foster family in Altona",
        "Return to the grandmother in Aleppo",
    )
    assert "Placement with the maternal aunt, with monthly visits by the caseworker." in text
    assert "The following was decided on October 21, 2026:" in text
    assert "The child is placed with the maternal aunt in Hamburg." in text
    assert "The decision is to be reviewed on April 21, 2027." in text
    assert "Article 3(1)" in text
    assert "Article 12" in text
    assert "Amira Haddad" in text
    assert "For the best-interests determination panel" in text

    word = filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False)
    body = _docx_text(word.data)
    for expected in (
        "REPORT OF A BEST-INTERESTS DETERMINATION",
        "I want to stay with my aunt in Hamburg and finish school here.",
        "Dr. Jonas Weber, psychologist",
        "Return to the grandmother in Aleppo",
        "The child is placed with the maternal aunt in Hamburg.",
        "The decision is to be reviewed on April 21, 2027.",
    ):
        assert expected in body


def test_the_latest_is_reported_unless_another_day_is_typed(demo_db: Database) -> None:
    latest = _prepared(demo_db, "best-interests", ASSESSMENT, DETERMINATION)
    assert latest.data["best_interests"]["kind"] == "determination"
    earlier = _prepared(
        demo_db,
        "best-interests",
        ASSESSMENT,
        DETERMINATION,
        inputs={"best_interests_on": "2026-06-02"},
    )
    blocks = earlier.build().blocks
    text = " ".join(t for b in blocks for t in model.block_text(b))
    assert "REPORT OF A BEST-INTERESTS ASSESSMENT" in text
    assert "I miss my brother." in text
    assert "Decision" not in [
        model.block_text(b)[0] for b in blocks if isinstance(b, model.Heading)
    ]
    assert "The assessment is to be reviewed on September 1, 2026." in text
    assert "Best-interests assessor" in text  # the signer's function when none is typed
    # One dated after today has not been held yet: the latest held is reported.
    future = {**DETERMINATION, "held_on": "2027-01-15"}
    held = _prepared(demo_db, "best-interests", ASSESSMENT, future)
    assert held.data["best_interests"]["kind"] == "assessment"


def test_a_case_without_one_is_told_what_it_lacks(demo_db: Database) -> None:
    case = next(c for c in exchange.export_document(demo_db)["cases"] if c["proceedings"])
    request = filings.Request(case["id"], "best-interests", inputs=SIGNER)
    prepared = filings.prepare(demo_db, request, case=case, today=AS_OF)
    words = filings.shipped_forms().words_for("best_interests")
    assert prepared.missing == [words]
    assert "best-interests assessment or determination" in words
    # A day typed on which none was held is missing in the same words.
    tree = with_best_interests(case)
    wrong = filings.Request(
        case["id"], "best-interests", inputs={**SIGNER, "best_interests_on": "2026-10-15"}
    )
    assert filings.prepare(demo_db, wrong, case=tree, today=AS_OF).missing == [words]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_in_each_language(demo_db: Database, language: str) -> None:
    """Every language the form is written in, as PDF (every character in a shipped font) and
    DOCX, with the record's own words in it."""
    prepared = _prepared(demo_db, "best-interests", DETERMINATION, language=language)
    pdf = filings.make(demo_db, prepared, FilingFormat.PDF, keep=False)
    assert pdf.filing.language == language
    text = _pdf_text(pdf.data)
    assert "The child is placed with the maternal aunt in Hamburg." in text
    assert "Amira Haddad" in text
    if language != "en":
        assert "UNREVIEWED TRANSLATION" in pdf.filing.marks  # drafts, said on every page
    body = _docx_text(filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False).data)
    assert "Dr. Jonas Weber, psychologist" in body
    assert prepared.data["child"]["full_name"] in body


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ar", "تقرير تحديد المصلحة الفضلى للطفل"),
        ("fr", "l'intérêt supérieur de l'enfant"),
        ("de", "Kindeswohls"),
        ("es", "INTERÉS SUPERIOR DEL MENOR"),
        ("it", "SUPERIORE INTERESSE DEL MINORE"),
    ],
)
def test_each_legal_system_says_best_interests_its_own_way(
    demo_db: Database, language: str, words: str
) -> None:
    prepared = _prepared(demo_db, "best-interests", DETERMINATION, language=language)
    made = filings.make(demo_db, prepared, FilingFormat.PDF, keep=False)
    assert words in _pdf_text(made.data)
    if language == "ar":  # joined Arabic letters, read back in reading order
        assert re.search(
            "[\u0600-\u06ff]{4,}",
            _docx_text(filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False).data),
        )


def test_the_gal_report_includes_the_assessment_and_reads_as_before_without_one(
    demo_db: Database,
) -> None:
    with_one = _prepared(demo_db, "gal-report", DETERMINATION, gal=True)
    case_id = with_one.request.case_id
    request = with_one.request
    tree = next(c for c in exchange.export_document(demo_db)["cases"] if c["id"] == case_id)
    without = filings.prepare(demo_db, request, case=tree, today=AS_OF)
    assert without.data["best_interests"] is None
    assert not without.missing

    made = filings.make(demo_db, with_one, FilingFormat.PDF, keep=False)
    text = _pdf_text(made.data)
    assert (
        "A best-interests determination was held on October 14, 2026 (participants: Amira "
        "Haddad, caseworker; Dr. Jonas Weber, psychologist; the child)." in text
    )
    assert "It recommended: “Placement with the maternal aunt" in text
    assert (
        "On October 21, 2026, it was decided: “The child is placed with the maternal aunt" in text
    )
    assert "The decision is to be reviewed on April 21, 2027." in text
    # Under the child's views, what the child said at the determination, quoted.
    views = made.filing.blocks.index(
        next(b for b in made.filing.blocks if model.block_text(b) == ["The child's views"])
    )
    assessment = made.filing.blocks.index(
        next(b for b in made.filing.blocks if model.block_text(b) == ["Assessment"])
    )
    between = [model.block_text(b)[0] for b in made.filing.blocks[views:assessment]]
    assert any("finish school here.”" in t for t in between)
    word = _docx_text(filings.make(demo_db, with_one, FilingFormat.DOCX, keep=False).data)
    assert "The decision is to be reviewed on April 21, 2027." in word

    # Without one, the report is the same text less those two paragraphs.
    plain = [model.block_text(b) for b in without.build().blocks]
    assert not any("best-interests" in t for texts in plain for t in texts)
    assert not any("finish school here" in t for texts in plain for t in texts)
    added = [
        texts
        for texts in (model.block_text(b) for b in made.filing.blocks)
        if "best-interests determination" in texts[0]
    ]
    assert len(added) == 2
    unnumbered = [re.sub(r"^\d+\. ", "", t) for texts in plain for t in texts]
    kept = [
        re.sub(r"^\d+\. ", "", t)
        for texts in (model.block_text(b) for b in made.filing.blocks)
        if texts not in added
        for t in texts
    ]
    assert kept == unnumbered


def test_the_same_words_are_not_quoted_twice(demo_db: Database) -> None:
    """The child's views written in a note and again in the assessment are quoted once."""
    noted = _prepared(demo_db, "gal-report", DETERMINATION, gal=True)
    said = noted.data["child_views"][0]["text"]
    again = {**DETERMINATION, "childs_views": said}
    prepared = _prepared(demo_db, "gal-report", again, gal=True)
    texts = [t for b in prepared.build().blocks for t in model.block_text(b)]
    assert sum(said in t for t in texts) == 1


@pytest.mark.parametrize(
    "language", sorted(set(filings.shipped_forms().form("gal-report").languages) - {"en"})
)
def test_the_gal_report_says_it_in_each_language(demo_db: Database, language: str) -> None:
    """The assessment's paragraph in every language of the report: read back from the DOCX
    (a right-to-left paragraph's English words are in reading order there) and the PDF."""
    prepared = _prepared(demo_db, "gal-report", DETERMINATION, language=language, gal=True)
    word = _docx_text(filings.make(demo_db, prepared, FilingFormat.DOCX, keep=False).data)
    assert "The child is placed with the maternal aunt in Hamburg." in word
    assert "Dr. Jonas Weber, psychologist" in word
    assert "2027" in word  # the review (its day as the language writes it)
    assert "I want to stay with my aunt in Hamburg" in word  # under the child's views
    pdf = _pdf_text(filings.make(demo_db, prepared, FilingFormat.PDF, keep=False).data)
    assert "Jonas" in pdf
    if language == "ar":
        assert "أُجري تحديد المصلحة الفضلى للطفل" in pdf


# --- a role that may not read the protection section ------------------------------------------


@pytest.fixture
def team(demo_db: Database) -> Database:
    security.add_demo_users(demo_db)
    return demo_db


def _as(db: Database, username: str) -> None:
    db.person = None
    security.sign_in(db, username, security.DEMO_PASSPHRASE)


def _clerks_case(db: Database, *, gal: bool = False) -> str:
    """A case the clerk may open (with what the guardian ad litem's report needs, with
    ``gal``), given the determination while no one is signed in."""
    _as(db, "clerk")
    mine = set(cases.list_ids(db))
    db.person = None
    for case in exchange.export_document(db)["cases"]:
        if case["id"] not in mine:
            continue
        if gal:
            request = filings.Request(case["id"], "gal-report", inputs=GAL_INPUTS)
            prepared = filings.prepare(db, request, case=case, today=AS_OF)
            if prepared.missing:
                continue
        record_best_interests(db, case["id"])
        return str(case["id"])
    raise AssertionError("the clerk has no such case")


def test_a_clerk_is_told_why_the_form_is_not_theirs_to_make(team: Database) -> None:
    db = team
    case_id = _clerks_case(db)
    _as(db, "clerk")
    request = filings.Request(case_id, "best-interests", inputs=SIGNER)
    prepared = filings.prepare(db, request, today=AS_OF)
    sentence = (
        "Your role (Clerk) may not read the case's protection and risk, which this form is "
        "made from; someone whose role may read them can make it."
    )
    assert prepared.refused == sentence
    assert prepared.missing == [sentence]  # not "the case lacks an assessment": it has one
    assert prepared.data["best_interests"] is None
    with pytest.raises(AccessDeniedError) as caught:
        filings.make(db, prepared, FilingFormat.PDF, keep=False)
    assert str(caught.value) == sentence
    with pytest.raises(AccessDeniedError):
        filings.require_readable(db, prepared)
    # A whole case tree handed to prepare is cut to what the clerk reads all the same.
    whole = cases.open_case(db, case_id, whole=True).case
    assert whole["best_interests"]
    given = filings.prepare(db, request, case=whole, today=AS_OF)
    assert given.data["best_interests"] is None
    # Each refusal is in the audit log, with the form and the section.
    db.person = None  # read as the data-protection officer would
    denied = [e for e in audit.entries(db) if e.action == "access denied"]
    assert len(denied) == 2
    assert denied[0].actor == "clerk"
    assert denied[0].case_id == case_id
    assert denied[0].detail["form"] == "best-interests"
    assert denied[0].detail["sections"] == ["protection"]
    # Whoever reads the protection section makes it.
    _as(db, "admin")
    made = filings.make(db, filings.prepare(db, request, today=AS_OF), FilingFormat.PDF, keep=False)
    assert "The child is placed with the maternal aunt in Hamburg." in _pdf_text(made.data)


def test_a_clerk_who_reads_the_childs_views_gets_no_assessment_in_a_gal_report(
    team: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An organisation whose clerks read the child's views (to file the guardian ad litem's
    report) but not the protection section: the report they make holds the child's views
    and nothing of the assessment."""
    shipped = resource_path("roles", "clerk.toml").read_text(encoding="utf-8")
    (tmp_path / "clerk.toml").write_text(
        shipped.replace('views = "none"', 'views = "read"'), encoding="utf-8"
    )
    monkeypatch.setenv(ROLES_ENV, str(tmp_path))
    db = team
    case_id = _clerks_case(db, gal=True)
    _as(db, "clerk")
    assert db.person is not None
    assert db.person.role.may_read("views")
    request = filings.Request(case_id, "gal-report", inputs=GAL_INPUTS)
    prepared = filings.prepare(db, request, today=AS_OF)
    assert prepared.refused is None
    assert not prepared.missing
    assert prepared.data["best_interests"] is None
    text = _pdf_text(filings.make(db, prepared, FilingFormat.PDF, keep=False).data)
    word = _docx_text(filings.make(db, prepared, FilingFormat.DOCX, keep=False).data)
    assert prepared.data["child_views"][0]["text"] in word
    for hidden in ("best-interests", "Hamburg", "Jonas", "April 21, 2027"):
        assert hidden not in text
        assert hidden not in word
    # The same report made by the guardian ad litem's lawyer says it.
    _as(db, "admin")
    theirs = filings.prepare(db, request, today=AS_OF)
    assert "A best-interests determination was held" in _pdf_text(
        filings.make(db, theirs, FilingFormat.PDF, keep=False).data
    )
