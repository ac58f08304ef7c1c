"""Organisations and governments a text names beyond the gazetteer: capitalised names ending
in an organisation noun ("National Intelligence Service", "Democratic National Committee"),
names with their acronym in brackets ("Center for Strategic and International Studies
(CSIS)"; the acronym becomes an alias and later mentions of it count), units named after
such an acronym ("CSIS Beyond Parallel"), and "the Yoon administration" (a government).
A possessive or leading place gives the affiliation ("Korea's National Intelligence
Service", "the Russian Defense Ministry"). News media named only as a venue are left out.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from briefing_app.analysis import companies, gazetteer
from briefing_app.analysis.known_bodies import known_bodies
from briefing_app.analysis.occurrences import on_key_lines, whole_word
from briefing_app.analysis.org_cues import acronym_appositives, cue_names
from briefing_app.analysis.org_found import CALENDAR, CAPW, LINK, Found, Org, left_names, trim
from briefing_app.analysis.org_kinds import name_kinds
from briefing_app.analysis.org_people import HEAD_WORDS, HEADS_EXTRA
from briefing_app.analysis.roles import MODIFIERS, ROLE_WORDS
from briefing_app.analysis.spans import SpansByStart
from briefing_app.core.model import Actor, Span

# organisation nouns (factored by common prefixes: much faster to scan than a flat alternation)
HEADS = gazetteer.trie_pattern([*HEAD_WORDS, *HEADS_EXTRA], not_after=r"[\w-]")
HEAD_RE = re.compile(HEADS + r"(?![\w-])")
# a company named after a possessive, its legal suffix right after it ("Kohl's Corp.", "Macy's Inc.", "Dillard's Inc.")
LEGAL_SUFFIXES = frozenset("Corp. Corp Inc. Inc Co. Co Ltd. Ltd LLC PLC plc".split())
OWNER_NAME_RE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*(?:'s|’s)[ \t]+\Z")
ENDS_IN_HEAD_RE = re.compile(r"(?<![\w-])" + HEADS + r"$")
# capitalised words up to another organisation noun right after one ("Workers" of "Rail Workers Safety Coalition")
INNER_HEAD_RE = re.compile(r"(?:[ \t]+[A-Z][\w&-]*){0,2}[ \t]+" + HEADS + r"(?![\w-])")
TAIL_RE = re.compile(r"(?:[ \t]+(?:of|for|on(?=[ \t]+[A-Z][a-z]+[ \t]+(?:and[ \t]+)?[A-Z]))[ \t]+(?:(?:the|a|an)[ \t]+)?" + CAPW + r"(?:[ \t]+" + CAPW + r"){0,3}){1,2}"
                     r"(?:[ \t]+(?:and|&)[ \t]+" + CAPW + r"(?:[ \t]+" + CAPW + r"){0,2}(?![ \t]+(?:for|of|[A-Z])))?(?=[\s,.;:)]|[’']s?[ \t])")  # "of Allergy and Infectious Diseases", "for the Welfare of Immigrants"; before a possessive ("Board of Education's")
# the same with a list of the body's fields, its last one after "and" ("Ministry of Housing, Communities and Local
# Government", "National Union of Rail, Maritime and Transport Workers"): tried when a comma follows TAIL_RE's match
TAIL_LIST_RE = re.compile(r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?" + CAPW + r"(?:[ \t]+" + CAPW + r"){0,2})(?P<list>(?:,[ \t]+" + CAPW
                          + r"(?:[ \t]+" + CAPW + r"){0,2}){1,3},?[ \t]+(?:and|&)[ \t]+" + CAPW + r"(?:[ \t]+" + CAPW
                          + r"){0,2})(?![ \t]+[A-Z])(?=[\s,.;:)]|[’']s?[ \t])")
ROLE_IN_TAIL_RE = re.compile(r"[ \t]+(?:President|Chairman|Chairwoman|Chair|Director|Secretary|Chief|Executive|"
                             r"Spokesman|Spokeswoman|Commissioner|Governor|Senator|Mayor)\b")
# a name whose first words are a list ("Retail, Wholesale and Department Store Union"): the words before the last comma
# of the list, found from the name's start when it opens with one or two capitalised words and "and"
LIST_AND_RE = re.compile(r"[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)?,?[ \t]+(?:and|&)[ \t]+[A-Z]")
LIST_BEFORE_RE = re.compile(r"(?<![\w’'-])(?!(?:The|A|An|And|But|In|On|At|For|Of)\b)[A-Z][\w&-]*(?:,[ \t]+[A-Z][\w&-]*){0,2},[ \t]+\Z")
PAREN_ACR_RE = re.compile(r"[ \t]+\((?P<acr>[A-Z][A-Za-z&]{1,8}(?:-[A-Z]{1,2})?)\)")  # ("(PDI-P)")
FULL_RE = re.compile(r"(?<![\w’'-])(?:" + CAPW + LINK + r"){1,8}" + CAPW + r"$")
# "General Motors spokesman Kevin Doyle", "General Motors' chief executive": a name of two or three
# capitalised words (no person's, no title's) as the employer of a leader's role
EMPLOYER_ROLE_RE = re.compile(r"(?P<name>[A-Z](?<![\w’'.-][A-Z])[\w&-]+(?:[ \t]+[A-Z][\w&-]+){1,2})(?:’s|'s|(?<=s)’|(?<=s)')?"
                              r"[ \t]+(?:chief executive|chief financial officer|chief operating officer|chief economist|"
                              r"CEO|CFO|spokesman|spokeswoman|spokesperson|chairman|chairwoman|president|founder)\b")
# every role EMPLOYER_ROLE_RE ends in starts with one of these; a match holds no line break
EMPLOYER_ROLE_STARTS = ("chief ", "CEO", "CFO", "spokes", "chair", "president", "founder")
ADMIN_RE = re.compile(r"[Tt](?<!\w[Tt])he[ \t]+(?P<name>[A-Z][\w’'-]+[ \t]+administration)\b")
MEDIA_RE = re.compile(r"\b(?:News|Press|Times|Post|Journal|Broadcasting|Television|TV|Radio|Daily|Herald|Tribune|"
                      r"Gazette|Telegraph|Newspaper|Magazine)\b")


# the last words of the gazetteer's longer place names ("Emirates", "Arab Emirates", "Kingdom")
PLACE_TAILS = frozenset(" ".join(name.split()[i:]) for name in gazetteer.ALIAS_TO_NAME for i in range(1, len(name.split())))


# parties named by their members in the plural, outside the United States ("the Conservatives", "the Liberals";
# "Democrats" and "Republicans" are members as often as the parties and stay out)
PARTY_PLURALS = ("Conservatives", "Liberals", "Tories", "Greens", "Liberal Democrats", "Lib Dems", "Social Democrats",
                 "Christian Democrats", "Socialists")


def _plural_parties(text: str, orgs: dict[str, Org]) -> None:
    """'The Conservatives are split', 'accused the Liberals of ...': the party, by the name the text gives it."""
    for name in PARTY_PLURALS:
        if name not in text:
            continue
        spans = [Span(a, b) for a, b in whole_word(text, name) if " " in name or text[max(0, a - 4):a] in ("the ", "The ")]
        # (a name of two words is the party's with no "the" too: "Opposition Liberal Democrats tabled an amendment")
        if spans and name not in orgs:
            orgs[name] = Org(name, "organization", mentions=spans, venue_only=False)


def _inside_a_place(text: str, s: int, e: int) -> bool:
    """Is text[s:e] the end of a longer place's name the gazetteer knows ("United Arab Emirates")?"""
    return any(m.end() == e and m.start() < s for m in gazetteer.PLACE_RE.finditer(text, max(0, s - 30), e))


