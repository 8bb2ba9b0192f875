"""Service-level pages: policy, business calendar, deadline explanation."""
