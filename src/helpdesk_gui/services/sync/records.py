"""What a conflict's record is, for the person reading the Sync page.

A conflict names its row by the row's identity across sites: a UUID, or for the few
append-only tables without one, a natural key holding a parent's UUID. Nobody at the
counter recognizes ``3f2a…``; they recognize a ticket number, a staff member's number and
name, a course title. So each travelling table names the fields that say which record it
is (``RECORD_FIELDS``), following references (``ticket.ticket_no``), and a row is read
from this database by its identity — or, when it never arrived (a held-back row whose
reference is missing), from the version that travelled. Customers' names, phones and
billing accounts are masked as everywhere else on screen; numbers in free text too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.sync.tables import BY_NAME, SyncTable
from helpdesk_gui.services.security.privacy import (
    mask_account,
    mask_name,
    mask_phone,
    mask_text,
)
from helpdesk_gui.services.sync import rows as codec

# table -> the fields (``ref.field`` follows a reference) that name one of its records
RECORD_FIELDS = MappingProxyType({
    "branch": ("code", "name"),
    "staff": ("employee_no", "name"),
    "root_cause": ("code", "name_zh"),
    "sla_policy": ("version",),
    "branch_calendar": ("branch.code", "branch.name"),
    "calendar_override": ("branch.code", "day"),
    "knowledge_article": ("title",),
    "course": ("code", "title"),
    "setting": ("key", "version"),
    "customer_account": ("account_no", "name"),
    "customer": ("name", "phone"),
    "customer_care": ("customer.name", "customer.phone"),
    "ticket": ("ticket_no",),
    "ticket_event": ("ticket.ticket_no",),
    "ticket_sla": ("ticket.ticket_no",),
    "callback": ("customer.name", "month"),
    "complaint": ("ticket.ticket_no",),
    "complaint_step": ("complaint.ticket.ticket_no",),
    "complaint_repeat": ("complaint.ticket.ticket_no",),
    "suggestion": ("title",),
    "suggestion_step": ("suggestion.title",),
    "improvement_action": ("title",),
    "survey": ("ticket.ticket_no",),
    "sms_message": ("survey.ticket.ticket_no",),
    "service_error": ("ticket.ticket_no",),
    "review_item": ("ticket.ticket_no", "month"),
    "training_session": ("course.title", "held_on"),
    "attendance": ("staff.employee_no", "staff.name", "session.course.title"),
    "assessment": ("staff.employee_no", "staff.name", "course.title"),
    "certificate": ("staff.employee_no", "staff.name", "name"),
    "plan_item": ("course.title", "year", "quarter"),
    "library_case": ("title",),
    "course_case": ("course.title",),
    "ledger_row": ("ticket.ticket_no",),
    "attachment": ("file_name",),
})

# (table, field) -> its mask: the customer's own particulars (SERVICE_STANDARD §12)
_MASKED = MappingProxyType({
    ("customer", "name"): mask_name, ("customer", "phone"): mask_phone,
    ("customer_account", "name"): mask_name, ("customer_account", "phone"): mask_phone,
    ("customer_account", "account_no"): mask_account,
})
_SHORT_KEY = 8  # characters of a UUID shown when nothing better is known


def describe(table_name: str, row_key: str, data: str = "{}") -> str:
    """A person's name for one conflict's record (see the module's docstring)."""
    table = BY_NAME.get(table_name)
    if table is None or table_name not in RECORD_FIELDS:
        return _short(row_key)
    row = _local_row(table, row_key)
    text = (_label(table.model, row) if row is not None
            else _travelled_label(table, _travelled(data)))
    return text or _short(row_key)


def describe_all(conflicts: Iterable[tuple[str, str, str]]) -> list[str]:
    """``describe`` for (table, row key, data) triples; one read per distinct record."""
    seen: dict[tuple[str, str], str] = {}
    out = []
    for table_name, row_key, data in conflicts:
        key = (table_name, row_key)
        if key not in seen:
            seen[key] = describe(table_name, row_key, data)
        out.append(seen[key])
    return out


def _short(row_key: str) -> str:
    return row_key if len(row_key) <= _SHORT_KEY else row_key[:_SHORT_KEY] + "…"


def _local_row(table: SyncTable, row_key: str) -> pw.Model | None:
    """This site's copy: by UUID, or for a natural key its first part's parent (the
    complaint of a complaint step) — a setting's natural key names it already."""
    model = table.model
    if codec.is_uuid_keyed(table):
        return _by_uuid(model, row_key)
    try:
        parts = json.loads(row_key)
    except ValueError:
        return None
    if not isinstance(parts, list) or len(parts) != len(table.key):
        return None
    first = model._meta.fields.get(table.key[0])
    if isinstance(first, pw.ForeignKeyField) and isinstance(parts[0], str):
        parent = _by_uuid(first.rel_model, parts[0])
        return None if parent is None else model(**{first.name: parent})
    return model(**dict(zip(table.key, parts, strict=True)))


def _by_uuid(model: type[pw.Model], key: str) -> pw.Model | None:
    if "uuid" not in model._meta.fields:
        return None
    found = codec.resolve(model, [key])
    return model.get_or_none(model.id == found[key]) if key in found else None


def _label(model: type[pw.Model], row: pw.Model) -> str:
    return _joined(_value(model, row, path) for path in RECORD_FIELDS[model._meta.table_name])


def _joined(parts: Iterable[str]) -> str:
    """The label's parts, the empty ones left out, numbers in free text masked."""
    return mask_text(" ".join(p for p in parts if p))


def _shown(table_name: str, name: str, value: object) -> str:
    """One field's value as the label shows it: a day as its date, a customer's
    particular masked."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    masker = _MASKED.get((table_name, name))
    return (masker(text) or "") if masker else text


def _value(model: type[pw.Model], row: pw.Model, path: str) -> str:
    """One field of ``row`` along ``path``, masked when it is a customer's particular."""
    *refs, name = path.split(".")
    for ref in refs:
        try:
            row = getattr(row, ref)
        except pw.DoesNotExist:
            return ""
        if row is None:
            return ""
        model = type(row)
    return _shown(model._meta.table_name, name, getattr(row, name, None))


def _travelled(data: str) -> dict:
    try:
        values = json.loads(data or "{}")
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _travelled_label(table: SyncTable, values: dict) -> str:
    """The label from the version that travelled: its own fields as sent, and references
    (sent as UUIDs) followed where this site holds their target."""
    model, parts = table.model, []
    for path in RECORD_FIELDS[table.name]:
        ref, _, rest = path.partition(".")
        field = model._meta.fields.get(ref)
        value = values.get(ref)
        if not rest:
            if not isinstance(field, pw.ForeignKeyField):  # a reference travels as a UUID
                parts.append(_shown(table.name, ref, value))
        elif isinstance(field, pw.ForeignKeyField) and isinstance(value, str):
            target = _by_uuid(field.rel_model, value)
            if target is not None:
                parts.append(_value(field.rel_model, target, rest))
    return _joined(parts)
