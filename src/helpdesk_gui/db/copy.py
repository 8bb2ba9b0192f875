"""Moving a hall's whole database to another one (SQLite file → hall server).

Every table of the models is copied row by row through the models themselves, so each
value is converted by its field (SQLite's 0/1 become booleans, text dates become
timestamps, UUIDs stay the same strings) and the ids stay what they were: ticket numbers,
history events, audit rows with their hashes (the chain still verifies), counters. The
search tables are not copied (a contentless FTS5 table cannot be read back); the caller
rebuilds them from the copied rows with ``reindex``.

The whole copy is one transaction on the target, so a failure leaves it as it was. A
target that holds anything beyond what a fresh schema seeds is refused. A PostgreSQL
target is written with ``COPY`` (a million tickets and their five million history events
in minutes, and no statement near the server's 65,535-parameter limit); an SQLite one
with multi-row inserts sized to stay under its variable limit.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee as pw

from helpdesk_gui.db.connect import bind, is_sqlite
from helpdesk_gui.db.migrations import CURRENT_VERSION, current_version
from helpdesk_gui.domain import base
from helpdesk_gui.domain.errors import ConfigurationError

CHUNK = 2000
MAX_PARAMETERS = 30_000  # per INSERT: under SQLite's 32,766 (PostgreSQL allows 65,535)
# Filled by a fresh schema itself (the schema version, audit head, default root causes,
# SLA policy 1): replaced by the source's rows, not a reason to refuse the target.
SEEDED = ("meta", "audit_head", "root_cause", "sla_policy")


def table_models() -> list[type[pw.Model]]:
    """Every model with a table, parents before children (foreign keys)."""
    import helpdesk_gui.db.migrations as migrations

    for step in migrations.STEPS:  # importing the steps imports every model module
        __import__(f"helpdesk_gui.db.migrations.{step.__name__}")
    found, todo = [], list(base.BaseModel.__subclasses__())
    while todo:
        model = todo.pop()
        todo.extend(model.__subclasses__())
        if model is not base.SyncedModel and model not in found:
            found.append(model)
    return pw.sort_models(found)


def refuse_non_empty(target: pw.Database, models: list[type[pw.Model]]) -> None:
    """Raise when the target already holds data of its own."""
    tables = set(target.get_tables())
    for model in models:
        name = model._meta.table_name
        if name in tables and name not in SEEDED:
            with model.bind_ctx(target):
                n = model.select().count()
            if n:
                raise ConfigurationError(
                    f"db copy: the target is not empty (table {name} has {n} rows); copy "
                    "only into a new, empty database")


def copy_all(source: pw.Database, target: pw.Database,
             progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every model table from ``source`` to ``target``; returns rows per table.

    Both must be at the current schema version (the caller upgrades them).
    """
    for side, database in (("source", source), ("target", target)):
        version = current_version(database)
        if version != CURRENT_VERSION:
            raise ConfigurationError(f"db copy: the {side} has schema version {version}, "
                                     f"expected {CURRENT_VERSION}; upgrade it first")
    models = table_models()
    refuse_non_empty(target, models)
    counts: dict[str, int] = {}
    with target.atomic():
        for model in reversed(models):
            if model._meta.table_name in SEEDED:
                with model.bind_ctx(target):
                    model.delete().execute()
        for model in models:
            counts[model._meta.table_name] = _copy_table(model, source, target)
            if progress:
                progress(model._meta.table_name, counts[model._meta.table_name])
        if not is_sqlite(target):
            _move_sequences(target, models)
    return counts


def _copy_table(model: type[pw.Model], source: pw.Database, target: pw.Database) -> int:
    fields = model._meta.sorted_fields
    pk = model._meta.primary_key
    if isinstance(pk, pw.CompositeKey):  # a composite key (the day counters): a small table
        with model.bind_ctx(source):
            rows = list(model.select(*fields).tuples())
        _write(model, fields, rows, target)
        return len(rows)
    done, last = 0, None
    while True:
        with model.bind_ctx(source):
            query = model.select(*fields).order_by(pk).limit(CHUNK)
            if last is not None:
                query = query.where(pk > last)
            rows = list(query.tuples())
        if not rows:
            return done
        _write(model, fields, rows, target)
        done += len(rows)
        last = rows[-1][fields.index(pk)]


def _write(model: type[pw.Model], fields: list[pw.Field], rows: list[tuple],
           target: pw.Database) -> None:
    """Insert rows read from the source, each value converted by its field."""
    if not rows:
        return
    if not is_sqlite(target):
        columns = ", ".join(f'"{field.column_name}"' for field in fields)
        # bound to the target while converting: a field may store a value per backend
        with model.bind_ctx(target), target.cursor().copy(
                f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([field.db_value(value)
                                for field, value in zip(fields, row, strict=True)])
        return
    per_insert = max(1, min(CHUNK, MAX_PARAMETERS // len(fields)))
    with model.bind_ctx(target):
        for start in range(0, len(rows), per_insert):
            model.insert_many(rows[start:start + per_insert], fields=fields).execute()


def _move_sequences(target: pw.Database, models: list[type[pw.Model]]) -> None:
    """Serial ids continue after the copied ones."""
    for model in models:
        if isinstance(model._meta.primary_key, pw.AutoField):
            table = model._meta.table_name
            target.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)")


def open_pair(source_url: str, target_url: str) -> tuple[pw.Database, pw.Database]:
    """Open both ends (upgrading each to the current schema) for :func:`copy_all`."""
    from helpdesk_gui.db import open_database

    if source_url == target_url:
        raise ConfigurationError("db copy: --from and --to are the same database")
    source = open_database(source_url, migrate=True)
    target = open_database(target_url, migrate=True)
    bind(source)
    return source, target
