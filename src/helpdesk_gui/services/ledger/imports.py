"""Importing the Excel/CSV ledgers (台账) halls keep today: ``import tickets FILE``.

Two passes. The first reads and checks every row without writing, so a file with bad
rows imports nothing and the clerk gets *every* problem at once (row, column, reason),
with row numbers as Excel shows them (the header is row 1). The second pass writes all
good rows in batches (``staging``: counters keep working meanwhile, and a failed run is
removed again, so it still imports all or nothing). Files beyond ``limits`` are refused
at once. Each imported row is remembered (``LedgerRow``: its
ticket number, or a hash of its content when the ledger has none) so importing the same
file again adds nothing and says how many rows were already there. Times are the
branch's local time; deadlines come from the SLA policy exactly as for new tickets.
"""

from __future__ import annotations

import csv
import hashlib
import io
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from zoneinfo import ZoneInfo

from helpdesk_gui.db import search
from helpdesk_gui.db.bulk import insert_rows
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import HelpdeskError, ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.ledger.models import LedgerRow
from helpdesk_gui.domain.ledger.runs import ImportRunRow
from helpdesk_gui.domain.sla.models import TicketSla
from helpdesk_gui.domain.sla.policy import Policy
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.domain.vocabulary import CHANNELS, TICKET_TYPES
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.ledger import records, staging
from helpdesk_gui.services.ledger.limits import ImportRefused, check_limits, limited  # noqa: F401
from helpdesk_gui.services.ledger.parsing import (  # noqa: F401  (parse_time: public)
    EXTRA_NAMES,
    TIME_FORMATS,
    _integer,
    _level,
    _vocab,
    parse_time,
)
from helpdesk_gui.services.quality import snapshots
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.security.cells import private_file
from helpdesk_gui.services.sla import calendars as sla_calendars
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.services.surveys import answers as surveys
from helpdesk_gui.services.tickets import customers
from helpdesk_gui.services.tickets.numbering import next_number
from helpdesk_gui.services.tickets.records import ticket_terms

COLUMNS = {  # field -> Chinese alias (the English field name is accepted too)
    "ticket_no": "工单编号", "created_at": "受理时间", "channel": "渠道", "type": "类型",
    "level": "等级", "customer_name": "客户姓名", "phone": "联系电话", "account_no": "户号",
    "subject": "主题", "description": "问题描述", "first_response_at": "首次响应时间",
    "resolved_at": "解决时间", "closed_at": "关闭时间", "contacts": "沟通次数",
    "handler": "处理人", "satisfaction": "满意度",
}
LEDGER_NOTE = "台账导入"
Progress = Callable[[int, int], None]

@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.column}: {self.reason}"


@dataclass
class ImportResult:
    imported: int = 0
    already_present: int = 0
    rejected: list[RowError] = field(default_factory=list)
    rejected_rows: int = 0
    side_file: Path | None = None
    ignored_columns: list[str] = field(default_factory=list)
    unknown_handlers: list[str] = field(default_factory=list)  # kept as names on tickets
    changes: Changes = field(default_factory=Changes)


