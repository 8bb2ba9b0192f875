"""Knowledge suggestions for the intake page, and the Knowledge page search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.training.models import MODELS, KnowledgeArticle
from helpdesk_gui.services.training import knowledge
from helpdesk_gui.services.training.knowledge import ArticleForm
from helpdesk_gui.ui.training.knowledge_hints import KnowledgeSuggestions
from helpdesk_gui.ui.training.knowledge_page import KnowledgePage

OUTAGE = "您好，您所在小区因线路检修计划停电，预计今天17点前恢复供电。"
WATER = "水费可在营业厅、APP或银行代扣缴纳，账单每月5日前出具。"


@pytest.fixture
def articles(db, supervisor):
    database_proxy.obj.create_tables(MODELS)
    return [knowledge.create_article(ArticleForm("script", "计划停电答复", "outage", OUTAGE,
                                                 "停电"), supervisor),
            knowledge.create_article(ArticleForm("article", "水费缴纳方式", "billing", WATER,
                                                 "水费"), supervisor)]


class DeferredOps:
    """Holds background results until the test releases them (out of order)."""

    def __init__(self):
        self.pending = []

    def read(self, fn, on_done=None, on_error=None):
        self.pending.append((fn, on_done))

    def write(self, fn, on_done=None, on_error=None):
        fn()

    def release(self, index):
        fn, on_done = self.pending.pop(index)
        on_done(fn())


def test_knowledge_suggestions_follow_the_description(qtbot, ctx, articles):
    widget = KnowledgeSuggestions(ctx)
    qtbot.addWidget(widget)
    widget.set_text("客户说家里停电了")
    assert widget.list.count() == 0  # debounced: nothing yet
    qtbot.waitUntil(lambda: widget.list.count() == 1, timeout=2000)
    assert "计划停电答复" in widget.list.item(0).text()
    assert widget.preview.text() == OUTAGE and widget.insert_button.isEnabled()
    widget.set_text("问水费怎么交")
    widget.flush()
    assert "水费缴纳方式" in widget.list.item(0).text()
    widget.set_text("😀")
    widget.flush()
    assert widget.list.count() == 0 and not widget.insert_button.isEnabled()


def test_knowledge_suggestions_insert_into_reply_counts_a_use(qtbot, ctx, articles):
    widget = KnowledgeSuggestions(ctx)
    qtbot.addWidget(widget)
    widget.set_text("停电什么时候恢复")
    widget.flush()
    with qtbot.waitSignal(widget.insert_requested) as signal:
        qtbot.mouseClick(widget.insert_button, Qt.MouseButton.LeftButton)
    assert signal.args == [OUTAGE]
    assert KnowledgeArticle.get_by_id(articles[0]).uses == 1


def test_knowledge_suggestions_ignore_stale_results(qtbot, ctx, articles):
    ops = DeferredOps()
    ctx.ops = ops
    widget = KnowledgeSuggestions(ctx)
    qtbot.addWidget(widget)
    widget.set_text("停电")
    widget.flush()
    widget.set_text("水费")
    widget.flush()
    ops.release(1)  # the newer query answers first
    ops.release(0)  # then the stale one: must not replace the list
    assert widget.list.count() == 1 and "水费" in widget.list.item(0).text()


def test_knowledge_page_searches_two_character_terms(qtbot, ctx, articles):
    page = KnowledgePage(ctx)
    qtbot.addWidget(page)
    tab = page.articles_tab
    assert tab.table.rowCount() == 2
    tab.search_edit.setText("停电")  # QTest.keyClicks cannot type CJK
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=2000)
    assert tab.table.item(0, 0).text() == "计划停电答复"


def test_knowledge_page_adds_an_article(qtbot, ctx, articles, supervisor):
    ctx.actor = supervisor
    page = KnowledgePage(ctx)
    ctx.ops.changed.connect(page.on_changes)
    qtbot.addWidget(page)
    tab = page.articles_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    tab.title_edit.setText("燃气异味处置话术")  # QTest.keyClicks cannot type CJK
    tab.tags_edit.setText("燃气，安全")  # QTest.keyClicks cannot type CJK
    tab.body_edit.setPlainText("请立即关闭燃气阀门，开窗通风，到室外拨打抢修电话。")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    article = KnowledgeArticle.get(KnowledgeArticle.title == "燃气异味处置话术")
    assert article.tags == "燃气,安全"
    assert tab.table.rowCount() == 3
    assert [r.title for r in knowledge.search("燃气")] == ["燃气异味处置话术"]
