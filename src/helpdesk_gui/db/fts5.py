"""The SQLite side of ``db.search``: contentless FTS5 tables of bigram terms."""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.row_text import Parts, Rows, like_tests, on_the_row


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def expression(parts: Parts, any_word: bool) -> str:
    """An FTS5 MATCH expression: prefixes ``"停" *``, terms ``"停电"``, phrases of pairs."""
    out = []
    for kind, tokens in parts:
        if kind == "prefix":
            out.append(_quote(tokens[0]) + " *")
        else:
            out.append(_quote(" ".join(tokens)))
    return (" OR " if any_word else " AND ").join(out)


def create(db: pw.Database, table: str) -> None:
    db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
                   "terms, content='', tokenize='unicode61 remove_diacritics 0')")


def add(db: pw.Database, table: str, rows: list[tuple[int, str]]) -> None:
    db.cursor().executemany(f"INSERT INTO {table}(rowid, terms) VALUES (?, ?)", rows)


def remove(db: pw.Database, table: str, row_id: int, old_terms: str) -> None:
    db.execute_sql(f"INSERT INTO {table}({table}, rowid, terms) VALUES ('delete', ?, ?)",
                   (row_id, old_terms))


def match_ids(table: str, parts: Parts, count: bool = False) -> tuple[str, tuple]:
    what = "COUNT(*)" if count else "rowid"
    return f"SELECT {what} FROM {table} WHERE {table} MATCH ?", (expression(parts, False),)


def count_upto(db: pw.Database, table: str, parts: Parts, cap: int) -> tuple[int, bool]:
    """The exact count: FTS5 counts a common word's 100,000 rows in milliseconds."""
    sql, params = match_ids(table, parts, count=True)
    return int(db.execute_sql(sql, params).fetchone()[0]), True


def plain_condition(id_field: pw.Field, table: str, parts: Parts) -> pw.Node:
    """``id IN (matches)`` written as ``id+0`` so SQLite walks the sort index instead."""
    sql, params = match_ids(table, parts)
    return (id_field + 0).in_(pw.SQL(f"({sql})", params))


def plain_row_condition(id_field: pw.Field, table: str, rows: Rows, parts: Parts) -> pw.Node:
    """A search matching many rows, tested on each row the sort order walks: ``LIKE`` on
    the row's own text for its CJK words (``row_text``), the index only for Latin words.

    ``id IN (matches)`` gathers every match first: for one common character (电, a third
    of a million tickets in a million) that was 90 ms before the first row."""
    tests, params, latin = like_tests(rows, parts, alias="hit", mark="?")
    found = [plain_condition(id_field, table, latin)] if latin else []
    if tests:
        found.append(on_the_row(id_field, rows, " AND ".join(tests), params))
    return found[0] if len(found) == 1 else pw.NodeList(found, glue=" AND ", parens=True)


def ranked(db: pw.Database, table: str, parts: Parts, limit: int, any_word: bool) -> list[int]:
    cursor = db.execute_sql(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
        (expression(parts, any_word), limit))
    return [rowid for (rowid,) in cursor.fetchall()]
