"""Disclosure control of a report's count tables: small counts hidden, and no hidden count
given back by what is shown.

The attacks here are written without the module's own linear algebra: one solves for each
hidden count from every shown number by exact elimination over the cube's cells (the module
works on the relations among the counts instead), the other enumerates, row by row and column
by column, every value a reader could give a hidden small count.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence
from fractions import Fraction

import pytest

from guardian_desk.domain.disclosure import (
    Cell,
    Cube,
    Outcome,
    Published,
    Rule,
    Status,
    Zeros,
    suppress,
)

RULE = Rule()


def recovered(published: Sequence[Published], hidden: set[Hashable]) -> set[Hashable]:
    """The hidden numbers a reader can work out exactly from the shown ones: those whose
    cells (a 0/1 row over the cube) lie in the row space of the shown numbers' cells."""
    cells = sorted(set().union(*(p.members for p in published)))
    column = {cell: i for i, cell in enumerate(cells)}

    def vector(number: Published) -> list[Fraction]:
        row = [Fraction(0)] * len(cells)
        for cell in number.members:
            row[column[cell]] = Fraction(1)
        return row

    echelon: dict[int, list[Fraction]] = {}  # pivot -> row, 1 at its pivot, 0 at the others

    def reduce(row: list[Fraction]) -> list[Fraction]:
        for pivot, basis in echelon.items():
            if row[pivot]:
                factor = row[pivot]
                row = [a - factor * b for a, b in zip(row, basis, strict=True)]
        return row

    for number in published:
        if number.key in hidden:
            continue
        row = reduce(vector(number))
        pivot = next((i for i, a in enumerate(row) if a), None)
        if pivot is None:
            continue
        row = [a / row[pivot] for a in row]
        for other, basis in echelon.items():
            if basis[pivot]:
                factor = basis[pivot]
                echelon[other] = [a - factor * b for a, b in zip(basis, row, strict=True)]
        echelon[pivot] = row
    return {p.key for p in published if p.key in hidden and not any(reduce(vector(p)))}


def narrowed(published: Sequence[Published], outcome: Outcome, rule: Rule) -> list[str]:
    """Hidden small counts whose range a reader narrows from one row or column whose total is
    shown, knowing that ``<N`` is 1 to N-1 (0 to N-1 when zeros are hidden) and that ``*`` is
    zero or at least the threshold (at least the threshold when zeros are hidden)."""
    below: dict[frozenset[int], int] = {}
    floor: dict[frozenset[int], int] = {}
    for p in published:
        cell = outcome[p.key]
        if cell.below is not None:
            below[p.members] = min(below.get(p.members, cell.below), cell.below)
        floor[p.members] = max(floor.get(p.members, 0), p.threshold)
    least = 0 if rule.zeros is Zeros.HIDE else 1
    found = []
    for table in {p.table for p in published}:
        numbers = [p for p in published if p.table == table]
        lines = [
            ([p for p in numbers if p.row == r and p.column is not None], (r, None))
            for r in {p.row for p in numbers}
        ] + [
            ([p for p in numbers if p.column == c and p.row is not None], (None, c))
            for c in {p.column for p in numbers}
        ]
        for members, (r, c) in lines:
            total = next((p for p in numbers if (p.row, p.column) == (r, c)), None)
            if not members or total is None or outcome[total.key].status is not Status.SHOWN:
                continue
            hidden = [p for p in members if outcome[p.key].status is not Status.SHOWN]
            rest = total.value - sum(p.value for p in members if p not in hidden)
            for p in hidden:
                if outcome[p.key].status is not Status.SMALL:
                    continue
                sums = {0}
                for q in hidden:
                    if q is p:
                        continue
                    if outcome[q.key].status is Status.SMALL:
                        values = set(range(least, below[q.members]))
                    else:
                        values = set(range(floor[q.members], rest + 1))
                        values |= {0} if rule.zeros is Zeros.SHOW else set()
                    sums = {s + v for s in sums for v in values if s + v <= rest}
                possible = {v for v in range(least, below[p.members]) if rest - v in sums}
                if possible != set(range(least, below[p.members])):
                    found.append(f"{p.key}: {sorted(possible)}")
    return found


def _cube(counts: dict[tuple[str, ...], int], *dimensions: str) -> Cube:
    return Cube.of(dimensions, counts)


