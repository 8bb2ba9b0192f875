"""The one-folder bundle (``make dist``) runs with nothing but itself.

``make test`` builds the bundle first (only when its sources changed) and sets
``HELPDESK_REQUIRE_BUNDLE=1``, so there the test cannot be skipped; a plain ``pytest``
run skips it while no bundle has been built.
"""

from __future__ import annotations

import os
import sys

import pytest

from .checks import ROOT, check_installed_program, clean_env, run

pytestmark = pytest.mark.slow

FOLDER = ROOT / "dist" / "helpdesk-gui"
PROGRAM = FOLDER / ("helpdesk-gui.exe" if sys.platform == "win32" else "helpdesk-gui")


@pytest.fixture(scope="module")
def bundle():
    if not PROGRAM.exists():
        if os.environ.get("HELPDESK_REQUIRE_BUNDLE"):
            pytest.fail(f"{PROGRAM} is missing: `make dist` should have built it")
        pytest.skip("no bundle built (make dist)")
    return PROGRAM


def test_version_names_the_bundled_parts(bundle, outside):
    shown = run([str(bundle), "--version"], outside, clean_env(outside / "home"))
    lines = shown.stdout.splitlines()
    assert lines[0].startswith("helpdesk_gui ") and lines[1].startswith("Qt 6.")
    assert lines[2].startswith("SQLite 3.") and lines[3].endswith("bundled)")


def test_bundle_reports_and_starts_in_chinese(bundle, outside):
    check_installed_program([str(bundle)], outside, clean_env(outside / "home"))


def test_bundle_is_lean(bundle):
    files = [p.relative_to(FOLDER).as_posix() for p in FOLDER.rglob("*") if p.is_file()]
    for unwanted in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "Qt6Pdf",
                     "/tests/", "pytest", "zh_CN.tsv", "helpdesk_zh_CN.ts"):
        assert not [f for f in files if unwanted in f], unwanted
    qt_catalogues = [f for f in files if "/Qt/translations/" in f]
    assert qt_catalogues and all(f.endswith("_zh_CN.qm") for f in qt_catalogues)
    assert any(f.endswith("helpdesk_gui/resources/fonts/wqy-microhei.ttc") for f in files)
    # Linux bundles link some libraries twice by symbolic link: count each file once.
    size = sum((FOLDER / f).stat().st_size for f in files if not (FOLDER / f).is_symlink())
    assert size < 230 * 1024 * 1024, f"the bundle grew to {size / 2**20:.0f} MiB"
