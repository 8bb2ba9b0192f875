"""Customer tiers (SERVICE_STANDARD §10): who is VIP, and what that changes.

A customer is VIP when a supervisor flagged them (with a reason), or by the supervisor's
rule (setting ``vip_rules``; default: yearly billed amount over 5,000 yuan, or more than 3
requests in 12 months). The verdict is written to ``Customer.is_vip`` — the one column
intake, the ticket detail and lists read — and each new ticket copies it (``Ticket.vip``)
so the handler's queue puts VIP tickets first from a single table.

Counting, so the hall can check it by hand: *yearly amount* is the imported account's
amount (matched by 户号, else by phone); *requests* are the customer's tickets received in
the last ``months`` months before ``now``, cancelled and merged ones left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from peewee import fn

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.customers.models import CustomerAccount, CustomerCare
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import settings
from helpdesk_gui.services.security import audit, permissions

DAYS_PER_MONTH = 30.4375  # 365.25 / 12: "12 months" = the last 365.25 days
LEGACY_REASON = "原有VIP标记"  # a customer marked VIP before the rules were configured


@dataclass(frozen=True)
class Verdict:
    vip: bool
    reason: str
    yearly_amount: Decimal
    requests: int


def _amount(customer: Customer) -> Decimal:
    account = None
    if customer.account_no:
        account = CustomerAccount.get_or_none(CustomerAccount.account_no == customer.account_no)
    if account is None and customer.phone:
        account = CustomerAccount.get_or_none(CustomerAccount.phone == customer.phone)
    return Decimal(account.yearly_amount) if account else Decimal(0)


def _requests(customer_id: int, since: datetime) -> int:
    return Ticket.select(fn.COUNT(Ticket.id)).where(
        Ticket.customer == customer_id, Ticket.created_at >= since,
        Ticket.status.not_in(("cancelled", "merged"))).scalar() or 0


def evaluate(customer: Customer, now: datetime | None = None, extra: int = 0,
             rules: dict | None = None) -> Verdict:
    """The rule's verdict for one customer (the manual flag is applied by ``refresh``);
    ``extra`` counts a request being registered right now; ``rules``: the ``vip_rules``
    setting when the caller has read it."""
    rules = rules or settings.current("vip_rules")
    since = (now or utcnow()) - timedelta(days=DAYS_PER_MONTH * rules["months"])
    return _verdict(rules, _amount(customer), int(_requests(customer.id, since)) + extra)


def _verdict(rules: dict, amount: Decimal, count: int) -> Verdict:
    """The rule applied to a customer's yearly amount and request count."""
    reasons = []
    if amount > Decimal(str(rules["yearly_amount_over"])):
        reasons.append(f"年缴费 {amount} 元，超过 {rules['yearly_amount_over']} 元")
    if count > int(rules["requests_over"]):
        reasons.append(f"{rules['months']} 个月内 {count} 次业务，超过 {rules['requests_over']} 次")
    return Verdict(bool(reasons), "；".join(reasons), amount, count)


def care_of(customer_id: int) -> CustomerCare | None:
    return CustomerCare.get_or_none(CustomerCare.customer == customer_id)


def refresh(customer: Customer, now: datetime | None = None, extra: int = 0,
            rules: dict | None = None) -> bool:
    """Re-evaluate one customer and store the verdict; returns whether they are VIP."""
    return _store(customer, evaluate(customer, now, extra, rules), care_of(customer.id))


def _store(customer: Customer, verdict: Verdict, care: CustomerCare | None) -> bool:
    """Write a verdict where it changed anything; returns whether the customer is VIP."""
    if care is None and customer.is_vip:  # flagged before tiers existed: a decision, kept
        care = CustomerCare.create(customer=customer, vip_manual=True,
                                   manual_reason=(customer.note or LEGACY_REASON)[:200])
    elif care is None and verdict.vip:
        care = CustomerCare.create(customer=customer)
    if care is not None and (care.vip_by_rule, care.rule_reason) != (verdict.vip, verdict.reason):
        care.vip_by_rule, care.rule_reason, care.updated_at = verdict.vip, verdict.reason, utcnow()
        care.save()
    vip = verdict.vip or bool(care and care.vip_manual)
    if vip != customer.is_vip:
        Customer.update(is_vip=vip, updated_at=utcnow()).where(
            Customer.id == customer.id).execute()
        customer.is_vip = vip
    return vip


