"""Counting service-level time on a business calendar.

Counted time is real elapsed time (an hour is 3600 s, also on a DST day) inside the
calendar's open intervals and outside pauses (e.g. "waiting for the customer").
Everything walks the calendar one open interval at a time, never minute by minute,
so a deadline three working days or thirty 24×7 days away costs a few dozen steps.

Pauses are ``(start, end)`` pairs of aware datetimes; ``end=None`` means the ticket
is still paused. Pauses may overlap and may start before the clock starts. All
returned instants are UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from helpdesk_gui.domain.sla.calendar import BusinessCalendar, Interval, to_utc

Pause = tuple[datetime, datetime | None]
SegmentKind = Literal["counted", "closed", "holiday", "paused", "deadline"]
# Stands for the end of a pause that has not ended yet.
FOREVER = datetime.max.replace(tzinfo=UTC)
_MINUTE = timedelta(minutes=1)


# --------------------------------------------------------------------------- pauses


def normalise_pauses(pauses: Iterable[Pause]) -> list[Interval]:
    """Pauses in UTC, sorted and merged; an open pause ends at :data:`FOREVER`."""
    spans = []
    for index, (begin, end) in enumerate(pauses):
        start = to_utc(begin, f"pauses[{index}].start")
        finish = FOREVER if end is None else to_utc(end, f"pauses[{index}].end")
        if finish < start:
            raise ValueError(f"pauses[{index}]: ends before it starts")
        spans.append((start, finish))
    merged: list[Interval] = []
    for start, finish in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], finish))
        else:
            merged.append((start, finish))
    return merged


def _split(begin: datetime, end: datetime, pauses: Sequence[Interval]
           ) -> Iterator[tuple[bool, datetime, datetime]]:
    """Cut one open interval into (counted?, start, end) pieces by the pauses."""
    cursor = begin
    for p_start, p_end in pauses:
        if p_end <= cursor or p_start >= end:
            continue
        if p_start > cursor:
            yield True, cursor, p_start
        paused_from, cursor = max(p_start, cursor), min(p_end, end)
        yield False, paused_from, cursor
        if cursor >= end:
            return
    if cursor < end:
        yield True, cursor, end


def _counted(intervals: Iterable[Interval], pauses: Sequence[Interval]) -> Iterator[Interval]:
    """The counted parts of open intervals; stops for good inside an open pause."""
    stopped_at = _open_pause_start(pauses)
    for begin, end in intervals:
        for counted, start, finish in _split(begin, end, pauses):
            if counted:
                yield start, finish
        if stopped_at is not None and stopped_at <= end:
            return


def _open_pause_start(pauses: Sequence[Interval]) -> datetime | None:
    """When the still-open pause began (it is the last one once merged), if any."""
    return pauses[-1][0] if pauses and pauses[-1][1] == FOREVER else None


def _to_delta(minutes: float) -> timedelta:
    if minutes < 0:
        raise ValueError(f"minutes must not be negative, got {minutes}")
    return timedelta(minutes=minutes)


# --------------------------------------------------------------------------- counting


def deadline(
    calendar: BusinessCalendar, start_utc: datetime, minutes: float,
    pauses: Iterable[Pause] = (),
) -> datetime | None:
    """The EARLIEST instant at which counted time since ``start_utc`` reaches ``minutes``.

    "Earliest" makes a target that is used up exactly at closing time due at closing
    time, not at the next opening; 0 minutes is due at ``start_utc`` itself. ``None``
    when an open pause stops the clock before the target is reached; if the target
    was reached before that pause began, the (breached) deadline is still returned.
    """
    start = to_utc(start_utc, "start_utc")
    return _deadline_after(calendar, start, _to_delta(minutes), normalise_pauses(pauses))


def _deadline_after(calendar: BusinessCalendar, start: datetime, remaining: timedelta,
                    pauses: Sequence[Interval]) -> datetime | None:
    if not remaining:
        return start
    for begin, end in _counted(calendar.open_intervals(start), pauses):
        if end - begin >= remaining:
            return begin + remaining
        remaining -= end - begin
    return None


def elapsed(
    calendar: BusinessCalendar, start_utc: datetime, end_utc: datetime,
    pauses: Iterable[Pause] = (),
) -> timedelta:
    """Counted time between two instants (open, not paused)."""
    start, end = to_utc(start_utc, "start_utc"), to_utc(end_utc, "end_utc")
    if end < start:
        raise ValueError("end_utc is before start_utc")
    spans = _counted(calendar.open_intervals(start, end), normalise_pauses(pauses))
    return sum((finish - begin for begin, finish in spans), timedelta())


def working_days_deadline(
    calendar: BusinessCalendar, received_utc: datetime, n: int,
    pauses: Iterable[Pause] = (),
) -> datetime | None:
    """Close of business of the ``n``-th working day after the day of receipt.

    The receipt day (local date) never counts, whether the ticket came in during
    opening hours or not. Rule for pauses: without them the target is due at that
    close of business B; the budget is the counted time from receipt to B, and with
    pauses the deadline is when the *unpaused* counted time reaches that budget —
    i.e. B pushed later by exactly the paused time that fell in opening hours
    (pauses at night or after the deadline change nothing; an open one -> ``None``).
    """
    received = to_utc(received_utc, "received_utc")
    due_day = calendar.working_day_after(calendar.local_date(received), n)
    base = calendar.close_of_business(due_day)
    merged = normalise_pauses(pauses)
    if not merged:
        return base
    budget = elapsed(calendar, received, base)
    return _deadline_after(calendar, received, budget, merged)


# --------------------------------------------------------------------------- explain


@dataclass(frozen=True)
class Segment:
    """One stretch of the timeline that explains a deadline.

    ``counted_minutes`` is the running total at the END of the segment. The last
    segment of :func:`explain` is a zero-length ``deadline`` marker, or an open-ended
    ``paused`` one (``end=None``) when there is no deadline while the clock is stopped.
    """

    kind: SegmentKind
    start: datetime
    end: datetime | None
    counted_minutes: float
    label: str

    def as_text(self, tz: str | ZoneInfo) -> str:
        """One line in local time, e.g. ``2026-05-04 Mon 08:00 CST → ... counted``."""
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        begin = _local_text(self.start, zone)
        if self.kind == "deadline":
            span = f"{begin}"
        else:
            span = f"{begin} → {'…' if self.end is None else _local_text(self.end, zone)}"
        return f"{span}  {self.kind:<8} {self.label} [total {_minutes_text(self.counted_minutes)}]"


def _local_text(instant: datetime, zone: ZoneInfo) -> str:
    local = instant.astimezone(zone)
    clock = "%H:%M:%S" if local.second or local.microsecond else "%H:%M"
    return local.strftime(f"%Y-%m-%d %a {clock} %Z")


def _minutes_text(minutes: float) -> str:
    return f"{minutes:g} min" if minutes == int(minutes) else f"{minutes:.2f} min"


def format_timeline(segments: Iterable[Segment], tz: str | ZoneInfo) -> str:
    """All segments as text, one per line."""
    return "\n".join(segment.as_text(tz) for segment in segments)


def explain(
    calendar: BusinessCalendar, start_utc: datetime, minutes: float,
    pauses: Iterable[Pause] = (),
) -> list[Segment]:
    """Why the deadline is where it is: counted, closed, holiday and paused stretches."""
    start, target = to_utc(start_utc, "start_utc"), _to_delta(minutes)
    merged = normalise_pauses(pauses)
    due = _deadline_after(calendar, start, target, merged)
    stop = due if due is not None else max(start, _open_pause_start(merged) or start)
    pieces = _timeline(calendar, start, stop, merged)
    segments = _segments(pieces)
    total = segments[-1].counted_minutes if segments else 0.0
    if due is None:
        return [*segments, Segment("paused", stop, None, total,
                                   "still paused: no deadline until the pause ends")]
    return [*segments, Segment("deadline", due, due, total, f"{minutes:g} min reached")]


def _timeline(calendar: BusinessCalendar, start: datetime, stop: datetime,
              pauses: Sequence[Interval]) -> list[tuple[SegmentKind, datetime, datetime]]:
    """Raw (kind, start, end) pieces covering ``start``..``stop`` without holes."""
    pieces: list[tuple[SegmentKind, datetime, datetime]] = []
    cursor = start
    for begin, end in calendar.open_intervals(start, stop):
        if begin > cursor:
            pieces.extend(_closed_pieces(calendar, cursor, begin))
        for counted, piece_start, piece_end in _split(begin, end, pauses):
            pieces.append(("counted" if counted else "paused", piece_start, piece_end))
        cursor = end
    if cursor < stop:
        pieces.extend(_closed_pieces(calendar, cursor, stop))
    return pieces


def _closed_pieces(calendar: BusinessCalendar, begin: datetime, end: datetime
                   ) -> Iterator[tuple[SegmentKind, datetime, datetime]]:
    """Closed time cut at local midnights, so a holiday shows up as its own piece."""
    day = calendar.local_date(begin)
    while True:
        day_start = calendar.local_to_utc(day, 0)
        day_end = calendar.local_to_utc(day + timedelta(days=1), 0)
        piece = (max(begin, day_start), min(end, day_end))
        if piece[0] < piece[1]:
            yield ("holiday" if day in calendar.holidays else "closed"), *piece
        if day_end >= end:
            return
        day += timedelta(days=1)


_LABELS: dict[SegmentKind, str] = {
    "closed": "closed (outside opening hours)",
    "holiday": "public holiday",
    "paused": "paused during opening hours",
}


def _segments(pieces: list[tuple[SegmentKind, datetime, datetime]]) -> list[Segment]:
    """Merge touching pieces of one kind and attach running totals and labels."""
    merged: list[tuple[SegmentKind, datetime, datetime]] = []
    for kind, begin, end in pieces:
        if merged and merged[-1][0] == kind and merged[-1][2] == begin:
            merged[-1] = (kind, merged[-1][1], end)
        else:
            merged.append((kind, begin, end))
    segments, total = [], 0.0
    for kind, begin, end in merged:
        length = (end - begin) / _MINUTE
        total += length if kind == "counted" else 0.0
        label = f"+{_minutes_text(length)}" if kind == "counted" else _LABELS[kind]
        segments.append(Segment(kind, begin, end, total, label))
    return segments
