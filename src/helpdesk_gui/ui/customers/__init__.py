"""customers capability."""
