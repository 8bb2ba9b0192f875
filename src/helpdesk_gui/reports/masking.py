"""Personal data in printed reports is masked (SERVICE_STANDARD §12)."""

from __future__ import annotations

import re

_LONG_NUMBER = re.compile(r"\d{7,}")


def mask_name(name: str) -> str:
    """张三丰 -> 张*丰, 李娜 -> 李*: enough to recognise, not to identify."""
    name = (name or "").strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_number(number: str) -> str:
    """13800138000 -> 138****8000."""
    number = number or ""
    if len(number) < 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_text(text: str) -> str:
    """Free text: every run of 7+ digits (phones, account numbers) masked."""
    return _LONG_NUMBER.sub(lambda m: mask_number(m.group()), text or "")
