"""The counter intake page: greet, identify, record, number (SERVICE_STANDARD §2).

The clerk is talking to a customer while typing, so the page is built for the keyboard:
Enter saves from a one-line field, Ctrl+Enter from a text box, Ctrl+N starts the next
customer, and every field has an Alt mnemonic. Saving runs on the writer thread; while
it runs Submit is disabled so one request is never registered twice. A rejected form
keeps everything typed and shows each reason beside its field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain import vocabulary as v
from helpdesk_gui.domain.errors import HelpdeskError, ValidationError
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.services.tickets import customers
from helpdesk_gui.services.tickets import intake as tickets
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.generated.ui_intake import Ui_Intake
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.tickets.intake_assist import IntakeAssist
from helpdesk_gui.ui.tickets.intake_errors import FieldErrors, set_state
from helpdesk_gui.ui.tickets.intake_lookup import CustomerLookup
from helpdesk_gui.ui.tickets.intake_style import STYLE

DEFAULTS = {"channel": "counter", "type": "consultation", "level": 3}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def phrase(pair: tuple[str, str], chinese: bool) -> str:
    """A standard phrase: the Qt translation of its English text, else its Chinese text."""
    translated = QCoreApplication.translate("Vocabulary", pair[0])
    if chinese and translated == pair[0]:
        return pair[1]
    return translated


class IntakePage(QWidget):
    """Receives one customer's request and gives it a ticket number at once."""

    ticket_created = Signal(int, str)  # ticket id, ticket number
    open_ticket_requested = Signal(int)  # ticket id: show it on the tickets page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_Intake()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self._customer_id: int | None = None
        self._busy = False
        self._last: tickets.CreatedTicket | None = None
        self.errors = FieldErrors(self.ui, self.ui.formErrorLabel)
        self.lookup = CustomerLookup(ctx, self.ui, self)
        self.assist = IntakeAssist(self)
        self._add_print_button()
        self._add_edit_customer_button()
        self._fill_static_texts()
        self._fill_combos()
        self._connect()
        self.ui.resultFrame.hide()
        self._lock_identity(False)
        self._type_changed()
        self._first_contact_toggled(False)

    # --- set-up -----------------------------------------------------------------------
    def _fill_static_texts(self) -> None:
        ui = self.ui
        ui.greetingLabel.setText(phrase(v.GREETING, self.ctx.chinese))
        ui.openQuestionLabel.setText(phrase(v.OPEN_QUESTION, self.ctx.chinese))
        actor = self.ctx.actor
        ui.clerkLabel.setText(self.tr("Received by {0} (employee no. {1})")
                              .format(actor.name, actor.employee_no))
        for error in (ui.nameError, ui.phoneError, ui.accountError, ui.addressError,
                      ui.classificationError, ui.subjectError, ui.descriptionError,
                      ui.requestError, ui.firstContactError, ui.answerError,
                      ui.formErrorLabel):
            error.setProperty("role", "error")

    def _fill_combos(self) -> None:
        for combo, table in ((self.ui.channelCombo, v.CHANNELS),
                             (self.ui.typeCombo, v.TICKET_TYPES),
                             (self.ui.levelCombo, v.LEVELS)):
            for code, name in labels.choices(table):
                combo.addItem(name, code)
        self._reset_classification(keep_channel=False)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.nameEdit, ui.phoneEdit, ui.accountEdit, ui.addressEdit,
                     ui.subjectEdit):
            edit.returnPressed.connect(self.submit)
        for widget in (ui.descriptionEdit, ui.requestEdit, ui.answerEdit, ui.channelCombo,
                       ui.typeCombo, ui.levelCombo, ui.firstContactCheck):
            widget.installEventFilter(self)
        for field, name in (("customer_name", "nameEdit"), ("phone", "phoneEdit"),
                            ("account_no", "accountEdit"), ("address", "addressEdit"),
                            ("subject", "subjectEdit"), ("description", "descriptionEdit"),
                            ("request", "requestEdit"), ("answer", "answerEdit")):
            getattr(ui, name).textChanged.connect(lambda *_, f=field: self.errors.clear(f))
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        ui.firstContactCheck.toggled.connect(self._first_contact_toggled)
        ui.submitButton.clicked.connect(self.submit)
        ui.clearButton.clicked.connect(self.ask_clear)
        ui.newCustomerButton.clicked.connect(self.new_customer)
        ui.copyButton.clicked.connect(self.copy_ticket_no)
        ui.openTicketButton.clicked.connect(self._open_last)
        self.lookup.customer_picked.connect(self.show_customer)
        self.lookup.customer_picked.connect(self.assist.check_repeats)
        self.lookup.open_ticket_requested.connect(self.open_ticket_requested)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.ask_clear)

    def _add_print_button(self) -> None:
        """*Print receipt* beside the new number; Ctrl+P prints the last ticket's slip."""
        from PySide6.QtWidgets import QPushButton

        from helpdesk_gui.ui.tickets.receipt_print import TicketPrinting

        self.printing = TicketPrinting(self.ctx, self)
        self.printing.failed.connect(self.ui.formErrorLabel.setText)
        self.print_button = QPushButton(self.tr("&Print receipt"), self.ui.resultFrame)
        self.print_button.setObjectName("printReceiptButton")
        self.print_button.setToolTip(self.tr("Print the receipt for the customer (Ctrl+P)"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_receipt)
        self.ui.resultLayout.insertWidget(3, self.print_button)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_receipt)

    def _add_edit_customer_button(self) -> None:
        from PySide6.QtWidgets import QPushButton

        from helpdesk_gui.services.security import permissions

        self.edit_customer_button = QPushButton(self.tr("&Edit customer…"), self.ui.customerGroup)
        self.edit_customer_button.setObjectName("editCustomerButton")
        self.edit_customer_button.setAutoDefault(False)
        self.edit_customer_button.setToolTip(self.tr("Correct the phone, address, VIP flag or "
                                                     "note of this customer"))
        self.edit_customer_button.clicked.connect(self.edit_customer)
        self.edit_customer_button.setVisible(False)
        self._may_edit_customer = permissions.allowed(self.ctx.actor, "customer.edit")
        self.ui.searchLayout.addWidget(self.edit_customer_button)

    def edit_customer(self) -> None:
        """Correct the chosen customer's record; the identity shown follows the change."""
        from helpdesk_gui.ui.tickets.customer_edit import CustomerEditDialog

        if self._customer_id is None:
            return
        dialog = CustomerEditDialog(self.ctx, self._customer_id, parent=self)
        if dialog.exec() and dialog.saved is not None:
            form = dialog.form()
            self.ui.phoneEdit.setText(form.phone or "")
            self.ui.addressEdit.setText(form.address.strip())

    def print_receipt(self) -> None:
        """Print the receipt of the ticket saved last on this page."""
        if self._last is not None:
            self.printing.print_receipt(self._last.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Ctrl+Enter saves from a text box; Enter saves from a combo or the checkbox."""
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER_KEYS:
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl or not isinstance(watched, QPlainTextEdit):
                self.submit()
                return True
        return super().eventFilter(watched, event)

    # --- classification ---------------------------------------------------------------
    def _reset_classification(self, keep_channel: bool) -> None:
        if not keep_channel:
            _select(self.ui.channelCombo, DEFAULTS["channel"])
        _select(self.ui.typeCombo, DEFAULTS["type"])
        _select(self.ui.levelCombo, DEFAULTS["level"])

    def _type_changed(self, *_args) -> None:
        """Only a consultation can be answered on the spot (首问解决)."""
        allowed = self.ui.typeCombo.currentData() in tickets.FIRST_CONTACT_TYPES
        if not allowed:
            self.ui.firstContactCheck.setChecked(False)
        self.ui.firstContactCheck.setEnabled(allowed)

    def _first_contact_toggled(self, checked: bool) -> None:
        self.ui.answerLabel.setVisible(checked)
        self.ui.answerEdit.setVisible(checked)
        self.ui.answerError.setVisible(checked)
        if not checked:
            self.errors.clear("answer")

    # --- customer identity ------------------------------------------------------------
    def show_customer(self, row: customers.CustomerRow) -> None:
        """Fill the identity from a chosen customer; it stays read-only until cleared."""
        ui = self.ui
        self.errors.clear()
        self._customer_id = row.id
        ui.nameEdit.setText(row.name)
        ui.phoneEdit.setText(row.phone or "")
        ui.accountEdit.setText(row.account_no or "")
        ui.addressEdit.setText(row.address or "")
        self._lock_identity(True)
        self.edit_customer_button.setVisible(self._may_edit_customer)
        status = self.tr("Existing customer; earlier tickets: {0}.").format(row.ticket_count)
        if row.is_vip:
            status = self.tr("★ VIP customer: priority service. {0}").format(status)
        ui.customerStatusLabel.setText(status)
        set_state(ui.customerStatusLabel, "vip", row.is_vip)
        ui.descriptionEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_customer(self) -> None:
        """Type a customer who is not in the list, starting from what was searched for."""
        self._clear_identity()
        self._prefill_from_search(self.ui.searchEdit.text().strip())
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prefill_from_search(self, query: str) -> None:
        if not query:
            return
        try:
            phone = validation.phone(query)
        except ValidationError:
            phone = None
        if phone:
            self.ui.phoneEdit.setText(phone)
        elif query.isascii() and query.replace(" ", "").isalnum():
            self.ui.accountEdit.setText(query)
        else:
            self.ui.nameEdit.setText(query)

    def _clear_identity(self) -> None:
        self._customer_id = None
        for edit in (self.ui.nameEdit, self.ui.phoneEdit, self.ui.accountEdit,
                     self.ui.addressEdit):
            edit.clear()
        self._lock_identity(False)
        self.edit_customer_button.setVisible(False)
        self.ui.customerStatusLabel.clear()
        self.lookup.forget_customer()

    def _lock_identity(self, locked: bool) -> None:
        for edit in (self.ui.nameEdit, self.ui.phoneEdit, self.ui.accountEdit,
                     self.ui.addressEdit):
            edit.setReadOnly(locked)
            set_state(edit, "locked", locked)
        self.ui.historyLabel.setEnabled(locked)

    # --- saving -----------------------------------------------------------------------
    def form(self) -> tickets.IntakeForm:
        """What is on the screen, exactly as typed (the service trims and checks it)."""
        ui = self.ui
        return tickets.IntakeForm(
            channel=ui.channelCombo.currentData(), type=ui.typeCombo.currentData(),
            level=ui.levelCombo.currentData(), customer_name=ui.nameEdit.text(),
            description=ui.descriptionEdit.toPlainText(), phone=ui.phoneEdit.text() or None,
            account_no=ui.accountEdit.text() or None, address=ui.addressEdit.text().strip(),
            subject=ui.subjectEdit.text(), request=ui.requestEdit.toPlainText(),
            first_contact_resolved=ui.firstContactCheck.isChecked(),
            request_uuid=tickets.new_request(),
            answer=ui.answerEdit.toPlainText() if ui.firstContactCheck.isChecked() else "",
            customer_id=self._customer_id, repeat_of=self.assist.repeat_of())

    def submit(self) -> None:
        """Save the request on the writer thread; ignored while a save is running."""
        if self._busy:
            return
        form, actor = self.form(), self.ctx.actor
        self.errors.clear()
        self._set_busy(True)
        self.ctx.ops.write(lambda: tickets.create_ticket(form, actor), self._saved,
                           self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.submitButton.setEnabled(not busy)
        self.ui.clearButton.setEnabled(not busy)
        self.ui.submitButton.setText(self.tr("Saving…") if busy else self.tr("&Submit"))

    def _saved(self, created: tickets.CreatedTicket) -> None:
        self._set_busy(False)
        self._last = created
        ui = self.ui
        ui.ticketNoLabel.setText(created.ticket_no)
        ui.commitmentLabel.setText(
            created.commitment_zh if self.ctx.chinese else created.commitment_en)
        ui.resultFrame.show()
        self.clear_form()
        self.ticket_created.emit(created.id, created.ticket_no)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            first = self.errors.show(exc.errors)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(exc, HelpdeskError):
            self.ui.formErrorLabel.setText(error_text(exc))
        else:
            self.ui.formErrorLabel.setText(
                self.tr("The ticket was not saved: {0}").format(exc))

    # --- after saving -----------------------------------------------------------------
    def has_typed(self) -> bool:
        """True when anything of the current customer's request is on the form."""
        ui = self.ui
        lines = (ui.nameEdit, ui.phoneEdit, ui.accountEdit, ui.addressEdit, ui.subjectEdit)
        texts = (ui.descriptionEdit, ui.requestEdit, ui.answerEdit)
        return any(e.text().strip() for e in lines) or \
            any(t.toPlainText().strip() for t in texts)

    def unsaved_work(self) -> str:
        """What would be lost if the window closed now ("" when nothing): the main window
        asks before a sign-out, a user switch or quitting throws it away."""
        if self.has_typed():
            return self.tr("the request being typed on the intake form")
        return ""

    def ask_clear(self) -> None:
        """*Clear form* / Ctrl+N: asks first when something was typed (nothing is lost
        by a slip of the finger while the customer is still talking)."""
        from PySide6.QtWidgets import QMessageBox

        if self._busy:
            return
        if self.has_typed():
            answer = QMessageBox.question(
                self, self.tr("Clear form"),
                self.tr("Erase what was typed for this customer and start again?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.clear_form()

    def clear_form(self) -> None:
        """Ready for the next customer: identity and text cleared, channel kept."""
        if self._busy:
            return
        ui = self.ui
        self.lookup.reset()
        self.assist.reset()
        self._clear_identity()
        for edit in (ui.subjectEdit, ui.descriptionEdit, ui.requestEdit, ui.answerEdit):
            edit.clear()
        ui.firstContactCheck.setChecked(False)
        self._reset_classification(keep_channel=True)
        self.errors.clear()
        ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_ticket_no(self) -> None:
        """Put the last ticket number on the clipboard (for SMS, chat or e-mail)."""
        QGuiApplication.clipboard().setText(self.ui.ticketNoLabel.text())

    def _open_last(self) -> None:
        if self._last is not None:
            self.open_ticket_requested.emit(self._last.id)

    @property
    def last_created(self) -> tickets.CreatedTicket | None:
        """The ticket saved most recently on this page, if any."""
        return self._last


def _select(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)

