"""Each shipped indicator equals a direct count of the demo data, computed here in Python from
the exported case trees, independently of the SQL; durations' medians and quartiles by the
nearest rank; the same report on PostgreSQL equals the one on SQLite."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from guardian_desk.domain.dates import birth_range_of_tree
from guardian_desk.domain.reports import ReportRule
from guardian_desk.services import documents, exchange
from guardian_desk.services.reports import INDICATORS, Period, cube, quartiles, rates
from guardian_desk.storage.database import Database

PERIOD = Period(date(2026, 1, 1), date(2026, 11, 26), date(2026, 11, 26))
RULE = ReportRule()


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _band(child: dict[str, Any], on: date) -> str:
    found = birth_range_of_tree(child)
    if found is None:
        return "unknown"
    born = found[1]  # the latest date of birth: the youngest age the child may be
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return "0-4" if age < 5 else "5-11" if age < 12 else "12-17" if age < 18 else "18+"


def _within(day: date | None) -> bool:
    return day is not None and PERIOD.first <= day <= PERIOD.last


@pytest.fixture
def trees(demo_db: Database) -> list[dict[str, Any]]:
    return list(exchange.export_document(demo_db)["cases"])


def _counted(db: Database, indicator: str, dims: list[str]) -> dict[tuple[str, ...], int]:
    with db.reading() as session:
        return cube(session, INDICATORS[indicator], dims, PERIOD, RULE)


def _expected(units: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    return dict(Counter(units))


def test_cases_opened_active_and_closed(demo_db: Database, trees: list[dict[str, Any]]) -> None:
    opened = _expected(
        (_band(c["child"], _day(c["opened_on"]) or PERIOD.last), c["child"]["sex"])
        for c in trees
        if _within(_day(c["opened_on"]))
    )
    assert _counted(demo_db, "cases_opened", ["age_band", "sex"]) == opened
    assert sum(opened.values()) > 5

    def active(case: dict[str, Any]) -> bool:
        closed = _day(case.get("closed_on"))
        return _day(case["opened_on"]) <= PERIOD.last and (  # type: ignore[operator]
            closed is None or closed >= PERIOD.first
        )

    def nationality(child: dict[str, Any]) -> str:
        if child.get("stateless"):
            return "stateless"
        return (child.get("nationalities") or ["unknown"])[0]

    expected = _expected(
        (nationality(c["child"]), c.get("home_jurisdiction") or "unknown")
        for c in trees
        if active(c)
    )
    assert _counted(demo_db, "cases_active", ["nationality", "jurisdiction"]) == expected
    closed = _expected(
        (str(_day(c["closed_on"]).year),)  # type: ignore[union-attr]
        for c in trees
        if _within(_day(c.get("closed_on")))
    )
    by_quarter = _counted(demo_db, "cases_closed", ["period"])
    by_year: Counter[tuple[str, ...]] = Counter()
    for key, n in by_quarter.items():
        assert key[0][4:6] == "-Q"
        by_year[(key[0][:4],)] += n
    assert dict(by_year) == closed


def test_protection_status_and_concern_on_the_day(
    demo_db: Database, trees: list[dict[str, Any]]
) -> None:
    def status(child: dict[str, Any], on: date) -> str:
        changes = [
            s
            for s in child.get("status_history") or []
            if _day(s["effective_on"]) <= on  # type: ignore[operator]
        ]
        if not changes:
            return "unknown"
        return str(max(changes, key=lambda s: (str(s["effective_on"]), s["id"]))["status"])

    def concern(case: dict[str, Any], on: date) -> str:
        open_ = [
            s
            for s in case.get("screenings") or []
            if _day(s["screened_on"]) <= on  # type: ignore[operator]
            and (s.get("closed_on") is None or _day(s["closed_on"]) > on)  # type: ignore[operator]
        ]
        if not open_:
            return "none"
        latest = max(open_, key=lambda s: (str(s["screened_on"]), s["id"]))
        levels = {latest["concern"], latest.get("raised_to")}
        return "clear" if "clear" in levels else "possible" if "possible" in levels else "none"

    on = PERIOD.last
    expected = _expected(
        (status(c["child"], on), concern(c, on))
        for c in trees
        if _day(c["opened_on"]) <= on  # type: ignore[operator]
        and (c.get("closed_on") is None or _day(c["closed_on"]) >= PERIOD.first)  # type: ignore[operator]
    )
    found = _counted(demo_db, "concern_levels", ["protection_status", "concern"])
    assert found == expected
    assert {k[1] for k in found} >= {"none", "clear"}  # the demo screens some children


def test_deadlines_referrals_and_proceedings(
    demo_db: Database, trees: list[dict[str, Any]]
) -> None:
    def state(d: dict[str, Any]) -> str:
        last = _day(d.get("due_latest_on")) or _day(d["due_on"])
        done = _day(d.get("completed_on"))
        if d.get("status") == "waived":
            return "waived"
        if d.get("status") == "done":
            return "missed" if done is not None and done > last else "met"  # type: ignore[operator]
        return "missed" if last < PERIOD.today else "open"  # type: ignore[operator]

    expected = _expected(
        (state(d),)
        for c in trees
        for d in c.get("deadlines") or []
        if not d.get("task") and _within(_day(d["due_on"]))
    )
    assert _counted(demo_db, "deadlines", ["state"]) == expected
    expected = _expected(
        (s["kind"], s["status"])
        for c in trees
        for s in c.get("care_services") or []
        if _within(_day(s.get("referred_on")))
    )
    assert _counted(demo_db, "referrals", ["service", "status"]) == expected
    assert expected

    def outcome(p: dict[str, Any]) -> str:
        held = [d for d in p.get("decisions") or [] if _day(d["decided_on"]) <= PERIOD.last]  # type: ignore[operator]
        if not held:
            return "no_decision"
        return str(max(held, key=lambda d: (str(d["decided_on"]), d["id"]))["outcome"])

    expected = _expected(
        (p["kind"], outcome(p))
        for c in trees
        for p in c.get("proceedings") or []
        if _day(p["opened_on"]) <= PERIOD.last  # type: ignore[operator]
        and (p.get("closed_on") is None or _day(p["closed_on"]) >= PERIOD.first)  # type: ignore[operator]
    )
    assert _counted(demo_db, "proceedings", ["kind", "outcome"]) == expected


def _hearing_day(hearing: dict[str, Any]) -> date:
    instant = datetime.fromisoformat(str(hearing["starts_at"]).replace("Z", "+00:00"))
    return instant.astimezone(UTC).date()


def test_hearings_with_an_interpreter_and_school_enrolment(
    demo_db: Database, trees: list[dict[str, Any]]
) -> None:
    def interpreter(hearing: dict[str, Any], child: dict[str, Any]) -> str:
        if child.get("interpreter_language") is None:
            return "not_needed"
        if not (hearing.get("interpreter_id") or hearing.get("interpreter_name")):
            return "no_interpreter"
        if hearing.get("interpreter_language") == child["interpreter_language"]:
            return "childs_language"
        return "other_language"

    expected = _expected(
        (interpreter(h, c["child"]),)
        for c in trees
        for p in c.get("proceedings") or []
        for h in p.get("hearings") or []
        if _within(_hearing_day(h)) and _hearing_day(h) <= PERIOD.today
    )
    assert _counted(demo_db, "interpreted_hearings", ["interpreter"]) == expected

    def enrolment(case: dict[str, Any]) -> str:
        arrived = _day(case["child"].get("last_arrival_on"))
        days = [
            _day(s.get("enrolled_on")) or _day(s.get("started_on"))
            for s in case.get("care_services") or []
            if s["kind"] == "education"
        ]
        known = [d for d in days if d is not None]
        if not known:
            return "not_yet"
        return "within" if (min(known) - arrived).days <= RULE.enrolment_days else "later"  # type: ignore[operator]

    expected = _expected(
        (enrolment(c),) for c in trees if _within(_day(c["child"].get("last_arrival_on")))
    )
    assert _counted(demo_db, "school_enrolment", ["enrolment"]) == expected


def test_children_turning_18_or_21(demo_db: Database, trees: list[dict[str, Any]]) -> None:
    period = Period(date(2026, 1, 1), date(2029, 12, 31), PERIOD.today)

    def birthday(child: dict[str, Any], years: int) -> date | None:
        found = birth_range_of_tree(child)
        if found is None:
            return None
        born = found[0]
        try:
            return born.replace(year=born.year + years)
        except ValueError:  # 29 February
            return born.replace(year=born.year + years, day=28)

    units = []
    for case in trees:
        for years in (18, 21):
            day = birthday(case["child"], years)
            if day is not None and period.first <= day <= period.last:
                units.append((str(years), "passed" if day < period.today else "ahead"))
    with demo_db.reading() as session:
        found = cube(session, INDICATORS["age_out"], ["event", "when"], period, RULE)
    assert found == _expected(units)
    assert units


def _nearest_rank(values: list[int], share: float) -> float:
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)])


@pytest.mark.parametrize(
    ("indicator", "days"),
    [
        (
            "days_to_first_hearing",
            lambda c: [
                (first, (first - _day(c["opened_on"])).days)  # type: ignore[operator]
                for first in [
                    min(
                        (
                            _hearing_day(h)
                            for p in c.get("proceedings") or []
                            for h in p.get("hearings") or []
                        ),
                        default=None,
                    )
                ]
                if first is not None and first >= _day(c["opened_on"])  # type: ignore[operator]
            ],
        ),
        (
            "days_to_guardian",
            lambda c: [
                (first, (first - _day(c["child"]["last_arrival_on"])).days)  # type: ignore[operator]
                for first in [
                    min(
                        (_day(g["started_on"]) for g in c.get("guardian_appointments") or []),
                        default=None,
                    )
                ]
                if first is not None
                and c["child"].get("last_arrival_on")
                and first >= _day(c["child"]["last_arrival_on"])  # type: ignore[operator]
            ],
        ),
    ],
)
def test_durations_median_and_quartiles(
    demo_db: Database,
    trees: list[dict[str, Any]],
    indicator: str,
    days: Callable[[dict[str, Any]], list[tuple[date, int]]],
) -> None:
    values = [v for c in trees for first, v in days(c) if _within(first)]
    with demo_db.reading() as session:
        found = quartiles(session, INDICATORS[indicator], [], PERIOD, RULE)
    [whole] = found.values()
    assert whole.n == len(values) > 3
    assert (whole.q1, whole.median, whole.q3) == (
        _nearest_rank(values, 0.25),
        _nearest_rank(values, 0.5),
        _nearest_rank(values, 0.75),
    )


@pytest.mark.postgres
def test_a_report_on_postgresql_equals_the_same_report_on_sqlite(
    demo_db: Database, pg_url: str, tmp_path: Any
) -> None:
    from guardian_desk.services.reports import make_snapshot
    from guardian_desk.storage.database import open_database

    path = tmp_path / "all.json"
    exchange.export_to_file(demo_db, path)
    server = open_database(pg_url)
    exchange.import_file(server, path)
    try:
        for report in ("caseload", "proceedings", "time", "protection", "outcomes", "readiness"):
            here = make_snapshot(demo_db, report, PERIOD.first, PERIOD.last, today=PERIOD.today)
            there = make_snapshot(server, report, PERIOD.first, PERIOD.last, today=PERIOD.today)
            for mine, theirs in zip(here.tables, there.tables, strict=True):
                assert (mine.rows, mine.columns) == (theirs.rows, theirs.columns), mine.spec.id
                assert {p: c.text for p, c in mine.cells.items()} == {
                    p: c.text for p, c in theirs.cells.items()
                }, mine.spec.id
                assert mine.days == theirs.days, mine.spec.id
                assert mine.rates == theirs.rates, mine.spec.id
    finally:
        server.close()


def test_placement_changes_per_child_year(demo_db: Database, trees: list[dict[str, Any]]) -> None:
    def changes(child: dict[str, Any]) -> int:
        placed = [(_day(p["started_on"]), p["id"]) for p in child.get("placements") or []]
        return sum(1 for start in placed if _within(start[0]) and start != min(placed))

    def open_days(case: dict[str, Any]) -> int:
        opened, closed = _day(case["opened_on"]), _day(case.get("closed_on"))
        start = max(opened, PERIOD.first)  # type: ignore[type-var]
        end = min(closed, PERIOD.last) if closed else PERIOD.last
        return (end - start).days + 1  # type: ignore[operator]

    active = [
        c
        for c in trees
        if _day(c["opened_on"]) <= PERIOD.last  # type: ignore[operator]
        and (c.get("closed_on") is None or _day(c["closed_on"]) >= PERIOD.first)  # type: ignore[operator]
    ]
    by_band: dict[str, list[int]] = {}
    for c in active:
        found = by_band.setdefault(_band(c["child"], PERIOD.last), [0, 0, 0])
        found[0] += 1
        found[1] += changes(c["child"])
        found[2] += open_days(c)
    assert sum(f[1] for f in by_band.values()) > 3  # the demo's children do move
    with demo_db.reading() as session:
        got = rates(session, INDICATORS["placement_changes"], ["age_band"], PERIOD, RULE)
    assert {k[0]: (r.n, r.events, r.exposure) for k, r in got.items() if k} == {
        band: tuple(f) for band, f in by_band.items()
    }
    whole = got[()]
    assert whole.value == pytest.approx(
        sum(f[1] for f in by_band.values()) * 365.25 / sum(f[2] for f in by_band.values())
    )


def _local_day(hearing: dict[str, Any]) -> date:
    instant = datetime.fromisoformat(str(hearing["starts_at"]).replace("Z", "+00:00"))
    return instant.astimezone(ZoneInfo(hearing.get("time_zone") or "UTC")).date()


def test_files_and_documents_court_ready_a_week_before_the_hearing(
    demo_db: Database, trees: list[dict[str, Any]]
) -> None:
    """What the Court-readiness tab says of each document on the hearing's day, counted for
    the hearings of the period whose week-before day has come (none vacated)."""
    hearings, files = [], {}
    for c in trees:
        for p in c.get("proceedings") or []:
            for h in p.get("hearings") or []:
                day = _local_day(h)
                if not _within(day) or day - timedelta(days=7) > PERIOD.today:
                    continue
                if h.get("outcome") == "vacated":
                    continue
                # the proceeding as open that day: the tab's question, for that forum
                opened = {**p, "status": "open", "opened_on": None}
                [found] = documents.readiness_of_case({**c, "proceedings": [opened]}, on=day)
                ready = sum(1 for d in found.documents if d.ready)
                hearings.append((c["id"], len(found.documents), ready))
                files[c["id"]] = files.get(c["id"], True) and ready == len(found.documents)
    assert hearings
    assert any(not ok for ok in files.values())
    assert any(files.values())
    assert _counted(demo_db, "files_ready", ["file"]) == _expected(
        ("ready" if ok else "not_ready",) for ok in files.values()
    )
    with demo_db.reading() as session:
        got = rates(session, INDICATORS["documents_ready"], [], PERIOD, RULE)[()]
    held = [h for h in hearings if h[1]]
    children = {h[0] for h in held}
    assert (got.n, got.events, got.exposure) == (
        len(children),
        sum(h[2] for h in held),
        sum(h[1] for h in held),
    )
