"""What the clerk tells the customer matches the clock the target runs on."""

from __future__ import annotations

from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


def _created(clerk, level):
    return create_ticket(IntakeForm(channel="counter", type="repair", level=level,
                                    customer_name="张三", phone=f"1380000000{level}",
                                    description="水压低"), clerk)


def test_business_clock_promises_working_hours(clerk):
    created = _created(clerk, 3)
    assert "8个工作小时内" in created.commitment_zh and "3个工作日内" in created.commitment_zh
    assert "8 business hours" in created.commitment_en


def test_round_the_clock_promises_hours(clerk):
    created = _created(clerk, 2)
    assert "4小时内" in created.commitment_zh and "工作小时" not in created.commitment_zh
