"""Sync tests play several sites, each with its own configuration folder (keys and the
installation secret): give the tests after them the suite's folder and key back."""

from __future__ import annotations

import os

import pytest

from helpdesk_gui.db import secret


@pytest.fixture(autouse=True)
def own_configuration_folder_restored():
    before = os.environ.get(secret.CONFIG_ENV)
    yield
    if before is None:
        os.environ.pop(secret.CONFIG_ENV, None)
    else:
        os.environ[secret.CONFIG_ENV] = before
    secret.forget_cached_key()
