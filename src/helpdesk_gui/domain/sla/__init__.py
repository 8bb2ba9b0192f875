"""Service levels: the business calendar, the SLA clock and the versioned policy."""
