"""Customer tiers for supervisors (客户分层, SERVICE_STANDARD §10).

Find a customer (phone, 户号 or name, as at intake); see why they are or are not VIP —
the imported yearly amount, requests in the last 12 months, the rule's reason and any
manual flag; flag or unflag them with a reason; choose a dedicated handler. "Import
accounts…" reads the billing export (户号, name, phone, yearly amount) and re-evaluates.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.customers import accounts, tiers
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.security.privacy import mask_account, mask_name, mask_phone
from helpdesk_gui.services.tickets import customers
from helpdesk_gui.ui.service_errors import error_text


class CustomerTiersPage(QWidget):
    """Look up, explain, flag, dedicate; import the billing accounts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[customers.CustomerRow] = []
        self.current: tiers.Standing | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Phone, account number or name"))
        self.query.returnPressed.connect(self.search)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone"),
                                              self.tr("Account no."), self.tr("VIP")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.why = QLabel("—")
        self.why.setWordWrap(True)
        self.manual = QCheckBox(self.tr("VIP by a supervisor's decision"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.flag_button = QPushButton(self.tr("Save VIP decision"))
        self.flag_button.clicked.connect(self.save_flag)
        self.handler = QComboBox()
        self.handler.addItem(self.tr("No dedicated handler"), None)
        self.handler_button = QPushButton(self.tr("Save dedicated handler"))
        self.handler_button.clicked.connect(self.save_handler)
        self.import_button = QPushButton(self.tr("Import accounts…"))
        self.import_button.clicked.connect(self.import_file)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        ctx.ops.read(lambda: staff_service.active_handlers(ctx.branch.id), self._handlers)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.import_button)
        left.addLayout(top)
        left.addWidget(self.table)
        form = QFormLayout()
        form.addRow(self.tr("Standing"), self.why)
        form.addRow("", self.manual)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.flag_button)
        form.addRow(self.tr("Dedicated handler"), self.handler)
        form.addRow("", self.handler_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.status)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _handlers(self, rows) -> None:
        for sid, number, name in rows:
            self.handler.addItem(f"{number} {name}", sid)

    def search(self) -> None:
        text = self.query.text()
        actor = self.ctx.actor
        self.ctx.ops.read(lambda: customers.lookup(text, actor), self._found,
                          lambda exc: self.status.setText(error_text(exc)))

    def _found(self, rows) -> None:
        self.found = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (mask_name(row.name) or "", mask_phone(row.phone) or "",
                     mask_account(row.account_no) or "", "★" if row.is_vip else "")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if rows:
            self.table.setCurrentCell(0, 0)

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.found):
            cid = self.found[row].id
            self.ctx.ops.read(lambda: tiers.standing(cid), self._show,
                              lambda exc: self.status.setText(error_text(exc)))

    def _show(self, s: tiers.Standing) -> None:
        self.current = s
        v = s.verdict
        text = self.tr("Yearly amount %1 yuan; %2 requests in 12 months.").replace(
            "%1", f"{v.yearly_amount:.2f}").replace("%2", str(v.requests))
        if v.reason:
            text += " " + self.tr("VIP by the rule: %1").replace("%1", v.reason)
        if s.manual:
            text += " " + self.tr("VIP by decision: %1").replace("%1", s.manual_reason)
        self.why.setText(("★ VIP  " if s.is_vip else "") + text)
        self.manual.setChecked(s.manual)
        index = self.handler.findData(s.handler_id)
        self.handler.setCurrentIndex(max(index, 0))

    def _need_customer(self) -> int | None:
        if self.current is None:
            self.status.setText(self.tr("Find and choose a customer first."))
            return None
        return self.current.customer_id

    def save_flag(self) -> None:
        cid = self._need_customer()
        if cid is None:
            return
        vip, reason, actor = self.manual.isChecked(), self.reason.text(), self.ctx.actor
        self.ctx.ops.write(lambda: tiers.set_manual(cid, vip, reason, actor),
                           lambda _c: self._saved(cid),
                           lambda exc: self.status.setText(error_text(exc)))

    def save_handler(self) -> None:
        cid = self._need_customer()
        if cid is None:
            return
        sid, actor = self.handler.currentData(), self.ctx.actor
        self.ctx.ops.write(lambda: tiers.set_dedicated_handler(cid, sid, actor),
                           lambda _c: self._saved(cid),
                           lambda exc: self.status.setText(error_text(exc)))

    def _saved(self, customer_id: int) -> None:
        self.status.setText(self.tr("Saved."))
        self.reason.clear()
        self.ctx.ops.read(lambda: tiers.standing(customer_id), self._show)
        self.search()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import accounts"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return
        actor = self.ctx.actor
        self.ctx.ops.write(lambda: accounts.import_accounts(path, actor), self._imported,
                           lambda exc: self.status.setText(error_text(exc)))

    def _imported(self, result: accounts.AccountImport) -> None:
        self.status.setText(self.tr("Accounts added %1, updated %2; VIP customers now %3.")
                            .replace("%1", str(result.added)).replace("%2", str(result.updated))
                            .replace("%3", str(result.vip_after)))
