"""A candidate's pledge of what he or she would do in office: "if he is elected president he will seek the prosecution
of X", "If elected, Ted Cruz will abolish the IRS", "has promised that as president, he would build a wall". The
pledger's position (convention v2, news-s13's decision: a candidate's pledge of what the government will do), never the
author's; "I / we will" is the speaker's (the quotation's)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.lexicon import POLICY_NOUN_RE
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.phrases import summary

OFFICE = r"(?:president|governor|mayor|prime\s+minister|chancellor|senator|commander[\s-]in[\s-]chief)"
PLEDGE_RE = re.compile(
    r"(?<![\w-])(?:[Ii]f\s+(?:(?:he|she|they|I|we)\s+(?:is|are|am|was|were|gets?|got)\s+)?(?:re-?)?elected(?:\s+" + OFFICE + r")?|"
    r"[Aa]s\s+" + OFFICE + r"|[Oo]nce\s+in\s+office|[Oo]n\s+(?:his|her|my|day)\s+(?:first\s+day\s+in\s+office|one))\s*,?\s+"
    r"(?P<subj>he|she|I|we|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+(?:would|will)\s+(?P<neg>not\s+|never\s+)?(?=[a-z])")
AS_OFFICE_RE = re.compile(r"as (?:president|governor|mayor|prime minister|chancellor|senator|commander)")  # the gate
PRONOUN_OWNER = {"he": "his", "she": "her"}
# a first-person pledge in a quotation: '"We will build a great wall along the southern border!"', '"We are going to
# replace Obamacare with something so much better," Trump said', '"I will stop any trade deal that kills jobs"'
FIRST_PERSON_RE = re.compile(r"(?<![\w’'-])(?:I|We|we)(?:\s+(?:will|(?:are|am)\s+going\s+to)|[’'](?:re|m)\s+going\s+to|[’']ll)"
                             r"\s+(?P<neg>not\s+|never\s+)?(?:\w+ly\s+|also\s+|then\s+)?(?P<verb>[a-z]+)\b")
FIRST_PERSON_KEYS = keys("we will", "i will", "we’ll", "i’ll", "we'll", "i'll", "we are going to", "i am going to",
                         "we’re going to", "i’m going to", "we're going to", "i'm going to")
QUOTE_MARKS = ("“", '"', "”")
# an if-clause other than "if elected" open before the pledge, or a pledge someone else's words would put ("says we will")
HYPOTHESIS_RE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ss]uppose)\s+(?!(?:I\s+am\s+|I[’']m\s+|we\s+are\s+|[Ii]\s+get\s+)?(?:re-?)?elected\b)"
                           r"[^,;:.!?“”\"]*$|\b(?:says|said|say)\s+(?:that\s+)?$")
# no pledge of an act: a result foreseen ("we will end up cutting services"), an idiom of effort ("we will stop at nothing to
# win"), an issue raised ("we will raise this with Beijing"), and a future the speaker guesses at ("I think we will ...")
NO_ACT_AFTER_RE = re.compile(r"\s+(?:up\b|at\s+nothing\b|short\b)|(?<=raise)\s+(?:this|it|that|these|them|the\s+(?:issue|matter|"
                             r"question|case)|(?:our\s+|his\s+|her\s+|their\s+|any\s+)?(?:concerns?|questions?|objections?))\b")
GUESSED_RE = re.compile(r"\b(?:think|expect|suspect|guess|predict|probably|likely|eventually)\s+(?:that\s+)?$")
# the policy verbs a pledge names (a subset of POLICY_VERBS: each is a cue after a first-person future, `PLEDGE_CUES`)
PLEDGE_VERBS = frozenset("build repeal ban cut raise end deport abolish impose renegotiate replace restore stop create close "
                         "tax lower freeze cancel scrap withdraw defund reform expand extend fund hire overturn rip".split())
PLEDGE_CUES = ("we will", "i will", "we’ll", "i’ll", "we'll", "i'll", "we are going to", "i am going to", "we’re going to",
               "i’m going to", "we're going to", "i'm going to")


# an exclaimed pledge in a quotation of what another actor will be made to pay or what there will be none of: '"And Mexico
# will pay for the wall!"', '"Wall Street will pay its fair share!"', '"There will be no amnesty!"' (a rally's line: the
# speaker's position; a statement without "!" may be a forecast, and is left alone)
EXCLAIMED_RE = re.compile(r"(?:(?<![\w’'-])(?P<subj>(?!(?:It|This|That|There|The|They|He|She|You|We|I|Everyone|Nobody|Nothing|And|But|So|Then|Now|Yes|Believe)\b)"
                          r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+will\s+(?P<neg>not\s+|never\s+)?(?=pay\b)|(?<![\w’'-])[Tt]here\s+will\s+be\s+no\s+(?P<none>[a-z][\w -]{2,40}?)"
                          r"(?=\s*!))")
EXCLAIM_AFTER_RE = re.compile(r"[\s”\"’']*!")
EXCLAIMED_KEYS = keys("will pay", "will be no")


def pledge_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Pledges of what the speaker or a named candidate would do in office, in the sentence text[s:e] (low: lower-cased)."""
    out = _first_person(text, s, e) if holds_any(low, FIRST_PERSON_KEYS) else []
    if holds_any(low, EXCLAIMED_KEYS) and "!" in low:
        out += _exclaimed(text, s, e)
    if "elected" not in low and "in office" not in low and "day one" not in low and AS_OFFICE_RE.search(low) is None:
        return out
    for m in PLEDGE_RE.finditer(text, s, e):
        hit = vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start("subj"))
        if hit is None:
            continue
        subj = m.group("subj")
        if subj in ("I", "we"):
            hit.reported = True  # the speaker's pledge: the quotation's speaker holds it
        else:  # a person: named, or "he"/"she" as an owner is read (the one person of that sex the sentence names)
            hit.who, hit.person = PRONOUN_OWNER.get(subj, subj), True
        out.append(hit)
    return out


