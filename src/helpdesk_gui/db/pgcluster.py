"""A private PostgreSQL server in a temporary folder: for the tests, the seat benchmark
and trying the hall server by hand — never a hall's real server.

The tests (and ``bench seats``) start their own cluster from the Debian binaries
(``/usr/lib/postgresql/<n>/bin``), listen on a free loopback port with password
authentication (so a wrong password really is refused), and stop it at the end of the
session. As root the server runs as the ``postgres`` user (PostgreSQL refuses to run as
root). Durability is switched off (``fsync=off``): the data is thrown away anyway.

By hand::

    python tests/pgcluster.py start /tmp/hallpg     # prints the URL
    python tests/pgcluster.py stop /tmp/hallpg
"""

from __future__ import annotations

import glob
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD = "hall-test-pw"
SERVER_OPTIONS = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  "-c max_connections=200 -c shared_buffers=128MB")
# What a real hall server keeps (the defaults): a commit is on disk when it returns, so a
# crash loses nothing acknowledged. Tests about crashes need it.
DURABLE_OPTIONS = "-c max_connections=200 -c shared_buffers=128MB"


def find_bin_dir() -> Path | None:
    """The folder holding initdb/pg_ctl (newest version first), or None."""
    explicit = os.environ.get("HELPDESK_PG_BIN")
    candidates = [explicit] if explicit else sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]),
        reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    """One running server: its folder, port and the superuser's URL."""

    data: Path
    port: int
    bin_dir: Path
    options: str = SERVER_OPTIONS

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str = PASSWORD) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return _run([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), *args], check=check)

    def start(self) -> None:
        self.pg_ctl("-o", f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 "
                    f"{self.options}", "-l", str(self.data / "server.log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-m", mode, "-w", "stop", check=False)


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _run(argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
    """Run a server command, as the ``postgres`` user when we are root."""
    if _as_root():
        argv = ["su", SUPERUSER, "-s", "/bin/sh", "-c", shlex.join(argv)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed: {result.stderr or result.stdout}")
    return result


def _base_dir() -> str:
    """Where a new cluster's folder goes: the temp folder, unless the server's own user
    could not reach it (a private TMPDIR of root's), then the world-writable /tmp."""
    base = tempfile.gettempdir()
    if _as_root() and not os.stat(base).st_mode & 0o001 and os.path.isdir("/tmp"):
        return "/tmp"
    return base


def create(data: Path | None = None, port: int | None = None,
           options: str = SERVER_OPTIONS) -> Cluster:
    """initdb a new cluster (password auth on TCP) and start it."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL binaries (initdb, pg_ctl) not found")
    data = Path(data or tempfile.mkdtemp(prefix="helpdesk-pg-", dir=_base_dir()))
    data.mkdir(parents=True, exist_ok=True)
    pwfile = data.parent / f".{data.name}.pw"
    pwfile.write_text(PASSWORD + "\n", encoding="utf-8")
    if _as_root():
        shutil.chown(data, SUPERUSER)
        shutil.chown(pwfile, SUPERUSER)
        os.chmod(data, 0o700)
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8",
              "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
              f"--pwfile={pwfile}"])
    finally:
        pwfile.unlink(missing_ok=True)
    cluster = Cluster(data=data, port=port or free_port(), bin_dir=bin_dir, options=options)
    cluster.start()
    return cluster
