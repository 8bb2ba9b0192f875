"""Complaints: the eight-stage process, root causes, repeats (SERVICE_STANDARD §5)."""