def _first_person(text: str, s: int, e: int) -> list[Hit]:
    """A speaker's first-person pledge of a policy act in a quotation ("We will build a wall", "I'm going to repeal X"):
    the speaker's position (the quotation's), never the author's; a verb of no policy ("We will win") gives none."""
    if not any(q in text[s:e] for q in QUOTE_MARKS):
        return []
    out: list[Hit] = []
    for m in FIRST_PERSON_RE.finditer(text, s, e):
        if m.group("verb") not in PLEDGE_VERBS or HYPOTHESIS_RE.search(text, s, m.start()) is not None \
                or NO_ACT_AFTER_RE.match(text, m.end("verb")) or GUESSED_RE.search(text, max(s, m.start() - 40), m.start()):
            continue  # "even if you pass a law that says we're going to build more walls": a scenario, no pledge
        hit = vp_hit(text, m.start("verb"), e, "oppose" if m.group("neg") else "support", m.start())
        if hit is not None:
            hit.reported = True
            out.append(hit)
    return out


def _exclaimed(text: str, s: int, e: int) -> list[Hit]:
    """An exclaimed pledge in a quotation ("Mexico will pay for the wall!", "There will be no amnesty!"): the speaker's."""
    if not any(q in text[s:e] for q in QUOTE_MARKS):
        return []
    out: list[Hit] = []
    for m in EXCLAIMED_RE.finditer(text, s, e):
        if m.group("none"):  # "There will be no amnesty!": against it
            noun = m.group("none").strip()
            if POLICY_NOUN_RE.search(noun) is None:
                continue  # "There will be no stopping us!"
            hit: Hit | None = Hit("oppose", m.start("none"), m.start("none") + len(noun), summary(noun, verb_first=False),
                                  m.start())
        else:
            hit = vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start())
            if hit is not None and not EXCLAIM_AFTER_RE.match(text, hit.end, e):
                continue  # no "!" right after it: a statement, maybe a forecast
            if hit is not None:  # "Mexico will pay for the wall": make Mexico pay for it
                hit.start = m.start("subj")
                hit.summary = summary(f"make {m.group('subj')} {text[m.end():hit.end]}")
        if hit is not None:
            hit.reported = True  # the speaker's (the quotation's)
            out.append(hit)
    return out
