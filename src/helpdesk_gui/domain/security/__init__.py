"""Sign-in state, the audit trail and personal-data retention (SERVICE_STANDARD §12)."""
