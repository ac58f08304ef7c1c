"""Actor details that need the whole article: definite descriptions tied to the person whose
title they repeat ("the president-elect" -> President-elect Donald Trump, the most recent such
person before it), affiliations from a possessive ("Mr. Trump's White House") or from a
description alias ("a top Kremlin official" -> Russia), and the author of an op-ed with the
bio line's titles ("The author is CEO of ...")."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.bios import bio
from briefing_app.analysis.descriptions import AGE_RE, SYNONYMS, fits, head_fits, head_word, of_age, title_words
from briefing_app.analysis.document import Document
from briefing_app.analysis.roles import ROLE_WORDS, US_STATE_NAMES
from briefing_app.analysis.the_phrases import prepared, the_matches
from briefing_app.core.model import Actor, Span

_HEADS = gazetteer.trie_pattern(sorted(set(ROLE_WORDS) | set(SYNONYMS)))
# "the president-elect", "The Ukrainian leader", "the New Hampshire senator" (the lookbehind comes after
# the first letter, which lets the regex engine skip ahead to each "T" or "t")
# ("the Treasurer", "the Prime Minister", "the Premier": the offices Australian, British, Canadian and Irish styles write
# with a capital, when no name or body's word follows: not "the Prime Minister's Office", "The President Hotel")
CAPITAL_HEADS = ("Treasurer", "Minister", "Premier", "President", "Chancellor", "Taoiseach", "Tánaiste", "Tanaiste", "Governor",
                 "Mayor", "Speaker", "Secretary", "Leader", "Commissioner", "Senator")
DESCRIPTION_RE = prepared(re.compile(
    r"[Tt](?<![\w’'.-][Tt])he[ \t]+(?:(?:[A-Za-z][\w-]*|U\.S\.)[ \t]+){0,3}?(?:(?P<head>" + _HEADS
    + r")(?![\w-])|(?:" + gazetteer.trie_pattern(CAPITAL_HEADS) + r")(?![\w’'-])(?![ \t]+[A-Z]))"))
# "NATO's chief", "Harris's campaign chair": found from the possessive, the possessor read backwards
POSSESSED_DESC_RE = re.compile(r"(?:’s|'s)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?(?P<head>" + _HEADS + r")(?![\w-])")
POSSESSED_DESC_RES = tuple((re.compile(apostrophe + POSSESSED_DESC_RE.pattern[len("(?:’s|'s)"):]), apostrophe)
                           for apostrophe in ("’s", "'s"))
POSSESSOR_RE = re.compile(r"(?<![\w’'.-])[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,2}$")
OWNED_ROLE_RE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<who>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2})(?:’s|'s|(?<=s)’|(?<=s)')[ \t]+"
                           r"(?:[a-z][\w-]*[ \t]+){0,3}?(?P<head>[A-Za-z][\w-]*)(?=[ \t]*[,.;]|[ \t]+(?:said|says|told))")
OWNER_BEFORE_RE = re.compile(r"(?<![\w.’'-])(?P<who>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2})(?:’s|'s|(?<=s)’|(?<=s)')[ \t]+"
                             r"(?:[a-z][\w-]*[ \t]+){0,3}?(?P<role>[a-z][\w-]*)(?:[ \t]+(?:of|for)[ \t]+[a-z][\w -]{2,30})?,[ \t]+$")
# "Spanberger, the Democratic nominee, said": a description in apposition is the person's whatever its title
APPOSITIVE_GAP_RE = re.compile(r",[ \t]+")
POSSESSIVE_PLACE_RE = re.compile(r"(?:’s|'s)?[ \t]+")
# "In Beijing, foreign ministry spokesperson X": the capital the sentence opens with, before the title and name
CAPITAL_OPENING_RE = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))In[ \t]+(?P<city>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?),[ \t]+"
                                r"(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){1,4}$")
# "the prime minister's trade minister, Dominic LeBlanc", "the president's chief of staff, X": a leader's official
LEADER_OWNED_RE = re.compile(r"\b[Tt]he[ \t]+(?P<who>prime minister|president|premier|chancellor|taoiseach)(?:’s|'s)[ \t]+"
                             r"(?:[a-z][\w-]*[ \t]+){0,3}?(?P<role>[a-z][\w-]*)(?:[ \t]+of[ \t]+[a-z][\w -]{2,20})?,[ \t]+$")
# a description in apposition before a name, with an "of/to/for/at ..." phrase ("The U.S. ambassador to Manila, X")
OBJECT_BEFORE_RE = re.compile(r"\b(?:for|of|to|with|at|by)[ \t]+$")
# "Wong met the Indonesian foreign minister", "told the Japanese ambassador": the description is someone the sentence's
# earlier people met or addressed, none of them
MET_BEFORE_RE = re.compile(r"\b(?:met|meets|meeting|met[ \t]+with|meet[ \t]+with|spoke[ \t]+(?:with|to)|talked[ \t]+(?:with|to)|"
                           r"called|phoned|hosted|welcomed|received|told|urged|thanked|visited)[ \t]+$")
NAMED_AFTER_RE = re.compile(r"(?:[ \t]+(?:of|to|for|at|in|on)[ \t]+[^,.;\n]{1,40})?,[ \t]+")
BIO_LINE_RE = re.compile(r"^(?:The (?:author|writer)|(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*) (?:is|was|serves as) ", re.M)
ALIAS_OF_AUTHOR_RE = re.compile(r"^(The (?:author|writer))\b")


THE_RE = re.compile(r"^[Tt]he[ \t]+")


def description_aliases(doc: Document) -> None:
    """'the president-elect', 'The Ukrainian leader', "NATO's chief": an alias and mention of
    the latest person named before it that the description fits (descriptions.fits); 'the
    45-year-old': of the latest person the text gave that age ("Maria Lopez, 45,")."""
    table = doc.actor_table
    people = {a.name: a for a in doc.actors if a.kind == "person"}
    text = doc.actor_text
    entries, k = table.timeline.entries, 0
    latest: dict[str, int] = {}  # each person named before the description: their latest mention, in that order
    heads: dict[str | None, set[str]] = {}  # a description's head word: the people whose title says it
    said: dict[str, set[str]] = {}  # a word of a title: the people whose title has it
    for canon, person in people.items():
        for word in title_words(person.title) if person.title else ():
            said.setdefault(word, set()).add(canon)
    placed_in: dict[str, set[str]] = {}  # a place: the people of it (who may take a '<place> <role>' as title)
    for canon, person in people.items():
        if person.affiliation:
            placed_in.setdefault(person.affiliation, set()).add(canon)
    ends: dict[str, dict[int, int]] = {canon: {} for canon in people}  # each person's mentions: start -> end
    for canon, person in people.items():  # (the first mention with that start, as _mention_end finds it)
        for span in person.mentions:
            ends[canon].setdefault(span.start, span.end)
    starts = {span.start: canon for canon, person in people.items() for span in person.mentions}
    para_starts = [ps for ps, _ in doc.paras]  # (in text order)
    for start, end in _descriptions(text):  # in text order: the people named before each are swept in once
        while k < len(entries) and entries[k][0] < start:
            latest.pop(entries[k][1], None)
            latest[entries[k][1]] = entries[k][0]
            k += 1
        desc = THE_RE.sub("", text[start:end])
        head = head_word(desc)
        titled = heads.get(head)
        if titled is None:  # the people whose title says the head: no one else can fit (descriptions.fits)
            titled = heads[head] = _titled(people, said, head)
        comma = _comma_before(text, start)  # an appositive's mention ends at this comma
        cut = desc.rfind(" ")  # (only the people of the words before a role word can take it: _placed_role)
        of_place = placed_in.get(desc[:cut], ()) if cut > 0 and desc[cut + 1:].lower() in ROLE_WORDS else ()
        after = NAMED_AFTER_RE.match(text, end)  # "The U.S. ambassador to Manila, MaryKay Carlson": hers alone (not
        named_after = starts.get(after.end()) if after and not OBJECT_BEFORE_RE.search(text, max(0, start - 6), start) \
            else None  # "A spokeswoman for the governor, Shelby Wieman": the spokeswoman is hers, the governor is not)
        met = MET_BEFORE_RE.search(text, max(0, start - 16), start) is not None
        placed_desc = any(w[:1].isupper() for w in desc.split()[:-1])  # ("the Senegalese president": a place's word)
        near = _previous_paragraph(para_starts, start) if placed_desc else 0
        for canon, pos in reversed(latest.items()):  # the most recently named first
            if named_after is not None and canon != named_after:
                continue
            if met and pos >= _sentence_start(text, start):
                continue  # (one meets someone else: not a person of the sentence before the verb)
            if placed_desc and canon in people and not people[canon].affiliation and pos < near:
                continue  # (a place's description fits an official of no known country only near: "The ousted
                # president, Embalo" four paragraphs before "met the Senegalese president" is none of it)
            actor = people.get(canon) if canon in of_place else None
            placed = actor is not None and not actor.title and _placed_role(desc, actor.affiliation)
            if canon not in titled and not placed and (comma < 0 or ends.get(canon, {}).get(pos, pos) != comma):
                continue  # (neither fits nor is in apposition: the look-ups below would say no)
            actor = people.get(canon)
            appositive = APPOSITIVE_GAP_RE.fullmatch(text, _mention_end(actor, pos), start) if actor else None
            if actor is not None and (appositive or placed or actor.title and fits(desc, actor.title, actor.affiliation)):
                if placed:  # "Ted Budd, a Republican from North Carolina ... The North Carolina senator": his title
                    actor.title = placed
                _add_alias(actor, text, start, end)
                ends[canon].setdefault(start, end)
                break  # the most recent person the description fits
    for m in AGE_RE.finditer(text) if "-year-old" in text else ():
        aged = of_age(text, table.timeline, m.group("age"), m.start())
        if aged is not None and aged in people:
            _add_alias(people[aged], text, m.start(), m.end())


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)


