"""A conflict's kept English sentence can be read back and said in Chinese."""

from __future__ import annotations

import re

import pytest

from helpdesk_gui.domain.sync import decisions

PARTICULARS = {"table": "customer", "ref": "6f1c…", "kind": "ticket", "name": "ticket_no",
               "value": "'BJ01-20261101-0001'", "holder": "2b7e…", "writer": "BJ01",
               "owner": "HQ"}


def _fields(template: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", template))


@pytest.mark.parametrize("key", list(decisions.DECISIONS))
def test_each_sentence_reads_back_to_its_template_and_particulars(key):
    english, chinese = decisions.DECISIONS[key]
    params = {name: PARTICULARS[name] for name in _fields(english)}
    assert decisions.read(decisions.text(key, **params)) == (key, params)
    assert _fields(chinese) == _fields(english)  # the Chinese names the same particulars
    assert chinese.format(**params)


def test_a_sentence_from_elsewhere_is_not_guessed():
    assert decisions.read("kept for a reason this version does not know") is None
    assert decisions.read("") is None


def test_every_travelling_table_has_a_name_for_people():
    from helpdesk_gui.domain.sync.tables import TABLE_NAMES, TABLES

    assert {t.name for t in TABLES} == set(TABLE_NAMES)
