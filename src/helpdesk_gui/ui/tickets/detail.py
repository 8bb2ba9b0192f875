"""The selected ticket: its fields, the customer (phone masked), the full history, and
buttons for the steps its state allows. Errors from the services are shown here, in red,
not as crashes or pop-ups, so the clerk can read them while fixing the input."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.services.security import permissions, privacy
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets import detail as td
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.tickets import actions
from helpdesk_gui.ui.tickets.fmt import local_time

BUTTONS_PER_ROW = 4


class WrappedNote(QStyledItemDelegate):
    """History notes wrap onto as many lines as they need (a tree row is one line by
    default: Qt's tree does not give a wrapped cell its height by itself)."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802 (Qt override)
        hint = super().sizeHint(option, index)
        width = max(40, self.tree.header().sectionSize(index.column()) - 10)
        text = str(index.data() or "")
        bound = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                                int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), bound.height() + 6))


class TicketDetailPane(QWidget):
    """Shows one ticket (loaded in the background) and runs its actions."""

    loaded = Signal(int)  # ticket id, after the detail is shown

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tz = ctx.branch.timezone
        self.ticket_id: int | None = None
        self.detail: td.TicketDetail | None = None
        self._request = 0
        self.title = QLabel(self.tr("Select a ticket"), self)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        self.fields = QFormLayout()
        self.customer = QFormLayout()
        self.revealed = QLabel(self)
        self.revealed.setObjectName("revealed")
        self.revealed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self.tr("Show full phone number…"), self)
        self.reveal_button.setObjectName("reveal_phone")
        self.reveal_button.clicked.connect(self.reveal_phone)
        self.reveal_address_button = QPushButton(self.tr("Show full address…"), self)
        self.reveal_address_button.setObjectName("reveal_address")
        self.reveal_address_button.clicked.connect(self.reveal_address)
        self.history = self._history_tree()
        self.buttons = QGridLayout()
        self._lay_out()
        self.clear()

    def _lay_out(self) -> None:
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(self.fields)
        group = QGroupBox(self.tr("Customer"), body)
        box = QVBoxLayout(group)
        box.addLayout(self.customer)
        box.addWidget(self.revealed)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addWidget(self.reveal_address_button)
        reveal_row.addStretch(1)
        box.addLayout(reveal_row)
        self.edit_customer_button = QPushButton(self.tr("Edit customer…"), group)
        self.edit_customer_button.setObjectName("edit_customer")
        self.edit_customer_button.clicked.connect(self.edit_customer)
        box.addWidget(self.edit_customer_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(group)
        inner.addWidget(QLabel(self.tr("History"), body))
        inner.addWidget(self.history, 1)
        from helpdesk_gui.ui.attachments.panel import AttachmentPanel

        self.attachments = AttachmentPanel(self._ctx, "ticket", body)
        self.attachments.added.connect(self.reload)
        inner.addWidget(self.attachments)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons)
        layout.addWidget(scroll, 1)

    def _history_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("Step"),
                              self.tr("Status"), self.tr("Note")])
        tree.setRootIsDecorated(False)
        tree.setWordWrap(True)  # long notes are read in full, wrapped (and in the tooltip)
        tree.setMinimumHeight(160)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the note wraps
        tree.setItemDelegateForColumn(4, WrappedNote(tree))
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())
        return tree

    # --- loading --------------------------------------------------------------------------

    def load(self, ticket_id: int) -> None:
        """Show ``ticket_id`` (read in the background)."""
        self.ticket_id = ticket_id
        self._request += 1
        request = self._request
        self._ctx.ops.read(lambda: td.ticket_detail(ticket_id, actor=self._ctx.actor),
                           lambda detail: self._on_detail(request, detail),
                           lambda error: self._on_load_error(request, error))

    def reload(self) -> None:
        if self.ticket_id is not None:
            self.load(self.ticket_id)

    def clear(self) -> None:
        """No ticket selected: nothing shown, and nothing to reveal, edit or act on."""
        self.ticket_id, self.detail = None, None
        self._request += 1  # an answer still on its way is for a ticket no longer chosen
        self.title.setText(self.tr("Select a ticket"))
        self._fill(self.fields, [])
        self._fill(self.customer, [])
        self.revealed.clear()
        self.history.clear()
        self._remove_buttons()
        for button in self._customer_buttons():
            button.setEnabled(False)
        self.attachments.set_owner(None)

    def _customer_buttons(self) -> tuple[QPushButton, ...]:
        return self.reveal_button, self.reveal_address_button, self.edit_customer_button

    def _on_detail(self, request: int, detail: td.TicketDetail) -> None:
        if request != self._request:
            return
        self.detail = detail
        self._show(detail)
        self.attachments.set_owner(detail.id)
        self.loaded.emit(detail.id)

    def _on_load_error(self, request: int, error: Exception) -> None:
        if request == self._request:
            self.show_error(error_text(error))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- showing --------------------------------------------------------------------------

    def _show(self, d: td.TicketDetail) -> None:
        self.title.setText(f"{d.ticket_no}  ·  {labels.status(d.status)}")
        self._fill(self.fields, self._field_rows(d))
        c = d.customer
        self._fill(self.customer, [] if c is None else [
            (self.tr("Name"), c.name + (" ★VIP" if c.is_vip else "")),
            (self.tr("Phone"), c.phone or ""), (self.tr("Account no."), c.account_no or ""),
            (self.tr("Address"), c.address)], skip_empty=True)
        self.revealed.clear()
        may_reveal = c is not None and permissions.allowed(self._ctx.actor, "customer.reveal")
        self.reveal_button.setVisible(may_reveal and bool(c.phone))
        self.reveal_address_button.setVisible(may_reveal and bool(c.address))
        self.edit_customer_button.setVisible(
            c is not None and permissions.allowed(self._ctx.actor, "customer.edit"))
        for button in self._customer_buttons():
            button.setEnabled(c is not None)
        self.history.clear()
        for e in d.history:
            change = labels.status(e.to_status) if e.to_status and e.to_status != e.from_status \
                else ""
            if change and e.from_status:
                change = f"{labels.status(e.from_status)} → {change}"
            item = QTreeWidgetItem([local_time(e.at, self._tz, seconds=True), e.actor,
                                    labels.event(e.kind), change, e.note])
            item.setToolTip(4, e.note)
            self.history.addTopLevelItem(item)
        self._show_buttons(d.actions)

    def _field_rows(self, d: td.TicketDetail) -> list[tuple[str, str]]:
        t = lambda value: local_time(value, self._tz)  # noqa: E731
        rows = [(self.tr("Type"), labels.ticket_type(d.type)),
                (self.tr("Level"), labels.level(d.level)),
                (self.tr("Channel"), labels.channel(d.channel)),
                (self.tr("Received"), f"{t(d.created_at)}  {d.received_by}"),
                (self.tr("Assignee"), d.assignee or self.tr("(not assigned)")),
                (self.tr("Respond by"), t(d.response_due)),
                (self.tr("Resolve by"), t(d.resolve_due)),
                (self.tr("Subject"), d.subject), (self.tr("Description"), d.description),
                (self.tr("Customer asks for"), d.request),
                (self.tr("Resolution"), d.resolution),
                (self.tr("Technical solution"), d.solution),
                (self.tr("Parts replaced"), d.parts_replaced),
                (self.tr("Resolved"), t(d.resolved_at)), (self.tr("Closed"), t(d.closed_at)),
                (self.tr("Merged into"), d.merged_into)]
        if d.contacts or d.reopen_count:
            rows.append((self.tr("Contacts / reopened"), f"{d.contacts} / {d.reopen_count}"))
        return [(name, value) for name, value in rows if value]

    def _fill(self, form: QFormLayout, rows: list[tuple[str, str]],
              skip_empty: bool = False) -> None:
        while form.rowCount():
            form.removeRow(0)
        for name, value in rows:
            if skip_empty and not value:
                continue
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name, label)

    def _remove_buttons(self) -> None:
        while self.buttons.count():
            widget = self.buttons.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone at once, not found by name any more
                widget.deleteLater()

    def _show_buttons(self, allowed: tuple[str, ...]) -> None:
        self._remove_buttons()
        for n, action in enumerate(actions.supported(allowed)):
            button = QPushButton(actions.action_text(action), self)
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.buttons.addWidget(button, n // BUTTONS_PER_ROW, n % BUTTONS_PER_ROW)
        n = len(actions.supported(allowed))
        explain = QPushButton(self.tr("Deadlines explained…"), self)
        explain.setObjectName("explain_sla")
        explain.clicked.connect(self.explain_deadlines)
        self.buttons.addWidget(explain, n // BUTTONS_PER_ROW, n % BUTTONS_PER_ROW)
        for offset, (name, text, slot) in enumerate((
                ("print_ticket", self.tr("Print ticket…"), self.print_ticket),
                ("print_receipt", self.tr("Reprint receipt…"), self.print_receipt)), 1):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setVisible(permissions.allowed(self._ctx.actor, "receipt.print"))
            button.clicked.connect(slot)
            self.buttons.addWidget(button, (n + offset) // BUTTONS_PER_ROW,
                                   (n + offset) % BUTTONS_PER_ROW)

    def _printing(self):
        if getattr(self, "printing", None) is None:
            from helpdesk_gui.ui.tickets.receipt_print import TicketPrinting

            self.printing = TicketPrinting(self._ctx, self)
            self.printing.failed.connect(self.show_error)
        return self.printing

    def print_ticket(self) -> None:
        """The full record with every history note, on A4 (masked)."""
        if self.detail is not None:
            self._printing().print_ticket(self.detail.id)

    def print_receipt(self) -> None:
        """A copy of the customer's receipt (marked as a reprint)."""
        if self.detail is not None:
            self._printing().print_receipt(self.detail.id)

    def reveal_phone(self) -> None:
        """Show the customer's full phone number, for a stated reason (audited, §12)."""
        self._reveal("phone", self.tr("Show full phone number"), self.tr("Phone: %1"))

    def reveal_address(self) -> None:
        """Show the full address for a field visit, for a stated reason (audited, §12)."""
        self._reveal("address", self.tr("Show full address"), self.tr("Address: %1"))

    def _reveal(self, field: str, title: str, shown: str) -> None:
        if self.detail is None or self.detail.customer is None:
            return
        values = actions.TextFormDialog.ask(self, title, [
            actions.Field("reason", self.tr("Why do you need it? (recorded)"), True, False)])
        if not values:
            return
        actor, customer_id = self._ctx.actor, self.detail.customer.id
        self._ctx.ops.write(
            lambda: privacy.reveal(actor, customer_id, field, values["reason"]),
            lambda value: self._show_revealed(shown.replace("%1", value)),
            lambda exc: self.show_error(error_text(exc)))

    def _show_revealed(self, line: str) -> None:
        lines = [t for t in self.revealed.text().split("\n") if t] + [line]
        self.revealed.setText("\n".join(lines))

    def edit_customer(self) -> None:
        """Correct the customer's record from this ticket (a history step is added)."""
        from helpdesk_gui.ui.tickets.customer_edit import CustomerEditDialog

        if self.detail is None or self.detail.customer is None:
            return
        dialog = CustomerEditDialog(self._ctx, self.detail.customer.id, self.detail.id, self)
        if dialog.exec():
            self.reload()

    def explain_deadlines(self) -> None:
        """Why is this due then? The timeline of each service-level target."""
        from helpdesk_gui.ui.sla.explain_dialog import SlaExplainDialog

        if self.detail is not None:
            SlaExplainDialog(self._ctx, self.detail.id, self).exec()

    def action_buttons(self) -> dict[str, QPushButton]:
        """The buttons shown now, by action name (for tests and shortcuts)."""
        found = {}
        for i in range(self.buttons.count()):
            widget = self.buttons.itemAt(i).widget()
            if isinstance(widget, QPushButton) and widget.objectName().startswith("action_"):
                found[widget.objectName().removeprefix("action_")] = widget
        return found

    # --- acting ---------------------------------------------------------------------------

    def run_action(self, action: str) -> None:
        """Ask what ``action`` needs, then perform it in the background."""
        if self.detail is None:
            return
        self.show_error("")
        if action == "assign":
            self._ask_assignee()
            return
        fields = actions.fields_for(action)
        values = actions.TextFormDialog.ask(self, actions.action_text(action), fields) \
            if fields else {}
        if values is None:
            return
        empty = actions.missing(fields, values)
        if empty:
            self.show_error(self.tr("Required: %1").replace(
                "%1", ", ".join(f.label for f in empty)))
            return
        self._perform(action, values)

    def _ask_assignee(self) -> None:
        branch_id = self._ctx.branch.id
        self._ctx.ops.read(lambda: staff_service.active_handlers(branch_id),
                           self._pick_assignee, lambda error: self.show_error(error_text(error)))

    def _pick_assignee(self, people: list[tuple[int, str, str]]) -> None:
        items = [f"{name} ({employee_no})" for _, employee_no, name in people]
        if not items:
            self.show_error(self.tr("No active handler to assign to."))
            return
        choice, ok = QInputDialog.getItem(self, actions.action_text("assign"),
                                          self.tr("Handler"), items, 0, False)
        if ok and choice in items:
            self._perform("assign", {"assignee_id": people[items.index(choice)][0]})

    def _perform(self, action: str, values: dict) -> None:
        call = actions.service_call(action, self.detail.id, self._ctx.actor, values)
        self._ctx.ops.write(call, lambda changes: self.reload(),
                            lambda error: self.show_error(error_text(error)))
