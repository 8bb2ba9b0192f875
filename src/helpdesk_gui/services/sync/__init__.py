"""Branch and headquarters sync (docs/sync.md): sites, bundles, merge, conflicts, mailbox."""
