"""Court-readiness of a case's proceedings, from what the case records."""

from __future__ import annotations

from datetime import date
from typing import Any

from guardian_desk.domain.recognition import Status
from guardian_desk.services import cases, documents
from guardian_desk.services.records import new_record
from guardian_desk.storage.database import Database


def syrian_child(
    db: Database, opened_on: date = date(2026, 11, 1), hearing: str = "2026-12-10T09:00:00Z"
) -> cases.OpenedCase:
    """A Syrian child in Germany: a guardianship proceeding in Berlin opened on
    ``opened_on`` with a hearing at ``hearing`` (10 December 2026), and the child's Syrian
    birth certificate, in Arabic, neither legalised nor translated."""
    opened = cases.new_case(cases.next_reference(db), opened_on)
    case = opened.draft()
    case["home_jurisdiction"] = "DE-BE"
    case["child"].update(
        given_names="Rima",
        family_name="Haddad",
        sex="female",
        dob_certainty="documented",
        dob_year=2012,
        dob_month=4,
        dob_day=9,
        nationalities=["SY"],
        languages=["ar"],
    )
    proceeding = new_record(
        "proceedings",
        kind="guardianship",
        jurisdiction="DE-BE",
        opened_on=opened_on.isoformat(),
        forum_kind="court",
        forum_name="Amtsgericht Tempelhof-Kreuzberg, Familiengericht",
    )
    proceeding["hearings"].append(
        new_record("hearings", starts_at=hearing, time_zone="Europe/Berlin")
    )
    case["proceedings"].append(proceeding)
    case["documents"].append(
        new_record(
            "documents",
            document_type="birth_certificate",
            issuing_country="SY",
            number="123/2012",
            issued_on="2012-04-20",
            language="ar",
            copy_kind="certified_copy",
        )
    )
    return cases.save_case(db, opened, case)


def made_ready(case: dict[str, Any]) -> dict[str, Any]:
    """The birth certificate legalised up to the consulate and translated by a translator
    sworn in Berlin."""
    document = case["documents"][0]
    document["authentication_steps"] = [
        new_record("authentication_steps", sequence=1, kind="legalisation_consulate", country="DE")
    ]
    document["translations"] = [
        new_record(
            "translations",
            source_language="ar",
            target_language="de",
            translator_name="Samira Khoury",
            kind="sworn",
            sworn_in_jurisdiction="DE-BE",
        )
    ]
    return case


def test_what_the_birth_certificate_still_lacks(db: Database) -> None:
    saved = syrian_child(db)
    (proceeding,) = documents.readiness_of_case(saved.case, date(2026, 11, 27))
    assert proceeding.on == date(2026, 12, 10)
    assert proceeding.hearing
    assert not proceeding.ready
    (document,) = proceeding.documents
    assert document.label == "birth certificate (SY, No. 123/2012)"
    found = {f.item: f for f in document.findings}
    assert found["translation"].status is Status.MISSING
    assert "sworn in DE" in found["translation"].message
    assert found["authentication"].status in (Status.MISSING, Status.PENDING)


def test_legalised_and_translated_it_is_ready(db: Database) -> None:
    saved = syrian_child(db)
    saved = cases.save_case(db, saved, made_ready(saved.draft()))
    (proceeding,) = documents.readiness_of_case(saved.case, date(2026, 11, 27))
    assert proceeding.ready, proceeding.as_json()
    assert proceeding.as_json()["ready"] is True


def test_in_a_return_proceeding_the_birth_certificate_needs_no_legalisation(
    db: Database,
) -> None:
    """Hague 1980, Art. 23: the same Syrian birth certificate, checked for a return proceeding
    in Berlin, needs no legalisation; for the guardianship proceeding it still does."""
    saved = syrian_child(db)
    draft = saved.draft()
    draft["proceedings"].append(
        new_record(
            "proceedings",
            kind="child_return",
            jurisdiction="DE-BE",
            opened_on="2026-11-02",
            forum_kind="court",
            forum_name="Amtsgericht Pankow, Familiengericht",
        )
    )
    saved = cases.save_case(db, saved, draft)
    found = {p.kind: p for p in documents.readiness_of_case(saved.case, date(2026, 11, 27))}
    (returned,) = found["child_return"].documents
    authentication = next(f for f in returned.findings if f.item == "authentication")
    assert authentication.status is Status.NOT_REQUIRED
    assert "Art. 23" in authentication.citation
    (guarded,) = found["guardianship"].documents
    authentication = next(f for f in guarded.findings if f.item == "authentication")
    assert authentication.status in (Status.MISSING, Status.PENDING)
