"""Day overrides from a CSV file: extra holidays and make-up working days (调休上班).

Halls keep these lists in spreadsheets; a line is ``date,kind`` where kind is a word
such as 休/假/holiday or 班/补班/workday, with or without a header row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from helpdesk_gui.domain.sla.hours import CalendarError


@dataclass(frozen=True)
class DayOverride:
    """One row of an overrides CSV: a date that is a holiday or a make-up workday."""

    day: date
    kind: Literal["holiday", "workday"]
    note: str = ""
    line: int = 0


_HOLIDAY_WORDS = frozenset({"holiday", "休", "假", "假日", "节假日", "放假", "休息"})
_WORKDAY_WORDS = frozenset({"workday", "班", "上班", "补班", "调休上班", "工作日"})
_HEADER_WORDS = frozenset({"date", "日期"})
_CSV_DATE_RE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")


def parse_day_overrides_csv(text: str | bytes) -> list[DayOverride]:
    """Parse ``date,kind[,note]`` rows (header optional, UTF-8 with or without BOM).

    ``kind`` is ``holiday``/休/假日 or ``workday``/班/调休上班. Dates may be written
    2026-10-08 or, as Excel saves them in a Chinese locale, 2026/10/8. Blank lines and
    lines starting with ``#`` are skipped. A date listed twice with different kinds is
    an error: which one the administrator meant cannot be guessed.
    """
    rows: list[DayOverride] = []
    seen: dict[date, DayOverride] = {}
    reader = csv.reader(io.StringIO(_decode_csv(text)))
    header_allowed = True
    for cells in reader:
        cells = [c.strip() for c in cells]
        if not any(cells) or cells[0].startswith("#"):
            continue
        is_header = header_allowed and cells[0].lower() in _HEADER_WORDS
        header_allowed = False
        if is_header:
            continue
        item = _parse_csv_row(cells, reader.line_num)
        _check_repeat(item, seen)
        seen[item.day] = item
        rows.append(item)
    return rows


def _decode_csv(text: str | bytes) -> str:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = text[: exc.start].count(b"\n") + 1
            raise CalendarError(f"line {line}: not UTF-8 text (save the CSV as UTF-8)") from None
    return text.removeprefix("\ufeff")


def _parse_csv_row(cells: list[str], line: int) -> DayOverride:
    if len(cells) < 2 or len(cells) > 3:
        raise CalendarError(f"line {line}: expected date,kind[,note] but found {len(cells)} "
                            "fields (quote a note that contains commas)")
    match = _CSV_DATE_RE.match(cells[0])
    try:
        day = date(int(match[1]), int(match[2]), int(match[3])) if match else None
    except ValueError:
        day = None
    if day is None:
        raise CalendarError(f"line {line}: {cells[0]!r} is not a date YYYY-MM-DD")
    kind = _parse_kind(cells[1], line)
    return DayOverride(day, kind, cells[2] if len(cells) == 3 else "", line)


def _parse_kind(text: str, line: int) -> Literal["holiday", "workday"]:
    word = text.lower()
    if word in _HOLIDAY_WORDS:
        return "holiday"
    if word in _WORKDAY_WORDS:
        return "workday"
    raise CalendarError(f"line {line}: unknown kind {text!r} "
                        "(use holiday, 休, 假日 or workday, 班, 调休上班)")


def _check_repeat(item: DayOverride, seen: Mapping[date, DayOverride]) -> None:
    first = seen.get(item.day)
    if first is not None and first.kind != item.kind:
        raise CalendarError(f"line {item.line}: {item.day} is a {item.kind} here but a "
                            f"{first.kind} on line {first.line}")
