"""Titles and affiliations the text gives around a name rather than before it:
appositives ("Podesta, Clinton's campaign chairman, said"; "the nominee, Rep. Waltz, said"),
"X of Y" / "X at Y" ("president of Concerned Women for America"), relative clauses
("X, who heads Y"; "X, who served as Y" -> "former Y"); author bios are in bios.py."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.roles import MODIFIERS, ORG_HEADS, ROLE_WORDS, US_STATE_NAMES, Role, employer_first, title_text

# a description's characters: no clause punctuation, but the stops of "Mr.", "Lt. Gen." and "U.S." are kept
C = r"(?:[^,.;:\n“”\"()]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bLt)\.|(?<=\bGen)\.|(?<=\bCol)\.|(?<=\b[A-Z])\.)"
LEADING_RE = re.compile(r"(?:(?:After|Before|As|When|While|Then|Now|now|then|also|currently|formerly|once|later|"
                        r"still|already)\s+)+")
DETERMINER_RE = re.compile(r"(?:the|a|an|its|his|her|their|whose)\s+", re.I)
POSSESSOR_RE = re.compile(r"(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?P<s>’s|'s|(?<=s)’|(?<=s)')\s+")
HONORIFIC_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.\s+")
# an organisation described, not named, as the possessor: resolved to the latest one it fits (org_coref)
DESC_WORDS = (r"panel|committee|board|agency|company|firm|bloc|party|group|council|commission|union|alliance|ministry|"
              r"department|institute|campaign|court|country|city|state|county|bank|lender|regulator|carmaker|automaker|"
              r"retailer|airline|insurer|network|foundation|association|fund|university|administration|district|league|"
              r"grocer|club|charity|division|watchdog|system|office|service|authority|unit|utility|federation|chamber|coalition|"
              r"carrier|operator")
# ("the water district's general manager": a kind word before the noun)
DESC_POSSESSOR_RE = re.compile(r"(?:[a-z]+\s+)?(?P<who>" + DESC_WORDS + r")(?:’s|'s)\s+(?=\S)")
CLAUSE_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|by|which|that|who|will|would)\b")
# what may sit between a name and its appositive: "Sen. Jack Reed of Rhode Island, the panel's top Democrat"
# "Staunovo of UBS said", "Mayor Ann Lee of Springfield,": an organisation or a place the person is of
OF_NAME_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<org>[A-Z](?:[\w&-]|\.(?=\S))*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?"
                        r"[A-Z](?:[\w&-]|\.(?=\S))*){0,5})"  # (not across a sentence's stop: "of Minnesota. Senator")
                        r"(?=[,.;:]|[ \t]+[a-z(])")
PARTY_STATE_RE = re.compile(r",[ \t]+[RDI]-[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?(?=,)")  # "McCaul, R-Texas, chairman of ..."
PLACE_OF_RE = re.compile(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?=,)")
RELATIVE_IN_RE = re.compile(r"\s+(?:who|which|that)\s+")
WORKS_AS_RE = re.compile(r"\b(?:works|worked|serves|served|is|was)\s+as\s+(?:a|an|the)?\s*(?P<role>.+)$")
# "a spokeswoman for the agency", "an economist at the bank": the organisation named before
FOR_DESC_RE = re.compile(r"\s+(?:for|at|of)\s+the\s+(?:[a-z][\w-]*\s+|[A-Z][\w]*-[a-z][\w-]*\s+){0,2}(?P<who>"
                         + DESC_WORDS + r")$")  # ("for the Hamburg-based company")
FOR_ROLE_RE = re.compile(r"\s+for\s+the\s+[a-z][\w-]*$")
FOR_RE = re.compile(r"\s+for\s+(?:the\s+)?(?P<who>[A-Z][^,;]*)$")
OF_RE = re.compile(r"\s+(?:of|at|with|on)\s+(?:the\s+)?(?:(?:consultancy|company|firm|group|charity|think[ -]tank|bank|startup|"
                   r"agency|publisher|network|party|union|nonprofit|organi[sz]ation|broadcaster|lender|insurer)\s+)?"
                   r"(?P<org>[A-Z][^,;]*)$")  # ("founder of the consultancy SemiAnalysis")
# "director of food policy", "professor of economics": a role and its field in lower case
TOPIC_OF_RE = re.compile(r"(?P<role>.+?)(?P<topic>\s+(?:of|for)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})$")
IN_PLACE_RE = re.compile(r"\s+in\s+[A-Z][^,;]*$")
ACRONYM_RE = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z.&]{1,9})\)$")
AFTER_RE = re.compile(
    r",\s+(?P<d>(?:(?:the|a|an)\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+)?" + C + r"{2,90}?)"
    r"(?=,|\.\s|\.$|;|\s+(?:said|says|told|added|wrote|argued|warned|noted)\b)")
APPOS_HEADS_RE = re.compile(r",\s+(?:the|a|an)\s+[^,;.\n]{2,60}?\s+who\s+(?:heads|leads|chairs|runs|directs)\s+(?:the\s+)?"
                            r"(?P<org>[^,.;\n]{3,80})")
RELATIVE_HEAD_RE = re.compile(r",\s+who\s+(?P<verb>heads|leads|chairs|runs|directs|founded|co-founded|led|headed|chaired|ran|"
                              r"directed)\s+(?:the\s+)?"
                              r"(?P<org>[^,.;\n]{3,80})")
# "Coastal" of "who founded Coastal in 1994 and owns ...": a name, then a clause's words
CAPITALISED_RE = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w.&’'-]*)*"
                            r"(?=\s+(?:in|and|since|from|with|on|last|this|after|before|until|to|for|at|as|during)\b)")
HEAD_VERBS = {"chairs": "chair", "leads": "leader", "directs": "director", "founded": "founder", "co-founded": "co-founder",
              "led": "former leader", "headed": "former head", "chaired": "former chair", "ran": "former head",
              "directed": "former director"}
RELATIVE_WAS_RE = re.compile(r",\s+who\s+(?:served|was|worked)\s+as\s+(?P<d>" + C + r"{3,100}?)"
                             r"(?=\s+(?:during|in|under|from|until|for|between|when)\b|[,.;]|$)")
# "named Lena Hoffmann as its next chief executive": the role she is appointed to
APPOINTED_AS_RE = re.compile(r"\s+as\s+(?:its|their|the)\s+(?:new\s+|next\s+|interim\s+|incoming\s+|acting\s+)?"
                             r"(?P<d>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=[,.;]|\s+(?:on|in|from|after|to|replacing|succeeding)\b)")
RELATIVE_IS_RE = re.compile(r",\s+who\s+is\s+(?P<d>(?:the|a|an)\s+" + C + r"{3,90}?)(?=[,.;]|$)")
FRONTED_RE = re.compile(r"(?:^|(?<=[.;:!?—]\s)|(?<=[.!?][”\"]\s)|(?<=\n))(?P<d>" + C + r"{3,100}),\s+$")
# ", and its chair, Jerome Powell", "with Egypt's intelligence chief, Hassan Rashad": inside a sentence
NEAR_FRONTED_RE = re.compile(r"(?<=[\s,])(?P<d>(?:(?:and|but)\s+)?(?:its|his|her|their|whose)\s+[\w\s-]{2,40}?"
                             r"|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+[a-z][\w\s-]{1,40}?"
                             r"|the\s+[a-z]+(?:’s|'s)\s+[a-z][\w\s-]{1,40}?"
                             r"|(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:for|at)\s+(?:the\s+)?"  # "a spokeswoman for the regulator"
                             r"(?:[a-z][\w-]*|[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})),\s+$")


def _country_in(text: str) -> str | None:
    for m in gazetteer.PLACE_RE.finditer(text):
        alias = re.sub(r"(?:’s|'s)$", "", m.group())
        hit = gazetteer.lookup(alias)
        if hit and hit[1] == "country" and alias not in gazetteer.WEAK_ALIASES:
            return hit[0]
        if hit and hit[0] == "White House":  # "former White House national security adviser": a US official
            return gazetteer.HOME[hit[0]]
    return None


def _named(org: str) -> str:
    """The actor an organisation phrase names: the gazetteer's name for a known country or body
    ("NATO", "the Pentagon"), else the phrase (or its acronym in brackets)."""
    hit = gazetteer.lookup(org.strip())
    return hit[0] if hit else _org(org)


def _org(org: str) -> str:
    """An organisation's short form: its acronym if the text gives one in brackets."""
    acr = ACRONYM_RE.search(org)
    return acr.group("acr") if acr else org.strip()


