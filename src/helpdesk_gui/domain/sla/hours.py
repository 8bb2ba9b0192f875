"""Opening hours and dates as a hall writes them: ranges of a day, clocks, parsing.

A day's opening hours are zero or more ``HH:MM``–``HH:MM`` ranges (an end may be
``24:00``), kept as minutes after local midnight. Parsing raises :class:`CalendarError`
with the field at fault first, so a supervisor editing a calendar file sees where.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TZ = "Asia/Shanghai"
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MINUTES_PER_DAY = 24 * 60
# An unbounded walk gives up after this many closed days in a row: a calendar that is
# closed for three years is a configuration mistake, not a reason to loop forever.
MAX_CLOSED_DAYS = 3 * 366

Interval = tuple[datetime, datetime]
_CLOCK_RE = re.compile(r"^(\d{2}):(\d{2})$")
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CalendarError(ValueError):
    """A calendar definition (file, CSV, arguments) that cannot be used.

    The message starts with the field or line at fault, e.g.
    ``hours.tue[1]: end 12:00 is not after start 13:00``.
    """


class WorkRange(NamedTuple):
    """One opening range of a day, in minutes after local midnight.

    Minutes rather than ``datetime.time`` because a range may end at 24:00, which a
    ``time`` cannot express; ``str()`` gives the familiar ``08:00-12:00``.
    """

    start: int
    end: int

    @property
    def start_time(self) -> time:
        return time(self.start // 60, self.start % 60)

    @property
    def end_time(self) -> time | None:
        """The end as a ``time``; ``None`` means 24:00 (midnight at the end of the day)."""
        return None if self.end == MINUTES_PER_DAY else time(self.end // 60, self.end % 60)

    def __str__(self) -> str:
        return f"{format_clock(self.start)}-{format_clock(self.end)}"


DayHours = tuple[WorkRange, ...]


def format_clock(minute: int) -> str:
    """``510`` -> ``'08:30'``; ``1440`` -> ``'24:00'``."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def to_utc(value: datetime, name: str = "instant") -> datetime:
    """Check that ``value`` is timezone-aware and return it in UTC.

    A naive datetime is refused: guessing its zone is how deadlines drift by 8 hours.
    """
    if not isinstance(value, datetime):
        raise TypeError(f"{name}: expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name}: {value.isoformat()} has no time zone (naive datetime)")
    return value.astimezone(UTC)




def load_zone(name: object) -> ZoneInfo:
    if not isinstance(name, str):
        raise CalendarError(f"timezone: expected a time zone name, got {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise CalendarError(f"timezone: unknown time zone {name!r}") from None


def parse_timezone(value: object) -> str:
    load_zone(value)
    return str(value)


def parse_clock(text: object, where: str) -> int:
    """``'08:30'`` -> 510; ``'24:00'`` -> 1440. ``where`` names the field in errors."""
    match = _CLOCK_RE.match(text) if isinstance(text, str) else None
    if match:
        hour, minute = int(match[1]), int(match[2])
        if (hour < 24 and minute < 60) or (hour, minute) == (24, 0):
            return hour * 60 + minute
    raise CalendarError(f"{where}: {text!r} is not a time HH:MM between 00:00 and 24:00")


def parse_hours(value: object) -> tuple[DayHours, ...]:
    """Parse ``{"mon": [["08:00","12:00"], ...], ...}``; a missing weekday is closed."""
    if not isinstance(value, Mapping):
        raise CalendarError('hours: expected an object like {"mon": [["08:00", "12:00"]]}')
    week: list[DayHours] = []
    for key in value:
        if key not in WEEKDAY_KEYS:
            raise CalendarError(f"hours.{key}: unknown weekday (use {', '.join(WEEKDAY_KEYS)})")
    for key in WEEKDAY_KEYS:
        week.append(_parse_day(value.get(key, []), f"hours.{key}"))
    return tuple(week)


def _parse_day(value: object, where: str) -> DayHours:
    if not isinstance(value, list | tuple):
        raise CalendarError(f'{where}: expected a list of ["HH:MM", "HH:MM"] ranges')
    ranges = []
    for index, item in enumerate(value):
        if not isinstance(item, list | tuple) or len(item) != 2:
            raise CalendarError(f'{where}[{index}]: expected ["HH:MM", "HH:MM"], got {item!r}')
        start = parse_clock(item[0], f"{where}[{index}][0]")
        end = parse_clock(item[1], f"{where}[{index}][1]")
        ranges.append(WorkRange(start, end))
    return _check_day(tuple(ranges), where)


def normalise_week(hours: Sequence[Sequence[Sequence[int]]]) -> tuple[DayHours, ...]:
    if len(hours) != 7:
        raise CalendarError(f"hours: expected 7 weekdays (Monday first), got {len(hours)}")
    return tuple(
        _check_day(tuple(WorkRange(*item) for item in day), f"hours.{key}")
        for key, day in zip(WEEKDAY_KEYS, hours, strict=True)
    )


def _check_day(ranges: DayHours, where: str) -> DayHours:
    """Ranges must lie within 00:00-24:00, be non-empty, sorted and not overlap."""
    for index, item in enumerate(ranges):
        name = f"{where}[{index}]"
        if not 0 <= item.start < MINUTES_PER_DAY or not 0 < item.end <= MINUTES_PER_DAY:
            raise CalendarError(f"{name}: {item.start}-{item.end} is not within 00:00-24:00")
        if item.end <= item.start:
            raise CalendarError(f"{name}: end {format_clock(item.end)} is not after start "
                                f"{format_clock(item.start)}")
        if index:
            previous = ranges[index - 1]
            if item.start < previous.start:
                raise CalendarError(f"{name}: {item} starts before {where}[{index - 1}] "
                                    f"({previous}); ranges must be sorted")
            if item.start < previous.end:
                raise CalendarError(f"{name}: {item} overlaps {where}[{index - 1}] ({previous})")
    return ranges


def parse_dates(value: object, where: str) -> list[date]:
    if not isinstance(value, list | tuple):
        raise CalendarError(f"{where}: expected a list of dates YYYY-MM-DD")
    days = []
    for index, text in enumerate(value):
        days.append(_parse_iso_date(text, f"{where}[{index}]"))
    return days


def _parse_iso_date(text: object, where: str) -> date:
    if isinstance(text, str) and _ISO_DATE_RE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise CalendarError(f"{where}: {text!r} is not a date YYYY-MM-DD")


def check_disjoint(holidays: list[date], workdays: list[date]) -> None:
    closed = set(holidays)
    for index, day in enumerate(workdays):
        if day in closed:
            raise CalendarError(f"workdays[{index}]: {day} is also listed in holidays")
