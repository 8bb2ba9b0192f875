"""Fixtures of the training tests: a course catalogue and a few staff."""

from __future__ import annotations

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.training.models import MODELS
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.training import courses as training
from helpdesk_gui.services.training.courses import CourseForm


@pytest.fixture
def tables(db):
    """Harmless once the migration is registered; needed before."""
    database_proxy.obj.create_tables(MODELS)
    return db


@pytest.fixture
def people(tables, branch, handler, supervisor):
    second = staff_service.create_staff(branch, "2002", "陈静", "handler")
    return {"handler": handler, "supervisor": supervisor, "second": second}


@pytest.fixture
def make_course(tables):
    """A function adding a course and returning it."""
    return _make_course


def _make_course(actor, code="LY-01", subtopic="etiquette", pass_mark=60.0, title=None):
    training.create_course(CourseForm(code=code, title=title or f"{code} 课程",
                                      subtopic=subtopic, form="offline", hours=2,
                                      pass_mark=pass_mark), actor)
    from helpdesk_gui.domain.training.models import Course
    return Course.get(Course.code == code.upper())
