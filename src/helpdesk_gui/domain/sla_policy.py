"""Service-level targets per urgency level (SERVICE_STANDARD §3), as data.

These are the defaults a supervisor can change; a target is an amount and a unit on a
clock: ``24x7`` (wall-clock) or ``business`` (the branch's business calendar).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    amount: int
    unit: str  # "minutes", "hours" or "working_days"
    clock: str  # "24x7" or "business"

    @property
    def minutes(self) -> int:
        """The target in counted minutes (working days are handled separately)."""
        return self.amount * (60 if self.unit == "hours" else 1)


@dataclass(frozen=True)
class LevelTargets:
    response: Target
    resolution: Target
    update_every: Target


DEFAULT_TARGETS: dict[int, LevelTargets] = {
    1: LevelTargets(Target(2, "hours", "24x7"), Target(4, "hours", "24x7"),
                    Target(2, "hours", "24x7")),
    2: LevelTargets(Target(4, "hours", "24x7"), Target(24, "hours", "24x7"),
                    Target(6, "hours", "24x7")),
    3: LevelTargets(Target(8, "hours", "business"), Target(3, "working_days", "business"),
                    Target(6, "hours", "business")),
}

COMMITMENT = {  # what the clerk tells the customer (English, Chinese)
    "minutes": ("within {n} minutes", "{n}分钟内"),
    "hours": ("within {n} hours", "{n}小时内"),
    "working_days": ("within {n} working days", "{n}个工作日内"),
}


def describe(target: Target, chinese: bool = True) -> str:
    """'4小时内' / 'within 4 hours' — the commitment wording of a target."""
    en, zh = COMMITMENT[target.unit]
    return (zh if chinese else en).format(n=target.amount)
