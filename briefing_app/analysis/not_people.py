"""Teams, festivals, bands and companies named like people ("the Seattle Seahawks" read as a person named
Seahawks; "Harbor Freightlines said it would buy ..."): made organisations before aliases and affiliations
are tied (analysis/org_coref.py)."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.org_fold import fold_first_words
from briefing_app.analysis.org_people import FIRM_WORDS
from briefing_app.core.model import Actor

FEATURES = frozenset("Sea Ocean Strait Straits Gulf River Canal Bay Mountains Desert Valley Islands Peninsula Basin".split())


# "Harbor Freightlines said on Monday it would buy ...": what a name "said" of itself as "it" is a body
SAID_IT_RE = re.compile(r"[ \t]+(?:said|says|announced|reported)\b[^.\n“\"]{0,30}?[ \t](?:it|its)[ \t]")


# "Bavarian Nordic, the Danish company that makes ...", "OVHcloud, the French hosting company": a body in apposition
APPOSITIVE_BODY_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:company|firm|group|maker|manufacturer|bank|"
                                r"lender|insurer|carrier|airline|retailer|start-?up|developer|producer|operator|chain|"
                                r"conglomerate|giant|charity|nonprofit|organi[sz]ation|union|utility|broadcaster|publisher)"
                                r"(?![\w-])(?![ \t]+(?:of|for)\b)")


TOLD_RE = re.compile(r"\b(?:told|(?:an[ \t]+)?interview[ \t]+with)[ \t]+$")


def _said_it(text: str, a: Actor) -> bool:
    return not a.title and any(SAID_IT_RE.match(text, m.end, m.end + 60) or text.startswith(",", m.end)
                               and APPOSITIVE_BODY_RE.match(text, m.end, m.end + 80) for m in a.mentions)


THE_BEFORE_RE = re.compile(r"(?<![\w-])[Tt]he\s+$")


def not_people(doc: Document) -> None:
    """Teams, festivals and bands named like people: no given name, and always "the X Y" or
    the organisation word of another's title ("Seahawks president Chuck Arnold")."""
    text = doc.actor_text
    made = False
    people = [a for a in doc.actors if a.kind == "person"]
    by_title_word: dict[str, list[Actor]] = {}  # people by their title's first word (a title only ever goes below)
    for o in people:
        if o.title and o.title.split():
            by_title_word.setdefault(o.title.split()[0], []).append(o)
    for a in people:
        words = a.name.split()
        if len(words) < 2 or sex_of(words[0]) is not None or words[-1] in FEATURES:
            continue  # ("the Red Sea": a place)
        # where the name itself starts ("the Refugee Council Enver Solomon": "the" goes with the council)
        full = [m.start + text[m.start:m.end].find(a.name) for m in a.mentions if a.name in text[m.start:m.end]]
        the = bool(full) and all(THE_BEFORE_RE.search(text[max(0, at - 4):at]) for at in full)
        heads = [o for o in by_title_word.get(words[-1], ()) if o is not a and o.title]
        if not (the or heads or words[-1] in FIRM_WORDS or _said_it(text, a)):
            continue
        a.kind, a.title, a.affiliation = "organization", None, None
        made = True
        for o in heads:
            o.affiliation = o.affiliation or a.name
    if made:  # ("Harbor's chief executive": the short name of the company just made)
        doc.actors = fold_first_words(doc.actors)
    told = [a for a in doc.actors if a.kind == "person" and len(a.mentions) == 1 and not a.title and not a.affiliation
            and TOLD_RE.search(text, max(0, a.mentions[0].start - 22), a.mentions[0].start)]
    if told:  # "told Al Jazeera", "in an interview with Al Arabiya": an outlet given a comment, no actor
        doc.actors = [a for a in doc.actors if not any(a is t for t in told)]
