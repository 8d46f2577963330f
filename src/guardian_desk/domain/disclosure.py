"""Statistical disclosure control for the count tables of a report.

A report publishes several tables of counts of children: cases by age band × sex with their
totals, by nationality, by sex × level of trafficking concern... Every number it shows is a
sum over the cells of one hidden **cube**, the cross-classification of the report's children
by every dimension the report uses. A small count ("one Eritrean girl aged 12–17") can
identify a child, so it is hidden, and a hidden count must not be recoverable from what is
shown: the totals, or another table of the same report.

:func:`suppress` decides what each :class:`Published` number shows, in four steps:

1. **Primary suppression.** A count below its threshold (5, or 10 in tables about trafficking
   concern; the caller sets each number's threshold) and above zero is hidden and shown as
   ``<5`` / ``<10``. Under ``Zeros.HIDE`` a zero is hidden the same way ("no girl from X" can
   disclose too) and shown as ``<5``.
2. **Consistency.** Numbers that sum the same cells (a total by sex under two tables) are one
   count: hidden in every table or in none.
3. **Complementary suppression.** While a hidden count is *recoverable* (its cells are a
   linear combination of the cells of the shown counts, exactly, over the rationals) or a row
   or column of a table gives a hidden small count's range away (the line rule below), one
   more count is hidden, shown as ``*``. Each round hides one more shown count, so this ends,
   at worst with everything hidden; hiding more never makes a protected count recoverable
   again (what is shown only shrinks). The same input gives the same outcome.
4. **Rounding** (optional) changes only the values shown: rounded totals may not add up to
   their rounded parts, and the report's rule sentence (:meth:`Rule.describe`) says so.

Complements are shown as ``*``, not as ``<5``: a complement is not small, and writing ``<5``
over a count of 40 would be false. The reader therefore knows that a ``*`` is not small (it
is zero or at least the threshold), and the **line rule** takes that knowledge into account:
in every row and column of a table whose total is shown, the hidden counts must together be
large enough that the reader, knowing the total, the shown counts, that ``<5`` means 1 to 4
(0 to 4 when zeros are hidden) and that ``*`` means zero or at least 5 (at least 5 when zeros
are hidden, as a hidden zero is shown as ``<5``), can still not narrow
any hidden small count below its whole range ``<5`` — nor find it exactly. A sufficient
condition is checked: the line holds a hidden complement above zero, and for each small count
``p`` of the line, ``S - (T_p - 1) >= m·lo + K``, where ``S`` is what the hidden counts of the
line add up to, ``T_p`` the bound ``p`` is shown under, ``m`` the number of other small
counts in the line, ``lo`` the least a small count can be (1, or 0 when zeros are hidden) and
``K`` the least the complements can add up to (the smallest threshold among them when zeros
are shown, as the others may be zero; the sum of their thresholds when zeros are hidden).

What is covered and what is not:

- No hidden count is an exact linear function of the shown counts (any tables, any overlap):
  checked exactly, with rational arithmetic.
- Within one row or one column of one table, bounds from non-negativity and from the meaning
  of ``<5`` and ``*`` do not narrow a hidden small count (the line rule).
- Not covered: bounds that need several lines or several tables at once (a linear programme
  over the whole report, as τ-Argus's and sdcTable's protection intervals compute), and a
  linear combination of several hidden counts that is recoverable although none of them is
  (the line rule covers those of one row or column). The sum of a whole line of hidden counts
  is deliberately left recoverable: it is ``total − shown``.

A shown zero protects nothing: everyone reads it. With ``Zeros.SHOW``, hiding a zero as a
complement does stop exact recovery (in linear algebra any hidden count does), but a reader
who knows ``*`` is zero or at least the threshold can often rule it in again, so a zero is
chosen as a complement only when no other count can protect, and it never counts for the line
rule.

Complements are chosen near what they protect: a count in the same row or column of the same
table first, then the same table, then another; an interior cell before a row or column
total; never a grand total while another count would do; the smallest value first; ties
broken by the number's key (its ``repr``), then by its place in the input.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import cached_property
from types import MappingProxyType

from guardian_desk.errors import Message

# A coefficient of a linear relation: an int while it can stay one (the usual case: tables'
# relations have coefficients ±1), a Fraction when elimination needs one. Either is exact.
_Exact = int | Fraction


class Zeros(StrEnum):
    """What a zero count shows."""

    SHOW = "show"  # shown as 0
    HIDE = "hide"  # hidden like a small count: "no girl from X" can disclose


class Status(StrEnum):
    """How one published number appears in the report."""

    SHOWN = "shown"
    SMALL = "small"  # hidden because it is small (or zero, under Zeros.HIDE): "<5"
    COMPLEMENT = "complement"  # hidden so that no small count can be worked out: "*"


COMPLEMENT_MARK = "*"


@dataclass(frozen=True)
class Rule:
    """How the counts of one report are protected.

    Attributes:
        threshold: counts above zero and below it are small (ordinary tables).
        sensitive_threshold: the same for tables about trafficking concern.
        zeros: whether a zero is shown or hidden like a small count.
        rounding: the base the shown counts are rounded to (5: to the nearest 5), or None to
            show them exactly.
    """

    threshold: int = 5
    sensitive_threshold: int = 10
    zeros: Zeros = Zeros.SHOW
    rounding: int | None = None

    def __post_init__(self) -> None:
        if self.threshold < 1 or self.sensitive_threshold < 1:
            raise ValueError("a threshold must be at least 1")
        if self.rounding is not None and self.rounding < 1:
            raise ValueError("a rounding base must be at least 1")

    def threshold_for(self, sensitive: bool) -> int:
        """The threshold of a table, ``sensitive`` when it is about trafficking concern."""
        return self.sensitive_threshold if sensitive else self.threshold

    def rounded(self, value: int) -> int:
        """``value`` rounded to the nearest multiple of the base (halves up), or as it is."""
        if self.rounding is None:
            return value
        return (value + self.rounding // 2) // self.rounding * self.rounding

    def describe(self) -> Message:
        """The rule in one sentence, for the report's notes."""
        low, high = self.threshold, self.sensitive_threshold
        if self.zeros is Zeros.HIDE:
            small = (
                Message(
                    "Disclosure",
                    "Counts below {low}, zero included, are shown as <{low} (below {high}, "
                    "shown as <{high}, in tables about trafficking concern)",
                    low=low,
                    high=high,
                )
                if high != low
                else Message(
                    "Disclosure", "Counts below {low}, zero included, are shown as <{low}", low=low
                )
            )
        else:
            small = (
                Message(
                    "Disclosure",
                    "Counts above zero and below {low} are shown as <{low} (below {high}, "
                    "shown as <{high}, in tables about trafficking concern)",
                    low=low,
                    high=high,
                )
                if high != low
                else Message(
                    "Disclosure", "Counts above zero and below {low} are shown as <{low}", low=low
                )
            )
        further = Message(
            "Disclosure",
            "further counts are hidden as {mark} where needed so that no hidden count can be "
            "worked out from the totals or from another table",
            mark=COMPLEMENT_MARK,
        )
        zeros = (
            Message("Disclosure", "zeros are shown")
            if self.zeros is Zeros.SHOW
            else Message("Disclosure", "no zero is shown")
        )
        rounding = (
            Message("Disclosure", "the other counts are exact")
            if self.rounding is None
            else Message(
                "Disclosure",
                "the other counts are rounded to the nearest {base}, so totals may not add up",
                base=self.rounding,
            )
        )
        return Message(
            "Disclosure",
            "{small}; {further}; {zeros}; {rounding}.",
            small=small,
            further=further,
            zeros=zeros,
            rounding=rounding,
        )


