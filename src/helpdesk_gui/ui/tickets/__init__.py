"""The tickets page: a lazy table over every ticket, filters, and the ticket's detail."""
