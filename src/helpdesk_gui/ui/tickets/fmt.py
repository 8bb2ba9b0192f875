"""Showing stored values: UTC instants as the branch's local time, codes as names."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from helpdesk_gui.ui import labels


@lru_cache(maxsize=8)
def _zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def local_time(value: datetime | None, tz: str, seconds: bool = False) -> str:
    """A naive-UTC instant as ``yyyy-MM-dd HH:mm`` in the branch's time zone."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone(_zone(tz))
    return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


CODE_LABELS = {"status": labels.status, "type": labels.ticket_type, "level": labels.level,
               "channel": labels.channel}
"""Columns whose stored codes are shown through the translated vocabulary."""
