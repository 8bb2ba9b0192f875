"""Riding out a lost connection to the hall server: detect it, reconnect, try again.

A counter PC loses the server (a restarted server, a network cut) and must neither
crash nor drop what the clerk typed. ``retrying`` runs one unit of work; when it fails
because the connection went away it drops the dead connection, waits (backoff from
``FIRST_WAIT_S`` doubling up to ``MAX_WAIT_S``) and runs it again, until it succeeds or
``stop`` is set. Work that failed this way was almost always not committed (the server
rolls back a transaction whose client vanished); the one exception, a commit whose
answer was lost on the way back, is why a retried write must be idempotent — intake
sends the new ticket's UUID with the form and a retry finds the ticket already there.
What the caller acknowledges to the user is only what returned from here, i.e. what
committed.

Errors that are not about the connection (a validation error, a constraint) are raised
at once: retrying them would only repeat them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

import peewee as pw

from helpdesk_gui.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

T = TypeVar("T")
FIRST_WAIT_S = 0.5
MAX_WAIT_S = 8.0
_LOST_SQLSTATES = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}


def is_connection_lost(exc: BaseException) -> bool:
    """True when ``exc`` means the server went away (not that the work was wrong)."""
    if isinstance(exc, DatabaseUnavailable):
        return "cannot reach" in str(exc)
    if not isinstance(exc, (pw.OperationalError, pw.InterfaceError)):
        return False
    cause = exc.__cause__ or exc.__context__ or exc
    code = getattr(cause, "sqlstate", None)
    if code in _LOST_SQLSTATES:
        return True
    text = str(exc).lower()
    return any(marker in text for marker in (
        "connection is closed", "server closed the connection", "connection refused",
        "terminating connection", "consuming input failed", "connection is lost",
        "the connection is broken", "no connection to the server", "ssl syscall",
        "connection timed out", "could not receive data", "could not send data"))


def drop_connection(database: pw.Database) -> None:
    """Forget this thread's dead connection so the next query opens a new one."""
    try:
        database.close()
    except Exception:  # noqa: BLE001 - it is dead anyway
        database._state.reset()


def retrying(database: pw.Database, work: Callable[[], T], *,
             on_lost: Callable[[BaseException], None] | None = None,
             on_back: Callable[[], None] | None = None,
             stop: threading.Event | None = None,
             first_wait: float = FIRST_WAIT_S) -> T:
    """Run ``work``; while the connection is lost, reconnect and run it again.

    ``on_lost`` is called at each failed attempt (the banner), ``on_back`` once when an
    attempt succeeds after a loss. ``stop`` ends the waiting (the program closes): the
    last error is raised then.
    """
    stop = stop or threading.Event()
    wait, lost = first_wait, False
    while True:
        try:
            result = work()
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            drop_connection(database)
            lost = True
            log.warning("connection to the database lost (%s); retrying in %.1f s",
                        type(exc).__name__, wait)
            if on_lost is not None:
                on_lost(exc)
            if stop.wait(wait):
                raise
            wait = min(wait * 2, MAX_WAIT_S)
            continue
        if lost and on_back is not None:
            on_back()
        return result