class ImportRejected(HelpdeskError):
    """The file has bad rows; nothing was imported. ``errors`` lists every one."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        rows = len({e.row for e in errors})
        super().__init__(f"{rows} invalid row(s), nothing imported:\n"
                         + "\n".join(str(e) for e in errors))


def header_map(headers: list) -> tuple[dict[int, str], list[str]]:
    """Column index -> field, from English names or Chinese aliases; and unknown headers."""
    lookup = {name.lower(): name for name in COLUMNS} | {zh: name for name, zh in
                                                          COLUMNS.items()}
    mapping, unknown = {}, []
    for index, raw in enumerate(headers):
        text = str(raw or "").strip().lstrip("\ufeff")
        name = lookup.get(text.lower()) or lookup.get(text)
        if name:
            mapping[index] = name
        elif text:
            unknown.append(text)
    if "created_at" not in mapping.values():
        raise ImportRejected([RowError(1, "created_at", "required column 受理时间/created_at "
                                                        "is missing from the header row")])
    return mapping, unknown


def read_rows(path: Path) -> tuple[list, Iterator[tuple[int, list]]]:
    """(header cells, iterator of (row number, cells)) of a .csv or .xlsx file."""
    check_limits(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        rows = ((i, list(r)) for i, r in enumerate(sheet.iter_rows(values_only=True), 1))
    else:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:  # Excel on a Chinese Windows saves CSV as GBK
            text = data.decode("gb18030")
        rows = ((i, r) for i, r in enumerate(csv.reader(io.StringIO(text)), 1))
    rows = limited(rows, path.name)
    for _number, cells in rows:
        if any(str(c or "").strip() for c in cells):
            return cells, ((n, c) for n, c in rows if any(str(x or "").strip() for x in c))
    raise ImportRejected([RowError(1, "", "the file is empty")])


def _text_checks(raw: dict) -> dict:
    """The identity and text columns, through the same checks as the intake form."""
    def cell(name):
        value = raw.get(name)
        return "" if value is None else str(value).strip()
    name, phone, account, subject, description = validation.collect(
        lambda: validation.person_name(cell("customer_name"), required=False,
                                       field="customer_name"),
        lambda: validation.phone(cell("phone")),
        lambda: validation.account_no(cell("account_no")),
        lambda: validation.text("subject", cell("subject"), required=False),
        lambda: validation.text("description", cell("description"), required=False))
    return {"customer_name": name, "phone": phone, "account_no": account,
            "subject": subject or description[:40],
            "description": description or subject or LEDGER_NOTE,
            "ticket_no": cell("ticket_no")[:40], "handler": cell("handler")}


def check_row(number: int, raw: dict, branch: Branch) -> tuple[dict | None, list[RowError]]:
    """Clean one row; every problem is reported, not just the first."""
    tz, values, errors = ZoneInfo(branch.timezone), {}, []
    parsers = {"channel": lambda v: _vocab(v, CHANNELS, "counter"),
               "type": lambda v: _vocab(v, TICKET_TYPES, "consultation"), "level": _level,
               "contacts": lambda v: _integer(v, 0, None) or 0,
               "satisfaction": lambda v: _integer(v, 1, 5)}
    parsers |= {k: (lambda v: parse_time(v, tz)) for k in
                ("created_at", "first_response_at", "resolved_at", "closed_at")}
    for name, parse in parsers.items():
        try:
            values[name] = parse(raw.get(name))
        except ValueError as exc:
            errors.append(RowError(number, name, str(exc)))
    try:
        values |= _text_checks(raw)
    except ValidationError as exc:
        errors += [RowError(number, col, reason) for col, reason in exc.errors.items()]
    if values.get("created_at") is None and "created_at" not in {e.column for e in errors}:
        errors.append(RowError(number, "created_at", "required"))
    errors += _order_errors(number, values)
    if not errors:
        errors += _lookup_errors(number, values, branch)
    return (None if errors else values), errors


def _order_errors(number: int, v: dict) -> list[RowError]:
    errors, created = [], v.get("created_at")
    for name in ("first_response_at", "resolved_at", "closed_at"):
        if created and v.get(name) and v[name] < created:
            errors.append(RowError(number, name, "is before the time received (受理时间)"))
    if v.get("closed_at") and v.get("resolved_at") and v["closed_at"] < v["resolved_at"]:
        errors.append(RowError(number, "closed_at", "is before the resolution time"))
    return errors


def _lookup_errors(number: int, v: dict, branch: Branch) -> list[RowError]:
    errors = []
    if v["handler"]:
        v["assignee"] = (Staff.get_or_none(Staff.employee_no == v["handler"]) or
                         Staff.get_or_none(Staff.name == v["handler"], Staff.branch == branch))
        if v["assignee"] is None:  # kept as a name (records.add_records), not refused
            v["handler_name"] = v["handler"]
    try:
        customers._existing(v["phone"], v["account_no"])
    except ValidationError as exc:
        errors += [RowError(number, col, reason) for col, reason in exc.errors.items()]
    return errors


def row_key(v: dict) -> str:
    """Identity of a ledger row: its ticket number, else a hash of what it says."""
    if v["ticket_no"]:
        return f"no:{v['ticket_no']}"
    parts = (v["created_at"].isoformat(), v["customer_name"], v["phone"] or "",
             v["account_no"] or "", v["subject"], v["description"])
    return "h:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


def _present(key: str, v: dict) -> bool:
    if LedgerRow.select().where(LedgerRow.key == key).exists():
        return True
    return bool(v["ticket_no"]) and Ticket.select().where(
        Ticket.ticket_no == v["ticket_no"]).exists()


def _taken_by_live_ticket(key: str, v: dict) -> bool:
    """A ledger number that a ticket registered here already carries (not an import)."""
    if not v["ticket_no"] or LedgerRow.select().where(LedgerRow.key == key).exists():
        return False
    return Ticket.select().where(Ticket.ticket_no == v["ticket_no"]).exists()


@dataclass
class PlannedRow:
    """A checked ledger row made ready before the write lock is taken: its ticket (not
    saved, no customer or number yet) with the SLA clocks of its recorded life, and the
    closed months it touches. Only the inserts are left for the write transaction."""

    ticket: Ticket
    clocks: TicketSla
    months: set[str]


def plan_row(v: dict, actor: Staff, branch: Branch,
             current: tuple[int, Policy] | None = None) -> PlannedRow:
    """Everything of one row that needs no write: the ticket's fields, the SLA replay
    (``sla_setup.replayed_clocks``, in memory under ``current`` policy) and its months."""
    created = v["created_at"]
    ticket = Ticket(
        branch=branch, ticket_no=v["ticket_no"] or None, channel=v["channel"], type=v["type"],
        level=v["level"], status=sla_setup.initial_status(v["level"]),
        customer_name=v["customer_name"], subject=v["subject"], description=v["description"],
        received_by=actor, assignee=v.get("assignee"), contacts=v["contacts"],
        created_at=created, updated_at=created)
    clocks = sla_setup.replayed_clocks(ticket, created, _steps(ticket, v), current)
    ended = ticket.closed_at or ticket.resolved_at
    ticket.updated_at = ended or created
    return PlannedRow(ticket, clocks, snapshots.touched_months(branch.id, created, ended))


class BatchRows:
    """The rows of a batch that only refer to its tickets — clocks, history, ledger keys,
    journal, search terms — kept until the batch ends and then written with one
    statement per table (``db.bulk``), in the batch's transaction."""

    def __init__(self) -> None:
        self.rows: dict[type, list[dict]] = {}
        self.terms: list[tuple[int, str]] = []

    def add(self, model: type, row: dict) -> None:
        self.rows.setdefault(model, []).append(row)

    def write(self) -> None:
        for model, rows in self.rows.items():
            insert_rows(model, rows)
        search.index_rows(self.terms)
        self.rows, self.terms = {}, []