def _grid(rows: list[list[int]], table: str = "t", threshold: int = 5) -> list[Published]:
    """A two-way table given by its interior counts, with its totals."""
    counts = {(f"r{i}", f"c{j}"): n for i, row in enumerate(rows) for j, n in enumerate(row) if n}
    categories = {"r": [f"r{i}" for i in range(len(rows))], "c": [f"c{j}" for j in range(3)]}
    cube = Cube.of(("r", "c"), counts, categories)
    return list(cube.table_numbers(table, "r", "c", threshold))


def _safe(published: Sequence[Published], rule: Rule = RULE) -> Outcome:
    """Suppress, and check that the attacks find nothing."""
    outcome = suppress(published, _size(published), rule)
    assert recovered(published, set(outcome.hidden)) == set()
    assert narrowed(published, outcome, rule) == []
    return outcome


def _size(published: Sequence[Published]) -> int:
    return max(max(p.members) for p in published) + 1


# ---------------------------------------------------------------------------------------------
# A known table


def test_a_small_cell_is_hidden_with_a_complement_in_its_row_and_its_column() -> None:
    table = _grid([[2, 30, 41], [25, 36, 18], [19, 27, 52]])
    outcome = _safe(table)
    assert outcome["t", "r0", "c0"].text == "<5"
    assert outcome["t", "r0", "c0"].status is Status.SMALL
    row = [outcome["t", "r0", c].status for c in ("c1", "c2")]
    column = [outcome["t", r, "c0"].status for r in ("r1", "r2")]
    assert Status.COMPLEMENT in row
    assert Status.COMPLEMENT in column
    assert outcome["t", None, None].text == str(2 + 30 + 41 + 25 + 36 + 18 + 19 + 27 + 52)
    # The totals stay shown: interior cells protect it.
    totals = [k for k in outcome.cells if None in k[1:]]
    assert all(outcome[k].status is Status.SHOWN for k in totals)
    assert outcome[("t", "r1", "c1")].text == "36"


def test_a_table_without_small_counts_is_shown_whole() -> None:
    outcome = _safe(_grid([[12, 30, 41], [25, 36, 18], [19, 27, 52]]))
    assert outcome.hidden == frozenset()


def test_complements_are_large_enough_that_the_row_does_not_narrow_the_small_count() -> None:
    # With the total shown, hiding 2 and 5 would tell the reader they add up to 7: "*" is at
    # least 5, so the small count is 1 or 2, not 1 to 4.
    table = _grid([[2, 5, 60], [5, 40, 30], [50, 30, 20]])
    outcome = _safe(table)
    assert outcome["t", "r0", "c0"].status is Status.SMALL
    hidden_row = [k for k in outcome.hidden if k[1] == "r0" and k[2] is not None]
    assert sum(p.value for p in table if p.key in hidden_row) >= 2 + 9


# ---------------------------------------------------------------------------------------------
# The attack


def test_the_attack_recovers_a_cell_hidden_without_complements() -> None:
    """Primary suppression alone gives the small count back through its row total: the attack
    sees it, so the tests that find nothing could fail."""
    table = _grid([[2, 30, 41], [25, 36, 18], [19, 27, 52]])
    outcome = suppress(table, _size(table), RULE)
    small = {k for k, c in outcome.cells.items() if c.status is Status.SMALL}
    assert small == {("t", "r0", "c0")}
    assert recovered(table, small) == small


def test_the_attack_sees_across_tables() -> None:
    counts = {
        ("0-11", "f", "ER"): 3,
        ("0-11", "m", "ER"): 1,
        ("0-11", "f", "AF"): 14,
        ("0-11", "m", "AF"): 9,
        ("12-17", "f", "ER"): 11,
        ("12-17", "m", "ER"): 30,
        ("12-17", "f", "AF"): 12,
        ("12-17", "m", "AF"): 40,
    }
    cube = _cube(counts, "age", "sex", "nat")
    published = [*cube.table_numbers("A", "age", "sex"), *cube.table_numbers("B", "age", "nat")]
    # A rectangle hidden inside age × nationality holds on its own...
    by_hand = {("B", "0-11", "ER"), ("B", "0-11", "AF"), ("B", "12-17", "ER"), ("B", "12-17", "AF")}
    assert recovered(published, by_hand) == set()
    # ...a row total hidden there as well is given back by age × sex, which shows it.
    by_hand.add(("B", "0-11", None))
    assert recovered(published, by_hand) == {("B", "0-11", None)}
    outcome = _safe(published)
    assert outcome["B", "0-11", "ER"].text == "<5"


