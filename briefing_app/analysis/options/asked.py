"""Calls put as questions that `questions` does not read: "Why has the African Union not suspended X?",
"Why won't Tokyo simply X?" (a body's failure to act, asked about: the author wants it done) and "Is it too
much to ask that the Border Patrol be given X?" (support). A plain "Why did X do Y?" or "Why has X done Y?"
asks and argues nothing; a past "Why didn't X ...?" is a missed chance, not an open course."""
from __future__ import annotations

import re

from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.phrases import action_end, base_form, is_concrete, summary

LEAD = r"\s*[“\"‘']?(?:(?:But|And|So|Then)\s+)?"
WHY_NOT_RE = re.compile(LEAD + r"(?:Why|why)\s+(?P<aux>has|have|does|do|is|are|will|hasn[’']t|haven[’']t|doesn[’']t|"
                        r"don[’']t|isn[’']t|aren[’']t|won[’']t|can[’']t|cannot)\s+(?=\w)")
TOO_MUCH_RE = re.compile(LEAD + r"(?:Is|is)\s+it\s+(?:really\s+)?(?:too\s+much|asking\s+too\s+much)\s+to\s+(?:ask|expect|demand)"
                         r"\s+(?:that\s+|of\s+|for\s+)?(?=\w)")
WORD_RE = re.compile(r"[\w’'.-]+")
SUBJECT_WORDS = 6
# "that the Border Patrol be given X", "for the council to fix X", "the council to fix X"
PASSIVE_RE = re.compile(r"(?P<np>[^,;?]{2,80}?)\s+(?:be|should\s+be|is|are)\s+(?P<part>[a-z]+(?:ed|en|wn|nt|lt|ht|id|ld))\b")
TO_RE = re.compile(r"(?P<np>[^,;?]{2,80}?)\s+to\s+(?=[a-z])")
# "Why can't I say ...", "Why don't we ...", "Why won't they ...": a pronoun names no body the question could be about
PRONOUN_SUBJECTS = frozenset("i you it we they he she one anyone anybody nobody someone people".split())


def asked_hits(text: str, s: int, e: int) -> list[Hit]:
    """The calls a question puts (module doc); the sentence ends with '?'."""
    low = text[s:min(e, s + 40)].lower()
    if "why" in low:
        m = WHY_NOT_RE.match(text, s, e)
        if m is not None:
            hit = _why_not(text, m, e)
            return [hit] if hit is not None else []
    if "too much" in low:
        m = TOO_MUCH_RE.match(text, s, e)
        if m is not None:
            hit = _too_much(text, m, e)
            return [hit] if hit is not None else []
    return []


def _why_not(text: str, m: re.Match[str], e: int) -> Hit | None:
    """'Why has the AU not suspended X?': suspend X (support); the subject must name a doer and the question be negated."""
    aux = m.group("aux").lower()
    negated = "n’t" in aux or "n't" in aux or aux == "cannot"
    words = list(WORD_RE.finditer(text, m.end(), min(e, m.end() + 160)))
    if not words or words[0].group(0).lower() in PRONOUN_SUBJECTS:
        return None
    for k in range(1, min(SUBJECT_WORDS, len(words) - 1) + 1):
        subj = text[m.end():words[k - 1].end()]
        verb = words[k]
        neg = negated
        if verb.group(0) == "not" and k + 1 < len(words):
            neg, verb = True, words[k + 1]
        if verb.group(0) in ("simply", "just", "already", "yet", "finally", "ever") and k + 1 < len(words):
            verb = words[words.index(verb) + 1]  # "Why won't Tokyo simply pay"
        if not neg or not verb.group(0).islower() or text[words[k - 1].end():words[k].start()].strip():
            continue
        if not can_act(subj):
            continue
        vend = action_end(text, verb.start(), e)
        phrase = text[verb.start():vend]
        if aux.startswith(("has", "have")):
            phrase = base_form(verb.group(0)) + text[verb.end():vend]
        if vend > verb.end() and is_concrete(phrase):
            return Hit("support", verb.start(), vend, summary(phrase), m.start())
        return None
    return None


def _too_much(text: str, m: re.Match[str], e: int) -> Hit | None:
    """'Is it too much to ask that X be given Y?': give X Y; '... for X to do Y?': do Y (support)."""
    rest = text[m.end():e]
    passive = PASSIVE_RE.match(rest)
    if passive is not None and can_act(passive.group("np")):
        vend = action_end(text, m.end() + passive.end(), e)
        phrase = f"{base_form(passive.group('part'))} {passive.group('np')}{text[m.end() + passive.end():vend]}"
        return Hit("support", m.end(), vend, summary(phrase), m.start()) if is_concrete(phrase) else None
    to = TO_RE.match(rest)
    if to is not None and can_act(to.group("np")):
        vend = action_end(text, m.end() + to.end(), e)
        phrase = text[m.end() + to.end():vend]
        return Hit("support", m.end() + to.end(), vend, summary(phrase), m.start()) if is_concrete(phrase) else None
    return None
