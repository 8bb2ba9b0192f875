"""The figures of closed months, computed once and kept (table ``kpi_snapshot``).

A month's figures stop moving when the month is over — except for a *late change*: a
ledger import with tickets dated in it, a sync bundle from a branch that was offline, a
reopened ticket (its resolution leaves the month), a survey answered about a ticket
resolved in it. Whoever makes such a change calls ``invalidate_month`` (or
``invalidate_span``) in the same transaction, and the month is computed afresh the next
time it is asked for. So the monthly report's six-month trend reads five kept rows
instead of computing five months, and a month reported twice costs one computation.
Closed quarters are kept the same way (``YYYY-Qn``, pooled from their kept months by the
quarterly report); a late change to a month drops its quarter too.

A computation and a late change may overlap (the computation takes a second, the change
commits meanwhile): invalidating leaves a tombstone with its time, and a result whose
computation started before the tombstone is not kept. Months not over yet (in the
branch's time zone) are always computed live. A change of any figure's definition bumps
``FIGURES_VERSION``; rows of another version are recomputed.
"""

from __future__ import annotations

import json
import zlib
from array import array
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from itertools import accumulate, pairwise
from zoneinfo import ZoneInfo

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.domain.quality.snapshots import ALL_BRANCHES, KpiSnapshot
from helpdesk_gui.services.quality import kpi

FIGURES_VERSION = 2  # bump when a figure of kpi.month_figures is added or redefined


def _clock() -> datetime:
    """Now to the microsecond (not ``utcnow``'s second): a computation that starts in the
    same second as a late change, but after it, is kept."""
    return datetime.now(UTC).replace(tzinfo=None)


def _key(branch_id: int | None) -> int:
    return ALL_BRANCHES if branch_id is None else branch_id


def month_figures(month: str, branch_id: int | None = None,
                  now: datetime | None = None) -> dict:
    """``kpi.month_figures`` of a month, kept once the month is over (with the month's
    sorted resolution seconds, ``kept_seconds``)."""
    period = kpi.month_period(month, kpi.branch_timezone(branch_id))
    seconds: list[list[int]] = []

    def compute() -> dict:
        figures, resolution_seconds = kpi.month_parts(period.label, branch_id)
        seconds.append(resolution_seconds)
        return figures
    return period_figures(period, branch_id, compute, now,
                          lambda: seconds[0] if seconds else None)


def period_figures(period: kpi.Period, branch_id: int | None,
                   compute: Callable[[], dict], now: datetime | None = None,
                   seconds: Callable[[], list[int] | None] = lambda: None) -> dict:
    """The figures ``compute`` makes for a month or a quarter (``period.label``:
    ``YYYY-MM`` or ``YYYY-Qn``), kept once the period is over (with ``seconds()``, the
    sorted resolution seconds the computation read, when it gives them)."""
    if period.end > (now or utcnow()):  # not over: its figures still move
        return compute()
    kept = kept_figures(period.label, branch_id, period.tz)
    if kept is not None:
        return kept
    started = _clock()
    figures = compute()
    _keep(_key(branch_id), period, figures, started, seconds())
    return figures


def pack_seconds(seconds: list[int]) -> bytes:
    """Sorted seconds as the first value and the gaps between neighbours, 8-byte integers
    deflated: a month of 80,000 resolutions is some 60 KB, not 640."""
    gaps = [seconds[0], *(b - a for a, b in pairwise(seconds))] if seconds else []
    return zlib.compress(array("q", gaps).tobytes())


def unpack_seconds(blob: bytes) -> list[int]:
    gaps = array("q")
    gaps.frombytes(zlib.decompress(bytes(blob)))
    return list(accumulate(gaps))


def kept_seconds(month: str, branch_id: int | None, tz: str) -> list[int] | None:
    """The kept sorted resolution seconds of a month, or None (not kept with them)."""
    row = (KpiSnapshot.select(KpiSnapshot.seconds)
           .where(KpiSnapshot.branch_key == _key(branch_id), KpiSnapshot.month == month,
                  KpiSnapshot.version == FIGURES_VERSION, KpiSnapshot.timezone == tz,
                  KpiSnapshot.figures.is_null(False), KpiSnapshot.seconds.is_null(False))
           .first())
    return None if row is None else unpack_seconds(row.seconds)


def quarter_of(month: str) -> str:
    """``2026-05`` → ``2026-Q2``: the kept quarter a late change to the month touches."""
    return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"


def kept_figures(month: str, branch_id: int | None, tz: str) -> dict | None:
    """The kept figures of a month, or None (never computed, invalidated, outdated)."""
    row = (KpiSnapshot.select(KpiSnapshot.figures)
           .where(KpiSnapshot.branch_key == _key(branch_id), KpiSnapshot.month == month,
                  KpiSnapshot.version == FIGURES_VERSION, KpiSnapshot.timezone == tz,
                  KpiSnapshot.figures.is_null(False)).first())
    return None if row is None else json.loads(row.figures)


