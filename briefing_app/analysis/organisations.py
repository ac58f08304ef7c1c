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
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing_app.analysis import companies, gazetteer
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.org_homes import home_of
from briefing_app.analysis.org_kinds import name_kinds
from briefing_app.analysis.org_people import HEAD_WORDS, HEADS_EXTRA, ORG_NOUNS, without_people
from briefing_app.analysis.roles import MODIFIERS, ORG_HEADS, ROLE_WORDS, US_STATE_NAMES
from briefing_app.core.model import Actor, Span

# organisation nouns (factored by common prefixes: much faster to scan than a flat alternation)
HEADS = gazetteer.trie_pattern([*HEAD_WORDS, *HEADS_EXTRA], not_after=r"[\w-]")
CAPW = r"(?:[A-Z][\w&-]*|(?:[A-Z]\.){2,})"
# (a lookbehind written after a pattern's first capital, "[A-Z](?<![\w-][A-Z])", lets the regex engine skip
# ahead to capitals: the same as the lookbehind before it, and much faster to scan)
LINK = r"(?:[ \t]+(?:of|for|and|on|the|de|&)){0,2}[ \t]+"
HEAD_RE = re.compile(HEADS + r"(?![\w-])")
# the words before an organisation noun, matched backwards from it ("National Intelligence" Service)
LEFT_RE = re.compile(r"(?<![\w’'-])(?:" + CAPW + LINK + r"){0,7}$")
TAIL_RE = re.compile(r"(?:[ \t]+(?:of|for|on(?=[ \t]+[A-Z][a-z]+[ \t]+(?:and[ \t]+)?[A-Z]))[ \t]+(?:the[ \t]+)?" + CAPW + r"(?:[ \t]+" + CAPW + r"){0,3}){1,2}"
                     r"(?:[ \t]+(?:and|&)[ \t]+" + CAPW + r"(?:[ \t]+" + CAPW + r"){0,2}(?![ \t]+(?:for|of|[A-Z])))?(?=[\s,.;:)])")  # "of Allergy and Infectious Diseases", "for the Welfare of Immigrants"
ROLE_IN_TAIL_RE = re.compile(r"[ \t]+(?:President|Chairman|Chairwoman|Chair|Director|Secretary|Chief|Executive|"
                             r"Spokesman|Spokeswoman|Commissioner|Governor|Senator|Mayor)\b")
PAREN_ACR_RE = re.compile(r"[ \t]+\((?P<acr>[A-Z][A-Za-z&]{1,8})\)")
FULL_RE = re.compile(r"(?<![\w’'-])(?:" + CAPW + LINK + r"){1,8}" + CAPW + r"$")
# "energy company Ukrenergo", "environmental group Greenpeace"; "Nvidia's chief executive"
KINDS = ("company group firm operator organisation organization party network broadcaster bank charity watchdog "
         "regulator insurer carrier airline automaker retailer startup maker giant lender consultancy opposition rival").split()
KIND_NAME_RE = re.compile(r"\b" + gazetteer.trie_pattern(KINDS) + r"[ \t]+(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})(?![\w-])")
POSSESSOR_ROLE_RE = re.compile(r"(?P<name>[A-Z](?<![\w’'-][A-Z])[\w&-]+)(?:’s|'s)[ \t]+(?:(?:interim|acting|new|former)[ \t]+)?(?:chief executive|chief|CEO|chairman|"
                               r"president|vice president|general counsel|chief economist|head|director|"
                               r"chairwoman|founder|co-founder|board|shareholders|employees|executives|spokesman|spokeswoman|"
                               r"planned|shares|stock|headquarters)\b")
# "General Motors spokesman Kevin Doyle", "General Motors' chief executive": a name of two or three
# capitalised words (no person's, no title's) as the employer of a leader's role
EMPLOYER_ROLE_RE = re.compile(r"(?P<name>[A-Z](?<![\w’'.-][A-Z])[\w&-]+(?:[ \t]+[A-Z][\w&-]+){1,2})(?:’s|'s|(?<=s)’|(?<=s)')?"
                              r"[ \t]+(?:chief executive|chief financial officer|chief operating officer|chief economist|"
                              r"CEO|CFO|spokesman|spokeswoman|spokesperson|chairman|chairwoman|president|founder)\b")