def _held(orgs: dict[str, Org]) -> tuple[SpansByStart[Org], dict[int, int]]:
    """The organisations' mentions, to ask which hold a span, and each organisation's place in orgs."""
    return (SpansByStart((m.start, m.end, o) for o in orgs.values() for m in o.mentions),
            {id(o): i for i, o in enumerate(orgs.values())})


def _known_companies(text: str, orgs: dict[str, Org], is_person: Callable[[str], bool]) -> None:
    """Companies a wire names bare ("Goldman Sachs advised ...", "Maersk said"): a mention inside one
    found already is an alias of it, else the company is an organisation of its own. (The mentions that hold a
    company's are looked up among those near it, spans.SpansByStart, kept as mentions are added.)"""
    held: SpansByStart[Org] | None = None  # (made at the first company)
    order: dict[int, int] = {}
    for name, s, e in companies.mentions(text):
        said = text[s:e]
        if " " not in said and is_person(said) or gazetteer.lookup(said):
            continue  # "Rep. Mike Honda ... Honda said"
        if s and text[s - 1] == " " and text[s - 2:s - 1].isalpha() and _inside_a_place(text, s, e):
            continue  # "Emirates" of "the United Arab Emirates"
        if held is None:
            held, order = _held(orgs)
        org = min((o for _, _, o in held.holding(s, e)), key=lambda o: order[id(o)], default=None) \
            or orgs.get(name) or next((o for o in orgs.values() if said in o.aliases or o.name == said), None)
        if org is None:  # ("Labour" of a text that never writes "Labour Party" is named as the text names it)
            name = said if name == said + " Party" and name not in text else name
            replaced = name in orgs
            org = orgs[name] = Org(name, "organization")
            if replaced:  # (a new organisation in the place of one)
                held, order = _held(orgs)
            else:
                order[id(org)] = len(order)
        if said != org.name and said not in org.aliases and not any((a, b) != (s, e) for a, b, o in held.holding(s, e)
                                                                     if o is org):
            org.aliases.append(said)
        if not any(o is org for _, _, o in held.holding(s, s + 1)):  # (none of its mentions holds the start)
            org.mentions.append(Span(s, e))
            held.add(s, e, org)
        org.venue_only = False


