"""Training records, the knowledge base and the case library (SERVICE_STANDARD §9, §11)."""
