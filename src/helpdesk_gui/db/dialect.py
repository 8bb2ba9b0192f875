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


def insert_rows(model: type[pw.Model], fields: list[pw.Field], rows: list[list],
                batch: int = 2000) -> None:
    """Insert many rows through the driver's ``executemany`` (one prepared statement).

    Building one multi-row ``INSERT`` per batch costs peewee more than the database takes
    to run it; here each value only passes its field's ``db_value``. The placeholder is
    the backend's own (``?`` on SQLite, ``%s`` on PostgreSQL).
    """
    if not rows:
        return
    database = model._meta.database
    marks = ", ".join([database.param] * len(fields))
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    convert = [f.db_value for f in fields]
    cursor = database.cursor()
    for start in range(0, len(rows), batch):
        cursor.executemany(sql, [[c(v) for c, v in zip(convert, row, strict=True)]
                                 for row in rows[start:start + batch]])
