"""Knowledge search (2-character Chinese terms), suggestions, usage; the case library."""

from __future__ import annotations

import pytest

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.training.models import KnowledgeArticle, LibraryCase
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.services.training import cases, knowledge
from helpdesk_gui.services.training.knowledge import ArticleForm

ARTICLES = [
    ("script", "计划停电咨询话术", "outage", "停电,检修",
     "您好，您所在小区因线路检修计划停电，预计下午五点恢复供电，给您带来不便深表歉意。"),
    ("article", "水费账单查询与缴纳", "billing", "水费,缴费",
     "客户可通过营业厅、网上国网APP或银行代扣缴纳水费，账单每月初出具。"),
    ("article", "燃气泄漏应急处置", "safety", "燃气,安全",
     "闻到燃气异味时请立即关闭阀门、开窗通风，不要开关电器，到室外拨打抢修电话。"),
    ("script", "电费偏高解释话术", "billing", "电费,电表",
     "电费偏高多与用电量增加或阶梯电价有关，可为您核对电表读数。"),
]


@pytest.fixture
def articles(tables, supervisor):
    return [knowledge.create_article(ArticleForm(k, t, c, b, tags), supervisor)
            for k, t, c, tags, b in ARTICLES]


def _titles(rows):
    return [r.title for r in rows]


@pytest.mark.parametrize(("query", "expected"), [
    ("停电", ["计划停电咨询话术"]),
    ("水费", ["水费账单查询与缴纳"]),
    ("燃气", ["燃气泄漏应急处置"]),
    ("电表", ["电费偏高解释话术"]),
    ("缴纳 水费", ["水费账单查询与缴纳"]),
    ("app", ["水费账单查询与缴纳"]),
    ("停水", []),
])
def test_knowledge_search_finds_two_character_chinese_terms(articles, query, expected):
    assert _titles(knowledge.search(query)) == expected


def test_knowledge_search_filters_and_lists_all_when_empty(articles):
    assert len(knowledge.search("")) == 4
    assert _titles(knowledge.search("", kind="script", category="billing")) == ["电费偏高解释话术"]
    assert _titles(knowledge.search("电费", category="outage")) == []


def test_knowledge_update_and_retire_keep_the_index_right(articles, supervisor):
    first = articles[0]
    knowledge.update_article(first, ArticleForm("script", "计划停水咨询话术", "outage",
                                                "您好，因管网维修计划停水。", "停水"), supervisor)
    assert _titles(knowledge.search("停电")) == []
    assert _titles(knowledge.search("停水")) == ["计划停水咨询话术"]
    knowledge.retire_article(first, supervisor)
    assert knowledge.search("停水") == [] and KnowledgeArticle.get_by_id(first).active is False


def test_knowledge_suggest_from_a_description_and_usage_counts(articles):
    rows = knowledge.suggest("客户来电说家里突然停电了，问什么时候恢复供电")
    assert rows[0].title == "计划停电咨询话术"
    assert knowledge.suggest("！！？") == []
    knowledge.record_use(rows[0].id)
    knowledge.record_use(rows[0].id)
    assert KnowledgeArticle.get_by_id(rows[0].id).uses == 2
    assert knowledge.search("")[0].id == rows[0].id  # most used first


def test_knowledge_article_validation(tables, supervisor):
    with pytest.raises(ValidationError) as err:
        knowledge.create_article(ArticleForm("memo", "", "outage", "x"), supervisor)
    assert "title" in err.value.errors
    assert knowledge.clean_tags("停电， 检修、停电,") == "停电,检修"


def test_training_case_masking():
    assert cases.mask_name("张三") == "张*" and cases.mask_name("王建国") == "王**"
    assert cases.mask_phone("13812341234") == "138****1234"
    text = cases.mask_text("王建国来电13912345678，户号3301234567", ("王建国",))
    assert text == "王**来电139****5678，户号33******67"


def _closed_ticket(clerk):
    made = create_ticket(IntakeForm(
        channel="counter", type="consultation", level=3, customer_name="张三",
        phone="13812341234", account_no="GD20240001",
        description="张三询问电费为什么比上月高，联系电话13812341234",
        first_contact_resolved=True, answer="向张三解释阶梯电价，核对电表读数正常"), clerk)
    return made.id


def test_training_case_promote_masks_personal_data(tables, clerk, supervisor, make_course):
    ticket_id = _closed_ticket(clerk)
    case_id = cases.promote(ticket_id, "success", "先核对读数再解释阶梯电价，张三表示满意",
                            supervisor)
    case = LibraryCase.get_by_id(case_id)
    for text in (case.summary, case.lessons, case.title):
        assert "张三" not in text and "13812341234" not in text and "GD20240001" not in text
    assert "张*" in case.summary and "138****1234" in case.summary
    with pytest.raises(ValidationError):
        cases.promote(ticket_id, "success", "again", supervisor)
    course = make_course(supervisor, "DF-01", "product_knowledge")
    cases.attach(case_id, course.id, supervisor)
    cases.attach(case_id, course.id, supervisor)
    [row] = cases.cases_of_course(course.id)
    assert row.courses == (course.title,)
    assert cases.list_cases(outcome="failure") == []
    assert [r.id for r in cases.list_cases(query="阶梯")] == [case_id]


def test_training_case_needs_a_closed_ticket(tables, clerk, supervisor):
    open_ticket = create_ticket(IntakeForm(channel="phone", type="repair", level=3,
                                           customer_name="李四", phone="13900001111",
                                           description="燃气表不走字"), clerk)
    with pytest.raises(ValidationError):
        cases.promote(open_ticket.id, "failure", "教训", supervisor)
    assert cases.closed_tickets_to_promote() == []
