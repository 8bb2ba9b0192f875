"""The few places where the SQL we write must differ between SQLite and PostgreSQL.

Kept here, behind one seam, so the services never ask which database they talk to.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.connect import is_sqlite


def unindexed(field: pw.Field) -> pw.Node:
    """``field`` written so SQLite's planner cannot drive the query by its index.

    SQLite picks an index by simple rules, so the ticket list hides a filter's index
    (``x+0``, ``x||''``) to make it walk the sort index and stop after one page. The
    PostgreSQL planner weighs both plans by cost itself, and the hidden form would only
    stop it from probing the search table by id, so there the field stays as it is.
    """
    if not is_sqlite():
        return field
    numeric = isinstance(field, pw.IntegerField | pw.ForeignKeyField)
    return field + 0 if numeric else field.concat("")


def settle_after_bulk_load(db: pw.Database) -> None:
    """After a bulk load (``db copy``, demo data): give the planner the new sizes and, on
    PostgreSQL, mark the pages all-visible, so counting a million tickets is an index-only
    scan at once instead of after autovacuum's next visit (which, for a table only
    inserted into, can be hours away). ``VACUUM`` cannot run inside a transaction: call
    this outside one."""
    if is_sqlite(db):
        db.execute_sql("ANALYZE")
        return
    db.execute_sql("VACUUM (ANALYZE)")
