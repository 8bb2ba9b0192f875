"""Compile forms/*.ui into src/helpdesk_gui/ui/generated/ui_*.py with pyside6-uic.

The generated files are committed (so a checkout runs without build steps);
tests/unit/test_forms_generated.py regenerates each one and compares, so they never drift.
A generated file whose code is unchanged is left as it is, so a different pyside6-uic
version (named in the header line) does not rewrite every form.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
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


def body(path: Path) -> list[str]:
    """The generated code without the header line naming the compiler version."""
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if "User Interface Compiler version" not in line]


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        for ui_file in sorted(FORMS.glob("*.ui")):
            fresh, target = target_for(ui_file, Path(scratch)), target_for(ui_file)
            compile_form(ui_file, fresh)
            if target.exists() and body(target) == body(fresh):
                continue
            shutil.copyfile(fresh, target)
            print(f"compiled {ui_file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
