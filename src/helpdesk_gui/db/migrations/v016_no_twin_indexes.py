"""Schema step: drop the indexes another index already contains.

A foreign key got an index of its own (peewee's default) even where the table's unique
index starts with that same column — a survey's ticket and (ticket, kind), an alarm's
ticket and (ticket, target, kind, cycle). Every lookup by the column is answered by the
longer index, so the short one only costs a write on every insert (an SLA alarm, a survey,
a text message) and its pages on disk. The models now say ``index=False`` for these
columns; this step drops the twins an older schema made.
"""

from __future__ import annotations

import peewee as pw

# the twin and the index that contains it (kept)
TWINS = {
    "ticket_counter_branch_id": "the primary key (branch_id, day)",
    "complaint_repeat_complaint_id": "complaint_repeat_complaint_id_earlier_id",
    "survey_ticket_id": "survey_ticket_id_kind",
    "assessment_session_id": "assessment_session_id_staff_id_method",
    "attendance_session_id": "attendance_session_id_staff_id",
    "course_case_course_id": "course_case_course_id_case_id",
    "plan_item_branch_id": "plan_item_branch_id_year_quarter_course_id",
    "sla_alarm_ticket_id": "sla_alarm_ticket_id_target_kind_cycle",
    "sms_message_survey_id": "sms_message_survey_id_purpose",
    "branch_setting_branch_id": "branch_setting_branch_id_key",
}


def upgrade(database: pw.Database) -> None:
    """Drop each twin (absent on a schema made by this version's models)."""
    for name in TWINS:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
