"""Each branch's business calendar, stored in the database and edited by administrators.

A branch's calendar is mainland China's default (State Council holidays and make-up
days from ``chinesecalendar``) in the branch's time zone, with the branch's own opening
hours if it set any, plus its day overrides (holiday / make-up day / ordinary day). Built
calendars are cached per branch and ``revision`` (bumped on every edit), so computing a
deadline costs one primary-key read, not a rebuild.

Years without a published schedule are never guessed silently: :func:`unpublished_years`
lists them for the UI and :func:`calendar_for_branch` logs them once per process.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.sla import calendar as bc
from helpdesk_gui.domain.sla import coverage, overrides
from helpdesk_gui.domain.sla import hours as opening_hours
from helpdesk_gui.domain.sla.models import OVERRIDE_KINDS, BranchCalendar, CalendarOverride
from helpdesk_gui.services.security import audit, permissions

log = logging.getLogger(__name__)
_cache: dict[tuple[str, int], tuple[int, bc.BusinessCalendar]] = {}  # (database, branch)
_warned: set[tuple[int, int]] = set()
_pinned: list[dict[int, bc.BusinessCalendar]] = []  # innermost ``pinned()`` block last


@dataclass(frozen=True)
class OverrideRow:
    day: date
    kind: str
    note: str


def _settings(branch_id: int) -> BranchCalendar | None:
    return BranchCalendar.get_or_none(BranchCalendar.branch == branch_id)


@contextmanager
def pinned() -> Iterator[None]:
    """Within the block each branch's calendar is read once, not checked for edits on
    every deadline: for one long piece of work (a ledger import computes thousands of
    deadlines) that must use one calendar throughout anyway."""
    _pinned.append({})
    try:
        yield
    finally:
        _pinned.pop()


def calendar_for_branch(branch_id: int) -> bc.BusinessCalendar:
    """The branch's business calendar (cached until the branch's calendar is edited)."""
    if _pinned and branch_id in _pinned[-1]:
        return _pinned[-1][branch_id]
    calendar = _current_calendar(branch_id)
    if _pinned:
        _pinned[-1][branch_id] = calendar
    return calendar


def _current_calendar(branch_id: int) -> bc.BusinessCalendar:
    settings = _settings(branch_id)
    revision = settings.revision if settings else -1
    key = (str(database_proxy.obj.database), branch_id)
    cached = _cache.get(key)
    if cached and cached[0] == revision:
        return cached[1]
    branch = Branch.get_or_none(Branch.id == branch_id)
    if branch is None:
        raise NotFound(f"branch #{branch_id} does not exist")
    calendar = _build(branch, settings)
    _cache[key] = (revision, calendar)
    return calendar


def _build(branch: Branch, settings: BranchCalendar | None) -> bc.BusinessCalendar:
    hours = json.loads(settings.hours) if settings and settings.hours else None
    base = bc.china_default(tz=branch.timezone, hours=hours)
    holidays, workdays = set(base.holidays), set(base.workdays)
    rows = CalendarOverride.select().where(CalendarOverride.branch == branch.id)
    for row in rows:
        holidays.discard(row.day)
        workdays.discard(row.day)
        if row.kind == "holiday":
            holidays.add(row.day)
        elif row.kind == "workday":
            workdays.add(row.day)
    covered = set(base.coverage.years) if base.coverage else set()
    covered |= set(json.loads(settings.covered_years)) if settings else set()
    return bc.BusinessCalendar(base.timezone, base.hours, frozenset(holidays),
                               frozenset(workdays),
                               coverage.CalendarCoverage(frozenset(covered), "branch calendar"))


def unpublished_years(branch_id: int, today: date | None = None) -> list[int]:
    """This year and next, where the branch calendar has no official schedule.

    Next year is included because tickets received in December run into it. Logged once
    per branch and year so the log shows it even when nobody opens the calendar page.
    """
    today = today or utcnow().date()
    calendar = calendar_for_branch(branch_id)
    missing = [y for y in (today.year, today.year + 1) if not bc.check_coverage(calendar, y)]
    for year in missing:
        if (branch_id, year) not in _warned:
            _warned.add((branch_id, year))
            log.warning("branch #%s: %s", branch_id, coverage.coverage_warning([year]))
    return missing


def coverage_notice(branch_id: int, today: date | None = None, chinese: bool = True) -> str:
    """The warning text for the UI, or "" when the schedule of every year is known."""
    return coverage.coverage_warning(unpublished_years(branch_id, today), "zh" if chinese else "en")


def list_overrides(branch_id: int, year: int | None = None) -> list[OverrideRow]:
    """The branch's overrides (optionally of one year), by date."""
    query = CalendarOverride.select().where(CalendarOverride.branch == branch_id)
    if year is not None:
        query = query.where(CalendarOverride.day.between(date(year, 1, 1), date(year, 12, 31)))
    return [OverrideRow(r.day, r.kind, r.note) for r in query.order_by(CalendarOverride.day)]