def _previous_paragraph(para_starts: list[int], pos: int) -> int:
    """The start of the paragraph before pos's (pos's own when it is the first; 0 before the first); para_starts
    ascending (a look-up, not a scan of every paragraph for each description and person: a long text's cost grew
    with its square)."""
    n = bisect.bisect_right(para_starts, pos)
    return para_starts[n - 2] if n >= 2 else para_starts[0] if n else 0


def _placed_role(desc: str, place: str | None) -> str | None:
    """The role of '<place> <role>' ("North Carolina senator") for someone of that place with no title, else None."""
    if not place or not desc.startswith(place + " "):
        return None
    role = desc[len(place) + 1:]
    return role if " " not in role and role.lower() in ROLE_WORDS else None


def _titled(people: dict[str, Actor], said: dict[str, set[str]], head: str | None) -> set[str]:
    """The people whose title says the head (descriptions.head_fits): has it as a word, or, for a head with
    synonyms, one of those (looked for in every title)."""
    if not head:
        return set()
    if head in SYNONYMS:
        return {n for n, a in people.items() if a.title and head_fits(head, a.title)}
    return said.get(head, set())


def _comma_before(text: str, start: int) -> int:
    """The offset of the comma that ', ' (spaces or tabs) before start opens, else -1: where a mention
    in apposition to what starts there ends (APPOSITIVE_GAP_RE)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i if 0 <= i < start - 1 and text[i] == "," else -1


def _mention_end(actor: Actor, pos: int) -> int:
    """The end of the actor's mention that starts at pos."""
    return next((m.end for m in actor.mentions if m.start == pos), pos)


