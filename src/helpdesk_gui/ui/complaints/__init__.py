"""The Complaints and Suggestions tabs (SERVICE_STANDARD §5–§6)."""
