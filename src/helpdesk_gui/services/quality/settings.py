"""Settings a supervisor changes, versioned like the SLA policy (SERVICE_STANDARD preamble:
"every number is a default that a supervisor can change").

Each setting is a JSON object under a key. ``current(key)`` returns the newest version
merged over the standard's default (so a version saved before a new option existed still
gets that option's default); ``change`` validates, stores the next version and writes an
audit row; older versions stay, so a report can print which version it used.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.quality.models import Setting
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security import audit, permissions

ABUSE_WORDS = ["傻逼", "傻b", "他妈的", "妈的", "操你", "混蛋", "王八蛋", "去死", "滚蛋",
               "fuck", "shit", "bitch", "idiot", "asshole"]

DEFAULTS: dict[str, dict] = {
    # §8 targets: indicator -> [comparison, value]; dimension_average is per dimension
    "kpi_targets": {"first_response_on_time_rate": [">=", 0.90],
                    "resolved_within_3_contacts_rate": [">=", 0.80],
                    "avg_satisfaction": [">=", 4.2], "satisfaction_rate": [">=", 0.90],
                    "complaint_rate": ["<", 0.03], "dimension_average": [">=", 7.0]},
    # §10 VIP: yearly billed over X yuan, or more than N requests in M months
    "vip_rules": {"yearly_amount_over": 5000, "requests_over": 3, "months": 12,
                  "sla_level": 0},  # sla_level 2: VIP level-3 tickets get level-2 targets
    "churn": {"quiet_months": 3},  # §10 no interaction for 3 months → call-back list
    "review": {"per_type": 2},  # §4 closed tickets reviewed per type and month
    "departments": {"names": ["营业厅", "调度中心", "技术部", "培训组", "客服中心"],
                    "by_dimension": {"responsiveness": "调度中心", "problem_solving": "技术部",
                                     "attitude": "营业厅", "professionalism": "培训组",
                                     "clarity": "营业厅"}},
    "surveys": {"sample_share": 0.10, "min_comment": 10, "comment_required_at_or_below": 2,
                "abuse_words": ABUSE_WORDS},
    "confirmation": {"working_days": 3},  # §4 customer confirmation period
    "sms_gateway": {"url": "", "timeout_s": 5,
                    "template": "【客服中心】您好，您的工单{ticket_no}已办结。请回复评价码"
                                "{code}参与满意度测评，谢谢！"},
}


@dataclass(frozen=True)
class Version:
    key: str
    version: int
    data: dict
    note: str
    changed_by: str
    changed_at: datetime


def _merge(default: dict, stored: dict) -> dict:
    merged = copy.deepcopy(default)
    merged.update(stored)
    return merged


def current(key: str) -> dict:
    """The setting in force: the newest version over the default."""
    default = DEFAULTS[key]
    row = (Setting.select().where(Setting.key == key).order_by(Setting.version.desc())
           .first())
    return _merge(default, json.loads(row.data)) if row else copy.deepcopy(default)


def current_version(key: str) -> int:
    """The version in force (0: the standard's default, never changed)."""
    row = (Setting.select(Setting.version).where(Setting.key == key)
           .order_by(Setting.version.desc()).first())
    return row.version if row else 0


def _check(key: str, data: dict) -> dict:
    if key not in DEFAULTS:
        raise ValidationError({"key": f"unknown setting {key!r}"})
    if not isinstance(data, dict):
        raise ValidationError({key: "a setting is a set of named values"})
    unknown = set(data) - set(DEFAULTS[key])
    if unknown:
        raise ValidationError({key: "unknown option(s): " + ", ".join(sorted(unknown))})
    for name, value in data.items():
        default = DEFAULTS[key][name]
        numeric = isinstance(default, int | float) and not isinstance(default, bool)
        if numeric and (isinstance(value, bool) or not isinstance(value, int | float)
                        or value < 0):
            raise ValidationError({name: f"{value!r} is not a number of zero or more"})
    return data


def change(key: str, data: dict, actor: Staff, note: str = "",
           now: datetime | None = None) -> Changes:
    """Store a new version of a setting (supervisor or administrator)."""
    permissions.require(actor, "settings.edit", "setting", key)
    data = _check(key, data)
    with database_proxy.obj.atomic():
        version = current_version(key) + 1
        Setting.create(key=key, version=version, note=note[:200], changed_by=actor,
                       changed_at=now or utcnow(),
                       data=json.dumps(_merge(current(key), data), ensure_ascii=False))
        audit.record(actor, "settings.change", "setting", key,
                     {"version": version, "values": data})
    return Changes(kinds=frozenset({"settings", key}))


def history(key: str) -> list[Version]:
    """Every stored version, newest first."""
    rows = (Setting.select(Setting, Staff.name).join(Staff, on=(Setting.changed_by == Staff.id))
            .where(Setting.key == key).order_by(Setting.version.desc()))
    return [Version(r.key, r.version, json.loads(r.data), r.note, r.changed_by.name,
                    r.changed_at) for r in rows]