def write_row(v: dict, key: str, actor: Staff, branch: Branch, source: str,
              run=None, planned: PlannedRow | None = None,
              batch: BatchRows | None = None) -> Ticket:
    """Create the customer, ticket, history and survey of one checked row (recorded in
    the run's journal when given, so a failed run can remove it again); ``planned``:
    the row's ``plan_row``, made before the transaction; ``batch``: where the rows that
    only refer to the ticket wait for the end of the batch (without one: written now)."""
    planned = planned or plan_row(v, actor, branch)
    alone, batch = batch is None, batch or BatchRows()
    ticket, customer, new_customer = planned.ticket, None, False
    if v["phone"] or v["account_no"]:
        customer, new_customer = customers.find_or_create(
            branch.id, v["customer_name"] or "未留名", v["phone"], v["account_no"])
    ticket.customer = customer
    ticket.ticket_no = ticket.ticket_no or next_number(branch, ticket.created_at)
    ticket.save(force_insert=True)
    clocks = planned.clocks.__data__
    batch.add(TicketSla, {name: clocks[name] for name in clocks if name != "id"}
              | {"ticket": ticket.id})
    _history(ticket, actor, batch)
    if v["satisfaction"]:
        at = ticket.closed_at or ticket.resolved_at or ticket.created_at
        Survey.create(branch=branch, ticket=ticket, kind="ledger", channel="ledger",
                      status="answered", code=surveys.new_code(), invited_at=at,
                      answered_at=at, overall=v["satisfaction"], valid=True, entered_by=actor)
    records.add_records(ticket, v, actor)
    batch.add(LedgerRow, {"key": key, "ticket": ticket.id, "source": source[:255]})
    batch.terms.append((ticket.id, ticket_terms(ticket)))
    if run is not None:
        batch.add(ImportRunRow, staging.journal_row(run, ticket,
                                                    customer.id if new_customer else None))
    if alone:
        batch.write()
    return ticket


