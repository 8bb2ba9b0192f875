"""Screenshots of every page in zh_CN at 1366×768, and a printed receipt, into docs/.

Run with ``make screenshots``. A demo database is generated in a temporary folder, each
role's main window is opened in Chinese (the same catalogue and font as the product),
every page the role has is shown and grabbed once. The receipt is printed to PDF the way
a PC without a printer does and rendered to PNG with Qt PDF. Offscreen, no display needed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = QSize(1366, 768)
ROLE_ORDER = ("counter", "handler", "supervisor", "admin")


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def demo_database(folder: Path):
    from helpdesk_gui.db import open_database
    from helpdesk_gui.demo import capabilities
    from helpdesk_gui.demo.generate import demo_users, generate

    open_database(f"sqlite:///{folder / 'demo.db'}")
    generate(3000, seed=7, months=3)
    capabilities.populate(7)
    capabilities.set_demo_passwords()
    return {person.role: person for person in demo_users()}


def page_shots(app: QApplication, people: dict, folder: Path) -> list[str]:
    from helpdesk_gui.app.context import AppContext
    from helpdesk_gui.app.ops import OpRunner
    from helpdesk_gui.ui.main_window import MainWindow

    ops = OpRunner(synchronous=True)
    taken: list[str] = []
    for role in ROLE_ORDER:
        person = people.get(role)
        if person is None:
            continue
        settings = QSettings(str(folder / f"{role}.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(ops=ops, actor=person, branch=person.branch,
                         database_display="demo.db", settings=settings, language="zh_CN")
        window = MainWindow(ctx)
        window.resize(SIZE)
        window.show()
        settle(app)
        for key in window.page_keys:
            if key in taken:
                continue
            window.show_page(key)
            settle(app)
            window.grab().save(str(OUT / f"{key}.png"))
            taken.append(key)
        window.close()
        window.deleteLater()
        settle(app)
    return taken


def receipt_shot(people: dict, folder: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    from helpdesk_gui.reports.receipt import QR_IMAGE, receipt_html
    from helpdesk_gui.services.security import hall_settings
    from helpdesk_gui.services.tickets import receipts
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
    from helpdesk_gui.ui.widgets.printing import document, render_pdf

    clerk, supervisor = people["counter"], people["supervisor"]
    hall_settings.set_branch_setting(supervisor, clerk.branch_id, "hall_phone", "010-95598")
    created = create_ticket(IntakeForm(channel="counter", type="repair", level=2,
                                       customer_name="张三", phone="13812345678",
                                       description="家里水表漏水", request="尽快上门维修"), clerk)
    data = receipts.print_receipt(created.id, clerk, "3")
    pdf = render_pdf(document(receipt_html(data), {QR_IMAGE: data.qr_png}),
                     folder / "receipt.pdf", "receipt80")
    doc = QPdfDocument()
    doc.load(str(pdf))
    points = doc.pagePointSize(0)
    image: QImage = doc.render(0, QSize(int(points.width() * 2), int(points.height() * 2)))
    image.save(str(OUT / "receipt.png"))


def main() -> int:
    from helpdesk_gui.app import i18n
    from helpdesk_gui.ui.application import _load_fonts

    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install_translators(app, "zh_CN")
    _load_fonts(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        people = demo_database(folder)
        taken = page_shots(app, people, folder)
        receipt_shot(people, folder)
    print(f"{len(taken)} pages and the receipt saved in {OUT}: {', '.join(taken)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
