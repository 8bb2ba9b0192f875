"""Training, the knowledge base and the case library (§9, §11)."""
