"""Suggestions and the shared improvement list (§6–§7)."""
