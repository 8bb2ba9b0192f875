"""Other seats' changes into this window's ``Changes`` broadcast (``db.notify``).

The listener thread only emits a queued signal; on the GUI thread the change becomes a
``Changes`` on ``OpRunner.changed``, which the pages already use to re-read just the
changed rows. Writes made here are published to the other seats after they commit.
"""

from __future__ import annotations

import logging
from typing import Any

import peewee as pw
from PySide6.QtCore import QObject, Signal

from helpdesk_gui.db import notify
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.services.changes import Changes, changes_of

log = logging.getLogger(__name__)


def published(result: Any, origin: str = notify.ORIGIN) -> Any:
    """Publish a committed write's ``Changes`` to the other seats; returns ``result``."""
    changes = changes_of(result)
    if changes is not None and database_proxy.obj is not None:
        try:
            notify.publish(database_proxy.obj, changes.tickets, changes.customers,
                           changes.kinds, origin)
        except pw.DatabaseError as exc:  # the write itself is committed: never fail it
            log.warning("could not tell the other seats about a change: %s", exc)
    return result


class LiveChanges(QObject):
    """Listens for other seats' changes while the window is open."""

    arrived = Signal(object)  # notify.Change, from the listener thread (queued)

    def __init__(self, ops, database: pw.Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.arrived.connect(self._broadcast)
        self.listener = notify.Listener(database, self.arrived.emit,
                                        getattr(ops, "origin", notify.ORIGIN))

    def start(self) -> LiveChanges:
        self.listener.start()
        return self

    def stop(self) -> None:
        self.listener.stop()

    def _broadcast(self, change: notify.Change) -> None:
        self.ops.changed.emit(Changes(tickets=change.tickets, customers=change.customers,
                                      kinds=change.kinds | {"remote"}))