def refresh_all(now: datetime | None = None) -> int:
    """Re-evaluate every customer (nightly job); returns how many are VIP afterwards.

    Set-based: the request counts come from one grouped query and the accounts and care
    rows are read once, so a hall with 300,000 customers costs a few queries and one write
    per customer whose verdict changed — not four queries per customer."""
    rules = settings.current("vip_rules")
    since = (now or utcnow()) - timedelta(days=DAYS_PER_MONTH * rules["months"])
    with database_proxy.obj.atomic():
        counts = dict(Ticket.select(Ticket.customer, fn.COUNT(Ticket.id)).where(
            Ticket.created_at >= since, Ticket.customer.is_null(False),
            Ticket.status.not_in(("cancelled", "merged"))).group_by(Ticket.customer).tuples())
        by_account, by_phone = _accounts()
        cares = {care.customer_id: care for care in CustomerCare.select()}
        for customer in Customer.select().iterator():
            amount = (by_account.get(customer.account_no) if customer.account_no else None)
            if amount is None and customer.phone:
                amount = by_phone.get(customer.phone)
            verdict = _verdict(rules, Decimal(amount) if amount is not None else Decimal(0),
                               int(counts.get(customer.id, 0)))
            _store(customer, verdict, cares.get(customer.id))
    return Customer.select().where(Customer.is_vip == True).count()  # noqa: E712


def _accounts() -> tuple[dict, dict]:
    """Yearly amounts by 户号 and by phone (the lowest id wins a shared phone, as a single
    lookup would find it)."""
    by_account: dict = {}
    by_phone: dict = {}
    rows = CustomerAccount.select(CustomerAccount.account_no, CustomerAccount.phone,
                                  CustomerAccount.yearly_amount).order_by(CustomerAccount.id)
    for account_no, phone, amount in rows.tuples().iterator():
        by_account.setdefault(account_no, amount)
        if phone:
            by_phone.setdefault(phone, amount)
    return by_account, by_phone


def _customer(customer_id: int) -> Customer:
    return Customer.by_id(customer_id)


def set_manual(customer_id: int, vip: bool, reason: str, actor: Staff) -> Changes:
    """A supervisor's flag (with the reason) — VIP whatever the rule says, or taken off."""
    permissions.require(actor, "customer.tier", "customer", customer_id)
    reason = validation.text("reason", reason, required=True, limit=200)
    with database_proxy.obj.atomic():
        customer = _customer(customer_id)
        care = care_of(customer_id) or CustomerCare.create(customer=customer)
        care.vip_manual, care.manual_reason, care.updated_at = bool(vip), reason, utcnow()
        care.save()
        refresh(customer)
        audit.record(actor, "customer.vip", "customer", customer_id,
                     {"vip": bool(vip), "reason": reason})
    return Changes(customers=frozenset({customer_id}), kinds=frozenset({"customer_tier"}))


def set_dedicated_handler(customer_id: int, staff_id: int | None, actor: Staff) -> Changes:
    """The handler who takes this customer's tickets (None: no dedicated handler)."""
    permissions.require(actor, "customer.tier", "customer", customer_id)
    with database_proxy.obj.atomic():
        customer = _customer(customer_id)
        if staff_id is not None:
            person = Staff.get_or_none(Staff.id == staff_id)
            if person is None or not person.active or person.role not in ("handler",
                                                                         "supervisor"):
                raise ValidationError({"dedicated_handler": "choose an active handler"})
        care = care_of(customer_id) or CustomerCare.create(customer=customer)
        care.dedicated_handler, care.updated_at = staff_id, utcnow()
        care.save()
        audit.record(actor, "customer.handler", "customer", customer_id, {"staff": staff_id})
    return Changes(customers=frozenset({customer_id}), kinds=frozenset({"customer_tier"}))


def at_intake(customer: Customer, data: dict, now: datetime | None = None,
              new: bool = False) -> bool:
    """Called by intake inside its transaction: refresh the verdict (this visit counts as a
    request), and when the policy says so (``vip_rules.sla_level``, 0 = off) receive a VIP
    ticket at that tighter urgency level — never level 1, which needs approval. ``new``: the
    customer was created by this intake, so this visit is their only request and they have
    no care record — two hall-server round trips that would find nothing are skipped."""
    rules = settings.current("vip_rules")  # read once for the verdict and the level
    vip = (_store(customer, _verdict(rules, _amount(customer), 1), None) if new
           else refresh(customer, now, extra=1, rules=rules))
    level = int(rules.get("sla_level", 0) or 0)
    if vip and level in (2,) and data["level"] > level:
        data["level"] = level
    return vip


def dedicated_handler(customer_id: int | None) -> int | None:
    """The staff id of the customer's dedicated handler, if any."""
    care = care_of(customer_id) if customer_id else None
    return care.dedicated_handler_id if care else None


@dataclass(frozen=True)
class Standing:
    """What the tiers page shows about one customer: the rule's verdict and the manual flag."""

    customer_id: int
    verdict: Verdict
    manual: bool
    manual_reason: str
    handler_id: int | None
    is_vip: bool


def standing(customer_id: int) -> Standing:
    customer = Customer.get_by_id(customer_id)
    care = care_of(customer_id)
    return Standing(customer_id, evaluate(customer), bool(care and care.vip_manual),
                    care.manual_reason if care else "",
                    care.dedicated_handler_id if care else None, customer.is_vip)
