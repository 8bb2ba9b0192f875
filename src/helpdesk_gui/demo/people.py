"""Demo branches, staff and customers (the people tickets are about and worked by).

Staff are few (tens) and written through the models; customers can be hundreds of
thousands and go through the bulk writer. Phones and account numbers are unique,
also against customers already in the database (``demo --force``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from helpdesk_gui.demo.store import BulkWriter
from helpdesk_gui.demo.text import (
    BRANCHES,
    COMMUNITIES,
    COMPOUND_SURNAMES,
    GIVEN_CHARS,
    PHONE_PREFIXES,
    POSTS,
    STREETS,
    SURNAMES,
)
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Customer
from helpdesk_gui.services.security import staff as staff_service

STAFF_PER_BRANCH = {"counter": 6, "handler": 12, "supervisor": 2, "admin": 1}
FIRST_EMPLOYEE_NO = 1001
VIP_SHARE = 0.02
ACCOUNT_SHARE = 0.65
CUSTOMER_COLUMNS = ("id", "uuid", "created_at", "updated_at", "branch_id", "name", "phone",
                    "account_no", "address", "is_vip", "note")


def person_name(rng: random.Random) -> str:
    """A plausible Chinese name: common surname, one or two given characters."""
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.02 else rng.choice(SURNAMES)
    given = rng.choice(GIVEN_CHARS)
    if rng.random() < 0.7:
        given += rng.choice(GIVEN_CHARS)
    return surname + given


@dataclass
class Hall:
    """What the ticket generator needs to know about branches, staff and customers."""

    branches: list[Branch]
    staff: dict[int, list[Staff]] = field(default_factory=dict)  # branch id -> staff
    # per customer, in id order: id, name, community, branch index
    cust_ids: list[int] = field(default_factory=list)
    cust_names: list[str] = field(default_factory=list)
    cust_places: list[str] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)  # per branch: index span

    def role(self, branch_id: int, role: str) -> tuple[int, ...]:
        return tuple(s.id for s in self.staff[branch_id] if s.role == role)


def make_branches() -> list[Branch]:
    return [staff_service.ensure_branch(code, name) for code, name, _d, _w in BRANCHES]


def make_staff(rng: random.Random, hall: Hall) -> None:
    """Staff per branch with employee numbers 1001…; existing numbers are reused."""
    number = FIRST_EMPLOYEE_NO
    for branch in hall.branches:
        people = []
        for role, count in STAFF_PER_BRANCH.items():
            for _ in range(count):
                name = person_name(rng)
                found = Staff.get_or_none(Staff.employee_no == str(number))
                people.append(found or Staff.create(
                    branch=branch, employee_no=str(number), name=name, role=role,
                    post=POSTS[role], hire_date=date(2015, 3, 1) + timedelta(days=number * 37)))
                number += 1
        hall.staff[branch.id] = people


def make_customers(rng: random.Random, hall: Hall, count: int, writer: BulkWriter,
                   start_ts: str, uuid_of) -> None:
    """``count`` customers split over the branches by their share of the traffic."""
    taken_phones = {p for (p,) in Customer.select(Customer.phone).tuples() if p}
    taken_accounts = {a for (a,) in Customer.select(Customer.account_no).tuples() if a}
    next_id = writer.next_id(Customer)
    rows = []
    for index, (branch, (_c, _n, district, weight)) in enumerate(zip(hall.branches, BRANCHES,
                                                                    strict=True)):
        size = max(1, round(count * weight)) if index < len(BRANCHES) - 1 \
            else max(1, count - len(hall.cust_ids))
        first = len(hall.cust_ids)
        for _ in range(size):
            name = person_name(rng)
            community = rng.choice(COMMUNITIES)
            phone = _unique(taken_phones, lambda: rng.choice(PHONE_PREFIXES)
                            + f"{rng.randrange(10 ** 8):08d}")
            account = None
            if rng.random() < ACCOUNT_SHARE:
                account = _unique(taken_accounts,
                                  lambda i=index: f"{i + 1}{rng.randrange(10 ** 9):09d}")
            address = (f"北京市{district}{rng.choice(STREETS[district])}{rng.randrange(1, 300)}号"
                       f"{community}{rng.randrange(1, 30)}号楼{rng.randrange(1, 7)}单元"
                       f"{rng.randrange(1, 25)}{rng.randrange(1, 5):02d}室")
            vip = rng.random() < VIP_SHARE
            cid = next_id + len(hall.cust_ids)
            rows.append((cid, uuid_of("customer", cid), start_ts, start_ts, branch.id, name, phone,
                         account, address, vip, "VIP客户：年缴费超过5000元" if vip else ""))
            hall.cust_ids.append(cid)
            hall.cust_names.append(name)
            hall.cust_places.append(community)
        hall.ranges.append((first, len(hall.cust_ids)))
    with writer.db.atomic():
        writer.insert(Customer, CUSTOMER_COLUMNS, rows)


def _unique(taken: set[str], draw) -> str:
    while True:
        value = draw()
        if value not in taken:
            taken.add(value)
            return value
