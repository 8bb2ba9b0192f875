"""The PostgreSQL side of ``db.search`` for tickets: a GIN index over the rows' own text.

Why not a table of vectors like ``db.pg_search``: that table stored each ticket's terms a
second time, with a position for every lexeme — 463 bytes a ticket, more than the ticket
row itself, and one more INSERT on every new ticket. Here the index is an *expression*
index, ``GIN (search_terms(subject, description, request, customer_name))``, so:

* nothing is stored but the index (no positions: ``array_to_tsvector``);
* the index follows the row by itself — an edit, a sync bundle, erasing personal data
  changes it in the same statement, and it can never drift;
* creating a ticket writes one row fewer.

``search_terms`` is an SQL function that makes exactly the tokens of ``search.terms``
(CJK pairs plus the last character, other word runs lower-cased); its character classes
are written out from Python's own (``row_text.CJK`` and ``str.isalnum``), so they do not
depend on the server's locale. It lower-cases with the ICU root collation where the server
has it (the same case mapping as Python), else with the database's own.

Without positions a longer CJK word cannot be a phrase query. It is the AND of its pairs
(through the index) and ``LIKE '%word%'`` on the joined text (on the few rows found): a
CJK word cannot span a field boundary or a non-CJK character, so this is exactly the
substring test the SQLite index makes with its phrase of pairs.
"""

from __future__ import annotations

import sys
from functools import cache

import peewee as pw

from helpdesk_gui.db import pg_search
from helpdesk_gui.db.row_text import CJK, Parts, Rows, cjk_word, like_tests, on_the_row

FUNCTION = "search_terms"
MAX_WORD = 500  # characters kept of a word: a lexeme may not exceed 2,046 bytes
ICU_ROOT = "und-x-icu"


def index_name(rows: Rows) -> str:
    return f"{rows.table}_terms"


def vector(rows: Rows, alias: str = "") -> str:
    """The indexed expression (it must be written exactly so to use the index)."""
    prefix = f"{alias}." if alias else ""
    return f"{FUNCTION}({', '.join(prefix + c for c in rows.columns)})"


@cache
def _word_class() -> str:
    """Python's word characters (``str.isalnum``) as a regex bracket body of ranges."""
    ranges, start = [], None
    for point in range(sys.maxunicode + 2):
        word = (point <= sys.maxunicode and not 0xD800 <= point < 0xE000
                and chr(point).isalnum())
        if word and start is None:
            start = point
        elif not word and start is not None:
            ranges.append(chr(start) if start == point - 1
                          else f"{chr(start)}-{chr(point - 1)}")
            start = None
    return "".join(ranges)


def function_sql(collation: str | None) -> str:
    """``CREATE FUNCTION search_terms(VARIADIC text[])``: the tokens of ``search.terms``.

    CJK runs are first set apart with spaces, so a word run never swallows one (every
    CJK character is also ``isalnum``)."""
    lower = f'lower(tok COLLATE "{collation}")' if collation else "lower(tok)"
    return f"""
CREATE FUNCTION {FUNCTION}(VARIADIC texts text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
SELECT array_to_tsvector(coalesce(array_agg(left(lexeme, {MAX_WORD})), '{{}}'))
FROM (SELECT m[1] AS tok FROM unnest(texts) AS t(text),
      regexp_matches(regexp_replace(t.text, '([{CJK}]+)', ' \\1 ', 'g'),
                     '[{CJK}]+|[{_word_class()}]+', 'g') AS m) AS tokens,
LATERAL (SELECT CASE WHEN tok ~ '^[{CJK}]'
           THEN (SELECT array_agg(substr(tok, i, 2))
                 FROM generate_series(1, length(tok) - 1) AS i) || right(tok, 1)
           ELSE ARRAY[{lower}] END AS lexemes) AS made,
unnest(made.lexemes) AS lexeme
$body$"""


def _has_function(db: pw.Database) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_proc WHERE proname = %s",
                          (FUNCTION,)).fetchone() is not None


def _collation(db: pw.Database) -> str | None:
    found = db.execute_sql("SELECT 1 FROM pg_collation WHERE collname = %s",
                           (ICU_ROOT,)).fetchone()
    return ICU_ROOT if found else None


def create(db: pw.Database, rows: Rows) -> None:
    """The function (once: an index depends on it) and the expression index."""
    if not _has_function(db):
        db.execute_sql(function_sql(_collation(db)))
    db.execute_sql(f"CREATE INDEX IF NOT EXISTS {index_name(rows)} ON {rows.table} "
                   f"USING GIN ({vector(rows)})")


def add(db: pw.Database, rows: Rows, items: list[tuple[int, str]]) -> None:
    """Nothing to do: the index follows the row."""


