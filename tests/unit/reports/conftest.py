"""The KPI fixtures (a hand-computed March 2026) reused for the report."""

from kpi.conftest import march, march_answers, survey_db  # noqa: F401
