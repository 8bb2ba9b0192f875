"""The customer page: find a customer, see every ticket, complaint and survey of theirs,
and correct the record. A double-click on a ticket opens it on the tickets page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.complaints.models import COMPLAINT_STAGES
from helpdesk_gui.domain.surveys.models import SURVEY_KINDS, SURVEY_STATUSES
from helpdesk_gui.services.security.privacy import mask_name, mask_phone
from helpdesk_gui.services.tickets import customer_record as record
from helpdesk_gui.services.tickets import customers
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.tickets.fmt import local_time


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CustomersPage(QWidget):
    """Search on the left, the chosen customer's whole history on the right."""

    open_ticket_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer: record.CustomerPage | None = None
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setPlaceholderText(self.tr("Phone (with or without area code), account "
                                               "no. or name"))
        self.search.returnPressed.connect(self.find)
        self.results = QListWidget()
        self.results.setObjectName("customer_results")
        self.results.currentItemChanged.connect(lambda item, _: self._chosen(item))
        self.heading = QLabel()
        self.heading.setObjectName("customer_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size:14px")
        self.edit_button = QPushButton(self.tr("Edit customer…"))
        self.edit_button.setObjectName("edit_customer")
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit)
        self.tickets = _table([self.tr("Ticket"), self.tr("Received"), self.tr("Type"),
                               self.tr("Status"), self.tr("Subject")])
        self.tickets.cellDoubleClicked.connect(self._open_ticket)
        self.complaints = _table([self.tr("Ticket"), self.tr("Received"), self.tr("Stage"),
                                  self.tr("Matter")])
        self.surveys = _table([self.tr("Ticket"), self.tr("Survey"), self.tr("Status"),
                               self.tr("Invited"), self.tr("Score"), self.tr("Comment")])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tickets, self.tr("Tickets"))
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.tabs.addTab(self.surveys, self.tr("Surveys"))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.edit_button)
        right = QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.error)
        right.addWidget(self.tabs, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

    def find(self) -> None:
        query = self.search.text()
        actor = self.ctx.actor
        self.ctx.ops.read(lambda: customers.lookup(query, actor), self._found,
                          lambda exc: self.error.setText(error_text(exc)))

    def _found(self, rows: list[customers.CustomerRow]) -> None:
        self.results.clear()
        for row in rows:
            text = f"{mask_name(row.name)}  {mask_phone(row.phone) or row.account_no or ''}"
            item = QListWidgetItem(("★ " if row.is_vip else "") + text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_customer(item.data(Qt.ItemDataRole.UserRole))

    def show_customer(self, customer_id: int) -> None:
        actor = self.ctx.actor
        self.ctx.ops.read(lambda: record.page(actor, customer_id), self._show,
                          lambda exc: self.error.setText(error_text(exc)))

    def _show(self, c: record.CustomerPage) -> None:
        self.customer, tz = c, self.ctx.branch.timezone
        self.error.clear()
        vip = "  ★VIP" if c.is_vip else ""
        self.heading.setText(f"<b>{c.name}</b>{vip}  {c.phone}  {c.account_no}<br>{c.address}"
                             + (f"<br><i>{c.note}</i>" if c.note else ""))
        self.edit_button.setEnabled(True)
        self._fill(self.tickets, [[no, local_time(at, tz), labels.ticket_type(kind),
                                   labels.status(status), subject]
                                  for _, no, at, kind, status, subject in c.tickets])
        self._fill(self.complaints, [[no, local_time(at, tz),
                                      labels.label(COMPLAINT_STAGES, stage), matter]
                                     for _, no, at, stage, matter in c.complaints])
        self._fill(self.surveys, [[no, labels.label(SURVEY_KINDS, kind),
                                   labels.label(SURVEY_STATUSES, status), local_time(at, tz),
                                   "" if score is None else str(score), comment]
                                  for no, kind, status, at, score, comment in c.surveys])
        self.tabs.setTabText(0, self.tr("Tickets (%1)").replace("%1", str(len(c.tickets))))
        self.tabs.setTabText(1, self.tr("Complaints (%1)").replace("%1",
                                                                   str(len(c.complaints))))
        self.tabs.setTabText(2, self.tr("Surveys (%1)").replace("%1", str(len(c.surveys))))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, col, item)
        table.resizeColumnsToContents()

    def _open_ticket(self, row: int, _column: int) -> None:
        if self.customer is not None and 0 <= row < len(self.customer.tickets):
            self.open_ticket_requested.emit(self.customer.tickets[row][0])

    def edit(self) -> None:
        from helpdesk_gui.ui.tickets.customer_edit import CustomerEditDialog

        if self.customer is not None:
            dialog = CustomerEditDialog(self.ctx, self.customer.id, parent=self)
            if dialog.exec():
                self.show_customer(self.customer.id)

    def on_changes(self, changes) -> None:
        if self.customer is not None and self.customer.id in changes.customers:
            self.show_customer(self.customer.id)
