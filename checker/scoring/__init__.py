"""Scoring: how complete a report is against the profile of its type."""
