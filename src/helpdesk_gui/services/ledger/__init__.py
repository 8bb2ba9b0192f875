"""Ledgers in and out: importing the hall's Excel/CSV ledgers, exporting lists."""
