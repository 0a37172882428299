"""The «Администрирование» area: user accounts, installation settings, the audit log and
backups, each on its own tab, shown only to roles allowed to use it."""
