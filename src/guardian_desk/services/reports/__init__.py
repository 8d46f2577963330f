"""Reports: anonymised, disaggregated statistics counted in SQL, with small cells hidden so
that no child can be picked out (``docs/reports.md``)."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.reports.charts import figure, measure_unit
    from guardian_desk.services.reports.definitions import ReportSet, load_reports, report
    from guardian_desk.services.reports.definitions import organisation_folder as reports_folder
    from guardian_desk.services.reports.exports import (
        EXPORT_FORMATS,
        Grid,
        export_snapshot,
        table_grid,
    )
    from guardian_desk.services.reports.names import (
        CATEGORY_NAMES,
        DIMENSION_NAMES,
        category_name,
    )
    from guardian_desk.services.reports.snapshot import (
        ShownTable,
        Snapshot,
        drill_down,
        make_snapshot,
    )
    from guardian_desk.storage.report_counts import (
        Counted,
        Rate,
        counted,
        cube,
        quartiles,
        rates,
    )
    from guardian_desk.storage.report_units import INDICATORS, Indicator, Period

__all__ = [
    "CATEGORY_NAMES",
    "DIMENSION_NAMES",
    "EXPORT_FORMATS",
    "INDICATORS",
    "Counted",
    "Grid",
    "Indicator",
    "Period",
    "Rate",
    "ReportSet",
    "ShownTable",
    "Snapshot",
    "category_name",
    "counted",
    "cube",
    "drill_down",
    "export_snapshot",
    "figure",
    "load_reports",
    "make_snapshot",
    "measure_unit",
    "quartiles",
    "rates",
    "report",
    "reports_folder",
    "table_grid",
]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
