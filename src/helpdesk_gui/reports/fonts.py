"""The embedded CJK font of every PDF: WenQuanYi Micro Hei, shipped in resources/fonts.

A TrueType collection registered as ``TTFont`` with ``subfontIndex=0`` is embedded as a
subset, so the report prints the same on a machine without any Chinese font
(non-embedded CID fonts print blank there; OpenType/CFF CJK fonts do not work in
ReportLab). Registered once per process.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from helpdesk_gui.paths import resource

FONT = "WQYMicroHei"
_lock = threading.Lock()


def register() -> str:
    """Register the font (idempotent, thread-safe) and return its name."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            path = resource("fonts", "wqy-microhei.ttc")
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT,
                                          boldItalic=FONT)
    return FONT
