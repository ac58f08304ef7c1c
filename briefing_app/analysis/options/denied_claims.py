"""A claim the text denies holds no position of the one it is about: "Rubio's claim that Cruz is in favor of legalizing
illegal immigrants is simply not true", "the false claim that the mayor supports a ban", "Allegations that the union
backed the strike were baseless". Cruz, the mayor and the union hold nothing there; the claimant asserted it and the text
says it is untrue (issue 14, the seventeenth session's optfix report). `denied_claims` gives the spans of such contents;
the options whose cue lies inside one are dropped."""
from __future__ import annotations

import re

CLAIM_NOUNS = (r"(?:claims?|allegations?|assertions?|suggestions?|charges?|accusations?|insinuations?|rumou?rs?|notion|idea|"
               r"reports?|talk)")
# the noun, its "that" and the content up to a verdict of untruth on it ("... is simply not true", "were baseless")
DENIED_AFTER_RE = re.compile(r"\b" + CLAIM_NOUNS + r"(?:\s+by\s+[^,;:]{1,60}?)?\s+that\s+(?P<content>[^;:]{3,300}?)[,\s]+"
                             r"(?:is|was|are|were|remains?)\s+[“\"‘']?(?:(?:simply|just|plainly|flatly|completely|totally|patently|"
                             r"demonstrably|also|equally)\s+)?(?:not\s+true|untrue|false|a\s+(?:lie|myth|fabrication)|"
                             r"baseless|unfounded|nonsense|absurd|ridiculous|misleading|inaccurate|wrong)\b", re.I)
# a claim called false before it: "the false claim that", "his bogus allegation that"
DENIED_BEFORE_RE = re.compile(r"\b(?:false|bogus|baseless|unfounded|absurd|ridiculous|spurious|debunked|untrue|discredited|"
                              r"misleading)\s+" + CLAIM_NOUNS + r"\s+that\s+(?P<content>[^;:.!?]{3,300})", re.I)
KEYS = ("claim", "allegation", "assertion", "suggestion", "charge", "accusation", "insinuation", "rumo", "notion", "idea",
        "report", "talk")


def denied_claims(text: str, s: int, e: int, low: str) -> list[tuple[int, int]]:
    """The spans of the contents of claims the sentence text[s:e] (low: lower-cased) denies."""
    if " that " not in low or not any(map(low.__contains__, KEYS)):
        return []
    return [m.span("content") for rx in (DENIED_AFTER_RE, DENIED_BEFORE_RE) for m in rx.finditer(text, s, e)]
