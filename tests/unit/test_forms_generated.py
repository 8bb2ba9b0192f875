"""The committed ui/generated/*.py match forms/*.ui: regenerate each and compare."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("compile_forms",
                                              ROOT / "scripts" / "compile_forms.py")
compile_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_forms)

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_there_are_forms():
    assert FORMS, "forms/*.ui are the sources of the pages"


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_generated_form_is_current(ui_file, tmp_path):
    committed = compile_forms.target_for(ui_file)
    assert committed.exists(), f"run `make forms`: {committed.name} is missing"
    fresh = compile_forms.target_for(ui_file, tmp_path)
    compile_forms.compile_form(ui_file, fresh)
    assert compile_forms.body(fresh) == compile_forms.body(committed), \
        f"run `make forms`: {committed.name} is stale"


@pytest.mark.parametrize("ui_file", FORMS, ids=lambda p: p.name)
def test_form_is_used_by_a_page(ui_file):
    """A form no page sets up is a layout that drifted away from its page."""
    ui_class = "Ui_" + ET.parse(ui_file).getroot().findtext("class")
    package = ROOT / "src" / "helpdesk_gui" / "ui"
    uses = [line for p in package.rglob("*.py") if "generated" not in p.parts
            for line in p.read_text(encoding="utf-8").splitlines()
            if ui_class in line and not line.lstrip().startswith(("from ", "import "))]
    assert uses, f"no page sets up {ui_class}: {ui_file.name} is unused"
