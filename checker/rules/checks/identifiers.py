"""avg.identifier: BSN, IBAN, private phone and e-mail, home address, date of birth, ID-document number.

Shapes and checksums come from `checker.nlp.identifiers`; this module decides whose value it is.
The closest context word before a value decides: 'werknemer', 'thuis', 'privé' make it the
coachee's; 'coach', 'werkgever', 'kantoor', a firm make it a business detail. Without either, the
closing block (signature) counts as business, a mobile number or consumer mail domain as private.
Dossier and reference numbers ('Dossiernummer: 186091390') are never a BSN.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from checker.analysis.signature import signature_start_of
from checker.nlp import identifiers as ids
from checker.rules.context import Analysis
from checker.rules.registry import Hit, Rule, check
from checker.rules.spanset import SpanSet
from checker.rules.term_patterns import find_terms, last_match, term_pattern, term_set

LEX = "avg_identifier/"
WINDOW = 80            # how far back context words are read (within the line and sentence)
WINDOW_AFTER = 40      # how far the holder named after an account may run ('t.n.v. Bureau X B.V.')
LABEL_WINDOW = 40      # how far back a label of a number or document may stand
DATE_AFTER_LABEL = 14  # 'geboren op 3 mei 1979': the date must follow the label this closely
CONSUMER_MAIL_WINDOW = 30  # '…@ziggo.nl' is private unless a business word stands this close before it
_BUSINESS_AFTER = re.compile(r"[\s(]*(?:zakelijk|kantoor|werk)\b", re.IGNORECASE)
_HOLDER = re.compile(r"[ \t,]*(?:t\.n\.v\.|ten name van|van|namens)[ \t]+(?:de[ \t]+|het[ \t]+)?", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s:|=(–-]*$")
_ABBREVIATION_END = re.compile(r"(?<![\w])[A-Za-z]{1,4}\.[ \t]*$")     # 'wn.', 'tel.', 'mw.' before a value


@lru_cache(maxsize=1)
def _patterns() -> dict:
    return {
        "private": term_pattern(LEX + "private_context"),
        "business": term_pattern(LEX + "business_context"),
        "reference": term_pattern(LEX + "reference_labels"),
        "bsn": term_pattern(LEX + "bsn_labels"),
        "label": term_pattern(LEX + "value_labels", LEX + "bsn_labels", LEX + "id_document_labels"),
        "address": ids.address_patterns(term_set(LEX + "street_suffixes")),
        "mail_domains": term_set(LEX + "private_mail_domains"),
    }


class _Context:
    """Per-document look-ups: sentence and line bounds, the closing block, spans already taken."""

    def __init__(self, analysis: Analysis):
        self.text = analysis.text
        self.analysis = analysis
        self.zone = signature_start_of(analysis)
        self.taken = SpanSet()

    def scope_start(self, pos: int, window: int = WINDOW) -> int:
        """Where context for a value at `pos` may start: its line, its sentence, at most `window` back."""
        line = self.text.rfind("\n", max(0, pos - window), pos) + 1
        before = self.analysis.sentence_before(pos)
        sent = before[0] if before else 0
        if sent > 0 and _ABBREVIATION_END.search(self.text, max(0, sent - 8), sent):
            earlier = self.analysis.sentence_before(sent - 1)      # 'tel. wn. 06-…': no sentence ends there
            sent = earlier[0] if earlier else 0
        return max(line, sent, pos - window)

    def owner(self, start: int, end: int, business_window: int = WINDOW) -> str | None:
        """'private', 'business' or None (no cue) for the value text[start:end]. A cue word for the
        coachee ('hem rechtstreeks bereiken op', 'op zijn rekening') wins even in the closing block."""
        p = _patterns()
        private = last_match(p["private"], self.text, self.scope_start(start), start)
        business = last_match(p["business"], self.text, self.scope_start(start, business_window), start)
        if private and (not business or private.start() > business.start()):
            return "private"
        if business or _BUSINESS_AFTER.match(self.text, end, min(len(self.text), end + 20)):
            return "business"
        if start >= self.zone and not _APPENDIX.search(self.text, self.zone, start):
            return "business"
        return self.holder(end)

    def holder(self, end: int) -> str | None:
        """Whose account or number it is, when named right after it: 't.n.v. Bureau X B.V.'."""
        p = _patterns()
        holder = _HOLDER.match(self.text, end)
        if holder:
            line_end = self.text.find("\n", holder.end(), holder.end() + WINDOW_AFTER)
            hi = min(line_end if line_end >= 0 else len(self.text), holder.end() + WINDOW_AFTER)
            private = p["private"].search(self.text, holder.end(), hi)
            business = p["business"].search(self.text, holder.end(), hi)
            if business and (not private or business.start() < private.start()):
                return "business"
            if private:
                return "private"
        return None

    def free(self, start: int, end: int) -> bool:
        return not self.taken.overlaps(start, end)

    def take(self, start: int, end: int) -> None:
        self.taken.add(start, end)

    def with_label(self, start: int) -> int:
        """Extend a span to the label written right before it ('BSN: 252760189')."""
        lo = max(self.text.rfind("\n", max(0, start - LABEL_WINDOW), start) + 1, start - LABEL_WINDOW)
        label = last_match(_patterns()["label"], self.text, lo, start)
        if label and _SEPARATORS.fullmatch(self.text, label.end(), start):
            return label.start()
        return start


# An appendix after the signature ("Bijlage – personalia werknemer") is no longer the coach's closing
# block: a number or address there is nobody's business contact by default.
_APPENDIX = re.compile(r"^[ \t]*(?:bijlage|personalia|persoonsgegevens|gegevens (?:werknemer|werkneemster|cliënte?))\b",
                       re.IGNORECASE | re.MULTILINE)


@check("identifiers")
def identifiers(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    wanted = {r.id.rsplit(".", 1)[1]: r.id for r in rules}
    ctx = _Context(analysis)
    finders = (("email", _emails), ("iban", _ibans), ("phone", _phones), ("bsn", _bsns),
               ("birth_date", _birth_dates), ("id_document", _documents), ("address", _addresses))
    for kind, finder in finders:
        for start, end in finder(ctx, analysis):
            ctx.take(start, end)
            if kind in wanted:
                yield Hit(wanted[kind], ctx.with_label(start), end)


def _emails(ctx: _Context, analysis: Analysis) -> Iterator[tuple[int, int]]:
    domains = _patterns()["mail_domains"]
    for c in ids.find_emails(ctx.text):
        consumer = c.detail in domains
        # a consumer domain is the coachee's unless a business word stands right before it
        owner = ctx.owner(c.start, c.end, CONSUMER_MAIL_WINDOW if consumer else WINDOW)
        if owner == "private" or (consumer and owner != "business"):
            yield c.start, c.end
        else:
            ctx.take(c.start, c.end)     # a business address is no phone or number either


def _ibans(ctx: _Context, analysis: Analysis) -> Iterator[tuple[int, int]]:
    """An account number is the coachee's unless it is in the closing block or its holder is named
    as a business ('t.n.v. Bureau Werkbrug B.V.'): 'de werkgever maakt over op NL…' is still theirs."""
    for c in ids.find_ibans(ctx.text):
        if ctx.owner(c.start, c.end) == "private" or not (c.start >= ctx.zone or ctx.holder(c.end) == "business"):
            yield c.start, c.end
        else:
            ctx.take(c.start, c.end)


def _phones(ctx: _Context, analysis: Analysis) -> Iterator[tuple[int, int]]:
    for c in ids.find_phones(ctx.text):
        if not ctx.free(c.start, c.end):
            continue
        owner = ctx.owner(c.start, c.end)
        if owner == "private" or (owner is None and c.detail == "mobile"):
            yield c.start, c.end
        else:
            ctx.take(c.start, c.end)


def _bsns(ctx: _Context, analysis: Analysis) -> Iterator[tuple[int, int]]:
    """A number passing the elfproef, or any 8–9 digit number labelled BSN; never a reference number."""
    p = _patterns()
    for c in ids.find_numbers(ctx.text):
        if not ctx.free(c.start, c.end):
            continue
        lo = max(ctx.text.rfind("\n", max(0, c.start - LABEL_WINDOW), c.start) + 1, c.start - LABEL_WINDOW)
        bsn_label = last_match(p["bsn"], ctx.text, lo, c.start)
        reference = last_match(p["reference"], ctx.text, lo, c.start)
        if reference and (not bsn_label or reference.start() > bsn_label.start()):
            continue
        if bsn_label or c.detail == "bsn":
            yield c.start, c.end


def _birth_dates(ctx: _Context, analysis: Analysis) -> Iterator[tuple[int, int]]:
    starts = [d.start for d in analysis.dates]
    for label in find_terms(ctx.text, LEX + "birth_labels"):
        i = bisect_right(starts, label.end() - 1)
        if i < len(starts) and starts[i] - label.end() <= DATE_AFTER_LABEL:
            date = analysis.dates[i]
            gap = ctx.text[label.end():date.start]
            if date.kind == "date" and "\n" not in gap:
                yield label.start(), date.end


def _documents(ctx: _Context, analysis: Analysis) -> Iterator[tuple[int, int]]:
    for label in find_terms(ctx.text, LEX + "id_document_labels"):
        line_end = ctx.text.find("\n", label.end(), label.end() + LABEL_WINDOW)
        limit = min(label.end() + LABEL_WINDOW, line_end if line_end >= 0 else len(ctx.text))
        number = ids.find_document_number(ctx.text, label.end(), limit)
        if number and ctx.free(number.start, number.end):
            yield label.start(), number.end


def _addresses(ctx: _Context, analysis: Analysis) -> Iterator[tuple[int, int]]:
    """A full address unless it is the firm's or employer's; a street or postcode alone only when
    the words before it make it someone's home ('woont aan de …', 'Adres: …')."""
    for c in ids.find_addresses(ctx.text, _patterns()["address"]):
        if not ctx.free(c.start, c.end):
            continue
        owner = ctx.owner(c.start, c.end)
        if owner == "private" or (owner is None and c.detail == "full"):
            yield c.start, c.end