def _descriptions(text: str) -> list[tuple[int, int]]:
    """Spans of 'the <modifiers> <role>' and '<Name>'s <modifiers> <role>', in text order."""
    spans = [_compound(text, m) for m in the_matches(DESCRIPTION_RE, text)]
    for rx, apostrophe in POSSESSED_DESC_RES:  # (one pattern per apostrophe, each opening with a literal: the regex
        for m in rx.finditer(text) if apostrophe in text else ():  # engine finds those fast; spans sorted below)
            who = POSSESSOR_RE.search(text, max(0, m.start() - 60), m.start())
            if who:
                spans.append((who.start(), m.end()))
    return sorted(spans)


# "the chief executive", "the executive secretary", "the chief financial officer": DESCRIPTION_RE stops at its first role
# word ("the chief"); a role word right after it, or after one or two other words that are no verb or small word, is the
# description's too (not "the chief said the officer")
MORE_HEADS_RE = re.compile(r"(?:(?:[ \t]+(?!(?:said|says|told|and|or|of|to|for|the|a|an|was|were|is|are|has|had|have|would|will|"
                           r"could|should|may|might|must|can|did|does|do|also|not|who|that|which|in|on|at|by|with|from|as)\b)"
                           r"[a-z][a-z-]*){0,2}?[ \t]+(?:" + _HEADS + r")(?![\w-]))+")


