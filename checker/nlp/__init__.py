"""NLP layer: the Dutch spaCy pipeline and the analysed document the rules read."""

from checker.nlp.pipeline import load_pipeline, resolve_model

__all__ = ["load_pipeline", "resolve_model"]
