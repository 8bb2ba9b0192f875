"""The Sync page: a branch exports a bundle to a folder, headquarters imports it with a
progress bar, both see what was sent and received, and a conflict is listed with its
decision; the status bar reminds a branch that has sent nothing for N days."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from helpdesk_gui.app import i18n
from helpdesk_gui.app.context import AppContext
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.db import open_database, secret
from helpdesk_gui.db.connect import bind, database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sync.models import SyncOutgoing, SyncSelf
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sync import overview, sites
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.sync.sync_page import SyncPage


class Site:
    """One site's database and configuration folder (its keys) in this process."""

    def __init__(self, root: Path, code: str, name: str, role: str) -> None:
        self.code, self.dir = code, root / code
        self.dir.mkdir(parents=True)
        self.database = open_database(f"sqlite:///{self.dir / 'helpdesk.db'}", migrate=True)
        self.use()
        self.branch = staff_service.ensure_branch(code, name)
        self.admin = staff_service.create_staff(self.branch, f"{code}-A", "管理员", "admin")
        self.key = sites.init_site(self.admin, role)

    def use(self) -> Site:
        os.environ[secret.CONFIG_ENV] = str(self.dir / "config")
        secret.forget_cached_key()
        bind(self.database)
        return self

    def context(self, qapp) -> AppContext:
        self.use()
        actor = Staff.get_by_id(self.admin.id)
        settings = QSettings(str(self.dir / "settings.ini"), QSettings.Format.IniFormat)
        return AppContext(ops=OpRunner(synchronous=True), actor=actor, branch=actor.branch,
                          database_display=str(self.dir), settings=settings,
                          language="zh_CN")


@pytest.fixture
def network(tmp_path):
    """Headquarters and one branch office that know each other's keys."""
    before = os.environ.get(secret.CONFIG_ENV)
    hq = Site(tmp_path, "HQ", "总部", "hq")
    branch = Site(tmp_path, "BJ01", "北京朝阳营业厅", "branch")
    hq.use()
    sites.add_site(hq.admin, "BJ01", "北京朝阳营业厅", "branch", branch.key)
    branch.use()
    sites.add_site(branch.admin, "HQ", "总部", "hq", hq.key)
    clerk = staff_service.create_staff(branch.branch, "1001", "王芳", "counter")
    for i, text in enumerate(("朝阳路小区停电", "水费比上月高", "燃气表不走字")):
        create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                 customer_name="张伟", description=text,
                                 phone=f"1390000000{i}"), clerk)
    yield hq, branch
    for site in (hq, branch):
        site.database.close()
    database_proxy.initialize(None)
    if before is None:  # the next test gets this run's own configuration folder back
        os.environ.pop(secret.CONFIG_ENV, None)
    else:
        os.environ[secret.CONFIG_ENV] = before
    secret.forget_cached_key()


def _page(qtbot, ctx) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _export(page, monkeypatch, folder: Path) -> Path:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.ui.exportButton.click()
    made = sorted(folder.glob("*.hdsync"))
    assert made, page.status.text()
    return made[-1]


def _import(page, monkeypatch, path: Path) -> list[tuple[int, int]]:
    """Import through the button; the progress shown: (done, total) while the bar is up."""
    seen: list[tuple[int, int]] = []
    page.bar.valueChanged.connect(
        lambda value: page.bar.isVisible() and value and seen.append(
            (value, page.bar.maximum())))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.ui.importButton.click()
    return seen