def test_the_line_check_sees_a_range_narrowed_that_linear_algebra_misses() -> None:
    """Hiding the rectangle 2, 5 / 5, 40 stops every exact recovery, but the first row's total
    says the hidden 2 and 5 add up to 7; as "*" is at least 5, the small count is 1 or 2."""
    table = _grid([[2, 5, 60], [5, 40, 30], [50, 30, 20]])
    rectangle = {("t", "r0", "c0"), ("t", "r0", "c1"), ("t", "r1", "c0"), ("t", "r1", "c1")}
    assert recovered(table, rectangle) == set()
    cells = {
        p.key: Cell(p.key, Status.SMALL, below=5)
        if p.value == 2
        else Cell(p.key, Status.COMPLEMENT)
        if p.key in rectangle
        else Cell(p.key, Status.SHOWN, p.value)
        for p in table
    }
    # In its row (2 + 5 = 7) and in its column (2 + 5 = 7).
    assert narrowed(table, Outcome(RULE, cells), RULE) == ["('t', 'r0', 'c0'): [1, 2]"] * 2
    outcome = _safe(table)
    assert outcome.hidden != rectangle


def test_a_single_table_gives_nothing_back() -> None:
    outcome = _safe(_grid([[2, 30, 4], [25, 1, 18], [19, 27, 52], [3, 0, 8]]))
    assert len(outcome.hidden) > 4


def test_two_tables_sharing_a_margin_give_nothing_back() -> None:
    counts = {
        ("0-5", "f", "ER"): 2,
        ("0-5", "m", "ER"): 7,
        ("0-5", "f", "AF"): 12,
        ("0-5", "m", "SY"): 6,
        ("6-11", "f", "ER"): 9,
        ("6-11", "m", "AF"): 3,
        ("6-11", "f", "SY"): 15,
        ("6-11", "m", "SY"): 11,
        ("12-17", "f", "ER"): 21,
        ("12-17", "m", "ER"): 33,
        ("12-17", "f", "AF"): 1,
        ("12-17", "m", "AF"): 40,
        ("12-17", "m", "SY"): 18,
    }
    cube = _cube(counts, "age", "sex", "nat")
    published = [*cube.table_numbers("A", "age", "sex"), *cube.table_numbers("B", "age", "nat")]
    outcome = _safe(published)
    # The age totals are one count shown in both tables: hidden in both or in neither.
    for age in ("0-5", "6-11", "12-17"):
        assert outcome["A", age, None].status == outcome["B", age, None].status


def test_a_one_way_table_equal_to_a_margin_gives_nothing_back() -> None:
    counts = {
        ("f", "ER"): 2,
        ("m", "ER"): 17,
        ("f", "AF"): 12,
        ("m", "AF"): 16,
        ("f", "SY"): 9,
        ("m", "SY"): 3,
    }
    cube = _cube(counts, "sex", "nat")
    published = [*cube.table_numbers("A", "sex", "nat"), *cube.table_numbers("N", "nat")]
    outcome = _safe(published)
    for nat in ("ER", "AF", "SY"):
        assert outcome["A", None, nat].status == outcome["N", nat, None].status


def _random_report(rng: random.Random) -> tuple[list[Published], Rule]:
    sizes = [rng.randint(2, 4) for _ in range(3)]
    dims = ("a", "b", "c")
    counts = {}
    for labels in [(f"a{i}", f"b{j}", f"c{k}") for i in range(sizes[0])
                   for j in range(sizes[1]) for k in range(sizes[2])]:  # fmt: skip
        counts[labels] = rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 8, 11, 15, 23, 40])
    categories = {d: [f"{d}{i}" for i in range(n)] for d, n in zip(dims, sizes, strict=True)}
    cube = Cube.of(dims, counts, categories)
    rule = Rule(zeros=rng.choice([Zeros.SHOW, Zeros.HIDE]))
    published: list[Published] = []
    pairs = [("a", "b"), ("a", "c"), ("b", "c"), ("a", None), ("c", None)]
    for n, (rows, columns) in enumerate(rng.sample(pairs, rng.randint(1, 3))):
        sensitive = rng.random() < 0.3
        published += cube.table_numbers(f"T{n}", rows, columns, rule.threshold_for(sensitive))
    return published, rule


