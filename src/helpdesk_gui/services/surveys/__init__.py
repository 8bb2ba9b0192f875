"""Satisfaction surveys: invitations, answers and their validity, timed jobs (§7)."""
