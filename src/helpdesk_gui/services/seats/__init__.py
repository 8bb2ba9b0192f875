"""Seats of the hall: which window a PC serves, who is signed in where."""
