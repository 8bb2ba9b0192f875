"""Timed jobs other than the SLA scan, as plain functions of ``now`` (no Qt).

The scheduler (``app/scheduler.py``) runs them in its worker thread; tests call them with
an injected clock. Each returns a short sentence for the log and the status bar.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from helpdesk_gui.db.connect import is_sqlite
from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.services.security import backup, privacy
from helpdesk_gui.services.sla import calendars as sla_calendars
from helpdesk_gui.services.surveys import jobs as survey_jobs

log = logging.getLogger(__name__)


def surveys(now: datetime) -> str:
    """Invitations after closing, reminders after 3 working days, abandonment after 7;
    SMS invitations and reminders go through the outbox to the gateway."""
    from helpdesk_gui.services.surveys import sms

    invited = survey_jobs.send_due_invitations(now, notify=sms.queue)
    reminded = survey_jobs.send_reminders(now, notify=lambda rows: sms.queue(rows, "reminder"))
    abandoned = survey_jobs.abandon_expired(now)
    texts = sms.send_pending(now)
    return (f"surveys: invited {invited}, reminded {reminded}, abandoned {abandoned}, "
            f"SMS sent {texts['sent']}, failed {texts['failed']}")


def unconfirmed_closures(now: datetime) -> str:
    """Resolved tickets whose confirmation period ran out without objection: closed (§4)."""
    from helpdesk_gui.services.tickets import confirmation

    return f"confirmation period over: {len(confirmation.close_unconfirmed(now))} closed"


def customer_care(now: datetime) -> str:
    """Nightly: VIP verdicts re-evaluated; on the first of a month the call-back lists."""
    from helpdesk_gui.services.customers import callbacks, tiers
    from helpdesk_gui.services.quality import improvement_cycle, reviews

    vip = tiers.refresh_all(now)
    return (f"customer care: {vip} VIP customers, {callbacks.draw_due(now)} new call-backs, "
            f"{reviews.draw_due(now)} closed tickets on the review list, "
            f"{improvement_cycle.open_due(now)} survey improvement actions")


def monthly_samples(now: datetime) -> str:
    """The monthly random sample (≥ 10 % of customers, every type and channel)."""
    return f"monthly survey sample: {survey_jobs.draw_monthly_samples(now)} invitations"


def overdue_improvements(now: datetime) -> str:
    """Improvement actions past their due date (complaints, suggestions, survey gaps)."""
    from helpdesk_gui.services.suggestions import improvements

    late = improvements.overdue()
    if not late:
        return "improvement actions: none overdue"
    names = "; ".join(f"{row.title} ({row.owner}, {row.due_date})" for row in late[:5])
    return f"improvement actions overdue: {len(late)} — {names}"


def nightly_backup(now: datetime, folder: str = "", keep: int = backup.DEFAULT_KEEP) -> str:
    """An online backup of an SQLite database (PostgreSQL is backed up by its server)."""
    if not is_sqlite():
        return "backup: skipped (PostgreSQL is backed up by the database server)"
    info = backup.create(Path(folder) if folder else None, keep, label="scheduled", now=now)
    return f"backup: {info.path.name}"


def retention(now: datetime, years: int = privacy.DEFAULT_RETENTION_YEARS) -> str:
    """Anonymize personal data of tickets finished more than ``years`` years ago."""
    return privacy.anonymize_closed_before(years, now=now).message()


def is_first_working_day(branch: Branch, now: datetime) -> bool:
    """True when ``now`` falls on the branch's first working day of its month."""
    local = now.replace(tzinfo=UTC).astimezone(ZoneInfo(branch.timezone)).date()
    calendar = sla_calendars.calendar_for_branch(branch.id)
    day = local.replace(day=1)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day == local


def monthly_report(now: datetime, folder: str) -> str:
    """On the first working day, write last month's quality PDF of each branch to ``folder``."""
    from helpdesk_gui.services.quality import reporting
    from helpdesk_gui.services.security.staff import system_actor

    if not folder:
        return "monthly report: no folder configured"
    written = []
    for branch in Branch.select().order_by(Branch.code):
        if not is_first_working_day(branch, now):
            continue
        local = now.replace(tzinfo=UTC).astimezone(ZoneInfo(branch.timezone))
        month = (local.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        target = Path(folder) / f"quality-{branch.code}-{month}.pdf"
        reporting.monthly_pdf(month, branch.code, system_actor(), target)
        written.append(target.name)
    return f"monthly report: {', '.join(written) or 'not the first working day'}"


def quarterly_report(now: datetime, folder: str) -> str:
    """On the first working day after a quarter, write its service-quality PDF of each
    branch to ``folder`` (§8 服务品质报告)."""
    from helpdesk_gui.services.quality import quarterly
    from helpdesk_gui.services.security.staff import system_actor

    if not folder:
        return "quarterly report: no folder configured"
    written = []
    for branch in Branch.select().order_by(Branch.code):
        quarter = quarterly.first_working_day_of_quarter(branch, now)
        if quarter is None:
            continue
        target = Path(folder) / f"quality-{branch.code}-{quarter}.pdf"
        quarterly.quarterly_pdf(quarter, branch.code, system_actor(), target)
        written.append(target.name)
    return f"quarterly report: {', '.join(written) or 'not the first working day of a quarter'}"
