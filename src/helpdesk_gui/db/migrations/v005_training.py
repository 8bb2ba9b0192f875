"""Schema step for training, knowledge base and case library.

Adds the tables of ``domain.training.models`` and, on SQLite, the contentless FTS5 table
``knowledge_search`` that indexes articles with the bigram terms of ``db.search`` (so the
2-character words clerks type — 停电, 水费 — are found). PostgreSQL searches with LIKE.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.connect import is_sqlite
from helpdesk_gui.domain.training.models import MODELS

KNOWLEDGE_TABLE = "knowledge_search"


def create_knowledge_index(database: pw.Database) -> None:
    """The article search table (SQLite only; idempotent)."""
    if is_sqlite(database):
        database.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {KNOWLEDGE_TABLE} USING fts5("
            "terms, content='', tokenize='unicode61 remove_diacritics 0')"
        )


def upgrade(database: pw.Database) -> None:
    """Create the training/knowledge/case tables and the article search index."""
    database.create_tables(MODELS)
    create_knowledge_index(database)
