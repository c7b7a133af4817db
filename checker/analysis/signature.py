"""Where a report's closing block starts: the signature, the 'voor akkoord' lines, the coach's
business contact details. Contact details and names there belong to the signatories in their role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.analysis.sections import SectionMap
from checker.rules.lexicons import load_lexicon

SHORT_LINE = 130       # signature lines are short; a prose line ends the block
TAIL_SHARE = 0.5       # a closing formula counts only in the second half of the text
LAST_PARAGRAPH_LINES = 6


@lru_cache(maxsize=1)
def _closing_line() -> re.Pattern:
    lex = load_lexicon("avg_identifier/signature_starts")
    entries = sorted(lex.words | {" ".join(p) for p in lex.phrases}, key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in e.split()) for e in entries)
    return re.compile(rf"^[ \t\-–•*]*(?:{alts})(?![\w])", re.IGNORECASE | re.MULTILINE)


def signature_start_of(analysis) -> int:
    """`signature_start` of an Analysis, computed once and kept in its extras."""
    if "signature_start" not in analysis.extras:
        analysis.extras["signature_start"] = signature_start(analysis.text, analysis.sections)
    return analysis.extras["signature_start"]


def signature_start(text: str, sections: SectionMap | None = None) -> int:
    """Offset of the closing block; len(text) when the report has none.

    The block starts at the 'ondertekening' section, or at the earliest closing line ('Met
    vriendelijke groet', 'Voor akkoord:', 'Opgesteld door: …') that only short lines follow, or
    else at the last paragraph when that is a few short lines (name, firm, phone number).
    """
    end = len(text.rstrip())
    tail = _short_tail_start(text, end)
    candidates = [len(text)]
    if sections is not None:
        candidates += [r.start for r in sections.ranges("ondertekening")]
    floor = max(tail, int(end * TAIL_SHARE))
    for m in _closing_line().finditer(text, floor, end):
        candidates.append(text.rfind("\n", 0, m.start()) + 1)
        break
    para = text.rfind("\n\n", 0, end)
    para = para + 2 if para >= 0 else 0
    lines = text[para:end].split("\n")
    if para >= tail and len(lines) <= LAST_PARAGRAPH_LINES and para > end * TAIL_SHARE:
        candidates.append(para)
    return min(candidates)


def _short_tail_start(text: str, end: int) -> int:
    """Start of the run of short lines that ends the text."""
    pos = end
    while pos > 0:
        line_start = text.rfind("\n", 0, pos - 1) + 1 if pos > 0 else 0
        if pos - line_start > SHORT_LINE:
            return pos
        pos = line_start
        if pos == 0:
            return 0
    return 0
