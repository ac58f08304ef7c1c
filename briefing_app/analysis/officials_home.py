"""The country of a national official the text names by title alone, when neither the dateline nor
the country's adjective says it: the one country (or national body, "The White House said President
Donald Trump's envoy ...") named in the sentence that names the official in full, else in the sentence
before it in the paragraph ("Canada is watching closely. Prime Minister Mark Carney's trade minister
..."), else the one country of a text with no American context ("Prime Minister Keir Starmer should
keep that promise" in a British op-ed); a national body ("... Regulation Authority") of such a text is that country's."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.owners import sentence_start
from briefing_app.analysis.roles import ROLE_WORDS
from briefing_app.analysis.us_officials import (FEATURE_AFTER_RE, GOAL_BEFORE_RE, LOCAL_BODY_RE, NATIONAL_BODY_RE,
                                                NATIONAL_TITLE_RE, STATE_BODY_RE, US_TITLE_RE, american)
from briefing_app.core.model import Actor


# "... said Poland's farm minister": a country's possessive before a title names that other official's country
# (gazetteer.PLACE_RE takes the "'s" in, or leaves it)
OWNER_OF_TITLE_RE = re.compile(r"(?P<s>'s|’s)?[ \t]+(?P<words>[a-z-]+(?:[ \t]+[a-z-]+){0,2})")


# "met the Chinese premier": a demonym after "the" that opens no apposition (not ", the Japanese leader,")
DEMONYM_AFTER_THE_RE = re.compile(r"(?<![,\s])[ \t]+the[ \t]+$")
# a peer's title ("Poland's farm minister", "China's premier"): its country is the other side, not the text's one
# country to fall back on (an "Australia's ambassador" may be the foreign minister's own)
PEER_WORDS = frozenset({"minister", "premier", "president", "chancellor"})


def _owned_title(text: str, place: re.Match[str]) -> list[str] | None:
    """The words of the title a country's possessive owns ("Poland's farm minister"), or a demonym's after "the" that
    stands in no apposition ("met the Chinese premier"; not "Ishiba, the Japanese leader,"), or None."""
    owned = OWNER_OF_TITLE_RE.match(text, place.end())
    if owned is None:
        return None
    if owned.group("s") is None and not place.group().endswith(("'s", "’s")) \
            and not (DEMONYM_AFTER_THE_RE.search(text, max(0, place.start() - 8), place.start())
                     and place.group()[-1:] in "esnhi"):  # (a demonym's ending: Chinese, Russian, British, Iraqi)
        return None
    words = owned.group("words").split()
    return None if ROLE_WORDS.isdisjoint(words) else words


# a place named only as where something happens ("change planes in Dubai and Doha", "at talks in Geneva")
LOCATIVE_ENDS = (" in ", " at ", " near ", " through ", " via ", " outside ", " the ", " and ", " or ")  # (a cheap test first)
LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|near|through|via|outside)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+(?:and|or)[ \t]+)?$")


def inner_places(doc: Document) -> list[tuple[int, int]]:
    """The mentions of organisations whose words hold a country's name as an inner word after another capitalised one
    ("Beth Israel Deaconess Medical Center", "Beth Israel Lahey Health"): a name's word, no country the text names.
    (Not "Israel Defense Forces", the country first, nor "Central Bank of Russia", the country after "of".)"""
    text, spans = doc.actor_text, []
    for org in doc.actors:
        if org.kind != "organization":
            continue
        for m in org.mentions:
            for place in gazetteer.PLACE_RE.finditer(text, m.start, m.end):
                before = text[m.start:place.start()].split()
                if before and before[-1][:1].isupper() and (hit := gazetteer.lookup(place.group())) \
                        and hit[1] == "country":
                    spans.append((m.start, m.end))
                    break
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < start and end <= b for a, b in spans)


def _countries_in(text: str, start: int, end: int, goals: set[str] | None = None, after: int = -1,
                  names: list[tuple[int, int]] | None = None) -> set[str]:
    """The countries a stretch of text names (by name, capital, demonym or a national body of the
    gazetteer), not as a goal or source ("a message to China") nor in a sea's name (those go to `goals`), nor, from
    `after` on, as the owner of another official's title ("Agriculture Minister X said Poland's farm minister ...": a
    peer's country goes to `goals` too, so the text's one country is not given back when it is that peer's)."""
    found, firm = set(), set()
    for place in gazetteer.PLACE_RE.finditer(text, start, end):
        hit = gazetteer.lookup(place.group())
        if not hit or names and _inside(names, place.start(), place.end()):
            continue  # ("Beth Israel Deaconess Medical Center said ... Attorney General Andrea Campbell": not Israel's)
        owned = _owned_title(text, place) if after != -1 and place.start() >= after else None
        country = hit[0] if hit[1] == "country" else gazetteer.HOME.get(hit[0])
        if owned is not None:
            if goals is not None and country is not None and (not PEER_WORDS.isdisjoint(owned)
                                                              or not place.group().endswith(("'s", "’s"))):
                goals.add(country)  # (a demonym's title, "told the Japanese ambassador", is the other side's)
            continue
        if country is None:
            continue
        if GOAL_BEFORE_RE.search(text, max(0, place.start() - 16), place.start()) or FEATURE_AFTER_RE.match(text, place.end()):
            if goals is not None:
                goals.add(country)
            continue
        found.add(country)
        if not text.endswith(LOCATIVE_ENDS, 0, place.start()) \
                or not LOCATIVE_BEFORE_RE.search(text, max(0, place.start() - 30), place.start()):
            firm.add(country)
    return firm or found  # ("said the government wanted Indian carriers to win back passengers who now change planes in
    # Dubai and Doha": India; a place named only as where counts when nothing else is named: "Wang Yi said in Beijing")


