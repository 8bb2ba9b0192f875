"""Schema step for training, knowledge base and case library.

Adds the tables of ``domain.training.models`` and, on SQLite, the contentless FTS5 table
``knowledge_search`` that indexes articles with the bigram terms of ``db.search`` (so the
2-character words clerks type — 停电, 水费 — are found); on PostgreSQL the same terms in
a tsvector table with a GIN index.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db import search
from helpdesk_gui.domain.training.models import MODELS

KNOWLEDGE_TABLE = search.KNOWLEDGE_TABLE


def create_knowledge_index(database: pw.Database) -> None:
    """The article search table (idempotent)."""
    search.KNOWLEDGE.create(database)


def upgrade(database: pw.Database) -> None:
    """Create the training/knowledge/case tables and the article search index."""
    database.create_tables(MODELS)
    create_knowledge_index(database)