@dataclass(frozen=True)
class Published:
    """One number a report would show.

    Attributes:
        key: what identifies it (``table_numbers`` uses ``(table, row, column)``).
        members: the cells of the cube it sums (indexes ``0 .. size - 1``).
        value: the count.
        threshold: counts above zero and below it are small.
        table: the table it belongs to.
        row: its row's label, or None for the column totals (and the grand total).
        column: its column's label, or None for the row totals (and the grand total). A
            one-way table's counts are its row totals: a label and None.
    """

    key: Hashable
    members: frozenset[int]
    value: int
    threshold: int = 5
    table: str = ""
    row: str | None = None
    column: str | None = None

    @property
    def totals(self) -> int:
        """0 for an interior cell, 1 for a row or column total, 2 for the grand total."""
        return (self.row is None) + (self.column is None)


@dataclass(frozen=True)
class Cell:
    """What the report shows for one published number.

    Attributes:
        key: the number's key.
        status: shown, hidden as small, or hidden as a complement.
        value: the value shown (rounded if the rule says so); None when hidden.
        below: for a small count, the bound it is shown under (5 for ``<5``).
    """

    key: Hashable
    status: Status
    value: int | None = None
    below: int | None = None

    @property
    def text(self) -> str:
        """``12``, ``<5`` or ``*`` (the window formats numbers for its locale itself)."""
        if self.status is Status.SHOWN:
            return str(self.value)
        if self.status is Status.SMALL:
            return f"<{self.below}"
        return COMPLEMENT_MARK


