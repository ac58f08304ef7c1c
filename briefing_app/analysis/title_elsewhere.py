"""A title an English text gives a person before it names them: "The prime minister said on Friday that ...
Speaking in Kent, Keir Starmer said ..." (a leader's description no one named before fits, then, in that
paragraph or the next, the first person named who has no title of their own), and "the chancellor, Rachel
Reeves," (the description in apposition right before the name). The description becomes the person's alias
and mention, and their title when they have none. Run before coref.description_aliases, which ties the
descriptions after a name to it by the title."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis import gazetteer
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
_OFFICE_ALTS = "|".join(sorted(OFFICES, key=len, reverse=True)).replace(" ", r"[ \t]+")
# "Hungary's prime minister dropped his threat ... Viktor Orban, who had blocked ...": a country's office (each pattern
# opens with the literal possessive, which the regex engine finds fast; the country's word is read behind it)
POSSESSED_OFFICE_RES = tuple(re.compile(apostrophe + r"s (?P<title>" + _OFFICE_ALTS + r")(?![\w-])(?![ \t]*,)")
                             for apostrophe in ("'", "’"))
POSSESSIVE_RE = re.compile(r"s (?<=['’]s )")  # (the literal "s " first: ~5x faster than two 'in' tests on Cyrillic text)
COUNTRY_BEFORE_RE = re.compile(r"(?<![\w’'-])[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?\Z")
APPOSITION_RE = re.compile(r",[ \t]+")
OTHER_OFFICES = ("shadow ", "former ", "deputy ", "vice ")


def titles_elsewhere(doc: Document) -> None:
    text = doc.actor_text
    people: list[Actor] = []
    firsts: list[tuple[int, int]] = []
    for n, m in enumerate(OFFICE_RE.finditer(text)):
        if n == 0:  # the people are listed once an office is found (none in most texts, in a Russian or Korean one)
            people = _people(doc)
            if not people:
                return
            firsts = _firsts(people)
        title = " ".join(m.group("title").split()).lower()
        k = bisect.bisect_right(firsts, (m.end(), len(people)))  # (the people named first after the office)
        if any((p := people[i]).title and fits(title, p.title, p.affiliation) for _, i in firsts[:k]):
            continue  # the office of someone named before ("the president" of President Trump): coref's
        if k == len(firsts):
            continue
        start, person = firsts[k][0], people[firsts[k][1]]
        if APPOSITION_RE.fullmatch(text, m.end(), start):  # "the chancellor, Rachel Reeves,"
            _alias(person, text, m.start() - 1, m.end(), title)
        elif not person.title and text.count("\n\n", m.end(), start) <= 1 and _named_in_full(person, text, start) \
                and _ahead_of_its_name(text, m, start) \
                and not any(p.title and fits(title, p.title, p.affiliation) and not p.title.startswith(OTHER_OFFICES)
                            for p in people):  # (the shadow health secretary holds no office "the health secretary" names)
            _alias(person, text, m.start() - 1, m.end(), title)  # "The prime minister said ... Keir Starmer said"
    if POSSESSIVE_RE.search(text) is not None:  # what countries_offices' patterns open with
        if not people:
            people = _people(doc)
            if not people:
                return
            firsts = _firsts(people)
        countries_offices(doc, people, firsts)


# what keeps an office from naming a holder named after it: a "former" one (someone known: "the former secretary of
# state's server"), an office followed by "of", a possessive or a stop ("the president of production", "the
# president's beliefs"), a tag right after a quotation ('"Is it over?" the mayor asked': someone the reader knows);
# and a name after a possessive ("Germany's Angela Merkel") or in the office's own sentence ("the president told The
# Atlantic's Jeffrey Goldberg")
NOT_AHEAD_AFTER_RE = re.compile(r"(?:[’']s\b|[ \t]+(?:of|in|and|or|to|for|at|on|with|who|whose|from)\b|[ \t]*[^\w \t])")
QUOTE_TAG_BEFORE_RE = re.compile(r"[,?!—-][ \t]*(?:[”\"’]|'')[ \t]*$")
SENTENCE_BETWEEN_RE = re.compile(r"[.!?][”\"’']?\s+\S")


def _ahead_of_its_name(text: str, m: re.Match[str], start: int) -> bool:
    """Can the office found by m name the person first named at start, after it ("The prime minister said on Friday
    that ... ¶ Speaking in Kent, Keir Starmer said")?"""
    return not m.group("title").startswith("former") and not NOT_AHEAD_AFTER_RE.match(text, m.end()) \
        and not QUOTE_TAG_BEFORE_RE.search(text, max(0, m.start() - 8), m.start() - 1) \
        and not text.startswith(("’s ", "'s "), start - 3) and SENTENCE_BETWEEN_RE.search(text, m.end(), start + 1) is not None


def _people(doc: Document) -> list[Actor]:
    return [a for a in doc.actors if a.kind == "person" and a.mentions]


def _firsts(people: list[Actor]) -> list[tuple[int, int]]:
    """Where each person is first named, and their index, in order."""
    return sorted((min(m.start for m in p.mentions), i) for i, p in enumerate(people))


def countries_offices(doc: Document, people: list[Actor], firsts: list[tuple[int, int]]) -> None:
    """'Hungary's prime minister' before the country's holder is named: the first person named in full after it,
    within two paragraphs, with no title and no other country, when no one else holds that office there."""
    text = doc.actor_text
    for rx, apostrophe in zip(POSSESSED_OFFICE_RES, ("'", "’")):
        for m in rx.finditer(text) if apostrophe + "s " in text else ():
            who = COUNTRY_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            hit = gazetteer.lookup(who.group()) if who else None
            if who is None or hit is None or hit[1] != "country":
                continue
            title = " ".join(m.group("title").split()).lower()
            if any(p.affiliation == hit[0] and p.title and fits(title, p.title, p.affiliation) for p in people):
                continue  # the office of someone named with it already
            later = [(start, people[i]) for start, i in firsts[bisect.bisect_right(firsts, (m.end(), len(people))):]
                     if not people[i].title and people[i].affiliation in (None, hit[0])
                     and _named_in_full(people[i], text, start)]
            if later and text.count("\n\n", m.end(), later[0][0]) <= 2:
                person = later[0][1]
                _alias(person, text, who.start(), m.end(), title)
                person.affiliation = hit[0]


def _named_in_full(person: Actor, text: str, start: int) -> bool:
    """Is the person's first mention their whole name ("Keir Starmer", not "Starmer")?"""
    return len(person.name.split()) > 1 and text.startswith(person.name, start)


def _alias(person: Actor, text: str, start: int, end: int, title: str) -> None:
    alias = text[start:end]
    alias = alias[0].lower() + alias[1:] if alias.startswith("The ") else alias
    if alias not in person.aliases:
        person.aliases.append(alias)
    if not any(m.start == start for m in person.mentions):
        person.mentions.append(Span(start, end))
    person.title = person.title or title


__all__ = ["countries_offices", "titles_elsewhere"]