def _steps(ticket: Ticket, v: dict) -> list[tuple]:
    """The ticket's recorded life as SLA steps, so the clocks stop at the recorded
    times. As in ``ticket_flow.resolve``, resolving counts as the first response when the
    ledger has none; closing without a resolution time resolves at the closing time."""
    resolved = v["resolved_at"] or v["closed_at"]
    first = v["first_response_at"] or resolved
    steps = []
    if first:
        steps.append((first, "in_progress" if v.get("assignee") else ticket.status,
                      "first_response_at"))
    if resolved:
        steps.append((resolved, "resolved", "resolved_at"))
    if v["closed_at"]:
        steps.append((v["closed_at"], "closed", "closed_at"))
    if not steps and v.get("assignee") and ticket.status == "new":
        steps.append((ticket.created_at, "assigned", None))
    return steps


def _history(ticket: Ticket, actor: Staff, batch: BatchRows) -> None:
    """The history a ledger row allows: received, resolved, closed (marked 台账导入)."""
    steps = [("created", "", "new", ticket.created_at)]
    if ticket.resolved_at:
        steps.append(("resolved", "in_progress", "resolved", ticket.resolved_at))
    if ticket.closed_at:
        steps.append(("closed", "resolved", "closed", ticket.closed_at))
    for kind, before, after, at in steps:
        batch.add(TicketEvent, {"ticket": ticket.id, "actor": actor.id, "kind": kind,
                                "from_status": before, "to_status": after,
                                "note": LEDGER_NOTE, "at": at, "data": ""})


def _checked_rows(path: Path, branch: Branch, result: ImportResult):
    headers, rows = read_rows(path)
    mapping, result.ignored_columns = header_map(headers)
    good, bad, seen = [], [], set()
    for number, cells in rows:
        raw = {name: cells[i] if i < len(cells) else None for i, name in mapping.items()}
        values, errors = check_row(number, raw, branch)
        if errors:
            result.rejected += errors
            bad.append((number, cells, errors))
            continue
        key = row_key(values)
        if _taken_by_live_ticket(key, values):
            error = RowError(number, "ticket_no", f"{values['ticket_no']} is already the number "
                                                  "of another ticket (not from a ledger)")
            result.rejected.append(error)
            bad.append((number, cells, [error]))
            continue
        if key in seen or _present(key, values):
            result.already_present += 1
        else:
            seen.add(key)
            good.append((key, values))
    return headers, good, bad


