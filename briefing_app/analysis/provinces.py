"""Provinces and states outside the United States in English news ("Ontario Finance Minister Peter Bethlenfalvy",
"Premier Doug Ford", "the province"): when the text names exactly one of them, an official whose title opens with
its name, a premier or a provincial legislator with no other affiliation belongs to it; a body named after it is
its; and when the text comes back to it ("the province", "the state") it is an actor (a government)."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.occurrences import whole_word
from briefing_app.core.model import Actor, Span

# Canada's provinces and territories, Australia's states (not "Victoria", far more often a name)
PROVINCES = ("Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
             "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "Yukon", "Nunavut",
             "Northwest Territories", "New South Wales", "Queensland", "Western Australia", "South Australia", "Tasmania")
# a provincial office held without another affiliation: the one province's
PROVINCIAL_TITLE_RE = re.compile(r"(?:former |acting |interim )?(?:Premier|Deputy Premier|MPP|MLA|MNA|provincial [a-z ]+)$")
THE_PROVINCE_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(province|state)(?![\w-])")


def provinces(doc: Document) -> None:
    text = doc.actor_text
    named = [p for p in PROVINCES if p in text and any(True for _ in whole_word(text, p))]
    for actor in doc.actors if len(named) > 1 else ():  # "Ontario Premier Doug Ford" beside Alberta's premier
        own = next((p for p in named if (actor.title or "").startswith(p + " ")), None)
        if actor.kind == "person" and own and not actor.affiliation:
            actor.title, actor.affiliation = actor.title[len(own) + 1:] if actor.title else None, own
    if len(named) != 1:
        return
    name = named[0]
    for actor in doc.actors:
        if actor.kind == "person" and actor.title and actor.title.startswith(name + " ") and not actor.affiliation:
            actor.title, actor.affiliation = actor.title[len(name) + 1:], name  # "Ontario Finance Minister" -> Ontario's
        elif actor.kind == "person" and not actor.affiliation and actor.title \
                and PROVINCIAL_TITLE_RE.match(actor.title.split(";")[0].strip()):
            actor.affiliation = name  # "Premier Doug Ford"
        elif actor.kind == "organization" and not actor.affiliation and actor.name.startswith(name + " "):
            actor.affiliation = name  # "Ontario Energy Board"
    if any(a.name == name for a in doc.actors):
        return
    spans = [Span(a, b) for a, b in whole_word(text, name)]
    backs = [m for m in THE_PROVINCE_RE.finditer(text, spans[0].start)
             if m.group(1) == ("state" if name in PROVINCES[13:] else "province")]
    if backs:  # named and come back to: a government of the text, not only a place
        province = Actor(name, "government", aliases=[backs[0].group()[0].lower() + backs[0].group()[1:]],
                         mentions=sorted([*spans, *(Span(m.start(), m.end()) for m in backs)], key=lambda s: s.start))
        doc.actors.append(province)


__all__ = ["PROVINCES", "provinces"]
