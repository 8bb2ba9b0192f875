"""Connection settings on screen: the first-run wizard's first page and the dialog.

*Test connection* runs on a worker thread and names each problem in its own words; the
password never reaches the settings file, the log or the status bar.
"""

from __future__ import annotations

import logging
import stat

import pghall
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWizard

from helpdesk_gui.app import connection
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.ui.connection.dialog import ConnectionDialog
from helpdesk_gui.ui.connection.form import PROBLEM_TEXT
from helpdesk_gui.ui.security.first_run import FirstRunWizard

needs_pg = pytest.mark.skipif(pghall.unavailable_reason() is not None,
                              reason=f"PostgreSQL: {pghall.unavailable_reason()}")
PASSWORD = pghall.pgcluster.PASSWORD


@pytest.fixture
def no_keyring(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(connection, "_keyring", lambda: None)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def threaded(qapp):
    """The real runner: tests run on a worker thread, as in the program."""
    runner = OpRunner()
    yield runner
    runner.wait_idle()


def _fill(form, port: int, password: str, database: str = pghall.DATABASE) -> None:
    form.ui.kind_server.setChecked(True)
    form.ui.server_host.setText("127.0.0.1")
    form.ui.server_port.setValue(port)
    form.ui.server_database.setText(database)
    form.ui.server_user.setText("postgres")
    form.ui.server_password.setText(password)


def _test(qtbot, form) -> str:
    with qtbot.waitSignal(form.tested, timeout=15_000):
        form.ui.test_button.click()
        assert not form.ui.test_button.isEnabled()  # answered later, from a worker thread
    return form.ui.result.text()


@needs_pg
def test_test_connection_names_each_problem(qtbot, threaded, settings, no_keyring):
    cluster = pghall.cluster()
    with pghall._connect("postgres") as con:
        con.execute("DROP DATABASE IF EXISTS empty_hall")
        con.execute("CREATE DATABASE empty_hall")
    dialog = ConnectionDialog(threaded, settings)
    qtbot.addWidget(dialog)
    form = dialog.form
    _fill(form, cluster.port, "not-the-password")
    assert _test(qtbot, form) == PROBLEM_TEXT["wrong_password"]
    _fill(form, pghall.pgcluster.free_port(), PASSWORD)
    assert _test(qtbot, form) == PROBLEM_TEXT["unreachable"]
    _fill(form, cluster.port, PASSWORD, "empty_hall")
    assert _test(qtbot, form) == PROBLEM_TEXT["schema_missing"]
    _fill(form, cluster.port, PASSWORD, "no_such_hall")
    assert _test(qtbot, form) == PROBLEM_TEXT["no_database"]
    _fill(form, cluster.port, PASSWORD)
    assert _test(qtbot, form).startswith("Connected: schema version")
    assert form.last_check.ok
    assert len(set(PROBLEM_TEXT.values())) == len(PROBLEM_TEXT)


def test_password_never_in_settings_log_or_status(qtbot, ops, settings, no_keyring, tmp_path,
                                                  caplog):
    caplog.set_level(logging.DEBUG)
    dialog = ConnectionDialog(ops, settings)
    qtbot.addWidget(dialog)
    secret = "Pw-4-hall-only"
    _fill(dialog.form, 5439, secret, "helpdesk")
    dialog.form.ui.server_host.setText("hall-server")
    dialog.save()
    settings.sync()
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "hall-server" in text and secret not in text
    server = connection.server_from(settings)
    assert connection.load_password(server) == secret
    path = connection._password_file(server.account)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    from helpdesk_gui.db.connect import parse_url

    shown = parse_url(connection.url_from(settings)).display()  # the status bar's text
    assert secret not in shown and "hall-server" in shown
    assert secret not in caplog.text
    again = ConnectionDialog(ops, settings)  # reopened: fields back, password not shown
    qtbot.addWidget(again)
    assert again.form.ui.server_host.text() == "hall-server"
    assert again.form.ui.server_password.text() == ""
    assert again.form.ui.kind_server.isChecked()


def test_main_window_status_bar_hides_the_password(qtbot, ctx):
    from helpdesk_gui.db.connect import parse_url
    from helpdesk_gui.ui.main_window import MainWindow

    ctx.database_display = parse_url("postgresql://hall:Pw-4-hall-only@srv:5432/hd").display()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [w.text() for w in window.statusBar().findChildren(type(window.db_label))]
    assert any("srv:5432" in t for t in texts)
    assert not any("Pw-4-hall-only" in t for t in texts)


def test_wizard_this_pc_goes_on_to_the_branch(qtbot, ops, db, settings):
    wizard = FirstRunWizard(ops, settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.connection_page
    assert wizard.connection_page.isComplete()  # this PC only is the default
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.branch_page
    assert settings.value("db/kind") == "local"


@needs_pg
def test_wizard_hall_server_needs_a_good_test_then_switches(qtbot, threaded, db, settings,
                                                            no_keyring):
    wizard = FirstRunWizard(threaded, settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.connection_page
    _fill(page.form, pghall.cluster().port, "not-the-password")
    assert not page.isComplete()  # the server must answer first
    _test(qtbot, page.form)
    assert not page.isComplete()
    _fill(page.form, pghall.cluster().port, PASSWORD)
    _test(qtbot, page.form)
    assert page.isComplete()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.switch_requested and wizard.result() == QDialog.DialogCode.Accepted
    assert connection.url_from(settings) == pghall.server_url()  # password from the store
