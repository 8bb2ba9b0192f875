"""The Sync page (administrators): bundles sent and received per site, pending changes,
export to a folder or removable drive, import with a progress bar, and the conflicts with
how each was decided.

Every read and write runs through ``ctx.ops`` (the export and import on the writer
thread); the import's progress arrives by a queued signal, so the window keeps painting
while a large bundle from a branch is applied. The static layout is forms/sync_page.ui.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QTableWidgetItem,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.sync import decisions
from helpdesk_gui.domain.sync.tables import TABLE_NAMES
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.sync import bundles, overview, sites
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.generated.ui_sync_page import Ui_SyncPage
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sync.site_dialogs import KeyDialog, SiteDialog
from helpdesk_gui.ui.tickets.fmt import local_time

SYNCED = Changes(kinds=frozenset({"sync"}))  # what an import or export changed
ROLES = {"hq": QT_TRANSLATE_NOOP("SyncPage", "Headquarters"),
         "branch": QT_TRANSLATE_NOOP("SyncPage", "Branch office")}
CONFLICT_KINDS = {
    "non_owner": QT_TRANSLATE_NOOP("SyncPage", "Changed by a site that does not own it"),
    "owner_replaced_local": QT_TRANSLATE_NOOP("SyncPage", "The owner's version replaced ours"),
    "concurrent": QT_TRANSLATE_NOOP("SyncPage", "Changed on both sides"),
    "missing_reference": QT_TRANSLATE_NOOP("SyncPage", "Refers to a record not yet here"),
    "duplicate_key": QT_TRANSLATE_NOOP("SyncPage", "Same number or key on both sides"),
}
WINNERS = {"local": QT_TRANSLATE_NOOP("SyncPage", "Ours kept"),
           "incoming": QT_TRANSLATE_NOOP("SyncPage", "Theirs taken")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def why(decision: str) -> str:
    """A conflict's kept decision in the reader's language (as kept when it is not one of
    this version's sentences)."""
    known = decisions.read(decision)
    if known is None:
        return decision
    key, params = known
    if "table" in params:
        params["table"] = table_name(params["table"])
    return labels.label(decisions.DECISIONS, key).format(**params)


def table_name(table: str) -> str:
    """What a travelling table holds, in the reader's language (a newer version's table
    as it is called in the database)."""
    return labels.label(TABLE_NAMES, table)


class _Progress(QObject):
    """Carries (done, total) from the writer thread to the progress bar (queued)."""

    moved = Signal(int, int)


class SyncResult:
    """A sync step's outcome (bundle made or applied, key made, site registered) with the
    changes it broadcasts."""

    def __init__(self, result) -> None:
        self.result, self.changes = result, SYNCED


class SyncPage(QWidget):
    """Where an administrator moves bundles between this site and the others."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.sites, self.conflicts = self.ui.siteTable, self.ui.conflictTable
        self.bar, self.status = self.ui.progressBar, self.ui.statusLabel
        self.bar.setVisible(False)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self._headers()
        self.ui.exportButton.clicked.connect(self.export_bundle)
        self.ui.importButton.clicked.connect(self.import_bundle)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.saveReminderButton.clicked.connect(self.save_reminder)
        self.ui.setUpButton.clicked.connect(self.set_up_site)
        self.ui.keyButton.clicked.connect(self.show_key)
        self.ui.addSiteButton.clicked.connect(lambda: self.register_site())
        self.seen: overview.SyncOverview | None = None
        self.refresh()

    def _headers(self) -> None:
        site_titles = [self.tr("Site"), self.tr("Role"), self.tr("Last sent"),
                       self.tr("Sent at"), self.tr("Last received"), self.tr("Received at"),
                       self.tr("Confirmed by them"), self.tr("Pending changes")]
        conflict_titles = [self.tr("Detected"), self.tr("Table"), self.tr("Record"),
                           self.tr("From site"), self.tr("Bundle"), self.tr("Conflict"),
                           self.tr("Decision"), self.tr("Why")]
        for table, titles in ((self.sites, site_titles), (self.conflicts, conflict_titles)):
            table.setColumnCount(len(titles))
            table.setHorizontalHeaderLabels(titles)
            table.verticalHeader().setDefaultSectionSize(24)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.ctx.actor
        self.ctx.ops.read(lambda: overview.overview(actor), self.show_overview, self._failed)

    def _local(self, moment) -> str:
        return local_time(moment, self.ctx.branch.timezone) if moment else "—"

    def show_overview(self, seen: overview.SyncOverview) -> None:
        self.seen = seen
        ready = seen.site_code is not None
        self.ui.setUpButton.setVisible(not ready)
        self.ui.keyButton.setVisible(ready)
        self.ui.addSiteButton.setVisible(ready)
        if not ready:
            self.ui.siteLabel.setText(self.tr(
                "Sync is not set up on this database: set up this site, give its key to "
                "the other side and register theirs."))
        else:
            text = self.tr("This site: %1 (%2)").replace("%1", seen.site_code).replace(
                "%2", _tr(ROLES.get(seen.role, seen.role)))
            if seen.last_bundle_at is None:
                text += "  " + self.tr("No bundle made yet.")
            else:
                text += "  " + self.tr("Last bundle made %1 days ago.").replace(
                    "%1", str(seen.days_without_bundle))
            self.ui.siteLabel.setText(text)
        self._fill_sites(seen.sites)
        self._fill_conflicts(seen.conflicts)
        self.ui.reminderDays.setValue(seen.reminder_days)
        for widget in (self.ui.reminderLabel, self.ui.reminderDays, self.ui.reminderUnit,
                       self.ui.saveReminderButton):  # a branch is reminded, not HQ
            widget.setVisible(seen.role == "branch")
        for button in (self.ui.exportButton, self.ui.importButton):
            button.setEnabled(ready)
        self.ui.exportButton.setEnabled(ready and bool(seen.sites))

    def _fill_sites(self, rows) -> None:
        chosen = self.ui.targetSite.currentData()
        self.ui.targetSite.clear()
        self.sites.setRowCount(len(rows))
        for r, s in enumerate(rows):
            cells = (f"{s.code} {s.name}", _tr(ROLES.get(s.role, s.role)),
                     str(s.last_sent_seq or "—"), self._local(s.last_sent_at),
                     str(s.last_received_seq or "—"), self._local(s.last_received_at),
                     str(s.acked_seq or "—"), str(s.pending_changes))
            for c, text in enumerate(cells):
                self.sites.setItem(r, c, QTableWidgetItem(text))
            self.ui.targetSite.addItem(f"{s.code} {s.name}", s.code)
        index = self.ui.targetSite.findData(chosen)
        self.ui.targetSite.setCurrentIndex(max(0, index))
        self.sites.resizeColumnsToContents()

    def _fill_conflicts(self, rows) -> None:
        self.conflicts.setRowCount(len(rows))
        for r, c in enumerate(rows):
            cells = (self._local(c.detected_at), table_name(c.table_name),
                     c.record or c.row_key, c.from_site, str(c.bundle_seq),
                     _tr(CONFLICT_KINDS.get(c.kind, c.kind)),
                     _tr(WINNERS.get(c.winner, c.winner)), why(c.decision))
            for col, text in enumerate(cells):
                self.conflicts.setItem(r, col, QTableWidgetItem(text))
            self.conflicts.item(r, 2).setToolTip(c.row_key)  # the identity, for support
        self.conflicts.resizeColumnsToContents()

    # --- setting up ------------------------------------------------------------------------

    def set_up_site(self) -> None:
        """Make this site's keys, as headquarters or as a branch office."""
        roles = [("hq", _tr(ROLES["hq"])), ("branch", _tr(ROLES["branch"]))]
        first = 0 if self.ctx.branch.is_headquarters else 1
        text, ok = QInputDialog.getItem(
            self, self.tr("Set up this site"),
            self.tr("Site %1 takes part in sync as:").replace("%1", self.ctx.branch.code),
            [t for _, t in roles], first, False)
        if not ok:
            return
        role = next(code for code, t in roles if t == text)
        actor = self.ctx.actor
        self.ctx.ops.write(lambda: SyncResult(sites.init_site(actor, role)),
                           self._set_up, self._failed)

    def _set_up(self, done: SyncResult) -> None:
        self.status.setText(self.tr("This site is set up for sync."))
        self.refresh()
        KeyDialog(self.ctx.branch.code, done.result, self).exec()

    def show_key(self) -> None:
        actor = self.ctx.actor
        self.ctx.ops.read(lambda: sites.public_key_text(actor),
                          lambda key: KeyDialog(self.seen.site_code if self.seen else "",
                                                key, self).exec(), self._failed)

    def register_site(self, values: tuple | None = None, error: str = "") -> None:
        """Register the other side's key; a refusal reopens the dialog with what was
        typed and the reason."""
        roles = [("branch", _tr(ROLES["branch"])), ("hq", _tr(ROLES["hq"]))]
        if self.seen is not None and self.seen.role == "branch":
            roles.reverse()
        dialog = SiteDialog(roles, self)
        if values is not None:
            dialog.fill(values, error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        typed, actor = dialog.values(), self.ctx.actor
        self.ctx.ops.write(lambda: SyncResult(sites.add_site(actor, *typed)),
                           lambda _done: self._registered(typed[0]),
                           lambda exc: self.register_site(typed, error_text(exc)))

    def _registered(self, code: str) -> None:
        self.status.setText(self.tr("Site %1 registered.").replace("%1", code))
        self.refresh()

    # --- export and import -----------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button in (self.ui.exportButton, self.ui.importButton):
            button.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.bar.setRange(0, 100)
        self.bar.setValue(0)

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def export_bundle(self) -> None:
        """The next bundle for the chosen site, into a folder (a removable drive's too)."""
        site = self.ui.targetSite.currentData()
        if not site:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder or removable drive for the bundle"))
        if not folder:
            return
        actor = self.ctx.actor
        self._busy(True)
        self.status.setText(self.tr("Making the bundle for %1…").replace("%1", site))
        self.ctx.ops.write(
            lambda: SyncResult(bundles.export_bundle(actor, site, Path(folder))),
            self._exported, self._failed)

    def _exported(self, done: SyncResult) -> None:
        self._busy(False)
        r = done.result
        self.status.setText(self.tr("Bundle %1 for %2 written: %3 (%4 records, %5 KB).")
                            .replace("%1", str(r.seq)).replace("%2", r.to_site)
                            .replace("%3", str(r.path)).replace("%4", str(r.rows))
                            .replace("%5", str(max(1, r.size // 1024))))
        self.refresh()

    def import_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bundle"), "",
            self.tr("Sync bundles (*%1)").replace("%1", bundles.SUFFIX))
        if not path:
            return
        actor, emit = self.ctx.actor, self._progress.moved.emit
        self._busy(True)
        self.status.setText(self.tr("Applying the bundle…"))
        self.ctx.ops.write(
            lambda: SyncResult(bundles.import_bundle(actor, Path(path), progress=emit)),
            self._imported, self._failed)

    def _imported(self, done: SyncResult) -> None:
        self._busy(False)
        r = done.result
        if r.status == "duplicate":
            text = self.tr("Bundle %1 from %2 was applied before: nothing changed.")
        elif r.status == "held":
            text = self.tr("Bundle %1 from %2 is kept until the bundles before it arrive.")
        else:
            text = self.tr("Bundle %1 from %2 applied: %3 records, %4 conflicts.")
        self.status.setText(text.replace("%1", str(r.seq)).replace("%2", r.from_site)
                            .replace("%3", str(r.rows)).replace("%4", str(r.conflicts)))
        self.refresh()

    def save_reminder(self) -> None:
        actor, days = self.ctx.actor, self.ui.reminderDays.value()
        self.ctx.ops.write(lambda: overview.set_reminder_days(actor, days),
                           lambda _days: self.status.setText(self.tr("Reminder saved.")),
                           self._failed)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.status.setText(error_text(exc))

    def on_changes(self, changes: Changes) -> None:
        if "sync" in changes.kinds:
            self.refresh()
