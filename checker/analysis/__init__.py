"""Facts about a report that rules and scoring read: its type, its sections, its date."""
