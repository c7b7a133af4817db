"""Find Dutch date mentions in report text: dates, months, weeks, quarters, seasons and ranges.

`find_dates(text, reference)` returns non-overlapping `DateMention`s (longest match wins, sorted by
start) with the earliest and latest day each mention can mean. A mention written without a year
gets one inferred: closest to (and preferably not after) `reference`, the report date; without a
reference, the nearest year written earlier in the text, else later, else the current year; in a
list ("9 januari en 3 april 2025") the year written at its end wins over both.

How it works: a few anchor regexes (month name, dd-mm-yyyy, year, "week", "Q", "kwartaal",
season) are run once over the lower-cased text, each anchor's surroundings are read with small
context regexes ("3 " or "eind " before a month, "in " before a year), the longest
non-overlapping candidates are kept, and adjacent mentions joined by "t/m", "tot", "–" become one
range. Standard library only; all regexes are compiled at import; ~0.6 ms for a 1,500-word report.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date

# --- data ---------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {     # written with or without a dot: "feb", "feb."
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "ma", "di", "wo", "do", "vr", "za", "zo")
# "begin/half/eind maart": first and last day of the month meant (31 = the month's last day).
PART_OF_MONTH: dict[str, tuple[int, int]] = {
    "begin": (1, 10), "primo": (1, 10),
    "half": (11, 20), "medio": (11, 20), "midden": (11, 20), "halverwege": (11, 20),
    "eind": (21, 31), "einde": (21, 31), "ultimo": (21, 31),
}
# "begin 2025", "eerste helft van 2025": first and last month of the year meant.
PART_OF_YEAR: dict[str, tuple[int, int]] = {
    "begin": (1, 4), "primo": (1, 4), "medio": (5, 8), "midden": (5, 8), "halverwege": (5, 8),
    "eind": (9, 12), "einde": (9, 12), "ultimo": (9, 12),
}
HALVES: dict[str, tuple[int, int]] = {"eerste": (1, 6), "1e": (1, 6), "tweede": (7, 12), "2e": (7, 12)}
# Meteorological seasons (first month, last month); "winter 2024" = December 2024 - February 2025.
SEASONS: dict[str, tuple[int, int]] = {
    "voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8),
    "najaar": (9, 11), "herfst": (9, 11), "winter": (12, 2),
}
QUARTER_ORDINALS: dict[str, int] = {
    "eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2,
    "derde": 3, "3e": 3, "3de": 3, "vierde": 4, "4e": 4, "4de": 4, "laatste": 4,
}
# A bare year ("in 2024") is a mention only after one of these; the span is the year alone.
YEAR_PREPOSITIONS = ("in", "sinds", "vanaf", "per", "tot", "t/m", "tot en met", "na", "voor",
                     "vóór", "rond", "tijdens", "gedurende", "uit", "jaar")
# A season without a year counts only after these ("in de zomer", "afgelopen najaar").
SEASON_CONTEXT = ("in de", "na de", "voor de", "tijdens de", "sinds de", "vanaf de", "rond de",
                  "tot de", "in het", "na het", "voor het", "tijdens het", "sinds het",
                  "vanaf het", "rond het", "afgelopen", "komend", "komende", "vorig", "vorige",
                  "deze", "dit")
# A number followed by one of these is an amount, not a week or year ("week 3 gesprekken").
UNIT_WORDS = ("%", "procent", "euro", "eur", "uur", "uren", "u", "km", "kilometer", "keer",
              "maal", "x", "dag", "dagen", "minuten", "min", "medewerkers", "werknemers", "mensen",
              "personen", "stuks", "sollicitaties", "gesprekken", "afspraken", "vacatures",
              "contacten", "contactmomenten", "werkgevers", "reacties", "brieven")
# "deze week 3 gesprekken", "per week 2 keer": after these, "week N" is not a week number.
WEEK_DETERMINERS = ("de", "het", "een", "deze", "die", "dit", "elke", "iedere", "ieder", "per",
                    "vorige", "volgende", "afgelopen", "komende", "zelfde", "hele", "halve",
                    "eerste", "tweede", "derde", "laatste", "andere")
RANGE_DASHES = ("-", "--", "–", "—")              # "1 maart – 30 april": not across a line break
RANGE_WORDS = ("t/m", "t.m.", "tot en met", "tot")


def _alt(words) -> str:
    """`words` as one regex alternation shaped like a trie ("j(?:an(?:uari)?|u(?:l|n)...)"),
    which `re` scans several times faster than a flat list of words."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# --- regexes (all run on the lower-cased text) --------------------------------------------------

