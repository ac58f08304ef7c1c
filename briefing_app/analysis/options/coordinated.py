"""A second course joined to one found: "... to raise X instead, and to pay Y" (the same stance on Y), "S should
fund X rather than build Y", "X should be placed in administration rather than rescued with Y" (Y opposed)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import unquoted, vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import POLICY_VERBS, lowered
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
    out: list[Hit] = _and_verb(text, e, hits) if " and " in low or low.count(", ") > 1 else []  # ("breaking up our
    # alliances, letting more countries get nuclear weapons, banning all Muslims": a list with no "and")
    if " to " not in low and "rather than" not in low and "instead of" not in low:
        return out
    for hit in hits:
        m = AND_TO_RE.match(text, hit.end, e)
        if m is not None:
            more = vp_hit(text, m.end(), min(e, hit.limit or e), hit.stance, hit.at, hit.who)
            if more is not None:
                more.author, more.reported, more.conceded, more.person, more.limit = (hit.author, hit.reported, hit.conceded,
                                                                                hit.person, hit.limit)
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


# "Colombo should introduce a wealth tax and close the exemptions ...", "Congress should repeal the tax, expand the credit
# and cut the rate", "by reforming the tax code ..., and increasing the exemption ...; allow tuition to be deductible": a
# list of measures is one entry per measure. An item opens with a list verb in the form of the first one (bare after
# bare, gerund after gerund), after "and"/"or", a comma or a semicolon.
LIST_VERBS = COMMAND_VERBS | frozenset("cut increase reduce pay offer add send tighten ease exempt spend strengthen simplify "
                                       "hold open back let".split())
# (after a bare "and" that does not end a list opened by commas, the verb's object opens with a determiner or a name:
# "ban the chemical and compensate the farmers", not "reject the incinerator and invest in recycling instead")
ITEM_RE = re.compile(r"(?:\s*[,;]\s+(?:and\s+|or\s+)?(?:also\s+|then\s+)?(?P<verb>[a-z]+)\s+(?=[\w“\"‘])|\s+(?:and|or)\s+"
                     r"(?:also\s+|then\s+)?(?P<and_verb>[a-z]+)\s+(?=(?P<det>(?:the|a|an|its|their|his|her|all|any|every|more|"
                     r"new)\b|[A-Z])?))")
LISTED_RE = re.compile(r"[,;]\s*(?:and\s+|or\s+)?$")  # before an item opened by a comma or a semicolon
# the same course again, not a second measure: "welcome him and allow him to work", "scrap the code and replace it with X"
SAME_OBJECT_RE = re.compile(r"\s*(?:it|them|him|her|this|that|those|these)\b")
# after the phrase: the list goes on past a relative clause or an aside (", which ..., and increasing Y"; "; allow Z")
# (or a plain "and" right after a quotation's closing mark: 'vowed to "tear up the treaty" and build a wall')
ITEM_LATER_RE = re.compile(r"[^.;:!?]{0,120}?(?P<sep>,\s+(?:and|or)|;(?:\s+and)?|(?<=[”\"’'])\s+and)\s+(?P<verb>[a-z]+)\s+(?=[\w“\"‘])")
# a clause inside the item before: its verbs are the clause's, not the list's ("a distraction that will hurt X and
# increase Y", "allow tuition to be deductible to help more people study and ease their debt")
CLAUSE_WORD_RE = re.compile(r"\b(?:that|which|who|whom|whose|will|would|can|could|may|might|to\s+(?!(?:the|a|an|its|their|his|"
                            r"her|our|this|these|those|all|any|every|each|more)\b)[a-z]+)\b")
MAX_ITEMS = 6  # per sentence: a longer run of "and"s is prose, not a list of measures


def _list_verb(word: str, gerund: bool) -> bool:
    """Whether `word` opens a list item after a first verb that is a gerund (gerund=True) or bare."""
    if gerund != word.endswith("ing"):
        return False
    return (base_form(word) if gerund else word) in LIST_VERBS


def _and_verb(text: str, e: int, hits: list[Hit]) -> list[Hit]:
    """Further measures of a list begun by an active hit: each item a hit of its own (same stance and holder), the
    item before it ending where it begins."""
    out: list[Hit] = []
    queue = list(hits)
    while queue and len(out) < MAX_ITEMS:
        hit = queue.pop(0)
        more = _next_item(text, min(e, hit.limit or e), hit)  # a list inside a clause ends with it
        if more is not None:
            out.append(more)
            queue.append(more)
    return out


def _next_item(text: str, e: int, hit: Hit) -> Hit | None:
    phrase = text[hit.start:hit.end]
    first = phrase.split(" ", 1)[0].lower()
    gerund = first.endswith("ing") and base_form(first) != first
    if hit.stance not in ("support", "oppose") or not hit.summary.lower().startswith(base_form(first) if gerund else first):
        return None  # a passive or reshaped summary ("Place Thames Water in ..."): its words are not the phrase's
    for m in ITEM_RE.finditer(text, hit.start, hit.end):
        verb = m.group("verb") or m.group("and_verb")
        if verb == first or not _list_verb(verb, gerund) or SAME_OBJECT_RE.match(text, m.end(), e) is not None:
            continue
        if m.group("and_verb") and (m.group("det") is None and LISTED_RE.search(text, max(0, hit.start - 8), hit.start) is None
                                    or CLAUSE_WORD_RE.search(text, hit.start, m.start()) is not None):
            continue  # "... and invest in recycling instead"; "a distraction that will hurt the brand and increase X": a clause's verb
        more = vp_hit(text, m.start("verb" if m.group("verb") else "and_verb"), e, hit.stance, hit.at, hit.who)
        if more is None or not is_concrete(text[hit.start:m.start()]):
            continue
        more.author, more.reported, more.conceded, more.person, more.limit = (hit.author, hit.reported, hit.conceded,
                                                                                hit.person, hit.limit)
        more.clause = (m.start() + 1, e)
        hit.summary, hit.end = summary(unquoted(text, hit.start, m.start())), m.start()
        if hit.clause is not None:  # an item of the list itself: its evidence ends where the next item begins
            hit.clause = (hit.clause[0], m.start())
        return more
    later = ITEM_LATER_RE.match(text, hit.end, min(e, hit.end + 160))  # "scrap X, as Scotland did last year, and cap Y"
    if later is not None and SAME_OBJECT_RE.match(text, later.end(), e) is None and (
            _list_verb(later.group("verb"), gerund)
            or later.group("sep") == ";" and _list_verb(later.group("verb"), False)):  # "...; allow Z": its own
        more = vp_hit(text, later.start("verb"), e, hit.stance, hit.at, hit.who)
        if more is not None:
            more.author, more.reported, more.conceded, more.person, more.limit = (hit.author, hit.reported, hit.conceded,
                                                                                hit.person, hit.limit)
            more.clause = (later.start("sep") + 1, e)
            return more
    return None
