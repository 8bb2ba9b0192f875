"""Service-level deadlines for demo tickets, fast enough for a million rows.

Levels 1–2 run on the 24×7 clock, so their deadlines are exact (created + target).
Level 3 runs on the business calendar; walking the calendar per row (``sla_clock``) is
too slow for a million rows, so here the rule is simplified, with only per-*day*
calendar work (cached, about 400 distinct days):

* resolution (3 working days): close of business of the 3rd working day after the
  local day received — this is exactly the service standard's rule;
* response (8 business hours) and update (6 business hours): received during opening
  hours -> the same wall-clock time on the next working day (a working day has 7½ open
  hours, so this is within ~30 min of exact); received before opening on a working
  day -> close of business that day; received after closing or on a closed day ->
  close of business of the next working day. The lunch break is ignored.

The pause while waiting for the customer is added to the resolution deadline as
wall-clock time. Times are integer UTC seconds, like the rest of the demo plan.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from helpdesk_gui.domain.sla.calendar import BusinessCalendar, china_default
from helpdesk_gui.domain.sla.policy import DEFAULT_TARGETS

H = 3600


def _epoch(instant: datetime) -> int:
    return int(instant.replace(tzinfo=UTC).timestamp()) if instant.tzinfo is None \
        else int(instant.timestamp())


class DemoDeadlines:
    """Deadlines of one branch's calendar, cached per local day."""

    def __init__(self, tz: str) -> None:
        self.cal: BusinessCalendar = china_default(tz=tz)
        self._day: dict[date, tuple[int, int, int, int | None]] = {}

    def _facts(self, day: date) -> tuple[int, int, int, int | None]:
        """(next working day's offset in days, its close, 3rd working day's close,
        today's opening minute or None when closed) for a local day."""
        facts = self._day.get(day)
        if facts is None:
            nxt = self.cal.next_working_day(day)
            third = self.cal.working_day_after(day, 3)
            ranges = self.cal.day_ranges(day)
            facts = ((nxt - day).days, _epoch(self.cal.close_of_business(nxt)),
                     _epoch(self.cal.close_of_business(third)),
                     ranges[0].start if ranges else None)
            self._day[day] = facts
        return facts

    def _business(self, created: int, day: date, minute: int) -> int:
        """The simplified "8 (or 6) business hours" deadline described above."""
        offset, next_close, _third, opening = self._facts(day)
        if opening is None:
            return next_close
        if minute < opening:
            return _epoch(self.cal.close_of_business(day))
        if minute >= self.cal.day_ranges(day)[-1].end:
            return next_close
        return created + offset * 86400  # same wall time on the next working day

    def due(self, level: int, created: int, day: date, minute: int, paused: int
            ) -> tuple[int, int, int]:
        """(response_due, update_due, resolve_due) for a ticket received at ``created``
        (UTC seconds) on local ``day`` at local ``minute``."""
        targets = DEFAULT_TARGETS[level]
        if targets.resolution.clock == "24x7":
            return (created + targets.response.minutes * 60,
                    created + targets.update_every.minutes * 60,
                    created + targets.resolution.minutes * 60 + paused)
        business = self._business(created, day, minute)
        return business, business, self._facts(day)[2] + paused


def local_midnight(tz_cal: BusinessCalendar, day: date) -> int:
    """UTC seconds of local midnight of ``day`` (the start of the branch's day)."""
    return _epoch(tz_cal.local_to_utc(day, 0))


def day_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
