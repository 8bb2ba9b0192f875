"""KPI targets a supervisor sets (SERVICE_STANDARD §8), versioned like the SLA policy.

The targets are the ``kpi_targets`` setting: indicator → [comparison, value], with the
standard's defaults (first response on time ≥ 90 %, resolved within 3 contacts ≥ 80 %,
average satisfaction ≥ 4.2, satisfaction rate ≥ 90 %, complaint rate < 3 %, each
dimension ≥ 7). The dashboard and both reports read them from here, and a report records
the version it used.
"""

from __future__ import annotations

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import settings

KEY = "kpi_targets"
OPS = (">=", "<", "<=", ">")


def current() -> dict[str, list]:
    """indicator -> [comparison, value] in force."""
    return settings.current(KEY)


def version() -> int:
    return settings.current_version(KEY)


def as_tuples(table: dict | None = None) -> dict[str, tuple[str, float]]:
    """The targets as (comparison, value), the form ``reports.data.met`` reads."""
    return {k: (op, float(v)) for k, (op, v) in (table or current()).items()}


def met(indicator: str, value, table: dict | None = None) -> bool | None:
    """Whether a figure meets its target; None when there is no figure or no target."""
    tuples = as_tuples(table)
    if value is None or indicator not in tuples:
        return None
    op, target = tuples[indicator]
    return {">=": value >= target, "<": value < target, "<=": value <= target,
            ">": value > target}[op]


def change(values: dict[str, list], actor: Staff, note: str = "") -> Changes:
    """New targets (a new version); each is [comparison, value]."""
    checked = {}
    for name, pair in values.items():
        if name not in settings.DEFAULTS[KEY]:
            raise ValidationError({name: "not an indicator with a target"})
        if not (isinstance(pair, list | tuple) and len(pair) == 2 and pair[0] in OPS
                and isinstance(pair[1], int | float) and not isinstance(pair[1], bool)):
            raise ValidationError({name: f"{pair!r} is not [comparison, number]"})
        checked[name] = [pair[0], float(pair[1])]
    return settings.change(KEY, checked, actor, note)
