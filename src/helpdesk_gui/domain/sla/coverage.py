"""Which years' official holiday schedules a calendar really contains.

Mainland China's holiday data comes from the ``chinesecalendar`` package, which knows
2004–2026 (version 1.11.0) and raises ``NotImplementedError`` for any other year. A
year's schedule is only published late in the year before, so a deadline that runs into
an unpublished year is flagged instead of silently treated as an ordinary year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import chinese_calendar

from helpdesk_gui.domain.sla.hours import CalendarError


@dataclass(frozen=True)
class CalendarCoverage:
    """The years whose official holiday schedule a calendar actually contains."""

    years: frozenset[int]
    source: str = field(default="chinesecalendar", compare=False)  # for messages only

    def covers(self, year: int) -> bool:
        return year in self.years

    def missing(self, years: Iterable[int]) -> list[int]:
        """The given years that are not covered, sorted."""
        return sorted({y for y in years if y not in self.years})


def known_years() -> frozenset[int]:
    """Years for which ``chinesecalendar`` has a published schedule (2004–2026 in 1.11.0)."""
    years = {d.year for d in chinese_calendar.holidays}
    return frozenset(y for y in years if _chinese_calendar_knows(y))


def _chinese_calendar_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def unpublished_years(dates: Iterable[date], covered: Iterable[int] | None = None) -> list[int]:
    """Years spanned by ``dates`` (first to last, inclusive) without a known schedule.

    The whole span counts because a deadline from December 2026 to January 2028 also
    crosses 2027. ``covered`` defaults to :func:`known_years`.
    """
    years = [d.year for d in dates]
    if not years:
        return []
    known = known_years() if covered is None else set(covered)
    return [y for y in range(min(years), max(years) + 1) if y not in known]



def coverage_warning(years: Iterable[int], lang: Literal["en", "zh"] = "en") -> str:
    """The text to show when a computation uses years without a published schedule."""
    missing = sorted(set(years))
    if not missing:
        return ""
    listed = ", ".join(str(y) for y in missing)
    if lang == "zh":
        return (
            f"{listed}年的法定节假日和调休安排尚未收录：这些年份按普通的周一至周五计算，"
            "期限可能不准确。国务院公布安排后，请导入节假日/调休 CSV。"
        )
    return (
        f"No official holiday schedule for {listed}: those days are counted as an "
        "ordinary week, so deadlines may be wrong. Import the holiday/make-up day CSV "
        "once the State Council publishes the schedule."
    )


def parse_coverage(value: object) -> CalendarCoverage | None:
    if value is None:
        return None
    valid = isinstance(value, list) and all(
        isinstance(y, int) and not isinstance(y, bool) and 1 <= y <= 9999 for y in value)
    if not valid:
        raise CalendarError("covered_years: expected a list of years, e.g. [2025, 2026]")
    return CalendarCoverage(frozenset(value), source="calendar file")