def find(text: str, is_person: Callable[[str], bool] = lambda name: False) -> list[Actor]:
    found = Found(text, is_person)
    taken = _bracketed_acronyms(found)
    _by_head_noun(found, taken)
    if found.acronyms:
        _acronym_units(found)
    _named_kinds(found)
    for m in on_key_lines(ADMIN_RE, text, ("administration",)):  # (a match holds no line break)
        found.add(m.start("name"), m.end("name"), "government")
    _employers(found)
    cue_names(found)
    acronym_appositives(found)
    _known_companies(text, found.orgs, is_person)
    known_bodies(found)
    if "he " in text:
        _plural_parties(text, found.orgs)
    _later_mentions(text, found.orgs)
    if "Local " in text or " Lodge " in text:
        _union_locals(text, found.orgs)
    out = []
    spans = SpansByStart((sp.start, sp.end, id(org)) for org in found.orgs.values() for sp in org.mentions)
    for org in found.orgs.values():
        if MEDIA_RE.search(org.name) and org.venue_only:
            continue
        if org.mentions and all(any(b - a > sp.end - sp.start and who != id(org)
                                    for a, b, who in spans.holding(sp.start, sp.end)) for sp in org.mentions):
            continue  # "Budget Responsibility" found only inside "the Office for Budget Responsibility"
        if org.name in PLACE_TAILS and all(_inside_a_place(text, m.start, m.end) for m in org.mentions):
            continue  # "Emirates" found in "the United Arab Emirates, which ..."
        org.mentions.sort(key=lambda sp: sp.start)
        out.append(Actor(org.name, org.kind, None, org.affiliation, org.aliases, org.mentions))
    return out


def _bracketed_acronyms(found: Found) -> list[tuple[int, int]]:
    """'Center for Strategic and International Studies (CSIS)': the full name, with the acronym as its
    alias (and a name for it later); the spans of the full names."""
    text = found.text
    taken = []
    for p in PAREN_ACR_RE.finditer(text) if "(" in text else ():  # "Center for Strategic and International Studies (CSIS)"
        full = FULL_RE.search(text, max(0, p.start() - 150), p.start())
        if not full or full.group().isupper():
            continue  # "RIO DE JANEIRO (AP)": a dateline and its agency
        start = _acronyms_own_start(text, full.start(), full.end(), p.group("acr"))
        s, _ = trim(text, start, full.end())
        found.acronyms[p.group("acr")] = text[s:full.end()]
        taken.append((start, full.end()))
        found.add(start, full.end(), alias=p.group("acr"))
    return taken


