"""Connection settings: the password never in the settings file; Test connection's
answers are the specific ones."""

from __future__ import annotations

import stat

import pghall
import pytest

from helpdesk_gui.app import connection


class FakeSettings(dict):
    def value(self, key, default=None):
        return self.get(key, default)

    def setValue(self, key, value):  # noqa: N802 - QSettings' name
        self[key] = value

    def sync(self):
        pass


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(connection, "_keyring", lambda: None)  # a PC without a keyring
    return tmp_path


def test_password_is_kept_apart_and_private(home):
    settings = FakeSettings()
    server = connection.ServerSettings("dbserver", 5433, "helpdesk", "hall")
    connection.save(settings, "server", server, "s3cret:@/x")
    assert "s3cret" not in repr(settings)
    path = connection._password_file(server.account)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    url = connection.url_from(settings)
    assert url == "postgresql://hall:s3cret%3A%40%2Fx@dbserver:5433/helpdesk"
    from helpdesk_gui.db.connect import parse_url

    assert "s3cret" not in parse_url(url).display()
    connection.save(settings, "local")
    assert connection.url_from(settings) is None


@pytest.mark.skipif(pghall.unavailable_reason() is not None, reason="no PostgreSQL")
def test_test_connection_names_the_problem():
    good = pghall.server_url()
    check = connection.test_connection(good)
    assert check.ok and check.version > 0
    bad = good.replace(pghall.pgcluster.PASSWORD, "wrong")
    check = connection.test_connection(bad)
    assert check.problem == "wrong_password" and "wrong password" in check.detail
    assert "wrong" not in check.detail.replace("wrong password", "")  # no password echoed
    port = pghall.pgcluster.free_port()
    check = connection.test_connection(f"postgresql://hall:x@127.0.0.1:{port}/helpdesk")
    assert check.problem == "unreachable" and "cannot reach" in check.detail
    with pghall._connect("postgres") as con:
        con.execute("DROP DATABASE IF EXISTS empty_schema")
        con.execute("CREATE DATABASE empty_schema")
    check = connection.test_connection(pghall.server_url("empty_schema"))
    assert check.problem == "schema_missing" and "db upgrade" in check.detail
    check = connection.test_connection(pghall.server_url("missing_db"))
    assert check.problem == "no_database"
