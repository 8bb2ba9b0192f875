"""The business calendar of a service hall: when is the counter open?

A :class:`BusinessCalendar` is a time zone, opening hours per weekday (zero or more
``HH:MM``–``HH:MM`` ranges, an end may be ``24:00``), holiday dates (closed all day)
and make-up working days (调休上班, usually a Saturday or Sunday, open with MONDAY's
hours). It is immutable, so one instance can be shared by every ticket of a branch.

All instants that go in or come out are timezone-aware; instants that come out are in
UTC. Why UTC: subtracting two datetimes that share one ``ZoneInfo`` does *wall-clock*
arithmetic in Python, which is wrong by an hour across a daylight-saving change.
Local wall-clock hours are turned into instants one local date at a time:

* a boundary that does not exist (inside a spring-forward gap) maps to the first
  instant after the gap, so 02:30 on 2026-03-29 in Europe/Berlin means 03:00 CEST;
* a boundary that exists twice (fall-back) maps to its FIRST occurrence (``fold=0``),
  so ranges that touch on one wall time still touch as instants, never overlap.

Mainland China's holiday data comes from the ``chinesecalendar`` package. Version
1.11.0 (the one this was written against) has the State Council schedules for
2004–2026 and raises ``NotImplementedError`` for any other year. The schedule of a
year is only published in November or December of the year before, so a calendar
knows its :class:`CalendarCoverage` and the application can flag a deadline that runs
into an unpublished year instead of silently treating it as an ordinary year.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import chinese_calendar

from helpdesk_gui.domain.sla.coverage import (
    CalendarCoverage,
    known_years,
    parse_coverage,
    unpublished_years,
)
from helpdesk_gui.domain.sla.hours import (
    DEFAULT_TZ,
    MAX_CLOSED_DAYS,
    MINUTES_PER_DAY,
    WEEKDAY_KEYS,
    CalendarError,
    DayHours,
    Interval,
    WorkRange,
    check_disjoint,
    format_clock,
    load_zone,
    normalise_week,
    parse_dates,
    parse_hours,
    parse_timezone,
    to_utc,
)

if TYPE_CHECKING:
    from helpdesk_gui.domain.sla.overrides import DayOverride

_KNOWN_FIELDS = ("timezone", "hours", "holidays", "workdays", "covered_years")

def _closed_week() -> tuple[DayHours, ...]:
    return ((),) * 7


@dataclass(frozen=True)
class BusinessCalendar:
    """Opening hours, holidays and make-up working days in one time zone.

    ``hours[0]`` is Monday, ``hours[6]`` Sunday. A make-up working day uses Monday's
    hours because the State Council announces it as "上班" for a normal working day;
    a holiday closes the whole day whatever its weekday.
    """

    timezone: str = DEFAULT_TZ
    hours: tuple[DayHours, ...] = field(default_factory=_closed_week)
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    coverage: CalendarCoverage | None = None
    _tz: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        setter = object.__setattr__
        setter(self, "_tz", load_zone(self.timezone))
        setter(self, "hours", normalise_week(self.hours))
        setter(self, "holidays", frozenset(self.holidays))
        setter(self, "workdays", frozenset(self.workdays))
        both = sorted(self.holidays & self.workdays)
        if both:
            raise CalendarError(f"workdays: {both[0]} is also listed in holidays")

    @property
    def tz(self) -> ZoneInfo:
        return self._tz

    # ---- construction

    @classmethod
    def always_open(cls, tz: str = DEFAULT_TZ) -> BusinessCalendar:
        """A 24×7 clock: every day 00:00-24:00, no holidays."""
        return cls(timezone=tz, hours=((WorkRange(0, MINUTES_PER_DAY),),) * 7)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BusinessCalendar:
        """Build from the JSON shape of :meth:`to_dict`; raises :class:`CalendarError`."""
        if not isinstance(data, Mapping):
            raise CalendarError("calendar: expected a JSON object")
        for key in data:
            if key not in _KNOWN_FIELDS:
                raise CalendarError(f"{key}: unknown field (expected {', '.join(_KNOWN_FIELDS)})")
        holidays = parse_dates(data.get("holidays", []), "holidays")
        workdays = parse_dates(data.get("workdays", []), "workdays")
        check_disjoint(holidays, workdays)
        return cls(
            timezone=parse_timezone(data.get("timezone", DEFAULT_TZ)),
            hours=parse_hours(data.get("hours", {})),
            holidays=frozenset(holidays),
            workdays=frozenset(workdays),
            coverage=parse_coverage(data.get("covered_years")),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: every weekday listed (``[]`` = closed), dates sorted."""
        data: dict[str, Any] = {
            "timezone": self.timezone,
            "hours": {
                key: [[format_clock(r.start), format_clock(r.end)] for r in day]
                for key, day in zip(WEEKDAY_KEYS, self.hours, strict=True)
            },
            "holidays": [d.isoformat() for d in sorted(self.holidays)],
            "workdays": [d.isoformat() for d in sorted(self.workdays)],
        }
        if self.coverage is not None:
            data["covered_years"] = sorted(self.coverage.years)
        return data

    def with_overrides(
        self, overrides: Iterable[DayOverride], covered_years: Iterable[int] = ()
    ) -> BusinessCalendar:
        """A copy with CSV overrides applied; a later entry wins over the built-in data.

        ``covered_years`` marks years as complete (e.g. after importing the whole 2027
        schedule) so that they are no longer flagged as unpublished.
        """
        holidays, workdays = set(self.holidays), set(self.workdays)
        for item in overrides:
            (holidays if item.kind == "holiday" else workdays).add(item.day)
            (workdays if item.kind == "holiday" else holidays).discard(item.day)
        coverage = self.coverage
        extra = frozenset(covered_years)
        if extra:
            years = (coverage.years if coverage else frozenset()) | extra
            coverage = CalendarCoverage(years, coverage.source if coverage else "overrides")
        return BusinessCalendar(self.timezone, self.hours, frozenset(holidays),
                                frozenset(workdays), coverage)

    # ---- days

    def day_ranges(self, day: date) -> DayHours:
        """The opening ranges of a local date: holiday -> (), make-up day -> Monday's."""
        if day in self.holidays:
            return ()
        if day in self.workdays:
            return self.hours[0]
        return self.hours[day.weekday()]

    def is_working_day(self, day: date) -> bool:
        return bool(self.day_ranges(day))

    def local_date(self, instant: datetime) -> date:
        """The calendar date of an aware instant in this calendar's time zone."""
        return to_utc(instant).astimezone(self._tz).date()

    def local_to_utc(self, day: date, minute: int) -> datetime:
        """The UTC instant of wall-clock ``minute`` (0..1440) on local date ``day``."""
        return _wall_to_utc(day, minute, self._tz)

    def close_of_business(self, day: date) -> datetime:
        """When the last range of ``day`` ends (UTC); the end of "N working days"."""
        ranges = self.day_ranges(day)
        if not ranges:
            raise ValueError(f"{day.isoformat()} is not a working day")
        return self.local_to_utc(day, ranges[-1].end)

    def working_day_after(self, day: date, n: int = 1) -> date:
        """The ``n``-th working day strictly after ``day`` (``n`` >= 1)."""
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        closed_run = 0
        while True:
            day += timedelta(days=1)
            if self.is_working_day(day):
                n, closed_run = n - 1, 0
                if n == 0:
                    return day
            else:
                closed_run += 1
                if closed_run > MAX_CLOSED_DAYS:
                    raise CalendarError(f"hours: no working day in the {MAX_CLOSED_DAYS} "
                                        f"days after {day - timedelta(days=closed_run)}")

    def next_working_day(self, day: date) -> date:
        return self.working_day_after(day, 1)

    def uncovered_years(self, start_utc: datetime, end_utc: datetime) -> list[int]:
        """Local years between two instants that the calendar's holiday data lacks."""
        if self.coverage is None:
            return []
        days = [self.local_date(start_utc), self.local_date(end_utc)]
        return unpublished_years(days, self.coverage.years)

    # ---- instants

    def open_intervals(
        self, start_utc: datetime, end_utc: datetime | None = None
    ) -> Iterator[Interval]:
        """The (start, end) UTC instants when the hall is open, in order, clipped.

        ``end_utc=None`` walks on without end (used to find a deadline); it raises
        :class:`CalendarError` after :data:`MAX_CLOSED_DAYS` closed days in a row.
        Consecutive intervals may touch (12:00 | 12:00, or midnight on a 24×7 clock).
        """
        start = to_utc(start_utc, "start_utc")
        end = None if end_utc is None else to_utc(end_utc, "end_utc")
        if end is not None and end < start:
            raise ValueError("end_utc is before start_utc")
        last_day = None if end is None else self.local_date(end)
        return _clip(self._day_intervals(self.local_date(start), last_day), start, end)

    def _day_intervals(self, day: date, last_day: date | None) -> Iterator[Interval]:
        closed_run = 0
        while last_day is None or day <= last_day:
            ranges = self.day_ranges(day)
            for item in ranges:
                begin = _wall_to_utc(day, item.start, self._tz)
                finish = _wall_to_utc(day, item.end, self._tz)
                if begin < finish:  # empty when the whole range is in a DST gap
                    yield begin, finish
            closed_run = 0 if ranges else closed_run + 1
            if last_day is None and closed_run > MAX_CLOSED_DAYS:
                raise CalendarError(f"hours: no opening hours for more than {MAX_CLOSED_DAYS} days "
                                    f"in a row after {day - timedelta(days=closed_run)}")
            day += timedelta(days=1)


