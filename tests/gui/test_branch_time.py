"""Times and default dates on screen are the branch's, whatever zone the PC is set to."""

from __future__ import annotations

import dataclasses
import os
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.training.models import MODELS
from helpdesk_gui.services.security import backup
from helpdesk_gui.services.security import staff as staff_service


def _day_in(zone: str):
    return datetime.now(UTC).astimezone(ZoneInfo(zone)).date()


@pytest.fixture
def pc_zone(branch):
    """Set the PC's zone to one whose calendar day differs from the branch's right now
    (one of UTC−12 and UTC+14 always does, for a branch anywhere in between)."""
    home = _day_in(branch.timezone)
    chosen = next(z for z in ("Etc/GMT+12", "Etc/GMT-14") if _day_in(z) != home)
    before = os.environ.get("TZ")
    os.environ["TZ"] = chosen
    time.tzset()
    yield chosen
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_pc_zone_really_differs(pc_zone, branch):
    from PySide6.QtCore import QDate

    assert QDate.currentDate().toPython() != _day_in(branch.timezone)


def test_backup_list_shows_branch_time(qtbot, ctx, branch, pc_zone, tmp_path):
    from helpdesk_gui.ui.security.backup_page import BackupPage

    admin = staff_service.create_staff(branch, "9001", "孙丽", "admin")
    ctx.settings.setValue("backup/dir", str(tmp_path / "bk"))
    at = datetime(2026, 3, 1, 23, 30, 5)  # UTC: 07:30 the next morning in Beijing
    backup.create(tmp_path / "bk", actor=admin, now=at)
    page = BackupPage(dataclasses.replace(ctx, actor=admin))
    qtbot.addWidget(page)
    assert page.table.item(0, 0).text() == "2026-03-02 07:30:05"
    page.create_backup()  # made now: shown as the branch's present time
    shown = datetime.strptime(page.table.item(0, 0).text(), "%Y-%m-%d %H:%M:%S")
    local_now = datetime.now(UTC).astimezone(ZoneInfo(branch.timezone)).replace(tzinfo=None)
    assert abs(shown - local_now) < timedelta(minutes=2)


def test_new_training_session_defaults_to_the_branch_day(qtbot, ctx, supervisor, pc_zone):
    from helpdesk_gui.ui.training.training_page import TrainingPage

    database_proxy.obj.create_tables(MODELS)
    page = TrainingPage(dataclasses.replace(ctx, actor=supervisor))
    qtbot.addWidget(page)
    today = _day_in(ctx.branch.timezone)
    assert page.courses_tab.date_edit.date().toPython() == today
    quality = page.quality_tab
    assert quality.year_spin.value() == today.year
    assert quality.quarter_combo.currentData() == (today.month - 1) // 3 + 1


def test_default_dates_of_other_pages_are_the_branch_day(qtbot, ctx, supervisor, pc_zone):
    from helpdesk_gui.ui.quality.reports_page import ReportsPage
    from helpdesk_gui.ui.sla.calendar_page import CalendarAdminPage
    from helpdesk_gui.ui.suggestions.suggestion_detail import SuggestionDetail

    today = _day_in(ctx.branch.timezone)
    sup = dataclasses.replace(ctx, actor=supervisor)
    detail = SuggestionDetail(sup)
    calendar = CalendarAdminPage(sup)
    reports = ReportsPage(sup)
    for widget in (detail, calendar, reports):
        qtbot.addWidget(widget)
    assert detail.due.date().toPython() == today + timedelta(days=30)
    assert calendar.day.date().toPython() == today
    assert calendar.year.value() == today.year
    assert reports.month.itemText(0) == today.strftime("%Y-%m")
