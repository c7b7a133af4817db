"""Identifier-shaped values in plain text: phone numbers, e-mail addresses, IBANs, BSN-like numbers,
addresses and identity-document numbers.

Only shape and checksum are decided here (python-stdnum does the elfproef and the IBAN mod-97, so
a random 9-digit dossier number is not taken for a BSN). Whether a value is the coachee's private
detail or a business contact detail is context, decided by the `avg.identifier` check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    kind: str            # phone | email | iban | number | address | document
    start: int
    end: int
    value: str
    detail: str = ""     # phone: mobile|landline|foreign; number: bsn (elfproef valid)|plain; address: full|street|postcode


# --- phone numbers ------------------------------------------------------------------------------
# Groups of digits joined by one space, a hyphen or dash (optionally spaced) or a dot; "(0)" after +31.
_SEP = r"(?:[ \t]*[-–][ \t]*|[ \t]|\.)"
# Every pattern here starts with a character class and checks what precedes it in a lookbehind
# after it: the regex engine then skips ahead to candidate characters instead of trying each position.
_PHONE = re.compile(
    rf"[+0](?<![\w+./-][+0])(?:(?<=\+)31|(?<=0)031|(?<=0))[ \t]?(?:\(0\)[ \t]?)?(?:[-–][ \t]?)?"
    rf"\d(?:{_SEP}?\d){{7,11}}(?![\w/]|\.\d)"
)


# Foreign numbers after +CC or 00CC (cross-border workers near Belgium and Germany): 8 to 13
# digits after the prefix, the country code included.
_FOREIGN_PHONE = re.compile(
    rf"[+0](?<![\w+./-][+0])(?:(?<=\+)|(?<=0)0)(?!31)[1-9]\d{{0,2}}[ \t]?(?:\(0\)[ \t]?)?(?:[-–][ \t]?)?"
    rf"\d(?:{_SEP}?\d){{4,11}}(?![\w/]|\.\d)"
)
# Mobile ranges of the neighbours: Belgium 04xx, Germany 015x–017x.
_FOREIGN_MOBILE = re.compile(r"32(?:\(0\))?4|49(?:\(0\))?1[5-7]")


def find_phones(text: str) -> Iterator[Candidate]:
    """Dutch phone numbers: 10 digits from 0 ('06-12345678', '010 744 18 90'), or 9 after +31/0031.
    A match that ran on into a following number ('06-12345678 2024') is cut back to a valid length.
    Foreign numbers after +CC or 00CC ('0049 172 558 3904'): 'mobile' in the Belgian and German
    mobile ranges, else 'foreign'."""
    yield from _dutch_phones(text)
    for m in _FOREIGN_PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group().replace("(0)", ""))
        digits = digits[2:] if m.group().startswith("00") else digits
        if 8 <= len(digits) <= 13:
            yield Candidate("phone", m.start(), m.end(), m.group(),
                            "mobile" if _FOREIGN_MOBILE.match(digits) else "foreign")


def _dutch_phones(text: str) -> Iterator[Candidate]:
    for m in _PHONE.finditer(text):
        raw = m.group()
        if _DATE_START.match(raw):
            continue                    # "06-05-2025 13:45" is a date and a time, not 06-05202513
        while raw:
            national = _national(raw)
            if national is not None:
                kind = "mobile" if national[0] == "6" else "landline"
                yield Candidate("phone", m.start(), m.start() + len(raw), raw, kind)
                break
            cut = re.search(r"(?:[ \t]*[-–][ \t]*|[ \t]|\.)\d+$", raw)
            raw = raw[:cut.start()] if cut else ""


_DATE_START = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d(?!\d)")


def _national(raw: str) -> str | None:
    """The 9 national digits after the 0 or +31, or None when `raw` is no phone number."""
    digits = re.sub(r"\D", "", raw.replace("(0)", ""))
    if digits.startswith("0031"):
        national = digits[4:]
    elif raw.startswith("+"):
        national = digits[2:]
    elif len(digits) == 10 and digits[1] != "0":
        national = digits[1:]
    else:
        return None
    return national if len(national) == 9 and national[0] != "0" else None


# --- e-mail ---------------------------------------------------------------------------------------
_LOCAL_PART = re.compile(r"[\w.+-]{1,64}$")
_DOMAIN = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])")


def find_emails(text: str) -> Iterator[Candidate]:
    """Addresses found from their '@' (cheaper than a regex tried at every word)."""
    at = text.find("@")
    while at >= 0:
        local = _LOCAL_PART.search(text, max(0, at - 64), at)
        domain = _DOMAIN.match(text, at)
        if local and domain and local.group()[0] not in ".-":
            start = local.start()
            value = text[start:domain.end()]
            yield Candidate("email", start, domain.end(), value, value.rsplit("@", 1)[1].lower())
        at = text.find("@", at + 1)


# --- IBAN -------------------------------------------------------------------------------------------
_IBAN = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?![\w])")


def find_ibans(text: str) -> Iterator[Candidate]:
    """IBANs with a valid mod-97 check, written compact or in groups of four."""
    for m in _IBAN.finditer(text):
        from stdnum import iban   # imported at the first candidate: it reads its country registry (≈ 60 ms)

        if iban.is_valid(m.group()):
            yield Candidate("iban", m.start(), m.end(), m.group())


# --- BSN-like numbers ---------------------------------------------------------------------------------
# 8 or 9 digits, plain or grouped like "1234.56.782" / "123 456 782"; not part of a longer number,
# a date, an amount or a phone number.
_NUMBER = re.compile(r"\d(?<![\w.,/+-]\d)(?:\d{7,8}|\d{2,3}[. ]\d{2}[. ]\d{3}|\d{2}[. ]\d{3}[. ]\d{3})(?![\w/-]|[.,]\d)")


def find_numbers(text: str) -> Iterator[Candidate]:
    """8–9 digit numbers; detail 'bsn' when they pass the elfproef (stdnum.nl.bsn), else 'plain'."""
    for m in _NUMBER.finditer(text):
        from stdnum.nl import bsn   # at the first candidate, as for IBANs

        digits = re.sub(r"\D", "", m.group())
        if len(digits) not in (8, 9):
            continue
        yield Candidate("number", m.start(), m.end(), m.group(), "bsn" if bsn.is_valid(digits) else "plain")


# --- addresses ----------------------------------------------------------------------------------------
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_POSTCODE = r"[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}"
# Over the border a postcode is digits only ('Bahnhofstraße 31, 52134 Herzogenrath', 'Kerkstraat 12,
# 3600 Genk'): read only after a street and number, and only with a capitalised place after it.
_FOREIGN_POSTCODE = r"[1-9]\d{3,4}(?=[ \t]+[A-ZÀ-ÖØ-Þ])"
_PLACE = rf"(?:['’]s-)?{_CAP}(?:[ \t-](?:aan[ \t]de[ \t]|aan[ \t]den[ \t]|op[ \t]|in[ \t])?{_CAP}){{0,2}}"
# '12', '12-3', '12/3', '12 A', '12a', and the additions for a split building: '41bis', '41-bis', '41 hs'.
_HOUSE_NUMBER = (r"\d{1,5}(?:[ \t]?[-–/][ \t]?\d{1,4}|[ \t]?[-–]?[ \t]?(?:bis|hs|huis|boven|beneden)(?![\w])"
                 r"|[ \t]?[a-zA-Z](?![\w]))?")


@dataclass(frozen=True)
class AddressPatterns:
    full: re.Pattern       # street + number (+ postcode + place), matched from the street's start
    postcode: re.Pattern   # postcode + place


_STREET_BEFORE = re.compile(rf"(?<![\w])(?:{_CAP}[ \t]){{0,2}}{_CAP}[ \t]{_HOUSE_NUMBER}[ \t]*,?[ \t]*$")
_NUMBER_AFTER_WORD = re.compile(r"[ \t]\d(?<=[a-z][ \t]\d)")


def address_patterns(street_suffixes: Iterable[str]) -> AddressPatterns:
    suffixes = "|".join(sorted((re.escape(s) for s in street_suffixes), key=len, reverse=True))
    street = rf"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:{suffixes})"
    # "Kerkstraat 41, 1781 GK Den Helder", and in prose "aan de Koggelaan 17 in Berkum".
    full = re.compile(
        rf"{street}[ \t]{_HOUSE_NUMBER}(?:[ \t]*[,|]?[ \t]*(?P<pc>{_POSTCODE}|{_FOREIGN_POSTCODE})(?:[ \t]+{_PLACE})?"
        rf"|[ \t]+in[ \t]+(?P<town>{_PLACE}))?(?![\w])"
    )
    postcode = re.compile(rf"[1-9](?<![\w][1-9])\d{{3}}[ \t]?(?!SA|SD|SS)[A-Z]{{2}}[ \t]+{_PLACE}")
    return AddressPatterns(full, postcode)


def find_addresses(text: str, patterns: AddressPatterns) -> Iterator[Candidate]:
    """'Kerkstraat 41, 1781 GK Den Helder' (full), 'Burgemeester Smitstraat 41' (street) and
    '1781 GK Den Helder' (postcode) – the last only where no street precedes it. Streets are looked
    for only before 'word + space + digit', which is rare in prose."""
    taken: list[tuple[int, int]] = []
    for hit in _NUMBER_AFTER_WORD.finditer(text):
        start = _word_start(text, hit.start())
        if taken and start < taken[-1][1]:
            continue
        m = patterns.full.match(text, start)
        if not m:
            continue
        before = _word_start(text, start - 1) if start >= 2 and text[start - 1] in " \t" else start
        if before < start and text[before].isupper() and not _sentence_start(text, before):
            start = before       # a two-word street name: 'Burgemeester Smitstraat'
        taken.append((start, m.end()))
        yield Candidate("address", start, m.end(), text[start:m.end()],
                        "full" if m.group("pc") or m.group("town") else "street")
    for m in patterns.postcode.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            # A street without a known suffix before it on the line: "Het Wielsem 17, 5231 BW …".
            line_start = text.rfind("\n", 0, m.start()) + 1
            street = _STREET_BEFORE.search(text, line_start, m.start())
            start, detail = (street.start(), "full") if street else (m.start(), "postcode")
            yield Candidate("address", start, m.end(), text[start:m.end()], detail)


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-'’"):
        pos -= 1
    return pos


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].strip()
    return not before or before[-1] in ".!?:\n•-"


# --- identity documents -------------------------------------------------------------------------------
# Dutch passport / ID card numbers: 9 letters and digits (no letter O), at least one of each; a driving
# licence number is 10 digits. Only read right after a document label (the check finds the label).
_DOCUMENT = re.compile(r"(?<![\w])(?=[A-NP-Z0-9]*\d)(?=[A-NP-Z0-9]*[A-NP-Z])[A-NP-Z0-9]{8,10}(?![\w])|(?<![\w])\d{10}(?![\w])")


def find_document_number(text: str, start: int, end: int) -> Candidate | None:
    m = _DOCUMENT.search(text, start, end)
    return Candidate("document", m.start(), m.end(), m.group()) if m else None