@pytest.mark.parametrize("seed", range(50))
def test_random_reports_give_nothing_back(seed: int) -> None:
    published, rule = _random_report(random.Random(seed))
    outcome = _safe(published, rule)
    small = {k for k, c in outcome.cells.items() if c.status is Status.SMALL}
    for p in published:  # every small count, and only those, is hidden as small
        is_small = 0 < p.value < p.threshold or (p.value == 0 and rule.zeros is Zeros.HIDE)
        assert (p.key in small) >= is_small


# ---------------------------------------------------------------------------------------------
# The rule's parts


def test_the_same_count_in_two_tables_is_hidden_in_both() -> None:
    counts = {("f", "ER"): 3, ("m", "ER"): 1, ("f", "AF"): 12, ("m", "AF"): 16}
    cube = _cube(counts, "sex", "nat")
    published = [*cube.table_numbers("A", "sex", "nat"), *cube.table_numbers("N", "nat")]
    outcome = _safe(published)
    # Eritreans: 4 children, small in both tables.
    assert outcome["A", None, "ER"].text == outcome["N", "ER", None].text == "<5"
    # Whatever else hides, the two tables agree.
    for nat in ("ER", "AF"):
        assert outcome["A", None, nat].status == outcome["N", nat, None].status


def test_a_count_hidden_to_protect_one_table_is_hidden_in_the_other_too() -> None:
    published = _grid([[2, 30, 41], [25, 36, 18], [19, 27, 52]], table="A")
    column = [p for p in published if p.row is None and p.column is not None]
    copies = [
        Published(("N", p.column, None), p.members, p.value, 5, "N", p.column, None) for p in column
    ]
    grand = next(p for p in published if p.totals == 2)
    copies.append(Published(("N", None, None), grand.members, grand.value, 5, "N", None, None))
    outcome = _safe([*published, *copies])
    for p in column:
        assert outcome["N", p.column, None].status == outcome[p.key].status


def test_zeros_are_hidden_or_shown_as_the_rule_says() -> None:
    table = _grid([[0, 30, 41], [25, 36, 18], [19, 27, 52]])
    hidden = _safe(table, Rule(zeros=Zeros.HIDE))
    assert hidden["t", "r0", "c0"].status is Status.SMALL
    assert hidden["t", "r0", "c0"].text == "<5"
    shown = _safe(table, Rule(zeros=Zeros.SHOW))
    assert shown["t", "r0", "c0"].text == "0"
    assert shown.hidden == frozenset()


def test_a_shown_zero_is_not_taken_as_a_complement_while_another_count_would_do() -> None:
    table = _grid([[2, 0, 41], [0, 36, 18], [19, 27, 52]])
    outcome = _safe(table)
    assert outcome["t", "r0", "c1"].text == "0"
    assert outcome["t", "r1", "c0"].text == "0"


def test_a_table_about_trafficking_concern_uses_its_higher_threshold() -> None:
    counts = {
        ("f", "clear", "12-17"): 7,
        ("m", "clear", "0-11"): 10,
        ("m", "clear", "12-17"): 12,
        ("f", "none", "0-11"): 7,
        ("f", "none", "12-17"): 33,
        ("m", "none", "0-11"): 10,
        ("m", "none", "12-17"): 25,
        ("f", "possible", "12-17"): 18,
        ("m", "possible", "12-17"): 16,
    }
    cube = _cube(counts, "sex", "concern", "age")
    concern = cube.table_numbers("C", "sex", "concern", RULE.threshold_for(sensitive=True))
    ages = cube.table_numbers("A", "sex", "age", RULE.threshold_for(sensitive=False))
    outcome = _safe([*concern, *ages])
    assert outcome["C", "f", "clear"].text == "<10"  # 7 girls of clear concern
    assert outcome["A", "f", "0-11"].text == "7"  # 7 girls aged 0-11


