"""Measuring the checker against our annotated corpus (`python -m checker.evaluate`)."""