def test_export_at_a_branch_then_import_at_headquarters(qtbot, qapp, network, tmp_path,
                                                        monkeypatch):
    hq, branch = network
    drive = tmp_path / "usb"
    drive.mkdir()
    page = _page(qtbot, branch.context(qapp))
    assert page.ui.targetSite.currentData() == "HQ"
    assert page.sites.item(0, 7).text() != "0"  # tickets waiting to travel
    bundle = _export(page, monkeypatch, drive)
    assert "HQ" in page.status.text() and str(bundle) in page.status.text()
    assert page.sites.item(0, 2).text() == "1"  # bundle 1 sent
    assert "Last bundle made 0 days ago." in page.ui.siteLabel.text()
    assert not page.ui.reminderDays.isHidden()
    assert page.sites.item(0, 3).text() != "—"

    hq_page = _page(qtbot, hq.context(qapp))
    assert hq_page.sites.item(0, 4).text() == "—"  # nothing received yet
    assert "No bundle made yet." in hq_page.ui.siteLabel.text()
    assert hq_page.ui.reminderDays.isHidden()  # headquarters is not reminded
    progress = _import(hq_page, monkeypatch, bundle)
    assert progress and progress[-1][0] == progress[-1][1] > 0  # the bar reached the end
    assert hq_page.bar.isHidden()  # and is put away when done
    assert "BJ01" in hq_page.status.text()
    assert Ticket.select().where(Ticket.ticket_no.startswith("BJ01-")).count() == 3
    assert hq_page.sites.item(0, 4).text() == "1" and hq_page.sites.item(0, 5).text() != "—"
    _import(hq_page, monkeypatch, bundle)  # the same bundle twice: a no-op that says so
    assert hq_page.status.text() == "Bundle 1 from BJ01 was applied before: nothing changed."
    assert Ticket.select().where(Ticket.ticket_no.startswith("BJ01-")).count() == 3


def test_a_conflict_is_listed_with_its_decision(qtbot, qapp, network, tmp_path, monkeypatch):
    hq, branch = network
    page = _page(qtbot, branch.context(qapp))
    first = _export(page, monkeypatch, tmp_path)
    hq_page = _page(qtbot, hq.context(qapp))
    _import(hq_page, monkeypatch, first)
    assert hq_page.conflicts.rowCount() == 0
    branch.use()  # the branch renames a staff account: headquarters owns staff accounts
    Staff.update(name="王芳芳", updated_at=utcnow() + timedelta(minutes=1)).where(
        Staff.employee_no == "1001").execute()
    page = _page(qtbot, branch.context(qapp))
    second = _export(page, monkeypatch, tmp_path)
    assert second != first
    hq_page = _page(qtbot, hq.context(qapp))
    _import(hq_page, monkeypatch, second)
    assert hq_page.conflicts.rowCount() >= 1
    row = [hq_page.conflicts.item(0, c).text() for c in range(8)]
    assert row[1] == "Staff member" and row[3] == "BJ01" and row[4] == "2"
    assert row[2] == "1001 王芳"  # the record for people; its identity in the tooltip
    assert len(hq_page.conflicts.item(0, 2).toolTip()) == 36
    assert row[6] == "Ours kept"
    assert row[7] == "changed by BJ01, but the record belongs to HQ: not applied"
    assert Staff.get(Staff.employee_no == "1001").name == "王芳"  # headquarters' kept
    installed = i18n.install_translators(qapp, "zh_CN")
    try:  # a Chinese reader reads why in Chinese (the row keeps its English sentence)
        hq_page = _page(qtbot, hq.context(qapp))
        assert hq_page.conflicts.item(0, 7).text() == "由 BJ01 修改，但该记录属于 HQ：未采用"
        assert hq_page.conflicts.item(0, 1).text() == "员工"
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)


def test_reminder_days_are_a_hall_setting_and_hint_in_the_status_bar(qtbot, qapp, network,
                                                                     tmp_path, monkeypatch):
    from helpdesk_gui.ui.main_window import MainWindow

    hq, branch = network
    ctx = branch.context(qapp)
    SyncSelf.update(created_at=utcnow() - timedelta(days=8)).execute()  # set up a week ago
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.sync_hint.isVisibleTo(window) and "8" in window.sync_hint.text()
    page = window.page("sync")
    assert page.ui.reminderDays.value() == overview.DEFAULT_REMINDER_DAYS
    page.ui.reminderDays.setValue(10)
    page.ui.saveReminderButton.click()
    assert overview.reminder_days(ctx.branch.id) == 10
    window.check_sync_hint()
    assert not window.sync_hint.isVisibleTo(window)  # 8 days < 10
    _export(page, monkeypatch, tmp_path)  # a bundle made: the hint stays away
    assert SyncOutgoing.select().count() == 1
    assert not window.sync_hint.isVisibleTo(window)
    hq_window = MainWindow(hq.context(qapp))  # headquarters is never reminded
    qtbot.addWidget(hq_window)
    assert not hq_window.sync_hint.isVisibleTo(hq_window)