def test_a_count_small_only_under_another_tables_threshold_is_shown_under_that_bound() -> None:
    # The same 7 children counted in an ordinary table and in one about trafficking concern.
    cells = frozenset({0})
    published = [
        Published("ordinary", cells, 7, 5, "A", "x", None),
        Published("sensitive", cells, 7, 10, "C", "x", None),
        Published("other", frozenset({1}), 30, 5, "A", "y", None),
    ]
    outcome = _safe(published)
    assert outcome["ordinary"].text == outcome["sensitive"].text == "<10"


def test_shown_counts_are_rounded_and_hidden_ones_stay_hidden() -> None:
    table = _grid([[2, 31, 44], [26, 36, 18], [19, 27, 52]])
    rule = Rule(rounding=5)
    outcome = _safe(table, rule)
    assert outcome["t", "r1", "c1"].value == 35
    assert outcome["t", "r2", "c2"].value == 50
    for cell in outcome.cells.values():
        if cell.status is Status.SHOWN:
            assert cell.value is not None
            assert cell.value % 5 == 0
    assert outcome["t", "r0", "c0"].text == "<5"
    assert outcome.hidden == _safe(table).hidden


def test_the_same_input_gives_the_same_outcome() -> None:
    for seed in (3, 17, 41):
        published, rule = _random_report(random.Random(seed))
        first = suppress(published, _size(published), rule)
        again = suppress(list(published), _size(published), rule)
        assert dict(first.cells) == dict(again.cells)


def test_the_rule_is_said_in_one_sentence_with_its_thresholds() -> None:
    said = str(Rule().describe())
    assert "below 5" in said
    assert "<5" in said
    assert "below 10" in said
    assert "<10" in said
    assert "trafficking concern" in said
    assert "zeros are shown" in said
    assert said.endswith(".")
    assert said.count(".") == 1
    other = str(Rule(threshold=10, sensitive_threshold=10, zeros=Zeros.HIDE, rounding=5).describe())
    assert "below 10, zero included" in other
    assert "trafficking" not in other
    assert "nearest 5" in other


@pytest.mark.parametrize(
    ("numbers", "size"),
    [
        ([Published("a", frozenset({0}), 3), Published("a", frozenset({1}), 3, row="x")], 2),
        ([Published("a", frozenset({2}), 3)], 2),
        ([Published("a", frozenset(), 0)], 2),
        ([Published("a", frozenset({0}), 3), Published("b", frozenset({0}), 4, row="x")], 2),
    ],
    ids=["same key", "outside the cube", "no cell", "same cells, two values"],
)
def test_numbers_that_cannot_be_one_report_are_refused(numbers: list[Published], size: int) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        suppress(numbers, size, RULE)


def test_a_table_from_a_cube_has_its_cells_and_totals() -> None:
    cube = Cube.of(
        ("age", "sex", "nat"),
        {("12-17", "f", "ER"): 1, ("12-17", "m", "ER"): 4, ("0-11", "f", "AF"): 2},
        {"age": ["0-11", "12-17"]},
    )
    assert cube.categories == (("0-11", "12-17"), ("f", "m"), ("ER", "AF"))
    numbers = {p.key: p for p in cube.table_numbers("S", "age", "sex")}
    assert len(numbers) == 2 * 2 + 2 + 2 + 1
    assert numbers["S", "12-17", "f"].value == 1
    assert numbers["S", "0-11", "m"].value == 0
    assert numbers["S", "0-11", "m"].members  # an empty cell still counts its cube cells
    assert numbers["S", "12-17", None].value == 5
    assert numbers["S", None, "f"].value == 3
    assert numbers["S", None, None].members == frozenset(range(cube.size))
    one_way = cube.table_numbers("N", "nat")
    assert [(p.key, p.value) for p in one_way] == [
        (("N", "ER", None), 5),
        (("N", "AF", None), 2),
        (("N", None, None), 7),
    ]
    with pytest.raises(ValueError, match="category"):
        Cube.of(("age",), {("99",): 1}, {"age": ["0-11"]})


def test_primary_suppression_alone_leaks_in_the_random_reports() -> None:
    """So that the random reports above test something: without complements most of them
    give a small count back."""
    leaking = 0
    for seed in range(50):
        published, rule = _random_report(random.Random(seed))
        outcome = suppress(published, _size(published), rule)
        small = {k for k, c in outcome.cells.items() if c.status is Status.SMALL}
        leaking += bool(recovered(published, small))
    assert leaking >= 30
