"""The branch's clock on screen: today, now and stored instants in the hall's time zone.

Times are stored as naive UTC (``domain.base.utcnow``). A PC may be set to any zone — a
laptop brought from another city, a server image left on UTC — so a page never asks the
PC for "today" or "now" (``date.today()``, ``QDate.currentDate()``): it asks here, with
the branch's zone (``ctx.branch.timezone``). A unit test fails on the PC-clock calls.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate

MINUTES = "%Y-%m-%d %H:%M"
SECONDS = "%Y-%m-%d %H:%M:%S"


@lru_cache(maxsize=8)
def zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def now(tz: str) -> datetime:
    """The present moment as an aware datetime in the branch's zone."""
    return datetime.now(UTC).astimezone(zone(tz))


def today(tz: str) -> date:
    """The branch's calendar day (not the PC's: they differ around midnight)."""
    return now(tz).date()


def qtoday(tz: str) -> QDate:
    """``today`` for a date field's default."""
    day = today(tz)
    return QDate(day.year, day.month, day.day)


def local_text(value: datetime | None, tz: str, fmt: str = MINUTES, empty: str = "") -> str:
    """A stored naive-UTC instant as the branch's local time (``empty`` for None)."""
    if value is None:
        return empty
    return value.replace(tzinfo=UTC).astimezone(zone(tz)).strftime(fmt)


def file_stamp(tz: str) -> str:
    """``YYYYmmdd-HHMMSS`` of the branch's present time, for a suggested file name."""
    return now(tz).strftime("%Y%m%d-%H%M%S")
