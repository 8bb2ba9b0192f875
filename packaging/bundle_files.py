"""What the one-folder bundle carries besides the code, read by helpdesk_gui.spec.

Kept apart from the spec so a test can check the list without building the bundle:
our resources (fonts, our catalogue, icons) and Qt's own Chinese catalogue
(``qtbase_zh_CN.qm``: the file dialogs, print preview, standard buttons), put where
``helpdesk_gui.app.i18n`` looks for it in a bundle — not left to the PyInstaller hook.
"""

from __future__ import annotations

import re
from pathlib import Path

RESOURCE_FILES = {"fonts": ["*.ttc", "*.txt"], "i18n": ["*.qm"], "icons": ["*.svg", "*.ico"]}
QT_CATALOGUES = ["qtbase_zh_CN.qm"]  # Qt's own texts in Chinese (the only language shipped)
QT_CATALOGUE_DEST = "PySide6/Qt/translations"  # beside PySide6 in the bundle: i18n looks here

# Plugins PyInstaller collects for every Qt program, and the libraries only they need:
# the virtual keyboard and the PDF image reader (which pull in QML and Quick), and the
# platforms of embedded devices. Windows (xcb, wayland on Linux), offscreen and minimal stay.
DROP = re.compile(r"""(
    Qt6(Quick|Qml|VirtualKeyboard|Pdf|EglFS|EglFs)\w*\.(so|dll)
  | plugins[/\\]platforminputcontexts[/\\]\w*virtualkeyboard
  | plugins[/\\]imageformats[/\\]\w*qpdf
  | plugins[/\\]platforms[/\\]\w*q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)
  | plugins[/\\](egldeviceintegrations|networkinformation|tls)
  | plugins[/\\]platformthemes[/\\]\w*qgtk3      # needs GTK itself, which is not bundled
  | Qt[/\\]translations[/\\](?!\w*_zh_CN\.qm$)   # Qt's catalogues: zh_CN only
)""", re.VERBOSE)


def qt_translations_dir() -> Path:
    """Qt's catalogues in the PySide6 the bundle is built from."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def datas(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every data file the spec adds."""
    found = []
    for folder, patterns in RESOURCE_FILES.items():
        for pattern in patterns:
            for path in sorted((root / "resources" / folder).glob(pattern)):
                found.append((str(path), f"helpdesk_gui/resources/{folder}"))
    # The package's own __init__, as a file, so importlib.resources can import the package.
    found.append((str(root / "resources" / "__init__.py"), "helpdesk_gui/resources"))
    source = qt_translations_dir()
    for name in QT_CATALOGUES:
        path = source / name
        if not path.is_file():
            raise SystemExit(f"Qt's catalogue {path} is missing: the bundle would show Qt's "
                             "own dialogs in English")
        found.append((str(path), QT_CATALOGUE_DEST))
    return found


def kept(entry: tuple) -> bool:
    """False for a collected file the bundle leaves out (``DROP``)."""
    return not DROP.search(entry[0])
