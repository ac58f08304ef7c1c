"""Provinces and states outside the United States in English news ("Ontario Finance Minister Peter Bethlenfalvy",
"Premier Doug Ford", "the province"): when the text names exactly one of them, an official whose title opens with
its name, a premier or a provincial legislator with no other affiliation belongs to it, and so does someone the text
calls "the province's" ("The province's auditor general, Shelley Spence"; an Australian state's "The state's health
minister, X", which local.states leaves as "state" in a text of no US state); a body named after it is its; and when
the text comes back to it ("the province", "the state") it is an actor (a government)."""
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
AUSTRALIAN = PROVINCES[13:]  # (states: "the state", not "the province")
PROVINCES_OWN = ("province's ", "province’s ")  # a title the description kept its owner in ("province's auditor general")


def named_in(text: str) -> list[str]:
    """The provinces and states of the list that the text names."""
    return [p for p in PROVINCES if p in text and any(True for _ in whole_word(text, p))]


def provinces(doc: Document) -> None:
    text = doc.actor_text
    named = named_in(text)
    _theirs(doc.actors, named)
    if "’s " in text or "'s " in text:
        _possessed_posts(text, doc.actors)
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


# a state's or province's possessive right before a government post and the name ("Victoria's Treasurer Jaclyn Symes",
# "Ontario's Finance Minister X"; "Victoria" too, which is read as a given name elsewhere: a given name's possessive
# before a government post is rare)
POSSESSED_POST_RE = re.compile(r"(?<![\w-])(?P<place>" + "|".join(sorted((*PROVINCES, "Victoria"), key=lambda p: (-len(p), p)))
                               + r")(?:’s|'s)[ \t]+(?:[A-Z][\w-]*,?[ \t]+){0,3}$")
GOVERNMENT_POSTS = frozenset("premier treasurer minister attorney-general secretary speaker auditor-general ombudsman".split())


def _possessed_posts(text: str, actors: list[Actor]) -> None:
    """A person with a government post named right after a state's or province's possessive is that state's (over the
    country a later pass gave from the text's one country)."""
    for actor in actors:
        post = (actor.title or "").split(";")[0].split()[-1:]
        if actor.kind != "person" or not post or post[0].lower() not in GOVERNMENT_POSTS:
            continue
        for span in actor.mentions:
            given = text.find(actor.name.split()[0], span.start, span.end)  # (a mention may hold the title: "Treasurer
            at = given if given != -1 else span.start  # Jaclyn Symes")
            m = POSSESSED_POST_RE.search(text, max(0, at - 50), at)
            if m:
                actor.affiliation = m.group("place")
                break


def _theirs(actors: list[Actor], named: list[str]) -> None:
    """Someone the text calls the province's or (Australia) the state's: the one province or state it names of that kind
    ("The province's finance minister, X" in an Ontario story); none when it names none or several."""
    for actor in actors:
        if actor.kind != "person":
            continue
        own = actor.affiliation == "state" or not actor.affiliation and (actor.title or "").startswith(PROVINCES_OWN)
        if not own:
            continue
        kind = [p for p in named if (p in AUSTRALIAN) == (actor.affiliation == "state")]
        actor.affiliation = kind[0] if len(kind) == 1 else None
        if actor.title and actor.title.startswith(PROVINCES_OWN):
            actor.title = actor.title[len(PROVINCES_OWN[0]):] or None


__all__ = ["AUSTRALIAN", "PROVINCES", "named_in", "provinces"]
