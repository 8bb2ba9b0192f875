"""Tickets on PostgreSQL are searched through an expression index on the ticket rows
(``db.pg_row_search``): its SQL function must make exactly the tokens ``search.terms``
makes in Python, or a word would be found on SQLite and missed on the hall server."""

from __future__ import annotations

import pytest

from helpdesk_gui.db import search
from helpdesk_gui.db.migrations import v017_ticket_search_on_rows as step
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

TRICKY = ["停电通知", "abc停电123", "café É Ünter", "１２３号", "emoji 😀 水费", "a_b c__d",
          "カタカナ・テスト", "한국어 텍스트", "İstanbul ß ǅ", "", "水", "x", "Ⅻ ① ½ ²",
          "𠀀𠀁 ext-b", "户号:0012345，电话138****0000", "O'Brien \\ 100%_done",
          "①水压低②夜间无水"]


def _server_terms(db, texts: list[str | None]) -> list[str]:
    vector = db.execute_sql("SELECT tsvector_to_array(search_terms(VARIADIC %s::text[]))",
                            (texts,)).fetchone()[0]
    return sorted(vector)


def _python_terms(*texts: str | None) -> list[str]:
    return sorted(set(search.terms(*texts).split()))


@pytest.mark.parametrize("text", TRICKY)
def test_the_server_makes_the_same_terms_as_python(db, text):
    assert _server_terms(db, [text]) == _python_terms(text)


def test_several_fields_and_empty_ones(db):
    fields = ["报修", None, "家里停电了，请尽快处理", "", "王建国"]
    assert _server_terms(db, fields) == _python_terms(*fields)


def test_every_character_is_classed_as_python_classes_it(db):
    """Each code point between two letters: a word character joins them, any other
    parts them; CJK becomes pairs. All of Unicode's planes 0-2 (the others hold no
    letters a hall types)."""
    points = [p for p in range(0x20, 0x30000) if not 0xD800 <= p < 0xE000]
    wrong = []
    for start in range(0, len(points), 8000):
        texts = ["x" + chr(p) + "Y" for p in points[start:start + 8000]]
        rows = db.execute_sql("SELECT s, tsvector_to_array(search_terms(s)) "
                              "FROM unnest(%s::text[]) AS s", (texts,)).fetchall()
        wrong += [s[1] for s, found in rows if sorted(found) != _python_terms(s)]
    assert wrong == [], f"{len(wrong)} characters classed otherwise, e.g. {wrong[:20]}"


def _create(clerk, description: str, n: int = 0) -> Ticket:
    form = IntakeForm(channel="counter", type="repair", level=3, customer_name="王建国",
                      phone=f"1390000{n:04d}", description=description)
    return create_ticket(form, clerk)


def test_a_word_longer_than_a_lexeme_may_be_is_stored_and_found(db, clerk):
    """A pasted 3,000-character token (a link, a code) must not refuse the ticket."""
    long_word = "a" * 3000
    ticket = _create(clerk, f"见链接 {long_word}")
    assert search.TICKETS.ranked("aaaa", 10) == [ticket.id]
    assert search.TICKETS.ranked(long_word, 10) == [ticket.id]


def test_the_index_follows_the_row_without_a_table(db, clerk):
    ticket = _create(clerk, "水表读数不对")
    assert not db.table_exists(search.TABLE)
    assert search.TICKETS.follows_rows(db)
    Ticket.update(subject="燃气", description="燃气有异味").where(Ticket.id == ticket.id).execute()
    assert search.count_text("水表") == 0
    assert search.count_text("异味") == 1


def test_searches_go_through_the_expression_index(db, clerk):
    for n in range(30):
        _create(clerk, f"第{n}号 水压低" if n % 3 == 0 else f"第{n}号 电费偏高", n)
    db.execute_sql("ANALYZE ticket")
    sql, params = search.TICKETS._backend(db)[0].match_ids(search.TICKET_TEXT,
                                                           search.query_parts("水压低"))
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        plan = "\n".join(r[0] for r in db.execute_sql(f"EXPLAIN {sql}", params))
    assert "ticket_terms" in plan
    assert search.count_text("水压低") == 10
    assert search.count_text("压低水") == 0


def test_the_step_moves_an_older_server_off_the_table(db, clerk):
    ticket = _create(clerk, "停电通知什么时候结束")
    db.execute_sql("DROP INDEX ticket_terms")
    db.execute_sql(f"CREATE TABLE {search.TABLE} (id BIGINT PRIMARY KEY, terms TSVECTOR)")
    step.upgrade(db)
    assert not db.table_exists(search.TABLE)
    assert search.TICKETS.ranked("电通知", 10) == [ticket.id]
    step.upgrade(db)  # again: nothing left to do, no error


def test_a_common_character_is_counted_row_by_row_a_rare_one_through_the_index(
        db, clerk, sql_seen):
    """A GIN bitmap holds every match before the first is counted: for one common
    character that was a second on a million tickets. Expected in many rows, the count
    tests rows one by one and stops at the cap; a rare word keeps the index."""
    for n in range(150):
        _create(clerk, f"第{n}号 电费偏高" if n % 10 else f"第{n}号 鑫源小区水压低", n)
    db.execute_sql("ANALYZE ticket")
    seen = sql_seen
    seen.clear()
    assert search.TICKETS.count_upto("电", 10) == (11, False)
    counted = [sql for sql in seen if sql.startswith("SELECT COUNT(*)")]
    assert counted and "LIKE" in counted[-1] and "@@" not in counted[-1]
    assert search.TICKETS.count_upto("电", 500) == (135, True)
    seen.clear()
    assert search.TICKETS.count_upto("鑫", 10) == (11, False)
    assert search.TICKETS.count_upto("鑫", 20) == (15, True)
    counted = [sql for sql in seen if sql.startswith("SELECT COUNT(*)")]
    assert counted and all("@@" in sql for sql in counted)


def _work_mem(db) -> int:
    return db.execute_sql("SELECT pg_size_bytes(current_setting('work_mem'))").fetchone()[0]


def test_each_connection_has_room_for_an_exact_bitmap_of_every_ticket_page(db):
    """With the server's default 4 MB a common word's bitmap turns lossy beyond about 1.3
    million tickets, and the lossy pages' tickets have their terms made again: counting
    停电 on 3 million took 41 s instead of half a second."""
    db.close()
    db.connect()  # a new connection, as each worker of a PC opens one
    assert _work_mem(db) == 64 * 1024 * 1024
    db.execute_sql("SET work_mem = '256MB'")  # a server (or role) that gives more …
    db._initialize_connection(db.connection())
    assert _work_mem(db) == 256 * 1024 * 1024  # … keeps it
