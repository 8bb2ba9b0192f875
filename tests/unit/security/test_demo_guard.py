"""``demo`` goes only into a new database or one it made; it never touches real accounts."""

from __future__ import annotations

import pytest

from helpdesk_gui import cli
from helpdesk_gui.db import open_database
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.demo.marker import MARKER_KEY
from helpdesk_gui.domain.base import Meta
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import auth


@pytest.fixture
def url(tmp_path):
    yield f"sqlite:///{tmp_path / 'hall.db'}"
    if database_proxy.obj is not None:
        database_proxy.obj.close()
        database_proxy.initialize(None)


def test_demo_refuses_a_real_database_and_leaves_its_accounts_alone(url, capsys):
    open_database(url)
    admin = auth.first_run("BJ01", "北京朝阳营业厅", "1001", "孙丽", "realpass99")
    before = (Staff.select().count(), AuditEntry.select().count(), admin.password_hash)
    assert cli.main(["--db", url, "demo", "--tickets", "10", "--force"]) == 2
    assert "was not created by the demo" in capsys.readouterr().err
    assert (Staff.select().count(), AuditEntry.select().count(),
            Staff.get(Staff.employee_no == "1001").password_hash) == before
    assert auth.sign_in("1001", "realpass99").role == "admin"
    assert Meta.get_or_none(Meta.key == MARKER_KEY) is None


def test_demo_refuses_the_window_demo_on_a_real_database(url, capsys):
    open_database(url)
    auth.first_run("BJ01", "北京朝阳营业厅", "1001", "孙丽", "realpass99")
    from helpdesk_gui.cli.demo import prepare_demo_database
    from helpdesk_gui.demo.marker import NotADemoDatabase

    class Args:
        db = url
    with pytest.raises(NotADemoDatabase):
        prepare_demo_database(Args())


def test_demo_marks_a_new_database_and_accepts_it_again(url, capsys):
    assert cli.main(["--db", url, "demo", "--tickets", "20", "--tickets-only"]) == 0
    assert Meta.get_or_none(Meta.key == MARKER_KEY) is not None
    assert cli.main(["--db", url, "demo", "--tickets", "5", "--tickets-only", "--force"]) == 0
