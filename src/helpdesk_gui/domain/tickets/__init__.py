"""Tickets: the customer, the numbered ticket, its history, its states and what the clerk typed."""
