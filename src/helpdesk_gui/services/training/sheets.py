"""Import attendance and scores from a sign-in/score sheet (xlsx or csv).

Trainers keep sheets in Excel, with Chinese or English headers. Columns (any order):
工号/employee_no (required), 姓名/name (checked when given), 出勤/attendance,
考核方式/method, 成绩/score, 合格分/pass_mark, and to pick the session either
场次/session (its id) or 课程编号/course + 日期/date — else the session given by the caller.

All or nothing: every row is checked first and every problem is reported with its row
number (as Excel shows it); only a sheet without problems is written, in one transaction.
CSV files are read as UTF-8 (with or without BOM) and, failing that, GBK — what Excel
on a Chinese Windows saves.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain import vocabulary
from helpdesk_gui.domain.errors import HelpdeskError, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.training.models import (
    ASSESSMENT_METHODS,
    ATTENDANCE,
    Course,
    TrainingSession,
)
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.training.assessments import ScoreEntry, check_score, record_scores
from helpdesk_gui.services.training.courses import (
    MANAGE,
    TRAINING_CHANGED,
    as_date,
    guard,
    record_attendance,
    trail,
)

HEADERS = {
    "employee_no": ("工号", "员工编号", "employee_no", "employee no", "employee number"),
    "name": ("姓名", "name"),
    "attendance": ("出勤", "出勤情况", "签到", "attendance"),
    "method": ("考核方式", "考核方法", "method"),
    "score": ("成绩", "分数", "得分", "score"),
    "pass_mark": ("合格分", "及格线", "合格线", "pass_mark", "pass mark"),
    "session": ("场次", "场次编号", "session", "session id"),
    "course": ("课程编号", "课程", "course", "course code"),
    "date": ("日期", "培训日期", "date"),
}
YES = ("是", "√", "y", "yes", "1", "到", "已到")
NO = ("否", "×", "n", "no", "0", "未到")
METHOD_ALIASES = {"考试": "test", "笔试": "test", "实操": "practical", "综合": "overall",
                  "互评": "peer", "导师": "mentor", "师傅": "mentor"}


class ImportRejected(HelpdeskError):
    """The sheet has problems; nothing was written. ``errors`` = [(row, reason)]."""

    def __init__(self, errors: list[tuple[int, str]]):
        self.errors = errors
        super().__init__("; ".join(f"row {n}: {reason}" for n, reason in errors[:20]))


@dataclass(frozen=True)
class ImportResult:
    rows: int
    sessions: int
    changes: Changes


def read_sheet(path: Path) -> list[dict[str, str]]:
    """Rows as {column key: text}, headers recognised in Chinese or English."""
    raw = _xlsx_rows(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _csv_rows(path)
    raw = [r for r in raw if any(str(c or "").strip() for c in r)]
    if not raw:
        raise ImportRejected([(1, "the sheet is empty")])
    keys = [_header_key(str(h or "")) for h in raw[0]]
    if "employee_no" not in keys:
        raise ImportRejected([(1, "no employee number column (工号 / employee_no)")])
    return [{k: _text(v) for k, v in zip(keys, row, strict=False) if k} for row in raw[1:]]


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "date") and callable(value.date):
        value = value.date()
    return "" if value is None else str(value).strip()


def _header_key(header: str) -> str | None:
    wanted = header.strip().lower()
    for key, names in HEADERS.items():
        if wanted in names:
            return key
    return None


def _xlsx_rows(path: Path) -> list[tuple]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _csv_rows(path: Path) -> list[tuple]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gbk")
    return [tuple(row) for row in csv.reader(text.splitlines())]


@dataclass
class _Row:
    session_id: int
    staff_id: int
    status: str | None
    score: ScoreEntry | None


def _session_for(row: dict[str, str], default: int | None) -> int:
    if row.get("session"):
        found = TrainingSession.get_or_none(TrainingSession.id == int(row["session"]))
        if found is None:
            raise ValueError(f"session {row['session']} does not exist")
        return found.id
    if row.get("course") and row.get("date"):
        day = as_date("date", row["date"])
        found = (TrainingSession.select().join(Course)
                 .where((Course.code == row["course"].upper()) | (Course.title == row["course"]),
                        TrainingSession.held_on == day).first())
        if found is None:
            raise ValueError(f"no session of {row['course']} on {day}")
        return found.id
    if default is None:
        raise ValueError("which session? give 场次 or 课程编号 + 日期")
    return default


def _attendance(text: str) -> str | None:
    if not text:
        return None
    low = text.lower()
    if low in YES:
        return "present"
    if low in NO:
        return "absent"
    code = vocabulary.code_for(ATTENDANCE, text)
    if code is None:
        raise ValueError(f"attendance {text!r} not understood")
    return str(code)


def _method(text: str) -> str:
    if not text:
        return "test"
    code = METHOD_ALIASES.get(text) or vocabulary.code_for(ASSESSMENT_METHODS, text)
    if code is None:
        raise ValueError(f"assessment method {text!r} not understood")
    return str(code)


def _parse(row: dict[str, str], default_session: int | None) -> _Row:
    staff = Staff.get_or_none(Staff.employee_no == row.get("employee_no", ""))
    if staff is None:
        raise ValueError(f"no staff member {row.get('employee_no')!r}")
    if row.get("name") and row["name"] != staff.name:
        raise ValueError(f"employee {staff.employee_no} is {staff.name}, not {row['name']}")
    status = _attendance(row.get("attendance", ""))
    score = None
    if row.get("score"):
        mark = check_score(row["pass_mark"], "pass_mark") if row.get("pass_mark") else None
        score = ScoreEntry(staff.id, _method(row.get("method", "")), check_score(row["score"]),
                           mark)
        status = status or "present"
    if status is None:
        raise ValueError("neither attendance nor score")
    return _Row(_session_for(row, default_session), staff.id, status, score)


def check_rows(rows: list[dict[str, str]], default_session: int | None) -> list[_Row]:
    parsed, errors = [], []
    for number, row in enumerate(rows, start=2):
        try:
            parsed.append(_parse(row, default_session))
        except ValidationError as exc:
            errors.append((number, str(exc)))
        except ValueError as exc:
            errors.append((number, str(exc)))
    if errors:
        raise ImportRejected(errors)
    return parsed


def import_results(path: str | Path, actor: Staff, session_id: int | None = None
                   ) -> ImportResult:
    """Check every row, then write attendance and scores together (or nothing)."""
    guard(actor, MANAGE, "training_session", session_id or "")
    parsed = check_rows(read_sheet(Path(path)), session_id)
    by_session: dict[int, list[_Row]] = {}
    for row in parsed:
        by_session.setdefault(row.session_id, []).append(row)
    with database_proxy.obj.atomic():
        trail(actor, "training.import", "file", Path(path).name, {"rows": len(parsed)})
        for sid, rows in by_session.items():
            record_attendance(sid, {r.staff_id: r.status for r in rows}, actor)
            record_scores(sid, [r.score for r in rows if r.score], actor)
    return ImportResult(len(parsed), len(by_session), TRAINING_CHANGED)