def _keep(key: int, period: kpi.Period, figures: dict, started: datetime,
          seconds: list[int] | None = None) -> None:
    """Store the figures unless a late change came after the computation started."""
    with database_proxy.obj.atomic():
        row = KpiSnapshot.get_or_none(KpiSnapshot.branch_key == key,
                                      KpiSnapshot.month == period.label)
        if row is not None and row.invalidated_at is not None and \
                row.invalidated_at >= started:
            return
        values = {"timezone": period.tz, "version": FIGURES_VERSION,
                  "figures": json.dumps(figures, ensure_ascii=False),
                  "seconds": None if seconds is None else pack_seconds(seconds),
                  "computed_at": _clock(), "invalidated_at": None}
        (KpiSnapshot.insert(branch_key=key, month=period.label, **values)
         .on_conflict(conflict_target=[KpiSnapshot.branch_key, KpiSnapshot.month],
                      update=values).execute())


def invalidate_month(branch: Branch | int | None, month: str) -> int:
    """A late change touched ``month`` (``YYYY-MM``) of ``branch`` (None: some branch, not
    known which): drop its kept figures, and its quarter's, for that branch and for all
    branches together. Call it in the transaction of the change. Returns how many kept
    months and quarters were dropped."""
    branch_id = branch.id if isinstance(branch, Branch) else branch
    labels = [month, quarter_of(month)]
    now = _clock()
    dropped = (KpiSnapshot.select().where(KpiSnapshot.month.in_(labels),
                                          KpiSnapshot.figures.is_null(False)))
    if branch_id is not None:
        dropped = dropped.where(KpiSnapshot.branch_key.in_([ALL_BRANCHES, branch_id]))
    count = dropped.count()
    tombstone = {"figures": None, "seconds": None, "invalidated_at": now}
    for label in labels:
        for key in {ALL_BRANCHES, _key(branch_id)}:
            (KpiSnapshot.insert(branch_key=key, month=label, timezone="", version=0,
                                **tombstone)
             .on_conflict(conflict_target=[KpiSnapshot.branch_key, KpiSnapshot.month],
                          update=tombstone).execute())
    if branch_id is None:  # every branch's own rows too
        KpiSnapshot.update(**tombstone).where(KpiSnapshot.month.in_(labels)).execute()
    return count


def months_between(start: datetime, end: datetime, tz: str) -> list[str]:
    """The months (``YYYY-MM`` in ``tz``) from the one holding ``start`` to ``end``'s."""
    zone = ZoneInfo(tz)
    first, last = (moment.replace(tzinfo=UTC).astimezone(zone).strftime("%Y-%m")
                   for moment in (start, max(start, end)))
    months = [first]
    while months[-1] < last:
        months.append(kpi.shift_month(months[-1], 1))
    return months


def touched_months(branch_id: int, start: datetime, end: datetime | None = None,
                   now: datetime | None = None) -> set[str]:
    """The months over by ``now`` that a ticket alive from ``start`` to ``end`` (None:
    still open) belongs to — its backlog at least — in the branch's time zone and in the
    all-branches one (months not over are never kept, so they need no invalidating)."""
    now = now or utcnow()
    months = set()
    for tz in {kpi.branch_timezone(branch_id), kpi.branch_timezone(None)}:
        months.update(m for m in months_between(start, min(end or now, now), tz)
                      if kpi.month_period(m, tz).end <= now)
    return months


def invalidate_span(branch_id: int, start: datetime, end: datetime | None = None) -> int:
    """A late change to a ticket alive from ``start`` to ``end``: invalidate every closed
    month it touched (``touched_months``). Returns how many kept months were dropped."""
    return sum(invalidate_month(branch_id, month)
               for month in sorted(touched_months(branch_id, start, end)))


def forget_all() -> int:
    """Drop every kept month (after a bulk load, or to measure a first run)."""
    return KpiSnapshot.delete().execute()


def invalidate_tickets(ticket_ids: Iterable[int]) -> int:
    """Late changes to these tickets' history or surveys (a sync bundle): invalidate every
    closed month from the oldest ticket's creation on, per branch — an event or an
    answer counts in a month no earlier than its ticket's."""
    from peewee import fn

    from helpdesk_gui.domain.tickets.models import Ticket

    ids, oldest = sorted(set(ticket_ids)), {}
    for start in range(0, len(ids), 500):
        for branch_id, created in (Ticket.select(Ticket.branch, fn.MIN(Ticket.created_at))
                                   .where(Ticket.id.in_(ids[start:start + 500]))
                                   .group_by(Ticket.branch).tuples()):
            oldest[branch_id] = min(created, oldest.get(branch_id, created))
    return sum(invalidate_span(b, created) for b, created in sorted(oldest.items()))
