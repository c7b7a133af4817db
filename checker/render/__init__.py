"""Renderers: one Report model, many outputs (text, JSON, SARIF)."""
