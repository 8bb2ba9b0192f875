"""Reading the cells of a ledger row: times, vocabulary, levels, whole numbers.

Each parser raises ``ValueError`` with the reason the row check shows the clerk.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from helpdesk_gui.domain.vocabulary import code_for

EXTRA_NAMES = {"柜台": "counter", "现场": "counter", "社交": "social", "报修": "repair",
               "故障": "repair", "fault": "repair", "紧急": 1, "重要": 2, "一般": 3}
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")


def parse_time(value, tz: ZoneInfo) -> datetime | None:
    """Local ``YYYY-MM-DD HH:MM[:SS]`` (or ISO-8601, or an Excel date) -> naive UTC."""
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip()
        moment = None
        for fmt in TIME_FORMATS:
            try:
                moment = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if moment is None:
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                raise ValueError(f"{text!r} is not a time like 2026-03-01 09:30") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def _vocab(value, table, default):
    if value is None or str(value).strip() == "":
        return default
    text = str(value).strip()
    code = code_for(table, text) if table else None
    code = code if code is not None else EXTRA_NAMES.get(text.lower(), EXTRA_NAMES.get(text))
    if code is None or (table and code not in table):
        raise ValueError(f"{text!r} is not one of: " + ", ".join(
            f"{c}/{zh}" for c, (_, zh) in (table or {}).items()))
    return code


def _level(value) -> int:
    if value is None or str(value).strip() == "":
        return 3
    text = str(value).strip()
    if text.replace(".0", "") in ("1", "2", "3"):
        return int(text.replace(".0", ""))
    code = EXTRA_NAMES.get(text) or EXTRA_NAMES.get(text[-2:])
    if code not in (1, 2, 3):
        raise ValueError(f"{text!r} is not a level: 1/紧急, 2/重要, 3/一般")
    return code


def _integer(value, low: int, high: int | None) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        number = None
    if number is None or number != int(number) or number < low or (high and number > high):
        span = f"{low}–{high}" if high else f"{low} or more"
        raise ValueError(f"{value!r} is not a whole number {span}")
    return int(number)


