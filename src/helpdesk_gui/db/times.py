"""Ticket times stored as whole seconds since 1970 on SQLite, read back as ``datetime``.

A ticket carries eight times and its history five more, and most of the ticket indexes
end in ``created_at``: as SQLite text (``2026-03-01 02:00:00``) a time is 20 bytes in the
row and again in every index entry, as an integer 5. On a million tickets that is about
400 bytes a ticket. ``EpochTimeField`` stores the integer on SQLite and keeps a real
``timestamp`` on PostgreSQL (8 bytes either way, and readable in ``psql``); callers see
naive UTC ``datetime`` values on both, and comparisons through the field (``created_at >=
start``) convert their operand, so queries do not change. Whole seconds are all a ticket
time ever has (``utcnow``). SQL that does arithmetic on times uses ``seconds_between``
rather than a dialect's date functions. The conversion of an existing file is
``epoch_columns`` (schema step ``v013_epoch_times``); text rows not yet converted still
read correctly.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee as pw

from helpdesk_gui.db.connect import field_on_sqlite, is_sqlite

EPOCH = datetime(1970, 1, 1)


def to_epoch(value: datetime) -> int:
    """Whole seconds from 1970 to a naive UTC time (a fraction of a second is dropped)."""
    return (value - EPOCH) // timedelta(seconds=1)


def from_epoch(seconds: int) -> datetime:
    return EPOCH + timedelta(seconds=seconds)


class EpochTimeField(pw.DateTimeField):
    """A ticket time: an integer of seconds on SQLite, ``timestamp`` on PostgreSQL."""

    def db_value(self, value):
        if value is None or not field_on_sqlite(self):
            return super().db_value(value)
        if isinstance(value, str):  # "2026-03-01 02:00" from an import or a test
            value = pw.format_date_time(value, self.formats)
        if isinstance(value, datetime):
            return to_epoch(value.replace(microsecond=0))
        if isinstance(value, date):
            return to_epoch(datetime(value.year, value.month, value.day))
        return value  # already seconds (an int from another row, or a bound SQL value)

    def python_value(self, value):
        if isinstance(value, int) and not isinstance(value, bool):
            return from_epoch(value)
        return super().python_value(value)


def seconds_between(start: pw.Node, end: pw.Node) -> pw.Node:
    """``end - start`` in seconds, as SQL for the bound database."""
    if is_sqlite():
        return end - start
    return pw.fn.date_part("epoch", end - start)


def epoch_columns(database: pw.Database, table: str, columns: list[str]) -> None:
    """Convert the text times of ``columns`` in ``table`` to integers, in one pass over
    the table (SQLite; PostgreSQL keeps its timestamps). Text SQLite cannot read as a
    time is left as it is (and still reads back through the field)."""
    if not isinstance(database, pw.SqliteDatabase):
        return
    sets = ", ".join(
        f'"{c}" = CASE WHEN typeof("{c}") = \'text\' AND strftime(\'%s\', "{c}") IS NOT NULL '
        f'THEN CAST(strftime(\'%s\', "{c}") AS INTEGER) ELSE "{c}" END' for c in columns)
    texts = " OR ".join(f'typeof("{c}") = \'text\'' for c in columns)
    database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE {texts}')
