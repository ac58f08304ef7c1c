"""A second course joined to one found: "... to raise X instead, and to pay Y" (the same stance on Y), "S should
fund X rather than build Y", "X should be placed in administration rather than rescued with Y" (Y opposed)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.imperatives import POLICY_VERBS
from briefing_app.analysis.options.lexicon import lowered
from briefing_app.analysis.options.modals import subject_of
from briefing_app.analysis.options.phrases import action_end, base_form, decapitalised, is_concrete, summary

# ", and to pay Y" (a comma, and a verb, not a plural noun: "to schools and to hospitals" is one course)
AND_TO_RE = re.compile(r"(?:\s+instead)?\s*,\s*(?:and|or)\s+(?:also\s+|then\s+)?to\s+(?=[a-z]*[a-rt-z]\b)")
RATHER_RE = re.compile(r"\s*,?\s+(?:rather\s+than|instead\s+of)\s+(?:being\s+)?(?=[a-z])")
PARTICIPLE_RE = re.compile(r"(?P<part>[a-z]+(?:ed|en|wn|nt|lt|ht|id|ld|un))\b")
COMMAND_VERBS = frozenset(POLICY_VERBS)
PASSIVE_BE_RE = re.compile(r"\s+be\s+$")
# the verb after "rather than" (bare, not a plural noun or a participle) or "instead of" (a gerund), before its object
BARE_VERB_RE = re.compile(r"[a-z]+(?<![^s]s)(?<!ed)(?=\s+(?:the|a|an|its|their|his|her|our|more|new|any|all|some|to|up|down|"
                          r"out|off|back|[a-z]+s\b|[A-Z]))")


def coordinated(text: str, s: int, e: int, hits: list[Hit]) -> list[Hit]:
    """The courses joined to `hits` (found in the sentence text[s:e]) by "and to" or "rather than"."""
    low = lowered(text, s, e)
    out: list[Hit] = _and_verb(text, e, hits) if " and " in low else []
    if " to " not in low and "rather than" not in low and "instead of" not in low:
        return out
    for hit in hits:
        m = AND_TO_RE.match(text, hit.end, e)
        if m is not None:
            more = vp_hit(text, m.end(), e, hit.stance, hit.at, hit.who)
            if more is not None:
                more.author, more.reported, more.conceded = hit.author, hit.reported, hit.conceded
                more.clause = (m.start() + 1, e)
                out.append(more)
            continue
        m = RATHER_RE.match(text, hit.end, e)
        if m is None or hit.stance not in ("support", "oppose"):
            continue
        other = "oppose" if hit.stance == "support" else "support"
        passive = text.startswith("be ", hit.start) or PASSIVE_BE_RE.search(text, s, hit.start) is not None
        part = PARTICIPLE_RE.match(text, m.end(), e)
        if passive and part is not None:  # "X should be placed in A rather than rescued with B": rescue X with B
            vend = action_end(text, part.end(), e)
            subj = decapitalised(subject_of(text, s, hit.at), text)
            phrase = f"{base_form(part.group('part'))} {subj}{text[part.end():vend]}"
            if subj and is_concrete(phrase):
                out.append(Hit(other, m.end(), vend, summary(phrase), hit.at, hit.who, clause=(m.start() + 1, e)))
            continue
        verb = BARE_VERB_RE.match(text, m.end(), e)
        if verb is None or ("instead" in m.group(0)) != verb.group(0).endswith("ing"):
            continue  # "instead of villains", "rather than the old one": no course ("instead of X-ing", "rather than do X")
        more = vp_hit(text, m.end(), e, other, hit.at, hit.who)  # "S should fund A rather than build B": build B
        if more is not None:
            more.clause = (m.start() + 1, e)
            if verb.group(0).endswith("ing"):
                more.summary = summary(text[more.start:more.end])
            out.append(more)
    return out


# "Colombo should introduce a wealth tax and close the exemptions ...": a second command verb after "and" starts a
# second measure (a list of measures is one entry per measure); the verb is one of the command verbs, before its object
AND_VERB_RE = re.compile(r"\s+and\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)\s+(?=(?:the|a|an|its|their|his|her|all|any|every|more|"
                         r"new|[A-Z])\b)")


AND_LATER_RE = re.compile(r"[^.;:!?]{0,120}?,\s+and\s+(?P<verb>[a-z]+)\s+(?=(?:the|a|an|its|their|all|any|every|more|new|[A-Z])\b)")


def _and_verb(text: str, e: int, hits: list[Hit]) -> list[Hit]:
    """Second measures joined by "and" + a command verb inside an active hit's phrase; the first hit ends before it."""
    out: list[Hit] = []
    for hit in hits:
        phrase = text[hit.start:hit.end]
        first = phrase.split(" ", 1)[0].lower()
        if hit.stance not in ("support", "oppose") or not hit.summary.lower().startswith(first):
            continue  # a passive or reshaped summary ("Place Thames Water in ..."): its words are not the phrase's
        later = AND_LATER_RE.match(text, hit.end, min(e, hit.end + 160))
        if later is not None and later.group("verb") in COMMAND_VERBS:  # "scrap X, as Scotland did last year, and cap Y"
            more = vp_hit(text, later.start("verb"), e, hit.stance, hit.at, hit.who)
            if more is not None:
                more.author, more.reported, more.conceded = hit.author, hit.reported, hit.conceded
                more.clause = (later.start("verb") - 4, e)
                out.append(more)
                continue
        for m in AND_VERB_RE.finditer(text, hit.start, hit.end):
            if m.group("verb") not in COMMAND_VERBS or m.group("verb") == first:
                continue
            more = vp_hit(text, m.start("verb"), e, hit.stance, hit.at, hit.who)
            if more is None or not is_concrete(text[hit.start:m.start()]):
                continue
            more.author, more.reported, more.conceded = hit.author, hit.reported, hit.conceded
            more.clause = (m.start() + 1, e)
            hit.summary, hit.end = summary(text[hit.start:m.start()]), m.start()
            out.append(more)
            break
    return out
