"""A city's government in local news: "Springfield Police Chief Raymond Ortiz", "Springfield
Mayor ...", "the Springfield City Council" name the city; when the text names exactly one such
city, its officials with a city title ("Mayor Dana Whitfield", "Police Chief") or described as
the city's ("the city's inspector general, Marcus Lee") who have no other affiliation belong to
it, and when the text comes back to it ("the city") it is an actor (a government) with that alias.
Likewise a governor or state legislator of a text that names one US state is that state's."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.descriptions import PLAIN
from briefing_app.analysis.document import Document
from briefing_app.analysis.names import STOP
from briefing_app.analysis.roles import MODIFIERS, ROLE_WORDS, US_STATE_NAMES
from briefing_app.core.model import Actor, Span

CITY_RE = re.compile(r"(?<![\w.’'-])(?P<city>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+"
                     r"(?=(?:Police|Fire|City Council|City Hall|City Manager|Mayor|Town Council|Public Schools)\b)")
THE_CITY_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+city(?![\w-])")
LOCAL_TITLE_RE = re.compile(r"(?:deputy |acting |interim |former )?(?:mayor|police chief|chief of police|fire chief|"
                            r"city manager|city attorney|city clerk|council ?(?:man|woman|member)|alderman|alderwoman)\b",
                            re.I)
CITYS_RE = re.compile(r"\bcity(?:’s|'s)[ \t]+[\w -]{1,40},[ \t]+$")  # "the city's inspector general, Marcus Lee"


def _a_city(words: str) -> bool:
    first = words.split()[0].lower()
    return not (first in STOP or first.endswith(("ed", "ing")) or first in PLAIN or first in ROLE_WORDS or first in MODIFIERS or words in US_STATE_NAMES
                or gazetteer.lookup(words))


def cities(doc: Document) -> None:
    text = doc.actor_text
    found: dict[str, list[Span]] = {}
    for m in CITY_RE.finditer(text):
        words, start = m.group("city"), m.start("city")
        if " " in words and not _a_city(words):  # "Embattled Springfield Police Chief"
            start += words.index(" ") + 1
            words = words.split()[1]
        if _a_city(words):
            found.setdefault(words, []).append(Span(start, start + len(words)))
    if len(found) != 1 or any(a.name in found for a in doc.actors):
        return
    name, spans = next(iter(found.items()))
    city = Actor(name, "government", mentions=spans)
    for m in THE_CITY_RE.finditer(text, spans[0].start):
        city.mentions.append(Span(m.start(), m.end()))
        if "the city" not in city.aliases:
            city.aliases.append("the city")
    if len(city.mentions) > 1:  # named once and never again as "the city": a place, not an actor
        doc.actors.append(city)
    for person in doc.actors:
        if person.kind != "person" or person.affiliation or not person.mentions:
            continue
        first = person.mentions[0]
        if LOCAL_TITLE_RE.match(person.title or "") or any(first.start - 30 <= s.start < first.end for s in spans) \
                or any(CITYS_RE.search(text, max(0, m.start - 60), m.start) for m in person.mentions):
            person.affiliation = name
            if person.title and f"{name} " in person.title:  # "Springfield Police Chief" -> "Police Chief"
                person.title = person.title.split(f"{name} ", 1)[1]


STATE_TITLE_RE = re.compile(r"(?:former |acting )?(?:Governor|Gov\.|Lt\. Governor|Lieutenant Governor|State Senator|"
                            r"State Sen\.|State Representative|State Rep\.|state senator|state representative|"
                            r"Assemblyman|Assemblywoman|state attorney general|State Attorney General)\b")
STATE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, US_STATE_NAMES), key=len, reverse=True)) + r")(?![\w-])")


def states(doc: Document) -> None:
    """A governor or state legislator with no affiliation, in a text that names one US state
    only (and no other country's officials' titles of that kind), is that state's."""
    named = {m.group() for m in STATE_RE.finditer(doc.actor_text)} - {"Washington", "Georgia"}
    if len(named) != 1:
        return
    state = next(iter(named))
    for person in doc.actors:
        if person.kind == "person" and not person.affiliation and STATE_TITLE_RE.match(person.title or ""):
            person.affiliation = state


__all__ = ["cities", "states"]
