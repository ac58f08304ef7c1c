"""A course a crowd chants or shouts: 'Supporters chanted "Build the wall!"', 'the crowd reprised the chant "Lock her up!"',
"the chants to ''build the wall''", 'protesters shouted "Deport them all"': the chanters' position (convention v2: a
reported view with a holder, the subject of the verb of chanting); never the author's. Only a quoted command with a
course in it: "USA! USA!", a name, "no contract, no peace", "Get out!" are none."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import POLICY_VERBS
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.phrases import summary

# a verb or noun of chanting, then the quoted words: 'chanted "X"', 'chanted, "X"', 'the chant "X"', 'chants of "X"',
# 'chants to "X"', 'shouted "X"', 'cries of "X"' (opening quotation marks: “ " ‘ ' or two single quotes)
CHANT_RE = re.compile(r"\b(?:(?P<noun>chants?\b|cries\b)|chant(?:ed|ing)|shout(?:ed|s|ing)?|yell(?:ed|s|ing)?)(?:,|\s+(?:of|to))?"
                      r"\s*(?:''|[“\"‘'])(?P<words>[A-Za-z][^“”\"‘’'!?.]{2,80}?)\s*[!?.,]?(?:\s*(?P=words)\s*[!?.,]?)*\s*"
                      r"(?:''|[”\"’']|$)", re.I)  # (or the sentence's end: "Lock her up! Lock her up!" split after its first "!")
# who chants, for a noun of chanting: the subject of a verb that starts or takes one up right before it ("The crowd
# reprised the chant", "supporters broke into chants of"); "heard the chants" names no chanter
TAKE_UP_RE = re.compile(r"\b(?:reprised?|led|lead|leads|started?|starts|broke\s+into|break\s+into|joined|join|began|begin|"
                        r"took\s+up|erupted\s+(?:in|into)|struck\s+up|raised)\s+(?:(?:the|a|an|loud|angry|familiar|caustic|"
                        r"chanted|repeated|renewed)\s+){0,3}$", re.I)
# a command whose object is a person or people and a particle: "Lock her up", "Send them back", "Kick him out"
PRONOUN_COMMAND_RE = re.compile(r"(?:lock|send|kick|throw|ship)\s+(?:her|him|them)\s+(?:up|out|back|away|down|in)$", re.I)
# the first word of a chanted course: a policy verb ("Build the wall", "Deport them all"); a name, a greeting, a prayer
# or a noun phrase ("Allahu Akbar", "eminent domain!", "USA!") is none
CHANT_VERBS = frozenset(POLICY_VERBS)
KEYS = keys("chant", "shout", "yell", "cries of")


def chant_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Courses chanted or shouted in the sentence text[s:e] (low: lower-cased)."""
    if not holds_any(low, KEYS):
        return []
    out: list[Hit] = []
    sent = text[:e]  # so that "$" is the sentence's end
    for m in CHANT_RE.finditer(sent, s, e):
        at = m.start()
        if m.group("noun"):
            verb = TAKE_UP_RE.search(text, max(s, at - 50), at)
            if verb is None:
                continue  # "as the chants to 'build the wall'", "heard the chants": no chanter named
            at = verb.start()
        a, b = m.span("words")
        words = m.group("words").strip()
        if words.split()[0].lower() not in CHANT_VERBS and not PRONOUN_COMMAND_RE.fullmatch(words):
            continue
        if PRONOUN_COMMAND_RE.fullmatch(words):
            hit: Hit | None = Hit("support", a, a + len(words), summary(words), at)
        else:
            hit = vp_hit(text, a, b, "support", at)
        if hit is None or len(words.split()) < 2:
            continue
        hit.reported = True  # the chanters' (the subject of the verb), never the author's
        out.append(hit)
    return out