@dataclass(frozen=True)
class Outcome:
    """The cells of a report after suppression, by key, in the order they were given."""

    rule: Rule
    cells: Mapping[Hashable, Cell]

    def __getitem__(self, key: Hashable) -> Cell:
        return self.cells[key]

    @property
    def hidden(self) -> frozenset[Hashable]:
        """The keys of every hidden number, small or complement."""
        return frozenset(k for k, c in self.cells.items() if c.status is not Status.SHOWN)


# ---------------------------------------------------------------------------------------------
# Suppression


def suppress(published: Sequence[Published], size: int, rule: Rule) -> Outcome:
    """Decide, for every number of one report, whether it is shown or hidden, and how.

    Args:
        published: every number of every table of the report (one snapshot).
        size: the number of cells of the cube the numbers sum.
        rule: thresholds are the numbers' own; the rule says what zeros do and the rounding.

    Returns:
        The outcome, one :class:`Cell` per key. Rounded totals may not add up to their rounded
        parts.

    Raises:
        ValueError: two numbers with one key or one place in a table, a number summing no
            cell or a cell outside the cube, a negative count, two numbers summing the same
            cells with different values.
    """
    counts = _Counts(published, size, rule)
    relations = _Relations(_relation_basis(counts.patterns(), len(counts.values)))
    hidden = [g for g in range(len(counts.values)) if counts.small[g]]
    for g in hidden:
        relations.hide(g)
    while True:
        chosen = _protect_recoverable(counts, relations)
        if chosen is None:
            chosen = _protect_lines(counts, relations)
        if chosen is None:
            break
        relations.hide(chosen)
    return counts.outcome(relations.hidden, rule)


