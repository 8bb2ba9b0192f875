"""Service-level targets (SERVICE_STANDARD §3), as data a supervisor can change.

A target is an amount and a unit on a clock: ``24x7`` (wall-clock) or ``business``
(the branch's business calendar). A :class:`Policy` holds the per-level targets plus the
intake acknowledgement, handler-contact and level-1 approval targets and the share of a
target after which it counts as "at risk". Policies are stored as JSON (versioned, see
``sla_models.SlaPolicy``), so this module only converts and validates: no database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from helpdesk_gui.domain.errors import ValidationError

UNITS = ("minutes", "hours", "working_days")
CLOCKS = ("24x7", "business")
UNIT_NAMES = MappingProxyType({
    "minutes": ("minutes", "分钟"),
    "hours": ("hours", "小时"),
    "working_days": ("working days", "个工作日"),
})
CLOCK_NAMES = MappingProxyType({
    "24x7": ("24×7 (every hour counts)", "7×24小时"),
    "business": ("Business hours (calendar)", "工作时间（按营业日历）"),
})
LEVEL_TARGETS = ("response", "update", "resolution")
TARGET_NAMES = MappingProxyType({  # every target a ticket may carry
    "acknowledge": ("Acknowledgement", "受理确认"),
    "approval": ("Level-1 approval", "一级审批"),
    "response": ("First response", "首次响应"),
    "contact": ("Handler contact", "处理人联系客户"),
    "update": ("Progress update", "进展更新"),
    "resolution": ("Resolution", "解决"),
    "cmp_ack": ("Complaint acknowledgement", "投诉确认"),
    "cmp_solution": ("Complaint solution", "投诉解决方案"),
})
SLA_STATES = MappingProxyType({
    "on_track": ("On track", "正常"),
    "at_risk": ("At risk", "即将超时"),
    "breached": ("Breached", "已超时"),
    "met": ("Met", "已达标"),
    "extended": ("Met after extension", "延期后完成"),
    "paused": ("Paused", "已暂停"),
})
ALARM_KINDS = MappingProxyType({
    "at_risk": ("At risk", "即将超时"),
    "breached": ("Breached", "已超时"),
})


@dataclass(frozen=True)
class Target:
    amount: int
    unit: str  # "minutes", "hours" or "working_days"
    clock: str  # "24x7" or "business"

    @property
    def minutes(self) -> int:
        """The target in counted minutes (working days are handled separately)."""
        return self.amount * (60 if self.unit == "hours" else 1)

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "unit": self.unit, "clock": self.clock}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Target:
        """Validate one target; errors name the field, e.g. ``levels.3.update.unit``."""
        if not isinstance(data, dict):
            raise ValidationError({where: "expected {amount, unit, clock}"})
        amount, unit, clock = data.get("amount"), data.get("unit"), data.get("clock", "24x7")
        if not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= 100_000:
            raise ValidationError({f"{where}.amount": "a whole number from 1 to 100000"})
        if unit not in UNITS:
            raise ValidationError({f"{where}.unit": f"one of {', '.join(UNITS)}"})
        if clock not in CLOCKS:
            raise ValidationError({f"{where}.clock": f"one of {', '.join(CLOCKS)}"})
        if unit == "working_days" and clock != "business":
            raise ValidationError({f"{where}.clock": "working days need the business clock"})
        return cls(amount, unit, clock)


@dataclass(frozen=True)
class LevelTargets:
    response: Target
    resolution: Target
    update_every: Target

    def get(self, name: str) -> Target:
        return self.update_every if name == "update" else getattr(self, name)


DEFAULT_TARGETS: dict[int, LevelTargets] = {
    1: LevelTargets(Target(2, "hours", "24x7"), Target(4, "hours", "24x7"),
                    Target(2, "hours", "24x7")),
    2: LevelTargets(Target(4, "hours", "24x7"), Target(24, "hours", "24x7"),
                    Target(6, "hours", "24x7")),
    3: LevelTargets(Target(8, "hours", "business"), Target(3, "working_days", "business"),
                    Target(6, "hours", "business")),
}


@dataclass(frozen=True)
class Acknowledge:
    """Intake acknowledgement: 10 minutes by day, 30 at night and on non-working days."""

    day_minutes: int = 10
    night_minutes: int = 30
    night_start: str = "20:00"  # local wall clock; the night runs over midnight
    night_end: str = "08:00"


@dataclass(frozen=True)
class Policy:
    """One version of the hall's service-level policy."""

    levels: dict[int, LevelTargets] = field(default_factory=lambda: dict(DEFAULT_TARGETS))
    acknowledge: Acknowledge = Acknowledge()
    contact: Target = Target(30, "minutes", "24x7")
    approval: Target = Target(30, "minutes", "24x7")
    at_risk_share: float = 0.8

    def target(self, level: int, name: str) -> Target:
        """The per-level target ``response``/``update``/``resolution``, or a global one."""
        if name in ("contact", "approval"):
            return getattr(self, name)
        return self.levels[level].get(name)

    def with_target(self, level: int, name: str, target: Target) -> Policy:
        """A copy with one per-level target changed (for the policy editor)."""
        lt = self.levels[level]
        changed = replace(lt, **{"update_every" if name == "update" else name: target})
        return replace(self, levels={**self.levels, level: changed})

    def to_dict(self) -> dict[str, Any]:
        return {
            "levels": {str(lvl): {name: lt.get(name).to_dict() for name in LEVEL_TARGETS}
                       for lvl, lt in sorted(self.levels.items())},
            "acknowledge": dict(vars(self.acknowledge)),
            "contact": self.contact.to_dict(),
            "approval": self.approval.to_dict(),
            "at_risk_share": self.at_risk_share,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Policy:
        """Validate a stored or edited policy; a ``ValidationError`` names the field."""
        if not isinstance(data, dict):
            raise ValidationError({"policy": "expected a JSON object"})
        levels = {}
        for lvl in (1, 2, 3):
            raw = (data.get("levels") or {}).get(str(lvl))
            if not isinstance(raw, dict):
                raise ValidationError({f"levels.{lvl}": "missing"})
            parsed = {n: Target.from_dict(raw.get(n), f"levels.{lvl}.{n}") for n in LEVEL_TARGETS}
            levels[lvl] = LevelTargets(parsed["response"], parsed["resolution"], parsed["update"])
        share = data.get("at_risk_share", 0.8)
        if not isinstance(share, int | float) or not 0.05 <= share <= 0.99:
            raise ValidationError({"at_risk_share": "a share between 0.05 and 0.99"})
        return cls(levels, _acknowledge(data.get("acknowledge", {})),
                   Target.from_dict(data.get("contact"), "contact"),
                   Target.from_dict(data.get("approval"), "approval"), float(share))


def _acknowledge(raw: Any) -> Acknowledge:
    if not isinstance(raw, dict):
        raise ValidationError({"acknowledge": "expected an object"})
    ack = Acknowledge(**{k: raw[k] for k in vars(Acknowledge()) if k in raw})
    for name in ("day_minutes", "night_minutes"):
        value = getattr(ack, name)
        if not isinstance(value, int) or not 0 < value <= 1440:
            raise ValidationError({f"acknowledge.{name}": "minutes from 1 to 1440"})
    for name in ("night_start", "night_end"):
        if clock_minutes(getattr(ack, name)) is None:
            raise ValidationError({f"acknowledge.{name}": "a time HH:MM"})
    return ack


def clock_minutes(text: object) -> int | None:
    """``'20:00'`` -> 1200; None if it is not a wall-clock time."""
    if not isinstance(text, str) or len(text) != 5 or text[2] != ":":
        return None
    try:
        hour, minute = int(text[:2]), int(text[3:])
    except ValueError:
        return None
    return hour * 60 + minute if 0 <= hour < 24 and 0 <= minute < 60 else None


def is_night(ack: Acknowledge, local_minute: int) -> bool:
    """Is a local time of day inside the night window (which may wrap midnight)?"""
    start, end = clock_minutes(ack.night_start), clock_minutes(ack.night_end)
    if start <= end:
        return start <= local_minute < end
    return local_minute >= start or local_minute < end


DEFAULT_POLICY = Policy()

COMMITMENT = {  # what the clerk tells the customer (English, Chinese)
    "minutes": ("within {n} minutes", "{n}分钟内"),
    "hours": ("within {n} hours", "{n}小时内"),
    "working_days": ("within {n} working days", "{n}个工作日内"),
}
BUSINESS_COMMITMENT = {  # the same on the business clock: nights and holidays do not count
    "minutes": ("within {n} business minutes", "{n}个工作分钟内"),
    "hours": ("within {n} business hours", "{n}个工作小时内"),
}


def describe(target: Target, chinese: bool = True) -> str:
    """'4小时内' / 'within 4 hours' — the commitment wording of a target; on the business
    clock '8个工作小时内', so the customer is not promised wall-clock hours."""
    table = BUSINESS_COMMITMENT if target.clock == "business" else {}
    en, zh = table.get(target.unit) or COMMITMENT[target.unit]
    return (zh if chinese else en).format(n=target.amount)
