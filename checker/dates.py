"""Find Dutch date mentions in report text: full dates, months, weeks, quarters, seasons and ranges.

`find_dates(text, reference)` returns non-overlapping `DateMention`s (longest match wins, sorted by
start) with the earliest and latest day each mention can mean. Mentions without a written year get
one inferred: closest to (and preferably not after) `reference`, else the nearest year written in
the text (earlier first, then later), else the current year.

Standard library only; every regex is compiled once at import, and each one starts on a digit or
a fixed word so a 1,500-word report is scanned in about a millisecond.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

# --- data ---------------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "ma", "di", "wo", "do", "vr", "za", "zo")
# (first day, last day) of a month for "begin/half/eind maart"; 31 is clipped to the month's end.
PART_OF_MONTH: dict[str, tuple[int, int]] = {
    "begin": (1, 10), "primo": (1, 10),
    "half": (11, 20), "medio": (11, 20), "midden": (11, 20), "halverwege": (11, 20),
    "eind": (21, 31), "einde": (21, 31), "ultimo": (21, 31),
}
# (first month, last month) of a year for "begin 2025", "eerste helft van 2025".
PART_OF_YEAR: dict[str, tuple[int, int]] = {
    "begin": (1, 4), "primo": (1, 4), "medio": (5, 8), "midden": (5, 8), "halverwege": (5, 8),
    "eind": (9, 12), "einde": (9, 12), "ultimo": (9, 12),
}
HALVES: dict[str, tuple[int, int]] = {"eerste": (1, 6), "1e": (1, 6), "tweede": (7, 12), "2e": (7, 12)}
# Meteorological seasons: (first month, last month); winter Y runs from December Y to February Y+1.
SEASONS: dict[str, tuple[int, int]] = {
    "voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8),
    "najaar": (9, 11), "herfst": (9, 11), "winter": (12, 2),
}
QUARTER_ORDINALS: dict[str, int] = {
    "eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2,
    "derde": 3, "3e": 3, "3de": 3, "vierde": 4, "4e": 4, "4de": 4, "laatste": 4,
}
# A bare year ("2024") is a date only after one of these words; the span is the year alone.
YEAR_PREPOSITIONS = ("in", "sinds", "vanaf", "per", "tot", "t/m", "tot en met", "na", "voor",
                     "vóór", "rond", "tijdens", "gedurende", "uit", "jaar")
# After "week 3" / "in 2024": these turn the number into an amount ("week 3 gesprekken").
_UNIT_WORDS = ("%", "procent", "euro", "eur", "uur", "u", "km", "kilometer", "keer", "maal", "x",
               "dag", "dagen", "minuten", "min", "medewerkers", "werknemers", "mensen", "personen",
               "stuks", "sollicitaties", "gesprekken", "afspraken", "vacatures", "contacten",
               "werkgevers", "contactmomenten", "reacties", "brieven", "uren")
# "deze week 3 gesprekken", "4 uur per week 2 keer": "week N" after these is not a week number.
_WEEK_DETERMINERS = ("de", "het", "een", "deze", "die", "dit", "elke", "iedere", "ieder", "per",
                     "vorige", "volgende", "afgelopen", "komende", "zelfde", "hele", "halve",
                     "eerste", "tweede", "derde", "laatste", "andere")

# --- regexes ------------------------------------------------------------------------------------


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_I = re.IGNORECASE
_MON = rf"(?P<mon>(?:{_alt(MONTHS)})\b|(?:{_alt(MONTH_ABBREVIATIONS)})\b\.?)"


def _yr(name: str = "y") -> str:
    """A written year: 4 digits (1900-2099) or an apostrophe and 2 digits ("'25")."""
    return rf"(?P<{name}>(?:19|20)[0-9]{{2}}(?![0-9])|['’‘][0-9]{{2}}(?![0-9]))"


_YEAR = _yr()
_CONN = r"(?:-{1,2}|–|—|t/m|t\.m\.|tot en met|tot)"
_LEFT = r"(?<![\w.,/€$:-])"   # a number does not continue something before it

_RX_TEXT_DATE = re.compile(
    rf"{_LEFT}(?P<d>[0-9]{{1,2}})(?:ste|de|e)?(?:\s+|-){_MON}(?:(?:,?\s+|-){_YEAR})?", _I)
_RX_NUMERIC = re.compile(
    rf"{_LEFT}(?P<d>[0-9]{{1,2}})(?P<sep>[-/.])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<y>[0-9]{{4}}|[0-9]{{2}})"
    r"(?![0-9]|[-/.][0-9])")
_RX_ISO = re.compile(
    rf"{_LEFT}(?P<y>(?:19|20)[0-9]{{2}})(?P<sep>[-/])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}})"
    r"(?![0-9]|[-/.][0-9])")
_RX_MONTH_YEAR = re.compile(rf"\b{_MON}(?:\s+|-){_YEAR}", _I)
_RX_BARE_MONTH = re.compile(rf"\b(?P<mon>{_alt(MONTHS)})\b", _I)
_RX_PART_OF_MONTH = re.compile(
    rf"\b(?P<part>{_alt(PART_OF_MONTH)})\s+(?:van\s+)?{_MON}(?:(?:,?\s+|-){_YEAR})?", _I)
_RX_PART_OF_YEAR = re.compile(
    rf"\b(?:(?P<part>{_alt(PART_OF_YEAR)})|(?P<half>{_alt(HALVES)})\s+(?:helft|halfjaar|half jaar))"
    r"\s+(?:van\s+)?(?:het\s+jaar\s+)?(?P<y>(?:19|20)[0-9]{2})(?![0-9])", _I)
_RX_SEASON = re.compile(
    rf"\b(?P<s>{_alt(SEASONS)})\b(?:(?:\s+|-)(?:van\s+)?{_YEAR})?", _I)
_RX_WEEK = re.compile(
    r"\b(?:week(?:nummer|nr\.?)?|weken|wk\.?)\s*(?:nr\.?\s*)?(?P<w>[0-9]{1,2})(?![0-9])"
    rf"(?:\s*{_CONN}\s*(?:(?:week|wk\.?)\s*)?(?P<w2>[0-9]{{1,2}})(?![0-9]))?"
    r"(?:(?:,?\s+|\s+(?:van|in)\s+|-)(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?", _I)
_RX_QUARTER = re.compile(
    rf"\bQ(?P<q>[1-4])(?:(?:\s+|-|/|\s+van\s+){_YEAR})?(?!\w|[.,][0-9])"
    r"|(?<![\w.,])(?P<y2>(?:19|20)[0-9]{2})[\s-]?Q(?P<q2>[1-4])\b"
    rf"|\b(?P<o>{_alt(QUARTER_ORDINALS)})\s+kwartaal(?:\s+(?:van\s+)?(?:het\s+jaar\s+)?{_yr('y3')})?", _I)
_RX_YEAR = re.compile(r"(?<![\w.,/€$:'’-])(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[-/.,][0-9])")
_RX_YEAR_RANGE = re.compile(
    rf"(?<![\w.,/€$:'’-])(?P<y1>(?:19|20)[0-9]{{2}})\s*(?P<c>{_CONN}|/|en)\s*"
    r"(?P<y2>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9]|[-/.,][0-9])", _I)

# Context looked up around a match (searched with pos/endpos, so `$` is the match start).
_BEFORE_WEEKDAY = re.compile(rf"\b(?:{_alt(WEEKDAYS)})\.?,?\s+(?:de\s+)?$", _I)
_BEFORE_YEAR = re.compile(rf"\b(?:{_alt(YEAR_PREPOSITIONS)})\s+$", _I)
_BEFORE_WEEK = re.compile(rf"\b(?:{_alt(_WEEK_DETERMINERS)})\s+$", _I)
_BEFORE_SEASON = re.compile(
    r"(?:\b(?:in|na|voor|tijdens|sinds|vanaf|rond|tot)\s+(?:de|het)"
    r"|\b(?:afgelopen|komende?|vorige?|deze|dit))\s+$", _I)
_BEFORE_VERSION = re.compile(r"\b(?:versie|version|release|build|v)\s*$", _I)
_BEFORE_MONEY = re.compile(r"(?:€|\beur|\beuro)\s*$", _I)
_BEFORE_RANGE = re.compile(r"\b(?P<pre>van|vanaf|tussen)\s+$", _I)
_AFTER_UNIT = re.compile(
    rf"\s*(?:(?:{_alt(_UNIT_WORDS)})(?![\w])|(?-i:[A-Z]{{2}})(?![\w-]))", _I)
_CONNECTOR = re.compile(rf"\s*(?:{_CONN}|(?P<en>en))\s*", _I)
_RAW_DAY_LEFT = re.compile(
    rf"(?:\b(?P<pre>van|vanaf|tussen)\s+)?{_LEFT}(?P<d>[0-9]{{1,2}})(?:ste|de|e)?\s*"
    rf"(?:{_CONN}|(?P<en>en))\s*$", _I)

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


Span = tuple[date, date]


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    year: int | None                 # year written in the text; None = infer it
    make: Callable[[int], Span]      # year -> (first, last); raises ValueError if impossible
    day: int = 0                     # day/month of a plain date, for "tussen 3 en 17 maart"
    month: int = 0


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _mk_day(d: int, m: int) -> Callable[[int], Span]:
    return lambda y: (date(y, m, d),) * 2


def _mk_months(m1: int, m2: int) -> Callable[[int], Span]:
    return lambda y: (date(y, m1, 1), _month_end(y + (m2 < m1), m2))


def _mk_part_of_month(m: int, a: int, b: int) -> Callable[[int], Span]:
    return lambda y: (date(y, m, a), date(y, m, min(b, calendar.monthrange(y, m)[1])))


def _mk_weeks(w1: int, w2: int) -> Callable[[int], Span]:
    return lambda y: (date.fromisocalendar(y, w1, 1), date.fromisocalendar(y, w2, 7))


def _const(span: Span) -> Callable[[int], Span]:
    return lambda y: span


def _year(s: str | None) -> int | None:
    if not s:
        return None
    return 2000 + int(s[-2:]) if len(s) != 4 or not s[0].isdigit() else int(s)


def _month(s: str) -> int | None:
    s = s.rstrip(".").casefold()
    return MONTHS.get(s) or MONTH_ABBREVIATIONS.get(s)


def _ok(make: Callable[[int], Span], year: int | None) -> bool:
    """A written year must give a real date; an inferred one must exist in some year."""
    try:
        if year is not None:
            make(year)
        else:
            make(2024)          # leap year, so "29 februari" survives
        return True
    except ValueError:
        return False


def _before(rx: re.Pattern, text: str, pos: int, width: int = 24) -> re.Match | None:
    return rx.search(text, max(0, pos - width), pos)


# --- atoms --------------------------------------------------------------------------------------


def _atoms(text: str) -> list[_Cand]:
    out: list[_Cand] = []

    def add(start, end, kind, year, make, day=0, month=0):
        if _ok(make, year):
            out.append(_Cand(start, end, kind, year, make, day, month))

    def add_day(m, d, mo, y):
        if not (d and mo) or not 1 <= mo <= 12:
            return
        start = m.start()
        wd = _before(_BEFORE_WEEKDAY, text, start, 16)
        add(wd.start() if wd else start, m.end(), "date", y, _mk_day(d, mo), d, mo)

    for m in _RX_TEXT_DATE.finditer(text):
        add_day(m, int(m["d"]), _month(m["mon"]), _year(m["y"]))
    for rx in (_RX_NUMERIC, _RX_ISO):
        for m in rx.finditer(text):
            y = m["y"]
            if rx is _RX_NUMERIC:
                if m["sep"] == "." and len(y) == 2 and (len(m["d"]) < 2 or len(m["m"]) < 2):
                    continue                                    # "10.2.15" is a version number
                if _before(_BEFORE_VERSION, text, m.start(), 12):
                    continue
                if len(y) == 4 and not 1900 <= int(y) <= 2099:
                    continue
            add_day(m, int(m["d"]), int(m["m"]), _year(y))
    for m in _RX_MONTH_YEAR.finditer(text):
        if mo := _month(m["mon"]):
            add(m.start(), m.end(), "month", _year(m["y"]), _mk_months(mo, mo))
    for m in _RX_BARE_MONTH.finditer(text):
        if mo := _month(m["mon"]):
            add(m.start(), m.end(), "month", None, _mk_months(mo, mo))
    for m in _RX_PART_OF_MONTH.finditer(text):
        mo, part = _month(m["mon"]), PART_OF_MONTH.get(m["part"].casefold())
        if mo and part:
            add(m.start(), m.end(), "part_of_month", _year(m["y"]), _mk_part_of_month(mo, *part))
    for m in _RX_PART_OF_YEAR.finditer(text):
        part = PART_OF_YEAR.get(m["part"].casefold()) if m["part"] else HALVES.get(m["half"].casefold())
        if part and not _AFTER_UNIT.match(text, m.end()):
            add(m.start(), m.end(), "part_of_year", int(m["y"]), _mk_months(*part))
    for m in _RX_SEASON.finditer(text):
        season = SEASONS.get(m["s"].casefold())
        if season and (m["y"] or _before(_BEFORE_SEASON, text, m.start())):
            add(m.start(), m.end(), "season", _year(m["y"]), _mk_months(*season))
    for m in _RX_WEEK.finditer(text):
        w, w2 = int(m["w"]), int(m["w2"] or m["w"])
        if (not 1 <= w <= w2 <= 53 or _before(_BEFORE_WEEK, text, m.start())
                or _AFTER_UNIT.match(text, m.end())):
            continue
        add(m.start(), m.end(), "week" if w == w2 else "range", _year(m["y"]), _mk_weeks(w, w2))
    for m in _RX_QUARTER.finditer(text):
        if m["o"]:
            q = QUARTER_ORDINALS.get(m["o"].casefold())
            if not q:
                continue
        else:
            q = int(m["q"] or m["q2"])
        add(m.start(), m.end(), "quarter", _year(m["y"] or m["y2"] or m["y3"]), _mk_months(3 * q - 2, 3 * q))
    for m in _RX_YEAR.finditer(text):
        if (_before(_BEFORE_YEAR, text, m.start(), 16) and not _AFTER_UNIT.match(text, m.end())):
            add(m.start(), m.end(), "year", int(m["y"]), _mk_months(1, 12))
    for m in _RX_YEAR_RANGE.finditer(text):
        y1, c, y2 = int(m["y1"]), m["c"].casefold(), m["y2"]
        y2 = int(y2) if len(y2) == 4 else (y1 // 100 * 100 + int(y2) if c in "-/" else 0)
        pre = _before(_BEFORE_RANGE, text, m.start(), 10)
        if (y1 >= y2 or (c == "/" and y2 != y1 + 1) or (c == "en" and not (pre and pre["pre"].casefold() == "tussen"))
                or _BEFORE_MONEY.search(text, max(0, m.start() - 8), m.start())
                or _AFTER_UNIT.match(text, m.end())):
            continue
        add(pre.start() if pre else m.start(), m.end(), "range", y2, _const((date(y1, 1, 1), date(y2, 12, 31))))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest candidates that do not overlap (ties: the earliest), sorted by start."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# --- ranges -------------------------------------------------------------------------------------


def _range(start: int, end: int, a_make, a_year, b_make, b_year) -> _Cand | None:
    """Join two ends; a missing year comes from the other end (a year earlier/later if needed)."""
    try:
        if a_year is not None and b_year is not None:
            span = (a_make(a_year)[0], b_make(b_year)[1])
            year = b_year
        elif b_year is not None:
            span = _join_span(a_make, b_make, b_year)
            year = b_year
        elif a_year is not None:
            first = a_make(a_year)[0]
            try:
                last = b_make(a_year)[1]
            except ValueError:
                last = first
            if last < first:
                last = b_make(a_year + 1)[1]
            span, year = (first, last), a_year
        else:
            return _Cand(start, end, "range", None, lambda y: _join_span(a_make, b_make, y))
    except ValueError:
        return None
    if span[0] > span[1]:
        return None
    return _Cand(start, end, "range", year, _const(span))


def _join_span(a_make, b_make, y: int) -> Span:
    last = b_make(y)[1]
    try:
        first = a_make(y)[0]
    except ValueError:
        first = last
    if first > last:
        first = a_make(y - 1)[0]
    return first, last


def _combine(text: str, atoms: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    for b in atoms:
        floor = out[-2].end if len(out) > 1 else 0
        a = out[-1] if out else None
        joined = None
        if a is not None and "range" not in (a.kind, b.kind):
            conn = _CONNECTOR.fullmatch(text, a.end, b.start)
            pre = _before(_BEFORE_RANGE, text, a.start, 10)
            if pre and pre.start() < floor:
                pre = None
            if conn and (not conn["en"] or (pre and pre["pre"].casefold() == "tussen")):
                joined = _range(pre.start() if pre else a.start, b.end, a.make, a.year, b.make, b.year)
        if joined:
            out[-1] = joined
            continue
        if b.kind == "date" and b.day:
            raw = _RAW_DAY_LEFT.search(text, max(a.end if a else 0, b.start - 30), b.start)
            d = int(raw["d"]) if raw else 0
            if raw and 1 <= d < b.day and (not raw["en"] or (raw["pre"] or "").casefold() == "tussen"):
                joined = _range(raw.start(), b.end, _mk_day(d, b.month), b.year, b.make, b.year)
        out.append(joined or b)
    return out


# --- public API ---------------------------------------------------------------------------------


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """All date mentions in `text`, non-overlapping and sorted by start.

    `reference` is the report date when known; it decides the year of mentions written without one.
    """
    cands = _combine(text, _select(_atoms(text)))
    written = [(c.start, c.year) for c in cands if c.year is not None]
    today_year = None
    result: list[DateMention] = []
    for c in cands:
        inferred = c.year is None
        if not inferred:
            span = c.make(c.year)
        elif reference is not None:
            span = _closest(c.make, reference)
        else:
            earlier = [y for s, y in written if s < c.start]
            later = [y for s, y in written if s > c.start]
            if earlier or later:
                year = earlier[-1] if earlier else later[0]
            else:
                year = today_year = today_year or date.today().year
            try:
                span = c.make(year)
            except ValueError:
                span = None
        if span is not None:
            result.append(DateMention(c.start, c.end, text[c.start:c.end], c.kind, span[0], span[1], inferred))
    return result


def _closest(make: Callable[[int], Span], ref: date) -> Span | None:
    """The year that puts the mention nearest to `ref`; a day after `ref` counts three times as far,
    so only mentions less than about three months ahead land in the future."""
    best: tuple[int, Span] | None = None
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
    """One date written as ISO ("2025-02-03") or a full Dutch date ("3 februari 2025", "3-2-2025",
    "ma 3 feb. 2025"); None when `value` is anything else (also a month or a date without year)."""
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