def remove(db: pw.Database, rows: Rows, row_id: int, old_terms: str) -> None:
    """Nothing to do: the index follows the row."""


def _words(parts: Parts) -> list[str]:
    """The CJK words of three or more characters, rebuilt from their pairs."""
    return [cjk_word(kind, tokens) for kind, tokens in parts if kind == "phrase"]


def query(parts: Parts, any_word: bool) -> str:
    """The ``tsquery``: a longer word becomes the AND of its pairs (no positions here)."""
    flat: Parts = []
    for kind, tokens in parts:
        if kind == "phrase" and not any_word:
            flat.extend(("term", [pair]) for pair in tokens)
        elif kind == "prefix":
            flat.append((kind, [tokens[0][:MAX_WORD]]))
        else:
            flat.append((kind, tokens))
    return pg_search.query(flat, any_word)


def match_test(rows: Rows, parts: Parts, alias: str = "") -> tuple[str, tuple]:
    """The match test on one row: the index's expression, then each long word's text."""
    sql = f"{vector(rows, alias)} @@ %s::tsquery"
    params: list = [query(parts, False)]
    for word in _words(parts):
        sql += f" AND {rows.joined(alias)} LIKE %s"
        params.append(f"%{word}%")
    return sql, tuple(params)


def match_ids(rows: Rows, parts: Parts, count: bool = False) -> tuple[str, tuple]:
    where, params = match_test(rows, parts)
    what = "COUNT(*)" if count else "id"
    return f"SELECT {what} FROM {rows.table} WHERE {where}", params


BROAD = 10  # a search the planner expects in ≥ 10 × cap rows is counted without the index


def count_upto(db: pw.Database, rows: Rows, parts: Parts, cap: int) -> tuple[int, bool]:
    """The count, or ``(cap + 1, False)`` beyond ``cap`` (see ``pg_search.count_upto``).

    Through the index a GIN bitmap holds *every* match before the first is counted: one
    common character (电, 水 — a prefix of hundreds of pairs) took 1.2 s in a million
    tickets. When the planner expects many matches, rows are tested one by one instead
    (:func:`plain_test`) and the count stops at ``cap + 1``: 20 ms for 电. A rare word
    keeps the index, where testing every row would take 300 ms."""
    if _broad(db, rows, parts, cap):
        where, params = plain_test(rows, parts)
        return pg_search.capped_count(db, f"SELECT 1 FROM {rows.table} WHERE {where}",
                                      params, cap)
    return pg_search.capped_count(db, *match_ids(rows, parts), cap)


def _broad(db: pw.Database, rows: Rows, parts: Parts, cap: int) -> bool:
    """Only CJK parts (each a ``LIKE``, a microsecond a row) and the planner's estimate of
    the matches (from the index expression's statistics) at least ``BROAD × cap``."""
    if any(cjk_word(kind, tokens) is None for kind, tokens in parts):
        return False
    return pg_search.estimated_rows(db, *match_ids(rows, parts)) >= BROAD * cap


def plain_test(rows: Rows, parts: Parts, alias: str = "") -> tuple[str, tuple]:
    """The same match test without the index, cheap enough to run on every row: a
    ``LIKE`` for each CJK part (``row_text``), a microsecond a row; only Latin words need
    the row's terms made (tens of microseconds)."""
    tests, params, latin = like_tests(rows, parts, alias)
    if latin:
        tests.append(f"{vector(rows, alias)} @@ %s::tsquery")
        params.append(query(latin, False))
    return " AND ".join(tests), tuple(params)


def plain_condition(id_field: pw.Field, rows: Rows, parts: Parts) -> pw.Node:
    """The match test per ticket (:func:`plain_test`), behind ``OFFSET 0`` so the
    planner cannot answer it from the index: a search matching many tickets walks the
    sort index and stops after a page (see ``pg_search.plain_condition``)."""
    where, params = plain_test(rows, parts, alias="hit")
    return on_the_row(id_field, rows, where, params, fence=" OFFSET 0")


def ranked(db: pw.Database, rows: Rows, parts: Parts, limit: int,
           any_word: bool) -> list[int]:
    """Rows best first (lexemes found; without positions there is no proximity).
    ``any_word`` parts are index tokens (``SearchIndex.any_of``), never long words."""
    where, params = (f"{vector(rows)} @@ q", ()) if any_word else match_test(rows, parts)
    cursor = db.execute_sql(
        f"SELECT id FROM {rows.table}, CAST(%s AS tsquery) AS q WHERE {where} "
        f"ORDER BY ts_rank({vector(rows)}, q) DESC, id LIMIT %s",
        (query(parts, any_word), *params, limit))
    return [row_id for (row_id,) in cursor.fetchall()]
