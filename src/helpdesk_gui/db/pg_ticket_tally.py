"""The hall server's count of tickets per branch and day, kept by the server itself.

Why: the ticket list shows how many tickets it holds, and every seat recounts whenever any
seat changes a ticket (``db.notify``). Unfiltered, that count is ``COUNT(*)`` of the whole
table, which PostgreSQL must read: 37 ms on a million tickets, 170 ms (three processes) on
three years — for each seat, for each new ticket in the hall. SQLite counts a table from
its b-tree in 2 ms and needs none of this.

``ticket_tally`` holds ``(branch_id, day, n)``, ``day`` the UTC date of ``created_at``.
Triggers keep it in the same transaction as the rows, whoever writes them: the counter, an
import, a sync bundle, ``db copy``, the demo. Per statement (transition tables), so a bulk
insert adds once per day, not once per ticket. Keyed by day as well as branch, so a
late import into past days never waits on the row today's counters add to (numbering
already serialises one branch's tickets of one day).
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.connect import database_proxy, is_sqlite

TABLE = "ticket_tally"

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION {TABLE}_added() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  INSERT INTO {TABLE} AS kept (branch_id, day, n)
  SELECT branch_id, created_at::date, count(*) FROM added
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (branch_id, day) DO UPDATE SET n = kept.n + excluded.n;
  RETURN NULL;
END $body$;

CREATE OR REPLACE FUNCTION {TABLE}_removed() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  UPDATE {TABLE} AS kept SET n = kept.n - gone.n
  FROM (SELECT branch_id, created_at::date AS day, count(*) AS n FROM removed
        GROUP BY 1, 2 ORDER BY 1, 2) AS gone
  WHERE kept.branch_id = gone.branch_id AND kept.day = gone.day;
  RETURN NULL;
END $body$;

CREATE OR REPLACE FUNCTION {TABLE}_moved() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  UPDATE {TABLE} SET n = n - 1 WHERE branch_id = OLD.branch_id AND day = OLD.created_at::date;
  INSERT INTO {TABLE} AS kept (branch_id, day, n)
  VALUES (NEW.branch_id, NEW.created_at::date, 1)
  ON CONFLICT (branch_id, day) DO UPDATE SET n = kept.n + 1;
  RETURN NULL;
END $body$;
"""

# Transition tables cannot go with a column list, so a change of branch or day (rare: a
# corrected date) is followed row by row, and only when it really moves the ticket.
_TRIGGERS = f"""
CREATE TRIGGER {TABLE}_insert AFTER INSERT ON ticket REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_added();
CREATE TRIGGER {TABLE}_delete AFTER DELETE ON ticket REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_removed();
CREATE TRIGGER {TABLE}_update AFTER UPDATE OF branch_id, created_at ON ticket
  FOR EACH ROW WHEN (OLD.branch_id IS DISTINCT FROM NEW.branch_id
                     OR OLD.created_at::date IS DISTINCT FROM NEW.created_at::date)
  EXECUTE FUNCTION {TABLE}_moved();
"""


def create(db: pw.Database) -> None:
    """The table, its triggers, and the count of the tickets already there.

    The triggers come before the count: creating them locks ``ticket`` against writes
    until the schema step commits, so no ticket is added between the two and missed."""
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {TABLE} (branch_id integer NOT NULL, "
                   "day date NOT NULL, n bigint NOT NULL, PRIMARY KEY (branch_id, day))")
    db.execute_sql(_FUNCTIONS)
    for name in ("insert", "delete", "update"):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {TABLE}_{name} ON ticket")
    db.execute_sql(_TRIGGERS)
    db.execute_sql(f"DELETE FROM {TABLE}")
    db.execute_sql(f"INSERT INTO {TABLE} (branch_id, day, n) SELECT branch_id, "
                   "created_at::date, count(*) FROM ticket GROUP BY 1, 2")


def total(branch_id: int | None = None, db: pw.Database | None = None) -> int | None:
    """How many tickets the server holds (of one branch); None on SQLite, which keeps
    no tally (its ``COUNT(*)`` is cheap)."""
    db = db or database_proxy.obj
    if is_sqlite(db):
        return None
    sql, params = f"SELECT COALESCE(SUM(n), 0) FROM {TABLE}", ()
    if branch_id is not None:
        sql, params = sql + " WHERE branch_id = %s", (branch_id,)
    return int(db.execute_sql(sql, params).fetchone()[0])
