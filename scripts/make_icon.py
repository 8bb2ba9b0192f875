"""Render resources/icons/helpdesk.svg into helpdesk.ico for the Windows executable and
installer (Windows wants an .ico; Linux desktops take the SVG itself). Run after the SVG
changes: ``.venv/bin/python scripts/make_icon.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 (image plugins need an application)
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "helpdesk.svg")).render(painter)
    painter.end()
    target = ICONS / "helpdesk.ico"
    if not image.save(str(target), "ICO"):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
