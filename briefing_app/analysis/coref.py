"""Actor details that need the whole article: definite descriptions tied to the person whose
title they repeat ("the president-elect" -> President-elect Donald Trump, the most recent such
person before it), affiliations from a possessive ("Mr. Trump's White House") or from a
description alias ("a top Kremlin official" -> Russia), and the author of an op-ed with the
bio line's titles ("The author is CEO of ...")."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.appositives import bio
from briefing_app.analysis.document import Document
from briefing_app.analysis.roles import ROLE_WORDS
from briefing_app.core.model import Actor, Span

DESCRIPTION_RE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+(?P<desc>(?:[a-z][\w-]*[ \t]+){0,2}?(?P<head>[a-z][\w-]*))(?![\w-])")
POSSESSIVE_PLACE_RE = re.compile(r"(?:’s|'s)?[ \t]+")
BIO_LINE_RE = re.compile(r"^(?:The (?:author|writer)|(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*) (?:is|was|serves as) ", re.M)
ALIAS_OF_AUTHOR_RE = re.compile(r"^(The (?:author|writer))\b")


def _words(title: str) -> set[str]:
    return {w.strip(".;,").lower() for w in re.split(r"[\s;]+", title) if w}


def description_aliases(doc: Document) -> None:
    table = doc.actor_table
    people = {a.name: a for a in doc.actors if a.kind == "person" and a.title}
    if not people:
        return
    text = doc.actor_text
    for m in DESCRIPTION_RE.finditer(text):
        if m.group("head") not in ROLE_WORDS:
            continue
        desc = set(m.group("desc").split())
        for pos, canon in reversed(table.timeline):
            if pos >= m.start():
                continue
            actor = people.get(canon)
            if actor is None or actor.title is None or not desc <= _words(actor.title):
                continue
            if True:
                alias = m.group()
                alias = alias[0].lower() + alias[1:]
                if alias not in actor.aliases:
                    actor.aliases.append(alias)
                actor.mentions.append(Span(m.start(), m.end()))
            break  # the most recent person whose title the description repeats


def _country(alias: str) -> str | None:
    hit = gazetteer.lookup(alias)
    return hit[0] if hit and hit[1] == "country" and alias not in gazetteer.WEAK_ALIASES else None


def affiliations(doc: Document) -> None:
    text = doc.actor_text
    for actor in doc.actors:
        if actor.kind != "person" or actor.affiliation:
            continue
        for span in actor.mentions:
            if not (text.startswith(("’s", "'s"), span.end) or text[span.end - 2:span.end] in ("’s", "'s")):
                continue
            pm = POSSESSIVE_PLACE_RE.match(text, span.end)
            place = gazetteer.PLACE_RE.match(text, pm.end()) if pm else None
            if place and _country(place.group()):  # "Mr. Trump's White House"
                actor.affiliation = _country(place.group())
                break
        if actor.affiliation:
            continue
        for alias in actor.aliases:
            for place in gazetteer.PLACE_RE.finditer(alias):
                if alias.lower().startswith(("a ", "an ", "the ", "one ")) and _country(place.group()):
                    actor.affiliation = _country(place.group())  # "a top Kremlin official"
                    break
            if actor.affiliation:
                break


def home_country(outlet: str | None) -> str | None:
    """The country an outlet's name places it in ("Korea JoongAng Daily", "The Moscow Times")."""
    for m in gazetteer.PLACE_RE.finditer(outlet or ""):
        hit = gazetteer.lookup(m.group())
        if hit and hit[1] == "country":
            return hit[0]
    return None


def governments(doc: Document) -> None:
    """'The Yoon administration' with no country of its own is the outlet's home government."""
    home = home_country(doc.metadata.outlet)
    for actor in doc.actors:
        if actor.kind == "government" and not actor.affiliation:
            actor.affiliation = home


def author(doc: Document) -> None:
    """The author of an op-ed is an actor: titles from the bio line, 'The author' as an alias."""
    name = doc.metadata.author
    if not name:
        return
    line = next((m for m in BIO_LINE_RE.finditer(doc.text)
                 if m.group().startswith(("The author", "The writer", name))), None)
    if doc.metadata.genre != "opinion" and (line is None or not line.group().startswith(name)):
        return  # a news byline is a credit, unless the text gives the writer a bio
    actor = next((a for a in doc.actors if a.name == name), None)
    if actor is None:
        at = doc.text.find(name)
        actor = Actor(name, "person", mentions=[Span(at, at + len(name))] if at != -1 else [])
        doc.actors.insert(0, actor)
    if line is None:
        return
    end = doc.text.find("\n", line.start())
    role = bio(doc.text[line.start():end if end != -1 else len(doc.text)])
    actor.title = actor.title or role.title
    actor.affiliation = actor.affiliation or role.affiliation
    alias = ALIAS_OF_AUTHOR_RE.match(line.group())
    if alias and alias.group(1) not in actor.aliases:
        actor.aliases.append(alias.group(1))
        actor.mentions.append(Span(line.start(), line.start() + len(alias.group(1))))


__all__ = ["affiliations", "author", "description_aliases", "governments", "home_country"]
