"""Ticket numbers ``<branch>-<yyyymmdd>-<seq>``: unique and gap-free per branch and day.

The day is the branch's local date. The sequence comes from one upsert on
``ticketcounter`` inside the caller's write transaction: on SQLite that transaction began
IMMEDIATE, so two counters numbering at the same moment are serialised by the database
lock; on PostgreSQL the upsert's row lock does the same. A rolled-back intake rolls the
counter back too, so no number is skipped — except numbers another ticket already
carries (an imported ledger, a synced branch), which are passed over.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Branch

SEQ_WIDTH = 4


def local_day(branch: Branch, at_utc: datetime) -> str:
    """The branch's local date of a UTC instant, as yyyymmdd."""
    aware = at_utc.replace(tzinfo=UTC) if at_utc.tzinfo is None else at_utc
    return aware.astimezone(ZoneInfo(branch.timezone)).strftime("%Y%m%d")


def next_number(branch: Branch, at_utc: datetime) -> str:
    """Take the next ticket number for the branch's local day of ``at_utc``.

    A number some ticket already carries (an imported ledger row numbered like today's
    tickets, a row from another branch's sync) is skipped, never issued a second time.
    """
    from helpdesk_gui.domain.tickets.models import Ticket

    day = local_day(branch, at_utc)
    while True:
        cursor = database_proxy.obj.execute_sql(
            "INSERT INTO ticket_counter (branch_id, day, last_seq) VALUES (?, ?, 1) "
            "ON CONFLICT (branch_id, day) DO UPDATE SET last_seq = ticket_counter.last_seq + 1 "
            "RETURNING last_seq".replace("?", _param()),
            (branch.id, day),
        )
        number = f"{branch.code}-{day}-{cursor.fetchone()[0]:0{SEQ_WIDTH}d}"
        if not Ticket.select().where(Ticket.ticket_no == number).exists():
            return number


def _param() -> str:
    return database_proxy.obj.param