class _Counts:
    """The distinct counts of a report: numbers summing the same cells are one count."""

    def __init__(self, published: Sequence[Published], size: int, rule: Rule) -> None:
        self.published = published
        self.zeros = rule.zeros
        self.group_of: list[int] = []
        self.values: list[int] = []
        self.members: list[frozenset[int]] = []
        self.places: list[list[int]] = []  # indexes into published
        by_members: dict[frozenset[int], int] = {}
        keys: set[Hashable] = set()
        places: set[tuple[str, str | None, str | None]] = set()
        for index, number in enumerate(published):
            if number.key in keys:
                raise ValueError(f"two numbers have the key {number.key!r}")
            keys.add(number.key)
            place = (number.table, number.row, number.column)
            if place in places:
                raise ValueError(f"two numbers stand at {place!r}")
            places.add(place)
            if not number.members:
                raise ValueError(f"{number.key!r} sums no cell of the cube")
            if min(number.members) < 0 or max(number.members) >= size:
                raise ValueError(f"{number.key!r} sums a cell outside the cube of {size}")
            if number.value < 0 or number.threshold < 1:
                raise ValueError(f"{number.key!r} has a negative count or a threshold below 1")
            group = by_members.setdefault(number.members, len(self.values))
            if group == len(self.values):
                self.values.append(number.value)
                self.members.append(number.members)
                self.places.append([])
            elif self.values[group] != number.value:
                raise ValueError(f"{number.key!r} sums the same cells as another, differently")
            self.places[group].append(index)
            self.group_of.append(group)
        thresholds = [[published[i].threshold for i in p] for p in self.places]
        # The reader of the whole report knows a count is below the least bound it is shown
        # under anywhere, and that a "*" is at least every threshold it stands under.
        self.below = [
            min((t for t in ts if v < t), default=min(ts))
            for v, ts in zip(self.values, thresholds, strict=True)
        ]
        self.floor = [max(ts) for ts in thresholds]
        self.small = [
            (0 < v < max(ts)) or (v == 0 and rule.zeros is Zeros.HIDE)
            for v, ts in zip(self.values, thresholds, strict=True)
        ]
        # Ties are broken by key, then by place in the input.
        self.order = [(repr(published[p[0]].key), p[0]) for p in self.places]
        self.totals = [min(published[i].totals for i in p) for p in self.places]
        self.tables = [frozenset(published[i].table for i in p) for p in self.places]
        self.lines = self._lines()

    def _lines(self) -> dict[tuple[str, str, str | None], _Line]:
        """Each row and column of each table: its members and its total, as counts."""
        lines: dict[tuple[str, str, str | None], _Line] = {}
        for index, number in enumerate(self.published):
            group = self.group_of[index]
            row = (number.table, "row", number.row)
            column = (number.table, "column", number.column)
            if number.column is not None:
                lines.setdefault(row, _Line()).members.append(group)
            else:
                lines.setdefault(row, _Line()).total = group
            if number.row is not None:
                lines.setdefault(column, _Line()).members.append(group)
            else:
                lines.setdefault(column, _Line()).total = group
        for line in lines.values():
            line.members = list(dict.fromkeys(line.members))
        self.line_ids = [set[tuple[str, str, str | None]]() for _ in self.values]
        for line_id, line in lines.items():
            for group in [*line.members, *([line.total] if line.total is not None else [])]:
                self.line_ids[group].add(line_id)
        return {k: v for k, v in lines.items() if v.members and v.total is not None}

    def patterns(self) -> list[tuple[int, ...]]:
        """For each distinct way a cube cell is counted, the counts it is in: the cells the
        same counts sum can be merged without changing any linear relation."""
        into: dict[int, list[int]] = {}
        for group, members in enumerate(self.members):
            for cell in members:
                into.setdefault(cell, []).append(group)
        return list(dict.fromkeys(tuple(groups) for groups in into.values()))

    def outcome(self, hidden: set[int], rule: Rule) -> Outcome:
        cells: dict[Hashable, Cell] = {}
        for index, number in enumerate(self.published):
            group = self.group_of[index]
            if group not in hidden:
                cells[number.key] = Cell(number.key, Status.SHOWN, rule.rounded(number.value))
            elif self.small[group]:
                own = number.value < number.threshold
                below = number.threshold if own else self.below[group]
                cells[number.key] = Cell(number.key, Status.SMALL, below=below)
            else:
                cells[number.key] = Cell(number.key, Status.COMPLEMENT)
        return Outcome(rule, MappingProxyType(cells))


@dataclass
class _Line:
    members: list[int] = field(default_factory=list)
    total: int | None = None


