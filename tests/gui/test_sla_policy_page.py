"""The service-level policy editor: save a new version; tickets keep theirs."""

from __future__ import annotations

import pytest

from helpdesk_gui.domain.sla.models import TicketSla
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.services.tickets import intake as tickets
from helpdesk_gui.ui.sla.policy_page import ROWS, SlaPolicyPage


def _ticket(clerk, phone):
    return tickets.create_ticket(tickets.IntakeForm(
        channel="counter", type="repair", level=2, customer_name="张三", phone=phone,
        description="水压低"), clerk).id


@pytest.fixture
def page(qtbot, ctx, supervisor):
    ctx.actor = supervisor
    widget = SlaPolicyPage(ctx)
    qtbot.addWidget(widget)
    return widget


def _row(level, name):
    return ROWS.index((level, name))


def test_saving_makes_a_new_version_and_old_tickets_keep_theirs(page, clerk):
    before = _ticket(clerk, "13800000001")
    assert page.version == 1
    page.table.cellWidget(_row(2, "response"), 1).setValue(2)  # 4 h → 2 h for level 2
    page.note.setText("响应时限收紧")
    page.save_button.click()
    assert page.version == 2 and "2" in page.status.text()
    version, policy = sla_setup.current_policy()
    assert version == 2 and policy.target(2, "response").amount == 2
    after = _ticket(clerk, "13800000002")
    assert TicketSla.get(TicketSla.ticket == before).policy_version == 1
    assert TicketSla.get(TicketSla.ticket == after).policy_version == 2
    assert page.history.rowCount() == 2 and page.history.item(0, 3).text() == "响应时限收紧"


def test_a_bad_combination_is_refused_naming_the_field(page):
    row = _row(1, "resolution")
    unit = page.table.cellWidget(row, 2)
    unit.setCurrentIndex(unit.findData("working_days"))  # working days on a 24x7 clock
    page.save_button.click()
    assert "levels.1.resolution.clock" in page.status.text()
    assert sla_setup.current_policy()[0] == 1


def test_a_counter_clerk_cannot_save(qtbot, ctx):
    widget = SlaPolicyPage(ctx)  # ctx.actor is the counter clerk
    qtbot.addWidget(widget)
    assert not widget.save_button.isEnabled()


def test_the_installed_version_is_described_in_words_not_a_code(page):
    page.show()
    note = page.history.item(0, 3).text()
    assert "SERVICE_STANDARD" not in note and "service standard" in note
    assert page.history.item(0, 2).text() == "(system)"
    assert not page.history.verticalHeader().isVisible()
    combo = page.table.cellWidget(_row(3, "response"), 3)
    assert page.table.columnWidth(3) >= combo.sizeHint().width()
