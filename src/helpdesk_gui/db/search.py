"""Full-text search over tickets, including one- and two-character Chinese terms.

Why not the FTS5 trigram tokenizer: with SQLite 3.40 it cannot match terms shorter than
three characters, and most Chinese search words at the counter are two characters
(停电 power cut, 水费 water bill). So we index *bigrams* ourselves: every run of CJK
characters becomes its overlapping character pairs, followed by its last character
alone ("停电通知" → "停电 电通 通知 知"). Then, in one ordinary ``unicode61`` FTS5 table:

* a 2-character term is one token (``"停电"``);
* a 1-character term is a prefix query (``停*``): every occurrence of a character either
  starts a pair or is the last character of its run;
* a longer term is the phrase of its pairs (``"电通 通知"``), which FTS5 matches only at
  consecutive positions — exactly the substring.

Latin words and digits are kept as words (prefix-matched). The table is contentless
(``content=''``) to halve its size; updates delete with the old terms first.

PostgreSQL gets the same tokens as ``tsvector`` lexemes with a GIN index: knowledge
articles in a table of vectors (``db.pg_search``: a 2-character term is one lexeme, a
1-character term a prefix ``'停':*``, a longer term the phrase ``'电通' <-> '通知'``), tickets
in an expression index over the ticket rows themselves (``db.pg_row_search``: no second
copy of the text, nothing to keep in step). Which is used is decided here, once, from the
bound database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import peewee as pw

from helpdesk_gui.db import fts5
from helpdesk_gui.db.connect import database_proxy, is_sqlite
from helpdesk_gui.db.row_text import CJK, CJK_RUN, Rows

TABLE = "ticket_search"
KNOWLEDGE_TABLE = "knowledge_search"

_TOKEN = re.compile(f"[{CJK}]+|[^\\W_{CJK}]+", re.UNICODE)


def _cjk_tokens(run: str) -> list[str]:
    pairs = [run[i:i + 2] for i in range(len(run) - 1)]
    return [*pairs, run[-1]]


def terms(*texts: str | None) -> str:
    """The indexed form of some text: CJK bigrams + last char, Latin words lower-cased."""
    out: list[str] = []
    for text in texts:
        for token in _TOKEN.findall(text or ""):
            if CJK_RUN.match(token):
                out.extend(_cjk_tokens(token))
            else:
                out.append(token.lower())
    return " ".join(out)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def query_parts(query: str) -> list[tuple[str, list[str]]]:
    """What the clerk typed as (kind, tokens) pairs: ``prefix`` (one CJK character or a
    Latin word), ``term`` (a CJK pair) or ``phrase`` (the pairs of a longer CJK run)."""
    parts: list[tuple[str, list[str]]] = []
    for token in _TOKEN.findall(query or ""):
        if not CJK_RUN.match(token):
            parts.append(("prefix", [token.lower()]))
        elif len(token) == 1:
            parts.append(("prefix", [token]))
        else:
            pairs = [token[i:i + 2] for i in range(len(token) - 1)]
            parts.append(("term" if len(pairs) == 1 else "phrase", pairs))
    return parts


def match_expression(query: str) -> str | None:
    """Turn what the clerk typed into an FTS5 MATCH expression (AND of the words).

    Returns None when there is nothing searchable (only punctuation or emoji), so the
    caller can show "no results" instead of running a bad query.
    """
    from helpdesk_gui.db import fts5

    parts = query_parts(query)
    return fts5.expression(parts, any_word=False) if parts else None


class SearchIndex:
    """One bigram index, keyed by row id: an SQLite FTS5 table; on PostgreSQL a table of
    vectors, or, given ``rows``, an expression index over those rows' own text.

    ``ids``/``count``/``condition`` take what the clerk typed (every word must occur);
    ``any_of`` takes index tokens of which at least one must occur (best first).
    """

    def __init__(self, table: str, rows: Rows | None = None) -> None:
        self.table = table
        self.rows = rows

    def _backend(self, database: pw.Database | None = None):
        """(the backend module, the database, what it searches: table name or rows)."""
        from helpdesk_gui.db import fts5, pg_row_search, pg_search

        db = database or database_proxy.obj
        if is_sqlite(db):
            return fts5, db, self.table
        if self.rows is not None:
            return pg_row_search, db, self.rows
        return pg_search, db, self.table

    def follows_rows(self, database: pw.Database | None = None) -> bool:
        """True where the index is kept by the database itself (nothing to add or
        rebuild): PostgreSQL with ``rows``."""
        from helpdesk_gui.db import pg_row_search

        return self._backend(database)[0] is pg_row_search

    def create(self, database: pw.Database) -> None:
        """Create the table or the index (idempotent)."""
        backend, db, target = self._backend(database)
        backend.create(db, target)

    def add(self, rows: Iterable[tuple[int, str]]) -> None:
        """Index (row id, terms) pairs; terms as made by :func:`terms`."""
        rows = list(rows)
        if rows:
            backend, db, target = self._backend()
            backend.add(db, target, rows)

    def remove(self, row_id: int, old_terms: str) -> None:
        """Take one row out (contentless FTS5 needs the terms it was indexed with)."""
        backend, db, target = self._backend()
        backend.remove(db, target, row_id, old_terms)

    def replace(self, row_id: int, old_terms: str, new_terms: str) -> None:
        """Re-index one row whose text changed."""
        if old_terms != new_terms:
            self.remove(row_id, old_terms)
            self.add([(row_id, new_terms)])

    def condition(self, id_field: pw.Field, query: str,
                  plain: bool = False) -> pw.Expression | None:
        """``id_field IN (rows matching query)``, or None when nothing is searchable.

        ``plain``: the search matches many rows; write it so it does not drive the query
        plan (the database walks the sort order and tests each row)."""
        parts = query_parts(query)
        if not parts:
            return None
        backend, _, target = self._backend()
        if plain and self.rows is not None and backend is fts5:
            return fts5.plain_row_condition(id_field, target, self.rows, parts)
        if plain:
            return backend.plain_condition(id_field, target, parts)
        sql, params = backend.match_ids(target, parts)
        return id_field.in_(pw.SQL(f"({sql})", params))

    def count(self, query: str) -> int:
        """How many rows match (counted in the index alone)."""
        parts = query_parts(query)
        if not parts:
            return 0
        backend, db, target = self._backend()
        sql, params = backend.match_ids(target, parts, count=True)
        return int(db.execute_sql(sql, params).fetchone()[0])

    def count_upto(self, query: str, cap: int) -> tuple[int, bool]:
        """``(count, True)``, or ``(cap + 1, False)`` where counting beyond ``cap`` would
        be slow (PostgreSQL); SQLite's index counts exactly at little cost."""
        parts = query_parts(query)
        if not parts:
            return 0, True
        backend, db, target = self._backend()
        return backend.count_upto(db, target, parts, cap)

    def ranked(self, query: str, limit: int) -> list[int]:
        """Ids of rows containing every word, best match first."""
        parts = query_parts(query)
        if not parts:
            return []
        backend, db, target = self._backend()
        return backend.ranked(db, target, parts, limit, any_word=False)

    def any_of(self, tokens: list[str], limit: int) -> list[int]:
        """Ids of rows containing at least one of the index tokens, best first."""
        if not tokens:
            return []
        backend, db, target = self._backend()
        parts = [("term", [token]) for token in tokens]
        return backend.ranked(db, target, parts, limit, any_word=True)