# "Shares of Microsoft were little changed", "shares in Lundbeck": a listed company
SHARES_OF_RE = re.compile(r"\b[Ss]hares[ \t]+(?:of|in)[ \t]+(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})(?![\w-])")
# "Ticketmaster, which sold most tickets", "Pfizer and Merck, which make vaccines": not people
WHICH_RE = re.compile(r"(?P<name>[A-Z](?<![\w’'-][A-Z])[\w&-]+)(?=(?:[ \t]+and[ \t]+[A-Z][\w&-]+)?,[ \t]+which\b)")
# "UNICEF, the United Nations children's agency": an appositive headed by an organisation noun
APPOS_ORG_RE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w&-]+),[ \t]+(?:the|a|an|[A-Z][\w-]+(?:’s|'s))[ \t]+[^,.;\n]{0,50}?\b(?:agency|company|"
                          r"group|firm|organi[sz]ation|maker|giant|body|regulator|watchdog|charity|union|network|"
                          r"broadcaster|operator|insurer|lender|retailer|startup|nonprofit|automaker|airline|customer|supplier|rival|line|bank|"
                          r"chipmaker|carmaker|manufacturer|producer|consultancy|contractor|provider)"
                          r"(?=\s*[,.;:)]|\s+(?:said|says|has|had|is|was|will|would|which|that)\b)")
# ("BaFin, Germany's financial regulator": a country's possessive opens it too)
APPOS_ANCHOR_RE = re.compile(r",[ \t]+(?:the|a|an|[A-Z][\w-]+(?:’s|'s))[ \t]")
APPOS_PARENT_RE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<who>(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*?)(?:’s|'s)?[ \t]+[a-z]")
# "chief economist at Moody's Analytics", "a fellow at the Brookings Institution"
ROLE_AT_WORDS = ("economist analyst professor fellow director president chair chairman chairwoman executive spokesman "
                 "spokeswoman spokesperson researcher strategist official scientist partner lawyer counsel founder leader CEO "
                 "lecturer").split()
ROLE_AT_RE = re.compile(r"\b" + gazetteer.trie_pattern([*ROLE_AT_WORDS, "analysts", "economists", "researchers",
                                                         "strategists", "officials", "executives", "Analysts", "Economists"]) + r"[ \t]+(?:at|of|with)[ \t]+(?:the[ \t]+)?"
                        r"(?P<name>[A-Z][\w’'&.-]*(?:(?<![a-z]{2}\.)(?:[ \t]+(?:of|for|and|the|on))*[ \t]+[A-Z][\w’'&.-]*){0,6}?)"
                        r"(?=[ \t]*[,.;:)\n]|[ \t]+(?!(?:of|for|and|the|on)[ \t]+(?:the[ \t]+)?[A-Z])[a-z])")
# "Mossad chief David Barnea": a one-word organisation before a leader's role and a name (found from the role)
_LEADERS = "chief director head spokesman spokeswoman spokesperson chairman chairwoman president founder official".split()
# ("Microsoft President Brad Smith", "Pfizer Chief Executive Albert Bourla": the role capitalised too)
LEADER_ROLE_RE = re.compile(r"[ \t]" + gazetteer.trie_pattern(
    [*_LEADERS, *(w.capitalize() for w in _LEADERS), "CEO", "Chief Executive"]) + r"[ \t]+[A-Z][a-z]")
PARTY_MEMBER_RE = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w-]+)[ \t]+(?:MP|MPs|MEP|MEPs|lawmaker|lawmakers|legislator|"
                             r"legislators)[ \t]+(?=[A-Z])")
NOT_PARTIES = frozenset("democratic republican democrat gop independent senior veteran former opposition state "
                        "federal local top".split())
# "the United Nations refugee agency, UNHCR,": an acronym in apposition to a description of a body
# ("The employers' federation, Cepa, said": a name in apposition to a description of a body, acronym or not)
ACR_APPOS_RE = re.compile(r"[Tt](?<![\w-][Tt])he[ \t]+(?P<desc>(?:[A-Z][\w-]*[ \t]+){0,3}(?:[a-z][\w’'-]*[ \t]+){0,2}(?:agency|body|"
                          r"organi[sz]ation|group|watchdog|regulator|alliance|commission|court|bank|fund|party|union|"
                          r"federation|confederation|association|chamber|coalition|carrier|airline|operator)),"
                          r"[ \t]+(?P<acr>[A-Z][A-Z&]{1,7}|[A-Z][a-z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,2})(?=[,.;:)])")
