"""The care schema step adds its two columns to a database that lacks them, with
database-side defaults (bulk inserts that do not name them keep working)."""

from __future__ import annotations

import importlib

from helpdesk_gui.db.connect import database_proxy


def test_columns_added_when_missing(db, branch, clerk):
    step = next(m for m in importlib.import_module("helpdesk_gui.db.migrations").STEPS
                if m.__name__.endswith("_care"))
    db.execute_sql("DROP INDEX ticket_vip_created_at")  # a later step's, on the column
    db.execute_sql("ALTER TABLE ticket DROP COLUMN vip")
    db.execute_sql("ALTER TABLE improvement_action DROP COLUMN department")
    with db.atomic():
        step(database_proxy.obj)
        step(database_proxy.obj)  # idempotent
    assert "vip" in {c.name for c in db.get_columns("ticket")}
    assert "department" in {c.name for c in db.get_columns("improvement_action")}
    p = db.param  # ? on SQLite, %s on PostgreSQL
    db.execute_sql("INSERT INTO ticket (uuid, created_at, updated_at, branch_id, ticket_no, "
                   "channel, type, level, status, customer_name, subject, description, "
                   "request, received_by_id, first_contact_resolved, contacts, resolution, "
                   "solution, parts_replaced, reopen_count, sla_state) VALUES ('u1', "
                   f"'2026-03-01', '2026-03-01', {p}, 'X1', 'counter', 'request', 3, 'new', '', "
                   f"'', 'd', '', {p}, FALSE, 0, '', '', '', 0, 'on_track')",
                   (branch.id, clerk.id))
    assert db.execute_sql("SELECT vip FROM ticket WHERE ticket_no = 'X1'").fetchone()[0] == 0
