"""Service levels: calendars, clocks of each ticket, alarms and explanations (§3)."""