def import_tickets(path: str | Path, actor: Staff, branch: Branch | None = None,
                   skip_invalid: bool = False, progress: Progress | None = None
                   ) -> ImportResult:
    """Import a ledger. Bad rows: nothing imported (``ImportRejected``), or with
    ``skip_invalid`` the good rows are imported and the bad ones written to
    ``<file>.rejected.csv`` beside the file."""
    path = Path(path)
    permissions.require(actor, "import.run", "file", path.name)
    staging.recover_interrupted(actor)
    branch = branch or actor.branch
    result = ImportResult()
    headers, good, bad = _checked_rows(path, branch, result)
    if bad and not skip_invalid:
        raise ImportRejected(result.rejected)
    result.rejected_rows = len(bad)
    result.unknown_handlers = sorted({records.unknown_handler(v) for _, v in good} - {""})
    if bad:
        result.side_file = write_rejected(path, headers, bad)
    ids = _write_in_batches(good, actor, branch, path.name, progress,
                            {"rows": len(good) + len(bad)})
    result.imported = len(ids)
    result.changes = Changes(tickets=frozenset(ids), kinds=frozenset({"imported"}))
    return result


def _write_in_batches(good: list, actor: Staff, branch: Branch, source: str,
                      progress: Progress | None, detail: dict) -> list[int]:
    """Write the checked rows ``staging.BATCH`` per transaction; all or nothing.

    Each batch is planned first (``plan_row``: the SLA replay and everything else that
    only computes) with the write lock free, so the transaction holds only inserts and
    a counter waiting for the lock waits for those alone. One policy and one calendar
    serve the whole run. Tickets dated in months whose figures are kept
    (``quality.snapshots``) make those months be computed again, in the same
    transaction as the rows that changed them.
    """
    run, ids, todo, months = staging.start(source, actor), [], iter(good), set()
    pending: deque[tuple[str, dict, PlannedRow]] = deque()
    try:
        with sla_calendars.pinned():
            current = sla_setup.current_policy()
            while len(ids) < len(good):
                pending.extend((key, values, plan_row(values, actor, branch, current))
                               for key, values in islice(todo, staging.BATCH - len(pending)))
                _write_batch(pending, ids, months, actor, branch, source, run)
                if progress:
                    progress(len(ids), len(good))
        with database_proxy.obj.atomic():
            staging.finish(run, len(ids))
            audit.record(actor, "import.tickets", "file", source,
                         detail | {"imported": len(ids), "run": run.id})
    except BaseException as exc:
        staging.roll_back(run, actor, f"{type(exc).__name__}: {exc}")
        with database_proxy.obj.atomic():
            for month in sorted(months):  # the rows are gone again: so are their figures
                snapshots.invalidate_month(branch, month)
        raise
    return ids


def _write_batch(pending: deque, ids: list[int], months: set[str], actor: Staff,
                 branch: Branch, source: str, run) -> None:
    """One transaction of planned rows, ended early once it has held the write lock
    ``staging.BATCH_SECONDS`` (the rest wait for the next); then the lock is left free."""
    began = time.monotonic()
    deadline, touched, batch = began + staging.BATCH_SECONDS, set(), BatchRows()
    with database_proxy.obj.atomic():
        while pending:
            key, values, planned = pending.popleft()
            ticket = write_row(values, key, actor, branch, source, run, planned=planned,
                               batch=batch)
            ids.append(ticket.id)
            touched |= planned.months
            if time.monotonic() >= deadline:
                break
        batch.write()
        for month in sorted(touched):
            snapshots.invalidate_month(branch, month)
    months |= touched
    time.sleep(staging.pause_after(time.monotonic() - began))


def write_rejected(path: Path, headers: list, bad: list) -> Path:
    """The rejected rows, as they were, with the row number and the reasons (UTF-8 BOM,
    so Excel opens the Chinese correctly)."""
    target = path.with_name(f"{path.stem}.rejected.csv")
    private_file(target)  # the rows hold names and phones
    with target.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["row", "errors", *[str(h or "") for h in headers]])
        for number, cells, errors in bad:
            reasons = "; ".join(f"{e.column}: {e.reason}" for e in errors)
            writer.writerow([number, reasons, *["" if c is None else c for c in cells]])
    return target