MEMBER_WORDS_RE = re.compile(r" (?:MPs?|MEPs?|lawmakers?|legislators?) [A-Z]")
ACR_AFTER_COMMA_RE = re.compile(r", [A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}[,.;:)]")
CAPS_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w&-]+[ \t]+){1,2}$")
DEMONYM_LIKE_RE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)$")  # "Palestinian President": no company
LEADER_NAME_RE = re.compile(r"(?<![\w’'.-])(?<![A-Z][\w-] )(?P<name>[A-Z][\w&-]{2,})$")
CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                     "July August September October November December".split())
ADMIN_RE = re.compile(r"[Tt](?<!\w[Tt])he[ \t]+(?P<name>[A-Z][\w’'-]+[ \t]+administration)\b")
MEDIA_RE = re.compile(r"\b(?:News|Press|Times|Post|Journal|Broadcasting|Television|TV|Radio|Daily|Herald|Tribune|"
                      r"Gazette|Telegraph|Newspaper|Magazine)\b")
LEAD_STOP_RE = re.compile(r"(?:The|A|An|This|That|But|And|In|On|At|For|Under|When|While|If|As|By|With|From)[ \t]+")
LEAD_ROLE_RE = re.compile(r"([A-Z][\w-]*)[ \t]+(?:(?:of|for|at)[ \t]+)?(?:the[ \t]+)?")
VENUE_BEFORE_RE = re.compile(r"\b(?:told|to|on|in)[ \t]+(?:the[ \t]+)?(?:[\w’'-]+(?:’s|'s)[ \t]+)?(?:state-run[ \t]+)?$")


@dataclass
class Org:
    name: str
    kind: str = "organization"
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    venue_only: bool = True


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading "The"/"But" and the like, which a sentence start capitalises, and a
    leading role ("CEO of the U.S. Studies Centre"; but "General Motors" keeps its "General")."""
    while True:
        m = LEAD_STOP_RE.match(text, s, e)
        if m:
            s = m.end()
            continue
        r = LEAD_ROLE_RE.match(text, s, e)
        if r and r.group(1).lower() in ROLE_WORDS and not (r.group(1) == "General" and r.end() == s + 8) \
                and len(text[r.end():e].split()) > 1:  # ("Premier League": the league's word, not a premier's)
            s = r.end()
            continue
        link = re.match(r"(?:of|for|and|on|the|de)[ \t]+", text[s:e])  # "Democrat on the Senate ..."
        if link:
            s += link.end()
            continue
        return s, e


def _leaders(text: str) -> list[re.Match[str]]:
    """'Mossad chief David Barnea': the word before each leader's role and a name."""
    out = []
    for r in LEADER_ROLE_RE.finditer(text):
        m = LEADER_NAME_RE.search(text, max(0, r.start() - 40), r.start())
        if m and not re.search(r"(?:[A-Z][\w’'-]*|(?:[A-Z]\.)+)[ \t]+$", text[max(0, m.start() - 30):m.start()]):
            out.append(m)  # not "Springfield Police Chief": a word of a longer name
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


def _known_companies(text: str, orgs: dict[str, Org], is_person: Callable[[str], bool]) -> None:
    """Companies a wire names bare ("Goldman Sachs advised ...", "Maersk said"): a mention inside one
    found already is an alias of it, else the company is an organisation of its own."""
    for name, s, e in companies.mentions(text):
        said = text[s:e]
        if " " not in said and is_person(said) or gazetteer.lookup(said):
            continue  # "Rep. Mike Honda ... Honda said"
        org = next((o for o in orgs.values() if any(m.start <= s and e <= m.end for m in o.mentions)), None) \
            or orgs.get(name) or next((o for o in orgs.values() if said in o.aliases or o.name == said), None)
        if org is None:
            org = orgs[name] = Org(name, "organization")
        if said != org.name and said not in org.aliases and not any(m.start <= s and e <= m.end and (m.start, m.end) != (s, e)
                                                                     for m in org.mentions):
            org.aliases.append(said)
        if not any(m.start <= s < m.end for m in org.mentions):
            org.mentions.append(Span(s, e))
        org.venue_only = False


