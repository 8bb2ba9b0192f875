"""Where the shipped resources (fonts, translations, icons) are, in every way we run.

The top-level ``resources/`` folder of the source tree is the package
``helpdesk_gui.resources`` (mapped in ``setup.py``), so ``importlib.resources`` finds it
in an editable install, an installed wheel and a PyInstaller bundle alike (the bundle
keeps it under ``_internal/helpdesk_gui/resources``). Only a source checkout run without
any install (``PYTHONPATH=src``) cannot import that package; then the folder is taken
from the checkout itself.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
from importlib import resources as importlib_resources
from pathlib import Path

PACKAGE = "helpdesk_gui.resources"
CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@functools.cache
def resources_dir() -> Path:
    """The folder holding fonts/, i18n/ and icons/, as a real directory on disk.

    Qt and ReportLab open files by name, so a resource root that is not a plain folder
    (a zip import) is extracted once for the life of the process.
    """
    try:
        root = importlib_resources.files(PACKAGE)
    except ModuleNotFoundError:
        return CHECKOUT_RESOURCES
    if isinstance(root, Path):
        return root
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(importlib_resources.as_file(root))


def resource(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resources_dir().joinpath(*parts)
