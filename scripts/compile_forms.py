"""Compile forms/*.ui into src/helpdesk_gui/ui/generated/ui_*.py with pyside6-uic.

The generated files are committed (so a checkout runs without build steps);
tests/unit/test_forms_generated.py regenerates each one and compares, so they never drift.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
GENERATED = ROOT / "src" / "helpdesk_gui" / "ui" / "generated"


def uic() -> str:
    """The pyside6-uic next to this interpreter (the virtual environment's)."""
    local = Path(sys.executable).with_name("pyside6-uic")
    return str(local) if local.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_form(ui_file: Path, output: Path) -> None:
    subprocess.run([uic(), str(ui_file), "-o", str(output)], check=True)


def target_for(ui_file: Path, folder: Path = GENERATED) -> Path:
    return folder / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(FORMS.glob("*.ui")):
        compile_form(ui_file, target_for(ui_file))
        print(f"compiled {ui_file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
