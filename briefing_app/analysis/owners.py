"""Whose officer "Its chairman, X" is: the organisation, or the country by one of its aliases ("The
Kremlin denied involvement. Its spokesman, Dmitry Peskov"), that opens the sentence before; when
that opening names no actor yet but a body ("Network Rail accepted the penalty. Its chief executive,
Andrew Haines"; "Alzheimer's Europe, a group of patient organisations, welcomed it. Its director"),
the body becomes an organisation of the text, with its mentions. And the body a title's capitalised words
name ("Community Colleges President" of the American Association of Community Colleges)."""
from __future__ import annotations

import re
from bisect import bisect_left

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.mention_starts import first_end, sorted_starts
from briefing_app.analysis.names import norm
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.segment import ABBREV_RE
from briefing_app.analysis.roles import MODIFIERS, ROLE_WORDS
from briefing_app.analysis.us_officials import NATIONAL_TITLE_RE
from briefing_app.core.model import Actor, Span

ROLE_OR_MODIFIER = ROLE_WORDS | MODIFIERS

# "FRANKFURT (Reuters) - ", "DETROIT — ", "EL PASO, Texas (AP) — ", "NEW DELHI, June 18 (Reuters) - ": a dateline before
# the sentence's subject
DATELINE_RE = re.compile(r"[A-Z][A-Z .,'-]+(?:[A-Z][a-z][\w.]*(?:[ \t]+[A-Z\d][\w.]*){0,2})?(?:\s*\([^)\n]{1,30}\))?\s*[-—–]+\s*")
# the capitalised words that open a sentence, then a comma or a word in lower case (its verb)
OPENING_RE = re.compile(r"(?:The[ \t]+)?(?P<name>[A-Z][\w&’'.-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w&’'.-]*){0,4})"
                        r"(?=,|[ \t]+[a-z])")
OPENERS = frozenset("a an the but and in on at for after before as when while if this that these those it its his her their "
                    "shares analysts officials critics residents lawmakers investors".split())


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence before pos starts (the one pos is in when pos is inside a sentence); the stop of
    "U.S." or "Mr." ends no sentence."""
    line = text.rfind("\n", 0, pos) + 1
    stop = text.rfind(". ", line, max(0, pos - 2))
    while stop != -1 and ABBREV_RE.search(text[max(line, stop - 12):stop + 1]):
        stop = text.rfind(". ", line, stop)
    return line if stop == -1 else max(stop + 2, line)  # (the text's first sentence starts at 0, not 1)


# what may open a sentence before its subject: a place or time ("In Washington, the Pentagon said")
INTRO_RE = re.compile(r"(?:(?:In|At|From|On|Later|Earlier|Meanwhile)(?:[ \t]+[\w.’'-]+){0,3},[ \t]+)?")
# a country's adjective before a noun is no subject: "The Danish shipping group"
DEMONYM_NOUN_RE = re.compile(r"[ \t]+[a-z]")


OWNED_GAP_RE = re.compile(r"(?:[a-z][\w-]*[ \t]+){0,2}")  # "Somalia's foreign ministry", "Russia's new defence ministry"
DESCRIBED_SUBJECT_RE = re.compile(r"(?:The|A|An)[ \t]+[^,.;:\n]{1,40},[ \t]+(?:the[ \t]+)?")


def opening_actor(text: str, actors: list[Actor], pos: int) -> Actor | None:
    """The actor named (within four characters of it, after a place or time) at the start of the sentence
    before pos; a country only by a noun, not as an adjective ("The Danish shipping group")."""
    start = sentence_start(text, pos)
    intro = INTRO_RE.match(text, start, pos)
    start = intro.end() if intro else start
    firsts: list[tuple[int, Actor]] = []  # each actor's first mention in the sentence (a bisection of its mentions)
    for a in actors:
        starts = sorted_starts(a.mentions)
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < pos:
            firsts.append((starts[i], a))
    first = min(firsts, key=lambda t: t[0]) if firsts else None
    if first is None or first[0] > start + 4 and not DESCRIBED_SUBJECT_RE.fullmatch(text, start, first[0]):
        return None  # ("The Bavarian sister party, the Christian Social Union, backed ...": the body in apposition)
    at, actor = first
    end = first_end(actor.mentions, at)
    if text.startswith(("’s ", "'s "), end):  # "Somalia's foreign ministry welcomed it. Its spokesman": the ministry
        owned = [(a_at, a) for a_at, a in firsts if end + 3 <= a_at <= end + 40 and a.kind != "person"
                 and OWNED_GAP_RE.fullmatch(text, end + 3, a_at)]  # (not "Lundbeck's shares rose in Copenhagen")
        if owned:
            return min(owned, key=lambda t: t[0])[1]
    if actor.kind == "country" and text[at:at + 40].split()[0] in gazetteer.DEMONYMS \
            and DEMONYM_NOUN_RE.match(text, at + len(text[at:at + 40].split()[0])):
        return None
    return actor


def _mid_sentence(text: str, name: str) -> bool:
    """Is the name written, capitalised, somewhere other than at a sentence's start?"""
    return any(not re.search(r"(?:^|[.!?”\"]\s+|\n)$", text[max(0, at - 3):at]) for at, _ in whole_word(text, name))


