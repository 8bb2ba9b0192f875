"""Checking what the clerk typed, field by field.

Each checker returns the cleaned value or raises ``ValidationError({field: reason})`` so
the intake page can show the reason beside the field it belongs to. Free text (the
customer's own words) is kept as typed, emoji and quotes included; identifiers (names,
phone, account) are strict because they are used to find the customer again.
"""

from __future__ import annotations

import re
import unicodedata

from helpdesk_gui.domain.errors import ValidationError

LIMITS = {"name": 50, "subject": 200, "description": 4000, "request": 1000,
          "resolution": 4000, "note": 4000, "reason": 1000, "address": 200}

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{9,11}$")  # area code + number, separators removed
_SERVICE_NO = re.compile(r"^(95\d{3}|400\d{7}|800\d{7})$")
_ACCOUNT = re.compile(r"^[A-Za-z0-9]{4,32}$")


def _has_symbols(text: str) -> bool:
    """True for emoji, pictographs and control characters (never part of a name)."""
    for char in text:
        cat = unicodedata.category(char)
        if cat in ("So", "Sk", "Cc", "Cf", "Cs", "Co") or ord(char) > 0xFFFF:
            return True
    return False


def text(field: str, value: str | None, *, required: bool, limit: int | None = None) -> str:
    """Free text: trimmed; required or not; at most ``limit`` characters."""
    cleaned = (value or "").strip()
    maximum = limit or LIMITS.get(field, 1000)
    if required and not cleaned:
        raise ValidationError({field: "required"})
    if len(cleaned) > maximum:
        raise ValidationError({field: f"too long ({len(cleaned)} characters, at most {maximum})"})
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in cleaned):
        raise ValidationError({field: "contains control characters"})
    return cleaned


def person_name(value: str | None, *, required: bool = True, field: str = "name") -> str:
    """A customer's or staff member's name: letters, spaces, · and - only."""
    cleaned = text(field, value, required=required, limit=LIMITS["name"])
    if cleaned and (_has_symbols(cleaned) or re.search(r"[0-9<>;=\"'`\\{}()\[\]]", cleaned)):
        raise ValidationError({field: "may contain only letters, spaces, '·' and '-'"})
    return cleaned


def phone(value: str | None, *, required: bool = False) -> str | None:
    """A mainland mobile (11 digits, 1[3-9]…), a landline with area code, or 95xxx."""
    raw = (value or "").strip()
    if not raw:
        if required:
            raise ValidationError({"phone": "required"})
        return None
    digits = re.sub(r"[\s\-()]", "", raw)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError({"phone": f"'{raw}' is not a phone number (digits only)"})
    if not (_MOBILE.match(digits) or _LANDLINE.match(digits) or _SERVICE_NO.match(digits)):
        raise ValidationError({"phone": f"'{raw}' is not a valid number: a mobile has 11 digits "
                                        "starting 13–19, a landline starts with its area code 0"})
    return digits


def account_no(value: str | None, *, required: bool = False) -> str | None:
    """A utility account number (户号): 4–32 letters or digits."""
    raw = (value or "").strip()
    if not raw:
        if required:
            raise ValidationError({"account_no": "required"})
        return None
    cleaned = raw.replace(" ", "").upper()
    if not _ACCOUNT.match(cleaned):
        raise ValidationError({"account_no": f"'{raw}' is not an account number "
                                             "(4–32 letters or digits)"})
    return cleaned


def choice(field: str, value: object, allowed: dict | tuple | list) -> object:
    """A value from a fixed list (channel, type, level...)."""
    if value not in allowed:
        options = ", ".join(str(v) for v in allowed)
        raise ValidationError({field: f"{value!r} is not one of: {options}"})
    return value


def collect(*checks) -> list:
    """Run several field checks and report every failing field at once."""
    values, errors = [], {}
    for check in checks:
        try:
            values.append(check())
        except ValidationError as exc:
            errors.update(exc.errors)
            values.append(None)
    if errors:
        raise ValidationError(errors)
    return values
