"""A report's charts, drawn with matplotlib from the protected table only: a hidden count is
not drawn (its bar is left out and marked), so a chart never shows what its table hides.

The same :class:`~matplotlib.figure.Figure` is shown in the window (``FigureCanvasQTAgg``)
and written as vector PDF for the printed report. Nothing here draws on a screen: the
figure uses no pyplot state.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from matplotlib.figure import Figure

from guardian_desk.domain.disclosure import Status
from guardian_desk.services.reports.snapshot import ShownTable

# A colour per column (the Okabe-Ito palette, told apart by people with colour blindness).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
HIDDEN_MARK = "*"


def _plain(_dimension: str, label: str) -> str:
    return label


def measure_unit(table: ShownTable) -> str:
    """The axis of a table's chart, in English: what is counted, the median days, a rate."""
    if table.indicator.duration:
        return "days (median)"
    return table.indicator.rate or table.indicator.unit


def figure(
    table: ShownTable,
    label: Callable[[str, str], str] = _plain,
    *,
    width: float = 6.4,
    height: float = 3.2,
    hidden_note: str = "* hidden to protect the children counted",
    unit: str | None = None,
) -> Figure | None:
    """A bar chart of the table (stacked when the report asks), or None when the table is
    not charted (``chart = "none"``, or nothing to draw). ``label(dimension, category)``
    names a category in the reader's language."""
    if table.spec.chart == "none" or not table.rows:
        return None
    if table.indicator.measured:
        drawable = any(table.headline(r) is not None for r in table.rows)
    else:
        drawable = any(
            c.status is Status.SHOWN and c.value
            for (row, column), c in table.cells.items()
            if row is not None and (column is not None or not table.columns)
        )
    if not drawable:
        return None  # every count hidden: nothing a chart may show
    rows = list(table.rows)
    names = [label(table.spec.rows, r) for r in rows]
    # Long names (forums) read better down the side, one bar a line, in two lines at most.
    across = max(len(n) for n in names) > 18
    if across:
        names = [textwrap.fill(textwrap.shorten(n, 60, placeholder="…"), 32) for n in names]
    fig = Figure(
        figsize=(width, max(height, 0.5 * len(rows) + 1.0) if across else height),
        layout="constrained",
    )
    axes = fig.add_subplot()
    positions = [float(p) for p in range(len(rows))]
    hidden_any = False

    def bars(
        xs: list[float],
        values: list[float],
        size: float,
        base: list[float] | None,
        colour: str,
        name: str | None,
    ) -> None:
        if across:
            axes.barh(xs, values, height=size, left=base, color=colour, label=name)
        else:
            axes.bar(xs, values, width=size, bottom=base, color=colour, label=name)

    def mark(x: float, at: float) -> None:
        place = (at, x) if across else (x, at)
        axes.annotate(
            HIDDEN_MARK,
            place,
            ha="left" if across else "center",
            va="center" if across else "bottom",
        )

    axis = unit or table.indicator.unit
    if table.indicator.measured:
        drawn = [table.headline(r) for r in rows]
        bars(positions, [v or 0.0 for v in drawn], 0.8, None, PALETTE[0], None)
        axis = unit or measure_unit(table)
        for x, q in zip(positions, drawn, strict=True):
            if q is None:
                hidden_any = True
                mark(x, 0.0)
    else:
        columns: list[str | None] = list(table.columns) or [None]
        stacked = table.spec.chart == "stacked" and bool(table.columns)
        size = 0.8 if stacked else 0.8 / len(columns)
        bottoms = [0.0] * len(rows)
        for index, column in enumerate(columns):
            values: list[float] = []
            gone: list[bool] = []
            for r in rows:
                cell = table.cell(r, column)
                shown = cell.status is Status.SHOWN and cell.value is not None
                values.append(float(cell.value or 0) if shown else 0.0)
                gone.append(not shown)
            xs = positions if stacked else [p - 0.4 + size * (index + 0.5) for p in positions]
            name = label(table.spec.columns or "", column) if column is not None else None
            bars(
                xs, values, size, bottoms if stacked else None, PALETTE[index % len(PALETTE)], name
            )
            for i, (x, v) in enumerate(zip(xs, values, strict=True)):
                if gone[i]:
                    hidden_any = True
                    mark(x, (bottoms[i] if stacked else 0.0) + v)
            if stacked:
                bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        if table.columns:
            axes.legend(fontsize="small", frameon=False)
    if across:
        axes.set_yticks(positions, names)
        axes.invert_yaxis()
        axes.set_xlabel(axis)
    else:
        axes.set_xticks(
            positions,
            names,
            rotation=30 if len(rows) > 4 else 0,
            ha="right" if len(rows) > 4 else "center",
        )
        axes.set_ylabel(axis)
    # Names are what people typed (a forum with two "$" in it): never read as mathematics.
    for text in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        text.set_parse_math(False)
    legend = axes.get_legend()
    for text in legend.get_texts() if legend is not None else []:
        text.set_parse_math(False)
    axes.spines[["top", "right"]].set_visible(False)
    if hidden_any:  # above the bars, inside the figure's layout
        axes.set_title(hidden_note, loc="left", fontsize="x-small", color="0.35")
    return fig