_YEAR = r"(?P<y>(?:19|20)[0-9]{2}(?![0-9])|['’‘][0-9]{2}(?![0-9]))"   # 2025 or '25
# A range connector with its spaces; a dash may not span lines, so list items stay apart.
_CONN = rf"(?:[^\S\n]*(?:{_alt(RANGE_DASHES)})[^\S\n]*|\s*(?:{_alt(RANGE_WORDS)})\s*)"
_NUM_STOP = "\\w.,/€$:'’-"      # a number glued to one of these continues something else

# Anchors: each finds the core of a mention; context decides the rest.
_RX_MONTH = re.compile(rf"(?P<mon>{_alt([*MONTHS, *MONTH_ABBREVIATIONS])})\b(?P<dot>\.)?"
                       rf"(?:(?:,?\s+|-){_YEAR})?")
_RX_NUMERIC = re.compile(r"(?P<a>[0-9]{1,4})(?P<sep>[-/.])(?P<b>[0-9]{1,2})(?P=sep)(?P<c>[0-9]{1,4}|['’‘][0-9]{2})"
                         r"(?![0-9]|[-/.][0-9])")
_RX_YEAR = re.compile(rf"(?P<y1>(?:19|20)[0-9]{{2}})(?:(?P<c>{_CONN}|/|\s+en\s+)"
                      r"(?P<y2>(?:19|20)[0-9]{2}|[0-9]{2}))?(?![0-9]|[-/.,][0-9])(?P<q>[\s-]?q[1-4]\b)?")
_RX_WEEK = re.compile(
    r"(?:week(?:nummer|nr\.?)?|weken|wk\.?)\s*(?:nr\.?\s*)?(?P<w>[0-9]{1,2})(?![0-9])"
    rf"(?:{_CONN}(?:(?:week|wk\.?)\s*)?(?P<w2>[0-9]{{1,2}})(?![0-9]))?"
    r"(?:(?:,?\s+|\s+(?:van|in)\s+|-)(?P<y>(?:19|20)[0-9]{2})(?![0-9])|\s*\((?P<yp>(?:19|20)[0-9]{2})\))?")
_RX_Q = re.compile(rf"q(?P<q>[1-4])(?:(?:\s+|-|/|\s+van\s+){_YEAR})?(?!\w|[.,][0-9])")
_RX_KWARTAAL = re.compile(rf"kwartaal(?:\s+(?:van\s+)?(?:het\s+jaar\s+)?{_YEAR})?")
_RX_SEASON = re.compile(rf"(?P<s>{_alt(SEASONS)})\b(?:(?:\s+|-)(?:van\s+)?{_YEAR})?")

# Context before an anchor: searched in a short window ending at the anchor, so `$` = anchor start.
_BEFORE_MONTH = re.compile(
    rf"(?:\b(?P<wd>{_alt(WEEKDAYS)})\.?,?\s+(?:de\s+)?)?(?<![\w.,/€$:'’])"
    r"(?P<d>[0-9]{1,2})(?:ste|de|e)?(?:\s+|-)$"
    rf"|\b(?P<part>{_alt(PART_OF_MONTH)})\s+(?:van\s+)?$")
_BEFORE_YEAR = re.compile(
    rf"\b(?:(?P<prep>{_alt(YEAR_PREPOSITIONS)})|(?P<part>{_alt(PART_OF_YEAR)})(?:\s+van)?"
    rf"|(?P<half>{_alt(HALVES)})\s+(?:helft|halfjaar|half jaar)(?:\s+van)?(?:\s+het\s+jaar)?)\s+$")
