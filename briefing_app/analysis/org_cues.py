"""Organisations an English text names by a cue rather than by an organisation noun: a kind
before the name ("energy company Ukrenergo"), a leader's role after it ("Nvidia's chief
executive", "Mossad chief David Barnea"), "X, which ...", an appositive headed by a body's noun
("UNICEF, the United Nations children's agency"), "an economist at Moody's Analytics", party
members ("Conservative MP ..."), "shares of Microsoft", and a name or acronym in apposition to a
description of a body ("the United Nations refugee agency, UNHCR,")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_app.analysis import companies, gazetteer
from briefing_app.analysis.cues import STRONG_FORMS, WEAK_FORMS, stem_matches, stem_positions
from briefing_app.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from briefing_app.analysis.occurrences import on_key_lines
from briefing_app.analysis.org_homes import home_of
from briefing_app.analysis.org_found import CALENDAR, LEAD_STOP_RE, Found, Org, left_names
from briefing_app.analysis.org_people import ORG_NOUNS
from briefing_app.analysis.role_phrase import UNIT_NOUNS, first_item
from briefing_app.analysis.roles import MODIFIERS, ORG_HEADS, ROLE_WORDS, US_STATE_NAMES
from briefing_app.analysis.subjects import NOT_SUBJECTS
from briefing_app.core.model import Span

# "energy company Ukrenergo", "environmental group Greenpeace"; "Nvidia's chief executive"
KINDS = ("company group firm operator organisation organization party network broadcaster bank charity watchdog "
         "regulator insurer carrier airline automaker retailer startup maker giant lender consultancy opposition rival").split()
KIND_NAME_RE = re.compile(r"\b" + gazetteer.trie_pattern(KINDS) + r"[ \t]+(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})(?![\w-])")
POSSESSOR_ROLE_RE = re.compile(r"(?P<name>[A-Z](?<![\w’'-][A-Z])[\w&-]+)(?:’s|'s)[ \t]+(?:(?:interim|acting|new|former)[ \t]+)?(?:chief executive|chief(?![ \t]+of[ \t]+staff)|CEO|chairman|"
                               r"president|vice president|general counsel|chief economist|head|director|"
                               r"chairwoman|founder|co-founder|board|shareholders|employees|executives|spokesman|spokeswoman|"
                               r"planned|shares|stock|headquarters)\b")
# "Shares of Microsoft were little changed", "shares in Lundbeck": a listed company
SHARES_OF_RE = re.compile(r"\b[Ss]hares[ \t]+(?:of|in)[ \t]+(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})(?![\w-])")
# "Ticketmaster, which sold most tickets", "Pfizer and Merck, which make vaccines": not people
WHICH_RE = re.compile(r"(?P<name>[A-Z](?<![\w’'-][A-Z])[\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})"
                      r"(?=(?:[ \t]+and[ \t]+[A-Z][\w&-]+)?,[ \t]+which\b)")  # ("GE Aerospace, which builds ...")
# "UNICEF, the United Nations children's agency": an appositive headed by an organisation noun
APPOS_ORG_RE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w&-]+),[ \t]+(?:the|a|an|(?:[A-Z][\w-]+[ \t]+)?[A-Z][\w-]+(?:’s|'s))[ \t]+"
                          r"(?:[^,.;\n]|(?<=\b[A-Z])\.){0,50}?\b(?:agency|company|"  # ("the largest U.S. steelmaker")
                          r"group|firm|organi[sz]ation|[a-z]*maker|giant|body|regulator|watchdog|charity|union|network|"
                          r"broadcaster|operator|insurer|lender|retailer|startup|nonprofit|airline|customer|supplier|rival|line|bank|"
                          r"manufacturer|producer|consultancy|contractor|provider|lobby|house|parliament|importer|exporter|"
                          r"distributor|wholesaler|developer|publisher|studio|brewer|refiner|miner|"
                          r"legislature|federation|association|militia|ministry|council|exchange|fund|unit|subsidiary)"
                          r"(?=\s*[,.;:)]|\s+(?:said|says|has|had|is|was|will|would|which|that)\b|\s+of\s+[A-Z])")  # ("the unit of RTX")
# ("BaFin, Germany's financial regulator": a country's possessive opens it too)
UNIT_OF_RE = re.compile(r"[ \t]+of[ \t]+(?P<who>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})")
APPOS_ANCHOR_RE = re.compile(r",[ \t]+(?:the|a|an|(?:[A-Z][\w-]+[ \t]+)?[A-Z][\w-]+(?:’s|'s))[ \t]")
APPOS_PARENT_RE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<who>(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*?)(?:’s|'s)?[ \t]+[a-z]")
# "chief economist at Moody's Analytics", "a fellow at the Brookings Institution"
ROLE_AT_WORDS = ("economist analyst professor fellow director president chair chairman chairwoman executive spokesman "
                 "spokeswoman spokesperson researcher strategist official scientist partner lawyer counsel founder leader CEO "
                 "lecturer").split()
ROLE_AT_NOUNS = (*ROLE_AT_WORDS, "analysts", "economists", "researchers",
                                                         "strategists", "officials", "executives", "Analysts", "Economists")
DAY_OR_MONTH = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|"
                r"September|October|November|December)\b")
ROLE_AT_RE = re.compile(r"\b" + gazetteer.trie_pattern(list(ROLE_AT_NOUNS)) + r"[ \t]+(?:at|of|with)[ \t]+(?:the[ \t]+)?"
                        r"(?P<name>[A-Z][\w’'&.-]*(?:(?<![a-z]{2}\.)(?:[ \t]+(?:of|for|and|the|on))*[ \t]+(?!" + DAY_OR_MONTH + r")"
                        r"[A-Z][\w’'&.-]*){0,6}?)"  # (not "chief executive of Halden Bank on Monday")
                        r"(?=[ \t]*[,.;:)\n]|[ \t]+(?!(?:of|for|and|the|on)[ \t]+(?:the[ \t]+)?[A-Z])[a-z])")
# "Mossad chief David Barnea": a one-word organisation before a leader's role and a name (found from the role)
_LEADERS = "chief director head spokesman spokeswoman spokesperson chairman chairwoman president founder official".split()
# ("Microsoft President Brad Smith", "Pfizer Chief Executive Albert Bourla": the role capitalised too)
LEADER_WORDS = (*_LEADERS, *(w.capitalize() for w in _LEADERS), "CEO", "Chief Executive")
LEADER_ROLE_RE = re.compile(r"[ \t]" + gazetteer.trie_pattern(LEADER_WORDS) + r"[ \t]+[A-Z][a-z]")
PARTY_MEMBER_RE = re.compile(r"(?<![\w’'.-])(?P<name>Lib[ \t]+Dem|[A-Z][\w-]+)[ \t]+(?:MP|MPs|MEP|MEPs|lawmaker|lawmakers|legislator|"
                             r"legislators)[ \t]+(?=[A-Z])")
NOT_PARTIES = frozenset("democratic republican democrat gop independent senior veteran former opposition state "
                        "federal local top".split())
# "the United Nations refugee agency, UNHCR,": an acronym in apposition to a description of a body
# ("The employers' federation, Cepa, said": a name in apposition to a description of a body, acronym or not)
ACR_APPOS_RE = re.compile(r"[Tt](?<![\w-][Tt])he[ \t]+(?P<desc>(?:[A-Z][\w-]*[ \t]+){0,3}(?:[a-z][\w’'-]*[ \t]+){0,2}(?:agency|body|"
                          r"organi[sz]ation|group|watchdog|regulator|alliance|commission|court|bank|fund|party|union|"
                          r"federation|confederation|association|chamber|coalition|carrier|airline|operator)),"
                          r"[ \t]+(?P<acr>[A-Z][A-Z&]{1,7}|[A-Z][a-z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,2})(?=[,.;:)])")
# every match of ACR_APPOS_RE holds one of these (its body noun and the comma after it) and no line break
ACR_APPOS_KEYS = tuple(noun + "," for noun in ("agency", "body", "organisation", "organization", "group", "watchdog",
                       "regulator", "alliance", "commission", "court", "bank", "fund", "party", "union", "federation",
                       "confederation", "association", "chamber", "coalition", "carrier", "airline", "operator"))
MEMBER_WORDS_RE = re.compile(r" (?:MPs?|MEPs?|lawmakers?|legislators?) [A-Z]")
ACR_AFTER_COMMA_RE = re.compile(r", [A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}[,.;:)]")
CAPS_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w&-]+[ \t]+){1,2}$")
DEMONYM_LIKE_RE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)$")  # "Palestinian President": no company
LEADER_NAME_RE = re.compile(r"(?<![\w’'.-])(?<![A-Z][\w-] )(?P<name>[A-Z][\w&-]{2,})$")
# a sentence's first word before "President Obama" that names no body: a verb of an inverted tag ("Says President
# Obama: ...", "Adds"), a conjunction, preposition or adverb ("When", "Under", "Meanwhile", "Today")
# ("Government spokesman X", "Opposition spokesman X": the government's or the opposition's, no body of that name)
NOT_LEADERS_OF = NOT_SUBJECTS | frozenset(w.capitalize() for w in STRONG_FORMS | WEAK_FORMS) | frozenset(("Government", "Opposition",
                                                                                                 "Branch"))
# ("Branch president X" at a sentence's start: the union named before, not a body named "Branch": org_affiliations reads
# the word as its kind, as for "Branch secretary X")


CAPITAL_WORD_END_RE = re.compile(r"(?:[A-Z][\w’'-]*|(?:[A-Z]\.)+)[ \t]+$")


class _StemsAt:
    """Where each stem occurs in one text, each looked for once (the kinds', the roles' and the leaders' lists share
    words): positions() answers as stem_positions(text, stems)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}

    def positions(self, stems: tuple[str, ...]) -> list[int]:
        found: set[int] = set()
        for stem in stems:
            at = self.at.get(stem)
            if at is None:
                at = self.at[stem] = stem_positions(self.text, (stem,))
            found.update(at)
        return sorted(found)