def _relation_basis(patterns: Iterable[tuple[int, ...]], count: int) -> list[dict[int, _Exact]]:
    """A basis of the linear relations among the counts, exactly.

    A relation is a vector ``y`` with ``sum(y[g] * cells(g)) == 0``: one equation per pattern
    (each distinct way a cell is counted), solved by reduced row echelon form with integer
    pivots where there are (tables' relations then stay in integers), Fractions otherwise.
    """
    # pivot column -> the rest of its fully reduced row: y[p] + sum(row[c] * y[c]) == 0
    pivots: dict[int, dict[int, _Exact]] = {}
    for pattern in patterns:
        row: dict[int, _Exact] = dict.fromkeys(pattern, 1)
        for p in [g for g in pattern if g in pivots]:
            coef = row.pop(p)
            _add(row, pivots[p], -coef)
        if not row:
            continue
        units = [c for c, v in row.items() if v in (1, -1)]
        q = min(units) if units else min(row)
        scale = row.pop(q)
        reduced = {c: _divided(v, scale) for c, v in row.items()}
        for other in pivots.values():
            coef = other.pop(q, 0)
            if coef:
                _add(other, reduced, -coef)
        pivots[q] = reduced
    basis = []
    for free in range(count):
        if free in pivots:
            continue
        relation: dict[int, _Exact] = {free: 1}
        for p, row in pivots.items():
            if free in row:
                relation[p] = -row[free]
        basis.append(relation)
    return basis


def _add(row: dict[int, _Exact], other: Mapping[int, _Exact], factor: _Exact) -> None:
    """``row += factor * other``, dropping zeros."""
    for c, v in other.items():
        new = row.get(c, 0) + factor * v
        if new:
            row[c] = new if type(new) is int else _tidy(new)
        else:
            row.pop(c, None)


def _divided(value: _Exact, by: _Exact) -> _Exact:
    """``value / by`` exactly, staying an int when dividing by ±1."""
    if by in (1, -1):
        return value * by
    return _tidy(Fraction(value) / by)


def _tidy(value: _Exact) -> _Exact:
    return int(value) if isinstance(value, Fraction) and value.denominator == 1 else value


class _Relations:
    """The relations among the counts, kept in a form that answers "is this hidden count
    recoverable?" for every hidden count at once, and updated cheaply as counts are hidden.

    Rows are split in two: each *pivot* row belongs to one hidden count (its coefficient 1)
    and has a zero at every other pivot's count; the *free* rows have zeros at every hidden
    count (relations among shown counts only). A hidden count is recoverable exactly when its
    pivot row has no other hidden count: that row then says ``count = a combination of shown
    counts``. A hidden count without a pivot row appears in no such relation.
    """

    def __init__(self, basis: list[dict[int, _Exact]]) -> None:
        self.rows = basis
        self.pivot: dict[int, int] = {}  # hidden count -> its row
        self.free: set[int] = set(range(len(basis)))
        self.hidden: set[int] = set()

    def hide(self, count: int) -> None:
        self.hidden.add(count)
        carriers = [i for i in self.free if count in self.rows[i]]
        if not carriers:
            return  # the count joins the pivot rows as one more hidden count, no pivot of its own
        chosen = min(carriers, key=lambda i: (len(self.rows[i]), i))
        row = self.rows[chosen]
        scale = row[count]
        if scale != 1:
            self.rows[chosen] = row = {c: _divided(v, scale) for c, v in row.items()}
        for i, other in enumerate(self.rows):
            coef = other.get(count, 0) if i != chosen else 0
            if coef:
                _add(other, row, -coef)
        self.free.discard(chosen)
        self.pivot[count] = chosen

    def recoverable(self) -> list[int]:
        return [
            count for count, i in self.pivot.items() if len(self.rows[i].keys() & self.hidden) == 1
        ]

    def shown_in_free_rows(self) -> set[int]:
        """The shown counts that would be recoverable if hidden now."""
        return set().union(*(self.rows[i].keys() for i in self.free))

    def row_of(self, count: int) -> dict[int, _Exact]:
        return self.rows[self.pivot[count]]


