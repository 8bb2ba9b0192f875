"""The ticket list over a million tickets: count, keyset pages and jumps.

Why it is built this way (ARCHITECTURE.md "Big tables"):

* Pages are read by *keyset*: ``(sort key…, id) > (last row's key…, id)`` as an SQL row
  value, in the order of an existing index, so page 5,000 costs what page 1 costs. OFFSET
  is used only by ``fetch_at`` for scrollbar jumps, from whichever end is nearer.
* Every sort follows an index of ``domain.tickets.models.Ticket`` (the index's implicit rowid is
  the ``id`` tie-breaker). Sorting by type, level or channel sorts by that code and
  then by creation time (index ``(col, created_at)``); sorting by assignee sorts by the
  assignee's *id* (index ``(assignee, created_at)``), which groups each person's tickets
  but is not alphabetical — a join on the staff name could not use an index. ``subject``
  has no index and is not sortable.
* Nullable sort columns (``resolve_due``, ``assignee``) put the empty values *last* in both
  directions. SQL row values cannot compare NULLs, so such a sort is read as two segments
  (non-null values by key, then the nulls by the remaining key), each an index range.
* Sorting by status follows the workflow (新建, 待审批, 已派单 … 已办结), not the stored
  code's letter: one segment per status, each a range of the ``(status, created_at)``
  index.
* Rows are plain tuples (see ``ROW``); nothing loops over tickets in Python.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import peewee as pw

from helpdesk_gui.db import dialect, pg_ticket_tally, search
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.domain.vocabulary import STATUSES

DEFAULT_TZ = "Asia/Shanghai"

COLUMNS: tuple[str, ...] = ("ticket_no", "created_at", "status", "type", "level", "channel",
                            "customer_name", "subject", "assignee", "resolve_due",
                            "time_left", "updated_at")
"""The table's columns; column ``i`` is ``row[i + 1]`` of a fetched row."""

ROW: tuple[str, ...] = ("id", *COLUMNS, "assignee_id", "sla_state", "vip")
"""Layout of a fetched row tuple (``assignee`` is the assignee's name)."""

_Assignee = Staff.alias("assignee_staff")
_ROW_FIELDS = (Ticket.id, Ticket.ticket_no, Ticket.created_at, Ticket.status, Ticket.type,
               Ticket.level, Ticket.channel, Ticket.customer_name, Ticket.subject,
               _Assignee.name, Ticket.resolve_due, Ticket.resolve_due, Ticket.updated_at,
               Ticket.assignee, Ticket.sla_state, Ticket.vip)
_AT = {name: i for i, name in enumerate(ROW)}


@dataclass(frozen=True)
class TicketFilter:
    """What the tickets page shows. Empty tuples / None mean "any"."""

    statuses: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()
    assignee_id: int | None = None
    mine: int | None = None  # staff id: assigned to OR received by this person
    created_from: date | None = None  # inclusive, local date of ``tz``
    created_to: date | None = None  # inclusive, local date of ``tz``
    search: str = ""  # ticket number, phone, account number, name or text
    tz: str = DEFAULT_TZ  # the branch's time zone, for the date bounds
    windows: tuple[str, ...] = ()  # counter windows (窗口号) where received
    branch_id: int | None = None  # one branch's tickets (headquarters holds every branch's)


@dataclass(frozen=True)
class TicketSort:
    column: str = "created_at"
    descending: bool = True


@dataclass(frozen=True)
class _SortSpec:
    keys: tuple[str, ...]  # ROW names, before the id tie-breaker
    nullable: bool = False
    # the first key's values in the hall's order (a status in workflow order), each read as
    # its own index range: the stored codes' letters would sort 已派单 before 新建
    order: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Segment:
    """One index range of a sort: rows meeting ``extra``, ordered by ``keys`` and id."""

    extra: pw.Expression | None
    keys: tuple[str, ...]
    value: object = None  # the first key's one value in this segment (``order`` sorts)


_SORTS = {
    "created_at": _SortSpec(("created_at",)),
    "ticket_no": _SortSpec(("ticket_no",)),
    "status": _SortSpec(("status", "created_at"), order=tuple(STATUSES)),
    "type": _SortSpec(("type", "created_at")),
    "level": _SortSpec(("level", "created_at")),
    "channel": _SortSpec(("channel", "created_at")),
    "customer_name": _SortSpec(("customer_name",)),
    "assignee": _SortSpec(("assignee_id", "created_at"), nullable=True),
    "resolve_due": _SortSpec(("resolve_due",), nullable=True),
    "time_left": _SortSpec(("resolve_due",), nullable=True),  # the same clock, seen as time
    "updated_at": _SortSpec(("updated_at",)),
}
SORTABLE: frozenset[str] = frozenset(_SORTS)
_FIELD = {name: field for name, field in zip(ROW, _ROW_FIELDS, strict=True)}