def _acronyms_own_start(text: str, s: int, e: int, acr: str) -> int:
    """'the Federal Reserve and the Office of the Comptroller of the Currency (OCC)': where the name the acronym
    spells starts, after an "and" that joins two names (the whole span when no such start spells it)."""
    if " and " not in text[s:e]:
        return s
    letters = acr.upper().replace(".", "").replace("&", "")
    for m in re.finditer(r"[ \t]and[ \t]+(?:the[ \t]+)?", text[s:e]):
        rest = text[s + m.end():e]
        if "".join(w[0] for w in rest.split() if w[0].isupper()) == letters:
            return s + m.end()
    return s


def _by_head_noun(found: Found, taken: list[tuple[int, int]]) -> None:
    """Capitalised names ending in an organisation noun ("National Intelligence Service"), with the words
    after it ("of Allergy and Infectious Diseases"), outside the bracketed names taken already."""
    text = found.text
    for h in HEAD_RE.finditer(text):
        left = left_names(text, max(0, h.start() - 120), h.start())
        if h.group() == "Air" and (left is None or text[h.end() + 1:h.end() + 2].isupper()):
            continue  # "Southern Cross Air", but not "Air Force", "Royal Air Force", "Air Canada"
        start = left.start() if left else h.start()
        if h.group() in LEGAL_SUFFIXES and start == h.start():
            owner = OWNER_NAME_RE.search(text, max(0, h.start() - 30), h.start())
            if owner and not found.is_person(owner.group().rstrip()[:-2].rstrip("'’")):
                start = owner.start()  # "Kohl's Corp.", "McDonald's Corp.", "Macy's Inc." (not a person's)
        if left and text.startswith(", ", start - 2) and LIST_AND_RE.match(text, start):
            listed = LIST_BEFORE_RE.search(text, max(0, start - 60), start)  # "the Retail, Wholesale and Department Store
            start = listed.start() if listed and _fields(text[listed.start():start]) else start  # Union": the
            # name's first words, before the commas
        joined = text.rfind(" and the ", start, h.start())
        if joined != -1:  # "the U.S. Justice Department and the Federal Trade Commission": two names
            start = joined + 9
        joined = text.rfind(" and ", start, h.start())
        if joined != -1 and ENDS_IN_HEAD_RE.search(text, start, joined):
            start = joined + 5  # "Delta Air Lines and United Airlines": a body's name ends before "and"
        if left and h.group() == "Cabinet" and text.startswith(" Secretary", h.end()):
            continue  # "Chief Cabinet Secretary Yoshimasa Hayashi": a title
        tail = TAIL_RE.match(text, h.end())
        if tail and text.startswith(", ", tail.end()):
            listed = TAIL_LIST_RE.match(text, h.end())
            tail = listed if listed and _fields(listed.group("list")) else tail
        if tail is None and text[h.end() + 1:h.end() + 2].isupper() and INNER_HEAD_RE.match(text, h.end()):
            continue  # "Rail Workers Safety Coalition": "Workers" is a word of the name, not the end of one
        end = tail.end() if tail else h.end()
        role = ROLE_IN_TAIL_RE.search(text, h.end(), end)  # "... of Community Colleges President Walter"
        end = role.start() if role else end
        if not any(a < end and start < b for a, b in taken):
            found.add(start, end)


def _fields(words: str) -> bool:
    """Are the capitalised words of a list inside a body's name fields, not other names: no place or known company
    ("the Department of Justice, Google and Apple said", "Paris, Berlin and Rome": names)? (Not the person test: a
    lone capitalised word is a name hit there.)"""
    caps = [w for w in re.findall(r"[A-Z][\w&-]*", words)]
    return bool(caps) and not any(gazetteer.lookup(w) or w in companies.NAME_OF for w in caps)


def _acronym_units(found: Found) -> None:
    """Later mentions of a bracketed acronym, and units named after one ("CSIS Beyond Parallel")."""
    text, acronyms = found.text, found.acronyms
    unit_re = re.compile(r"(?<![\w-])(?P<acr>" + "|".join(map(re.escape, acronyms)) + r")(?P<unit>(?:[ \t]+[A-Z][\w’'-]+){0,3})(?![\w-])")
    for m in unit_re.finditer(text):
        if m.group("unit"):  # "the CSIS Beyond Parallel website": a unit of the organisation
            found.add(m.start(), m.end())
        else:
            full_name = acronyms[m.group("acr")]
            org = found.orgs.get(full_name)
            if org is not None and not any(x.start == m.start() for x in org.mentions):
                org.mentions.append(Span(m.start(), m.end()))


