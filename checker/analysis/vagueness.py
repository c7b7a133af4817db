"""Vague claims: effort without numbers, dates or names, and outcomes without the effort behind them.

UWV punishes both (shared/DOMAIN.md): "er is veel gesolliciteerd" cannot be checked, and "er zijn
geen passende vacatures gevonden" reads as no effort at all unless the same passage shows what was
done. An effort claim must carry its own substance (the sentence or list item, or the list it
introduces); an outcome may lean on its passage (paragraph, list, table or record). Substance is a
date, a count of effort ("23 sollicitaties"), an employer's name or a job title
(`checker/analysis/substance.py`).

A unit states one claim, except a vague effort followed by "maar" and an outcome ("Er is veel
gesolliciteerd, maar er zijn geen passende vacatures gevonden"): the outcome clause is a claim of
its own, with its own span. Computed once per report (`analysis.extras["vague"]`); the timeline
check reads it too, so that one sentence gets one message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from checker.analysis.section_lookup import section_id
from checker.analysis.substance import evidence_of
from checker.analysis.units import Unit, View, units_of
from checker.rules.cues import cue_set, load_context
from checker.rules.word_cues import WordCues, WordTags, word_cues

EFFORT, OUTCOME = "effort", "outcome"
OUTCOME_BEFORE, OUTCOME_AFTER = 1, 1     # units around an outcome that may back it up
OUTCOME_SAME_PASSAGE = True             # its own paragraph, list, table or record
# Sections that explain the traject, list the parties or quote the coachee's evaluation form.
NOT_CLAIMS = frozenset({"privacy", "rollen", "ondertekening", "evaluatie"})


@dataclass(frozen=True)
class VagueClaim:
    unit: Unit
    kind: str              # effort | outcome
    cue: str               # the words that make it a claim, for the message
    substantiated: bool    # the passage (outcome) or the unit (effort) backs it up
    # An outcome backed only by figures elsewhere in its passage, with nothing in the sentence that
    # refers back to them ("Dat leverde …", "Hierop volgde …"): the model may still call it vague.
    loose: bool = False
    # Where the claim starts when it is only the end of the unit (the outcome clause after the
    # effort: "Er is veel gesolliciteerd, | maar er zijn geen passende vacatures gevonden").
    start: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.unit.start if self.start is None else self.start), self.unit.end


def vague_claims(analysis) -> list[VagueClaim]:
    """Every effort or outcome claim of the report with whether it is backed up, in text order."""
    found = analysis.extras.get("vague")
    if found is None:
        found = analysis.extras["vague"] = _claims(analysis)
    return found


def claim_units(analysis) -> set[int]:
    """Start offsets of every unit that states effort or an outcome, backed up or not, or that the
    rules judged on purpose ("Roy heeft geen werk gevonden": the result stated of the person)."""
    vague_claims(analysis)
    return analysis.extras["vague_judged"]


def _claims(analysis) -> list[VagueClaim]:
    units = units_of(analysis)
    evidence = evidence_of(analysis)
    tagger = _tagger()
    out = []
    judged = analysis.extras["vague_judged"] = set()
    for unit in units.units:
        if section_id(analysis, unit.start) in NOT_CLAIMS:
            continue
        v = units.view(unit)
        if "?" in v.texts:
            continue                              # "Hoe vaak hebben we elkaar gesproken?": a heading or a form
        tags = tagger.of(v.lower)
        present = frozenset().union(*tags)
        # A skill or the market ("Netwerken vindt hij makkelijk", "Veel keukens zoeken wel mensen"):
        # judged here, so the classifier does not read it as effort either.
        skill = bool(cue_set("vague", "not_effort").find_words(v.lower, v.num))
        if skill:
            judged.add(unit.start)
        cue = None if skill else _effort_cue(v, present, tags)
        if cue:
            backed = evidence.backs(unit) or (v.texts[-1:] == [":"] and any(    # "… benaderd:" above a list
                evidence.backs(n) for n in units.neighbours(unit, 0, 3, same_passage=False)))
            out.append(VagueClaim(unit, EFFORT, cue, backed))
            # "Er is veel gesolliciteerd, maar er zijn geen passende vacatures gevonden": the
            # clause after the effort is an outcome of its own.
            k = _clause_after(v)
            if k is not None:
                tail = View(v.texts[k:], v.lower[k:], v.num[k:], v.alpha[k:], v.punct[k:])
                tail_tags = tags[k:]
                cue = _outcome_cue(tail, tail_tags, frozenset().union(*tail_tags))
                if cue is not None:
                    claim = _outcome_claim(units, evidence, unit, tail, cue)
                    if claim is not None:
                        out.append(replace(claim, start=units.table.start[units.kept_tokens(unit)[k]]))
            continue
        cue = _outcome_cue(v, tags, present)
        if cue is None:
            continue
        judged.add(unit.start)
        claim = _outcome_claim(units, evidence, unit, v, cue)
        if claim is not None:
            out.append(claim)
    judged.update(c.unit.start for c in out)
    return out


def _outcome_claim(units, evidence, unit: Unit, v: View, cue: str) -> VagueClaim | None:
    """The outcome claim of `unit` (its words `v`), or None where it is no vague outcome."""
    # "Resultaat: geen reactie" in a log (the record is the effort), a condition ("indien geen
    # uitzicht op werk: …") and the result stated of the person are not vague outcomes.
    if (unit.kind == "field" or any(w in _words("conditions") for w in v.lower[:4])
            or _states_of_person(v, evidence.frequent)):
        return None
    # Advice or a plan beside it ("Ik adviseer door te gaan met sollicitaties op …") is no effort made.
    around = [unit, *(n for n in units.neighbours(unit, OUTCOME_BEFORE, OUTCOME_AFTER, OUTCOME_SAME_PASSAGE)
                      if not word_cues("vague", "plans").any_in(units.view(n).lower))]
    backed = any(evidence.backs(u) for u in around)
    loose = backed and not evidence.backs(unit) and not _refers_back(v.lower)
    return VagueClaim(unit, OUTCOME, cue, backed, loose)


def _clause_after(v: View) -> int | None:
    """Where the last clause opened by "maar" starts, past the unit's first three words; None
    without one."""
    return next((k for k in range(len(v) - 3, 2, -1) if v.lower[k] == "maar"), None)


WORD_LISTS = ("effort", "negative", "result", "result_weak", "result_job", "job", "market", "counted",
              "few_concrete")


@lru_cache(maxsize=1)
def _tagger() -> WordTags:
    lists = {k: word_cues("vague", k) for k in WORD_LISTS}
    for n, (first, second) in enumerate(load_context("vague")["claim_pairs"]):
        lists[f"pair{n}a"], lists[f"pair{n}b"] = WordCues.of([first]), WordCues.of(second.split())
    return WordTags(lists)


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, str], ...]:
    return tuple((f"pair{n}a", f"pair{n}b") for n in range(len(load_context("vague")["claim_pairs"])))


def _effort_cue(v: View, present: frozenset[str], tags: list[frozenset[str]]) -> str | None:
    words = v.lower
    claims = cue_set("vague", "claims").find_words(words, v.num)
    if claims:
        return _phrase(v, *claims[0])
    for a, b in _pairs():
        if a in present and b in present:
            cues = _tagger().lists
            return f"{next(w for w in words if cues[a].match(w))} … {next(w for w in words if cues[b].match(w))}"
    if "effort" not in present or _effort_only_as_time(words, tags):
        return None
    negative = word_cues("vague", "negative")
    time_units = _words("time_units")
    found = [(a, b) for a, b in cue_set("vague", "quantifiers").find_words(words, v.num)
             if not (a > 0 and negative.match(words[a - 1]))       # "niet veel vacatures": an outcome
             and not (b < len(words) and words[b] in time_units)]  # "na een paar maanden": time
    if found and "few_concrete" in present and all(" ".join(words[a:b]) in _words("few") for a, b in found):
        return None                                                # "een paar netwerkgesprekken"
    return _phrase(v, *found[0]) if found else None


def _effort_only_as_time(words: list[str], tags: list[frozenset[str]]) -> bool:
    """Every effort word of the unit only says when something happened: "tijdens ons eerste gesprek
    moest ze een paar keer huilen", "tijdens het gesprek wreef hij regelmatig over zijn pols" tell
    of the coachee, not of effort (`effort_as_time` in vague.toml: the word and up to two words of
    article or adjective before the effort word)."""
    leads = _words("effort_as_time")
    effort = [i for i, t in enumerate(tags) if "effort" in t]
    return all(any(words[j] in leads for j in range(max(0, i - 3), i)) for i in effort)


def _outcome_cue(v: View, tags: list[frozenset[str]], present: frozenset[str]) -> str | None:
    words = v.lower
    claim = cue_set("vague", "market_claims").find_words(words, v.num)
    if claim:
        return _phrase(v, *claim[0])
    if not present & {"negative", "market"} and "bleven" not in words and "bleef" not in words:
        return None
    phrase = cue_set("vague", "negative_phrases").find_words(words, v.num)
    if phrase:
        return _phrase(v, *phrase[0])
    negs = [i for i, t in enumerate(tags) if "negative" in t]
    if negs:
        hit = _result_near(words, tags, negs, "job" in present)
        if hit is not None:
            n, i = hit
            return f"{v.texts[n]} … {v.texts[i]}" if n < i else f"{v.texts[i]} … {v.texts[n]}"
    if "market" in present:
        verdict = cue_set("vague", "market_verdict").find_words(words, v.num)
        if verdict:
            text = _phrase(v, *verdict[0])
            if text.lower() not in _words("market_only") or any(w in _words("market_subjects") for w in words):
                return text           # "lastig", "beperkt" only of the market itself
    return None


def _result_near(words: list[str], tags: list[frozenset[str]], negs: list[int], about_job: bool) -> tuple[int, int] | None:
    """(negation, result) word indices: a strong result word within six words of a negation, a
    weak one ("werk", "vacatures") shortly after it, or a job result ("niet gelukt" in a sentence
    about work) next to it."""
    after_nothing = load_context("vague")["result_after_nothing"]
    kind_after = _words("work_kind_after")     # "geen werk boven schouderhoogte": a limitation
    for n in negs:                               # a window around each negation: linear in the unit
        for i in range(max(0, n - 6), min(len(words), n + 7)):
            t, w, d = tags[i], words[i], i - n
            if (("result" in t and d != 0) or ("result_weak" in t and 0 < d <= 4 and _no_break(words, n, i)
                                                and not (i + 1 < len(words) and words[i + 1] in kind_after))
                    or (about_job and "result_job" in t and -3 <= d <= 3 and d != 0)
                    or (w in after_nothing and words[n] in ("niets", "niks") and (d == 1 or (w == "uit" and 0 < d <= 3)))):
                return n, i
    return None


def _no_break(words: list[str], a: int, b: int) -> bool:
    return not any(w in (",", ";", ":", "–", "-", "(", ")", "dus", "maar", "want") for w in words[a:b])


def _states_of_person(v: View, frequent: frozenset[str]) -> bool:
    """"Roy heeft geen werk gevonden", "Conclusie: werknemer heeft nog geen nieuw werk": the result of
    the traject stated of the person, which a conclusion must do; not the vague "er is …"."""
    k = 0
    if ":" in v.texts[:4]:
        k = v.texts.index(":") + 1
    while k < len(v) and v.punct[k]:
        k += 1
    if len(v) < k + 2:
        return False
    person = v.texts[k] in frequent or v.lower[k] in _words("persons")
    return person and v.lower[k + 1] in ("heeft", "had", "is", "was")


REFER_REACH = 4      # a word that refers back opens the sentence or clause: "Dat leverde …", "- Dit leverde …"


def _refers_back(words: list[str]) -> bool:
    """'Dat heeft geen baan opgeleverd', 'Helaas leverde dit niets op', '…, maar daarop kwam geen
    reactie': the outcome is said of the effort before it."""
    refer = _words("refers_back")
    starts = [0] + [i + 1 for i, w in enumerate(words) if w in (",", ";", ":", "maar", "en")]
    return any(w in refer for s in starts for w in words[s:s + REFER_REACH])


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    """A word list of `checker/data/context/vague.toml` as a set."""
    return frozenset(load_context("vague")[key])


def _phrase(v: View, a: int, b: int) -> str:
    return " ".join(v.texts[a:b])
