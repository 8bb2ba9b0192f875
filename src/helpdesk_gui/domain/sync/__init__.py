"""Branch and headquarters sync: sites, bundles, row stamps, conflicts (docs/sync.md)."""
