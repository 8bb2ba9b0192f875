"""Fixtures of the install tests (the checks themselves are in ``checks.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .checks import ROOT


@pytest.fixture
def outside(tmp_path) -> Path:
    """A working folder that is not inside the source tree."""
    assert ROOT not in tmp_path.parents
    return tmp_path
