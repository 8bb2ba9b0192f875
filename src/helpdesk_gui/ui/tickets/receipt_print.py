"""Print the receipt (受理回执) and the full ticket record from any page.

The data and the rich text are built on a background thread (the receipt reserves the
survey code and writes an audit row, so it runs as a write); the GUI thread only lays
the text out and hands it to the printer or the PDF copy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from helpdesk_gui.app import workplace
from helpdesk_gui.app.context import AppContext
from helpdesk_gui.reports import receipt as layout
from helpdesk_gui.services.tickets import receipts
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.widgets.printing import PrintJob


def _receipt_job(ticket_id: int, actor, window: str, chinese: bool, paper: str):
    data = receipts.print_receipt(ticket_id, actor, window, chinese)
    html = layout.receipt_html(data, chinese, narrow=paper == "receipt80")
    return data.ticket_no, html, {layout.QR_IMAGE: data.qr_png}


def _record_job(ticket_id: int, actor, chinese: bool):
    record = receipts.ticket_record(ticket_id, actor)
    return record.detail.ticket_no, layout.ticket_record_html(record, chinese), {}


class TicketPrinting(QObject):
    """Runs a print for a page; ``printed`` carries the job (its PDF path, if any)."""

    printed = Signal(object)  # PrintJob
    failed = Signal(str)

    def __init__(self, ctx: AppContext, page: QWidget):
        super().__init__(page)
        self.ctx, self.page = ctx, page

    def print_receipt(self, ticket_id: int) -> None:
        ctx = self.ctx
        paper = workplace.receipt_paper(ctx.settings)
        window = workplace.counter_window(ctx.settings)
        actor, chinese = ctx.actor, ctx.chinese
        title = QCoreApplication.translate("Printing", "Print receipt")
        ctx.ops.write(lambda: _receipt_job(ticket_id, actor, window, chinese, paper),
                      lambda result: self._run(title, result, paper, "receipt"),
                      self._failed)

    def print_ticket(self, ticket_id: int) -> None:
        actor, chinese = self.ctx.actor, self.ctx.chinese
        title = QCoreApplication.translate("Printing", "Print ticket")
        self.ctx.ops.write(lambda: _record_job(ticket_id, actor, chinese),
                           lambda result: self._run(title, result, "A4", "ticket"),
                           self._failed)

    def print_html(self, title: str, html: str, stem: str) -> None:
        """Print rich text already built (lists: complaint record, call-back list)."""
        self._run(title, (stem, html, {}), "A4", "list")

    def _run(self, title: str, result, paper: str, kind: str) -> None:
        ticket_no, html, images = result
        job = PrintJob(self.page, self.ctx.settings, title, html, images, paper,
                       f"{ticket_no}-{kind}")
        job.run()
        self.printed.emit(job)

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(error_text(exc))
