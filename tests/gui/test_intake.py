"""The counter intake page, driven as a clerk drives it: keys, clicks, what shows.

Chinese text is typed the way a Chinese input method delivers it (a committed string),
because QTest key clicks only know ASCII keys; ASCII is typed key by key.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QWidget

from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.tickets.intake import IntakePage

SQL = "'); DROP TABLE ticket;--"


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type ASCII key by key and anything else as an input-method commit."""
    run = ""
    for char in text + "\0":
        if char.isascii() and char != "\0":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(widget, event)


def paste_into(qtbot, widget: QWidget, text: str) -> None:
    """Paste with Ctrl+V, as a clerk does with a long text from a letter or e-mail."""
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def page(ctx, qtbot):
    widget = IntakePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    return widget


def fill_basic(qtbot, page, name="张三", phone="13812345678", description="家里停电了"):
    ui = page.ui
    type_into(qtbot, ui.nameEdit, name)
    type_into(qtbot, ui.phoneEdit, phone)
    type_into(qtbot, ui.descriptionEdit, description)


def submit(qtbot, page) -> None:
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)


def assert_error_beside(page, field_widget: QWidget, error_label, *words: str) -> None:
    """The reason is shown, red, to the right of its field and on the same line."""
    assert error_label.isVisible()
    text = error_label.text()
    for word in words:
        assert word in text, text
    field = field_widget.geometry()
    label = error_label.geometry()
    assert field_widget.parentWidget() is error_label.parentWidget()
    assert label.left() >= field.right()
    assert label.top() < field.bottom() and label.bottom() > field.top()


# --- a successful intake -----------------------------------------------------------------
def test_successful_intake_shows_big_number_and_clears_form(page, qtbot, clerk):
    ui = page.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("phone"))
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("repair"))
    fill_basic(qtbot, page)
    type_into(qtbot, ui.accountEdit, "A10002")
    type_into(qtbot, ui.requestEdit, "尽快恢复供电")

    with qtbot.waitSignal(page.ticket_created) as signal:
        submit(qtbot, page)

    ticket_id, ticket_no = signal.args
    ticket = Ticket.get_by_id(ticket_id)
    assert ticket.ticket_no == ticket_no
    assert (ticket.channel, ticket.type, ticket.level) == ("phone", "repair", 3)
    assert (ticket.customer_name, ticket.description, ticket.request) == (
        "张三", "家里停电了", "尽快恢复供电")
    assert ticket.received_by_id == clerk.id
    assert ticket.customer.account_no == "A10002"
    # the number, large and selectable, with the commitment in Chinese
    assert ui.resultFrame.isVisible()
    assert ui.ticketNoLabel.text() == ticket_no
    font = ui.ticketNoLabel.font()
    assert font.pointSize() >= 28 and font.bold()
    assert ui.ticketNoLabel.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert ui.commitmentLabel.text() == page.last_created.commitment_zh
    assert "联系" in ui.commitmentLabel.text()
    # ready for the next customer: identity and text cleared, channel kept
    for edit in (ui.nameEdit, ui.phoneEdit, ui.accountEdit, ui.addressEdit, ui.subjectEdit):
        assert edit.text() == ""
    assert ui.descriptionEdit.toPlainText() == "" and ui.requestEdit.toPlainText() == ""
    assert ui.channelCombo.currentData() == "phone"
    assert ui.typeCombo.currentData() == "consultation"
    assert ui.submitButton.isEnabled()
    assert ui.searchEdit.hasFocus()


def test_copy_button_puts_the_number_on_the_clipboard(page, qtbot):
    fill_basic(qtbot, page)
    submit(qtbot, page)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == page.last_created.ticket_no


def test_english_interface_shows_english_greeting_and_commitment(ctx, qtbot):
    ctx.language = "en"
    page = IntakePage(ctx)
    qtbot.addWidget(page)
    assert page.ui.greetingLabel.text() == "Hello, glad to serve you."
    assert page.ui.openQuestionLabel.text() == "How can I help you?"
    fill_basic(qtbot, page)
    submit(qtbot, page)
    assert page.ui.commitmentLabel.text() == page.last_created.commitment_en