def test_an_import_refreshes_the_ticket_list_and_its_branch_choice(qtbot, qapp, network,
                                                                  tmp_path, monkeypatch):
    from helpdesk_gui.ui.tickets.page import TicketsPage

    hq, branch = network
    bundle = _export(_page(qtbot, branch.context(qapp)), monkeypatch, tmp_path)
    ctx = hq.context(qapp)
    tickets = TicketsPage(ctx)
    qtbot.addWidget(tickets)
    ctx.ops.changed.connect(tickets.on_changes)  # as the main window does
    tickets.show()
    assert tickets.model.rowCount() == 0 and not tickets.filters.branch.isVisible()
    _import(_page(qtbot, ctx), monkeypatch, bundle)
    assert tickets.model.rowCount() == 3  # the branch's tickets, without a manual refresh
    assert tickets.filters.branch.isVisible()  # HQ now holds two branches


def test_a_branch_sets_itself_up_and_registers_headquarters_from_the_page(
        qtbot, qapp, tmp_path, monkeypatch):
    """No command line: the page makes the site's keys, shows its public key to hand on,
    and registers headquarters' key; a bad key is refused with everything typed kept."""
    from PySide6.QtWidgets import QDialog, QInputDialog

    from helpdesk_gui.domain.sync.models import SyncSite
    from helpdesk_gui.ui.sync import site_dialogs

    before = os.environ.get(secret.CONFIG_ENV)
    hq = Site(tmp_path, "HQ", "总部", "hq")
    folder = tmp_path / "BJ05"
    folder.mkdir()
    os.environ[secret.CONFIG_ENV] = str(folder / "config")
    secret.forget_cached_key()
    database = open_database(f"sqlite:///{folder / 'helpdesk.db'}", migrate=True)
    own = staff_service.ensure_branch("BJ05", "北京通州营业厅")
    admin = staff_service.create_staff(own, "BJ05-A", "管理员", "admin")
    ctx = AppContext(ops=OpRunner(synchronous=True), actor=admin, branch=own,
                     database_display=str(folder), language="zh_CN",
                     settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    try:
        page = _page(qtbot, ctx)
        assert page.ui.setUpButton.isVisible() and not page.ui.addSiteButton.isVisible()
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Branch office", True))
        shown: list[str] = []
        monkeypatch.setattr(site_dialogs.KeyDialog, "exec",
                            lambda self: shown.append(self.key.toPlainText()) or 0)
        page.ui.setUpButton.click()
        assert shown and shown[0] == sites.public_key_text(admin)
        assert SyncSelf.get_by_id(1).role == "branch"
        assert page.ui.addSiteButton.isVisible() and not page.ui.setUpButton.isVisible()

        typed = iter([("HQ", "总部", "hq", "not a key"), None])
        seen: list[tuple] = []

        def answer(dialog) -> int:
            values = next(typed)
            if values is None:  # reopened after the refusal: what was typed is still there
                seen.append((dialog.values(), dialog.error.text()))
                values = ("HQ", "总部", "hq", hq.key)
            dialog.fill(values, "")
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(site_dialogs.SiteDialog, "exec", answer)
        page.ui.addSiteButton.click()
        assert seen[0][0] == ("HQ", "总部", "hq", "not a key") and seen[0][1]
        assert [(s.code, s.role) for s in SyncSite.select()] == [("HQ", "hq")]
        assert page.status.text() == "Site HQ registered."
        assert page.ui.targetSite.currentData() == "HQ"
    finally:
        database.close()
        hq.database.close()
        database_proxy.initialize(None)
        if before is None:
            os.environ.pop(secret.CONFIG_ENV, None)
        else:
            os.environ[secret.CONFIG_ENV] = before
        secret.forget_cached_key()


def test_a_missing_reference_names_its_table_in_the_readers_language(qtbot, qapp):
    from helpdesk_gui.domain.sync import decisions
    from helpdesk_gui.ui.sync.sync_page import why

    kept = decisions.text("missing_table", table="customer", ref="6f1c")
    assert why(kept) == "not added: it refers to Customer 6f1c, which this site does not have"
    installed = i18n.install_translators(qapp, "zh_CN")
    try:
        assert why(kept) == "未加入：它引用的 客户 6f1c 本站点没有"
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
