"""The United Nations named only as the parent of one of its agencies: "The U.N. World Food Programme said", "The United
Nations' Food and Agriculture Organization said", "The United Nations refugee agency, UNHCR, said", "The U.N. nuclear
watchdog's board". The agency acts, and the UN is its affiliation, not an actor of its own (as a country named only
inside another's name is none); a UN that acts or has its own office holder ("UN Secretary-General Antonio Guterres",
"the U.N. said") stays. An agency named with the prefix goes by its own name where that name stands alone ("World Food
Programme", alias "U.N. World Food Programme"; not "UN Office on Drugs and Crime")."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor

UN = "United Nations"
UN_FORMS = frozenset(("United Nations", "U.N.", "UN"))
# what follows the UN's word when it only names an agency's parent: a possessive perhaps, then another body's name
# (checked against the actors' mentions) or an agency's common noun after at most three lower-case words ("refugee
# agency", "nuclear watchdog", "food aid arm", "children's fund")
AFTER_RE = re.compile(r"(?:['’]s?)?[ \t]+")
AGENCY_RE = re.compile(r"(?:[a-z][\w'’-]*[ \t]+){0,3}(?:agency|agencies|watchdog|body|organi[sz]ation|programme|program|fund|"
                       r"arm|mission|bodies)\b")  # (not a sub-unit's noun: "The United Nations' human rights office said" is
# the UN acting, its office no actor of its own, lower_bodies.fold_sub_units)
# "U.N. World Food Programme": the prefix and a name of two capitalised words or more
PREFIXED_RE = re.compile(r"(?:U\.N\.|UN|United Nations)[ \t]+(?P<rest>[A-Z][\w'’-]*(?:[ \t]+(?:of|on|for|and|the|[A-Z][\w'’-]*))*"
                         r"[ \t]+[A-Z][\w'’-]*)$")


def _names_an_agency(text: str, end: int, starts: frozenset[int], others: SpanReach, start: int) -> bool:
    """Does the UN's word at start..end only name the parent of the body after it (or of the body whose name holds it)?"""
    if others.holds(start, end):
        return True  # ("U.N. World Food Programme" found whole)
    after = AFTER_RE.match(text, end)
    if after is None:
        return False
    return after.end() in starts or AGENCY_RE.match(text, after.end()) is not None


def parent_only(text: str, actor: Actor, actors: list[Actor]) -> bool:
    """Is this the UN named only as its agencies' parent (see the module's docstring), one of them an actor of the UN's?"""
    if actor.name != UN or not actor.mentions or any(text[m.start:m.end] not in UN_FORMS for m in actor.mentions):
        return False
    bodies = [a for a in actors if a is not actor and a.kind != "person"]
    if not any(a.affiliation == UN for a in bodies):
        return False  # (no agency of its own in the list: the UN is the one acting)
    starts = frozenset(m.start for a in bodies for m in a.mentions)
    others = SpanReach((m.start, m.end) for a in bodies for m in a.mentions)
    return all(_names_an_agency(text, m.end, starts, others, m.start) for m in actor.mentions)


def prefixed_names(doc: Document) -> None:
    """'U.N. World Food Programme' -> 'World Food Programme', of the United Nations, the prefixed name an alias."""
    actors = doc.actors
    gone: list[Actor] = []
    for org in actors:
        if org.kind != "organization" or not org.name.startswith(("U.N. ", "UN ")):
            continue
        m = PREFIXED_RE.match(org.name)
        if m is None or not m.group("rest").startswith(("World ", "International ")):
            continue  # (only a name that stands alone without the prefix: not a principal organ, "UN Security Council",
            # nor one whose full name holds the UN's, "UN Office on Drugs and Crime", "United Nations Children's Fund")
        old, rest = org.name, m.group("rest")
        same = next((a for a in actors if a.name == rest and a.kind == "organization"), None)
        if same is not None:  # (the text names it both ways: one actor)
            same.mentions = sorted({(s.start, s.end): s for s in [*same.mentions, *org.mentions]}.values(),
                                   key=lambda s: s.start)
            same.aliases += [a for a in [old, *org.aliases] if a not in same.aliases and a != rest]
            same.affiliation = same.affiliation or org.affiliation or UN
            gone.append(org)
        else:
            org.name = rest
            org.affiliation = org.affiliation or UN
            org.aliases = [old, *(a for a in org.aliases if a not in (old, rest))]
        for a in actors:
            if a.affiliation == old:
                a.affiliation = rest
    if gone:
        doc.actors = [a for a in actors if all(a is not g for g in gone)]