# --- filter -------------------------------------------------------------------------------

_TICKET_NO = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,15}-[0-9-]*$")
_NOTHING = pw.SQL("0 = 1")


def _prefix_range(field: pw.Field, prefix: str) -> pw.Expression:
    """``field`` starts with ``prefix``, as an index range (LIKE would scan)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (field >= prefix) & (field < upper)


def _unindexed(field: pw.Field) -> pw.Node:
    """The same value written so SQLite cannot use the column's index (``db.dialect``)."""
    return dialect.unindexed(field)


def search_kind(text: str) -> tuple[str, str]:
    """How the quick search reads what was typed: ("ticket_no" | "digits" | "text" | "", value).

    A ticket number or its prefix (``BJ01-2026112``) → number range; 4+ digits (spaces and
    dashes ignored) → phone or account prefix; anything else → full text.
    """
    text = (text or "").strip()
    if not text:
        return "", ""
    if _TICKET_NO.match(text):
        return "ticket_no", text.upper()
    digits = re.sub(r"[\s-]", "", text)
    if digits.isascii() and digits.isdigit() and len(digits) >= 4:
        return "digits", digits
    return "text", text


def search_condition(text: str, plain: bool = False) -> pw.Expression | None:
    """Quick search: ticket number prefix, phone/account prefix (≥4 digits), or full text.

    ``plain`` writes the condition so it does not drive the query plan (see ``conditions``).
    """
    kind, text = search_kind(text)
    if kind == "":
        return None
    if kind == "ticket_no":
        field = _unindexed(Ticket.ticket_no) if plain else Ticket.ticket_no
        return _prefix_range(field, text)
    if kind == "digits":
        by_phone = Customer.select(Customer.id).where(_prefix_range(Customer.phone, text))
        by_account = Customer.select(Customer.id).where(
            _prefix_range(Customer.account_no, text))
        field = _unindexed(Ticket.customer) if plain else Ticket.customer
        return field.in_(by_phone | by_account)
    cond = search.ticket_text_condition(Ticket, text, plain)
    return _NOTHING if cond is None else cond


def _utc_bound(day: date, tz: str) -> str:
    local = datetime.combine(day, time.min, tzinfo=ZoneInfo(tz))
    return str(local.astimezone(UTC).replace(tzinfo=None))


_PAIRED_WITH_CREATED = ("status", "type", "level", "channel", "assignee_id")  # (col, created_at)


def conditions(f: TicketFilter, order_keys: tuple[str, ...] | None = None
               ) -> list[pw.Expression]:
    """The WHERE conditions (ANDed) of a filter.

    ``order_keys``: the rows will be read in that index's order and the filter matches many
    rows. Then a condition whose own index cannot give that order is written "plain" so
    SQLite walks the sort index and stops after one page, instead of collecting every
    match through the filter's index and sorting them all (150 ms → 2 ms on 1M tickets).
    """
    def column(name: str, single: bool = False) -> pw.Node:
        field = _FIELD[name]
        if order_keys is None or name == order_keys[0] or (
                single and order_keys == ("created_at",) and name in _PAIRED_WITH_CREATED):
            return field
        return _unindexed(field)

    out: list[pw.Expression] = []
    for name, values in (("status", f.statuses), ("type", f.types), ("level", f.levels),
                         ("channel", f.channels)):
        if values:
            field = column(name, len(values) == 1)
            # stored spellings (``db.codes``): a hidden column (``_unindexed``) is an
            # expression, which does not convert the values the way the field does
            values = tuple(_FIELD[name].db_value(v) for v in values)
            out.append(field == values[0] if len(values) == 1 else field.in_(values))
    if f.windows:
        out.append(Ticket.window_no.in_(f.windows))
    if f.branch_id is not None:  # index (branch, created_at) serves the default order
        by_branch = order_keys is None or order_keys == ("created_at",)
        out.append((Ticket.branch if by_branch else _unindexed(Ticket.branch)) == f.branch_id)
    if f.assignee_id is not None:
        out.append(column("assignee_id", True) == f.assignee_id)
    if f.mine is not None:
        out.append((Ticket.assignee == f.mine) | (Ticket.received_by == f.mine))
    if f.created_from is not None:
        out.append(column("created_at") >= _utc_bound(f.created_from, f.tz))
    if f.created_to is not None:
        out.append(column("created_at") < _utc_bound(f.created_to + timedelta(days=1), f.tz))
    found = search_condition(f.search, plain=order_keys is not None)
    if found is not None:
        out.append(found)
    return out


_recent_counts: dict[TicketFilter, int] = {}  # only to choose a query plan, may be stale
QUICK_COUNT_FLOOR = 100  # a first look counts at least this far before it may stop


