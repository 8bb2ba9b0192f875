"""Suggestions and the improvement list (SERVICE_STANDARD §6–§7)."""