# a ticket's indexed text: what the customer said and who they are
TICKET_TEXT = Rows("ticket", ("subject", "description", "request", "customer_name"))
TICKETS = SearchIndex(TABLE, rows=TICKET_TEXT)
KNOWLEDGE = SearchIndex(KNOWLEDGE_TABLE)


def create_index(database: pw.Database) -> None:
    """Create the ticket search index (an FTS5 table; on PostgreSQL an index on ``ticket``)."""
    TICKETS.create(database)


def optimize(database: pw.Database) -> None:
    """Merge the index into one segment (after a bulk load or an upgrade; seconds for a
    million tickets). Why: a bulk load leaves big segments on several levels, and FTS5's
    incremental merging of them then rides on every later commit — at 1,000,000 tickets
    a new ticket wrote twelve index pages instead of three. One segment leaves new
    tickets' small segments merging among themselves."""
    if is_sqlite(database) and database.table_exists(TABLE):
        database.execute_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def index_rows(rows: Iterable[tuple[int, str]]) -> None:
    """Add (ticket id, terms) rows to the index; used for new tickets and bulk loads."""
    TICKETS.add(rows)


def reindex(ticket_id: int, old_terms: str, new_terms: str) -> None:
    """Replace one ticket's indexed terms."""
    TICKETS.replace(ticket_id, old_terms, new_terms)


def reindex_remove(ticket_id: int, old_terms: str) -> None:
    """Take one ticket out of the index (contentless tables need its terms)."""
    db = database_proxy.obj
    if not is_sqlite(db):
        return
    db.execute_sql(f"INSERT INTO {TABLE}({TABLE}, rowid, terms) VALUES ('delete', ?, ?)",
                   (ticket_id, old_terms))


def ticket_text_condition(ticket_model: type[pw.Model], query: str,
                          plain: bool = False) -> pw.Expression | None:
    """A WHERE condition: tickets whose subject/description/request/name contain ``query``
    (``plain``: written not to drive the plan, for a search matching many tickets)."""
    return TICKETS.condition(ticket_model.id, query, plain)


def count_text(query: str) -> int:
    """How many tickets contain ``query`` (the index holds one row per ticket)."""
    return TICKETS.count(query)
