"""A course told by a relative clause whose verb's object is the noun before it: "the border wall he wants to build",
"the tax cuts Trump has promised to pass", "the deal which she vowed to renegotiate": the clause's subject holds the
course (its verb and the noun: "Build the border wall"); never the author. Only a verb of wanting or pledging and a
final verb with nothing after it but the clause's end or a preposition (the object is the noun before: "the wall he
wants to build along the border"); a person's own act announced as decided goes by `own_acts` ("the rally he plans
to hold")."""
from __future__ import annotations

import re

from briefing_app.analysis.options.lexicon import POLICY_NOUN_RE
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys, words_in
from briefing_app.analysis.options.phrases import is_concrete, summary

# the clause before its verb, read backwards from the verb only (a search from every word of the sentence cost ~0.5% of
# an English analysis): the noun phrase, "which"/"that", the subject and any auxiliaries, up to the verb
GAP_RE = re.compile(r"(?P<np>\b(?:the|a|an|his|her|its|their)\s+(?:(?!(?:which|that|who|he|she|they)\b)[\w’'-]+\s+){0,3}?"
                    r"(?!(?:which|that|who|he|she|they)\b)[\w’'-]+)\s+(?:(?:which|that)\s+)?"
                    r"(?P<subj>[Hh]e|[Ss]he|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:(?:has|had|have|also|long|once)\s+)*$")
# a cheap test first: "he", "she" or a capitalised word (and auxiliaries) right before the verb
SUBJECT_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?:[Hh]e|[Ss]he|[A-Z][\w.’'-]*)\s+(?:(?:has|had|have|also|long|once)\s+)*$")
# the verb of wanting or pledging, "to" and the final verb with nothing after it but the clause's end or a preposition
VERB_RE = re.compile(r"\b(?P<verb>wants|wanted|promised|promises|vowed|vows|pledged|pledges|plans|planned|proposed|proposes|"
                     r"hopes|hoped|intends|intended)\s+to\s+(?P<v>[a-z]+)"
                     r"(?=\s*(?:[,.;:!?)”\"]|$|\s(?:and|but|or|if|when|because|as|in|on|at|by|with|from|along|across|"
                     r"before|after|next|this|last)\b))")
DECIDED = ("promised", "promises", "vowed", "vows", "pledged", "pledges", "plans", "planned", "intends", "intended")
KEYS = keys("wants to", "wanted to", "promised to", "promises to", "vowed to", "vows to", "pledged to", "pledges to",
            "plans to", "planned to", "proposed to", "proposes to", "hopes to", "hoped to", "intends to", "intended to")


def gapped_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Courses told by a relative clause on their object in the sentence text[s:e] (low: lower-cased)."""
    if not holds_any(low, KEYS):
        return []  # (then the verbs are found where the key words stand, not by a search from every word)
    out: list[Hit] = []
    for v in _verbs(text, s, e, low):
        if SUBJECT_BEFORE_RE.search(text, max(s, v.start() - 40), v.start()) is None:
            continue  # no "he", "she" or name right before the verb ("the government plans to"): no such clause
        m = GAP_RE.search(text, max(s, v.start() - 90), v.start())
        if m is None:
            continue
        phrase = f"{v.group('v')} {m.group('np')}"
        if POLICY_NOUN_RE.search(m.group("np")) is None or not is_concrete(phrase):
            continue  # "the money he wants to keep", "the woman he hopes to marry": no measure
        subj = m.group("subj")
        hit = Hit("support", m.start("np"), v.end("v"), summary(phrase), v.start("verb"))
        hit.who = subj  # the clause's subject ("he": the person it stands for); the hit outranks a reading of "wants to
        # build along the border" with the object missing (it starts earlier)
        hit.decided = v.group("verb") in DECIDED
        out.append(hit)
    return out


def _verbs(text: str, s: int, e: int, low: str) -> list[re.Match[str]]:
    """VERB_RE's matches in text[s:e], tried only where one of the key words stands in `low` (text[s:e] lower-cased)."""
    if len(low) != e - s:  # a lower-casing that changed the length: search it all
        return list(VERB_RE.finditer(text, s, e))
    starts = set()
    for key in KEYS.intersection(words_in(low)):
        at = low.find(key)
        while at >= 0:
            starts.add(at)
            at = low.find(key, at + 1)
    return [m for at in sorted(starts) if (m := VERB_RE.match(text, s + at, e)) is not None]
