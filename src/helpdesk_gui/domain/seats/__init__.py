"""Seats: the PCs of a hall, each serving one counter window (窗口)."""
