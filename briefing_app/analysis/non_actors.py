"""English capitalised names that are no actors: events ("the Mobile World Congress", "the Paris
Olympics"), laws ("the Fourteenth Amendment"), venues named only as where something happens ("inside the
Mayflower Hotel") and names used only as a modifier of an event or a thing ("the Ever Given blockage",
"the Ohio State-Michigan game", "the Sandy Hook shooter"). Festivals stay: they act through their
organisers ("The Blue Ridge Festival closed early")."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.not_people import FEATURES
from briefing_app.core.model import Actor

# a name whose last words say it is an event or a law
EVENT_NAME_RE = re.compile(r"[ \t](?:Olympics|Olympic Games|Games|Expo|Fair|Championships?|Cup|Marathon|"
                           r"Grand Prix|Awards|Amendment|Act)$")
# an event that is also a body's word (a party congress, a bishops' conference): an event when it is only
# ever named as a time ("on the eve of the ...", "on the sidelines of the ...", "ahead of the ...")
MEETING_NAME_RE = re.compile(r"[ \t](?:Congress|Conference|Forum|Summit|Convention|Show|Week)$")
EVENT_TIME_RE = re.compile(r"\b(?:(?:eve|sidelines|margins|run-up|start|end|close|opening)[ \t]+of|ahead[ \t]+of|during|"
                           r"before|after|at|attend(?:ed|ing|s)?)[ \t]+(?:the[ \t]+|this[ \t]+year’s[ \t]+|this[ \t]+year's[ \t]+)?$")
# places named only as where something happens
VENUE_NAME_RE = re.compile(r"[ \t](?:Hotel|Arena|Stadium|Airport|Plaza|Mall|Cathedral|Theater|Theatre|Ballpark|Coliseum|"
                           r"Oval Office)$")
LOCATIVE_RE = re.compile(r"\b(?:at|in|inside|outside|near|from|into|to|on)[ \t]+(?:the[ \t]+)?$")
# a name written before one of these nouns modifies it ("the Sandy Hook shooter", "last night's Fox Business debate")
THING_AFTER_RE = re.compile(r"(?:’s|'s)?[ \t]+(?:game|match|final|race|blockage|shooting|shooter|disaster|crash|spill|"
                            r"explosion|blast|flood|hurricane|storm|debate|debates|rally|festival|concert|tournament|outbreak|"
                            r"incident|riots|protests|era|victims|families|survivors)\b")


# an outlet only told something ("told broadcaster ZDF", "said in an interview with Bloomberg") is no actor
TOLD_RE = re.compile(r"\b(?:told|in[ \t]+an[ \t]+interview[ \t]+with|speaking[ \t]+to|said[ \t]+to|interviewed[ \t]+by|wrote[ \t]+in)"
                     r"[ \t]+(?:the[ \t]+)?(?P<kind>(?:(?:public|state|German|French|British|American|US|U\.S\.|local|business|"
                     r"financial)[ \t]+)?(?:broadcaster|newspaper|news[ \t]+agency|agency|outlet|channel|network|magazine|daily|"
                     r"weekly|radio|television|TV|station|website|paper|tabloid)[ \t]+)?$")
OUTLETS = frozenset({"Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Bloomberg",
                     "CNN", "BBC", "NPR", "CNBC", "Fox News", "MSNBC", "ABC", "NBC", "CBS", "Politico", "Axios",
                     "New York Times", "The New York Times", "Washington Post", "The Washington Post", "Wall Street Journal",
                     "The Wall Street Journal", "Financial Times", "The Guardian", "Guardian", "The Times", "Sky News",
                     "Al Jazeera", "ZDF", "ARD", "Der Spiegel", "Le Monde", "Yonhap", "Kyodo", "Xinhua", "TASS",
                     "RIA Novosti", "Interfax", "Nikkei", "Die Welt", "Bild", "Axel Springer"})


def _only_told(text: str, actor: Actor) -> bool:
    """Is every mention an outlet that is only told something (a known outlet, or one the text calls one)?"""
    for m in actor.mentions:
        told = TOLD_RE.search(text, max(0, m.start - 60), m.start)
        if told is None or not (told.group("kind") or actor.name in OUTLETS):
            return False
    return bool(actor.mentions)


SMALL_WORDS = frozenset("a an the and or of for to in on at by as with from over after is are vs.".split())


LEADING_SPACE_RE = re.compile(r"\s*")


@functools.lru_cache(maxsize=16)
def title_case_headline_end(text: str) -> int:
    """Where a title-case headline (the first line, most of its words capitalised, no full stop at its end, a
    paragraph after it) ends; 0 when the text opens otherwise. (Several stages ask of the same text.)"""
    start = LEADING_SPACE_RE.match(text).end()  # type: ignore[union-attr]
    end = text.find("\n", start)
    line = text[start:end] if end != -1 else ""
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    if not line or len(words) < 3 or not text.startswith("\n", end + 1):
        return 0
    upper = sum(w[0].isupper() for w in words)  # a full stop after it only where every word is capitalised
    return end if upper >= 0.8 * len(words) and (upper == len(words) or not line.rstrip().endswith(".")) else 0


def _only_in_headline(text: str, actor: Actor) -> bool:
    """'German Coalition Talks Stall ...': a title-case headline's capitalised words named nowhere else."""
    end = title_case_headline_end(text)
    return end > 0 and bool(actor.mentions) and all(m.end <= end for m in actor.mentions) \
        and text.find(actor.name, end) == -1


PROGRAMME_WORDS = frozenset("Show Podcast".split())
PLACE_FIRST = frozenset("San Santa Los Las Fort Mount Lake Port Saint St. Sao".split())


def _at(text: str, actor: Actor, rx: re.Pattern[str], span: int = 40) -> bool:
    return bool(actor.mentions) and all(rx.search(text, max(0, m.start - span), m.start) for m in actor.mentions)


def _modifier_only(text: str, actor: Actor) -> bool:
    return bool(actor.mentions) and all(THING_AFTER_RE.match(text, m.end) for m in actor.mentions)


def is_non_actor(text: str, actor: Actor) -> bool:
    """Is this 'actor' an event, a law, a venue or a name used only as a modifier?"""
    if actor.kind == "country" or actor.title:
        return False
    name = actor.name
    if EVENT_NAME_RE.search(name):
        return True
    if MEETING_NAME_RE.search(name) and _at(text, actor, EVENT_TIME_RE):
        return True
    if VENUE_NAME_RE.search(name) and _at(text, actor, LOCATIVE_RE, 12):
        return True
    if actor.kind == "organization" and (_only_told(text, actor) or _only_in_headline(text, actor)):
        return True
    words = name.split()
    if actor.kind == "person" and words[-1] in PROGRAMME_WORDS and len(words) > 1:
        return True  # "the Rachel Maddow Show", "The Sean Hannity Show": a programme named after its host
    if sex_of(words[0]) is not None:
        return False
    if actor.kind == "person" and (words[0] in PLACE_FIRST or words[-1] in FEATURES) and len(words) > 1:
        return True  # "a San Francisco company", "Silicon Valley's efforts": a place, not a person
    return _modifier_only(text, actor)


def drop_non_actors(text: str, actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.kind == "country" or a.title or not is_non_actor(text, a)]


__all__ = ["drop_non_actors", "is_non_actor"]
