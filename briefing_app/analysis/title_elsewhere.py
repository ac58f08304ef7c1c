"""A title an English text gives a person before it names them: "The prime minister said on Friday that ...
Speaking in Kent, Keir Starmer said ..." (a leader's description no one named before fits, then, in that
paragraph or the next, the first person named who has no title of their own), and "the chancellor, Rachel
Reeves," (the description in apposition right before the name). The description becomes the person's alias
and mention, and their title when they have none. Run before coref.description_aliases, which ties the
descriptions after a name to it by the title."""
from __future__ import annotations

import re

from briefing_app.analysis.descriptions import fits
from briefing_app.analysis.document import Document
from briefing_app.core.model import Actor, Span

# the offices a text names alone for the one person who holds them ("the prime minister", "the foreign secretary")
PORTFOLIOS = ("foreign home defence defense health finance interior justice trade education transport energy environment "
              "business culture housing labour labor economy agriculture").split()
OFFICES = ("prime minister", "president", "vice president", "chancellor", "premier", "taoiseach", "governor", "mayor",
           "secretary of state", "chief executive", "attorney general", "speaker",
           *(f"{portfolio} {office}" for portfolio in PORTFOLIOS for office in ("secretary", "minister")))
# (the pattern opens with the literal "he ", which the regex engine finds fast; the "T" or "t" is checked behind it)
OFFICE_RE = re.compile(r"he (?<![\w’'.-][Tt]he )(?<=[Tt]he )(?P<title>(?:(?:former|new|deputy|acting)[ \t]+)?(?:"
                       + "|".join(sorted(OFFICES, key=len, reverse=True)).replace(" ", r"[ \t]+") + r"))(?![\w-])")
APPOSITION_RE = re.compile(r",[ \t]+")
OTHER_OFFICES = ("shadow ", "former ", "deputy ", "vice ")


def titles_elsewhere(doc: Document) -> None:
    people = [a for a in doc.actors if a.kind == "person" and a.mentions]
    text = doc.actor_text
    if not people:
        return
    firsts = sorted((min(m.start for m in p.mentions), i) for i, p in enumerate(people))
    for m in OFFICE_RE.finditer(text):
        title = " ".join(m.group("title").split()).lower()
        if any(fits(title, p.title, p.affiliation) and start < m.start() for start, i in firsts
               if (p := people[i]).title):
            continue  # the office of someone named before ("the president" of President Trump): coref's
        nxt = next(((start, people[i]) for start, i in firsts if start > m.end()), None)
        if nxt is None:
            continue
        start, person = nxt
        if APPOSITION_RE.fullmatch(text, m.end(), start):  # "the chancellor, Rachel Reeves,"
            _alias(person, text, m.start() - 1, m.end(), title)
        elif not person.title and text.count("\n\n", m.end(), start) <= 1 and _named_in_full(person, text, start) \
                and not any(p.title and fits(title, p.title, p.affiliation) and not p.title.startswith(OTHER_OFFICES)
                            for p in people):  # (the shadow health secretary holds no office "the health secretary" names)
            _alias(person, text, m.start() - 1, m.end(), title)  # "The prime minister said ... Keir Starmer said"


def _named_in_full(person: Actor, text: str, start: int) -> bool:
    """Is the person's first mention their whole name ("Keir Starmer", not "Starmer")?"""
    return len(person.name.split()) > 1 and text.startswith(person.name, start)


def _alias(person: Actor, text: str, start: int, end: int, title: str) -> None:
    alias = text[start:end]
    alias = alias[0].lower() + alias[1:]
    if alias not in person.aliases:
        person.aliases.append(alias)
    if not any(m.start == start for m in person.mentions):
        person.mentions.append(Span(start, end))
    person.title = person.title or title


__all__ = ["titles_elsewhere"]
