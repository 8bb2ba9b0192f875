"""helpdesk_gui: the front-counter helpdesk of a utility customer-service hall."""

__version__ = "0.1.0"