def _compound(text: str, m: re.Match[str]) -> tuple[int, int]:
    more = MORE_HEADS_RE.match(text, m.end()) if text.startswith((" ", "\t"), m.end()) else None
    return (m.start(), more.end()) if more else m.span()


def _add_alias(actor: Actor, text: str, start: int, end: int) -> None:
    alias = text[start:end]
    alias = alias[0].lower() + alias[1:] if alias.startswith("The ") else alias
    if alias not in actor.aliases:
        actor.aliases.append(alias)
    actor.mentions.append(Span(start, end))


def _country(alias: str) -> str | None:
    hit = gazetteer.lookup(alias)
    return hit[0] if hit and hit[1] == "country" and alias not in gazetteer.WEAK_ALIASES else None


# a title of those a US state elects or sends to Congress ("Sen. Patty Murray of Washington": the state, not the
# capital that stands for the country)
STATE_TITLE_RE = re.compile(r"\b(?:Senator|Representative|Congress(?:man|woman|member)|Governor|Delegate|Attorney General|"
                            r"State Senator|Assemblymember|Assembly(?:man|woman))\b", re.I)


def _state_member(actor: Actor) -> bool:
    return actor.affiliation in US_STATE_NAMES and bool(STATE_TITLE_RE.search(actor.title or ""))


def affiliations(doc: Document) -> None:
    text = doc.actor_text
    named = {alias: a.name for a in doc.actors if a.kind != "person" for alias in a.aliases}
    for actor in doc.actors:  # "Timbers president Mark Ross": the organisation by its actor's name
        if actor.kind == "person" and actor.affiliation in named and not _state_member(actor):
            actor.affiliation = named[actor.affiliation]
    bodies = {form: a.name for a in doc.actors if a.kind == "organization" for form in [a.name, *a.aliases]
              if form[:1].isupper()}
    for actor in doc.actors:  # "Reform's candidate, Sarah Pochin, a former Cheshire county councillor": Reform's
        if actor.kind == "person" and actor.affiliation and actor.mentions and _of_a_former_post(actor):
            at = actor.mentions[0].start
            before = text[max(0, at - 60):at]
            fronted = OWNER_BEFORE_RE.search(text, max(0, at - 60), at) if "’s" in before or "'s" in before else None
            if fronted and fronted.group("who") in bodies and fronted.group("role").lower() in ROLE_WORDS:
                actor.affiliation = bodies[fronted.group("who")]
    for actor in doc.actors:  # "Sundar Pichai, Google's chief executive": the possessor is an organisation
        if actor.kind == "person" and not actor.affiliation:
            for span in actor.mentions:
                owned = OWNED_ROLE_RE.match(text, span.end)
                if owned and owned.group("who") in bodies and owned.group("head").lower() in ROLE_WORDS:
                    actor.affiliation = bodies[owned.group("who")]
                    break
                fronted = OWNER_BEFORE_RE.search(text, max(0, span.start - 80), span.start)
                if fronted and fronted.group("who") in bodies and fronted.group("role").lower() in ROLE_WORDS:
                    actor.affiliation = bodies[fronted.group("who")]  # "Google's president of global affairs, Kent Walker"
                    break
                if fronted and fronted.group("role").lower() in ROLE_WORDS:
                    actor.affiliation = _leaders_country(doc, fronted.group("who"), actor)
                    if actor.affiliation:  # "President Donald Trump's envoy, Steve Witkoff": the president's country
                        break
                leader = LEADER_OWNED_RE.search(text, max(0, span.start - 80), span.start) if "’s" in text[
                    max(0, span.start - 80):span.start] or "'s" in text[max(0, span.start - 80):span.start] else None
                if leader and leader.group("role").lower() in ROLE_WORDS:  # "the prime minister's trade minister, X"
                    actor.affiliation = _office_holders_country(doc, leader.group("who"), span.start, actor)
                    if actor.affiliation:
                        break
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
        if actor.title and " ministry " in f" {actor.title} " and actor.mentions:  # "In Beijing, foreign ministry
            opening = CAPITAL_OPENING_RE.search(text, max(0, actor.mentions[0].start - 60), actor.mentions[0].start)
            actor.affiliation = _country(opening.group("city")) if opening else None  # spokesperson Guo Jiakun said"
            if actor.affiliation:
                continue
        for alias in actor.aliases:
            for place in gazetteer.PLACE_RE.finditer(alias):
                if alias.lower().startswith(("a ", "an ", "the ", "one ")) and _country(place.group()):
                    actor.affiliation = _country(place.group())  # "a top Kremlin official"
                    break
            if actor.affiliation:
                break


