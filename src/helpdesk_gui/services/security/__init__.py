"""Security: sign-in, the role matrix, audit, personal data, staff and backups (§12)."""