def _count(where: list) -> int:
    query = Ticket.select(pw.fn.COUNT(pw.SQL("*")))
    return int((query.where(*where) if where else query).scalar() or 0)


def _text_only(f: TicketFilter) -> str | None:
    """The words of a text search with no other filter (None for anything else): such a
    filter is counted in the search index alone, which has exactly one row per ticket
    (nothing is deleted) — the same number without loading 80,000 ticket rows for a
    common word (120 ms → 3 ms)."""
    if f != TicketFilter(search=f.search, tz=f.tz):
        return None
    kind, text = search_kind(f.search)
    return text if kind == "text" else None


def _text_only_count(f: TicketFilter) -> int | None:
    text = _text_only(f)
    return None if text is None else search.count_text(text)


def _tallied_count(f: TicketFilter) -> int | None:
    """All tickets, or one branch's, on the hall server: from the count it keeps
    (``db.pg_ticket_tally``) instead of reading every row; None for any other filter,
    and on SQLite."""
    if f != TicketFilter(branch_id=f.branch_id, tz=f.tz):
        return None
    return pg_ticket_tally.total(f.branch_id)


def count_tickets(f: TicketFilter) -> int:
    """How many tickets the filter matches."""
    n = _tallied_count(f)
    if n is None:
        n = _text_only_count(f)
    if n is None:
        n = _count(conditions(f))
    _remember(f, n)
    return n


def _highest() -> int:
    return Ticket.select(pw.fn.MAX(Ticket.id)).scalar() or 0


def dense_from(limit: int) -> int:
    """How many matches make a filter *dense*, read by walking the sort index.

    Walking reads about ``limit × N / m`` tickets to fill a page of a filter matching
    ``m`` of ``N``; gathering the matches and sorting them reads ``m``. The two are equal
    at ``m = √(limit · N)`` (14,000 for a page of 200 in a million tickets, 24,000 in
    three million): above it walking reads less. A fixed share of ``N`` would make the
    count that decides it (``quick_count``) grow with the years kept."""
    return max(math.isqrt(limit * _highest()), QUICK_COUNT_FLOOR)


def quick_count(f: TicketFilter, limit: int) -> tuple[int, bool]:
    """The count where it is cheap; for a text search on a server that would be slow to
    count, ``(more than dense_from(limit), False)`` — enough to choose the plan
    (``_dense``) and show the first page at once, the exact figure following from
    ``count_tickets``."""
    text = _text_only(f)
    if text is None:
        return count_tickets(f), True
    n, exact = search.TICKETS.count_upto(text, dense_from(limit))
    if exact:
        _remember(f, n)
    return n, exact


def first_look(f: TicketFilter, sort: TicketSort, limit: int) -> tuple[int, bool, list[tuple]]:
    """What the list shows first: ``(count, exact, first page)``. When ``exact`` is False
    the count is a lower bound and the caller counts exactly afterwards."""
    n, exact = quick_count(f, limit)
    return n, exact, fetch_page(f, sort, None, limit, total=n)


def _remember(f: TicketFilter, n: int) -> None:
    if len(_recent_counts) > 64:
        _recent_counts.clear()
    _recent_counts[f] = n


def _dense(f: TicketFilter, total: int | None, limit: int) -> bool:
    """True when the filter matches so many tickets that walking the sort index is cheaper
    (``dense_from``)."""
    total = _recent_counts.get(f) if total is None else total
    if not total:
        return False
    return total >= dense_from(limit)


# --- keyset paging ------------------------------------------------------------------------

def _spec(sort: TicketSort) -> _SortSpec:
    try:
        return _SORTS[sort.column]
    except KeyError:
        raise ValueError(f"cannot sort tickets by {sort.column!r}") from None


def _segments(spec: _SortSpec, desc: bool) -> list[_Segment]:
    """The sort's index ranges in display order: one for a plain sort; non-null values,
    then the nulls (last in both directions); or one per value of ``order``."""
    first = _FIELD[spec.keys[0]]
    if spec.order:
        values = spec.order[::-1] if desc else spec.order
        return [_Segment(first == value, spec.keys, value) for value in values]
    if not spec.nullable:
        return [_Segment(None, spec.keys)]
    return [_Segment(first.is_null(False), spec.keys),
            _Segment(first.is_null(True), spec.keys[1:])]


def _start(segments: list[_Segment], key: tuple) -> tuple[int, tuple]:
    """The segment a cursor is in, and the cursor as that segment's keys (a null's
    cursor drops its empty first value)."""
    if len(segments) == 1:
        return 0, key
    if segments[0].value is not None:  # one segment per value of the first key
        at = next((i for i, seg in enumerate(segments) if seg.value == key[0]), None)
        if at is None:
            raise ValueError(f"not a value of this sort: {key[0]!r}")
        return at, key
    return (1, key[1:]) if key[0] is None else (0, key)


