"""The layers below the app never import Qt (ARCHITECTURE.md): checked two ways. The app
layer itself wires with QtCore only and never reaches up into the widgets."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "helpdesk_gui"
QT_FREE = ["domain", "services", "db", "reports"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_source_names_no_qt(layer):
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
        or name.startswith(("helpdesk_gui.ui", "helpdesk_gui.app"))
    ]
    assert offenders == []


def test_app_layer_uses_qtcore_only_and_no_widgets():
    """``app/`` is the wiring under the pages (ops, scheduler, settings): a module that
    makes a widget or a dialog belongs in ``ui/``."""
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "app").rglob("*.py"))
        for name in _imports(path)
        if (name.startswith("PySide6.") and name != "PySide6.QtCore")
        or name.startswith("helpdesk_gui.ui")
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    """Import all of domain/services/db/reports in a fresh interpreter: no PySide6 in it."""
    modules = [
        ".".join(("helpdesk_gui", *path.relative_to(PACKAGE).with_suffix("").parts))
        for layer in QT_FREE for path in sorted((PACKAGE / layer).rglob("*.py"))
    ]
    modules = [m.removesuffix(".__init__") for m in modules]
    code = ("import sys, importlib\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(len(sys.modules)); assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parents[1])
    assert result.returncode == 0, result.stderr
