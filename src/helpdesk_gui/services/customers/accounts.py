"""Importing the billing system's customer accounts (xlsx/csv: 户号, name, phone, yearly
amount) — the amounts the VIP rule reads (SERVICE_STANDARD §10).

As with ledgers: every row is checked first and a file with bad rows imports nothing,
listing each problem by row (Excel's numbering, header = row 1). Rows are matched by 户号:
a second import of next year's export updates the amounts instead of adding duplicates.
After the import the customers behind those accounts are re-evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.customers.models import CustomerAccount
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Customer
from helpdesk_gui.services.customers import tiers
from helpdesk_gui.services.ledger.imports import ImportRejected, RowError, read_rows
from helpdesk_gui.services.security import audit, permissions

COLUMNS = {"account_no": ("户号", "账户号"), "name": ("姓名", "户名", "客户姓名"),
           "phone": ("电话", "联系电话", "手机"), "yearly_amount": ("年缴费", "年度金额",
                                                              "年缴费金额", "yearly amount")}


@dataclass
class AccountImport:
    added: int = 0
    updated: int = 0
    vip_after: int = 0
    errors: list[RowError] = field(default_factory=list)


def _mapping(headers: list) -> dict[int, str]:
    names = {alias.lower(): key for key, aliases in COLUMNS.items() for alias in aliases}
    names |= {key: key for key in COLUMNS}
    mapping = {i: names[str(h or "").strip().lstrip("\ufeff").lower()] for i, h in
               enumerate(headers) if str(h or "").strip().lstrip("\ufeff").lower() in names}
    missing = [COLUMNS[k][0] for k in ("account_no", "yearly_amount") if k not in
               mapping.values()]
    if missing:
        raise ImportRejected([RowError(1, "header", "required column(s) missing: "
                                       + ", ".join(missing))])
    return mapping


def _amount(value) -> Decimal:
    try:
        amount = Decimal(str(value).replace(",", "").replace("元", "").strip())
    except (InvalidOperation, ValueError):
        raise ValidationError({"yearly_amount": f"{value!r} is not an amount in yuan"}
                              ) from None
    if amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError({"yearly_amount": f"{value!r} is not an amount in yuan"})
    return amount


def _check(number: int, raw: dict) -> tuple[dict | None, list[RowError]]:
    def cell(key):
        return "" if raw.get(key) is None else str(raw[key]).strip()
    try:
        account, name, phone, amount = validation.collect(
            lambda: validation.account_no(cell("account_no"), required=True),
            lambda: validation.person_name(cell("name"), required=False),
            lambda: validation.phone(cell("phone")),
            lambda: _amount(cell("yearly_amount") or "0"))
    except ValidationError as exc:
        return None, [RowError(number, k, v) for k, v in exc.errors.items()]
    return {"account_no": account, "name": name, "phone": phone, "yearly_amount": amount}, []


def import_accounts(path: str | Path, actor: Staff) -> AccountImport:
    """Import (or update) the accounts of a billing export; nothing is written on errors."""
    path = Path(path)
    permissions.require(actor, "import.run", "file", path.name)
    headers, rows = read_rows(path)
    mapping = _mapping(headers)
    result, good, seen = AccountImport(), [], set()
    for number, cells in rows:
        values, errors = _check(number, {k: cells[i] if i < len(cells) else None
                                         for i, k in mapping.items()})
        if values and values["account_no"] in seen:
            errors = [RowError(number, "account_no", "appears twice in the file")]
        result.errors += errors
        if values and not errors:
            seen.add(values["account_no"])
            good.append(values)
    if result.errors:
        raise ImportRejected(result.errors)
    with database_proxy.obj.atomic():
        for values in good:
            row = CustomerAccount.get_or_none(CustomerAccount.account_no == values["account_no"])
            if row is None:
                CustomerAccount.create(source=path.name[:255], **values)
                result.added += 1
            else:
                CustomerAccount.update(updated_at=utcnow(), source=path.name[:255],
                                       **values).where(CustomerAccount.id == row.id).execute()
                result.updated += 1
        accounts = [v["account_no"] for v in good]
        phones = [v["phone"] for v in good if v["phone"]]
        for customer in Customer.select().where(Customer.account_no.in_(accounts or [""])
                                                | Customer.phone.in_(phones or [""])):
            tiers.refresh(customer)
        result.vip_after = Customer.select().where(Customer.is_vip == True).count()  # noqa: E712
        audit.record(actor, "import.accounts", "file", path.name,
                     {"added": result.added, "updated": result.updated})
    return result
