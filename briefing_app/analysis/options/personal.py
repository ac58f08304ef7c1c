"""Courses of action that are a person's own errand, not a body's: the writer's own request ("I asked the
district to provide me with a copy"), a person's vote for a candidate ("said she planned to caucus for Clinton"), what a relative should do ("he wanted my grandmother to take Carlos to
hospital"), one's own body or appetites ("bleach her hair", "lose weight"), a guess at a past motive ("probably
wanted to keep it quiet"), and a course that only sits inside a proviso ("available to anyone, provided they are willing to
wade through it"). Read on the hit's summary and the few words before its action."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit

# the writer as the one the act is for: "provide me with", "send me the files", "let me"
FOR_ME_RE = re.compile(r"(?<!\band\s)\b(?:me|myself)\b(?!\s+and\b)", re.I)  # not "me and my neighbours"
KIN = (r"(?:grand)?(?:mother|father|mom|mum|dad|parents?)|wife|husband|son|daughter|brother|sister|uncle|aunt|cousin|"
       r"nephew|niece|(?:boy|girl)friend|friend|fianc[ée]e?|kids|children|family|neighbou?r")
# a relative as the doer, right before the action: "my grandmother to", "her husband should", "our kids must"
KIN_DOER_RE = re.compile(r"\b(?:my|our|his|her|their|your)\s+(?:(?:late|own|elder|older|younger|little|big|best)\s+)?"
                         r"(?:" + KIN + r")\s+(?:(?:should|must|would|could|will|to|ought|needs?|had|has|have|better)\s+)"
                         r"{1,2}(?:\w+ly\s+)?(?:not\s+)?$", re.I)
KIN_KEYS = ("my ", "our ", "his ", "her ", "their ", "your ")
# the action inside a proviso: "provided they are willing to", "as long as the council agrees to"
PROVISO_RE = re.compile(r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as)\s+(?:that\s+)?(?:\w+\s+){1,4}?"
                        r"(?:is|are|was|were|be)\s+(?:\w+\s+)?(?:willing|ready|prepared|able)\s+to\s+$", re.I)


# a person's own vote: "caucus for Clinton", "vote against Trump" (a vote on a bill or a measure stays a course)
OWN_VOTE_RE = re.compile(r"^(?:vote|caucus|campaign)\s+(?:for|against)\s+(?:(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)*|him|her|them)$",
                         re.I)


# one's own body or appetites as the object: "bleach her hair", "lose weight", "repress some of our urges" (grooming,
# diet and self-control are a person's business, not a body's course; "throw its weight behind X" stays one)
BODILY_RE = re.compile(r"^\w+\s+(?:(?:some|all|many|most)\s+of\s+)?(?:her|his|their|your|my|our)\s+(?:own\s+|\w+\s+)?"
                       r"(?:hair|urges|appetites?|diet|waistline|make-?up|teeth|beard|moustache|mustache|nails)\b|"
                       r"^(?:lose|gain|shed|put\s+on)\s+(?:some\s+|the\s+|excess\s+|a\s+(?:lot|bit)\s+of\s+)?weight\b", re.I)
BODILY_KEYS = ("hair", "urge", "appetite", "diet", "waist", "make", "teeth", "beard", "stach", "nails", "weight")
# a guess at what someone wanted at the time: "both governments probably wanted to keep this air strike quiet"
SPECULATED_MOTIVE_RE = re.compile(r"\b(?:probably|presumably|perhaps|apparently|likely|doubtless|no\s+doubt)\s+"
                                  r"(?:wanted|wished|hoped|sought|preferred|intended|meant|tried)\s+to\s+$", re.I)


GUESS_KEYS = ("probably", "presumably", "perhaps", "apparently", "likely", "doubt")


def errand(text: str, s: int, hit: Hit, low: str) -> bool:
    """Whether the hit (in the sentence starting at `s`, lower-cased `low`) is a personal errand or a proviso,
    not a course of action argued for a body."""
    if " me" in low and FOR_ME_RE.search(hit.summary) or OWN_VOTE_RE.match(hit.summary):
        return True
    if any(k in low for k in BODILY_KEYS) and BODILY_RE.search(hit.summary):
        return True
    if any(k in low for k in GUESS_KEYS) and SPECULATED_MOTIVE_RE.search(text, max(s, hit.start - 60), hit.start):
        return True
    before = text[max(s, hit.start - 80):hit.start]
    if any(k in low for k in KIN_KEYS) and KIN_DOER_RE.search(before):
        return True
    return ("provid" in low or "long as" in low) and PROVISO_RE.search(before) is not None
