"""Periodic jobs with APScheduler 3.x, reporting to the GUI by Qt signal.

The SLA scan runs every ``interval_s`` seconds (default 60) in APScheduler's worker
thread: it calls ``services.sla.alarms.scan`` and emits ``alarms_raised`` with what it
raised. It never touches a widget; the signal is delivered to the GUI thread (queued
connection), which shows tray messages and refreshes the notification centre.

Scheduling is done from the GUI thread only (``start``/``stop``): jobs are
rebuilt at each start-up from the settings, never persisted in a job store, because
what must survive a restart — which alarms were raised — is already in the database
(``SlaAlarm``). ``coalesce=True`` and ``max_instances=1`` make a slow scan or a
suspended laptop produce one catch-up scan, not a burst; ``misfire_grace_time`` is
generous so a late scan still runs.

The clock is injected (``clock``): tests call ``run_scan`` directly with a fake clock
instead of sleeping.

Alarms reach their recipients wherever they are signed in: the seat that raised them
publishes an ``alarm`` change (``db.notify``); every seat's notification centre then
re-reads its own person's notifications (``ui.notifications``), so an alarm raised
once for the hall shows at whichever seat its recipient works.

A hall runs its jobs once, not once per PC: with a ``lease`` (``db.lease.HallLease``)
only the seat holding it scans and runs housekeeping; the others try to take it at each
tick, so when that seat closes or dies another takes over within a minute.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from PySide6.QtCore import QObject, QThread, Signal

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.services.complaints import alarms as complaint_alarms
from helpdesk_gui.services.sla import alarms as sla_alarms

log = logging.getLogger(__name__)

SLA_JOB_ID = "sla_scan"


@dataclass(frozen=True)
class Housekeeping:
    """A timed job: a function of ``now`` and its APScheduler trigger arguments."""

    name: str
    run: Callable[[datetime], str]
    trigger: dict


def housekeeping_jobs(settings) -> list[Housekeeping]:
    """The hall's timed jobs, configured from settings (rebuilt at every start-up)."""
    from helpdesk_gui.services import housekeeping as hk

    folder = str(settings.value("backup/dir", "") or "")
    keep = int(settings.value("backup/keep", 7) or 7)
    years = max(3, int(settings.value("privacy/retention_years", 3) or 3))  # §4 minimum
    reports = str(settings.value("reports/folder", "") or "")
    return [
        Housekeeping("surveys", hk.surveys, {"trigger": "interval", "minutes": 10}),
        Housekeeping("confirmations", hk.unconfirmed_closures,
                     {"trigger": "cron", "minute": 20}),  # hourly: after close of business
        Housekeeping("customer_care", hk.customer_care,
                     {"trigger": "cron", "hour": 17, "minute": 10}),  # 01:10 Beijing
        Housekeeping("survey_sample", hk.monthly_samples,
                     {"trigger": "cron", "day": 1, "hour": 0, "minute": 30}),
        Housekeeping("backup", lambda now: hk.nightly_backup(now, folder, keep),
                     {"trigger": "cron", "hour": 18, "minute": 30}),  # 02:30 Beijing
        Housekeeping("improvements", hk.overdue_improvements,
                     {"trigger": "cron", "hour": 1, "minute": 0}),  # 09:00 Beijing
        Housekeeping("retention", lambda now: hk.retention(now, years),
                     {"trigger": "cron", "day_of_week": "sun", "hour": 19}),
        Housekeeping("monthly_report", lambda now: hk.monthly_report(now, reports),
                     {"trigger": "cron", "day": "1-10", "hour": 0, "minute": 5}),  # 08:05
        Housekeeping("quarterly_report", lambda now: hk.quarterly_report(now, reports),
                     {"trigger": "cron", "month": "1,4,7,10", "day": "1-10", "hour": 0,
                      "minute": 15}),  # 08:15 Beijing, first working day of the quarter
    ]


def hall_lease():
    """The lease deciding which seat of the hall runs the timed jobs."""
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.db.lease import HallLease

    return HallLease(database_proxy.obj)