def _named_kinds(found: Found) -> None:
    """'the Teamsters union': a name before a kind of body (one word too)."""
    text, orgs = found.text, found.orgs
    for s, e, alias in name_kinds(text, found.is_person):  # "the Teamsters union"
        if found.add(s, e, alias=alias) is None:  # (one word)
            org = orgs.setdefault(text[s:e], Org(text[s:e], "organization", venue_only=False))
            org.aliases += [alias] if alias not in org.aliases else []
            org.mentions.append(Span(s, e))


def _employers(found: Found) -> None:
    """'General Motors spokesman Kevin Doyle': a name of two or three capitalised words before a leader's role."""
    text, is_person = found.text, found.is_person
    for m in _employer_matches(text):
        if any(s.start < m.start("name") and m.end("name") <= s.end for o in found.orgs.values() for s in o.mentions):
            continue  # the last words of a longer name found before ("Houston Independent School District")
        words = m.group("name").split()
        if not (is_person(words[-1]) or words[-1].lower() in ROLE_WORDS | MODIFIERS
                or any(w.lower() in MODIFIERS or w in CALENDAR for w in words[1:]) or gazetteer.PLACE_RE.search(m.group("name"))):
            found.add(m.start("name"), m.end("name"))


def _employer_matches(text: str) -> Iterator[re.Match[str]]:
    """EMPLOYER_ROLE_RE.finditer(text), the same matches in the same order, read only on the lines that hold a
    role's first word: a scan of every line cost ~1% of an analysis, and most lines hold none."""
    return on_key_lines(EMPLOYER_ROLE_RE, text, EMPLOYER_ROLE_STARTS)


# "Teamsters Local 727", "Amalgamated Transit Union Local 1001", "Fraternal Order of Police Lodge 93": a union's local
# or lodge, named by its number
LOCAL_NUMBER_RE = re.compile(r"(?:[ \t]+(?:Local|Lodge))?[ \t]+\d{1,5}(?![\w,.-]\w)")


def _union_locals(text: str, orgs: dict[str, Org]) -> None:
    """A union's name followed by "Local" or "Lodge" and a number (or a name found as "... Local" before its number):
    the local, an organisation of its own named in full (the number is no mention of the union); the union is its
    parent when the text names the union elsewhere too ("The United Food and Commercial Workers International Union
    (UFCW) ... president of UFCW Local 1059")."""
    made: list[tuple[Org, str]] = []
    for org in list(orgs.values()):
        ends_local = org.name.endswith((" Local", " Lodge"))
        for sp in list(org.mentions):
            named = ends_local and text.startswith(org.name, sp.start)
            if not (named or text.startswith((" Local ", " Lodge "), sp.end)):
                continue
            m = LOCAL_NUMBER_RE.match(text, sp.end)
            if m is None or not named and not m.group().lstrip().startswith(("Local", "Lodge")):
                continue
            name = text[sp.start:m.end()]
            local = orgs.setdefault(name, Org(name, "organization", venue_only=False))
            local.mentions.append(Span(sp.start, m.end()))
            org.mentions.remove(sp)
            made.append((local, org.name.rsplit(" ", 1)[0] if named else org.name))
        if not org.mentions:
            del orgs[org.name]
    for local, union in made:
        parent = next((o for o in orgs.values() if o is not local and o.mentions and (o.name == union or union in o.aliases)),
                      None)
        if parent is not None and local.affiliation is None:
            local.affiliation = parent.name


def _later_mentions(text: str, orgs: dict[str, Org]) -> None:
    """Later mentions of a one-word organisation ("Nvidia said")."""
    for org in orgs.values():
        if " " not in org.name:
            starts = {s.start for s in org.mentions}
            for start, end in whole_word(text, org.name):
                if start not in starts:
                    org.mentions.append(Span(start, end))


__all__ = ["find"]