_BEFORE_WEEKDAY = re.compile(rf"\b(?:{_alt(WEEKDAYS)})\.?,?\s+(?:de\s+)?$")
_BEFORE_WEEK = re.compile(rf"\b(?:{_alt(WEEK_DETERMINERS)})\s+$")
_BEFORE_ORDINAL = re.compile(rf"\b(?P<o>{_alt(QUARTER_ORDINALS)})\s+$")
_BEFORE_SEASON = re.compile(rf"\b(?:{_alt(SEASON_CONTEXT)})\s+$")
_BEFORE_VERSION = re.compile(r"\b(?:versie|version|release|build|v)\s*$")
_BEFORE_MONEY = re.compile(r"(?:€|\beur|\beuro)\s*$")
_BEFORE_RANGE = re.compile(r"\b(?P<pre>van|vanaf|tussen)\s+$")
_RAW_DAY_LEFT = re.compile(        # "tussen 3 en" / "1 t/m" before "17 maart"
    rf"(?:\b(?P<pre>van|vanaf|tussen)\s+)?(?<![{_NUM_STOP}])(?P<d>[0-9]{{1,2}})(?:ste|de|e)?"
    rf"(?:{_CONN}|\s+(?P<en>en)\s+)$")
# Context after an anchor.
_AFTER_UNIT = re.compile(rf"\s*(?:{_alt(UNIT_WORDS)})(?!\w)")
_AFTER_SICK_WEEK = re.compile(     # "week 52 van de ziekte" counts weeks of sickness, not the calendar
    r"\s+(?:van|na)\s+(?:de\s+|het\s+)?(?:ziekte|verzuim|ziekmelding|arbeidsongeschiktheid|ziek\b)")
_AFTER_POSTCODE = re.compile(r" ?[A-Z]{2}(?![\w-])")      # on the original text: "2011 AB"
_CONNECTOR = re.compile(rf"{_CONN}|\s+(?P<en>en)\s+")
_LIST_SEPARATOR = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?:en|of)\s+)?|\s+(?:en|of)\s+|[^\S\n]*&[^\S\n]*")

# --- model --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int              # char offsets into the text given
    end: int
    text: str               # text[start:end]
    kind: str               # date|month|week|quarter|year|range|part_of_month|part_of_year|season
    first: date             # earliest day the mention can mean
    last: date              # latest day (same as first for a full date)
    year_inferred: bool     # the year was not written and was inferred


class _Cand:
    """A candidate mention; `make(year)` gives (first, last) or raises ValueError."""

    __slots__ = ("start", "end", "kind", "year", "make", "day", "month")

    def __init__(self, start, end, kind, year, make, day=0, month=0):
        self.start, self.end, self.kind, self.make = start, end, kind, make
        self.year = year                    # the year as written; None = infer it
        self.day, self.month = day, month   # of a plain date, for "tussen 3 en 17 maart"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _mk_day(d, m):
    return lambda y: (date(y, m, d),) * 2


def _mk_months(m1, m2):         # m2 < m1: the span runs into the next year (winter)
    return lambda y: (date(y, m1, 1), _month_end(y + (m2 < m1), m2))


def _mk_part_of_month(m, a, b):
    return lambda y: (date(y, m, a), date(y, m, min(b, calendar.monthrange(y, m)[1])))


def _mk_weeks(w1, w2):
    return lambda y: (date.fromisocalendar(y, w1, 1), date.fromisocalendar(y, w2, 7))


def _const(span):
    return lambda y: span


TWO_DIGIT_PIVOT = 50    # '25 is 2025, '93 is 1993 (a birth year): reports speak of this century's
                        # first half or of birth dates


def _year(s: str | None) -> int | None:
    if not s:
        return None
    if len(s) == 4 and s[0].isdigit():
        return int(s)
    yy = int(s[-2:])
    return (2000 if yy < TWO_DIGIT_PIVOT else 1900) + yy


# --- anchors and their context ------------------------------------------------------------------