def _of_a_former_post(actor: Actor) -> bool:
    """'Reform's candidate, Sarah Pochin, a former Cheshire county councillor': a title naming a present post and a
    former one, whose affiliation a possessor before the name (the present post's owner) may give instead."""
    parts = (actor.title or "").split("; ")
    return len(parts) > 1 and not parts[0].startswith("former") \
        and any(p.startswith("former ") for p in parts[1:])


def _leaders_country(doc: Document, who: str, actor: Actor) -> str | None:
    """The country of the person a possessor names ("President Donald Trump", "Ferdinand Marcos Jr.", "Starmer"),
    when it is a country (a leader's or minister's): their official's country too. None for a company's head."""
    words = who.rstrip(".").split()
    for person in doc.actors:
        if person.kind != "person" or person is actor or not person.affiliation:
            continue
        if who in person.aliases or person.name.split()[-1:] == words[-1:] or person.name.endswith(" ".join(words[-2:])):
            hit = gazetteer.lookup(person.affiliation)
            return person.affiliation if hit and hit[1] == "country" and hit[0] == person.affiliation else None
    return None


def _office_holders_country(doc: Document, office: str, pos: int, actor: Actor) -> str | None:
    """The country of the person holding the office ("prime minister"): the latest named before pos, else the only
    one; None when their affiliation is no country."""
    holders = [(min(m.start for m in p.mentions), p) for p in doc.actors if p.kind == "person" and p is not actor
               and p.mentions and p.affiliation and (p.title or "").split(";")[0].lower().endswith(office)]
    before = [h for h in holders if h[0] < pos]
    holder = max(before, key=lambda h: h[0])[1] if before else holders[0][1] if len(holders) == 1 else None
    hit = gazetteer.lookup(holder.affiliation) if holder is not None and holder.affiliation else None
    return hit[0] if hit and hit[1] == "country" and holder is not None and hit[0] == holder.affiliation else None


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


# seats of government the gazetteer reads as their country's metonym (so that officials named beside them take that
# country) but that act as an office of their own: the prime minister's
OFFICES = ("Downing Street",)
PLACED_RE = re.compile(r"\b(?:in|outside|at|to|from|into|near)[ \t]+$")


def offices(doc: Document) -> None:
    """'Downing Street said ...': the prime minister's office, an organisation of its country, not the country's
    alias (the country keeps its other mentions, and goes when it had none); its quotes are the office's."""
    text = doc.actor_text
    for name in OFFICES:
        if name not in text:
            continue
        for country in [a for a in doc.actors if a.kind == "country" and name in a.aliases]:
            spans = [m for m in country.mentions if text[m.start:m.end] == name
                     and not PLACED_RE.search(text, max(0, m.start - 12), m.start)]  # (not "told reporters in Downing Street")
            if not spans:
                continue
            country.mentions = [m for m in country.mentions if m not in spans]
            if not any(text[m.start:m.end] == name for m in country.mentions):
                country.aliases.remove(name)  # (kept where it is also named as a place)
            doc.actors.append(Actor(name, "organization", affiliation=country.name, mentions=spans))
            for q in doc.quotes:
                if q.speaker == country.name and q.mention is not None and q.mention.text == name:
                    q.speaker = name
            if all(text[m.start:m.end] in gazetteer.DEMONYMS for m in country.mentions):
                doc.actors.remove(country)  # (named otherwise only by an adjective: "in modern British history")


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


__all__ = ["affiliations", "author", "description_aliases", "governments", "home_country", "offices"]
