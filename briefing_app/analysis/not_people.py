"""Teams, festivals, bands and companies named like people ("the Seattle Seahawks" read as a person named
Seahawks; "Harbor Freightlines said it would buy ..."): made organisations before aliases and affiliations
are tied (analysis/org_coref.py)."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.org_fold import COMPANY_WORDS, fold_first_words
from briefing_app.analysis.org_people import DISTRICT_KINDS, FIRM_WORDS
from briefing_app.core.model import Actor, Span
from briefing_app.core.word_lists import words

FEATURES = frozenset("Sea Ocean Strait Straits Gulf River Canal Bay Mountains Desert Valley Islands Peninsula Basin".split())


# "Harbor Freightlines said on Monday it would buy ...": what a name "said" of itself as "it" is a body
SAID_IT_RE = re.compile(r"[ \t]+(?:said|says|announced|reported)\b[^.\n“\"]{0,30}?[ \t](?:it|its)[ \t]")


# "Bavarian Nordic, the Danish company that makes ...", "OVHcloud, the French hosting company": a body in apposition
APPOSITIVE_BODY_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?:(?!(?:of|for|at|with)[ \t])[\w-]+[ \t]+){0,3}?(?:company|firm|group|maker|manufacturer|bank|"
                                r"lender|insurer|carrier|airline|retailer|start-?up|developer|producer|operator|chain|"
                                r"conglomerate|giant|charity|nonprofit|organi[sz]ation|union|utility|broadcaster|publisher)"
                                r"(?![\w-])(?![ \t]+(?:of|for)\b)")


TOLD_RE = re.compile(r"\b(?:told|(?:an[ \t]+)?interview[ \t]+with)[ \t]+$")


def _said_it(text: str, a: Actor) -> bool:
    return not a.title and any(SAID_IT_RE.match(text, m.end, m.end + 60) or text.startswith(",", m.end)
                               and APPOSITIVE_BODY_RE.match(text, m.end, m.end + 80) for m in a.mentions)


THE_BEFORE_RE = re.compile(r"(?<![\w-])[Tt]he\s+$")


def _the_place_before(text: str, full: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The country every mention reads before the name, when "the" comes before it: 'the United States Elections
    Project' (names._place_ends cuts a country off a run as it cuts "United Nations" off "the United Nations Mike
    Waltz"; a person there has a title or a given name: "the British Museum Neil MacGregor"), and the country."""
    leads = {text[start:at].strip() for start, at in full}
    if len(leads) != 1:
        return None
    lead = leads.pop()
    hit = gazetteer.lookup(lead) if lead else None
    if hit is None or hit[1] != "country" or not all(THE_BEFORE_RE.search(text[max(0, s - 4):s]) for s, _ in full):
        return None
    return lead, hit[0]


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
        full = [(m.start, m.start + text[m.start:m.end].find(a.name)) for m in a.mentions if a.name in text[m.start:m.end]]
        the = bool(full) and all(THE_BEFORE_RE.search(text[max(0, at - 4):at]) for _, at in full)
        place = None if the or a.title or not full or any(sex_of(w) for w in words) else _the_place_before(text, full)
        heads = [o for o in by_title_word.get(words[-1], ()) if o is not a and o.title]
        district = words[-1] == "District" and words[-2] in DISTRICT_KINDS
        if not (the or place or heads or district or words[-1] in FIRM_WORDS or _said_it(text, a)):
            continue
        a.kind, a.title, a.affiliation = "organization", None, None
        if district:  # "Kings River Conservation District said": the whole name the run gave ("River" ended the person's)
            whole = max((x for x in a.aliases if x.endswith(" " + a.name) and x[:1].isupper()), key=len, default=a.name)
            whole = whole[4:] if whole.startswith("The ") else whole
            a.aliases = [x for x in a.aliases if x not in (whole, "The " + whole)]
            a.name = whole
        if place:  # the body's whole name ("United States Elections Project"), of its country
            a.name, a.affiliation = f"{place[0]} {a.name}", place[1]
            a.aliases = [x for x in a.aliases if x != a.name]
        made = True
        for o in heads:
            o.affiliation = o.affiliation or a.name
    if made:  # ("Harbor's chief executive": the short name of the company just made)
        doc.actors = fold_first_words(doc.actors)
    told = [a for a in doc.actors if a.kind == "person" and len(a.mentions) == 1 and not a.title and not a.affiliation
            and TOLD_RE.search(text, max(0, a.mentions[0].start - 22), a.mentions[0].start)]
    if told:  # "told Al Jazeera", "in an interview with Al Arabiya": an outlet given a comment, no actor
        doc.actors = [a for a in doc.actors if not any(a is t for t in told)]


