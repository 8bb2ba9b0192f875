"""Every shell line of the README's administrator section runs as written.

The lines of its ```sh blocks are run one after the other through bash, in a temporary
folder, with ``helpdesk-gui`` from this environment first on PATH and a temporary
database (``HELPDESK_DB``; SQLite URLs written in a line are pointed at it too). A line
that cannot run here is listed in ``NOT_RUN`` with the reason. ```bat blocks (the
Windows commands) and ```shell blocks (the hall server's set-up, as root on the server)
are not run: there is no Windows here and no server to set up. Names that stand for
something the reader has (a ticket number, a backup file) are listed in ``placeholders``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SYNC_PEER = ("needs headquarters, a second site with its own keys and database "
             "(tests/unit/sync/test_sync_cli.py runs these commands)")
NOT_RUN = {
    "helpdesk-gui --db sqlite:///D:/hall/helpdesk.db": "opens the window (needs a display)",
    "helpdesk-gui --db postgresql://hall:secret@dbserver:5432/helpdesk db info":
        "needs the hall's PostgreSQL server",
    "helpdesk-gui demo --tickets 500 --db sqlite:///tmp/demo.db":
        "fills a new database only (tests/unit/test_demo.py); these lines set up a real hall",
    "make dist": "builds the bundle: make test does it before the suite",
    "sudo cp -r dist/helpdesk-gui /opt/helpdesk-gui": "installs system-wide",
    "make install-desktop PROGRAM=/opt/helpdesk-gui/helpdesk-gui":
        "tested by tests/installs/test_installers.py",
    "/opt/helpdesk-gui/helpdesk-gui --version": "the bundle: tests/installs/test_bundle.py",
    "python3 -m venv ~/helpdesk && ~/helpdesk/bin/pip install .":
        "a full install: tests/installs/test_wheel.py",
    "~/helpdesk/bin/helpdesk-gui --version": "the wheel: tests/installs/test_wheel.py",
    'echo "$ADMIN_PW" | helpdesk-gui --user 9001 --password-stdin sync site add HQ --name 总部 '
    '--role hq --key "$(cat HQ.key)"': SYNC_PEER,
    'echo "$ADMIN_PW" | helpdesk-gui --user 9001 --password-stdin sync export --site HQ --to '
    '/media/usb': SYNC_PEER,
    'echo "$ADMIN_PW" | helpdesk-gui --user 9001 --password-stdin sync import '
    '/media/usb/HQ-to-BJ01-000001.hdsync': SYNC_PEER,
    'echo "$ADMIN_PW" | helpdesk-gui --user 9001 --password-stdin sync push --to '
    'postgresql://hall:secret@dbserver/helpdesk': "needs headquarters' PostgreSQL server "
                                                  "(tests/unit/sync/test_sync_mailbox.py)",
    'echo "$ADMIN_PW" | helpdesk-gui --user 9001 --password-stdin sync pull --from '
    'postgresql://hall:secret@dbserver/helpdesk': "needs headquarters' PostgreSQL server "
                                                  "(tests/unit/sync/test_sync_mailbox.py)",
    'echo "$ADMIN_PW" | helpdesk-gui --user 9001 --password-stdin audit verify --branch BJ01':
        "runs at headquarters after the branch's bundles (tests/unit/sync/test_sync_cli.py)",
}
ANSWERS = {"backup restore": "y\n"}  # the restore asks before replacing the database


def admin_shell_lines() -> list[str]:
    """The command lines of the ```sh blocks between '## For administrators' and the next
    '## ' heading, without their comments."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## For administrators", 1)[1].split("\n## ", 1)[0]
    lines = []
    for block in re.findall(r"^```sh\n(.*?)^```", section, re.MULTILINE | re.DOTALL):
        pending = ""
        for line in block.splitlines():
            command = re.sub(r"\s+#\s.*$", "", line).strip()
            if not command or command.startswith("#"):
                continue
            if command.endswith("\\"):  # continued on the next line
                pending += command[:-1].rstrip() + " "
                continue
            lines.append(pending + command)
            pending = ""
    return lines


def test_the_list_of_lines_not_run_names_only_lines_of_the_readme():
    lines = admin_shell_lines()
    assert set(NOT_RUN) <= set(lines), set(NOT_RUN) - set(lines)
    assert len(lines) - len(NOT_RUN) >= 12


def _files_the_examples_read(work: Path) -> None:
    """ledger.xlsx and cal.json, as an administrator would have them."""
    from openpyxl import Workbook

    from helpdesk_gui.domain.sla.calendar import china_default

    book = Workbook()
    sheet = book.active
    sheet.append(["受理时间", "渠道", "类型", "等级", "客户姓名", "联系电话", "主题", "问题描述"])
    sheet.append(["2026-10-09 09:30", "柜台", "咨询", "3", "张伟", "13800138000", "水费查询",
                  "询问本月水费"])
    sheet.append(["2026-10-10 14:00", "电话", "报修", "2", "李娜", "13900139000", "停水",
                  "小区停水，请尽快处理"])
    book.save(work / "ledger.xlsx")
    (work / "cal.json").write_text(json.dumps(china_default().to_dict(), ensure_ascii=False),
                                   encoding="utf-8")


def _placeholders(url: str, work: Path) -> dict[str, str]:
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.domain.tickets.models import Ticket

    database = open_database(url)
    try:
        ticket_no = Ticket.select(Ticket.ticket_no).order_by(Ticket.id).first().ticket_no
    finally:
        database.close()
        database_proxy.initialize(None)
    backups = sorted((work / "backups").glob("*.db"), key=lambda p: p.stat().st_mtime)
    return {"BJ01-20261122-0007": ticket_no, "FILE": str(backups[-1]) if backups else "FILE"}


@pytest.mark.slow
def test_every_administrator_example_runs(tmp_path):
    work = tmp_path / "hall"
    work.mkdir()
    url = f"sqlite:///{work / 'helpdesk.db'}"
    program = shutil.which("helpdesk-gui", path=str(Path(sys.executable).parent))
    assert program, "helpdesk-gui is not installed in this environment"
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELPDESK_")}
    env.update(HELPDESK_DB=url, HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               ADMIN_PW="Admin#9001x", NEW_PW="Counter#2026",
               HELPDESK_CONFIG_DIR=str(tmp_path / "home" / "config"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"),
               HELPDESK_LOG_DIR=str(tmp_path / "logs"),
               PATH=f"{Path(program).parent}{os.pathsep}{env.get('PATH', '')}")
    _files_the_examples_read(work)
    ran = []
    for line in admin_shell_lines():
        if line in NOT_RUN:
            continue
        command = re.sub(r"sqlite:///\S+", url, line)
        if "sla explain" in command or "backup restore" in command:
            for name, value in _placeholders(url, work).items():
                command = command.replace(name, value)
        stdin = next((a for key, a in ANSWERS.items() if key in command), "")
        done = subprocess.run(["bash", "-c", command], cwd=work, env=env, input=stdin,
                              capture_output=True, text=True, encoding="utf-8", timeout=300)
        assert done.returncode == 0, (
            f"README line failed: {line}\n{command}\n{done.stdout[-2000:]}\n{done.stderr}")
        ran.append(line)
    assert (work / "2026-10.pdf").stat().st_size > 10_000
    assert (work / "c.xlsx").exists()
    assert len(ran) >= 12