VERB_FIRST_RE = re.compile(r"(?!(?:retired|former|elected|appointed|acting)\b)[a-z]+ed\s")
PARTY_TITLE_RE = re.compile(r"(Democratic|Republican)[ \t]+(?:presidential[ \t]+|gubernatorial[ \t]+|Senate[ \t]+)?"
                            r"(?:nominee|candidate|challenger|incumbent)$")


def describe(desc: str) -> Role:
    """Title and affiliation of a description such as "Clinton's campaign chairman",
    "president of Concerned Women for America", "the Russian foreign minister"."""
    d = HONORIFIC_RE.sub("", desc.strip())
    role = Role()
    if VERB_FIRST_RE.match(d):
        return role  # "praised the governor": a clause, not a description
    intro = LEADING_RE.match(d)
    if intro:
        d = d[intro.end():]
    det = DETERMINER_RE.match(d)
    if det:
        d = d[det.end():]
    desc_pos = DESC_POSSESSOR_RE.match(d)
    if desc_pos:  # "the panel's top Democrat": the panel (an organisation named earlier) is the affiliation
        rest = d[desc_pos.end():]  # ("the agency's representative in Britain": describe drops the place)
        return Role(describe(rest).title, desc_pos.group("who").lower())
    pos = POSSESSOR_RE.match(d)
    if pos:
        who = pos.group("who")
        place = _country_in(who)
        if place:
            role.affiliation = place
        elif who in US_STATE_NAMES:
            role.affiliation = who  # "Nebraska's agriculture director"
        elif who.split()[-1].lower() in ORG_HEADS or len(who.split()) == 1 and not who.istitle() or who.isupper() \
                or len(who.split()) > 1 and pos.group("s") in ("’", "'"):
            # "the Republican Party’s nominee", "the IEA's executive director", "General Motors' chief executive"
            role.affiliation = who
        else:
            role.possessor = who  # a person: "Clinton's campaign chairman"
        d = d[pos.end():]
    rel = RELATIVE_IN_RE.search(d)
    if rel:  # "an independent voter who works as a secretary": the role is in the relative clause
        before, after = d[:rel.start()], d[rel.end():]
        works = WORKS_AS_RE.search(after)
        d = before if last_role(before) or not works else works.group("role")
    where = IN_PLACE_RE.search(d)
    if where and (last_role(d[:where.start()]) or (at := OF_RE.search(d[:where.start()])) and last_role(d[:at.start()])):
        d = d[:where.start()]  # "a former planning commissioner in Minneapolis", "an analyst at RBC in London"
    of = OF_RE.search(d)
    head = d[:of.start()] if of else d
    fr_desc = FOR_DESC_RE.search(head)
    if fr_desc and last_role(head[:fr_desc.start()]) and not role.affiliation:
        head = head[:fr_desc.start()]  # "a spokeswoman for the agency": the agency named before (org_coref)
        role.affiliation = fr_desc.group("who")
    for_person = FOR_ROLE_RE.search(head)
    if for_person and last_role(head[:for_person.start()]) and last_role(for_person.group()):
        head = head[:for_person.start()]  # "a spokeswoman for the governor": the title, not the governor's
    fr = FOR_RE.search(head)
    if fr and last_role(head[:fr.start()]) and not last_role(fr.group("who")):
        head = head[:fr.start()]  # "A spokeswoman for Defense Secretary Lloyd Austin"
        who = fr.group("who")
        if not role.affiliation and (gazetteer.lookup(who) or who.split()[-1].lower() in ORG_HEADS
                                     or _a_name(who)):  # "a spokesman for the State Department", "for Basketly"
            role.affiliation = _named(who)
    topic = TOPIC_OF_RE.match(head) if head and last_role(head) is None else None
    if topic and last_role(topic.group("role")):
        head = topic.group("role")  # "director of food policy at the Consumer Federation": the title keeps its topic
    if not head or last_role(head) is None:
        return Role()
    lead = _leading_place(head)
    if lead:
        role.affiliation = role.affiliation or lead[0]
        head = head[lead[1]:].lstrip()
    elif not role.affiliation and not role.possessor:
        employer, rest = employer_first(head)  # "Mary Barra, General Motors chief executive"
        if employer and not gazetteer.lookup(employer):
            role.affiliation, head = employer, rest
    role.title = title_text(head + (topic.group("topic") if topic else ""))
    if of and not role.affiliation:
        of_org = of.group("org")
        inner = gazetteer.PLACE_RE.search(of_org)
        if gazetteer.lookup(of_org) or not inner or not re.search(r"\b[a-z]", of_org[inner.end():]):
            role.affiliation = _named(of_org)
        else:  # "head of the United Nations climate body": the title keeps the phrase
            hit = gazetteer.lookup(inner.group())
            role.affiliation = hit[0] if hit else None
            role.title = title_text(d[:of.end()])
    if not role.affiliation:
        role.affiliation = _country_in(head)
    party = PARTY_TITLE_RE.match(role.title or "")
    if party and not role.affiliation:  # "the Democratic nominee": the party's
        role.affiliation = party.group(1) + " Party"
    if not role.affiliation and role.possessor and head.lower().startswith("campaign"):
        role.affiliation = role.possessor.split()[-1] + " campaign"  # "Clinton's campaign chairman"
    return role


