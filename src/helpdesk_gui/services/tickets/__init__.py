"""Tickets: intake, numbering, customers, the flow, the list, approval and extensions."""
