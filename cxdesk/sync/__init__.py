"""Sync bundles between the offices and the managing centre: keys, the bundle container, export,
the two-phase importer and ownership rules (SYNC.md, ``docs/sync-format.md``). No Qt here."""