def _leader_roles(text: str, at: _StemsAt) -> list[re.Match[str]]:
    """LEADER_ROLE_RE.finditer(text) as a list, the pattern tried only at a blank before one of LEADER_STEMS: a scan
    of the whole text tries it at every blank (~0.6 M instructions on the benchmark article)."""
    out: list[re.Match[str]] = []
    last = 0
    for i in at.positions(LEADER_STEMS):
        if i == 0 or i - 1 < last or text[i - 1] not in " \t":
            continue
        m = LEADER_ROLE_RE.match(text, i - 1)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _leaders(text: str, at: _StemsAt) -> list[re.Match[str]]:
    """'Mossad chief David Barnea': the word before each leader's role and a name."""
    out = []
    for r in _leader_roles(text, at):
        m = LEADER_NAME_RE.search(text, max(0, r.start() - 40), r.start())
        if m and not CAPITAL_WORD_END_RE.search(text[max(0, m.start() - 30):m.start()]):
            out.append(m)  # not "Springfield Police Chief": a word of a longer name
    return out


def _possessors(text: str) -> list[re.Match[str]]:
    """POSSESSOR_ROLE_RE.finditer(text) as a list, the pattern tried only where a name may start that runs up to a
    possessive "’s"/"'s": a scan of the whole text tries it at every capital letter (~0.6 M instructions on the
    benchmark article). The name (a capital, then word characters, "&" or "-") is all of the run of those before the
    possessive from where it starts, and no word character, apostrophe or hyphen stands before it: the run's first
    character, or one right after an "&" in it ("AT&T’s")."""
    starts = set()
    for mark in ("’s", "'s"):
        q = text.find(mark)
        while q != -1:
            r = q
            while r > 0 and (text[r - 1].isalnum() or text[r - 1] in "_&-"):
                r -= 1
            if q - r >= 2:  # (a capital and one character more at the least)
                starts.add(r)
                starts.update(i + 1 for i in range(r, q - 2) if text[i] == "&")
            q = text.find(mark, q + 1)
    out: list[re.Match[str]] = []
    last = 0
    for p in sorted(starts):
        if p < last:
            continue
        m = POSSESSOR_ROLE_RE.match(text, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _appositives(text: str) -> list[re.Match[str]]:
    """APPOS_ORG_RE matches, tried only where ", the" (or "a", "an") follows a capitalised word."""
    out = []
    for a in APPOS_ANCHOR_RE.finditer(text):
        name = LEADER_NAME_RE.search(text, max(0, a.start() - 40), a.start())
        m = APPOS_ORG_RE.match(text, name.start()) if name else None
        if m:
            out.append(m)
    return out


def _stems(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without those another of them begins ("chair" for "chairman"): where each match starts."""
    return tuple(w for w in words if not any(o != w and w.startswith(o) for o in words))


# lower-case words ending in a unit's noun after a name ("Google's AI| ethics unit"), and the possessor before "'s"
UNIT_AFTER_RE = re.compile(r"(?:[ \t]+[a-z][\w-]*){0,3}?[ \t]+(?:" + "|".join(sorted(UNIT_NOUNS)) + r")(?![\w-])")
POSSESSOR_RE = re.compile(r"(?P<name>[^’'\n]+?)(?=[’']s[ \t])")
STEMS = {KIND_NAME_RE: _stems(tuple(KINDS)), ROLE_AT_RE: _stems(ROLE_AT_NOUNS)}
# every leader's word starts with one of these: the roles' stem that begins it ("chair" of "chairman"), else the word
LEADER_STEMS = tuple(sorted({next((s for s in STEMS[ROLE_AT_RE] if w.startswith(s)), w) for w in _stems(LEADER_WORDS)}))


def cue_names(found: Found) -> None:
    """Organisations named by a cue: a kind before the name, a leader's role after it, "X, which", an
    appositive headed by a body's noun, a role at it, a leader's word before it, party members, shares."""
    text = found.text
    at = _StemsAt(text)
    for rx in (KIND_NAME_RE, POSSESSOR_ROLE_RE, WHICH_RE, APPOS_ORG_RE, ROLE_AT_RE, LEADER_NAME_RE, PARTY_MEMBER_RE, SHARES_OF_RE):
        if rx is WHICH_RE and ", which" not in text or rx is PARTY_MEMBER_RE and not MEMBER_WORDS_RE.search(text) \
                or rx is SHARES_OF_RE and "hares " not in text:
            continue  # (cheap gates before rare rules)
        for m in _matches(rx, text, at):
            if rx is ROLE_AT_RE and ("’s " in m.group("name") or "'s " in m.group("name")) \
                    and UNIT_AFTER_RE.match(text, m.end("name")):  # "a researcher at Google's AI ethics unit": Google
                m = POSSESSOR_RE.match(text, m.start("name")) or m
            if rx is ROLE_AT_RE and " and " in m.group("name") and (first := first_item(m.group("name"))) != m.group("name"):
                m = ROLE_AT_RE.match(text[:m.start("name") + len(first)] + ",", m.start()) or m  # ("a professor at
                # Fordham University and Margo Anderson, a historian": the university)
            _cue_name(found, rx, m)


def _matches(rx: re.Pattern[str], text: str, at: _StemsAt) -> Iterator[re.Match[str]] | list[re.Match[str]]:
    """rx.finditer(text); the leaders', the possessors' and the appositives' patterns have finders of their own, and a
    pattern that opens with a word of a short list is tried only where str.find sees the word's stem (`at`; a
    scan of the whole text with such a pattern costs about twice as much)."""
    if rx is LEADER_NAME_RE:
        return _leaders(text, at)
    if rx is APPOS_ORG_RE:
        return _appositives(text)
    if rx is POSSESSOR_ROLE_RE:
        return _possessors(text)
    stems = STEMS.get(rx)
    return rx.finditer(text) if stems is None else stem_matches(rx, at.positions(stems), text)


def _name_before(found: Found, lead: re.Match[str]) -> int:
    """Where a body's name starts whose last word follows lead (one or two capitalised words): the words
    of lead nearest it that are no sentence opener, date, place or person ("The Air" of "The Air Force's
    chief" gives "Air"; "In March", "Ohio", "Tuesday" nothing)."""
    start = lead.end()
    for w in reversed(list(re.finditer(r"\S+", lead.group()))):
        word = w.group()
        if LEAD_STOP_RE.fullmatch(word + " ") or word in NOT_LEADERS_OF or word in CALENDAR or gazetteer.lookup(word) \
                or found.is_person(word):
            break
        start = lead.start() + w.start()
    return start


# a kind a person shares with a body ("rival", "opposition"), and what opens a person's name after it
PEER_KINDS = ("rival", "opposition")
PERSON_OPENERS = frozenset(("Sen", "Rep", "Gov", "Dr", "Mr", "Mrs", "Ms", "Senator", "Governor", "Mayor", "President"))


def _a_persons_start(word: str) -> bool:
    """A given name or a person's title ("Sen" of "Sen. Ted Cruz")."""
    return word in PERSON_OPENERS or word.lower() in MALE_NAMES or word.lower() in FEMALE_NAMES


def _cue_name(found: Found, rx: re.Pattern[str], m: re.Match[str]) -> None:
    """The organisation one cue's match names (its whole name when the cue holds only its last word)."""
    text, orgs, is_person = found.text, found.orgs, found.is_person
    name = m.group("name")
    if rx in (LEADER_NAME_RE, PARTY_MEMBER_RE) and (name.lower() in ROLE_WORDS or name.lower() in ORG_HEADS or gazetteer.PLACE_RE.fullmatch(name)
                            or name in ("The", "A", "An", "Former", "Deputy", "Acting", "Interim", "Assistant", "Police", "Fire")
                            or rx is LEADER_NAME_RE and name in NOT_LEADERS_OF
                            or name.lower() in (MODIFIERS if rx is LEADER_NAME_RE else NOT_PARTIES)
                            or DEMONYM_LIKE_RE.fullmatch(name)):
        return
    if rx is KIND_NAME_RE and text.startswith(PEER_KINDS, m.start()) and _a_persons_start(name.split()[0]):
        return  # "his Republican rival John Kasich", "rival Sen. Ted Cruz": a person (not "its rival Airbus")
    if rx is APPOS_ORG_RE and name in US_STATE_NAMES:  # "Chispa Arizona, an environmental justice group"
        lead = CAPS_BEFORE_RE.search(text, max(0, m.start("name") - 40), m.start("name"))
        if lead:
            found.add(lead.start(), m.end("name"))
        return
    party = f"{name} Party" if f"{name} Party" in orgs or f"{name} Party" in companies.PARTIES else companies.NAME_OF.get(name)
    if rx is PARTY_MEMBER_RE and party in companies.PARTIES:  # "Conservative MP ...": the Conservative Party
        party = name if name in companies.NAME_OF and party == name + " Party" and party not in text \
            and party not in orgs else party  # ("Labour", a party's own short name, not "Conservative")
        member_of = orgs.setdefault(party, Org(party, "organization", venue_only=False))
        member_of.aliases += [] if name in member_of.aliases else [name]
        member_of.mentions.append(Span(m.start("name"), m.end("name")))
        return
    if not is_person(name) and not gazetteer.lookup(name) and name not in found.acronyms and name not in CALENDAR \
            and name not in US_STATE_NAMES:  # "in Lordstown, Ohio, the company said": a place
        start = m.start("name")
        if rx in (WHICH_RE, APPOS_ORG_RE):  # "Fraternal Order of Police, which": the whole name
            left = left_names(text, max(0, start - 80), start)
            if left and left.start() < start and (re.search(r"(?:of|for|the|de|&)[ \t]+$", text[left.start():start])
                                                  or name in ORG_NOUNS):  # "Democratic Progressive Party, which"
                start = left.start()
            elif rx is APPOS_ORG_RE and (lead := CAPS_BEFORE_RE.search(text, max(0, start - 40), start)) \
                    and not LEAD_STOP_RE.match(lead.group()) and not is_person(lead.group().split()[0]) \
                    and not any(w in CALENDAR or gazetteer.lookup(w) for w in lead.group().split()):
                start = lead.start()  # "Goldman Sachs, the investment bank": the whole name
        elif rx is POSSESSOR_ROLE_RE and name in companies.PLACE_COMPANY_WORDS and text[start - 1:start] == " ":
            place = gazetteer.PLACE_RE.search(text, max(0, start - 30), start - 1)  # "China Mobile's chairman": the
            if place is not None and place.end() == start - 1 and companies.place_named(text[place.start():m.end("name")]):
                start = place.start()  # whole name, not "Mobile"
        elif rx is POSSESSOR_ROLE_RE and text[start - 1:start] == " " and text[start - 2:start - 1].isalpha() \
                and (lead := CAPS_BEFORE_RE.search(text, max(0, start - 40), start)):
            start = _name_before(found, lead)  # "The Air Force's chief", "Royal Air Force's": the whole name
        end = m.end("name")
        if start == m.start("name") and any(o.name.endswith(" " + name) and any(sp.end == end for sp in o.mentions)
                                            for o in orgs.values()):
            return  # "California Association of Health Plans, which": the last word of a name found already
        org = found.add(start, m.end("name"), alias=None) if len(text[start:m.end("name")].split()) > 1 else None
        if org is None:
            the = 4 if name.startswith("The ") else 0  # "The RMT, which represents ...": a sentence's "The" is no part
            name = name[the:]
            single = orgs.get(name)
            if single is None:
                single = orgs[name] = Org(name, "organization", home_of(text, m.start("name") + the, name))
            single.mentions.append(Span(m.start("name") + the, m.end("name")))
            single.venue_only = False
            parent = (UNIT_OF_RE.match(text, m.end()) or APPOS_PARENT_RE.match(m.group(), len(name))) \
                if rx is APPOS_ORG_RE else None  # ("Raytheon, the unit of RTX Corp": RTX Corp)
            if parent and not single.affiliation:  # "UNICEF, the United Nations children's agency"
                hit = gazetteer.lookup(parent.group("who"))
                single.affiliation = hit[0] if hit else parent.group("who")


def acronym_appositives(found: Found) -> None:
    """'the United Nations refugee agency, UNHCR,', 'The employers' federation, Cepa, said': the name in
    apposition, with "the <noun>" as its alias and a place opening the description as its affiliation."""
    text, orgs = found.text, found.orgs
    for m in on_key_lines(ACR_APPOS_RE, text, ACR_APPOS_KEYS, ",") if ACR_AFTER_COMMA_RE.search(text) else ():
        acr, desc = m.group("acr"), m.group("desc")
        if m.group("acr") not in orgs and not gazetteer.lookup(acr) and not found.is_person(acr.split()[-1]) \
                and not (acr.split()[0] in CALENDAR or acr.split()[0].lower() in ROLE_WORDS):
            parent = gazetteer.PLACE_RE.match(desc)
            hit = gazetteer.lookup(parent.group()) if parent else None
            org = orgs[acr] = Org(acr, "organization", hit[0] if hit else None, ["the " + desc.split()[-1]], venue_only=False)
            org.mentions.append(Span(m.start("acr"), m.end("acr")))
