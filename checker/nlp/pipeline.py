"""Build the Dutch spaCy pipeline once per process.

Default ("auto"): a full Dutch model when one is installed (its tagger, parser and NER help later
rules), otherwise spaCy's blank `nl` with our tokenizer exceptions, report-aware sentences and
the lookup lemmatizer of spacy-lookups-data. Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from importlib import resources

from checker.errors import ConfigError

FULL_MODELS = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
EMBEDDED = "blank"


def installed_models() -> list[str]:
    return [name for name in FULL_MODELS if importlib.util.find_spec(name) is not None]


def resolve_model(model: str | None) -> str:
    """'auto' or None → the best installed full model, else the embedded blank pipeline."""
    if model in (None, "", "auto"):
        found = installed_models()
        return found[0] if found else EMBEDDED
    if model == EMBEDDED:
        return EMBEDDED
    if importlib.util.find_spec(model) is None and not _is_path(model):
        raise ConfigError(
            f"spaCy-model '{model}' is niet geïnstalleerd; kies 'auto', 'blank' of een geïnstalleerd model "
            f"({', '.join(installed_models()) or 'geen gevonden'})"
        )
    return model


def _is_path(model: str) -> bool:
    from pathlib import Path

    return Path(model).is_dir()


def _abbreviations(name: str = "abbreviations.txt") -> list[str]:
    lines = (resources.files("checker") / "data" / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def abbreviation_words() -> frozenset[str]:
    """Our abbreviations without their period, lower case ("bijv", "wn")."""
    return frozenset(abbr.rstrip(".").lower() for abbr in _abbreviations())


def _forms(word: str) -> set[str]:
    return {word, word[:1].upper() + word[1:], word.upper()}


def _add_abbreviations(nlp) -> None:
    """Ours in, and spaCy's exceptions that are ordinary words at a sentence end out."""
    from spacy.symbols import ORTH

    for abbr in _abbreviations():
        for form in _forms(abbr):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # Overridden with the split a plain word gets (assigning `tokenizer.rules` instead would rebuild
    # all ~4,700 special cases of a full model's tokenizer: 0.2 s of start-up).
    for word in _abbreviations("not_abbreviations.txt"):
        for form in (_forms(word) if word.islower() else {word}):
            if form in nlp.tokenizer.rules:
                nlp.tokenizer.add_special_case(form, [{ORTH: form[:-1]}, {ORTH: "."}])


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = "auto"):
    """The pipeline for `model` ('auto', 'blank', a package name or a path), cached per process."""
    import spacy

    import checker.nlp.components  # noqa: F401  (registers rc_sentences, rc_lemmatizer)
    from checker.nlp import lazy_specials
    from checker.nlp.chunk_cache import ChunkCachingTokenizer

    name = resolve_model(model)
    if name == EMBEDDED:
        # spaCy's tokenizer exceptions are added when a text first contains them (0.2 s of start-up).
        nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": lazy_specials.NAME}}})
        _add_abbreviations(nlp)
        nlp.add_pipe("rc_sentences")
        nlp.add_pipe("rc_lemmatizer")
    else:
        # The full model keeps its own lemmatizer, tagger, parser and NER; our sentence
        # boundaries go first so that the parser respects lines, headings and list items.
        nlp = spacy.load(name, exclude=["senter"])
        _add_abbreviations(nlp)
        nlp.add_pipe("rc_sentences", first=True)
    nlp.tokenizer = ChunkCachingTokenizer(nlp.tokenizer)
    nlp.meta["rapportcheck_model"] = name
    # Ingestion caps inputs at 20 MB; spaCy's own 1M-character guard protects parsers we may not run.
    nlp.max_length = 25_000_000
    return nlp
