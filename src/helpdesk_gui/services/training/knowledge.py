"""The knowledge base: articles and standard scripts (话术) (SERVICE_STANDARD §11).

Search reuses the bigram index of ``db.search`` in its own table ``knowledge_search``
(created by ``db.migrations.v005_training``; FTS5 on SQLite, tsvector on PostgreSQL), so
2-character words such as 停电 or 水费 are found. ``search`` ANDs the words typed (a clerk
narrowing down); ``suggest`` ORs the bigrams of a whole description and ranks the best
first (bm25 / ts_rank), because a customer's story never contains every word of an article.
Usage counts grow each time an article is inserted into a reply.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpdesk_gui.db import search as bigram
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.training.models import (
    ARTICLE_KINDS,
    KNOWLEDGE_CATEGORIES,
    KnowledgeArticle,
)
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.training.courses import guard, trail

KNOWLEDGE_CHANGED = Changes(kinds=frozenset({"knowledge"}))
EDIT = "knowledge.edit"
SUGGEST_TERMS = 60  # at most this many distinct bigrams of a description are searched


@dataclass(frozen=True)
class ArticleForm:
    kind: str
    title: str
    category: str
    body: str
    tags: str = ""


@dataclass(frozen=True)
class ArticleRow:
    id: int
    kind: str
    title: str
    category: str
    tags: str
    body: str
    uses: int


def _row(a: KnowledgeArticle) -> ArticleRow:
    return ArticleRow(a.id, a.kind, a.title, a.category, a.tags, a.body, a.uses)


def clean_tags(text: str) -> str:
    """Tags separated by commas (ASCII or Chinese) or 、; trimmed, no duplicates."""
    parts = text.replace("，", ",").replace("、", ",").replace(";", ",").split(",")
    seen: list[str] = []
    for tag in (p.strip() for p in parts):
        if tag and tag not in seen:
            seen.append(tag[:30])
    return ",".join(seen)


def article_terms(a: KnowledgeArticle) -> str:
    return bigram.terms(a.title, a.title, a.tags.replace(",", " "), a.body)


def _validate(form: ArticleForm) -> dict:
    title, body = validation.collect(
        lambda: validation.text("title", form.title, required=True, limit=200),
        lambda: validation.text("body", form.body, required=True, limit=8000))
    validation.choice("kind", form.kind, ARTICLE_KINDS)
    validation.choice("category", form.category, KNOWLEDGE_CATEGORIES)
    tags = clean_tags(form.tags)
    if len(tags) > 300:
        raise ValidationError({"tags": "too many tags"})
    return dict(kind=form.kind, title=title, category=form.category, body=body, tags=tags)


def _index(article_id: int, terms: str) -> None:
    bigram.KNOWLEDGE.add([(article_id, terms)])


def _unindex(article_id: int, terms: str) -> None:
    bigram.KNOWLEDGE.remove(article_id, terms)


def create_article(form: ArticleForm, actor: Staff | None) -> int:
    """Add an article or script and index it; returns its id."""
    data = _validate(form)
    guard(actor, EDIT, "knowledge_article")
    with database_proxy.obj.atomic():
        article = KnowledgeArticle.create(author=actor, **data)
        _index(article.id, article_terms(article))
        trail(actor, "knowledge.create", "knowledge_article", article.id, {"title": data["title"]})
    return article.id


def update_article(article_id: int, form: ArticleForm, actor: Staff) -> Changes:
    """Edit an article; the contentless index needs the old terms removed first."""
    data = _validate(form)
    guard(actor, EDIT, "knowledge_article", article_id)
    with database_proxy.obj.atomic():
        article = get_article(article_id)
        trail(actor, "knowledge.update", "knowledge_article", article_id, {"title": data["title"]})
        _unindex(article.id, article_terms(article))
        for key, value in data.items():
            setattr(article, key, value)
        article.touch()
        article.save()
        _index(article.id, article_terms(article))
    return KNOWLEDGE_CHANGED


def retire_article(article_id: int, actor: Staff) -> Changes:
    """Take an article out of search and suggestions (kept, never deleted)."""
    guard(actor, EDIT, "knowledge_article", article_id)
    with database_proxy.obj.atomic():
        trail(actor, "knowledge.retire", "knowledge_article", article_id)
        article = get_article(article_id)
        if article.active:
            _unindex(article.id, article_terms(article))
            article.active = False
            article.touch()
            article.save()
    return KNOWLEDGE_CHANGED


def get_article(article_id: int) -> KnowledgeArticle:
    return KnowledgeArticle.by_id(article_id)


def record_use(article_id: int) -> Changes:
    """Count one use (inserted into a reply); the most used rise in suggestions."""
    with database_proxy.obj.atomic():
        n = (KnowledgeArticle.update(uses=KnowledgeArticle.uses + 1, last_used_at=utcnow())
             .where(KnowledgeArticle.id == article_id).execute())
    if not n:
        raise NotFound(f"knowledge article #{article_id} does not exist")
    return KNOWLEDGE_CHANGED


def _fetch(ids: list[int]) -> list[ArticleRow]:
    rows = {a.id: a for a in KnowledgeArticle.select().where(
        KnowledgeArticle.id.in_(ids), KnowledgeArticle.active)}
    return [_row(rows[i]) for i in ids if i in rows]


def search(query: str, category: str | None = None, kind: str | None = None,
           limit: int = 100) -> list[ArticleRow]:
    """Articles containing every word typed (best match first); all when empty."""
    base = KnowledgeArticle.select().where(KnowledgeArticle.active)
    if category:
        base = base.where(KnowledgeArticle.category == category)
    if kind:
        base = base.where(KnowledgeArticle.kind == kind)
    if not (query or "").strip():
        return [_row(a) for a in base.order_by(KnowledgeArticle.uses.desc(),
                                               KnowledgeArticle.title).limit(limit)]
    allowed = {a.id for a in base.select(KnowledgeArticle.id)}
    return [r for r in _fetch(bigram.KNOWLEDGE.ranked(query, 1000)) if r.id in allowed][:limit]


def _suggest_terms(text: str) -> list[str]:
    """Distinct searchable tokens of a description: CJK bigrams and Latin words."""
    tokens: list[str] = []
    for token in bigram.terms(text).split():
        if (len(token) >= 2) and token not in tokens:
            tokens.append(token)
    return tokens[:SUGGEST_TERMS]


def suggest(description_text: str, limit: int = 5) -> list[ArticleRow]:
    """Articles matching the description being typed at intake, best first."""
    tokens = _suggest_terms(description_text)
    if not tokens:
        return []
    return _fetch(bigram.KNOWLEDGE.any_of(tokens, limit * 3))[:limit]
