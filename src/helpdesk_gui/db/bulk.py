"""Inserting many rows of one table with one prepared statement; id lists in slices.

peewee's ``insert_many`` builds the SQL of a many-row ``VALUES`` list in Python, a cost
that grows with the rows and is paid while the write lock is held. ``insert_rows`` hands
the database one short statement and the list of parameter tuples (``executemany``),
with each value through its field's ``db_value`` and missing fields given their
defaults, exactly as ``insert_many`` would store them. No ids come back: for rows that
only refer to others (history, clocks, journal rows), not for rows whose id is needed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import peewee as pw

from helpdesk_gui.db.connect import database_proxy

IN_LIST = 500  # ids per ``IN (…)``: far under SQLite's and PostgreSQL's parameter limits


def chunks(items: Sequence, size: int = IN_LIST) -> Iterator[Sequence]:
    """``items`` in slices of ``size``: an id list as ``IN`` lists a statement can take."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _default(field: pw.Field) -> object:
    return field.default() if callable(field.default) else field.default


def insert_rows(model: type[pw.Model], rows: list[dict]) -> None:
    """Insert ``rows`` (dicts by field name; every row the same names) into ``model``."""
    if not rows:
        return
    meta = model._meta
    given = set(rows[0])
    fields = [f for f in meta.sorted_fields
              if f.name in given or (f.default is not None and f is not meta.primary_key)]
    insert_values(model, fields, [[row[f.name] if f.name in row else _default(f)
                                   for f in fields] for row in rows])


def insert_values(model: type[pw.Model], fields: list[pw.Field], rows: list[list],
                  batch: int = 2000) -> None:
    """Insert rows given as values in ``fields`` order (each through its field's
    ``db_value``), ``batch`` rows a call. The placeholder is the backend's own."""
    if not rows:
        return
    db = database_proxy.obj
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) '
           f"VALUES ({', '.join([db.param] * len(fields))})")
    convert = [f.db_value for f in fields]
    cursor = db.cursor()
    for start in range(0, len(rows), batch):
        cursor.executemany(sql, [[c(v) for c, v in zip(convert, row, strict=True)]
                                 for row in rows[start:start + batch]])