DEFAULT_INTERVAL_S = 60
MISFIRE_GRACE_S = 300


class SchedulerBridge(QObject):
    """Owns the BackgroundScheduler and turns job results into Qt signals."""

    alarms_raised = Signal(object)  # list[sla_alarms.Alarm]
    scan_failed = Signal(str)
    job_done = Signal(str)  # a housekeeping job's one-line result

    def __init__(self, clock: Callable[[], datetime] = utcnow,
                 interval_s: int = DEFAULT_INTERVAL_S, parent: QObject | None = None,
                 housekeeping: list[Housekeeping] | None = None, lease=None):
        super().__init__(parent)
        self.clock = clock
        self.lease = lease  # None: this seat always runs the jobs (tests, one PC)
        self.housekeeping = housekeeping or []
        self.interval_s = max(5, int(interval_s))
        self._scheduler: BackgroundScheduler | None = None

    # ---- GUI thread

    def _gui_thread_only(self) -> None:
        if QThread.currentThread() is not self.thread():
            raise RuntimeError("schedule jobs from the GUI thread only")

    def start(self, run_now: bool = True) -> None:
        """Create the scheduler, rebuild its jobs and start it."""
        self._gui_thread_only()
        if self._scheduler is not None:
            return
        self._scheduler = BackgroundScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1,
                          "misfire_grace_time": MISFIRE_GRACE_S})
        self._rebuild_jobs(run_now)
        self._scheduler.start()
        log.info("scheduler started: SLA scan every %d s", self.interval_s)

    def _rebuild_jobs(self, run_now: bool) -> None:
        first = datetime.now(UTC) if run_now else None
        kwargs = {"next_run_time": first} if first else {}
        self._scheduler.add_job(self.run_scan, "interval", seconds=self.interval_s,
                                id=SLA_JOB_ID, replace_existing=True, **kwargs)
        for job in self.housekeeping:
            self._scheduler.add_job(self.run_housekeeping, args=[job], id=job.name,
                                    replace_existing=True, **job.trigger)

    def stop(self) -> None:
        """Shut down without waiting for a running scan (its transaction is short)."""
        self._gui_thread_only()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    @property
    def scheduler(self) -> BackgroundScheduler | None:
        return self._scheduler

    # ---- worker thread

    def _our_turn(self) -> bool:
        return self.lease is None or self.lease.held()

    def run_housekeeping(self, job: Housekeeping) -> str:
        """Run one housekeeping job at ``clock()``; its result goes to ``job_done``."""
        if not self._our_turn():
            return f"{job.name}: run by another seat"
        try:
            message = job.run(self.clock())
        except Exception as exc:  # reported; the next run tries again
            log.exception("job %s failed", job.name)
            message = f"{job.name} failed: {exc}"
        log.info(message)
        self.job_done.emit(message)
        return message

    def run_scan(self) -> list[sla_alarms.Alarm]:
        """One scan at ``clock()``; emits ``alarms_raised`` if anything was raised."""
        if not self._our_turn():
            return []
        try:
            now = self.clock()
            alarms = sla_alarms.scan(now) + complaint_alarms.scan(now)
        except Exception as exc:  # reported, and the next scan tries again
            log.exception("SLA scan failed")
            self.scan_failed.emit(str(exc))
            return []
        if alarms:
            announce(alarms)
            self.alarms_raised.emit(alarms)
        return alarms


def announce(alarms: list[sla_alarms.Alarm]) -> None:
    """Tell every seat that alarms were raised (their recipients may be signed in there)."""
    from helpdesk_gui.db import notify
    from helpdesk_gui.db.connect import database_proxy

    if database_proxy.obj is None:
        return
    try:
        notify.publish(database_proxy.obj, {a.ticket_id for a in alarms}, (), {"alarm"})
    except Exception as exc:  # noqa: BLE001 - the alarms are stored; seats re-read later
        log.warning("could not announce alarms to the other seats: %s", exc)
