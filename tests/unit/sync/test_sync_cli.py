"""``helpdesk-gui sync …`` and ``audit verify --branch`` as an administrator runs them."""

from __future__ import annotations

import io
import os

from network import Site

from helpdesk_gui.cli import main
from helpdesk_gui.db import secret
from helpdesk_gui.services.security import auth
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

PASSWORD = "signin2026"


def _run(site: Site, monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    site.close()
    os.environ[secret.CONFIG_ENV] = str(site.config)
    secret.forget_cached_key()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--db", site.url, "--user", site.admin.employee_no, "--password-stdin",
                 *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _site(tmp_path, code: str, role: str, name: str) -> Site:
    site = Site(tmp_path, code, role)
    site.use()
    from helpdesk_gui.services.security import staff as staff_service

    branch = staff_service.ensure_branch(code, name)
    site.admin = staff_service.create_staff(branch, f"{code}-A", "管理员", "admin")
    auth.set_password(site.admin, PASSWORD)
    return site


def test_branch_to_headquarters_by_command(tmp_path, monkeypatch, capsys):
    hq, branch = _site(tmp_path, "HQ", "hq", "总部"), _site(tmp_path, "B01", "branch", "一厅")
    code, hq_key, _ = _run(hq, monkeypatch, capsys, "sync", "init", "--role", "hq")
    assert code == 0 and hq_key.startswith("helpdesk-sync-1:")
    assert _run(branch, monkeypatch, capsys, "sync", "init", "--role", "branch")[0] == 0
    code, branch_key, _ = _run(branch, monkeypatch, capsys, "sync", "key")
    assert _run(hq, monkeypatch, capsys, "sync", "site", "add", "B01", "--name", "一厅",
                "--role", "branch", "--key", branch_key.strip())[0] == 0
    assert _run(branch, monkeypatch, capsys, "sync", "site", "add", "HQ", "--role", "hq",
                "--key", hq_key.strip())[0] == 0
    branch.use()
    from helpdesk_gui.services.security import staff as staff_service

    clerk = staff_service.create_staff(branch.admin.branch, "B01-1", "王芳", "counter")
    create_ticket(IntakeForm(channel="counter", type="consultation", level=3,
                             customer_name="张三", description="家里停电了",
                             phone="13812345678"), clerk)
    code, out, _ = _run(branch, monkeypatch, capsys, "sync", "export", "--to",
                        str(tmp_path), "--site", "HQ")
    assert code == 0 and "bundle 1 for HQ" in out
    bundle = tmp_path / "B01-to-HQ-000001.hdsync"
    assert bundle.exists()
    code, out, _ = _run(hq, monkeypatch, capsys, "sync", "import", str(bundle))
    assert code == 0 and "applied bundle 1 from B01" in out
    code, out, _ = _run(hq, monkeypatch, capsys, "sync", "import", str(bundle))
    assert code == 0 and "already applied" in out
    code, out, _ = _run(hq, monkeypatch, capsys, "audit", "verify", "--branch", "B01")
    assert code == 0 and "audit trail intact" in out
    kept = hq.config / "sync" / "audit-keys" / "B01.key"
    assert kept.stat().st_mode & 0o777 == 0o600
    code, out, _ = _run(hq, monkeypatch, capsys, "sync", "site", "list")
    assert code == 0 and "B01\tbranch\t0\t-\t1\t" in out
    assert _run(hq, monkeypatch, capsys, "sync", "conflicts")[0] == 0
    damaged = tmp_path / "damaged.hdsync"
    damaged.write_bytes(bundle.read_bytes()[:-10])
    code, _, err = _run(hq, monkeypatch, capsys, "sync", "import", str(damaged))
    assert code == 1 and "refused, nothing changed" in err and "truncated" in err
    code, _, err = _run(branch, monkeypatch, capsys, "sync", "import", str(bundle))
    assert code == 1 and "addressed to site HQ" in err
    for site in (hq, branch):
        site.close()


def test_private_keys_are_owner_only_files(tmp_path):
    site = Site(tmp_path, "HQ", "hq")
    try:
        site.setup("总部")
        for name in ("signing.key", "encryption.key"):
            assert (site.config / "sync" / name).stat().st_mode & 0o777 == 0o600
    finally:
        site.close()
