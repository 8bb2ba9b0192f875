"""Sites of a sync network in one test process: a database and a config folder each.

Only one site is "current" at a time: ``Site.use()`` binds the models to its database
and points the configuration folder (keys, installation secret) at its own.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from helpdesk_gui.db import open_database, secret
from helpdesk_gui.db.connect import bind
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sync import sites


class Site:
    def __init__(self, root: Path, code: str, role: str, url: str | None = None) -> None:
        self.code, self.role = code, role
        self.dir = root / code
        self.dir.mkdir(parents=True, exist_ok=True)
        self.config = self.dir / "config"
        self.url = url or f"sqlite:///{self.dir / 'helpdesk.db'}"
        self.database = None
        self.admin = None

    def use(self) -> Site:
        os.environ[secret.CONFIG_ENV] = str(self.config)
        secret.forget_cached_key()
        if self.database is None:
            self.database = open_database(self.url, migrate=True)
        bind(self.database)
        if self.admin is not None:
            self.admin = type(self.admin).get_by_id(self.admin.id)
        return self

    def setup(self, name: str) -> str:
        self.use()
        branch = staff_service.ensure_branch(self.code, name)
        self.admin = staff_service.create_staff(branch, f"{self.code}-A", "管理员", "admin")
        return sites.init_site(self.admin, self.role)

    def close(self) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None

    def copy_to(self, root: Path, code: str | None = None) -> Site:
        """A copy of this SQLite site (file and config folder) under ``root``."""
        self.close()
        other = Site(root, code or self.code, self.role)
        shutil.copy(self.dir / "helpdesk.db", other.dir / "helpdesk.db")
        shutil.copytree(self.config, other.config, dirs_exist_ok=True)
        other.admin = self.admin
        return other


def connect(hq: Site, branches: list[Site]) -> None:
    """Each branch registers headquarters, headquarters registers each branch."""
    keys = {}
    for site in [hq, *branches]:
        site.use()
        keys[site.code] = sites.public_key_text(site.admin)
    hq.use()
    for b in branches:
        sites.add_site(hq.admin, b.code, f"branch {b.code}", "branch", keys[b.code])
    for b in branches:
        b.use()
        sites.add_site(b.admin, hq.code, "headquarters", "hq", keys[hq.code])
