"""What the install tests share: a clean environment away from the source tree, and the
checks an installed program must pass (a Chinese PDF with its font, a translated window).
"""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "demo1234"
SUPERVISOR = "1019"
TRANSLATED_TITLE = "营业厅客户服务工单系统"  # "Helpdesk — customer service hall" in zh_CN
REPORT_HEADING = "月度服务质量报告"


def last_month() -> str:
    """The month before this one: demo data always fills it."""
    return (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a first run by a Chinese-speaking user: own home, no settings,
    no database chosen, Qt offscreen; nothing from the source tree on the path."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "HELPDESK_", "LC_", "XDG_", "VIRTUAL_ENV"))}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), LANG="zh_CN.UTF-8", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_STATE_HOME=str(home / ".local/state"), XDG_CACHE_HOME=str(home / ".cache"))
    return env


def run(command: list[str], cwd: Path, env: dict[str, str], stdin: str = "",
        timeout: float = 300) -> subprocess.CompletedProcess:
    """Run an installed program; fail with its output when it fails."""
    done = subprocess.run(command, cwd=cwd, env=env, input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)
    assert done.returncode == 0, (
        f"{command} exited {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}")
    return done


def assert_chinese_pdf(path: Path) -> None:
    """The report is a PDF whose text is Chinese and whose CJK font travels inside it."""
    reader = PdfReader(path)
    first = reader.pages[0]
    assert REPORT_HEADING in first.extract_text()
    embedded = []
    for font in first["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor.get_object():
            embedded.append(str(font.get_object()["/BaseFont"]))
    assert any("WenQuanYi" in name for name in embedded), embedded


def check_installed_program(program: list[str], work: Path, env: dict[str, str]) -> None:
    """Demo database, a PDF report and the window in zh_CN, by the installed program."""
    url = f"sqlite:///{work / 'demo.db'}"
    run([*program, "demo", "--tickets", "150", "--months", "2", "--db", url], work, env)
    pdf = work / "report.pdf"
    run([*program, "report", "monthly", "--month", last_month(), "--format", "pdf",
         "-o", str(pdf), "--db", url, "--user", SUPERVISOR, "--password-stdin"], work, env,
        stdin=DEMO_PASSWORD + "\n")  # the command line signs in, as the window does
    assert_chinese_pdf(pdf)
    shown = run([*program, "--check-start", "--db", url, "--user", SUPERVISOR,
                 "--password-stdin"], work, env, stdin=DEMO_PASSWORD + "\n")
    assert f"window: {TRANSLATED_TITLE}" in shown.stdout.splitlines(), shown.stdout


