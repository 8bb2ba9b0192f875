"""Personal data in printed reports is masked (SERVICE_STANDARD §12).

The masks themselves are ``services.security.privacy``'s, so screen, exports and paper agree.
"""

from __future__ import annotations

import re

from helpdesk_gui.services.security.privacy import mask_name as _mask_name
from helpdesk_gui.services.security.privacy import mask_phone

_LONG_NUMBER = re.compile(r"\d{7,}")


def mask_name(name: str) -> str:
    """张三 -> 张*, 王建国 -> 王**."""
    return _mask_name((name or "").strip()) or ""


def mask_number(number: str) -> str:
    """13800138000 -> 138****8000."""
    return mask_phone(number or "") or ""


def mask_text(text: str) -> str:
    """Free text: every run of 7+ digits (phones, account numbers) masked."""
    return _LONG_NUMBER.sub(lambda m: mask_number(m.group()), text or "")