def test_chinese_interface_greets_in_chinese(page):
    assert page.ui.greetingLabel.text() == "您好，很高兴为您服务"
    assert page.ui.openQuestionLabel.text() == "请问有什么可以帮您？"
    assert "王芳" in page.ui.clerkLabel.text() and "1001" in page.ui.clerkLabel.text()


def test_defaults_are_counter_consultation_level_3(page):
    ui = page.ui
    assert ui.channelCombo.currentData() == "counter"
    assert ui.typeCombo.currentData() == "consultation"
    assert ui.levelCombo.currentData() == 3
    assert ui.channelCombo.count() == 7 and ui.typeCombo.count() == 5
    assert ui.levelCombo.count() == 3


# --- keyboard ----------------------------------------------------------------------------
def test_enter_in_a_single_line_field_submits(page, qtbot):
    fill_basic(qtbot, page)
    with qtbot.waitSignal(page.ticket_created):
        qtbot.keyClick(page.ui.phoneEdit, Qt.Key.Key_Return)
    assert Ticket.select().count() == 1


def test_enter_in_description_is_a_new_line_and_ctrl_enter_submits(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page, description="第一行")
    with qtbot.assertNotEmitted(page.ticket_created):
        qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_Return)
        type_into(qtbot, ui.descriptionEdit, "第二行")
    assert Ticket.select().count() == 0

    with qtbot.waitSignal(page.ticket_created):
        qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert Ticket.get().description == "第一行\n第二行"


def test_ctrl_n_clears_for_the_next_customer(page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    ui = page.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("letter"))
    fill_basic(qtbot, page)
    type_into(qtbot, ui.searchEdit, "138")
    ui.descriptionEdit.setFocus()

    qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert ui.nameEdit.text() == "" and ui.phoneEdit.text() == ""
    assert ui.descriptionEdit.toPlainText() == "" and ui.searchEdit.text() == ""
    assert ui.channelCombo.currentData() == "letter"
    assert ui.searchEdit.hasFocus()
    assert Ticket.select().count() == 0
    assert len(asked) == 1  # it asked before erasing


def test_clear_form_keeps_everything_when_the_clerk_says_no(page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    fill_basic(qtbot, page)
    qtbot.mouseClick(page.ui.clearButton, Qt.MouseButton.LeftButton)
    assert page.ui.nameEdit.text() == "张三"
    assert page.ui.descriptionEdit.toPlainText() == "家里停电了"


def test_tab_walks_the_identity_then_the_request(page, qtbot):
    ui = page.ui
    ui.nameEdit.setFocus()
    order = [ui.phoneEdit, ui.accountEdit, ui.addressEdit]
    for expected in order:
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
        assert expected.hasFocus()
    ui.subjectEdit.setFocus()
    qtbot.keyClick(ui.subjectEdit, Qt.Key.Key_Tab)
    assert ui.descriptionEdit.hasFocus()  # Tab leaves a text box instead of typing a tab
    qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_Tab)
    assert ui.requestEdit.hasFocus()
    assert ui.descriptionEdit.toPlainText() == ""


def test_labels_have_mnemonics_and_buddies(page, qtbot):
    ui = page.ui
    pairs = [(ui.nameLabel, ui.nameEdit), (ui.phoneLabel, ui.phoneEdit),
             (ui.accountLabel, ui.accountEdit), (ui.addressLabel, ui.addressEdit),
             (ui.searchLabel, ui.searchEdit), (ui.channelLabel, ui.channelCombo),
             (ui.typeLabel, ui.typeCombo), (ui.levelLabel, ui.levelCombo),
             (ui.subjectLabel, ui.subjectEdit), (ui.descriptionLabel, ui.descriptionEdit),
             (ui.requestLabel, ui.requestEdit), (ui.answerLabel, ui.answerEdit),
             (ui.historyLabel, ui.historyTree)]
    letters = []
    for label, buddy in pairs:
        assert label.buddy() is buddy
        text = label.text()
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), letters
    ui.searchEdit.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert ui.descriptionEdit.hasFocus()


