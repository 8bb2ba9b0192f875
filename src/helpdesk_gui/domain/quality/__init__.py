"""Quality indicators: the kept figures of closed months."""