def find(text: str, is_person: Callable[[str], bool] = lambda name: False) -> list[Actor]:
    orgs: dict[str, Org] = {}
    acronyms: dict[str, str] = {}

    def add(s: int, e: int, kind: str = "organization", alias: str | None = None) -> Org | None:
        s, e = without_people(text, *_trim(text, s, e), is_person)
        name = text[s:e].rstrip(".")
        if len(name.split()) < 2 and kind == "organization" and alias is None and name not in acronyms:
            return None
        name = acronyms.get(name, name)
        if gazetteer.lookup(name):
            return None
        org = orgs.get(name)
        if org is None:
            org = orgs[name] = Org(name, kind, home_of(text, s, text[s:e]))
        if alias and alias not in org.aliases:
            org.aliases.append(alias)
        if not any(m.start == s for m in org.mentions):
            org.mentions.append(Span(s, s + len(name) if text.startswith(name, s) else e))
        if not VENUE_BEFORE_RE.search(text, max(0, s - 40), s):
            org.venue_only = False
        return org

    taken = []
    for p in PAREN_ACR_RE.finditer(text) if "(" in text else ():  # "Center for Strategic and International Studies (CSIS)"
        full = FULL_RE.search(text, max(0, p.start() - 150), p.start())
        if not full or full.group().isupper():
            continue  # "RIO DE JANEIRO (AP)": a dateline and its agency
        s, _ = _trim(text, full.start(), full.end())
        acronyms[p.group("acr")] = text[s:full.end()]
        taken.append((full.start(), full.end()))
        add(full.start(), full.end(), alias=p.group("acr"))
    for h in HEAD_RE.finditer(text):
        left = LEFT_RE.search(text, max(0, h.start() - 120), h.start())
        start = left.start() if left else h.start()
        tail = TAIL_RE.match(text, h.end())
        end = tail.end() if tail else h.end()
        role = ROLE_IN_TAIL_RE.search(text, h.end(), end)  # "... of Community Colleges President Walter"
        end = role.start() if role else end
        if not any(a < end and start < b for a, b in taken):
            add(start, end)
    if acronyms:
        unit_re = re.compile(r"(?<![\w-])(?P<acr>" + "|".join(map(re.escape, acronyms)) + r")(?P<unit>(?:[ \t]+[A-Z][\w’'-]+){0,3})(?![\w-])")
        for m in unit_re.finditer(text):
            if m.group("unit"):  # "the CSIS Beyond Parallel website": a unit of the organisation
                add(m.start(), m.end())
            else:
                full_name = acronyms[m.group("acr")]
                org = orgs.get(full_name)
                if org is not None and not any(x.start == m.start() for x in org.mentions):
                    org.mentions.append(Span(m.start(), m.end()))
    for s, e, alias in name_kinds(text, is_person):  # "the Teamsters union"
        if add(s, e, alias=alias) is None:  # (one word)
            org = orgs.setdefault(text[s:e], Org(text[s:e], "organization", venue_only=False))
            org.aliases += [alias] if alias not in org.aliases else []
            org.mentions.append(Span(s, e))
    for m in ADMIN_RE.finditer(text) if "administration" in text else ():
        add(m.start("name"), m.end("name"), "government")
    for m in EMPLOYER_ROLE_RE.finditer(text):
        if any(s.start < m.start("name") and m.end("name") <= s.end for o in orgs.values() for s in o.mentions):
            continue  # the last words of a longer name found before ("Houston Independent School District")
        words = m.group("name").split()
        if not (is_person(words[-1]) or words[-1].lower() in ROLE_WORDS | MODIFIERS
                or any(w.lower() in MODIFIERS or w in CALENDAR for w in words[1:]) or gazetteer.PLACE_RE.search(m.group("name"))):
            add(m.start("name"), m.end("name"))
    for rx in (KIND_NAME_RE, POSSESSOR_ROLE_RE, WHICH_RE, APPOS_ORG_RE, ROLE_AT_RE, LEADER_NAME_RE, PARTY_MEMBER_RE, SHARES_OF_RE):
        if rx is WHICH_RE and ", which" not in text or rx is PARTY_MEMBER_RE and not MEMBER_WORDS_RE.search(text) \
                or rx is SHARES_OF_RE and "hares " not in text:
            continue  # (cheap gates before rare rules)
        for m in _leaders(text) if rx is LEADER_NAME_RE else _appositives(text) if rx is APPOS_ORG_RE else rx.finditer(text):
            name = m.group("name")
            if rx in (LEADER_NAME_RE, PARTY_MEMBER_RE) and (name.lower() in ROLE_WORDS or name.lower() in ORG_HEADS or gazetteer.PLACE_RE.fullmatch(name)
                                    or name in ("The", "A", "An", "Former", "Deputy", "Acting")
                                    or name.lower() in (MODIFIERS if rx is LEADER_NAME_RE else NOT_PARTIES)
                                    or DEMONYM_LIKE_RE.fullmatch(name)):
                continue
            if rx is APPOS_ORG_RE and name in US_STATE_NAMES:  # "Chispa Arizona, an environmental justice group"
                lead = CAPS_BEFORE_RE.search(text, max(0, m.start("name") - 40), m.start("name"))
                if lead:
                    add(lead.start(), m.end("name"))
                continue
            if rx is PARTY_MEMBER_RE and f"{name} Party" in orgs:  # "Conservative MP ...": the Conservative Party
                orgs[f"{name} Party"].mentions.append(Span(m.start("name"), m.end("name")))
                continue
            if not is_person(name) and not gazetteer.lookup(name) and name not in acronyms and name not in CALENDAR \
                    and name not in US_STATE_NAMES:  # "in Lordstown, Ohio, the company said": a place
                start = m.start("name")
                if rx in (WHICH_RE, APPOS_ORG_RE):  # "Fraternal Order of Police, which": the whole name
                    left = LEFT_RE.search(text, max(0, start - 80), start)
                    if left and left.start() < start and (re.search(r"(?:of|for|the|de|&)[ \t]+$", text[left.start():start])
                                                          or name in ORG_NOUNS):  # "Democratic Progressive Party, which"
                        start = left.start()
                    elif rx is APPOS_ORG_RE and (lead := CAPS_BEFORE_RE.search(text, max(0, start - 40), start)) \
                            and not LEAD_STOP_RE.match(lead.group()) and not is_person(lead.group().split()[0]) \
                            and not any(w in CALENDAR or gazetteer.lookup(w) for w in lead.group().split()):
                        start = lead.start()  # "Goldman Sachs, the investment bank": the whole name
                org = add(start, m.end("name"), alias=None) if len(text[start:m.end("name")].split()) > 1 else None
                if org is None:
                    single = orgs.get(name)
                    if single is None:
                        single = orgs[name] = Org(name, "organization", home_of(text, m.start("name"), name))
                    single.mentions.append(Span(m.start("name"), m.end("name")))
                    single.venue_only = False
                    parent = APPOS_PARENT_RE.match(m.group(), len(name)) if rx is APPOS_ORG_RE else None
                    if parent and not single.affiliation:  # "UNICEF, the United Nations children's agency"
                        hit = gazetteer.lookup(parent.group("who"))
                        single.affiliation = hit[0] if hit else parent.group("who")
    for m in ACR_APPOS_RE.finditer(text) if ACR_AFTER_COMMA_RE.search(text) else ():
        acr, desc = m.group("acr"), m.group("desc")
        if m.group("acr") not in orgs and not gazetteer.lookup(acr) and not is_person(acr.split()[-1]) \
                and not (acr.split()[0] in CALENDAR or acr.split()[0].lower() in ROLE_WORDS):
            parent = gazetteer.PLACE_RE.match(desc)
            hit = gazetteer.lookup(parent.group()) if parent else None
            org = orgs[acr] = Org(acr, "organization", hit[0] if hit else None, ["the " + desc.split()[-1]], venue_only=False)
            org.mentions.append(Span(m.start("acr"), m.end("acr")))
    _known_companies(text, orgs, is_person)
    for org in orgs.values():  # later mentions of a one-word organisation ("Nvidia said")
        if " " not in org.name:
            starts = {s.start for s in org.mentions}
            for start, end in whole_word(text, org.name):
                if start not in starts:
                    org.mentions.append(Span(start, end))
    out = []
    for org in orgs.values():
        if MEDIA_RE.search(org.name) and org.venue_only:
            continue
        org.mentions.sort(key=lambda sp: sp.start)
        out.append(Actor(org.name, org.kind, None, org.affiliation, org.aliases, org.mentions))
    return out


__all__ = ["find"]
