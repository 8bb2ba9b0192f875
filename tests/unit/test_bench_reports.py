"""The reporting bench's raw twins count what the services count, on both backends: a
ratio ours/raw only means something if the twin does the same month's work."""

from __future__ import annotations

import pytest

from helpdesk_gui.bench import raw_reports as raw
from helpdesk_gui.bench.reports import _plain_connection, report_month
from helpdesk_gui.db.connect import database_proxy, is_sqlite
from helpdesk_gui.demo.generate import generate
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.quality import kpi


@pytest.fixture
def demo_month(db):
    generate(600, months=3)
    month = report_month()
    period = kpi.month_period(month, kpi.branch_timezone(None))
    conn = _plain_connection(db.test_url)
    yield raw.Raw(conn), period, kpi.month_figures(month)
    conn.close()


def test_twins_count_the_months_tickets_as_the_report_does(demo_month):
    twin, period, figures = demo_month
    assert twin.sqlite == is_sqlite(database_proxy.obj)  # the twin speaks the backend's SQL
    intake = raw.received(twin, period.start, period.end)
    assert figures["received"] > 50  # a month with something in it
    assert sum(r[3] for r in intake) == figures["received"]
    assert sum(r[4] for r in intake) == figures["first_contact_resolved"]
    assert sum(r[5] for r in intake) == figures["first_response_due"]
    assert sum(r[6] for r in intake) == figures["first_response_on_time"]

    groups, p50, p90 = raw.resolved(twin, period.start, period.end)
    assert sum(g[2] for g in groups) == figures["resolved"]
    assert sum(g[3] for g in groups) == figures["resolved_within_3_contacts"]
    assert sum(g[4] for g in groups) == figures["resolved_on_time"]
    assert round(float(p50), 2) == figures["median_resolution_hours"]
    assert round(float(p90), 2) == figures["p90_resolution_hours"]


def test_twins_find_the_months_events_backlog_and_rows(demo_month):
    twin, period, figures = demo_month
    events = dict(raw.reopened(twin, period.start, period.end))
    assert sum(events.values()) == figures["reopened"] + figures["closed"]
    parts = raw.backlog(twin, period.end)
    assert sum(p[0] for p in parts) == figures["open_at_month_end"]
    assert all(p[0] == sum(b or 0 for b in p[1:]) for p in parts)  # every age in one bucket
    created = Ticket.select().where(Ticket.created_at >= period.start,
                                    Ticket.created_at < period.end).count()
    assert raw.export(twin, period.start, period.end) == created


def test_size_row_measures_the_file_or_the_server_database(db, demo_month):
    from helpdesk_gui.bench.command import size_row

    row = size_row(db.test_url)
    assert row.ours is not None and row.ours > 100  # bytes per ticket, not per database
    assert f"{Ticket.select().count()} tickets" in row.note
    assert ("file" if is_sqlite(database_proxy.obj) else "database") in row.note


@pytest.mark.sqlite_only
def test_size_row_leaves_out_the_free_pages_a_scratch_table_left(db, demo_month):
    from helpdesk_gui.bench.command import size_row

    before = size_row(db.test_url)
    db.execute_sql("CREATE TABLE scratch (payload BLOB)")
    db.execute_sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
                   " INSERT INTO scratch SELECT randomblob(4000) FROM n")
    db.execute_sql("DROP TABLE scratch")  # 2 MB of pages, now on the free list
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    after = size_row(db.test_url)
    assert "MB of it free pages" in after.note
    assert abs(after.ours - before.ours) < before.ours * 0.05  # what the hall's data needs
