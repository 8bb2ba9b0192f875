"""Demo data for a utility service hall: generators that call services, imported by no service."""
