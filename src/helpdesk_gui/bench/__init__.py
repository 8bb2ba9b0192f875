"""Benchmarks of the hall's software on generated data (``python -m helpdesk_gui.bench``).

The command is ``command``; each measured area is one module beside it.
"""

from helpdesk_gui.bench.command import main

__all__ = ["main"]