def _protect_recoverable(counts: _Counts, relations: _Relations) -> int | None:
    """The count to hide next so that a recoverable hidden count is not, or None.

    The first recoverable count (a small one first) is protected by, in this order: a shown
    count of a relation that gives it back and whose hiding protects it at once (the fourth
    corner of a rectangle; the one protecting most recoverable counts first); otherwise a
    shown count of a row or column that gives it back (the second and third corners);
    otherwise any shown count of a relation that gives it back. Hiding a count that the other
    shown counts give back protects nothing at once, but it makes progress: the relations
    among shown counts lose one.
    """
    recoverable = relations.recoverable()
    if not recoverable:
        return None
    target = min(recoverable, key=lambda g: (not counts.small[g], counts.order[g]))
    hidden = relations.hidden
    in_relation = [g for g in relations.row_of(target) if g not in hidden]
    would_be_recoverable = relations.shown_in_free_rows()
    protects = {
        g: sum(g in relations.row_of(h) for h in recoverable)
        for g in in_relation
        if g not in would_be_recoverable
    }
    in_line = [
        g
        for line_id in sorted(counts.line_ids[target], key=repr)
        if (line := counts.lines.get(line_id)) is not None
        and [g for g in (*line.members, line.total) if g in hidden] == [target]
        for g in (*line.members, line.total)
        if g is not None and g != target
    ]
    near = counts.line_ids[target]

    def preference(g: int) -> tuple[object, ...]:
        nearness = (
            0 if counts.line_ids[g] & near else 1 if counts.tables[g] & counts.tables[target] else 2
        )
        return (
            counts.values[g] == 0,
            counts.totals[g] == 2,
            not _lines_stay_safe(counts, g, hidden),
            -protects.get(g, 0),
            nearness,
            counts.totals[g],
            counts.values[g],
            counts.order[g],
        )

    return min(list(protects) or in_line or in_relation, key=preference)


def _lines_stay_safe(counts: _Counts, extra: int, hidden: set[int]) -> bool:
    """Whether every row and column ``extra`` is a member of passes the line rule with it
    hidden too (a complement chosen now need not be topped up later)."""
    for line_id in counts.line_ids[extra]:
        line = counts.lines.get(line_id)
        if line is None or line.total in hidden or line.total == extra:
            continue
        if extra in line.members and not _line_is_safe(counts, line.members, hidden, extra):
            return False
    return True


def _protect_lines(counts: _Counts, relations: _Relations) -> int | None:
    """The count to hide next so that a row or column stops narrowing a hidden small count
    (the line rule of the module's docstring), or None when every line is safe."""
    hidden = relations.hidden
    for line in counts.lines.values():
        if line.total is None or line.total in hidden:
            continue
        if not _line_is_safe(counts, line.members, hidden, None):
            widening = _widening(counts, relations, line.members)
            return line.total if widening is None else widening
    return None


def _widening(counts: _Counts, relations: _Relations, members: list[int]) -> int | None:
    """The shown count of a row or column to hide to make it safe: the smallest that does so
    on its own, else the largest (it widens the range most), a count the shown ones would not
    give back first; None when no count above zero is left to hide."""
    hidden = relations.hidden
    candidates = [g for g in members if g not in hidden and counts.values[g] > 0]
    if not candidates:
        return None
    would_be_recoverable = relations.shown_in_free_rows()

    def preference(g: int) -> tuple[object, ...]:
        enough = _line_is_safe(counts, members, hidden, g)
        size = counts.values[g] if enough else -counts.values[g]
        return (g in would_be_recoverable, not enough, size, counts.order[g])

    return min(candidates, key=preference)


