"""A course denied the effect its backers claim: "Far from solving the shortage, rent control would make it worse", "Far
from easing congestion, a new motorway would only add traffic" (the author's opposition), and its mirror, "Far from
destroying jobs, a higher minimum wage would boost spending" (the author's support). The gerund after "Far from" says
which: a good effect denied (solving, easing, helping) is a course that fails; a harm denied (destroying, hurting) is a
course defended. The course is the main clause's subject, a gerund or a policy noun ("rent control", "a new motorway"),
before a modal; a subject that points back ("it", "this") or a clause with no modal (a past told: "Far from ending the
war, the strikes prolonged it") gives none."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import keys, words_in
from briefing_app.analysis.options.verdict_subject import subject_hit

GOOD_DENIED = (r"solving|easing|helping|fixing|ending|reducing|cutting|curbing|lowering|improving|protecting|saving|"
               r"creating|boosting|strengthening|restoring|preventing|stopping|deterring|promoting|advancing|lifting|"
               r"bringing|making\s+(?:\w+\s+){0,3}?(?:safer|better|easier|cheaper|fairer)")
BAD_DENIED = (r"destroying|hurting|harming|damaging|killing|costing|wrecking|weakening|undermining|raising\s+(?:\w+\s+)?"
              r"(?:prices|costs|rents)|driving\s+up|crippling|ruining|threatening|endangering")
FAR_FROM_RE = re.compile(r"\s*[\"“‘]?(?:(?:But|And|Yet|So)\s+)?[Ff]ar\s+from\s+(?:(?P<good>" + GOOD_DENIED + r")|(?P<bad>"
                         + BAD_DENIED + r"))\b[^,;:.!?]{0,120},\s+")
# the modal that ends the course's subject ("rent control would", "a new motorway will only")
MODAL_RE = re.compile(r"\s(?:would|will|could|can|may|might)\b")
FAR_CUES = ("far from",)
FAR_KEYS = keys(*FAR_CUES)


def far_from_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """The course of a sentence text[s:e] (lower-cased `low`) opening "Far from <gerund> ..., <course> would ...",
    judged (module doc)."""
    m = FAR_FROM_RE.match(text, s, e) if not FAR_KEYS.isdisjoint(words_in(low)) else None
    if m is None:
        return []
    modal = MODAL_RE.search(text, m.end(), min(e, m.end() + 80))
    if modal is None:
        return []
    hit = subject_hit(text, m.end(), modal.start(), "oppose" if m.group("good") else "support", any_stance_nouns=True)
    if hit is None:
        return []
    hit.author = True
    return [hit]
