"""Schema step: vocabulary words as one-letter codes, a lighter history key.

* A ticket's status, type, channel and SLA state, and each history event's kind and two
  statuses, are rewritten as their codes (``db.codes``), one pass per table; the column
  types do not change. The two partial period indexes name words in their condition, so
  they are made again with the codes (``db.partial``).
* The history's unique (ticket, uuid) index becomes a plain ticket index: an event is
  found through its ticket, then by its UUID among that ticket's few events, so the
  UUID needs no index (``db.uuids.ScopedUUIDField``). Events already held keep their
  16-byte UUIDs; new ones get 8-byte keys.
* Survey invitations and abandonments, VIP tickets and VIP customers get their period
  indexes (``db.partial``).
* A kept month keeps its sorted resolution seconds (``kpi_snapshot.seconds``), so a
  quarter's percentiles merge its months instead of sorting the quarter again.
* The window index (``ticket.window_no``) holds only the tickets received at a window:
  a phone, letter or online request has none, and the filter never asks for "no window".

The freed pages are reused by new tickets; ``VACUUM`` returns them to the disk.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from helpdesk_gui.db.codes import CodeField
from helpdesk_gui.db.partial import create_period_indexes
from helpdesk_gui.domain.quality.snapshots import KpiSnapshot
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent

REBUILT = ("ticket_event_reopen_close_at", "ticket_withdrawn_updated_at")
WINDOW_INDEX = "ticket_window_no_created_at"
NEW_PERIOD = ("survey_invited_at", "survey_abandoned_at", "ticket_vip_created_at",
              "customer_vip_branch_id")


def _encode(database: pw.Database, model: type[pw.Model]) -> None:
    fields = [f for f in model._meta.sorted_fields if isinstance(f, CodeField)]
    sets = ", ".join(f'"{f.column_name}" = {f.case_sql(f.column_name)}' for f in fields)
    longer = " OR ".join(f'length("{f.column_name}") > 1' for f in fields)
    database.execute_sql(f'UPDATE "{model._meta.table_name}" SET {sets} WHERE {longer}')


def upgrade(database: pw.Database) -> None:
    """Encode the words, rebuild the indexes that name them, replace the history key."""
    for name in (*REBUILT, "ticket_event_ticket_id_uuid"):
        database.execute_sql(f"DROP INDEX IF EXISTS {name}")
    for model in (Ticket, TicketEvent):
        _encode(database, model)
    database.execute_sql("CREATE INDEX IF NOT EXISTS ticket_event_ticket_id "
                         "ON ticket_event (ticket_id)")
    create_period_indexes(database)
    if "seconds" not in {c.name for c in database.get_columns("kpi_snapshot")}:
        migrator = SchemaMigrator.from_database(database)
        migrate(migrator.add_column("kpi_snapshot", "seconds", KpiSnapshot.seconds))
    database.execute_sql(f"DROP INDEX IF EXISTS {WINDOW_INDEX}")  # the full one (v008)
    database.execute_sql(f"CREATE INDEX {WINDOW_INDEX} ON ticket (window_no, created_at) "
                         "WHERE window_no IS NOT NULL")
    if database.table_exists("sqlite_stat1"):  # let the planner weigh the new indexes
        for name in (*REBUILT, *NEW_PERIOD, "ticket_event_ticket_id", WINDOW_INDEX):
            database.execute_sql(f"ANALYZE {name}")