def _start(text: str, pos: int) -> int:
    """The sentence's start, a stop inside closing quotation marks ending one too ('... optimistic." The White House')."""
    line = text.rfind("\n", 0, pos) + 1
    quoted = max(text.rfind(stop, line, pos) for stop in ('." ', '.” ', '?" ', '?” '))
    return max(sentence_start(text, pos), quoted + 3 if quoted != -1 else 0)


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1]
    return min(ends) if ends else len(text)


# words only a British text holds (pounds, MPs, councillors, the NHS, Whitehall): a text with one and no country named
BRITISH_KEYS = ("£", " MP", "Cllr ", " NHS ", "Downing Street", "Whitehall", "House of Commons")


def _national(person: Actor) -> bool:
    first = (person.title or "").split(";")[0].strip()
    return person.kind == "person" and not person.affiliation and bool(first) \
        and (NATIONAL_TITLE_RE.match(first) is not None or US_TITLE_RE.match(first) is not None)


# "Anthony Albanese's government", "Keir Starmer's premiership": the person heads the government of the text's country
# (a possessive, in the mention or after it: not "a Trump presidency" of a campaign, "the Clinton government" of a year)
HEAD_OF_RE = re.compile(r"(?:’s|'s|(?<=’s)|(?<='s))[ \t]+(?P<what>government|premiership|chancellorship)\b")
POSTS = {"premiership": "prime minister", "chancellorship": "chancellor"}


def heads_of_government(doc: Document) -> list[Actor]:
    """The people with no affiliation the text names as heading a government ("X's government", "X's premiership"),
    a post given to one with no title (before the dateline's officials: "LONDON — ... Keir Starmer's premiership")."""
    text = doc.actor_text
    heads: list[Actor] = []
    for person in doc.actors:  # (a match at each mention's end, no scan of the whole text)
        if person.kind != "person" or person.affiliation or not person.mentions:
            continue
        head = next((m for s in person.mentions if (m := HEAD_OF_RE.match(text, s.end))), None)
        if head is not None:
            if not person.title and head.group("what") in POSTS:
                person.title = POSTS[head.group("what")]
            heads.append(person)
    return heads


def national_officials(doc: Document, heads: list[Actor] | None = None) -> None:
    """Give national officials with no affiliation (and the heads of government heads_of_government found) the country
    the sentence (or the one before) names."""
    people = [p for p in doc.actors if _national(p) and p.mentions]
    people += [p for p in heads or () if p not in people and not p.affiliation]
    bodies = [a for a in doc.actors if a.kind == "organization" and not a.affiliation
              and (NATIONAL_BODY_RE.match(a.name) or LOCAL_BODY_RE.match(a.name) or STATE_BODY_RE.match(a.name))]
    if not people and not bodies:
        return
    text = doc.actor_text
    names = inner_places(doc)
    countries = {a.name for a in doc.actors if a.kind == "country"
                 and any(not _inside(names, m.start, m.end) for m in a.mentions)}
    known = countries | {a.affiliation for a in doc.actors if a.kind != "person" and a.affiliation in gazetteer.COUNTRIES}
    homes = countries or known  # (a text that names no country: the one its national bodies are of, "the Department
    # of Health and Social Care")
    only = next(iter(homes)) if len(homes) == 1 and "United States" not in homes and not american(text) else None
    if not homes and any(k in text for k in BRITISH_KEYS) and not american(text):
        only = "United Kingdom"  # a British text that names no country ("Everton were fined £4m ... Culture Secretary
        # Lisa Nandy said"): its secretaries of state are the United Kingdom's
    for body in bodies if only else ():  # "the Water Services Regulation Authority" in a British op-ed
        body.affiliation = only
    for person in people:
        m = next((x for x in person.mentions if person.name in text[x.start:x.end]), person.mentions[0])
        start = _start(text, m.start + 2)  # (+2: a mention that opens a sentence is in that sentence, not the one before)
        goals: set[str] = set()
        home = _countries_in(text, start, _sentence_end(text, m.end), goals, m.end, names) & known
        if not home and start > 0 and text[start - 1] != "\n":
            home = _countries_in(text, _start(text, start - 2), start, names=names) & known
        if len(home) == 1:
            person.affiliation = next(iter(home))
        elif not home and only is not None and only not in goals:  # ("talks with China": China is the other side)
            person.affiliation = only


__all__ = ["heads_of_government", "national_officials"]
