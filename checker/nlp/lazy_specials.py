"""spaCy's tokenizer, its special cases handed to it only once a text contains them.

Building spaCy's Dutch tokenizer adds its ~4,700 exceptions ("a.u.b.", "d.d.", emoticons, …) one by
one, each with new lexemes and a pattern for its special-case matcher: 0.22 s of a 1.8 s cold start,
for the few dozen a report uses. Here every rule is kept in a plain dict, and before spaCy's
tokenizer sees a text it gets the rules whose strings occur in that text (the chunk cache in front
of it passes each whitespace-separated chunk once).

The tokens stay exactly spaCy's (tests compare with the eager tokenizer on the whole corpus). spaCy
consults a special case only for a substring of a whitespace-free chunk – the chunk, what is left
of it after prefixes and suffixes are split off, or tokens in a row that its matcher finds, which
may also run across single spaces – so every rule that can change the tokens occurs in the text
with its whitespace removed. The few rules with whitespace in them (" ", "\\n", …) are added up
front. A rule added later for another text does not occur in this one, so nothing tokenized (and
cached) before goes stale.
"""

from __future__ import annotations

import threading

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

NAME = "rapportcheck.lazy_special_cases.v1"


class LazySpecialCases:
    """A drop-in spaCy tokenizer: `rules` holds every special case, `inner` those needed so far."""

    def __init__(self, tokenizer: Tokenizer, rules: dict):
        self.inner = tokenizer
        self.vocab = tokenizer.vocab
        self.rules = rules
        # The web app tokenizes in threads: none may tokenize a text while a rule it needs is being added.
        self._lock = threading.Lock()

    @property
    def rules(self) -> dict:
        return self._rules

    @rules.setter
    def rules(self, rules: dict) -> None:
        self._rules = {string: list(substrings) for string, substrings in rules.items()}
        spaced = {string: subs for string, subs in self._rules.items() if string.split() != [string]}
        self._pending = {string: subs for string, subs in self._rules.items() if string not in spaced}
        self._prefixes = {string[:k] for string in self._pending for k in range(1, len(string) + 1)}
        self.inner.rules = spaced

    def add_special_case(self, string: str, substrings) -> None:
        substrings = list(substrings)
        self.inner._validate_special_case(string, substrings)
        with self._lock:
            self._rules[string] = substrings
            if string in self.inner.rules or string.split() != [string]:    # needed already, or spaces
                self.inner.add_special_case(string, substrings)
            else:
                self._pending[string] = substrings
                self._prefixes.update(string[:k] for k in range(1, len(string) + 1))

    def _add_needed(self, text: str) -> None:
        """Hand spaCy the pending rules whose strings occur in `text` with its whitespace removed."""
        if not self._pending:
            return
        text = "".join(text.split())
        prefixes, pending, n = self._prefixes, self._pending, len(text)
        for i in range(n):
            for j in range(i + 1, n + 1):
                piece = text[i:j]
                if piece not in prefixes:
                    break
                substrings = pending.pop(piece, None)
                if substrings is not None:
                    self.inner.add_special_case(piece, substrings)

    def __call__(self, text: str) -> Doc:
        with self._lock:
            self._add_needed(text)
            return self.inner(text)

    def explain(self, text: str):
        with self._lock:
            self._add_needed(text)
            return self.inner.explain(text)

    # Serialised, every rule is spaCy's: the pending ones go in first (≈ 0.2 s); loaded, spaCy's rules
    # (which its `from_bytes` always replaces) become pending again.
    def _add_all(self) -> None:
        for string, substrings in self._pending.items():
            self.inner.add_special_case(string, substrings)
        self._pending.clear()

    def to_bytes(self, **kwargs) -> bytes:
        self._add_all()
        return self.inner.to_bytes(**kwargs)

    def to_disk(self, path, **kwargs) -> None:
        self._add_all()
        self.inner.to_disk(path, **kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> LazySpecialCases:
        self.inner.from_bytes(data, **kwargs)
        self.rules = dict(self.inner.rules)
        return self

    def from_disk(self, path, **kwargs) -> LazySpecialCases:
        self.inner.from_disk(path, **kwargs)
        self.rules = dict(self.inner.rules)
        return self

    def __reduce__(self):
        return type(self), (self.inner, self._rules)

    def __getattr__(self, name):
        # prefix_search, token_match, … stay spaCy's.
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)


@registry.tokenizers(NAME)
def create_lazy_tokenizer():
    """spaCy's `spacy.Tokenizer.v1` with the language's exceptions as lazy special cases."""

    def make(nlp) -> LazySpecialCases:
        defaults = nlp.Defaults
        tokenizer = Tokenizer(
            nlp.vocab,
            prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return LazySpecialCases(tokenizer, defaults.tokenizer_exceptions)

    return make
