"""A holder described by a noun of position: "Ted is a supporter of legalizing people ...", "he is a staunch supporter
of gun-control laws", "she has been the leading proponent of a carbon tax", "X is an opponent of the merger": the
subject's position on the course named after "of"/"for" (read as a call's noun phrase: a measure, an act of doing, a
gerund; not a person, a campaign or a value: "a supporter of Donald Trump", "a champion of working people"). Told in
the past ("was", "had been") it is history; "as a champion of" casts someone, no position held."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.phrases import summary

SUPPORTER_RE = re.compile(r"\b(?:is|are|[’']s|(?:has|have)\s+(?:long\s+|always\s+)?been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:(?P<pro>supporter|proponent|advocate|champion|backer)|(?P<con>opponent))\s+(?:of|for)\s+(?=\w)")
KEYS = keys("supporter", "proponent", "advocate", "champion", "backer", "opponent")
# a participle before a noun, no gerund of a course: "a champion of working people", "an advocate for developing nations"
ADJECTIVAL_RE = re.compile(r"(?:working|ruling|leading|growing|existing|emerging|developing|governing|founding|sitting|voting|"
                           r"ageing|aging|struggling|suffering|grieving|rising|everyday)\s", re.I)
# where the course named ends when the phrase ran on: a comparison, or a second verb of the subject's
TAIL_RE = re.compile(r"\s+(?:than\b|(?:and|but)\s+(?:has|have|had|is|was|wrote|made|gave|took|said|[a-z]+ed)\b)")


def supporter_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Positions told by a noun of position in the sentence text[s:e] (low: lower-cased)."""
    if not holds_any(low, KEYS):
        return []
    out: list[Hit] = []
    for m in SUPPORTER_RE.finditer(text, s, e):
        if ADJECTIVAL_RE.match(text, m.end()):
            continue
        hit = np_hit(text, m.end(), e, "support" if m.group("pro") else "oppose", m.start())
        if hit is None:
            continue
        hit.reported = True  # the subject's position (in a quotation, as its other courses, the speaker's), never the author's
        cut = TAIL_RE.search(text, hit.start, hit.end)
        if cut is not None:  # "a proponent of gun control than many Democrats", "of trade deals and wrote legislation"
            hit.end, hit.summary = cut.start(), summary(text[hit.start:cut.start()], verb_first=False)
        out.append(hit)
    return out