def special_days(branch_id: int, year: int) -> list[OverrideRow]:
    """Every holiday and make-up day of ``year`` in effect (built-in and overrides)."""
    calendar = calendar_for_branch(branch_id)
    notes = {r.day: r.note for r in list_overrides(branch_id, year)}
    rows = [OverrideRow(d, "holiday", notes.get(d, "")) for d in calendar.holidays
            if d.year == year]
    rows += [OverrideRow(d, "workday", notes.get(d, "")) for d in calendar.workdays
             if d.year == year]
    return sorted(rows, key=lambda r: r.day)


def _touch(branch_id: int) -> None:
    settings = _settings(branch_id) or BranchCalendar(branch=branch_id)
    settings.revision += 1
    settings.touch()
    settings.save()


def set_day(branch_id: int, day: date, kind: str, actor: Staff, note: str = "") -> None:
    """Make ``day`` a holiday, a make-up working day or an ordinary day again."""
    if kind not in OVERRIDE_KINDS:
        raise ValidationError({"kind": f"one of {', '.join(OVERRIDE_KINDS)}"})
    permissions.require(actor, "settings.edit", "calendar", branch_id)
    with database_proxy.obj.atomic():
        _upsert(branch_id, day, kind, note, actor)
        _touch(branch_id)
        audit.record(actor, "calendar.day", "branch", branch_id,
                     {"day": day.isoformat(), "kind": kind, "note": note})


def _upsert(branch_id: int, day: date, kind: str, note: str, actor: Staff) -> None:
    row = CalendarOverride.get_or_none(CalendarOverride.branch == branch_id,
                                       CalendarOverride.day == day)
    if row is None:
        row = CalendarOverride(branch=branch_id, day=day)
    row.kind, row.note, row.created_by = kind, note[:200], actor
    row.touch()
    row.save()


def import_csv(branch_id: int, text: str | bytes, actor: Staff,
               complete_years: bool = True) -> int:
    """Import ``date,kind[,note]`` rows; returns how many days were set.

    With ``complete_years`` the years in the file count as published from now on (the
    administrator imported the State Council schedule), so they are no longer flagged.
    """
    permissions.require(actor, "settings.edit", "calendar", branch_id)
    try:
        rows = overrides.parse_day_overrides_csv(text)
    except opening_hours.CalendarError as exc:
        raise ValidationError({"csv": str(exc)}) from None
    with database_proxy.obj.atomic():
        for item in rows:
            _upsert(branch_id, item.day, item.kind, item.note, actor)
        if complete_years and rows:
            settings = _settings(branch_id) or BranchCalendar(branch=branch_id)
            years = set(json.loads(settings.covered_years)) | {r.day.year for r in rows}
            settings.covered_years = json.dumps(sorted(years))
            settings.save()
        _touch(branch_id)
        audit.record(actor, "calendar.import", "branch", branch_id, {"days": len(rows)})
    return len(rows)


def set_hours(branch_id: int, hours: dict | None, actor: Staff) -> None:
    """Set the branch's weekly opening hours (calendar JSON shape); None = default."""
    permissions.require(actor, "settings.edit", "calendar", branch_id)
    if hours is not None:
        try:
            opening_hours.parse_hours(hours)
        except opening_hours.CalendarError as exc:
            raise ValidationError({"hours": str(exc)}) from None
    with database_proxy.obj.atomic():
        settings = _settings(branch_id) or BranchCalendar(branch=branch_id)
        settings.hours = json.dumps(hours) if hours is not None else ""
        settings.save()
        _touch(branch_id)
        audit.record(actor, "calendar.hours", "branch", branch_id, {"hours": hours})
    log.info("branch #%s opening hours changed by %s", branch_id, actor.employee_no)
