"""A claim the text denies holds no position of the one it is about: "Rubio's claim that Cruz is in favor of legalizing
illegal immigrants is simply not true", "the false claim that the mayor supports a ban", "Allegations that the union
backed the strike were baseless". Cruz, the mayor and the union hold nothing there; the claimant asserted it and the text
says it is untrue (issue 14, the seventeenth session's optfix report). `denied_claims` gives the spans of such contents;
the options whose cue lies inside one are dropped. A course the denied claim states ("Critics' claim that the council
should ban diesel cars is wrong") is no position of the claimant's and, when the claim is the author's subject (no verb of
saying before it), the author's opposite side; the verdict on the claim is no course of its own ("Impose the council
should ban diesel cars", eighteenth session): `denied_courses`."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit

CLAIM_NOUNS = (r"(?:claims?|allegations?|assertions?|suggestions?|charges?|accusations?|insinuations?|rumou?rs?|notion|idea|"
               r"reports?|talk|beliefs?|views?|assumptions?|arguments?|contentions?|theory|premise)")
# the noun, its "that" and the content up to a verdict of untruth on it ("... is simply not true", "were baseless")
DENIED_AFTER_RE = re.compile(r"\b" + CLAIM_NOUNS + r"(?:\s+by\s+[^,;:]{1,60}?)?\s+that\s+(?P<content>[^;:]{3,300}?)[,\s]+"
                             r"(?:is|was|are|were|remains?)\s+[“\"‘']?(?:(?:simply|just|plainly|flatly|completely|totally|patently|"
                             r"demonstrably|also|equally)\s+)?(?:not\s+true|untrue|false|a\s+(?:lie|myth|fabrication)|"
                             r"baseless|unfounded|nonsense|absurd|ridiculous|misleading|inaccurate|wrong|mistaken|misguided|flawed)\b", re.I)
# a claim called false before it: "the false claim that", "his bogus allegation that"
DENIED_BEFORE_RE = re.compile(r"\b(?:false|bogus|baseless|unfounded|absurd|ridiculous|spurious|debunked|untrue|discredited|"
                              r"misleading)\s+" + CLAIM_NOUNS + r"\s+that\s+(?P<content>[^;:.!?]{3,300})", re.I)
# a claim its subject denies or rejects: "Lopez denied reports that she backs a ban", "the Greens dismissed claims that",
# "Lopez denied that she backs a ban" (the claim's content is no position of hers)
DENIED_BY_VERB_RE = re.compile(r"\b(?:(?:denied|denies|deny|denying)\s+(?:(?:the|any|all|those|these|such)\s+)?(?:" + CLAIM_NOUNS
                               + r"\s+)?|(?:dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es?)|disput(?:ed|es?)|debunk(?:ed|s)?)\s+"
                               r"(?:(?:the|any|all|those|these|such)\s+)?" + CLAIM_NOUNS + r"\s+)that\s+(?P<content>(?:(?!,\s+(?:but|yet|while|and\s+(?:she|he|they|it)|adding)\b)[^;:.!?]){3,300})",
                               re.I)
KEYS = ("claim", "allegation", "assertion", "suggestion", "charge", "accusation", "insinuation", "rumo", "notion", "idea",
        "report", "talk", "deni", "deny", "belie", "view", "assum", "argument", "contention", "theory", "premise")


def denied_claims(text: str, s: int, e: int, low: str) -> list[tuple[int, int]]:
    """The spans of the contents of claims the sentence text[s:e] (low: lower-cased) denies or reports denied."""
    if " that " not in low or not any(map(low.__contains__, KEYS)):
        return []
    return [m.span("content") for rx in (DENIED_AFTER_RE, DENIED_BEFORE_RE, DENIED_BY_VERB_RE) for m in rx.finditer(text, s, e)]


SAID_BEFORE_RE = re.compile(r"\b(?:said|says|say|argued|argues|wrote|writes|told|insisted|insists|added|noted|believes?|thinks?)\b")
SIDES = {"support": "oppose", "oppose": "support"}


def denied_courses(text: str, s: int, hits: list[Hit], denied: list[tuple[int, int]], calls: list[bool]) -> list[Hit]:
    """The hits of the sentence starting at s, given the spans of its denied claims' contents: a call or position verb
    inside one (calls[i]: hits[i]'s cue is such a verb) holds nothing; a verdict after one that reads the claim or its
    content as its course ("X's claim that the council should ban cars is wrong": "Impose the council should ban cars")
    is dropped; a course stated inside one is no one's position but, with the claim as the sentence's own subject, the
    author's opposite side ("Ban diesel cars", oppose)."""
    out: list[Hit] = []
    for hit, call in zip(hits, calls):
        inside = next(((a, b) for a, b in denied if a <= hit.at < b), None)
        if inside is not None and call:
            continue  # "Rubio's claim that Cruz is in favor of X is not true": no position of Cruz's
        if inside is None and any(hit.at >= b and hit.start < b and hit.end > a for a, b in denied):
            continue  # "... claim that the council should ban diesel cars is wrong": the verdict judges the claim
        if inside is not None and hit.stance in SIDES:
            if hit.end > inside[1] or SAID_BEFORE_RE.search(text, s, inside[0]) is not None:
                continue  # "Lopez said the critics' claim that X is wrong": Lopez's verdict, no course of anyone's; a
                # phrase running over the verdict ("Ban diesel cars is wrong")
            hit.who, hit.reported, hit.person = None, False, False  # the claimant's words, denied: not its position
            hit.stance, hit.author, hit.at = SIDES[hit.stance], True, s  # the author calls it wrong (its cue the
            # sentence's start: outside the claim, which the reported-speech spans give the claimant)
        out.append(hit)
    return out
