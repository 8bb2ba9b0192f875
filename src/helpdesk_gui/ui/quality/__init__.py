"""Dashboard and reports pages."""
