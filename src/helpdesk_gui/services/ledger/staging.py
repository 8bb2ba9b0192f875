"""Imports that commit in batches yet leave nothing behind when they fail.

SQLite has one write lock for the whole file: an import that writes 20,000 tickets in
one transaction holds it for the whole run and every counter waiting on it fails with
"database is locked" once its busy timeout runs out. So an import writes ``BATCH`` rows
per transaction — fewer when a batch has held the lock for ``BATCH_SECONDS`` — and
leaves the lock free for ``PAUSE_SECONDS`` between batches: SQLite's busy handler polls
with growing sleeps, so a counter that found the lock taken needs a real gap to get in.
It records each ticket it makes in the run's journal
(``domain.ledger.runs``) inside that same transaction. If the run fails — an error in a
later batch, or the process killed — ``roll_back`` deletes exactly what the run made:
the tickets, every row that refers to them, and the customers it registered that
nothing else uses by now. A run found still "running" by a later import, whose process
is gone, is rolled back first (``recover_interrupted``).
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import timedelta

from helpdesk_gui.db import search
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.ledger.runs import ImportRun, ImportRunRow
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.security import audit
from helpdesk_gui.services.tickets.records import ticket_terms

log = logging.getLogger(__name__)
BATCH = 200  # rows at most per transaction
BATCH_SECONDS = 0.015  # ... and at most this long holding the write lock
PAUSE_SECONDS = 0.03  # then the lock is left free this long, for the counters
STALE_AFTER = timedelta(hours=12)


def pause_after(held: float) -> float:
    """How long to leave the lock free after holding it ``held`` seconds: at least as
    long again (a slow row on a busy PC must not starve the counters)."""
    return min(max(PAUSE_SECONDS, held), 1.0) if PAUSE_SECONDS else 0.0


def start(file: str, actor: Staff) -> ImportRun:
    with database_proxy.obj.atomic():
        return ImportRun.create(file=file[:255], actor_id=actor.id, host=socket.gethostname(),
                                pid=os.getpid())


def journal(run: ImportRun, ticket: Ticket, new_customer_id: int | None) -> None:
    """Record one ticket of the run (call inside the batch's transaction)."""
    ImportRunRow.create(**journal_row(run, ticket, new_customer_id))


def journal_row(run: ImportRun, ticket: Ticket, new_customer_id: int | None) -> dict:
    """The journal row of one ticket of the run, for a batch's bulk insert."""
    return {"run": run.id, "ticket_id": ticket.id, "customer_id": new_customer_id}


def finish(run: ImportRun, rows: int) -> None:
    ImportRun.update(status="committed", finished_at=utcnow(), rows=rows).where(
        ImportRun.id == run.id).execute()


def _referrers(model, ids: list[int]) -> list:
    """Delete statements for every row of another table that refers to these rows."""
    found = []
    for field, referrer in model._meta.backrefs.items():
        if referrer is model or referrer in (ImportRunRow,):
            continue
        found.append(referrer.delete().where(field.in_(ids)))
    return found


def _customers_in_use(ids: list[int]) -> set[int]:
    used = set()
    for field, referrer in Customer._meta.backrefs.items():
        used |= {v for (v,) in referrer.select(field).where(field.in_(ids)).tuples()}
    return used


def roll_back(run: ImportRun, actor: Staff | None, reason: str) -> int:
    """Delete everything the run made, in one transaction; returns the tickets removed."""

    with database_proxy.obj.atomic():
        made = list(ImportRunRow.select().where(ImportRunRow.run == run.id))
        ticket_ids = [r.ticket_id for r in made]
        for start_at in range(0, len(ticket_ids), 500):
            chunk = ticket_ids[start_at:start_at + 500]
            for ticket in Ticket.select().where(Ticket.id.in_(chunk)):
                search.reindex_remove(ticket.id, ticket_terms(ticket))
            for statement in _referrers(Ticket, chunk):
                statement.execute()
            Ticket.delete().where(Ticket.id.in_(chunk)).execute()
        customer_ids = [r.customer_id for r in made if r.customer_id]
        if customer_ids:
            keep = _customers_in_use(customer_ids)
            Customer.delete().where(Customer.id.in_(
                [c for c in customer_ids if c not in keep])).execute()
        ImportRunRow.delete().where(ImportRunRow.run == run.id).execute()
        ImportRun.update(status="rolled_back", finished_at=utcnow()).where(
            ImportRun.id == run.id).execute()
        audit.record(actor, "import.rolled_back", "file", run.file,
                     {"run": run.id, "tickets_removed": len(ticket_ids), "reason": reason[:200]},
                     actor_no=None if actor else "import")
    return len(ticket_ids)


def _abandoned(run: ImportRun) -> bool:
    if run.host != socket.gethostname():
        return utcnow() - run.started_at > STALE_AFTER
    if run.pid == os.getpid():
        return False
    try:
        os.kill(run.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


def recover_interrupted(actor: Staff) -> int:
    """Roll back runs left "running" by a process that is gone; returns how many."""
    count = 0
    for run in ImportRun.select().where(ImportRun.status == "running"):
        if _abandoned(run):
            log.warning("rolling back interrupted import %s of %s", run.id, run.file)
            roll_back(run, actor, "interrupted: the importing process ended")
            count += 1
    return count
