"""PostgreSQL: the application's database role may only append to the audit trail.

On the hall server the schema belongs to an owner role (which runs the upgrades) and the
counters connect as an application role. The application role gets every right it needs
on the other tables, but on ``audit_entry`` only ``SELECT`` and ``INSERT``: no
``UPDATE``, ``DELETE`` or ``TRUNCATE``, so even someone holding the application's
password (it is on every counter PC) cannot rewrite the trail in the database itself.
The head row (``audit_head``) must stay updatable; it is cross-checked by the keyed chain
and by the anchors kept outside the database.

``helpdesk-gui db upgrade --app-role ROLE`` runs ``apply_audit_grants`` as the owner after
each upgrade (new tables need their grants too). The owner itself is not restricted by
grants: never let the counters connect as the owner — ``db info`` says whether the role it
connected as could rewrite the trail (``audit_rewritable``).
"""

from __future__ import annotations

import re

import peewee as pw

AUDIT_TABLE = "audit_entry"
_ROLE = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def audit_grants_sql(app_role: str, schema: str = "public") -> list[str]:
    """The statements that make ``audit_entry`` append-only for ``app_role``."""
    if not _ROLE.fullmatch(app_role) or not _ROLE.fullmatch(schema):
        raise ValueError(f"not a plain role/schema name: {app_role!r} / {schema!r}")
    table = f"{schema}.{AUDIT_TABLE}"
    return [
        f"GRANT USAGE ON SCHEMA {schema} TO {app_role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {app_role}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {app_role}",
        f"REVOKE ALL ON {table} FROM {app_role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM PUBLIC",
        f"GRANT SELECT, INSERT ON {table} TO {app_role}",
    ]


def apply_audit_grants(database: pw.Database, app_role: str, schema: str = "public") -> None:
    """Run ``audit_grants_sql`` on a PostgreSQL database, as its owner, in one transaction."""
    if not isinstance(database, pw.PostgresqlDatabase):
        raise ValueError("audit grants are for PostgreSQL; SQLite has no roles")
    with database.atomic():
        for statement in audit_grants_sql(app_role, schema):
            database.execute_sql(statement)


def audit_rewritable(database: pw.Database) -> bool | None:
    """Whether the connected role may UPDATE or DELETE audit rows (None: SQLite, no roles).

    True for the owner and for superusers, which is why the counters must connect as the
    application role."""
    if not isinstance(database, pw.PostgresqlDatabase):
        return None
    row = database.execute_sql(
        "SELECT has_table_privilege(current_user, %s, 'UPDATE') "
        "OR has_table_privilege(current_user, %s, 'DELETE') "
        "OR has_table_privilege(current_user, %s, 'TRUNCATE')",
        (AUDIT_TABLE, AUDIT_TABLE, AUDIT_TABLE)).fetchone()
    return bool(row[0])
