"""Where the shipped resources (fonts, translations, icons) are, in every way we run.

From a source checkout or an editable install they are in the repository's
``resources/``; from a PyInstaller bundle, under ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding fonts/, i18n/ and icons/."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resources_dir().joinpath(*parts)