NOT_NAME_WORDS = ROLE_WORDS | MODIFIERS


def _a_name(words: str) -> bool:
    """'Basketly', 'Harbor Freightlines': capitalised words, none a title's or a modifier's (not
    "Defense Secretary Lloyd Austin"), the name an organisation may go by."""
    toks = words.split()
    return 0 < len(toks) <= 4 and all(t[:1].isupper() and t.strip(".").lower() not in NOT_NAME_WORDS for t in toks)


def _leading_place(words: str) -> tuple[str, int] | None:
    """'Russian foreign minister' -> ('Russia', len('Russian'))."""
    m = gazetteer.PLACE_RE.match(words)
    if not m or m.group() in gazetteer.WEAK_ALIASES or m.group() not in gazetteer.DEMONYMS:
        return None
    hit = gazetteer.lookup(m.group())
    return (hit[0], m.end()) if hit and hit[1] == "country" else None


def last_role(words: str) -> str | None:
    """The head of a description must be a role noun ("the party's nominee"), not any noun."""
    toks = [w.strip(".").lower() for w in words.split()]
    return toks[-1] if toks and toks[-1] in ROLE_WORDS else None


def role_after(text: str, name_end: int, limit: int) -> Role:
    """An appositive or a relative clause right after the name (or after its "of <place>"); with
    neither, the organisation or country of "X of Y" ("Giovanni Staunovo of UBS said")."""
    of = OF_NAME_RE.match(text, name_end, limit)
    skip = PLACE_OF_RE.match(text, name_end, limit) or PARTY_STATE_RE.match(text, name_end, limit)
    if skip:
        name_end = skip.end()
    role = _appositive(text, name_end, limit)
    if role.title or role.affiliation or of is None or of.group("org") in US_STATE_NAMES:
        return role
    return Role(None, _named(of.group("org")))


