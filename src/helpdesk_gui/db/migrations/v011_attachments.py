"""Schema step for a day at the counter: attachments, receipts, hall settings.

* ``attachment``: files on tickets, complaints and suggestions (``domain.attachments``);
* ``receipt_code``: the survey code printed on a ticket's receipt (``domain.tickets.receipts``);
* ``branch_setting`` and ``staff_desk``: the hall's phone and survey address printed on
  paper, and each staff member's usual window (``domain.hall_settings``).

Only new tables: nothing existing changes, so the step is safe on a hall server in use.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain import hall_settings
from helpdesk_gui.domain.attachments import models as attachments
from helpdesk_gui.domain.tickets import receipts


def upgrade(database: pw.Database) -> None:
    """Create the tables (idempotent)."""
    database.create_tables(attachments.MODELS + receipts.MODELS + hall_settings.MODELS,
                           safe=True)
