"""Every service function that writes checks the role matrix (or is allowed, with reason).

The test reads the source of each public function of every module under
``helpdesk_gui.services``, follows the calls it makes to functions of the *same* module
(private helpers, ``authorize``…), and calls it a writer when that code saves, creates,
updates, deletes or audits. A writer must reach ``permissions.require`` (or the
module's own ``authorize``). Calls into other modules are not followed: a check that
happens by accident three services away is not a check.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import helpdesk_gui.services as services

WRITES = re.compile(
    r"\b[A-Z]\w*\.(create|insert|insert_many|delete|replace|get_or_create|update|"
    r"bulk_create|bulk_update)\(|\.save\(|\.delete_instance\(|execute_sql\(|audit\.record\(")
# require itself, and the named wrappers of it: tickets' authorize, training's guard.
CHECKS = re.compile(r"\bpermissions\.require\(|\brequire\(|\bauthorize\(|\bcheck_chain\(|"
                    r"\bguard\(")
CALLS = re.compile(r"(?<![.\w])(\w+)\(")

# Writers without a role check of their own, each with the reason it needs none.
ALLOWED = {
    # Sync: applying a bundle's rows, called only by sync.bundles.import_bytes after its
    # sync.import check, inside its transaction.
    "sync.merge.apply_table": "a bundle's table, applied by import_bytes (sync.import)",
    "sync.merge.flush_conflicts": "a bundle's conflicts, written by import_bytes (sync.import)",
    # The audit trail itself: every checked action calls it.
    "security.audit.record": "writes the audit row of an already checked action",
    # Signing in is how a person gets a role; these run before there is one to check.
    "security.auth.sign_in": "the sign-in itself (lockout counted, audited)",
    "security.auth.unlock": "the lock screen's sign-in (same path, audited)",
    "security.auth.confirm_password": "a password typed again: the sign-in path (audited)",
    "security.auth.sign_out": "audits the end of the person's own session",
    "security.auth.change_password": "a person changes their own password (old one asked)",
    "security.auth.first_run": "only while no administrator exists (the wizard)",
    "security.tokens.sign_in_with_token": "the token sign-in (audited either way)",
    "security.tokens.sign_in_with_file": "the token sign-in (audited either way)",
    # Set-up helpers called only by checked callers or by first run.
    "security.auth.set_password": "set-up code: first run, user add after staff.manage",
    "security.staff.ensure_branch": "first run and set-up of a new database",
    "security.staff.create_staff": "called after staff.manage (user add) or by first run",
    "security.staff.system_actor": "the in-process scheduler's actor; no command line use",
    "security.backup.record_restore": "audits a restore the caller checked (backup.restore)",
    # Parts of a checked transaction: the caller checked ticket.create / the transition.
    "tickets.customers.find_or_create": "inside intake's checked transaction",
    "tickets.records.log_event": "history row inside a checked ticket transaction",
    "tickets.flow.audit_change": "audit row inside a checked ticket transaction",
    "tickets.numbering.next_number": "numbering inside intake's checked transaction",
    "complaints.process.open_for_ticket": "inside intake's checked transaction",
    "complaints.repeats.link_repeats": "inside open_for_ticket (intake's transaction)",
    "ledger.imports.write_row": "one row of import_tickets, which checks import.run",
    # The import journal: steps of import_tickets, after its import.run check.
    "ledger.staging.start": "journal of a checked import",
    "ledger.staging.journal": "journal of a checked import",
    "ledger.staging.finish": "journal of a checked import",
    "ledger.staging.roll_back": "undoes a checked import that failed",
    "ledger.staging.recover_interrupted": "called by import_tickets after its check",
    "training.courses.trail": "audit row of a checked training change",
    "quality.reporting.record_pdf": "audits a report the caller checked (report.run)",
    # Jobs the application's scheduler runs on its own clock (no person acts).
    "complaints.alarms.scan": "deadline alarms (scheduler)",
    "sla.alarms.scan": "deadline alarms (scheduler)",
    "sla.alarms.mark_read": "a person marks their own alarm read",
    "sla.setup.apply_deadlines": "deadline stamps inside a checked ticket transaction",
    "sla.setup.on_transition": "deadline stamps inside a checked ticket transaction",
    "sla.setup.replayed_clocks": "computes an import's clocks in memory (saves nothing)",
    "surveys.jobs.send_due_invitations": "survey job (scheduler)",
    "surveys.jobs.send_reminders": "survey job (scheduler)",
    "surveys.jobs.abandon_expired": "survey job (scheduler)",
    "surveys.jobs.draw_monthly_sample": "survey job (scheduler)",
    "surveys.jobs.draw_monthly_samples": "survey job (scheduler)",
    "surveys.answers.invite": "survey invitation sent by the closing of a checked ticket",
    "surveys.answers.kiosk_answer": "the customer answers at the kiosk (no staff role)",
    "housekeeping.surveys": "scheduler job",
    "housekeeping.monthly_samples": "scheduler job",
    # Counters that are not personal data.
    "training.knowledge.record_use": "counts an article's use (no personal data)",
    "training.knowledge.search": "counts searches of the knowledge base (no personal data)",
    "training.knowledge.suggest": "counts suggestions shown (no personal data)",
    "tickets.query.count_tickets": "cached counts (no personal data)",
    "tickets.query.fetch_at": "reads masked rows; writes only the page cache",
    # Customer care and seats (scheduler jobs and parts of checked transactions).
    "customers.callbacks.draw": "monthly call-back list (scheduler, once a month)",
    "customers.callbacks.draw_due": "monthly call-back list (scheduler)",
    "customers.tiers.at_intake": "VIP verdict inside intake's checked transaction",
    "customers.tiers.refresh": "VIP verdict from the rules (scheduler, nightly)",
    "customers.tiers.refresh_all": "VIP verdicts from the rules (scheduler, nightly)",
    "ledger.records.add_records": "complaint/suggestion records of a checked import",
    "quality.reviews.draw": "monthly review sample (scheduler, once a month)",
    "quality.reviews.draw_due": "monthly review sample (scheduler)",
    "seats.registry.open_seat": "this PC's own seat row at sign-in (no personal data)",
    "seats.registry.heartbeat": "this PC's own seat row (no personal data)",
    "seats.registry.close_seat": "this PC's own seat row at exit (no personal data)",
    "surveys.sms.queue": "queues an invitation of a checked survey job",
    "surveys.sms.send_pending": "sends queued invitations (scheduler)",
    "tickets.confirmation.close_unconfirmed": "confirmation period ran out (scheduler)",
    "tickets.confirmation.close_unconfirmed_changes": "confirmation period ran out (scheduler)",
    # Kept month figures: derived counts (no personal data), dropped or kept inside the
    # transaction of a change that was checked itself.
    "quality.snapshots.forget_all": "derived figures only (no personal data)",
    "quality.snapshots.invalidate_month": "inside a checked change's transaction",
    "quality.snapshots.invalidate_span": "inside a checked change's transaction",
    "quality.snapshots.invalidate_tickets": "inside a checked sync import's transaction",
    "quality.snapshots.month_figures": "keeps derived figures of a checked report",
    "quality.snapshots.period_figures": "keeps derived figures of a checked report",
    "ledger.exports.ticket_rows": "the rows of export(), which checks export.run",
    "security.hall_settings.store_staff_window": "inside staff_admin's checked staff.manage",
    "tickets.receipts.qr_png": "draws a QR code in memory (writes no data)",
}


def _closure(func, module) -> str:
    """The source of ``func`` and of every same-module function it calls, transitively."""
    seen, todo, text = set(), [func], []
    while todo:
        f = todo.pop()
        if f in seen:
            continue
        seen.add(f)
        source = inspect.getsource(f)
        text.append(source)
        for name in CALLS.findall(source):
            target = getattr(module, name, None)
            if inspect.isfunction(target) and target.__module__ == module.__name__:
                todo.append(target)
    return "\n".join(text)


def _service_functions():
    for info in pkgutil.walk_packages(services.__path__, services.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, func in vars(module).items():
            if (not name.startswith("_") and inspect.isfunction(func)
                    and func.__module__ == module.__name__):
                yield info.name.removeprefix("helpdesk_gui.services."), name, func, module


def test_every_service_writer_checks_a_permission_or_is_allowed_with_a_reason():
    unchecked = []
    for module_name, name, func, module in _service_functions():
        code = _closure(func, module)
        if WRITES.search(code) and not CHECKS.search(code):
            unchecked.append(f"{module_name}.{name}")
    missing = sorted(set(unchecked) - set(ALLOWED))
    assert not missing, "service writers without a permission check: " + ", ".join(missing)


def test_the_allow_list_names_only_existing_unchecked_writers():
    known = {f"{m}.{n}": (f, mod) for m, n, f, mod in _service_functions()}
    stale = [name for name in ALLOWED if name not in known]
    checked = [name for name in ALLOWED if name in known
               and CHECKS.search(_closure(*known[name]))]
    assert not stale and not checked, (stale, checked)


def test_the_walker_flags_a_writer_without_a_check(tmp_path, monkeypatch):
    """The detector itself: an unchecked writer is found, a checked one is not."""
    (tmp_path / "fake_service.py").write_text(
        "from helpdesk_gui.services.security import permissions\n"
        "class Thing:\n    pass\n"
        "def _store(x):\n    Thing.create(x=x)\n"
        "def unchecked(x):\n    _store(x)\n"
        "def checked(actor, x):\n    permissions.require(actor, 'x')\n    _store(x)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("fake_service")
    assert WRITES.search(_closure(module.unchecked, module))
    assert not CHECKS.search(_closure(module.unchecked, module))
    assert CHECKS.search(_closure(module.checked, module))
