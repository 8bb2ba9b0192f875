"""The shipped font, translations and icon are found however the program is installed.

(The wheel and the one-folder bundle are checked in ``tests/installs``.)
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

from helpdesk_gui import paths

ROOT = Path(__file__).resolve().parents[2]


def test_resources_come_from_the_package_helpdesk_gui_resources():
    assert paths.resources_dir() == Path(resources.files(paths.PACKAGE))
    for parts in (("fonts", "wqy-microhei.ttc"), ("i18n", "helpdesk_zh_CN.qm"),
                  ("icons", "helpdesk.svg")):
        assert paths.resource(*parts).is_file(), parts


def test_the_package_is_the_top_level_resources_folder_of_the_source_tree():
    """An editable install maps helpdesk_gui.resources onto ROOT/resources (setup.py)."""
    assert paths.resources_dir().resolve() == (ROOT / "resources").resolve()


def test_a_bare_checkout_without_any_install_finds_them_too(tmp_path):
    """PYTHONPATH=src and no site-packages: the package cannot be imported, the folder can."""
    script = ("import sys; sys.path.insert(0, sys.argv[1]); import helpdesk_gui.paths as p; "
              "print(p.resources_dir())")
    done = subprocess.run([sys.executable, "-S", "-c", script, str(ROOT / "src")],
                          capture_output=True, text=True, check=True, cwd=tmp_path)
    assert Path(done.stdout.strip()) == ROOT / "resources"