def _lowered(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):   # a few characters ("İ") lower-case to two; keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _candidates(text: str, low: str) -> list[_Cand]:
    out: list[_Cand] = []

    def add(start, end, kind, year, make, day=0, month=0):
        try:
            make(2024 if year is None else year)   # a leap year, so "29 februari" may be inferred
        except ValueError:
            return
        out.append(_Cand(start, end, kind, year, make, day, month))

    def word_start(i: int) -> bool:
        return i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")

    def number_start(i: int) -> bool:
        return i == 0 or not (low[i - 1].isalnum() or low[i - 1] in _NUM_STOP)

    def before(rx: re.Pattern, i: int, width: int = 24) -> re.Match | None:
        return rx.search(low, max(0, i - width), i)

    def add_date(start, end, d, m, y):
        if 1 <= m <= 12:
            wd = before(_BEFORE_WEEKDAY, start, 16)
            add(wd.start() if wd else start, end, "date", y, _mk_day(d, m), d, m)

    for m in _RX_MONTH.finditer(low):           # 3 februari 2025, feb. '25, eind januari, maart
        s, name = m.start(), m["mon"]
        if not word_start(s):
            continue
        full = name in MONTHS
        end, y = m.end(), _year(m["y"])
        if full and m["dot"]:                   # "op 3 mei." ends a sentence
            end, y = m.end("mon"), None
        mo = MONTHS[name] if full else MONTH_ABBREVIATIONS[name]
        ctx = before(_BEFORE_MONTH, s, 28)
        if ctx and ctx["d"]:
            add(ctx.start(), end, "date", y, _mk_day(int(ctx["d"]), mo), int(ctx["d"]), mo)
        elif ctx and ctx["part"]:
            add(ctx.start(), end, "part_of_month", y, _mk_part_of_month(mo, *PART_OF_MONTH[ctx["part"]]))
        elif full or y is not None:             # "jan" alone is a name, "jan 2025" a month
            add(s, end, "month", y, _mk_months(mo, mo))

    for m in _RX_NUMERIC.finditer(low):         # 03-02-2025, 3/2/25, 03.02.2025, 2025-02-03, 10-03-'25
        a, sep, b, c = m["a"], m["sep"], m["b"], m["c"].lstrip("'’‘")
        if not number_start(m.start()) or before(_BEFORE_VERSION, m.start(), 12):
            continue
        if len(a) == 4 and sep != "." and len(c) <= 2 and a[:2] in ("19", "20"):
            add_date(m.start(), m.end(), int(c), int(b), int(a))
        elif len(a) <= 2 and (len(c) == 2 or (len(c) == 4 and c[:2] in ("19", "20"))):
            if sep == "." and len(c) == 2 and (len(a) < 2 or len(b) < 2):
                continue                        # "2.10.12" is a version number
            add_date(m.start(), m.end(), int(a), int(b), _year(c))

    for m in _RX_YEAR.finditer(low):            # in 2024, begin 2025, 2023-2025, 2025-Q2
        s, y1 = m.start(), int(m["y1"])
        if not number_start(s):
            continue
        if m["q"]:
            q = int(m["q"][-1])
            add(s, m.end(), "quarter", y1, _mk_months(3 * q - 2, 3 * q))
            continue
        unit_after = _AFTER_UNIT.match(low, m.end()) or _AFTER_POSTCODE.match(text, m.end())
        if m["y2"]:
            c, y2 = m["c"].strip(), m["y2"]
            y2 = int(y2) if len(y2) == 4 else (y1 // 100 * 100 + int(y2) if c in ("-", "/") else 0)
            pre = before(_BEFORE_RANGE, s, 10)
            if not (y1 >= y2 or (c == "/" and y2 != y1 + 1) or unit_after or before(_BEFORE_MONEY, s, 8)
                    or (c == "en" and not (pre and pre["pre"] == "tussen"))):
                add(pre.start() if pre else s, m.end(), "range", y2,
                    _const((date(y1, 1, 1), date(y2, 12, 31))))
        end = m.end("y1")
        ctx = before(_BEFORE_YEAR, s, 32)
        if not ctx or _AFTER_UNIT.match(low, end) or _AFTER_POSTCODE.match(text, end):
            continue
        if ctx["prep"]:
            add(s, end, "year", y1, _mk_months(1, 12))
        else:
            months = PART_OF_YEAR[ctx["part"]] if ctx["part"] else HALVES[ctx["half"]]
            add(ctx.start(), end, "part_of_year", y1, _mk_months(*months))

    for m in _RX_WEEK.finditer(low):            # week 14, wk 14 van 2025, week 14-16
        w, w2 = int(m["w"]), int(m["w2"] or m["w"])
        plural = low.startswith("weken", m.start())     # "in de weken 14 t/m 16" is fine
        if (word_start(m.start()) and 1 <= w <= w2 <= 53
                and (plural or not before(_BEFORE_WEEK, m.start()))
                and not _AFTER_UNIT.match(low, m.end()) and not _AFTER_SICK_WEEK.match(low, m.end())):
            add(m.start(), m.end(), "week" if w == w2 else "range", _year(m["y"] or m["yp"]), _mk_weeks(w, w2))

    for m in _RX_Q.finditer(low):               # Q2 2025, Q2
        if word_start(m.start()):
            q = int(m["q"])
            add(m.start(), m.end(), "quarter", _year(m["y"]), _mk_months(3 * q - 2, 3 * q))

    for m in _RX_KWARTAAL.finditer(low):        # 2e kwartaal 2025, tweede kwartaal van 2025
        ctx = before(_BEFORE_ORDINAL, m.start(), 12)
        if ctx and word_start(m.start()):
            q = QUARTER_ORDINALS[ctx["o"]]
            add(ctx.start(), m.end(), "quarter", _year(m["y"]), _mk_months(3 * q - 2, 3 * q))

    for m in _RX_SEASON.finditer(low):          # najaar 2024, in de zomer
        if word_start(m.start()) and (m["y"] or before(_BEFORE_SEASON, m.start())):
            add(m.start(), m.end(), "season", _year(m["y"]), _mk_months(*SEASONS[m["s"]]))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """The longest candidates that do not overlap (ties: the earliest), sorted by start."""
    chosen: list[_Cand] = []                    # kept sorted by start
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        i = bisect.bisect_left(starts, c.start)
        if (i < len(chosen) and chosen[i].start < c.end) or (i and chosen[i - 1].end > c.start):
            continue
        chosen.insert(i, c)
        starts.insert(i, c.start)
    return chosen


# --- ranges -------------------------------------------------------------------------------------


def _join_span(a_make, b_make, y: int):
    """Both ends in year `y` of the last end; the first end a year earlier if it would come after."""
    last = b_make(y)[1]
    try:
        first = a_make(y)[0]
    except ValueError:                          # 29 februari in a year without one
        first = last
    if first > last:
        first = a_make(y - 1)[0]
    return first, last


def _range(start: int, end: int, a: _Cand, b: _Cand) -> _Cand | None:
    """One range from two ends; a missing year comes from the other end."""
    try:
        if a.year is not None and b.year is not None:
            span, year = (a.make(a.year)[0], b.make(b.year)[1]), b.year
        elif b.year is not None:
            span, year = _join_span(a.make, b.make, b.year), b.year
        elif a.year is not None:
            first = a.make(a.year)[0]
            last = b.make(a.year)[1]
            if last < first:
                last = b.make(a.year + 1)[1]
            span, year = (first, last), a.year
        else:
            return _Cand(start, end, "range", None, lambda y: _join_span(a.make, b.make, y))
    except ValueError:
        return None
    return _Cand(start, end, "range", year, _const(span)) if span[0] <= span[1] else None


def _combine(low: str, mentions: list[_Cand]) -> list[_Cand]:
    """Join "1 maart" + "t/m" + "30 april 2025" (and "tussen 3 en 17 maart") into ranges."""
    out: list[_Cand] = []
    for b in mentions:
        a = out[-1] if out else None
        if a is not None and a.kind != "range" and b.kind != "range":
            conn = _CONNECTOR.fullmatch(low, a.end, b.start)
            pre = _BEFORE_RANGE.search(low, max(out[-2].end if len(out) > 1 else 0, a.start - 10), a.start)
            if conn and (not conn["en"] or (pre and pre["pre"] == "tussen")):
                if joined := _range(pre.start() if pre else a.start, b.end, a, b):
                    out[-1] = joined            # the range replaces its first end
                    continue
        if b.kind == "date":                    # a bare day number as the first end
            raw = _RAW_DAY_LEFT.search(low, max(a.end if a else 0, b.start - 30), b.start)
            if raw and 1 <= int(raw["d"]) < b.day and (not raw["en"] or raw["pre"] == "tussen"):
                left = _Cand(raw.start(), raw.end(), "date", b.year, _mk_day(int(raw["d"]), b.month))
                b = _range(raw.start(), b.end, left, b) or b
        out.append(b)
    return out


# --- public API ---------------------------------------------------------------------------------


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """All date mentions in `text`, non-overlapping and sorted by start.

    `reference` is the report date when known; it decides the year of mentions written without one.
    """
    low = _lowered(text)
    mentions = _combine(low, _select(_candidates(text, low)))
    result: list[DateMention] = []
    listed = _listed_years(low, mentions)
    for c, year, list_year in zip(mentions, _context_years(mentions), listed):
        if c.year is not None:
            span = c.make(c.year)
        elif list_year is not None:
            span = c.make(list_year)
        elif reference is not None:
            span = _closest(c.make, reference)
        else:
            try:
                span = c.make(year or date.today().year)
            except ValueError:                  # "29 februari" in a year without one
                span = None
        if span is not None and span[0] <= span[1]:
            result.append(DateMention(c.start, c.end, text[c.start:c.end], c.kind, span[0], span[1],
                                      c.year is None))
    return result


def _listed_years(low: str, mentions: list[_Cand]) -> list[int | None]:
    """"9 januari en 3 april 2025", "14 februari, 6 juni en 17 oktober 2023": a mention without a
    year takes the year of the next one in the same list (a year earlier if it would come after)."""
    out: list[int | None] = [None] * len(mentions)
    for i in range(len(mentions) - 2, -1, -1):
        a, b = mentions[i], mentions[i + 1]
        b_year = b.year if b.year is not None else out[i + 1]
        if a.year is not None or b_year is None or not _LIST_SEPARATOR.fullmatch(low, a.end, b.start):
            continue
        try:
            year = b_year - (a.make(b_year)[0] > b.make(b_year)[0])
            a.make(year)
        except ValueError:
            continue
        out[i] = year
    return out


def _context_years(mentions: list[_Cand]) -> list[int | None]:
    """For each mention, the nearest year written in an earlier mention, else in a later one."""
    later: list[int | None] = []
    year = None
    for c in reversed(mentions):
        later.append(year)
        year = c.year if c.year is not None else year
    later.reverse()
    out: list[int | None] = []
    year = None
    for c, after in zip(mentions, later):
        out.append(year if year is not None else after)
        year = c.year if c.year is not None else year
    return out


def _closest(make, ref: date):
    """The (first, last) of the year nearest to `ref`. Days after `ref` count three times, so a
    mention lands in the future only when that is less than about three months ahead."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            first, last = make(y)
        except ValueError:
            continue
        score = (ref - last).days if last < ref else 3 * (first - ref).days if first > ref else 0
        if best is None or score < best[0]:
            best = (score, (first, last))
    return best[1] if best else None


def parse_iso_or_dutch(value: str) -> date | None:
    """One date written as ISO ("2025-02-03") or as a full Dutch date ("3 februari 2025",
    "3-2-2025", "ma 3 feb. 2025"); None for anything else, also a month or a date without year."""
    s = value.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    found = find_dates(s)
    if len(found) == 1:
        m = found[0]
        if m.kind == "date" and not m.year_inferred and m.start == 0 and m.end == len(s):
            return m.first
    return None
