"""Training and knowledge pages, and the knowledge suggestions shown at intake."""