# --- customer lookup ---------------------------------------------------------------------
@pytest.fixture
def known_customer(clerk):
    """张三 (VIP) with two earlier tickets."""
    first = create_ticket(IntakeForm("counter", "repair", 3, "张三", "停电了",
                                     phone="13812345678"), clerk)
    create_ticket(IntakeForm("phone", "consultation", 3, "张三", "电费为什么这么高",
                             phone="13812345678"), clerk)
    Customer.update(is_vip=True).where(Customer.id == first.customer_id).execute()
    create_ticket(IntakeForm("counter", "complaint", 3, "李四", "排队太久",
                             phone="13900001111"), clerk)
    return Customer.get_by_id(first.customer_id)


def click_item(qtbot, view, rect, double=False) -> None:
    """Click (or double-click: a click, then the second press) an item's centre."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lookup_shows_earlier_tickets_and_reuses_the_customer(page, qtbot, known_customer):
    ui = page.ui
    type_into(qtbot, ui.searchEdit, "1381234")
    qtbot.waitUntil(lambda: ui.resultsList.count() == 1, timeout=3000)
    item = ui.resultsList.item(0)
    assert "张三" in item.text() and "VIP" in item.text()
    assert "13812345678" not in item.text()  # masked in the list seen across the counter

    click_item(qtbot, ui.resultsList, ui.resultsList.visualItemRect(item))

    assert ui.nameEdit.text() == "张三" and ui.phoneEdit.text() == "13812345678"
    assert ui.nameEdit.isReadOnly() and ui.phoneEdit.isReadOnly()
    assert "VIP" in ui.customerStatusLabel.text()
    assert ui.historyTree.topLevelItemCount() == 2
    assert ui.historyTree.topLevelItem(0).text(4) == "电费为什么这么高"  # newest first

    type_into(qtbot, ui.descriptionEdit, "又停电了")
    with qtbot.waitSignal(page.ticket_created) as signal:
        submit(qtbot, page)

    assert Customer.select().count() == 2  # 张三 and 李四, no duplicate
    assert Ticket.get_by_id(signal.args[0]).customer_id == known_customer.id
    assert Ticket.select().where(Ticket.customer == known_customer.id).count() == 3


def test_typing_a_known_phone_without_lookup_still_reuses_the_customer(page, qtbot,
                                                                      known_customer):
    fill_basic(qtbot, page, description="水表漏水")
    submit(qtbot, page)
    assert Customer.select().count() == 2
    assert page.last_created.customer_id == known_customer.id


def test_earlier_ticket_opens_on_double_click_and_enter(page, qtbot, known_customer):
    ui = page.ui
    type_into(qtbot, ui.searchEdit, "张")
    qtbot.waitUntil(lambda: ui.resultsList.count() == 1, timeout=3000)
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Down)
    assert ui.resultsList.hasFocus()
    qtbot.keyClick(ui.resultsList, Qt.Key.Key_Return)  # Enter picks the customer
    assert ui.historyTree.topLevelItemCount() == 2

    tree = ui.historyTree
    second = tree.topLevelItem(1)
    wanted = Ticket.get(Ticket.ticket_no == second.text(0)).id
    with qtbot.waitSignal(page.open_ticket_requested) as signal:
        click_item(qtbot, tree, tree.visualItemRect(second), double=True)
    assert signal.args == [wanted]

    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    first_id = Ticket.get(Ticket.ticket_no == tree.topLevelItem(0).text(0)).id
    with qtbot.waitSignal(page.open_ticket_requested) as signal:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert signal.args == [first_id]


def test_enter_in_the_search_box_searches_at_once_instead_of_saving(page, qtbot,
                                                                    known_customer):
    ui = page.ui
    type_into(qtbot, ui.searchEdit, "13900")
    with qtbot.assertNotEmitted(page.ticket_created):
        qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Return)
    assert ui.resultsList.count() == 1  # no wait for the pause after typing
    assert ui.resultsList.hasFocus() and ui.resultsList.currentRow() == 0
    qtbot.keyClick(ui.resultsList, Qt.Key.Key_Return)
    assert ui.nameEdit.text() == "李四"


def test_new_customer_unlocks_identity_and_starts_from_the_search(page, qtbot,
                                                                 known_customer):
    ui = page.ui
    type_into(qtbot, ui.searchEdit, "张")
    qtbot.waitUntil(lambda: ui.resultsList.count() == 1, timeout=3000)
    click_item(qtbot, ui.resultsList, ui.resultsList.visualItemRect(ui.resultsList.item(0)))
    assert ui.nameEdit.isReadOnly()

    ui.searchEdit.setText("13700001234")
    qtbot.mouseClick(ui.newCustomerButton, Qt.MouseButton.LeftButton)

    assert not ui.nameEdit.isReadOnly()
    assert ui.nameEdit.text() == "" and ui.phoneEdit.text() == "13700001234"
    assert ui.historyTree.topLevelItemCount() == 0
    assert ui.nameEdit.hasFocus()


def test_late_lookup_answers_are_ignored(page, qtbot, known_customer, monkeypatch):
    ui = page.ui
    pending = []
    monkeypatch.setattr(page.ctx.ops, "read",
                        lambda fn, on_done=None, on_error=None: pending.append((fn, on_done)))
    ui.searchEdit.setText("1")
    page.lookup.search_now()
    ui.searchEdit.setText("139")
    page.lookup.search_now()
    assert len(pending) == 2

    newer_fn, newer_done = pending[1]
    older_fn, older_done = pending[0]
    newer_done(newer_fn())
    older_done(older_fn())  # the slower, older search answers last

    assert ui.resultsList.count() == 1
    assert "李四" in ui.resultsList.item(0).text()


def test_lookup_waits_for_the_clerk_to_stop_typing(page, qtbot, known_customer,
                                                  monkeypatch):
    calls = []
    real_read = page.ctx.ops.read
    monkeypatch.setattr(page.ctx.ops, "read",
                        lambda fn, *a: (calls.append(fn), real_read(fn, *a)))
    type_into(qtbot, page.ui.searchEdit, "13812")
    assert calls == []  # nothing yet: typing is still going on
    qtbot.waitUntil(lambda: page.ui.resultsList.count() == 1, timeout=3000)
    assert len(calls) == 1  # one search for five key presses


# --- first contact -----------------------------------------------------------------------
def test_consultation_resolved_at_first_contact_is_closed(page, qtbot):
    ui = page.ui
    assert not ui.answerEdit.isVisible()
    fill_basic(qtbot, page, description="电费怎么交")
    qtbot.mouseClick(ui.firstContactCheck, Qt.MouseButton.LeftButton,
                     pos=QPoint(5, ui.firstContactCheck.height() // 2))
    assert ui.firstContactCheck.isChecked() and ui.answerEdit.isVisible()
    type_into(qtbot, ui.answerEdit, "可在营业厅或微信缴费")

    with qtbot.waitSignal(page.ticket_created) as signal:
        submit(qtbot, page)

    ticket = Ticket.get_by_id(signal.args[0])
    assert ticket.status == "closed"
    assert ticket.first_contact_resolved is True
    assert ticket.resolution == "可在营业厅或微信缴费"
    assert "首问解决" in ui.commitmentLabel.text()
    assert not ui.firstContactCheck.isChecked() and not ui.answerEdit.isVisible()


def test_first_contact_is_only_for_consultations(page):
    ui = page.ui
    ui.firstContactCheck.setChecked(True)
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("complaint"))
    assert not ui.firstContactCheck.isEnabled()
    assert not ui.firstContactCheck.isChecked()
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("consultation"))
    assert ui.firstContactCheck.isEnabled()


def test_first_contact_without_answer_is_refused_beside_the_answer(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page)
    ui.firstContactCheck.setChecked(True)
    submit(qtbot, page)
    assert Ticket.select().count() == 0
    assert_error_beside(page, ui.answerEdit, ui.answerError, "Required")
    assert ui.answerEdit.hasFocus()


# --- bad input ---------------------------------------------------------------------------
def test_empty_description_is_reported_beside_it_and_nothing_is_lost(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page, description="")
    type_into(qtbot, ui.subjectEdit, "停电")
    with qtbot.assertNotEmitted(page.ticket_created):
        submit(qtbot, page)

    assert Ticket.select().count() == 0
    assert_error_beside(page, ui.descriptionEdit, ui.descriptionError, "Required")
    assert ui.descriptionEdit.hasFocus()
    assert (ui.nameEdit.text(), ui.phoneEdit.text(), ui.subjectEdit.text()) == (
        "张三", "13812345678", "停电")
    assert "1" in ui.formErrorLabel.text()
    assert ui.nameError.text() == "" and ui.phoneError.text() == ""


def test_overlong_description_is_reported_not_truncated(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page, description="")
    paste_into(qtbot, ui.descriptionEdit, "长" * 4001)
    submit(qtbot, page)

    assert Ticket.select().count() == 0
    assert_error_beside(page, ui.descriptionEdit, ui.descriptionError, "4001", "4000")
    assert ui.descriptionEdit.toPlainText() == "长" * 4001


def test_malformed_phone_is_reported_beside_the_phone(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page, phone="12345")
    submit(qtbot, page)

    assert Ticket.select().count() == 0 and Customer.select().count() == 0
    assert_error_beside(page, ui.phoneEdit, ui.phoneError, "11")
    assert ui.phoneEdit.hasFocus()
    assert ui.phoneEdit.text() == "12345"
    assert ui.descriptionEdit.toPlainText() == "家里停电了"


def test_emoji_in_name_is_reported_beside_the_name(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page, name="李四😀", phone="12")
    submit(qtbot, page)

    assert Ticket.select().count() == 0
    assert_error_beside(page, ui.nameEdit, ui.nameError, "letters")
    assert_error_beside(page, ui.phoneEdit, ui.phoneError)
    assert ui.nameEdit.hasFocus()  # the first bad field in form order
    assert ui.nameEdit.text() == "李四😀"


def test_error_goes_away_when_the_field_is_corrected(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page, phone="12345")
    submit(qtbot, page)
    assert ui.phoneError.text()
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Backspace)
    assert ui.phoneError.text() == ""
    ui.phoneEdit.setText("13812345678")
    with qtbot.waitSignal(page.ticket_created):
        qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Enter)
    assert ui.formErrorLabel.text() == ""


def test_sql_looking_text_is_stored_verbatim(page, qtbot):
    ui = page.ui
    fill_basic(qtbot, page, description=SQL)
    type_into(qtbot, ui.subjectEdit, SQL)
    with qtbot.waitSignal(page.ticket_created) as signal:
        submit(qtbot, page)
    ticket = Ticket.get_by_id(signal.args[0])
    assert ticket.description == SQL and ticket.subject == SQL
    assert Ticket.select().count() == 1


def test_emoji_in_description_is_kept(page, qtbot):
    fill_basic(qtbot, page, description="停电了😭🔥")
    with qtbot.waitSignal(page.ticket_created) as signal:
        submit(qtbot, page)
    assert Ticket.get_by_id(signal.args[0]).description == "停电了😭🔥"


def test_phone_and_account_of_different_customers_reported_beside_account(page, qtbot,
                                                                         known_customer):
    ui = page.ui
    create_ticket(IntakeForm("counter", "repair", 3, "王五", "x", account_no="A20001"),
                  page.ctx.actor)
    fill_basic(qtbot, page)
    type_into(qtbot, ui.accountEdit, "A20001")
    submit(qtbot, page)
    assert_error_beside(page, ui.accountEdit, ui.accountError, "王五", "张三")
    assert Customer.select().count() == 3


# --- busy --------------------------------------------------------------------------------
def test_submit_is_disabled_while_saving(page, qtbot, monkeypatch):
    ui = page.ui
    pending = []
    monkeypatch.setattr(page.ctx.ops, "write",
                        lambda fn, on_done=None, on_error=None:
                        pending.append((fn, on_done, on_error)))
    fill_basic(qtbot, page)

    submit(qtbot, page)
    assert not ui.submitButton.isEnabled()
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Return)  # a second Enter while saving
    page.submit()
    assert len(pending) == 1

    fn, on_done, _ = pending[0]
    with qtbot.waitSignal(page.ticket_created):
        on_done(fn())
    assert ui.submitButton.isEnabled()
    assert Ticket.select().count() == 1
