"""Measures someone is said to talk about doing, a proposal in news usage: "Rubio has talked about embedding Special
Operations troops with Iraqi soldiers", "Trump is talking about deporting millions of undocumented immigrants", "He's
talking about breaking up our alliances, letting more countries get nuclear weapons, banning all Muslims" (a list: one
each). The talker's position (`Hit.reported`: never the author's); only a gerund of a policy verb the concrete-action test
accepts ("talks about growing up in Buffalo", "talked about moving on" are no course)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import gerund_hit
from briefing_app.analysis.options.coordinated import LIST_VERBS
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.phrases import base_form

# "talk(s/ed/ing) about" + a gerund, not "talks about ..." as a noun ("in talks about endorsing Clinton": negotiations)
TALK_RE = re.compile(r"(?<![\w-])(?<!\bin\s)(?<!\bthe\s)talk(?:s|ed|ing)?\s+about\s+(?=[a-z]+ing\b)")
# what a government does: the list verbs and a few more ("talks about growing up", "moving on" are no course)
TALK_VERBS = LIST_VERBS | frozenset("bar embed break use rush bring put keep send station".split())
# a question or an answer about it, no proposal: "asked about", "Anyone who talks about dividing people ... is a threat"
ANYONE_RE = re.compile(r"\b(?:[Aa]nyone|[Aa]nybody|[Ww]hoever|[Nn]o\s+one|[Nn]obody|[Ee]veryone)\s+(?:who\s+)?$")


def talk_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Courses the sentence text[s:e] (lower-cased: low) says someone talks about doing."""
    if "talk" not in low or " about " not in low:
        return []
    out: list[Hit] = []
    for m in TALK_RE.finditer(text, s, e):
        if ANYONE_RE.search(text, max(s, m.start() - 30), m.start()):
            continue
        verb = base_form(text[m.end():e].split(" ", 1)[0].lower())
        hit = gerund_hit(text, m.end(), e, "support", m.start()) if verb in TALK_VERBS else None
        if hit is not None:
            hit.reported = True
            out.append(hit)
    return out
