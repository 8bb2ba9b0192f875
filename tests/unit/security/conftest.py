"""Security tests: a cheap argon2id hasher (real algorithm, small cost) and an admin."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from helpdesk_gui.services.security import auth
from helpdesk_gui.services.security import staff as staff_service

FAST = dict(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def fast_hasher():
    previous = auth.use_hasher(PasswordHasher(**FAST))
    yield
    auth.use_hasher(previous)


@pytest.fixture
def admin(branch):
    person = staff_service.create_staff(branch, "9001", "孙丽", "admin")
    auth.set_password(person, "admin1234")
    return person