# a company named by one word that acts as an "it" or gives no comment, opening its sentence: "Costco said in an email
# that it had pulled the products", "Kroger did not reply to a request for comment", "Nestle declined to comment"
BODY_CUE_RE = re.compile(r"[ \t]+(?:said(?:[ \t]+on[ \t]+[A-Z][a-z]+|[ \t]+in[ \t]+an?[ \t]+(?:statement|email|e-mail|filing))?[ \t]+"
                         r"(?:that[ \t]+)?(?:it|its)[ \t]|did[ \t]+not[ \t]+(?:immediately[ \t]+)?(?:respond|reply)|didn[’']t[ \t]+"
                         r"(?:immediately[ \t]+)?(?:respond|reply)|declined[ \t]+to[ \t]+comment)")
OPENING_WORD_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n))(?P<w>[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?)$")
CUE_KEYS = (" said", " did not", " didn", " declined")
NOT_BODIES = frozenset("It He She They We You This That These Those There Here Police Officials Authorities Prosecutors "
                       "Investigators Analysts Critics Residents Witnesses Doctors Lawyers Experts Economists Everyone "
                       "Nobody Someone Both Neither Each One Others Many Some Most "
                       # (a company's people named by a singular collective noun: "Management declined to comment",
                       # "Staff did not respond"; plurals such as "Shareholders" are _common_plural's)
                       "Management Staff Personnel Leadership".split())


# the second words of a company's name of two words that its first word alone may stand for ("Halden Bank": "Halden")
COMPANY_NAME_WORDS = COMPANY_WORDS | {"Bank", "Financial", "Motor", "Air", "Oil", "Gas", "Media", "Foods"}


def _common_plural(word: str) -> bool:
    """'Republicans', 'Teachers', 'Spokespeople', 'Utilities': the plural of a common English word (the word list of
    resources/words/) names a group, not a company ('Siemens', 'Walgreens', 'Sears': no listed singular)."""
    low = word.lower()
    if low.endswith(("people", "men")):
        return True
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    listed = words("en")
    return low[:-1] in listed or low.endswith("es") and low[:-2] in listed \
        or low.endswith("ies") and low[:-3] + "y" in listed


def one_word_bodies(doc: Document) -> None:
    """'Costco said in an email that it had pulled the products. Kroger did not reply to a request for comment.': a
    capitalised word that opens a sentence and is said to be an "it", or gives no comment, is an organisation when
    it is no place, given name, pronoun-like word or word of another actor's name."""
    text = doc.actor_text
    if not any(k in text for k in CUE_KEYS):
        return
    taken = {w for a in doc.actors for n in (a.name, *a.aliases) for w in n.split()}
    spans = sorted((m.start, m.end) for a in doc.actors for m in a.mentions)
    made: dict[str, Actor] = {}
    for key in CUE_KEYS:
        at = text.find(key)
        while at != -1:
            cue = BODY_CUE_RE.match(text, at)
            word = OPENING_WORD_RE.search(text, max(0, at - 30), at) if cue else None
            w = word.group("w") if word else ""
            if w and w not in made and w not in NOT_BODIES and not gazetteer.lookup(w) \
                    and sex_of(w) is None and not _common_plural(w):
                mentions = [Span(a, b) for a, b in whole_word(text, w) if not any(s <= a < e for s, e in spans)]
                if w in taken:
                    _short_name(doc.actors, w, mentions)  # "Halden Bank fined ... Halden said it accepted": the bank
                elif mentions:
                    made[w] = Actor(w, "organization", mentions=mentions)
            at = text.find(key, at + 1)
    doc.actors.extend(made.values())


def _short_name(actors: list[Actor], word: str, mentions: list[Span]) -> None:
    """The mentions of a word that opens the name of exactly one company of the text (its first word and a company
    word: "Halden" of "Halden Bank") and of no other actor's name are that company's, the word an alias."""
    owners = [a for a in actors if word in (a.name, *a.aliases) or word in a.name.split()[1:]
              or a.name.split()[0] == word and (a.kind != "organization" or len(a.name.split()) != 2
                                                or a.name.split()[1] not in COMPANY_NAME_WORDS)]
    opened = [a for a in actors if a.kind == "organization" and a.name.split()[0] == word]
    if owners or len(opened) != 1 or not mentions:
        return
    company = opened[0]
    company.aliases.append(word)
    company.mentions = sorted([*company.mentions, *mentions], key=lambda sp: sp.start)
