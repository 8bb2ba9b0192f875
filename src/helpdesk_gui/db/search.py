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
PostgreSQL halls fall back to ``ILIKE`` (with pg_trgm indexes when available).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import peewee as pw

from helpdesk_gui.db.connect import database_proxy, is_sqlite

TABLE = "ticket_search"

_CJK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs and compatibility
    "\u3040-\u30ff\uac00-\ud7af"  # kana, hangul
)
_TOKEN = re.compile(f"[{_CJK}]+|[^\\W_{_CJK}]+", re.UNICODE)
_CJK_RUN = re.compile(f"^[{_CJK}]+$")


def _cjk_tokens(run: str) -> list[str]:
    pairs = [run[i:i + 2] for i in range(len(run) - 1)]
    return [*pairs, run[-1]]


def terms(*texts: str | None) -> str:
    """The indexed form of some text: CJK bigrams + last char, Latin words lower-cased."""
    out: list[str] = []
    for text in texts:
        for token in _TOKEN.findall(text or ""):
            if _CJK_RUN.match(token):
                out.extend(_cjk_tokens(token))
            else:
                out.append(token.lower())
    return " ".join(out)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """Turn what the clerk typed into an FTS5 MATCH expression (AND of the words).

    Returns None when there is nothing searchable (only punctuation or emoji), so the
    caller can show "no results" instead of running a bad query.
    """
    parts: list[str] = []
    for token in _TOKEN.findall(query or ""):
        if _CJK_RUN.match(token):
            if len(token) == 1:
                parts.append(_quote(token) + " *")
            else:
                parts.append(_quote(" ".join(token[i:i + 2] for i in range(len(token) - 1))))
        else:
            parts.append(_quote(token.lower()) + " *")
    return " AND ".join(parts) if parts else None


def create_index(database: pw.Database) -> None:
    """Create the search table (SQLite) or trigram indexes (PostgreSQL, best effort)."""
    if is_sqlite(database):
        database.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            "terms, content='', tokenize='unicode61 remove_diacritics 0')"
        )


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
    db = database_proxy.obj
    if not is_sqlite(db):
        return
    db.cursor().executemany(f"INSERT INTO {TABLE}(rowid, terms) VALUES (?, ?)", list(rows))


def reindex(ticket_id: int, old_terms: str, new_terms: str) -> None:
    """Replace one ticket's indexed terms (contentless tables need the old ones)."""
    db = database_proxy.obj
    if not is_sqlite(db) or old_terms == new_terms:
        return
    db.execute_sql(
        f"INSERT INTO {TABLE}({TABLE}, rowid, terms) VALUES ('delete', ?, ?)",
        (ticket_id, old_terms),
    )
    index_rows([(ticket_id, new_terms)])


def ticket_text_condition(ticket_model: type[pw.Model], query: str) -> pw.Expression | None:
    """A WHERE condition: tickets whose subject/description/request/name contain ``query``."""
    db = database_proxy.obj
    if is_sqlite(db):
        expr = match_expression(query)
        if expr is None:
            return None
        sub = pw.SQL(f"(SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", (expr,))
        return ticket_model.id.in_(sub)
    words = [w for w in _TOKEN.findall(query or "")]
    if not words:
        return None
    cond = None
    for word in words:
        like = (ticket_model.description.contains(word) | ticket_model.subject.contains(word)
                | ticket_model.customer_name.contains(word))
        cond = like if cond is None else cond & like
    return cond
