"""The protocol stage: events, casualties and the two responsibility ledgers."""
