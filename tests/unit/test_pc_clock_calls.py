"""No code reads the PC's own clock zone: shown times follow the branch, stored ones UTC.

``date.today()``, ``datetime.now()`` without a zone, ``QDate.currentDate()`` and friends
give the PC's local day and time, which is not the branch's when the PC is set to another
zone (or to UTC, as server images are). Pages use ``ui.branch_time``; services take a
``now`` or call ``domain.base.utcnow``.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "helpdesk_gui"
SCANNED = ["ui", "app", "services", "reports", "domain", "cli"]
NO_ARGUMENT = {("date", "today"), ("datetime", "now"), ("QDate", "currentDate"),
               ("QDateTime", "currentDateTime"), ("QTime", "currentTime"),
               ("datetime", "utcnow")}
ONE_ARGUMENT = {("datetime", "fromtimestamp"), ("date", "fromtimestamp")}


def _pc_clock_calls(path: Path, root: Path = PACKAGE) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)):
            continue
        pair = (node.func.value.id, node.func.attr)
        given = len(node.args) + len(node.keywords)
        if (pair in NO_ARGUMENT and given == 0) or (pair in ONE_ARGUMENT and given == 1):
            found.append(f"{path.relative_to(root)}:{node.lineno} {'.'.join(pair)}()")
    return found


def test_no_module_reads_the_pc_clock_zone():
    offenders = [hit for layer in SCANNED for path in sorted((PACKAGE / layer).rglob("*.py"))
                 for hit in _pc_clock_calls(path)]
    assert offenders == []


def test_the_check_sees_a_pc_clock_call(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from datetime import UTC, date, datetime\nx = date.today()\n"
                     "y = datetime.now()\nz = datetime.now(UTC)\n", encoding="utf-8")
    assert _pc_clock_calls(probe, tmp_path) == ["probe.py:2 date.today()",
                                               "probe.py:3 datetime.now()"]