def _clip(intervals: Iterator[Interval], start: datetime, end: datetime | None
          ) -> Iterator[Interval]:
    for begin, finish in intervals:
        if finish <= start:
            continue
        if end is not None and begin >= end:
            return
        clipped = (max(begin, start), finish if end is None else min(finish, end))
        if clipped[0] < clipped[1]:
            yield clipped


def _wall_to_utc(day: date, minute: int, tz: ZoneInfo) -> datetime:
    """Local wall time -> UTC; first occurrence if repeated, gap end if skipped."""
    wall = datetime.combine(day, time()) + timedelta(minutes=minute)
    instant = wall.replace(tzinfo=tz).astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == wall:
        return instant
    return _end_of_gap(wall, tz)


def _end_of_gap(wall: datetime, tz: ZoneInfo) -> datetime:
    """The first instant whose local wall time is at or after the nonexistent ``wall``.

    PEP 495: in a gap, fold=1 converts with the offset after the change (an instant
    before the gap) and fold=0 with the offset before (after the gap). The change
    itself lies between; tz transitions are whole seconds, so bisect on seconds.
    """
    low = int(wall.replace(tzinfo=tz, fold=1).timestamp())
    high = int(wall.replace(tzinfo=tz, fold=0).timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        local = datetime.fromtimestamp(middle, tz).replace(tzinfo=None)
        low, high = (low, middle) if local >= wall else (middle, high)
    return datetime.fromtimestamp(high, UTC)


DEFAULT_CHINA_HOURS: Mapping[str, Sequence[tuple[str, str]]] = {
    key: (("08:30", "12:00"), ("13:30", "17:30")) for key in WEEKDAY_KEYS[:5]
}


def china_default(
    years: Iterable[int] | None = None,
    tz: str = DEFAULT_TZ,
    hours: Mapping[str, Sequence[Sequence[str]]] | None = None,
) -> BusinessCalendar:
    """Mainland China's calendar from ``chinesecalendar`` for ``years`` (default: all known).

    Holidays are the statutory holidays that fall on a day the ``hours`` would open
    (ordinary weekends are not listed); workdays are the make-up working days (调休)
    that fall on a day the ``hours`` would keep closed. Requested years without data
    are left out of ``coverage`` so :func:`check_coverage` flags them. The package's
    public ``holidays``/``workdays`` tables are read directly: calling ``get_holidays``
    for every day of 23 years takes about 0.3 s, the tables take well under 1 ms.
    """
    week = parse_hours(DEFAULT_CHINA_HOURS if hours is None else hours)
    wanted = known_years() if years is None else frozenset(years)
    loaded = wanted & known_years()
    holidays = {d for d in chinese_calendar.holidays if d.year in loaded and week[d.weekday()]}
    workdays = {d for d in chinese_calendar.workdays
                if d.year in loaded and not week[d.weekday()]}
    source = f"chinesecalendar {getattr(chinese_calendar, '__version__', '')}".strip()
    return BusinessCalendar(tz, week, frozenset(holidays), frozenset(workdays),
                            CalendarCoverage(frozenset(loaded), source))


def check_coverage(
    calendar_or_years: BusinessCalendar | CalendarCoverage | Iterable[int], year: int
) -> bool:
    """Does the calendar (or coverage, or set of years) have the schedule of ``year``?

    A calendar without coverage information (written by hand, e.g. for a branch
    abroad) is trusted: its author is responsible for its holidays.
    """
    if isinstance(calendar_or_years, BusinessCalendar):
        coverage = calendar_or_years.coverage
        return coverage is None or coverage.covers(year)
    if isinstance(calendar_or_years, CalendarCoverage):
        return calendar_or_years.covers(year)
    return year in set(calendar_or_years)