def page_key(row: Sequence, sort: TicketSort) -> tuple:
    """The keyset cursor of a row: (sort key values…, id)."""
    return (*(row[_AT[k]] for k in _spec(sort).keys), row[0])


def _as_key(after: Sequence, sort: TicketSort) -> tuple:
    """Accept either a fetched row or a ``page_key`` tuple as the cursor."""
    return tuple(after) if len(after) == len(_spec(sort).keys) + 1 else page_key(after, sort)


def _param(field: pw.Field, value) -> pw.Node:
    """A cursor value stored as its column stores it (ticket times: ``db.times``)."""
    return pw.Value(value, converter=field.db_value)


def _ordered(query: pw.Select, conds: list, segment: _Segment, desc: bool,
             key: tuple | None):
    extra, keys = segment.extra, segment.keys
    fields = [_FIELD[k] for k in keys] + [Ticket.id]
    where = [*conds, *([extra] if extra is not None else [])]
    if key is not None:
        lhs = pw.Tuple(*fields)
        rhs = pw.Tuple(*(_param(f, v) for f, v in zip(fields, key, strict=True)))
        where.append(lhs < rhs if desc else lhs > rhs)
    if where:
        query = query.where(*where)
    return query.order_by(*(f.desc() if desc else f.asc() for f in fields))


def _read(conds: list, segments: list, desc: bool, key: tuple | None, limit: int,
          backwards: bool) -> list[tuple]:
    """Rows after ``key`` (before it when ``backwards``), crossing into the next segments."""
    start = len(segments) - 1 if key is None and backwards else 0
    if key is not None:
        start, key = _start(segments, key)
    order = range(start, -1, -1) if backwards else range(start, len(segments))
    rows: list[tuple] = []
    for n, i in enumerate(order):
        query = (Ticket.select(*_ROW_FIELDS)
                 .join(_Assignee, pw.JOIN.LEFT_OUTER, on=(Ticket.assignee == _Assignee.id)))
        query = _ordered(query, conds, segments[i], desc != backwards, key if n == 0 else None)
        rows.extend(query.limit(limit - len(rows)).tuples())
        if len(rows) >= limit:
            break
    if backwards:
        rows.reverse()
    return rows


def fetch_page(f: TicketFilter, sort: TicketSort, after: Sequence | None, limit: int,
               backwards: bool = False, total: int | None = None) -> list[tuple]:
    """Up to ``limit`` rows after the cursor (before it when ``backwards``).

    ``after`` is the last row already shown (or its ``page_key``); ``None`` starts at the
    first row (at the last one when ``backwards``). Rows always come in display order.
    ``total`` (the filter's count, if known) helps choose the query plan.
    """
    spec = _spec(sort)
    conds = conditions(f, spec.keys if _dense(f, total, limit) else None)
    key = _as_key(after, sort) if after is not None else None
    return _read(conds, _segments(spec, sort.descending), sort.descending, key, limit,
                 backwards)


def _key_at(conds: list, segments: list, desc: bool, offset: int) -> tuple | None:
    """The ``page_key`` of the row at ``offset``, reading only index columns (no row loads)."""
    full = max(len(seg.keys) for seg in segments)
    for seg in segments:
        query = Ticket.select(*(_FIELD[k] for k in seg.keys), Ticket.id)
        found = (_ordered(query, conds, seg, desc, None)
                 .limit(1).offset(offset).tuples().first())
        if found is not None:
            return (None, *found) if len(seg.keys) < full else tuple(found)
        offset -= _count([*conds, *([seg.extra] if seg.extra is not None else [])])
        if offset < 0:
            return None
    return None


def fetch_at(f: TicketFilter, sort: TicketSort, offset: int, limit: int,
             total: int | None = None) -> list[tuple]:
    """Rows ``offset…offset+limit`` for a scrollbar jump, in display order.

    The row just before the wanted window is located with OFFSET over index columns only,
    counted from the nearer end (in reverse order for the second half), then one keyset
    page is read from it. Pass ``total`` (the count) if known.
    """
    if total is None:
        total = count_tickets(f)
    offset = max(0, offset)
    if offset >= total or limit <= 0:
        return []
    spec = _spec(sort)
    segments, conds = _segments(spec, sort.descending), conditions(f)
    page_conds = conditions(f, spec.keys if _dense(f, total, limit) else None)
    if offset + limit / 2 <= total / 2:
        key = _key_at(conds, segments, sort.descending, offset - 1) if offset else None
        return _read(page_conds, segments, sort.descending, key, limit, False)
    back_offset = max(0, total - offset - limit)
    key = (_key_at(conds, segments[::-1], not sort.descending, back_offset - 1)
           if back_offset else None)
    return _read(page_conds, segments, sort.descending, key, total - offset - back_offset,
                 True)
