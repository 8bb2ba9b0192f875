"""Complaints: the process, its deadlines and alarms, repeats, queries, analysis (§5)."""
