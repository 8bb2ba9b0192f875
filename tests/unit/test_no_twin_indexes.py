"""No index is the leading part of another (schema step v016): the longer one answers
every lookup the shorter would, so the shorter only costs writes and disk."""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.migrations import v016_no_twin_indexes as step


def _indexes(db: pw.Database) -> dict[str, list[tuple[str, tuple[str, ...], bool]]]:
    """Per table: (name, columns, unique) of each index without a WHERE (a partial index
    holds only some rows, so it contains no other)."""
    out = {}
    for table in db.get_tables():
        found = [(ix.name, tuple(ix.columns), ix.unique) for ix in db.get_indexes(table)
                 if " WHERE " not in (ix.sql or "").upper()]
        if table == "ticket_counter":  # its composite primary key is an index too
            found.append(("ticket_counter_pkey", ("branch_id", "day"), True))
        out[table] = found
    return out


def _twins(db: pw.Database) -> list[str]:
    twins = []
    for table, indexes in _indexes(db).items():
        for name, cols, unique in indexes:
            if unique:  # a constraint, not only a way in
                continue
            for other, longer, _ in indexes:
                if other != name and len(longer) > len(cols) and longer[:len(cols)] == cols:
                    twins.append(f"{table}.{name} ⊂ {other}")
    return twins


def test_a_new_schema_has_no_index_inside_another(db):
    assert _twins(db) == []


def test_the_step_drops_the_twins_an_older_schema_made(db):
    db.execute_sql('CREATE INDEX "survey_ticket_id" ON "survey" ("ticket_id")')
    db.execute_sql('CREATE INDEX "sla_alarm_ticket_id" ON "sla_alarm" ("ticket_id")')
    assert len(_twins(db)) == 2
    step.upgrade(db)
    assert _twins(db) == []
    step.upgrade(db)  # again: nothing left to drop, no error
