"""The committed ui/generated/*.py match forms/*.ui: regenerate each and compare."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("compile_forms",
                                              ROOT / "scripts" / "compile_forms.py")
compile_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_forms)

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _body(path: Path) -> list[str]:
    """The generated code without the header line naming the compiler version."""
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if "User Interface Compiler version" not in line]


def test_there_are_forms():
    assert FORMS, "forms/*.ui are the sources of the pages"


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_generated_form_is_current(ui_file, tmp_path):
    committed = compile_forms.target_for(ui_file)
    assert committed.exists(), f"run `make forms`: {committed.name} is missing"
    fresh = compile_forms.target_for(ui_file, tmp_path)
    compile_forms.compile_form(ui_file, fresh)
    assert _body(fresh) == _body(committed), f"run `make forms`: {committed.name} is stale"
