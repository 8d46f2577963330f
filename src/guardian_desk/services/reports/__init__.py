"""Reports: anonymised, disaggregated statistics counted in SQL, with small cells hidden so
that no child can be picked out (``docs/reports.md``)."""

from typing import TYPE_CHECKING

from guardian_desk.exports import lazy_exports

if TYPE_CHECKING:
    from guardian_desk.services.reports.counting import cube, quartiles, uncertain_ages
    from guardian_desk.services.reports.indicators import INDICATORS, Indicator, Period

__all__ = ["INDICATORS", "Indicator", "Period", "cube", "quartiles", "uncertain_ages"]

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__name__, __file__)
