"""Where a *Save* dialog opens: the folder this person last saved that kind of file in,
else their Documents folder — never the folder the program happened to be started from
(a desktop shortcut starts it in the installation folder, which the clerk cannot find
again and may not be allowed to write)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def _key(kind: str) -> str:
    return f"save/{kind}"


def start_path(settings: QSettings, kind: str, file_name: str) -> str:
    """The path the dialog proposes for ``file_name`` (a report, an export…)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    candidates = (str(settings.value(_key(kind), "") or ""), documents, str(Path.home()))
    # a folder that is not there makes the dialog fall back to the working folder: a new
    # Linux account may have no Documents yet, a remembered USB stick may be gone
    folder = next((c for c in candidates if c and Path(c).is_dir()), "")
    return str(Path(folder) / file_name) if folder else file_name


def remember(settings: QSettings, kind: str, path: str | Path) -> None:
    """Open the next dialog of this kind where this file was saved."""
    settings.setValue(_key(kind), str(Path(path).parent))
