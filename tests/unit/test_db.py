"""Database URLs, pragmas, schema version and upgrade with backup."""

from __future__ import annotations

import sqlite3

import pytest

from helpdesk_gui.db import migrations, open_database
from helpdesk_gui.db.connect import database_proxy, parse_url, resolve_url
from helpdesk_gui.domain.base import Meta
from helpdesk_gui.domain.errors import ConfigurationError, SchemaTooNew
from helpdesk_gui.domain.tickets.models import Ticket


def test_url_resolution_order(monkeypatch, tmp_path):
    monkeypatch.setenv("HELPDESK_DB", f"sqlite:///{tmp_path}/env.db")
    assert resolve_url(f"sqlite:///{tmp_path}/arg.db").endswith("arg.db")
    assert resolve_url(None).endswith("env.db")
    monkeypatch.delenv("HELPDESK_DB")
    assert resolve_url(None).endswith("helpdesk.db")


@pytest.mark.parametrize("url", ["mysql://x", "sqlite:///", "file.db"])
def test_bad_urls_are_explained(url):
    with pytest.raises(ConfigurationError) as info:
        parse_url(url)
    assert "--db" in str(info.value)


def test_postgres_url_display_hides_password():
    target = parse_url("postgresql://hall:secret@127.0.0.1:5432/helpdesk")
    assert target.kind == "postgresql"
    assert "secret" not in target.display()


@pytest.mark.sqlite_only
def test_pragmas_on_every_connection(db):
    pragmas = {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
               for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                       "busy_timeout": 15000}


def test_schema_version_recorded(db):
    assert Meta.get_by_id("schema_version").value == str(migrations.CURRENT_VERSION)


@pytest.mark.sqlite_only
def test_upgrade_backs_up_first_and_keeps_data(tmp_path, monkeypatch, clerk):
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    create_ticket(IntakeForm(channel="counter", type="repair", level=3, customer_name="张三",
                             phone="13800000001", description="水压低"), clerk)
    path = tmp_path / "helpdesk.db"
    database_proxy.obj.close()

    old = migrations.CURRENT_VERSION

    def next_step(database):
        database.execute_sql("CREATE TABLE extra_note (id INTEGER PRIMARY KEY, body TEXT)")
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, next_step])
    monkeypatch.setattr(migrations, "CURRENT_VERSION", len(migrations.STEPS))
    open_database(f"sqlite:///{path}")
    backups = list(tmp_path.glob(f"helpdesk.db.v{old}-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT count(*) FROM ticket").fetchone() == (1,)
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        assert version == (str(old),)
    assert Ticket.select().count() == 1
    assert Meta.get_by_id("schema_version").value == str(old + 1)


@pytest.mark.sqlite_only
def test_failed_upgrade_leaves_database_unchanged(tmp_path, monkeypatch, clerk):
    path = tmp_path / "helpdesk.db"
    database_proxy.obj.close()
    old = migrations.CURRENT_VERSION

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    monkeypatch.setattr(migrations, "CURRENT_VERSION", len(migrations.STEPS))
    with pytest.raises(RuntimeError):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert "half_done" not in tables and version == (str(old),)


def test_newer_schema_is_refused(db):
    Meta.update(value="99").where(Meta.key == "schema_version").execute()
    with pytest.raises(SchemaTooNew):
        migrations.upgrade(db)
