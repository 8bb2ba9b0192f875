"""A supervisor edits a care setting on screen; it is stored as a new version."""

from __future__ import annotations

from helpdesk_gui.services.quality import settings, targets
from helpdesk_gui.ui.quality.care_settings_page import CareSettingsPage


def _row(page, name):
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == name)


def test_targets_edited_and_versioned(qtbot, ctx, supervisor):
    ctx.actor = supervisor
    page = CareSettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.key.currentData() == "kpi_targets"
    row = _row(page, "complaint_rate")
    assert page.table.item(row, 1).text() == "< 0.03"
    page.table.item(row, 1).setText("< 0.02")
    page.note.setText("年度目标")
    page.save_button.click()
    assert targets.current()["complaint_rate"] == ["<", 0.02] and targets.version() == 1
    assert page.versions.count() == 1 and "年度目标" in page.versions.item(0).text()


def test_word_list_and_bad_values(qtbot, ctx, supervisor):
    ctx.actor = supervisor
    page = CareSettingsPage(ctx)
    qtbot.addWidget(page)
    page.key.setCurrentIndex(page.key.findData("surveys"))
    page.table.item(_row(page, "abuse_words"), 1).setText("饭桶、混蛋")
    page.table.item(_row(page, "min_comment"), 1).setText("十")
    page.save_button.click()
    assert "min_comment" in page.status.text() and settings.current_version("surveys") == 0
    page.table.item(_row(page, "min_comment"), 1).setText("10")
    page.save_button.click()
    assert settings.current("surveys")["abuse_words"] == ["饭桶", "混蛋"]


def test_counter_staff_may_not_change_settings(qtbot, ctx):
    page = CareSettingsPage(ctx)
    qtbot.addWidget(page)
    page.save_button.click()
    assert "settings.edit" in page.status.text() and settings.current_version("kpi_targets") == 0
