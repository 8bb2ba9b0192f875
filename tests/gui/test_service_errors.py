"""Service errors reach the screen in the user's language, with nothing lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from helpdesk_gui.domain.errors import IllegalTransition, PermissionDenied, ValidationError
from helpdesk_gui.paths import resource
from helpdesk_gui.ui.service_errors import error_text


@pytest.fixture
def chinese(qapp):
    translator = QTranslator()
    assert translator.load(str(resource("i18n", "helpdesk_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_validation_reasons_are_translated_field_by_field(chinese):
    text = error_text(ValidationError({"reason": "required",
                                       "description": "too long (4001 characters, at most 4000)"}))
    assert text.splitlines() == ["原因: 必填", "问题描述: 过长：共4001个字符，最多4000个"]


def test_illegal_transition_names_state_and_action_in_chinese(chinese):
    text = error_text(IllegalTransition("BJ01-20261122-0001", "closed", "resolve", ["reopen"]))
    assert "BJ01-20261122-0001" in text and "已办结" in text
    assert "解决" in text and "重新打开" in text


def test_denial_says_who_may(chinese):
    text = error_text(PermissionDenied("2001 李强 (role handler) may not do complaint.close; "
                                       "allowed roles: supervisor"))
    assert "处理人员" in text and "班长/主管" in text and "complaint.close" in text


def test_unknown_wording_is_shown_as_the_service_said(chinese):
    assert error_text(ValueError("disk full")) == "disk full"
