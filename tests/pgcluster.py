"""The tests' private PostgreSQL server (``helpdesk_gui.db.pgcluster``), and by hand::

    python tests/pgcluster.py start /tmp/hallpg     # prints the URL
    python tests/pgcluster.py stop /tmp/hallpg
"""

from __future__ import annotations

import sys
from pathlib import Path

from helpdesk_gui.db.pgcluster import (  # noqa: F401 - the tests' names for them
    DURABLE_OPTIONS,
    PASSWORD,
    SERVER_OPTIONS,
    SUPERUSER,
    Cluster,
    create,
    find_bin_dir,
    free_port,
)


def main(argv: list[str]) -> int:
    command, folder = argv[0], Path(argv[1])
    if command == "start":
        port = int(argv[2]) if len(argv) > 2 else None
        if (folder / "PG_VERSION").exists():
            cluster = Cluster(folder, port or free_port(), find_bin_dir())
            cluster.start()
        else:
            cluster = create(folder, port)
        (folder.parent / f".{folder.name}.port").write_text(str(cluster.port))
        print(cluster.url())
    elif command == "stop":
        Cluster(folder, 0, find_bin_dir()).stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
