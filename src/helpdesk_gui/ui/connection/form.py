"""Where the data is: "this PC only" or "hall server", with *Test connection*.

One form (forms/connection.ui) serves the first-run wizard's first page and the
*Settings → Connection…* dialog. *Test connection* runs on a worker thread (``ops.read``):
a server that does not answer freezes nothing, it answers after the connect timeout.
Each problem the test can find has its own sentence here. The password is only ever in
the password field and, once saved, in the keyring (``app.connection``); it is never put
in a label, the status bar or the log.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from helpdesk_gui.app import connection
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.ui.generated.ui_connection import Ui_ConnectionForm

PROBLEM_TEXT = {
    "wrong_password": QT_TRANSLATE_NOOP(
        "Connection", "Wrong password: the server refused this user. Check the password "
        "(ask the administrator)."),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Connection", "The server does not let this user in from this PC; the "
        "administrator allows it in pg_hba.conf."),
    "no_database": QT_TRANSLATE_NOOP(
        "Connection", "The server has no database of this name: check the database name."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Connection", "Cannot reach the server: check the host name and port, that the "
        "server is running and that the network is up."),
    "schema_missing": QT_TRANSLATE_NOOP(
        "Connection", "The database is empty (no helpdesk schema yet): the administrator "
        "runs \"helpdesk-gui db upgrade\" on it first."),
    "schema_old": QT_TRANSLATE_NOOP(
        "Connection", "The database's schema is older than this program: ask the "
        "administrator to run \"helpdesk-gui db upgrade\"."),
    "schema_new": QT_TRANSLATE_NOOP(
        "Connection", "The database's schema is newer than this program: install the "
        "newer version of the program."),
    "not_helpdesk": QT_TRANSLATE_NOOP(
        "Connection", "This database holds other tables, not a helpdesk: check the "
        "database name."),
    "other": QT_TRANSLATE_NOOP("Connection", "The connection failed:"),
}


def problem_text(check: connection.ConnectionCheck) -> str:
    """The on-screen sentence for a test result (translated)."""
    if check.ok:
        return QCoreApplication.translate(
            "Connection", "Connected: schema version %1, ready to use.").replace(
            "%1", str(check.version))
    text = QCoreApplication.translate("Connection", PROBLEM_TEXT[check.problem])
    return f"{text} ({check.detail})" if check.problem == "other" else text


class ConnectionForm(QWidget):
    """Edits the connection choice; ``tested(ok)`` after each *Test connection*."""

    tested = Signal(bool)

    def __init__(self, ops: OpRunner, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.settings = ops, settings
        self.ui = Ui_ConnectionForm()
        self.ui.setupUi(self)
        self.last_check: connection.ConnectionCheck | None = None
        self._load()
        self.ui.kind_server.toggled.connect(self._kind_changed)
        self.ui.test_button.clicked.connect(self.test)
        self._kind_changed(self.ui.kind_server.isChecked())

    def _load(self) -> None:
        server = connection.server_from(self.settings)
        if server is None:
            self.ui.server_database.setText("helpdesk")
            self.ui.server_user.setText("hall")
            return
        self.ui.kind_server.setChecked(True)
        self.ui.server_host.setText(server.host)
        self.ui.server_port.setValue(server.port)
        self.ui.server_database.setText(server.database)
        self.ui.server_user.setText(server.user)

    def _kind_changed(self, server: bool) -> None:
        self.ui.server_box.setEnabled(server)
        self.ui.result.clear()

    @property
    def kind(self) -> str:
        return "server" if self.ui.kind_server.isChecked() else "local"

    def server(self) -> connection.ServerSettings:
        ui = self.ui
        return connection.ServerSettings(ui.server_host.text().strip(), ui.server_port.value(),
                                         ui.server_database.text().strip() or "helpdesk",
                                         ui.server_user.text().strip())

    def password(self) -> str | None:
        """The typed password, or None when left empty (keep the stored one)."""
        return self.ui.server_password.text() or None

    def test(self) -> None:
        """Test the server on a worker thread (the stored password, when none is typed,
        is read there too); the answer arrives in ``result``."""
        server, typed = self.server(), self.password()
        if not server.host:
            self.ui.result.setText(self.tr("Enter the server's host name first."))
            return
        self.ui.test_button.setEnabled(False)
        self.ui.result.setStyleSheet("")
        self.ui.result.setText(self.tr("Testing the connection…"))

        def job() -> connection.ConnectionCheck:
            password = typed if typed is not None else connection.load_password(server)
            return connection.test_connection(server.url(password))
        self.ops.read(job, self._tested, self._test_failed)

    def _tested(self, check: connection.ConnectionCheck) -> None:
        self.last_check = check
        self.ui.test_button.setEnabled(True)
        colour = "#1b5e20" if check.ok else "#b3261e"
        self.ui.result.setStyleSheet(f"color:{colour}")
        self.ui.result.setText(problem_text(check))
        self.tested.emit(check.ok)

    def _test_failed(self, exc: BaseException) -> None:
        self._tested(connection.ConnectionCheck("other", type(exc).__name__))

    def save(self) -> None:
        """Remember the choice (the password in the keyring, not in the settings)."""
        if self.kind == "server":
            connection.save(self.settings, "server", self.server(), self.password())
        else:
            connection.save(self.settings, "local")