POSSESSIVE_END_RE = re.compile(r"(?:’s|'s|(?<=s)[’'])$")


def new_body(doc: Document, pos: int) -> Actor | None:
    """The body that opens the sentence before pos when it is no actor yet, no person, no place and
    not a common word a sentence opens with: a new organisation with every mention of its name."""
    text = doc.actor_text
    start = sentence_start(text, pos)
    dateline = DATELINE_RE.match(text, start, pos)
    m = OPENING_RE.match(text, dateline.end() if dateline else start, pos)
    if m is None:
        return None
    name = POSSESSIVE_END_RE.sub("", m.group("name").rstrip("."))  # ("The United Nations’ human rights office")
    words = name.split()
    table = doc.actor_table
    if len(words) == 1 and words[0].endswith(("an", "ese", "ish")) and text[m.end():m.end() + 2].strip()[:1].islower():
        return None  # "The Bavarian sister party": an adjective before the subject's noun
    if norm(words[0]) in OPENERS or sex_of(words[0]) or any(norm(w) in table.by_surname for w in words) \
            or gazetteer.lookup(name) or any(name in (a.name, *a.aliases) for a in doc.actors) \
            or len(words) == 1 and not _mid_sentence(text, name):
        return None
    spans = [Span(at, end) for at, end in whole_word(text, name)]
    body = Actor(name, "organization", mentions=spans)
    doc.actors.append(body)
    return body


def its_owner(doc: Document, orgs: list[Actor], pos: int) -> Actor | None:
    """Whose "Its <title>, X" at pos is: the body or country that opens the sentence (a new body if
    it is none of the text's actors yet), else None."""
    countries = [a for a in doc.actors if a.kind == "country"]
    return opening_actor(doc.actor_text, orgs + countries, pos) or new_body(doc, pos)


def title_names_org(person: Actor, orgs: list[Actor]) -> bool:
    """'Community Colleges President' before the name: the title's capitalised words end an
    organisation's name (American Association of Community Colleges), which is the affiliation. A chamber's
    word alone is not the end of another name ("House Speaker Mike Johnson" is not the White House's), nor is "Air" ("Air
    Force Secretary X" is not Southern Cross Air's), nor a department's word ("Police Chief X" is not the Fraternal
    Order of Police's)."""
    words = (person.title or "").split(";")[0].split()  # (not "Transport Secretary" of the Department for Transport)
    capitalised = bool(words) and words[0][:1].isupper()
    acronym = len(words) > 1 and words[0].isupper()
    if not capitalised and not acronym:
        return False
    for org in orgs:
        if capitalised and words[0] in org.name and words[0] in (name := org.name.split()):  # (quick tests first:
            # the title's first word is in the name, then one of its words)
            for k in (len(name), 3, 2, 1):  # ("Houston Independent School District spokeswoman": the whole name)
                if len(name) >= k and len(words) > k and words[:k] == name[-k:] \
                        and not (k == 1 < len(name) and words[0] in ("House", "Senate", "Air", "Police", "Fire")) \
                        and not NATIONAL_TITLE_RE.match(" ".join(words)) \
                        and words[k].lower().rstrip(".") in ROLE_OR_MODIFIER:  # not "Los Angeles County Supervisor"
                    person.affiliation, person.title = org.name, " ".join(words[k:])
                    return True
        if acronym and words[0] in org.aliases:  # "TSMC Chairman": an acronym
            person.affiliation, person.title = org.name, " ".join(words[1:])
            return True
    return False


__all__ = ["its_owner", "new_body", "opening_actor", "sentence_start", "title_names_org"]