def _line_is_safe(counts: _Counts, members: list[int], hidden: set[int], extra: int | None) -> bool:
    """Whether a row or column whose total is shown leaves every hidden small count of it its
    whole range, with ``extra`` hidden too."""
    hide = [g for g in members if g in hidden or g == extra]
    small = [g for g in hide if counts.small[g]]
    if not small:
        return True
    complements = [g for g in hide if not counts.small[g] and counts.values[g] > 0]
    if not complements:
        return False
    floors = [counts.floor[g] for g in complements]
    zeros_hidden = counts.zeros is Zeros.HIDE
    least_complements = sum(floors) if zeros_hidden else min(floors)
    least_small = 0 if zeros_hidden else 1
    total = sum(counts.values[g] for g in hide)
    others = (len(small) - 1) * least_small + least_complements
    return all(total - (counts.below[g] - 1) >= others for g in small)


# ---------------------------------------------------------------------------------------------
# Building the numbers of a table from a cube


@dataclass(frozen=True)
class Cube:
    """The full cross-classification of a report's children.

    Attributes:
        dimensions: the dimensions' names, e.g. ``("age", "sex", "nationality")``.
        categories: each dimension's categories, in the order tables list them.
        counts: children per combination of categories (one label per dimension); a
            combination not listed has none. Every combination of categories is a cell of the
            cube, listed or not, so that a table's empty cell is a count of zero like another.
    """

    dimensions: tuple[str, ...]
    categories: tuple[tuple[str, ...], ...]
    counts: Mapping[tuple[str, ...], int]

    @classmethod
    def of(
        cls,
        dimensions: Sequence[str],
        counts: Mapping[tuple[str, ...], int],
        categories: Mapping[str, Sequence[str]] | None = None,
    ) -> Cube:
        """A cube from its counts; a dimension's categories, when not given, are the labels
        met in ``counts``, in the order they first appear.

        Raises:
            ValueError: a combination of the wrong length, an unknown label, a negative count.
        """
        given = categories or {}
        found: list[dict[str, None]] = [dict.fromkeys(given.get(d, ())) for d in dimensions]
        for labels, n in counts.items():
            if len(labels) != len(dimensions) or n < 0:
                raise ValueError(f"{labels!r}: {n} does not fit the dimensions {dimensions!r}")
            for d, label in enumerate(labels):
                if dimensions[d] in given and label not in found[d]:
                    raise ValueError(f"{label!r} is not a category of {dimensions[d]!r}")
                found[d].setdefault(label)
        return cls(tuple(dimensions), tuple(tuple(f) for f in found), dict(counts))

    @property
    def size(self) -> int:
        return math.prod(len(c) for c in self.categories)

    @cached_property
    def _labels(self) -> list[tuple[str, ...]]:
        return list(itertools.product(*self.categories))

    def table_numbers(
        self, table: str, rows: str, columns: str | None = None, threshold: int = 5
    ) -> tuple[Published, ...]:
        """The numbers of a table of ``rows`` × ``columns`` with its totals, or of a one-way
        table of ``rows`` with its total.

        Returns:
            The interior cells row by row, the row totals, the column totals and the grand
            total, each keyed ``(table, row label or None, column label or None)`` (None:
            total); a one-way table's counts are keyed ``(table, label, None)``.
        """
        r = self.dimensions.index(rows)
        c = None if columns is None else self.dimensions.index(columns)
        places: dict[tuple[str | None, str | None], list[int]] = {}
        for cell, labels in enumerate(self._labels):
            row, column = labels[r], None if c is None else labels[c]
            wanted: list[tuple[str | None, str | None]] = [(row, None), (None, None)]
            if column is not None:
                wanted += [(row, column), (None, column)]
            for place in wanted:
                places.setdefault(place, []).append(cell)
        row_labels = self.categories[r]
        column_labels = () if c is None else self.categories[c]
        ordered: list[tuple[str | None, str | None]] = [
            *[(x, y) for x in row_labels for y in column_labels],
            *[(x, None) for x in row_labels],
            *[(None, y) for y in column_labels],
            (None, None),
        ]
        return tuple(
            Published(
                key=(table, x, y),
                members=frozenset(places[(x, y)]),
                value=sum(self.counts.get(self._labels[i], 0) for i in places[(x, y)]),
                threshold=threshold,
                table=table,
                row=x,
                column=y,
            )
            for x, y in ordered
        )
