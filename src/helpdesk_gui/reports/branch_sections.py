"""The headquarters' report pages about branches: the comparison table and one section
per branch (drawn from ``report["branches"]``, see ``reports.branch_data``).

A branch office's report, or one for a single branch, has no such pages: ``branches`` is
empty and both builders return nothing.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from helpdesk_gui.reports.sections import (
    BODY,
    KPI_ROWS,
    SMALL,
    fmt,
    heading,
    kpi_grid,
    staff_body,
    table,
)

COLUMNS_PER_TABLE = 5  # branch columns beside the total that fit an A4 page's width
NAME_WIDTH = 0.28


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def comparison_grid(r: dict, branches: list[dict], frame: float):
    """One table: every indicator per branch (by code) and in total."""
    rows = [["指标", *(b["branch"] for b in branches), "合计"]]
    for key, name, kind in KPI_ROWS:
        rows.append([name, *(fmt(b[key], kind) for b in branches), fmt(r[key], kind)])
    share = (1 - NAME_WIDTH) / (len(branches) + 1)
    return table(rows, [NAME_WIDTH] + [share] * (len(branches) + 1), frame)


def comparison(r: dict, frame: float) -> list:
    """各分支机构对比: every indicator of every branch beside the total."""
    branches = r.get("branches") or []
    if not branches:
        return []
    legend = "；".join(f"{b['branch']}：{b['branch_name']}" for b in branches)
    out = heading("各分支机构对比（本月）") + [Paragraph(legend, SMALL), Spacer(1, 4)]
    for part in _chunks(branches, COLUMNS_PER_TABLE):
        out += [comparison_grid(r, part, frame), Spacer(1, 6)]
    return out


def branch_pages(r: dict, frame: float) -> list:
    """A section per branch: its indicators against target and last month, its staff."""
    out: list = []
    for b in r.get("branches") or []:
        entry = {**b, "targets": r.get("targets")}
        facts = (f"本月受理 {b['received']} 件，解决 {b['resolved']} 件，"
                 f"月末积压 {b['open_at_month_end']} 件。")
        out += heading(f"分支机构：{b['branch_name']}（{b['branch']}）") + [
            Paragraph(facts, BODY), Spacer(1, 4), kpi_grid(entry, frame), Spacer(1, 6),
            *staff_body(entry, frame)]
    return out
