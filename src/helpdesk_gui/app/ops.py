"""Background operations: the GUI thread never runs a query or builds a PDF.

``OpRunner.read`` runs a function on a small pool (queries, PDFs); ``OpRunner.write`` runs
it on the single writer thread, so database writes from this window never compete with
each other. Results come back to the GUI thread by queued signal and are handed to the
caller's callbacks; a write whose result carries ``Changes`` is broadcast once on
``changed`` so each page refreshes only what it shows. Op functions never touch widgets.

A lost connection to the hall server is ridden out here (``db.reconnect.retrying``):
the op waits and tries again with backoff, ``connection_lost`` / ``connection_back`` drive
the banner, and the caller's ``on_done`` (the acknowledgement) comes only after the work
committed. The page keeps what was typed until then.

Tests use ``OpRunner(synchronous=True)``: the same callbacks, run at once.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from helpdesk_gui.app.live import published
from helpdesk_gui.db import notify
from helpdesk_gui.domain.errors import HelpdeskError
from helpdesk_gui.services.changes import changes_of

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
_RUNNERS = itertools.count(1)


class _Relay(QObject):
    """Carries one job's outcome from a worker thread back to the GUI thread."""

    finished = Signal(bool, object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn, self.relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the caller's error callback
            if not isinstance(exc, HelpdeskError):
                log.exception("background operation failed")
            self.relay.finished.emit(False, exc)
            return
        self.relay.finished.emit(True, result)


class OpRunner(QObject):
    """Runs reads on a pool and writes on one writer thread; broadcasts changes."""

    changed = Signal(object)  # Changes
    busy = Signal(bool)
    failed = Signal(str)  # unexpected errors, for the status bar
    connection_lost = Signal()  # from a worker thread (queued): show the banner
    connection_back = Signal()

    def __init__(self, parent: QObject | None = None, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(3)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._pending = 0
        self._closing = threading.Event()  # set at shutdown: stop waiting for the server
        self.origin = f"{notify.ORIGIN}-{next(_RUNNERS)}"  # this seat, in change messages

    def read(self, fn: Callable[[], Any], on_done: Callback | None = None,
             on_error: Callback | None = None) -> None:
        """Run a query (or PDF build) in the background."""
        self._submit(self._readers, self._reconnecting(fn), on_done, on_error,
                     broadcast=False)

    def write(self, fn: Callable[[], Any], on_done: Callback | None = None,
              on_error: Callback | None = None) -> None:
        """Run a change on the writer thread; its ``Changes`` are broadcast here and
        published to the other seats (``app.live``)."""
        work = self._reconnecting(fn)
        self._submit(self._writer, lambda: published(work(), self.origin), on_done, on_error,
                     broadcast=True)

    def _reconnecting(self, fn: Callable[[], Any]) -> Callable[[], Any]:
        """``fn`` run again after a lost connection, with the banner's signals."""
        from helpdesk_gui.db.connect import database_proxy
        from helpdesk_gui.db.reconnect import retrying

        def run() -> Any:
            database = database_proxy.obj
            if database is None:
                return fn()
            return retrying(database, fn, on_lost=lambda _exc: self.connection_lost.emit(),
                            on_back=self.connection_back.emit, stop=self._closing)
        return run

    def _submit(self, pool: QThreadPool, fn, on_done, on_error, broadcast: bool) -> None:
        relay = _Relay()
        relay.finished.connect(
            lambda ok, value: self._deliver(relay, ok, value, on_done, on_error, broadcast))
        self._relays.add(relay)
        self._set_busy(+1)
        if self.synchronous:
            _Job(fn, relay).run()
        else:
            pool.start(_Job(fn, relay))

    def _deliver(self, relay: _Relay, ok: bool, value: Any, on_done, on_error,
                 broadcast: bool) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        self._set_busy(-1)
        if not ok:
            if on_error is not None:
                on_error(value)
            else:
                self.failed.emit(str(value))
            return
        if on_done is not None:
            on_done(value)
        changes = changes_of(value) if broadcast else None
        if changes is not None:
            self.changed.emit(changes)

    def _set_busy(self, delta: int) -> None:
        before = self._pending
        self._pending += delta
        if (before == 0) != (self._pending == 0):
            self.busy.emit(self._pending > 0)

    def close(self) -> None:
        """The program is closing: ops waiting for a lost server give up."""
        self._closing.set()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until background work is done (shutdown and tests only)."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)
