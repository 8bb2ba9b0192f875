"""Quality records: versioned settings, service errors, reviews, kept month figures."""
