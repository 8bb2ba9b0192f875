"""Satisfaction surveys (SERVICE_STANDARD §7)."""