def _appositive(text: str, name_end: int, limit: int) -> Role:
    for rx in (RELATIVE_HEAD_RE, APPOS_HEADS_RE, RELATIVE_WAS_RE, RELATIVE_IS_RE, AFTER_RE, APPOINTED_AS_RE):
        m = rx.match(text, name_end, limit)
        if not m:
            continue
        if rx is APPOS_HEADS_RE:  # "Wicker, the Mississippi Republican who chairs the committee": affiliation only
            org = m.group("org")
            return Role(None, _named(org))
        if rx is RELATIVE_HEAD_RE:  # ("the Pandemic Center at Brown University's ...": the centre)
            org = re.split(r"\s+(?:at|in)\s+(?=[A-Z])", m.group("org"), maxsplit=1)[0]
            named = CAPITALISED_RE.match(org)
            org = named.group() if named else org  # "who founded Coastal in 1994 and owns ...": Coastal
            return Role(HEAD_VERBS.get(m.group("verb"), "head"), _named(org))
        role = describe(m.group("d"))
        if role.title and rx is RELATIVE_WAS_RE:
            role.title = "former " + role.title
        if rx is APPOINTED_AS_RE:
            if role.title and role.title.split()[-1] in ROLE_WORDS:
                return Role(role.title)  # whose: the organisation doing the naming (org_coref)
            continue
        if role.title or role.affiliation and rx is AFTER_RE:
            return role
    return Role()


PRONOUN_CLAUSE_RE = re.compile(r"(?:I|We|He|She|They|You)\s+(?:[a-z]+\s+){1,4}?(?=the\s)")


def role_fronted(text: str, chain_start: int, floor: int) -> Role:
    """'Mr. Trump's nominee for national security adviser, Rep. Michael Waltz, said': the clause
    before the name, when it ends in a role noun."""
    for rx in (FRONTED_RE, NEAR_FRONTED_RE):
        m = rx.search(text, max(floor, chain_start - 120), chain_start)
        if m and rx is FRONTED_RE and CLAUSE_RE.search(m.group("d")):
            continue  # "The audit was carried out by the city's inspector general, Marcus Lee": a clause
        d = re.sub(r"^(?:and|but)\s+", "", m.group("d")) if m else ""
        said = PRONOUN_CLAUSE_RE.match(d)
        if said:  # "I spoke to the prime minister's trade minister, Dominic LeBlanc": the object, not the clause
            d = d[said.end():]
        role = describe(d) if m else Role()
        if role.title:
            return role
    return Role()


# "Its chairman, Robert Feld, who founded ...", "The agency's chairman, Andrew Ferguson, a former ...": a description
# that names whose officer the person is goes before what an appositive or relative clause after the name says
OWNER_FRONTED_RE = re.compile(r"(?<![\w’'-])(?:[Ii]ts|[Tt]he\s+[a-z]+(?:’s|'s)|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s))"
                              r"\s+[a-z][\w\s-]{1,40}?,\s+$")


def owner_fronted(text: str, chain_start: int, floor: int) -> bool:
    return OWNER_FRONTED_RE.search(text, max(floor, chain_start - 60), chain_start) is not None


__all__ = ["DETERMINER_RE", "describe", "last_role", "owner_fronted", "role_after", "role_fronted"]
