"""``helpdesk-gui sync …``: bundles between branch offices and headquarters (docs/sync.md).

Exit codes: 0 done (also: a bundle already applied, or held until an earlier one
arrives), 1 a bundle refused, 2 an error the user must fix.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpdesk_gui.cli.common import open_as_actor


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register this command group on the main parser's sub-parsers."""
    sync = sub.add_parser("sync", help="bundles between branch offices and headquarters")
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="set this site up (keys, role) and print its key")
    init.add_argument("--role", required=True, choices=("hq", "branch"))
    init.set_defaults(func=_init)
    actions.add_parser("key", help="print this site's public key").set_defaults(func=_key)
    site = actions.add_parser("site", help="the sites this one trades bundles with")
    site_actions = site.add_subparsers(dest="site_action", metavar="ACTION", required=True)
    add = site_actions.add_parser("add", help="register a site and its public key")
    add.add_argument("code")
    add.add_argument("--name", default="")
    add.add_argument("--role", required=True, choices=("hq", "branch"))
    add.add_argument("--key", required=True, help="the text printed by 'sync key' there")
    add.set_defaults(func=_site_add)
    site_actions.add_parser("list", help="sites, bundles sent and received, pending "
                                         "changes").set_defaults(func=_site_list)
    export = actions.add_parser("export", help="write the next bundle for a site")
    export.add_argument("--to", required=True, type=Path, help="a folder or a file name")
    export.add_argument("--site", required=True, help="the receiving site's code")
    export.set_defaults(func=_export)
    imp = actions.add_parser("import", help="apply a bundle file")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=_import)
    push = actions.add_parser("push", help="post bundles to the mailbox of a hall server")
    push.add_argument("--to", default="", help="headquarters' database URL (a branch); "
                                               "headquarters posts into its own")
    push.set_defaults(func=_push)
    pull = actions.add_parser("pull", help="fetch and apply the bundles waiting in a mailbox")
    pull.add_argument("--from", dest="source", default="",
                      help="headquarters' database URL (a branch); headquarters reads its own")
    pull.set_defaults(func=_pull)
    actions.add_parser("conflicts", help="list recorded conflicts and their decisions"
                       ).set_defaults(func=_conflicts)


def _init(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import sites

    _, actor = open_as_actor(args)
    print(sites.init_site(actor, args.role))
    return 0


def _key(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import sites

    _, actor = open_as_actor(args)
    print(sites.public_key_text(actor))
    return 0


def _site_add(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import sites

    _, actor = open_as_actor(args)
    site = sites.add_site(actor, args.code, args.name, args.role, args.key)
    print(f"site {site.code} ({site.role}) registered")
    return 0


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "-"


def _site_list(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import sites

    _, actor = open_as_actor(args)
    print("code\trole\tsent\tsent at\treceived\treceived at\tacknowledged\tpending\tname")
    for s in sites.list_sites(actor):
        print(f"{s.code}\t{s.role}\t{s.last_sent_seq}\t{_when(s.last_sent_at)}\t"
              f"{s.last_received_seq}\t{_when(s.last_received_at)}\t{s.acked_seq}\t"
              f"{s.pending_changes}\t{s.name}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import bundles

    _, actor = open_as_actor(args)
    result = bundles.export_bundle(actor, args.site, args.to)
    print(f"bundle {result.seq} for {result.to_site}: {result.rows} rows, {result.size} bytes "
          f"-> {result.path}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import bundles
    from helpdesk_gui.services.sync.seal import BundleRefused

    _, actor = open_as_actor(args)
    try:
        result = bundles.import_bundle(actor, args.file)
    except BundleRefused as exc:
        print(f"refused, nothing changed: {exc}", file=sys.stderr)
        return 1
    print(result.message)
    return 0


def _push(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import mailbox

    _, actor = open_as_actor(args)
    for line in mailbox.push(actor, args.to or None):
        print(line)
    return 0


def _pull(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import mailbox

    _, actor = open_as_actor(args)
    for line in mailbox.pull(actor, args.source or None):
        print(line)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.sync import conflicts

    _, actor = open_as_actor(args)
    for c in conflicts.list_conflicts(actor):
        print(f"#{c.id}\t{c.detected_at:%Y-%m-%d %H:%M}\t{c.table_name}\t{c.record}\t"
              f"{c.row_key}\t"
              f"{c.kind}\tfrom {c.from_site} bundle {c.bundle_seq}\tkept {c.winner}\t"
              f"{c.decision}")
    return 0
