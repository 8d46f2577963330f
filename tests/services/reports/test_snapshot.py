"""A report made for a period on the demo data: what it shows is the true count, no hidden
count can be worked out from what every table of it shows (the attack of
tests/domain/test_disclosure.py, over cells built here from the shown tables), drill-down
into a hidden count is refused, only roles with the reports action make one, each is audited,
and an organisation's own report file is read or named with its fault."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Hashable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from guardian_desk.domain.disclosure import Published, Status
from guardian_desk.domain.reports import parse_report
from guardian_desk.errors import AccessDeniedError, NotFoundError, ValidationError
from guardian_desk.services import audit, documents, reports, security
from guardian_desk.services.reports import INDICATORS, Period, cube, make_snapshot
from guardian_desk.services.reports.definitions import REPORTS_ENV, load_reports
from guardian_desk.storage.database import Database
from tests.domain.test_disclosure import recovered

FIRST, LAST, TODAY = date(2026, 1, 1), date(2026, 11, 26), date(2026, 11, 26)
SHIPPED = ("caseload", "proceedings", "time", "protection", "outcomes", "readiness")


def _attack(snapshot: reports.Snapshot) -> set[Hashable]:
    """Every hidden count of the snapshot a reader works out from what it shows: the tables
    of one population sum the cells of one cube of all their dimensions."""
    found: set[Hashable] = set()
    by_source: dict[Any, list[reports.ShownTable]] = {}
    for table in snapshot.tables:
        by_source.setdefault(table.indicator.source, []).append(table)
    for tables in by_source.values():
        dims = list(dict.fromkeys(d for t in tables for d in (t.spec.rows, t.spec.columns) if d))
        categories: dict[str, list[str]] = {d: [] for d in dims}
        for t in tables:
            categories[t.spec.rows] += [r for r in t.rows if r not in categories[t.spec.rows]]
            if t.spec.columns:
                column = categories[t.spec.columns]
                column += [c for c in t.columns if c not in column]
        cells = list(itertools.product(*(categories[d] for d in dims)))
        published, hidden = [], set()
        for t in tables:
            r = dims.index(t.spec.rows)
            c = dims.index(t.spec.columns) if t.spec.columns else None
            for (row, column), shown in t.cells.items():
                members = frozenset(
                    i
                    for i, cell in enumerate(cells)
                    if (row is None or cell[r] == row)
                    and (column is None or c is None or cell[c] == column)
                )
                if not members:
                    continue
                key = (t.spec.id, row, column)
                published.append(Published(key, members, 0))
                if shown.status is not Status.SHOWN:
                    hidden.add(key)
        found |= recovered(published, hidden)
    return found


@pytest.mark.parametrize("report", SHIPPED)
def test_no_hidden_count_can_be_worked_out_and_the_shown_ones_are_true(
    demo_db: Database, report: str
) -> None:
    snapshot = make_snapshot(demo_db, report, FIRST, LAST, today=TODAY)
    assert _attack(snapshot) == set()
    period = Period(FIRST, LAST, TODAY)
    rule = snapshot.report.rule
    for table in snapshot.tables:
        dims = [d for d in (table.spec.rows, table.spec.columns) if d]
        top = None
        if "nationality" in dims:
            top = [r for r in table.rows if r != "other"]
        with demo_db.reading() as session:
            true = cube(session, INDICATORS[table.spec.indicator], dims, period, rule, top=top)
        for (row, column), shown in table.cells.items():
            if shown.status is not Status.SHOWN:
                continue
            expected = sum(
                n
                for key, n in true.items()
                if (row is None or key[0] == row) and (column is None or key[1] == column)
            )
            assert shown.value == expected, (table.spec.id, row, column)


def test_the_demo_reports_hide_small_counts_and_say_their_rule(demo_db: Database) -> None:
    hidden = 0
    for report in SHIPPED:
        snapshot = make_snapshot(demo_db, report, FIRST, LAST, today=TODAY)
        for table in snapshot.tables:
            for shown in table.cells.values():
                if shown.status is Status.SMALL:
                    hidden += 1
                    assert shown.text == f"<{10 if table.sensitive else 5}"
                    assert shown.value is None
        assert "below 5" in str(snapshot.notes[0])
    assert hidden  # 60 demo children: small counts are met, and hidden


def test_the_trafficking_tables_use_the_higher_threshold(demo_db: Database) -> None:
    snapshot = make_snapshot(demo_db, "protection", FIRST, LAST, today=TODAY)
    concern = snapshot.table("concern-age")
    assert concern.sensitive
    for shown in concern.cells.values():
        if shown.status is Status.SHOWN and shown.value:
            assert shown.value >= 10
    assert not snapshot.table("referrals-service-status").sensitive


def test_drilling_down_into_a_hidden_count_is_refused(demo_db: Database) -> None:
    snapshot = make_snapshot(demo_db, "caseload", FIRST, LAST, today=TODAY)
    table = next(
        t
        for t in snapshot.tables
        if any(t.cell(r, None).status is not Status.SHOWN for r in t.rows)
    )
    row = next(r for r in table.rows if table.cell(r, None).status is not Status.SHOWN)
    assert "hidden" in str(reports.drill_down(table, row))
    shown = next(r for r in table.rows if table.cell(r, None).status is Status.SHOWN)
    assert reports.drill_down(table, shown) is None


def test_a_filter_narrows_every_table(demo_db: Database) -> None:
    whole = make_snapshot(demo_db, "caseload", FIRST, LAST, today=TODAY)
    girls = make_snapshot(demo_db, "caseload", FIRST, LAST, {"sex": "female"}, today=TODAY)
    sexes = whole.table("opened-age-sex")
    assert girls.table("opened-age-sex").columns == ("female",)
    with demo_db.reading() as session:
        counted = cube(
            session,
            INDICATORS["cases_opened"],
            ["period"],
            Period(FIRST, LAST, TODAY),
            girls.report.rule,
            filters={"sex": "female"},
        )
    assert sum(counted.values()) == sexes.cell(None, "female").value
    # The same count (all the girls opened) has one fate in both tables of the snapshot.
    assert girls.table("opened-quarter").cell(None).text == (
        girls.table("opened-age-sex").cell(None, None).text
    )
    with pytest.raises(ValidationError, match="cannot be narrowed by Kind"):
        make_snapshot(demo_db, "caseload", FIRST, LAST, {"kind": "asylum"}, today=TODAY)


def test_bad_periods_and_reports_are_refused_in_a_sentence(demo_db: Database) -> None:
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        make_snapshot(demo_db, "caseload", LAST, FIRST, today=TODAY)
    with pytest.raises(NotFoundError, match="No report 'nothing'"):
        make_snapshot(demo_db, "nothing", FIRST, LAST, today=TODAY)


def test_only_a_role_with_the_reports_action_makes_one_and_each_is_audited(
    demo_db: Database,
) -> None:
    from guardian_desk.services.security.users import DEMO_USERS

    users = {role: name for name, role, _kind in DEMO_USERS}
    whole = make_snapshot(demo_db, "caseload", FIRST, LAST, today=TODAY)
    security.add_demo_users(demo_db)
    security.sign_in(demo_db, users["clerk"], security.DEMO_PASSPHRASE)
    with pytest.raises(AccessDeniedError):
        make_snapshot(demo_db, "caseload", FIRST, LAST, today=TODAY)
    demo_db.person = None
    security.sign_in(demo_db, users["data_protection_officer"], security.DEMO_PASSPHRASE)
    # The data-protection officer reads no case, and counts every case.
    theirs = make_snapshot(demo_db, "caseload", FIRST, LAST, today=TODAY)
    assert theirs.table("opened-quarter").cell(None).value == (
        whole.table("opened-quarter").cell(None).value
    )
    assert not any("record scope" in str(n) for n in theirs.notes)  # every case
    demo_db.person = None
    security.sign_in(demo_db, users["supervising_lawyer"], security.DEMO_PASSPHRASE)
    assert demo_db.person is not None
    # A supervisor of one office counts that office's cases, and the report says so.
    demo_db.person = dataclasses.replace(demo_db.person, office="An office with no case")
    team = make_snapshot(demo_db, "caseload", FIRST, LAST, today=TODAY)
    assert any("record scope" in str(n) for n in team.notes)
    # (the demo's cases have no office: they belong to the whole team, so all are counted)
    assert (
        team.table("opened-quarter").cell(None).text
        == whole.table("opened-quarter").cell(None).text
    )
    demo_db.person = None
    made = [e for e in audit.entries(demo_db) if e.action == "report made"]
    assert len(made) == 3
    assert made[-1].detail == {
        "report": "caseload",
        "from": "2026-01-01",
        "to": "2026-11-26",
        "filters": {},
    }
    assert "access denied" in [e.action for e in audit.entries(demo_db)]


def test_an_organisations_own_report_and_a_faulty_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Database
) -> None:
    (tmp_path / "ours.toml").write_text(
        'id = "girls-by-nationality"\ntitle = "Girls by nationality"\n'
        "[rule]\nthreshold = 10\ntop_nationalities = 3\n"
        '[[tables]]\nid = "n"\ntitle = "Cases active by nationality"\n'
        'indicator = "cases_active"\nrows = "nationality"\n',
        encoding="utf-8",
    )
    (tmp_path / "broken.toml").write_text(
        'id = "Broken One"\ntitle = "x"\n[[tables]]\nid = "t"\ntitle = "t"\n'
        'indicator = "cases_everywhere"\nrows = "height"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv(REPORTS_ENV, str(tmp_path))
    load_reports.cache_clear()
    try:
        found = load_reports()
        assert "girls-by-nationality" in found.reports
        assert set(SHIPPED) <= set(found.reports)
        [problem] = found.problems
        assert "broken.toml" in problem
        assert "id" in problem
        assert "'cases_everywhere' is not an indicator" in problem
        snapshot = make_snapshot(demo_db, "girls-by-nationality", FIRST, LAST, today=TODAY)
        table = snapshot.table("n")
        assert len(table.rows) <= 4  # three nationalities and the rest as "other"
        assert "below 10" in str(snapshot.notes[0])
    finally:
        load_reports.cache_clear()


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ('id = "r"\ntitle = "R"\n', "at least one [[tables]]"),
        (
            'id = "r"\ntitle = "R"\n[[tables]]\nid = "t"\ntitle = "T"\n'
            'indicator = "cases_opened"\nrows = "sex"\ncolumns = "sex"\n',
            "must differ from rows",
        ),
        (
            'id = "r"\ntitle = "R"\n[rule]\nthreshold = 1\n[[tables]]\nid = "t"\ntitle = "T"\n'
            'indicator = "cases_opened"\nrows = "sex"\n',
            "from 2 to 100",
        ),
        (
            'id = "r"\ntitle = "R"\n[[tables]]\nid = "t"\ntitle = "T"\n'
            'indicator = "referrals"\nrows = "forum"\n',
            "'forum' is not a dimension of referrals",
        ),
        ("id = ", "not valid TOML"),
    ],
)
def test_a_faulty_report_file_is_named_with_its_fault(text: str, fault: str) -> None:
    known = {i.id: i.dimensions for i in INDICATORS.values()}
    with pytest.raises(ValidationError) as caught:
        parse_report(text, "ours.toml", known)
    assert fault in caught.value.describe()
    assert "ours.toml" in caught.value.describe()


def test_narrowed_to_the_other_nationalities_the_rest_stays_the_rest(demo_db: Database) -> None:
    whole = make_snapshot(demo_db, "caseload", FIRST, LAST, today=TODAY)
    table = whole.table("active-nationality-sex")
    assert "other" in table.rows
    rest = make_snapshot(demo_db, "caseload", FIRST, LAST, {"nationality": "other"}, today=TODAY)
    narrowed = rest.table("active-nationality-sex")
    assert narrowed.rows == ("other",)  # not everyone: the same rest as in the whole report
    assert [t.spec.id for t in rest.tables] == [t.id for t in rest.report.tables]


def test_a_database_without_checks_has_its_hearings_checked_before_the_report(
    demo_db: Database,
) -> None:
    """Upgraded from a version that kept no week-before checks, the court-readiness report
    checks the hearings first and counts the same."""
    from sqlalchemy import delete

    from guardian_desk.services.documents.file_checks import STATE_KEY
    from guardian_desk.storage import models as m

    before = make_snapshot(demo_db, "readiness", FIRST, LAST, today=TODAY)
    with demo_db.unit_of_work() as session:  # as an older version left it
        session.execute(delete(m.HearingFileCheck))
        session.execute(delete(m.DatabaseState).where(m.DatabaseState.key == STATE_KEY))
    after = make_snapshot(demo_db, "readiness", FIRST, LAST, today=TODAY)
    for mine, again in zip(before.tables, after.tables, strict=True):
        assert {p: c.text for p, c in mine.cells.items()} == {
            p: c.text for p, c in again.cells.items()
        }
        assert mine.rates == again.rates
    # the database now remembers that every hearing is checked: no search the next time
    with demo_db.unit_of_work() as session:
        session.execute(delete(m.HearingFileCheck))
    assert documents.unchecked_case_ids(demo_db) == []
