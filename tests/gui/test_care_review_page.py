"""The review list page: draw the sample, record findings, raise an error."""

from __future__ import annotations

from helpdesk_gui.domain.quality.models import ReviewItem, ServiceError
from helpdesk_gui.ui.quality.review_page import ReviewPage
from tests.unit.kpi.conftest import make_ticket


def test_draw_and_review(qtbot, ctx, branch, clerk, handler, supervisor):
    make_ticket(branch, clerk, "R1", "2026-03-02 02:00", type="repair", status="closed",
                closed_at="2026-03-10 02:00", assignee=handler, resolution="更换水表")
    ctx.actor = supervisor
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.month.setText("2026-03")
    page.draw_button.click()
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "R1"
    page.table.setCurrentCell(0, 0)
    assert page.record_text.text() == "更换水表" and page.complete.isChecked()
    assert page.correct.isChecked() and not page.confirmed.isChecked()
    page.correct.setChecked(False)
    page.note.setPlainText("没有联系客户确认就办结")
    page.error_kind.setCurrentIndex(page.error_kind.findData("wrong_procedure"))
    page.save_button.click()
    item = ReviewItem.get()
    assert item.reviewed_at is not None and item.handling_correct is False
    assert ServiceError.get().found_by == "review"
    assert "1" in page.completion.text()
    page.table.setCurrentCell(0, 0)  # reviewed: findings shown, not recorded twice
    assert not page.save_button.isEnabled() and "没有联系" in page.note.toPlainText()


def test_choose_a_ticket_first(qtbot, ctx, supervisor):
    ctx.actor = supervisor
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.save_button.click()
    assert page.status.text()
