"""Sign-in, first run, passwords, lock screen, audit trail and backups pages."""
