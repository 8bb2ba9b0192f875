"""The wheel an administrator installs with ``pip install .`` works away from the sources.

The wheel is built as pip builds it (isolated build), installed NOT editable into a fresh
virtual environment in a temporary folder; the dependencies (PySide6 alone is ~500 MB)
are borrowed from this environment through a ``.pth`` line rather than installed again:
~1 s instead of ~20 s, and the installed package itself still comes from the wheel only.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .checks import ROOT, check_installed_program, clean_env, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, text=True)
    (built,) = out.glob("helpdesk_gui-*.whl")
    return built


def test_the_wheel_holds_the_resources_but_not_their_sources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("helpdesk_gui/resources/__init__.py",
                   "helpdesk_gui/resources/fonts/wqy-microhei.ttc",
                   "helpdesk_gui/resources/fonts/LICENSE-Apache-2.0.txt",
                   "helpdesk_gui/resources/i18n/helpdesk_zh_CN.qm",
                   "helpdesk_gui/resources/icons/helpdesk.svg", "helpdesk_gui/py.typed"):
        assert needed in names
    assert not [n for n in names if n.endswith((".ts", ".tsv")) or n.startswith("tests/")]


def _venv(where: Path, wheel: Path) -> Path:
    """A fresh environment with the wheel installed and this one's dependencies visible."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--ignore-installed", str(wheel)],
                   check=True, capture_output=True, text=True)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], check=True, capture_output=True, text=True)
    # A plain path line: this environment's packages are importable, but its .pth files
    # (the editable install of the source tree) are not run.
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site.stdout.strip(), "zz_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    return python


def test_installed_wheel_reports_and_starts_in_chinese(wheel, outside):
    python = _venv(outside / "venv", wheel)
    env = clean_env(outside / "home")
    where = run([str(python), "-c", "import helpdesk_gui, helpdesk_gui.paths as p; "
                 "print(helpdesk_gui.__file__); print(p.resources_dir())"], outside, env)
    package_file, resources = where.stdout.splitlines()
    venv = (outside / "venv").resolve()
    assert Path(package_file).resolve().is_relative_to(venv), package_file
    assert Path(resources).resolve().is_relative_to(venv), resources
    program = python.parent / ("helpdesk-gui.exe" if sys.platform == "win32" else "helpdesk-gui")
    check_installed_program([str(program)], outside, env)
